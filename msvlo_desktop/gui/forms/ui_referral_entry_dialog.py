# Generated from ui/referral_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_entry_dialog.ui'
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

class Ui_ReferralEntryDialog(object):
    def setupUi(self, ReferralEntryDialog):
        if not ReferralEntryDialog.objectName():
            ReferralEntryDialog.setObjectName(u"ReferralEntryDialog")
        ReferralEntryDialog.resize(620, 640)
        ReferralEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ReferralEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(ReferralEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.fieldsScrollArea = QScrollArea(ReferralEntryDialog)
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

        self.serviceLabel = QLabel(self.fieldsWidget)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceFieldLayout = QVBoxLayout()
        self.serviceFieldLayout.setSpacing(2)
        self.serviceFieldLayout.setObjectName(u"serviceFieldLayout")
        self.serviceComboBox = QComboBox(self.fieldsWidget)
        self.serviceComboBox.setObjectName(u"serviceComboBox")

        self.serviceFieldLayout.addWidget(self.serviceComboBox)

        self.serviceErrorLabel = QLabel(self.fieldsWidget)
        self.serviceErrorLabel.setObjectName(u"serviceErrorLabel")
        self.serviceErrorLabel.setWordWrap(True)
        self.serviceErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.serviceErrorLabel.setVisible(False)
        self.serviceErrorLabel.setProperty(u"role", u"error")

        self.serviceFieldLayout.addWidget(self.serviceErrorLabel)

        self.childHintLabel = QLabel(self.fieldsWidget)
        self.childHintLabel.setObjectName(u"childHintLabel")
        self.childHintLabel.setWordWrap(True)
        self.childHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.childHintLabel.setProperty(u"role", u"hint")

        self.serviceFieldLayout.addWidget(self.childHintLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.serviceFieldLayout)

        self.consentLabel = QLabel(self.fieldsWidget)
        self.consentLabel.setObjectName(u"consentLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentFieldLayout = QVBoxLayout()
        self.consentFieldLayout.setSpacing(2)
        self.consentFieldLayout.setObjectName(u"consentFieldLayout")
        self.consentComboBox = QComboBox(self.fieldsWidget)
        self.consentComboBox.setObjectName(u"consentComboBox")

        self.consentFieldLayout.addWidget(self.consentComboBox)

        self.consentErrorLabel = QLabel(self.fieldsWidget)
        self.consentErrorLabel.setObjectName(u"consentErrorLabel")
        self.consentErrorLabel.setWordWrap(True)
        self.consentErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.consentErrorLabel.setVisible(False)
        self.consentErrorLabel.setProperty(u"role", u"error")

        self.consentFieldLayout.addWidget(self.consentErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.consentFieldLayout)

        self.referenceLabel = QLabel(self.fieldsWidget)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceFieldLayout = QVBoxLayout()
        self.referenceFieldLayout.setSpacing(2)
        self.referenceFieldLayout.setObjectName(u"referenceFieldLayout")
        self.referenceLineEdit = QLineEdit(self.fieldsWidget)
        self.referenceLineEdit.setObjectName(u"referenceLineEdit")
        self.referenceLineEdit.setClearButtonEnabled(False)

        self.referenceFieldLayout.addWidget(self.referenceLineEdit)

        self.referenceErrorLabel = QLabel(self.fieldsWidget)
        self.referenceErrorLabel.setObjectName(u"referenceErrorLabel")
        self.referenceErrorLabel.setWordWrap(True)
        self.referenceErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.referenceErrorLabel.setVisible(False)
        self.referenceErrorLabel.setProperty(u"role", u"error")

        self.referenceFieldLayout.addWidget(self.referenceErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.referenceFieldLayout)

        self.ictgAvailableLabel = QLabel(self.fieldsWidget)
        self.ictgAvailableLabel.setObjectName(u"ictgAvailableLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ictgAvailableLabel)

        self.ictgAvailableFieldLayout = QVBoxLayout()
        self.ictgAvailableFieldLayout.setSpacing(2)
        self.ictgAvailableFieldLayout.setObjectName(u"ictgAvailableFieldLayout")
        self.ictgAvailableComboBox = QComboBox(self.fieldsWidget)
        self.ictgAvailableComboBox.setObjectName(u"ictgAvailableComboBox")

        self.ictgAvailableFieldLayout.addWidget(self.ictgAvailableComboBox)

        self.ictgAvailableErrorLabel = QLabel(self.fieldsWidget)
        self.ictgAvailableErrorLabel.setObjectName(u"ictgAvailableErrorLabel")
        self.ictgAvailableErrorLabel.setWordWrap(True)
        self.ictgAvailableErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ictgAvailableErrorLabel.setVisible(False)
        self.ictgAvailableErrorLabel.setProperty(u"role", u"error")

        self.ictgAvailableFieldLayout.addWidget(self.ictgAvailableErrorLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.ictgAvailableFieldLayout)

        self.explainedByLabel = QLabel(self.fieldsWidget)
        self.explainedByLabel.setObjectName(u"explainedByLabel")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.explainedByLabel)

        self.explainedByFieldLayout = QVBoxLayout()
        self.explainedByFieldLayout.setSpacing(2)
        self.explainedByFieldLayout.setObjectName(u"explainedByFieldLayout")
        self.explainedByLineEdit = QLineEdit(self.fieldsWidget)
        self.explainedByLineEdit.setObjectName(u"explainedByLineEdit")
        self.explainedByLineEdit.setClearButtonEnabled(False)

        self.explainedByFieldLayout.addWidget(self.explainedByLineEdit)

        self.explainedByErrorLabel = QLabel(self.fieldsWidget)
        self.explainedByErrorLabel.setObjectName(u"explainedByErrorLabel")
        self.explainedByErrorLabel.setWordWrap(True)
        self.explainedByErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explainedByErrorLabel.setVisible(False)
        self.explainedByErrorLabel.setProperty(u"role", u"error")

        self.explainedByFieldLayout.addWidget(self.explainedByErrorLabel)


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.explainedByFieldLayout)

        self.writtenConsentLabel = QLabel(self.fieldsWidget)
        self.writtenConsentLabel.setObjectName(u"writtenConsentLabel")

        self.fieldsFormLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.writtenConsentLabel)

        self.writtenConsentFieldLayout = QVBoxLayout()
        self.writtenConsentFieldLayout.setSpacing(2)
        self.writtenConsentFieldLayout.setObjectName(u"writtenConsentFieldLayout")
        self.writtenConsentComboBox = QComboBox(self.fieldsWidget)
        self.writtenConsentComboBox.setObjectName(u"writtenConsentComboBox")

        self.writtenConsentFieldLayout.addWidget(self.writtenConsentComboBox)

        self.writtenConsentErrorLabel = QLabel(self.fieldsWidget)
        self.writtenConsentErrorLabel.setObjectName(u"writtenConsentErrorLabel")
        self.writtenConsentErrorLabel.setWordWrap(True)
        self.writtenConsentErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.writtenConsentErrorLabel.setVisible(False)
        self.writtenConsentErrorLabel.setProperty(u"role", u"error")

        self.writtenConsentFieldLayout.addWidget(self.writtenConsentErrorLabel)


        self.fieldsFormLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.writtenConsentFieldLayout)

        self.socialWorkerLabel = QLabel(self.fieldsWidget)
        self.socialWorkerLabel.setObjectName(u"socialWorkerLabel")

        self.fieldsFormLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.socialWorkerLabel)

        self.socialWorkerFieldLayout = QVBoxLayout()
        self.socialWorkerFieldLayout.setSpacing(2)
        self.socialWorkerFieldLayout.setObjectName(u"socialWorkerFieldLayout")
        self.socialWorkerLineEdit = QLineEdit(self.fieldsWidget)
        self.socialWorkerLineEdit.setObjectName(u"socialWorkerLineEdit")
        self.socialWorkerLineEdit.setClearButtonEnabled(False)

        self.socialWorkerFieldLayout.addWidget(self.socialWorkerLineEdit)

        self.socialWorkerErrorLabel = QLabel(self.fieldsWidget)
        self.socialWorkerErrorLabel.setObjectName(u"socialWorkerErrorLabel")
        self.socialWorkerErrorLabel.setWordWrap(True)
        self.socialWorkerErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.socialWorkerErrorLabel.setVisible(False)
        self.socialWorkerErrorLabel.setProperty(u"role", u"error")

        self.socialWorkerFieldLayout.addWidget(self.socialWorkerErrorLabel)


        self.fieldsFormLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.socialWorkerFieldLayout)

        self.detailsLabel = QLabel(self.fieldsWidget)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.fieldsFormLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.detailsFieldLayout = QVBoxLayout()
        self.detailsFieldLayout.setSpacing(2)
        self.detailsFieldLayout.setObjectName(u"detailsFieldLayout")
        self.detailsPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.detailsPlainTextEdit.setObjectName(u"detailsPlainTextEdit")
        self.detailsPlainTextEdit.setMinimumSize(QSize(0, 70))
        self.detailsPlainTextEdit.setMaximumSize(QSize(16777215, 105))
        self.detailsPlainTextEdit.setTabChangesFocus(True)

        self.detailsFieldLayout.addWidget(self.detailsPlainTextEdit)

        self.detailsErrorLabel = QLabel(self.fieldsWidget)
        self.detailsErrorLabel.setObjectName(u"detailsErrorLabel")
        self.detailsErrorLabel.setWordWrap(True)
        self.detailsErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailsErrorLabel.setVisible(False)
        self.detailsErrorLabel.setProperty(u"role", u"error")

        self.detailsFieldLayout.addWidget(self.detailsErrorLabel)


        self.fieldsFormLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.detailsFieldLayout)

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


        self.fieldsFormLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.sensitiveFieldLayout)


        self.fieldsLayout.addLayout(self.fieldsFormLayout)

        self.fieldsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsLayout.addItem(self.fieldsSpacer)

        self.fieldsScrollArea.setWidget(self.fieldsWidget)

        self.mainLayout.addWidget(self.fieldsScrollArea)

        self.saveStatusLabel = QLabel(ReferralEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ReferralEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ReferralEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.serviceLabel.setBuddy(self.serviceComboBox)
        self.consentLabel.setBuddy(self.consentComboBox)
        self.referenceLabel.setBuddy(self.referenceLineEdit)
        self.ictgAvailableLabel.setBuddy(self.ictgAvailableComboBox)
        self.explainedByLabel.setBuddy(self.explainedByLineEdit)
        self.writtenConsentLabel.setBuddy(self.writtenConsentComboBox)
        self.socialWorkerLabel.setBuddy(self.socialWorkerLineEdit)
        self.detailsLabel.setBuddy(self.detailsPlainTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.serviceComboBox)
        QWidget.setTabOrder(self.serviceComboBox, self.consentComboBox)
        QWidget.setTabOrder(self.consentComboBox, self.referenceLineEdit)
        QWidget.setTabOrder(self.referenceLineEdit, self.ictgAvailableComboBox)
        QWidget.setTabOrder(self.ictgAvailableComboBox, self.explainedByLineEdit)
        QWidget.setTabOrder(self.explainedByLineEdit, self.writtenConsentComboBox)
        QWidget.setTabOrder(self.writtenConsentComboBox, self.socialWorkerLineEdit)
        QWidget.setTabOrder(self.socialWorkerLineEdit, self.detailsPlainTextEdit)
        QWidget.setTabOrder(self.detailsPlainTextEdit, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(ReferralEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReferralEntryDialog):
        ReferralEntryDialog.setWindowTitle(QCoreApplication.translate("ReferralEntryDialog", u"New referral", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"TRAINING: fictional data", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("ReferralEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("ReferralEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("ReferralEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.serviceLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"Se&rvice:", None))
#if QT_CONFIG(accessibility)
        self.serviceComboBox.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Service", None))
#endif // QT_CONFIG(accessibility)
        self.serviceComboBox.setPlaceholderText(QCoreApplication.translate("ReferralEntryDialog", u"Choose\u2026", None))
        self.serviceErrorLabel.setText("")
        self.childHintLabel.setText("")
        self.consentLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"&Consent given:", None))
#if QT_CONFIG(accessibility)
        self.consentComboBox.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Consent given", None))
#endif // QT_CONFIG(accessibility)
        self.consentErrorLabel.setText("")
        self.referenceLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"Re&ference:", None))
#if QT_CONFIG(accessibility)
        self.referenceLineEdit.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLineEdit.setPlaceholderText(QCoreApplication.translate("ReferralEntryDialog", u"Optional", None))
        self.referenceErrorLabel.setText("")
        self.ictgAvailableLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"&ICTG available here:", None))
