# Generated from ui/note_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateTimeEdit,
    QDialog, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_NoteEntryDialog(object):
    def setupUi(self, NoteEntryDialog):
        if not NoteEntryDialog.objectName():
            NoteEntryDialog.setObjectName(u"NoteEntryDialog")
        NoteEntryDialog.resize(620, 560)
        NoteEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(NoteEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(NoteEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.fieldsScrollArea = QScrollArea(NoteEntryDialog)
        self.fieldsScrollArea.setObjectName(u"fieldsScrollArea")
        self.fieldsScrollArea.setWidgetResizable(True)
        self.fieldsScrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.fieldsWidget = QWidget()
        self.fieldsWidget.setObjectName(u"fieldsWidget")
        self.fieldsLayout = QVBoxLayout(self.fieldsWidget)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 6, 0)
        self.fieldsFormLayout = QFormLayout()
        self.fieldsFormLayout.setObjectName(u"fieldsFormLayout")
        self.fieldsFormLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fieldsFormLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fieldsFormLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.fieldsFormLayout.setVerticalSpacing(8)
        self.occurredAtLabel = QLabel(self.fieldsWidget)
        self.occurredAtLabel.setObjectName(u"occurredAtLabel")

        self.fieldsFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occurredAtLabel)

        self.occurredAtFieldLayout = QVBoxLayout()
        self.occurredAtFieldLayout.setSpacing(2)
        self.occurredAtFieldLayout.setObjectName(u"occurredAtFieldLayout")
        self.occurredAtDateTimeEdit = QDateTimeEdit(self.fieldsWidget)
        self.occurredAtDateTimeEdit.setObjectName(u"occurredAtDateTimeEdit")
        self.occurredAtDateTimeEdit.setCalendarPopup(True)

        self.occurredAtFieldLayout.addWidget(self.occurredAtDateTimeEdit)

        self.occurredAtErrorLabel = QLabel(self.fieldsWidget)
        self.occurredAtErrorLabel.setObjectName(u"occurredAtErrorLabel")
        self.occurredAtErrorLabel.setWordWrap(True)
        self.occurredAtErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.occurredAtErrorLabel.setVisible(False)
        self.occurredAtErrorLabel.setProperty(u"role", u"error")

        self.occurredAtFieldLayout.addWidget(self.occurredAtErrorLabel)


        self.fieldsFormLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.occurredAtFieldLayout)

        self.authorLabel = QLabel(self.fieldsWidget)
        self.authorLabel.setObjectName(u"authorLabel")

        self.fieldsFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorFieldLayout = QVBoxLayout()
        self.authorFieldLayout.setSpacing(2)
        self.authorFieldLayout.setObjectName(u"authorFieldLayout")
        self.authorLineEdit = QLineEdit(self.fieldsWidget)
        self.authorLineEdit.setObjectName(u"authorLineEdit")
        self.authorLineEdit.setClearButtonEnabled(False)

        self.authorFieldLayout.addWidget(self.authorLineEdit)

        self.authorErrorLabel = QLabel(self.fieldsWidget)
        self.authorErrorLabel.setObjectName(u"authorErrorLabel")
        self.authorErrorLabel.setWordWrap(True)
        self.authorErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.authorErrorLabel.setVisible(False)
        self.authorErrorLabel.setProperty(u"role", u"error")

        self.authorFieldLayout.addWidget(self.authorErrorLabel)


        self.fieldsFormLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.authorFieldLayout)

        self.summaryLabel = QLabel(self.fieldsWidget)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryFieldLayout = QVBoxLayout()
        self.summaryFieldLayout.setSpacing(2)
        self.summaryFieldLayout.setObjectName(u"summaryFieldLayout")
        self.summaryPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.summaryPlainTextEdit.setObjectName(u"summaryPlainTextEdit")
        self.summaryPlainTextEdit.setMinimumSize(QSize(0, 120))
        self.summaryPlainTextEdit.setMaximumSize(QSize(16777215, 180))
        self.summaryPlainTextEdit.setTabChangesFocus(True)

        self.summaryFieldLayout.addWidget(self.summaryPlainTextEdit)

        self.summaryErrorLabel = QLabel(self.fieldsWidget)
        self.summaryErrorLabel.setObjectName(u"summaryErrorLabel")
        self.summaryErrorLabel.setWordWrap(True)
        self.summaryErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryErrorLabel.setVisible(False)
        self.summaryErrorLabel.setProperty(u"role", u"error")

        self.summaryFieldLayout.addWidget(self.summaryErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.summaryFieldLayout)

        self.actionsLabel = QLabel(self.fieldsWidget)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.actionsLabel)

        self.actionsFieldLayout = QVBoxLayout()
        self.actionsFieldLayout.setSpacing(2)
        self.actionsFieldLayout.setObjectName(u"actionsFieldLayout")
        self.actionsListWidget = QListWidget(self.fieldsWidget)
        self.actionsListWidget.setObjectName(u"actionsListWidget")
        self.actionsListWidget.setMinimumSize(QSize(0, 120))
        self.actionsListWidget.setMaximumSize(QSize(16777215, 192))
        self.actionsListWidget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.actionsListWidget.setAlternatingRowColors(True)
        self.actionsListWidget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.actionsListWidget.setWordWrap(True)
        self.actionsListWidget.setUniformItemSizes(False)

        self.actionsFieldLayout.addWidget(self.actionsListWidget)

        self.actionsErrorLabel = QLabel(self.fieldsWidget)
        self.actionsErrorLabel.setObjectName(u"actionsErrorLabel")
        self.actionsErrorLabel.setWordWrap(True)
        self.actionsErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.actionsErrorLabel.setVisible(False)
        self.actionsErrorLabel.setProperty(u"role", u"error")

        self.actionsFieldLayout.addWidget(self.actionsErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.actionsFieldLayout)

        self.sensitiveFieldLayout = QVBoxLayout()
        self.sensitiveFieldLayout.setSpacing(2)
        self.sensitiveFieldLayout.setObjectName(u"sensitiveFieldLayout")
        self.sensitiveCheckBox = QCheckBox(self.fieldsWidget)
        self.sensitiveCheckBox.setObjectName(u"sensitiveCheckBox")

        self.sensitiveFieldLayout.addWidget(self.sensitiveCheckBox)

        self.sensitiveErrorLabel = QLabel(self.fieldsWidget)
        self.sensitiveErrorLabel.setObjectName(u"sensitiveErrorLabel")
        self.sensitiveErrorLabel.setWordWrap(True)
        self.sensitiveErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.sensitiveErrorLabel.setVisible(False)
        self.sensitiveErrorLabel.setProperty(u"role", u"error")

        self.sensitiveFieldLayout.addWidget(self.sensitiveErrorLabel)

        self.sensitiveHintLabel = QLabel(self.fieldsWidget)
        self.sensitiveHintLabel.setObjectName(u"sensitiveHintLabel")
        self.sensitiveHintLabel.setWordWrap(True)
        self.sensitiveHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.sensitiveHintLabel.setProperty(u"role", u"hint")

        self.sensitiveFieldLayout.addWidget(self.sensitiveHintLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.sensitiveFieldLayout)


        self.fieldsLayout.addLayout(self.fieldsFormLayout)

        self.fieldsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsLayout.addItem(self.fieldsSpacer)

        self.fieldsScrollArea.setWidget(self.fieldsWidget)

        self.mainLayout.addWidget(self.fieldsScrollArea)

        self.saveStatusLabel = QLabel(NoteEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(NoteEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(NoteEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.summaryLabel.setBuddy(self.summaryPlainTextEdit)
        self.actionsLabel.setBuddy(self.actionsListWidget)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.summaryPlainTextEdit)
        QWidget.setTabOrder(self.summaryPlainTextEdit, self.actionsListWidget)
        QWidget.setTabOrder(self.actionsListWidget, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(NoteEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, NoteEntryDialog):
        NoteEntryDialog.setWindowTitle(QCoreApplication.translate("NoteEntryDialog", u"New note", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("NoteEntryDialog", u"TRAINING: fictional data", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("NoteEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("NoteEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("NoteEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("NoteEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("NoteEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("NoteEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("NoteEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.summaryLabel.setText(QCoreApplication.translate("NoteEntryDialog", u"No&te:", None))
#if QT_CONFIG(accessibility)
        self.summaryPlainTextEdit.setAccessibleName(QCoreApplication.translate("NoteEntryDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.summaryErrorLabel.setText("")
        self.actionsLabel.setText(QCoreApplication.translate("NoteEntryDialog", u"A&ctions completed:", None))
#if QT_CONFIG(accessibility)
        self.actionsListWidget.setAccessibleName(QCoreApplication.translate("NoteEntryDialog", u"Actions completed", None))
#endif // QT_CONFIG(accessibility)
        self.actionsErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("NoteEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("NoteEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("NoteEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("NoteEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("NoteEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("NoteEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("NoteEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

