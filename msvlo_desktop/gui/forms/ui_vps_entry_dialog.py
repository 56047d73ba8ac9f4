# Generated from ui/vps_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vps_entry_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateTimeEdit,
    QDialog, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_VpsEntryDialog(object):
    def setupUi(self, VpsEntryDialog):
        if not VpsEntryDialog.objectName():
            VpsEntryDialog.setObjectName(u"VpsEntryDialog")
        VpsEntryDialog.resize(620, 460)
        VpsEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(VpsEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(VpsEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(VpsEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsScrollArea = QScrollArea(VpsEntryDialog)
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

        self.vpsStatusLabel = QLabel(self.fieldsWidget)
        self.vpsStatusLabel.setObjectName(u"vpsStatusLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.vpsStatusLabel)

        self.vpsStatusFieldLayout = QVBoxLayout()
        self.vpsStatusFieldLayout.setSpacing(2)
        self.vpsStatusFieldLayout.setObjectName(u"vpsStatusFieldLayout")
        self.vpsStatusComboBox = QComboBox(self.fieldsWidget)
        self.vpsStatusComboBox.setObjectName(u"vpsStatusComboBox")

        self.vpsStatusFieldLayout.addWidget(self.vpsStatusComboBox)

        self.vpsStatusErrorLabel = QLabel(self.fieldsWidget)
        self.vpsStatusErrorLabel.setObjectName(u"vpsStatusErrorLabel")
        self.vpsStatusErrorLabel.setWordWrap(True)
        self.vpsStatusErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.vpsStatusErrorLabel.setVisible(False)
        self.vpsStatusErrorLabel.setProperty(u"role", u"error")

        self.vpsStatusFieldLayout.addWidget(self.vpsStatusErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.vpsStatusFieldLayout)

        self.revisitOnLabel = QLabel(self.fieldsWidget)
        self.revisitOnLabel.setObjectName(u"revisitOnLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.revisitOnLabel)

        self.revisitOnFieldLayout = QVBoxLayout()
        self.revisitOnFieldLayout.setSpacing(2)
        self.revisitOnFieldLayout.setObjectName(u"revisitOnFieldLayout")
        self.revisitOnLineEdit = QLineEdit(self.fieldsWidget)
        self.revisitOnLineEdit.setObjectName(u"revisitOnLineEdit")
        self.revisitOnLineEdit.setClearButtonEnabled(False)

        self.revisitOnFieldLayout.addWidget(self.revisitOnLineEdit)

        self.revisitOnErrorLabel = QLabel(self.fieldsWidget)
        self.revisitOnErrorLabel.setObjectName(u"revisitOnErrorLabel")
        self.revisitOnErrorLabel.setWordWrap(True)
        self.revisitOnErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.revisitOnErrorLabel.setVisible(False)
        self.revisitOnErrorLabel.setProperty(u"role", u"error")

        self.revisitOnFieldLayout.addWidget(self.revisitOnErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.revisitOnFieldLayout)

        self.detailsLabel = QLabel(self.fieldsWidget)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.detailsFieldLayout = QVBoxLayout()
        self.detailsFieldLayout.setSpacing(2)
        self.detailsFieldLayout.setObjectName(u"detailsFieldLayout")
        self.detailsPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.detailsPlainTextEdit.setObjectName(u"detailsPlainTextEdit")
        self.detailsPlainTextEdit.setMinimumSize(QSize(0, 70))
        self.detailsPlainTextEdit.setMaximumSize(QSize(16777215, 120))
        self.detailsPlainTextEdit.setTabChangesFocus(True)

        self.detailsFieldLayout.addWidget(self.detailsPlainTextEdit)

        self.detailsErrorLabel = QLabel(self.fieldsWidget)
        self.detailsErrorLabel.setObjectName(u"detailsErrorLabel")
        self.detailsErrorLabel.setWordWrap(True)
        self.detailsErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailsErrorLabel.setVisible(False)
        self.detailsErrorLabel.setProperty(u"role", u"error")

        self.detailsFieldLayout.addWidget(self.detailsErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.detailsFieldLayout)

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


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.sensitiveFieldLayout)


        self.fieldsLayout.addLayout(self.fieldsFormLayout)

        self.fieldsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsLayout.addItem(self.fieldsSpacer)

        self.fieldsScrollArea.setWidget(self.fieldsWidget)

        self.mainLayout.addWidget(self.fieldsScrollArea)

        self.saveStatusLabel = QLabel(VpsEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(VpsEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(VpsEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.vpsStatusLabel.setBuddy(self.vpsStatusComboBox)
        self.revisitOnLabel.setBuddy(self.revisitOnLineEdit)
        self.detailsLabel.setBuddy(self.detailsPlainTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.vpsStatusComboBox)
        QWidget.setTabOrder(self.vpsStatusComboBox, self.revisitOnLineEdit)
        QWidget.setTabOrder(self.revisitOnLineEdit, self.detailsPlainTextEdit)
        QWidget.setTabOrder(self.detailsPlainTextEdit, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(VpsEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, VpsEntryDialog):
        VpsEntryDialog.setWindowTitle(QCoreApplication.translate("VpsEntryDialog", u"New Victim Personal Statement record (Right 7)", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("VpsEntryDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("VpsEntryDialog", u"Right 7: offer the victim the chance to make a Victim Personal Statement. Record each offer, and whether it was made, declined or deferred.", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("VpsEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("VpsEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("VpsEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("VpsEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("VpsEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("VpsEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("VpsEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.vpsStatusLabel.setText(QCoreApplication.translate("VpsEntryDialog", u"&Statement:", None))
#if QT_CONFIG(accessibility)
        self.vpsStatusComboBox.setAccessibleName(QCoreApplication.translate("VpsEntryDialog", u"Statement", None))
#endif // QT_CONFIG(accessibility)
        self.vpsStatusComboBox.setPlaceholderText(QCoreApplication.translate("VpsEntryDialog", u"Choose\u2026", None))
        self.vpsStatusErrorLabel.setText("")
        self.revisitOnLabel.setText(QCoreApplication.translate("VpsEntryDialog", u"Offer a&gain on:", None))
#if QT_CONFIG(accessibility)
        self.revisitOnLineEdit.setAccessibleName(QCoreApplication.translate("VpsEntryDialog", u"Offer again on", None))
#endif // QT_CONFIG(accessibility)
        self.revisitOnLineEdit.setPlaceholderText(QCoreApplication.translate("VpsEntryDialog", u"dd/mm/yyyy (only when deferred)", None))
        self.revisitOnErrorLabel.setText("")
        self.detailsLabel.setText(QCoreApplication.translate("VpsEntryDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setAccessibleName(QCoreApplication.translate("VpsEntryDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setPlaceholderText(QCoreApplication.translate("VpsEntryDialog", u"Optional", None))
        self.detailsErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("VpsEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("VpsEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("VpsEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("VpsEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("VpsEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("VpsEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("VpsEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

