# Generated from ui/export_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(640, 560)
        ExportDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ExportDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(ExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.caseTitleLabel = QLabel(ExportDialog)
        self.caseTitleLabel.setObjectName(u"caseTitleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseTitleLabel)

        self.caseLabel = QLabel(ExportDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caseLabel)

        self.profileLabel = QLabel(ExportDialog)
        self.profileLabel.setObjectName(u"profileLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.profileLabel)

        self.profileComboBox = QComboBox(ExportDialog)
        self.profileComboBox.setObjectName(u"profileComboBox")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.profileComboBox)

        self.profileHintLabel = QLabel(ExportDialog)
        self.profileHintLabel.setObjectName(u"profileHintLabel")
        self.profileHintLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.profileHintLabel)

        self.periodLabel = QLabel(ExportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodWidget = QWidget(ExportDialog)
        self.periodWidget.setObjectName(u"periodWidget")
        self.periodLayout = QHBoxLayout(self.periodWidget)
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLayout.setContentsMargins(0, 0, 0, 0)
        self.periodCheckBox = QCheckBox(self.periodWidget)
        self.periodCheckBox.setObjectName(u"periodCheckBox")

        self.periodLayout.addWidget(self.periodCheckBox)

        self.fromDateEdit = QDateEdit(self.periodWidget)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.fromDateEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(self.periodWidget)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(self.periodWidget)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.toDateEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toDateEdit)

        self.periodSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodWidget)

        self.periodHintLabel = QLabel(ExportDialog)
        self.periodHintLabel.setObjectName(u"periodHintLabel")
        self.periodHintLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.periodHintLabel)

        self.recipientLabel = QLabel(ExportDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientLineEdit = QLineEdit(ExportDialog)
        self.recipientLineEdit.setObjectName(u"recipientLineEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recipientLineEdit)

        self.purposeLabel = QLabel(ExportDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeLineEdit = QLineEdit(ExportDialog)
        self.purposeLineEdit.setObjectName(u"purposeLineEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purposeLineEdit)

        self.pdfaCheckBox = QCheckBox(ExportDialog)
        self.pdfaCheckBox.setObjectName(u"pdfaCheckBox")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.pdfaCheckBox)

        self.pdfaHintLabel = QLabel(ExportDialog)
        self.pdfaHintLabel.setObjectName(u"pdfaHintLabel")
        self.pdfaHintLabel.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.pdfaHintLabel)

        self.encryptCheckBox = QCheckBox(ExportDialog)
        self.encryptCheckBox.setObjectName(u"encryptCheckBox")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.encryptCheckBox)

        self.passwordLabel = QLabel(ExportDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordFieldWidget = QWidget(ExportDialog)
        self.passwordFieldWidget.setObjectName(u"passwordFieldWidget")
        self.passwordFieldLayout = QHBoxLayout(self.passwordFieldWidget)
        self.passwordFieldLayout.setObjectName(u"passwordFieldLayout")
        self.passwordFieldLayout.setContentsMargins(0, 0, 0, 0)
        self.passwordLineEdit = QLineEdit(self.passwordFieldWidget)
        self.passwordLineEdit.setObjectName(u"passwordLineEdit")
        self.passwordLineEdit.setEchoMode(QLineEdit.Password)

        self.passwordFieldLayout.addWidget(self.passwordLineEdit)

        self.showPasswordToolButton = QToolButton(self.passwordFieldWidget)
        self.showPasswordToolButton.setObjectName(u"showPasswordToolButton")
        self.showPasswordToolButton.setCheckable(True)

        self.passwordFieldLayout.addWidget(self.showPasswordToolButton)


        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.passwordFieldWidget)

        self.repeatPasswordLabel = QLabel(ExportDialog)
        self.repeatPasswordLabel.setObjectName(u"repeatPasswordLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.repeatPasswordLabel)

        self.repeatPasswordLineEdit = QLineEdit(ExportDialog)
        self.repeatPasswordLineEdit.setObjectName(u"repeatPasswordLineEdit")
        self.repeatPasswordLineEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.repeatPasswordLineEdit)

        self.strengthTitleLabel = QLabel(ExportDialog)
        self.strengthTitleLabel.setObjectName(u"strengthTitleLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.strengthTitleLabel)

        self.strengthProgressBar = QProgressBar(ExportDialog)
        self.strengthProgressBar.setObjectName(u"strengthProgressBar")
        self.strengthProgressBar.setMaximum(4)
        self.strengthProgressBar.setValue(0)
        self.strengthProgressBar.setTextVisible(False)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.strengthProgressBar)

        self.strengthLabel = QLabel(ExportDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.policyLabel = QLabel(ExportDialog)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setWordWrap(True)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.policyLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(ExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)
        self.progressBar.setVisible(False)

        self.mainLayout.addWidget(self.progressBar)

        self.progressLabel = QLabel(ExportDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.progressLabel)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.createButton = QPushButton(ExportDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttonsLayout.addWidget(self.createButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.profileLabel.setBuddy(self.profileComboBox)
        self.periodLabel.setBuddy(self.periodCheckBox)
        self.toLabel.setBuddy(self.toDateEdit)
        self.recipientLabel.setBuddy(self.recipientLineEdit)
        self.purposeLabel.setBuddy(self.purposeLineEdit)
        self.passwordLabel.setBuddy(self.passwordLineEdit)
        self.repeatPasswordLabel.setBuddy(self.repeatPasswordLineEdit)
        self.strengthTitleLabel.setBuddy(self.strengthProgressBar)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.profileComboBox, self.periodCheckBox)
        QWidget.setTabOrder(self.periodCheckBox, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.recipientLineEdit)
        QWidget.setTabOrder(self.recipientLineEdit, self.purposeLineEdit)
        QWidget.setTabOrder(self.purposeLineEdit, self.pdfaCheckBox)
        QWidget.setTabOrder(self.pdfaCheckBox, self.encryptCheckBox)
        QWidget.setTabOrder(self.encryptCheckBox, self.passwordLineEdit)
        QWidget.setTabOrder(self.passwordLineEdit, self.showPasswordToolButton)
        QWidget.setTabOrder(self.showPasswordToolButton, self.repeatPasswordLineEdit)
        QWidget.setTabOrder(self.repeatPasswordLineEdit, self.createButton)
        QWidget.setTabOrder(self.createButton, self.cancelButton)

        self.retranslateUi(ExportDialog)

        self.createButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export case report", None))
        self.headingLabel.setText(QCoreApplication.translate("ExportDialog", u"Export the case report", None))
        self.headingLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"heading", None))
        self.introLabel.setText(QCoreApplication.translate("ExportDialog", u"The report is made in memory and shown to you first. Nothing is written until you save it; saving records the disclosure, with the recipient and purpose, in the audit log.", None))
        self.introLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"hint", None))
        self.caseTitleLabel.setText(QCoreApplication.translate("ExportDialog", u"Case", None))
        self.caseLabel.setText("")
        self.profileLabel.setText(QCoreApplication.translate("ExportDialog", u"&Profile", None))