#if QT_CONFIG(accessibility)
        self.ictgAvailableComboBox.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"ICTG available here", None))
#endif // QT_CONFIG(accessibility)
        self.ictgAvailableErrorLabel.setText("")
        self.explainedByLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"NRM e&xplained by:", None))
#if QT_CONFIG(accessibility)
        self.explainedByLineEdit.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"NRM explained by", None))
#endif // QT_CONFIG(accessibility)
        self.explainedByLineEdit.setPlaceholderText(QCoreApplication.translate("ReferralEntryDialog", u"Who explained the NRM (optional)", None))
        self.explainedByErrorLabel.setText("")
        self.writtenConsentLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"Consent was &written:", None))
#if QT_CONFIG(accessibility)
        self.writtenConsentComboBox.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Consent was written", None))
#endif // QT_CONFIG(accessibility)
        self.writtenConsentErrorLabel.setText("")
        self.socialWorkerLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"Social &worker:", None))
#if QT_CONFIG(accessibility)
        self.socialWorkerLineEdit.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Social worker's details", None))
#endif // QT_CONFIG(accessibility)
        self.socialWorkerLineEdit.setPlaceholderText(QCoreApplication.translate("ReferralEntryDialog", u"A child's NRM referral: name, team, phone", None))
        self.socialWorkerErrorLabel.setText("")
        self.detailsLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setPlaceholderText(QCoreApplication.translate("ReferralEntryDialog", u"Optional", None))
        self.detailsErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("ReferralEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("ReferralEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("ReferralEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ReferralEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ReferralEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

