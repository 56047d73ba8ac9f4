# Generated from ui/interaction_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interaction_entry_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_InteractionEntryDialog(object):
    def setupUi(self, InteractionEntryDialog):
        if not InteractionEntryDialog.objectName():
            InteractionEntryDialog.setObjectName(u"InteractionEntryDialog")
        InteractionEntryDialog.resize(620, 700)
        InteractionEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(InteractionEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(InteractionEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.fieldsScrollArea = QScrollArea(InteractionEntryDialog)
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

        self.modeLabel = QLabel(self.fieldsWidget)
        self.modeLabel.setObjectName(u"modeLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeFieldLayout = QVBoxLayout()
        self.modeFieldLayout.setSpacing(2)
        self.modeFieldLayout.setObjectName(u"modeFieldLayout")
        self.modeComboBox = QComboBox(self.fieldsWidget)
        self.modeComboBox.setObjectName(u"modeComboBox")

        self.modeFieldLayout.addWidget(self.modeComboBox)

        self.modeErrorLabel = QLabel(self.fieldsWidget)
        self.modeErrorLabel.setObjectName(u"modeErrorLabel")
        self.modeErrorLabel.setWordWrap(True)
        self.modeErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.modeErrorLabel.setVisible(False)
        self.modeErrorLabel.setProperty(u"role", u"error")

        self.modeFieldLayout.addWidget(self.modeErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.modeFieldLayout)

        self.summaryLabel = QLabel(self.fieldsWidget)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryFieldLayout = QVBoxLayout()
        self.summaryFieldLayout.setSpacing(2)
        self.summaryFieldLayout.setObjectName(u"summaryFieldLayout")
        self.summaryPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.summaryPlainTextEdit.setObjectName(u"summaryPlainTextEdit")
        self.summaryPlainTextEdit.setMinimumSize(QSize(0, 90))
        self.summaryPlainTextEdit.setMaximumSize(QSize(16777215, 135))
        self.summaryPlainTextEdit.setTabChangesFocus(True)

        self.summaryFieldLayout.addWidget(self.summaryPlainTextEdit)

        self.summaryErrorLabel = QLabel(self.fieldsWidget)
        self.summaryErrorLabel.setObjectName(u"summaryErrorLabel")
        self.summaryErrorLabel.setWordWrap(True)
        self.summaryErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryErrorLabel.setVisible(False)
        self.summaryErrorLabel.setProperty(u"role", u"error")

        self.summaryFieldLayout.addWidget(self.summaryErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.summaryFieldLayout)

        self.locationLabel = QLabel(self.fieldsWidget)
        self.locationLabel.setObjectName(u"locationLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationFieldLayout = QVBoxLayout()
        self.locationFieldLayout.setSpacing(2)
        self.locationFieldLayout.setObjectName(u"locationFieldLayout")
        self.locationLineEdit = QLineEdit(self.fieldsWidget)
        self.locationLineEdit.setObjectName(u"locationLineEdit")
        self.locationLineEdit.setClearButtonEnabled(False)

        self.locationFieldLayout.addWidget(self.locationLineEdit)

        self.locationErrorLabel = QLabel(self.fieldsWidget)
        self.locationErrorLabel.setObjectName(u"locationErrorLabel")
        self.locationErrorLabel.setWordWrap(True)
        self.locationErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.locationErrorLabel.setVisible(False)
        self.locationErrorLabel.setProperty(u"role", u"error")

        self.locationFieldLayout.addWidget(self.locationErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.locationFieldLayout)

        self.interpreterLabel = QLabel(self.fieldsWidget)
        self.interpreterLabel.setObjectName(u"interpreterLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.interpreterLabel)

        self.interpreterFieldLayout = QVBoxLayout()
        self.interpreterFieldLayout.setSpacing(2)
        self.interpreterFieldLayout.setObjectName(u"interpreterFieldLayout")
        self.interpreterLayout = QHBoxLayout()
        self.interpreterLayout.setObjectName(u"interpreterLayout")
        self.interpreterNameLineEdit = QLineEdit(self.fieldsWidget)
        self.interpreterNameLineEdit.setObjectName(u"interpreterNameLineEdit")
        self.interpreterNameLineEdit.setClearButtonEnabled(False)

        self.interpreterLayout.addWidget(self.interpreterNameLineEdit)

        self.interpreterLanguageLabel = QLabel(self.fieldsWidget)
        self.interpreterLanguageLabel.setObjectName(u"interpreterLanguageLabel")

        self.interpreterLayout.addWidget(self.interpreterLanguageLabel)

        self.interpreterLanguageLineEdit = QLineEdit(self.fieldsWidget)
        self.interpreterLanguageLineEdit.setObjectName(u"interpreterLanguageLineEdit")
        self.interpreterLanguageLineEdit.setClearButtonEnabled(False)

        self.interpreterLayout.addWidget(self.interpreterLanguageLineEdit)

        self.interpreterLayout.setStretch(0, 3)
        self.interpreterLayout.setStretch(2, 2)

        self.interpreterFieldLayout.addLayout(self.interpreterLayout)

        self.interpreterErrorLabel = QLabel(self.fieldsWidget)
        self.interpreterErrorLabel.setObjectName(u"interpreterErrorLabel")
        self.interpreterErrorLabel.setWordWrap(True)
        self.interpreterErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.interpreterErrorLabel.setVisible(False)
        self.interpreterErrorLabel.setProperty(u"role", u"error")

        self.interpreterFieldLayout.addWidget(self.interpreterErrorLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.interpreterFieldLayout)

        self.nextContactOnLabel = QLabel(self.fieldsWidget)
        self.nextContactOnLabel.setObjectName(u"nextContactOnLabel")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nextContactOnLabel)

        self.nextContactOnFieldLayout = QVBoxLayout()
        self.nextContactOnFieldLayout.setSpacing(2)
        self.nextContactOnFieldLayout.setObjectName(u"nextContactOnFieldLayout")
        self.nextContactOnLineEdit = QLineEdit(self.fieldsWidget)
        self.nextContactOnLineEdit.setObjectName(u"nextContactOnLineEdit")
        self.nextContactOnLineEdit.setClearButtonEnabled(False)

        self.nextContactOnFieldLayout.addWidget(self.nextContactOnLineEdit)

        self.nextContactOnErrorLabel = QLabel(self.fieldsWidget)
        self.nextContactOnErrorLabel.setObjectName(u"nextContactOnErrorLabel")
        self.nextContactOnErrorLabel.setWordWrap(True)
        self.nextContactOnErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.nextContactOnErrorLabel.setVisible(False)
        self.nextContactOnErrorLabel.setProperty(u"role", u"error")

        self.nextContactOnFieldLayout.addWidget(self.nextContactOnErrorLabel)


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.nextContactOnFieldLayout)

        self.actionsLabel = QLabel(self.fieldsWidget)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.fieldsFormLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.actionsLabel)

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


        self.fieldsFormLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.actionsFieldLayout)

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


        self.fieldsFormLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.sensitiveFieldLayout)


        self.fieldsLayout.addLayout(self.fieldsFormLayout)

        self.fieldsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsLayout.addItem(self.fieldsSpacer)

        self.fieldsScrollArea.setWidget(self.fieldsWidget)

        self.mainLayout.addWidget(self.fieldsScrollArea)

        self.saveStatusLabel = QLabel(InteractionEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(InteractionEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(InteractionEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.modeLabel.setBuddy(self.modeComboBox)
        self.summaryLabel.setBuddy(self.summaryPlainTextEdit)
        self.locationLabel.setBuddy(self.locationLineEdit)
        self.interpreterLabel.setBuddy(self.interpreterNameLineEdit)
        self.interpreterLanguageLabel.setBuddy(self.interpreterLanguageLineEdit)
        self.nextContactOnLabel.setBuddy(self.nextContactOnLineEdit)
        self.actionsLabel.setBuddy(self.actionsListWidget)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.modeComboBox)
        QWidget.setTabOrder(self.modeComboBox, self.summaryPlainTextEdit)
        QWidget.setTabOrder(self.summaryPlainTextEdit, self.locationLineEdit)
        QWidget.setTabOrder(self.locationLineEdit, self.interpreterNameLineEdit)
        QWidget.setTabOrder(self.interpreterNameLineEdit, self.interpreterLanguageLineEdit)
        QWidget.setTabOrder(self.interpreterLanguageLineEdit, self.nextContactOnLineEdit)
        QWidget.setTabOrder(self.nextContactOnLineEdit, self.actionsListWidget)
        QWidget.setTabOrder(self.actionsListWidget, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(InteractionEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, InteractionEntryDialog):
        InteractionEntryDialog.setWindowTitle(QCoreApplication.translate("InteractionEntryDialog", u"New interaction", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"TRAINING: fictional data", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("InteractionEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("InteractionEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("InteractionEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.modeLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"&Mode:", None))
#if QT_CONFIG(accessibility)
        self.modeComboBox.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Mode", None))
#endif // QT_CONFIG(accessibility)
        self.modeComboBox.setPlaceholderText(QCoreApplication.translate("InteractionEntryDialog", u"Choose\u2026", None))
        self.modeErrorLabel.setText("")
        self.summaryLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"S&ummary:", None))
#if QT_CONFIG(accessibility)
        self.summaryPlainTextEdit.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summaryPlainTextEdit.setPlaceholderText(QCoreApplication.translate("InteractionEntryDialog", u"What happened, what was said, what was agreed", None))
        self.summaryErrorLabel.setText("")
        self.locationLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"&Location:", None))
#if QT_CONFIG(accessibility)
        self.locationLineEdit.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.locationLineEdit.setPlaceholderText(QCoreApplication.translate("InteractionEntryDialog", u"Where it took place (optional)", None))
        self.locationErrorLabel.setText("")
        self.interpreterLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"&Interpreter:", None))
#if QT_CONFIG(accessibility)
        self.interpreterNameLineEdit.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Interpreter's name", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterNameLineEdit.setPlaceholderText(QCoreApplication.translate("InteractionEntryDialog", u"Name (blank if none)", None))
        self.interpreterLanguageLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"Lan&guage:", None))
#if QT_CONFIG(accessibility)
        self.interpreterLanguageLineEdit.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Interpreter's language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterLanguageLineEdit.setPlaceholderText(QCoreApplication.translate("InteractionEntryDialog", u"Code, e.g. vi, sq, ro", None))
        self.interpreterErrorLabel.setText("")
        self.nextContactOnLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"Ne&xt contact on:", None))
#if QT_CONFIG(accessibility)
        self.nextContactOnLineEdit.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Next contact on", None))
#endif // QT_CONFIG(accessibility)
        self.nextContactOnLineEdit.setPlaceholderText(QCoreApplication.translate("InteractionEntryDialog", u"dd/mm/yyyy (optional)", None))
        self.nextContactOnErrorLabel.setText("")
        self.actionsLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"Ac&tions completed:", None))
#if QT_CONFIG(accessibility)
        self.actionsListWidget.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Actions completed", None))
#endif // QT_CONFIG(accessibility)
        self.actionsErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("InteractionEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("InteractionEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("InteractionEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("InteractionEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("InteractionEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