#if QT_CONFIG(accessibility)
        self.profileComboBox.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Report profile", None))
#endif // QT_CONFIG(accessibility)
        self.profileHintLabel.setText("")
        self.profileHintLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"hint", None))
        self.periodLabel.setText(QCoreApplication.translate("ExportDialog", u"Per&iod", None))
        self.periodCheckBox.setText(QCoreApplication.translate("ExportDialog", u"Only from", None))
#if QT_CONFIG(accessibility)
        self.periodCheckBox.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Limit the report to a period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDateEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ExportDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.toDateEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.periodHintLabel.setText(QCoreApplication.translate("ExportDialog", u"The period narrows the log, the provisions schedule and the compliance section; the summary always shows the whole case.", None))
        self.periodHintLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"hint", None))
        self.recipientLabel.setText(QCoreApplication.translate("ExportDialog", u"&Recipient", None))
#if QT_CONFIG(accessibility)
        self.recipientLineEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Recipient", None))
#endif // QT_CONFIG(accessibility)
        self.recipientLineEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Who the report is for, e.g. DI 1150 C. Murray, lead investigator", None))
        self.purposeLabel.setText(QCoreApplication.translate("ExportDialog", u"P&urpose", None))
#if QT_CONFIG(accessibility)
        self.purposeLineEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLineEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Why it is disclosed, e.g. file review before the charging decision", None))
        self.pdfaCheckBox.setText(QCoreApplication.translate("ExportDialog", u"Archi&vable PDF (PDF/A-2b style)", None))
#if QT_CONFIG(accessibility)
        self.pdfaCheckBox.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Archivable PDF (PDF/A)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pdfaCheckBox.setToolTip(QCoreApplication.translate("ExportDialog", u"For records-management systems that accept PDF/A only. Not with a password: an encrypted file cannot be PDF/A.", None))
#endif // QT_CONFIG(tooltip)
        self.pdfaHintLabel.setText(QCoreApplication.translate("ExportDialog", u"For records systems that require PDF/A. Every font is embedded; it cannot also be protected with a password.", None))
        self.pdfaHintLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"hint", None))
        self.encryptCheckBox.setText(QCoreApplication.translate("ExportDialog", u"Protect the PDF with a pass&word (AES-256)", None))
#if QT_CONFIG(accessibility)
        self.encryptCheckBox.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Protect the PDF with a password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("ExportDialog", u"Pass&word", None))
#if QT_CONFIG(accessibility)
        self.passwordLineEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Report password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLineEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"At least 12 characters; tell the recipient separately", None))
        self.showPasswordToolButton.setText(QCoreApplication.translate("ExportDialog", u"Show", None))
#if QT_CONFIG(accessibility)
        self.showPasswordToolButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Show password", None))
#endif // QT_CONFIG(accessibility)
        self.repeatPasswordLabel.setText(QCoreApplication.translate("ExportDialog", u"Repeat i&t", None))
#if QT_CONFIG(accessibility)
        self.repeatPasswordLineEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Repeat the report password", None))
#endif // QT_CONFIG(accessibility)
        self.strengthTitleLabel.setText(QCoreApplication.translate("ExportDialog", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strengthProgressBar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Password strength", None))
#endif // QT_CONFIG(accessibility)
        self.strengthLabel.setText("")
        self.strengthLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"hint", None))
        self.policyLabel.setText("")
        self.policyLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"error", None))
        self.messageLabel.setText("")
        self.messageLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"error", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Report progress", None))
#endif // QT_CONFIG(accessibility)
        self.progressLabel.setText("")
        self.progressLabel.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"hint", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.createButton.setText(QCoreApplication.translate("ExportDialog", u"&Create report", None))
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Create the report", None))
#endif // QT_CONFIG(accessibility)
        self.createButton.setProperty(u"role", QCoreApplication.translate("ExportDialog", u"primary", None))
    # retranslateUi

