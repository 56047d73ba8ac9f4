# Generated from ui/risk_review_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_review_entry_dialog.ui'
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

class Ui_RiskReviewEntryDialog(object):
    def setupUi(self, RiskReviewEntryDialog):
        if not RiskReviewEntryDialog.objectName():
            RiskReviewEntryDialog.setObjectName(u"RiskReviewEntryDialog")
        RiskReviewEntryDialog.resize(620, 460)
        RiskReviewEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(RiskReviewEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(RiskReviewEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(RiskReviewEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsScrollArea = QScrollArea(RiskReviewEntryDialog)
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

        self.riskLevelLabel = QLabel(self.fieldsWidget)
        self.riskLevelLabel.setObjectName(u"riskLevelLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.riskLevelLabel)

        self.riskLevelFieldLayout = QVBoxLayout()
        self.riskLevelFieldLayout.setSpacing(2)
        self.riskLevelFieldLayout.setObjectName(u"riskLevelFieldLayout")
        self.riskLevelComboBox = QComboBox(self.fieldsWidget)
        self.riskLevelComboBox.setObjectName(u"riskLevelComboBox")

        self.riskLevelFieldLayout.addWidget(self.riskLevelComboBox)

        self.riskLevelErrorLabel = QLabel(self.fieldsWidget)
        self.riskLevelErrorLabel.setObjectName(u"riskLevelErrorLabel")
        self.riskLevelErrorLabel.setWordWrap(True)
        self.riskLevelErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.riskLevelErrorLabel.setVisible(False)
        self.riskLevelErrorLabel.setProperty(u"role", u"error")

        self.riskLevelFieldLayout.addWidget(self.riskLevelErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.riskLevelFieldLayout)

        self.familyRiskLabel = QLabel(self.fieldsWidget)
        self.familyRiskLabel.setObjectName(u"familyRiskLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.familyRiskLabel)

        self.familyRiskFieldLayout = QVBoxLayout()
        self.familyRiskFieldLayout.setSpacing(2)
        self.familyRiskFieldLayout.setObjectName(u"familyRiskFieldLayout")
        self.familyRiskComboBox = QComboBox(self.fieldsWidget)
        self.familyRiskComboBox.setObjectName(u"familyRiskComboBox")

        self.familyRiskFieldLayout.addWidget(self.familyRiskComboBox)

        self.familyRiskErrorLabel = QLabel(self.fieldsWidget)
        self.familyRiskErrorLabel.setObjectName(u"familyRiskErrorLabel")
        self.familyRiskErrorLabel.setWordWrap(True)
        self.familyRiskErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.familyRiskErrorLabel.setVisible(False)
        self.familyRiskErrorLabel.setProperty(u"role", u"error")

        self.familyRiskFieldLayout.addWidget(self.familyRiskErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.familyRiskFieldLayout)

        self.repatriationRiskLabel = QLabel(self.fieldsWidget)
        self.repatriationRiskLabel.setObjectName(u"repatriationRiskLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repatriationRiskLabel)

        self.repatriationRiskFieldLayout = QVBoxLayout()
        self.repatriationRiskFieldLayout.setSpacing(2)
        self.repatriationRiskFieldLayout.setObjectName(u"repatriationRiskFieldLayout")
        self.repatriationRiskComboBox = QComboBox(self.fieldsWidget)
        self.repatriationRiskComboBox.setObjectName(u"repatriationRiskComboBox")

        self.repatriationRiskFieldLayout.addWidget(self.repatriationRiskComboBox)

        self.repatriationRiskErrorLabel = QLabel(self.fieldsWidget)
        self.repatriationRiskErrorLabel.setObjectName(u"repatriationRiskErrorLabel")
        self.repatriationRiskErrorLabel.setWordWrap(True)
        self.repatriationRiskErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.repatriationRiskErrorLabel.setVisible(False)
        self.repatriationRiskErrorLabel.setProperty(u"role", u"error")

        self.repatriationRiskFieldLayout.addWidget(self.repatriationRiskErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.repatriationRiskFieldLayout)

        self.riskNotesLabel = QLabel(self.fieldsWidget)
        self.riskNotesLabel.setObjectName(u"riskNotesLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.riskNotesLabel)

        self.riskNotesFieldLayout = QVBoxLayout()
        self.riskNotesFieldLayout.setSpacing(2)
        self.riskNotesFieldLayout.setObjectName(u"riskNotesFieldLayout")
        self.riskNotesPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.riskNotesPlainTextEdit.setObjectName(u"riskNotesPlainTextEdit")
        self.riskNotesPlainTextEdit.setMinimumSize(QSize(0, 70))
        self.riskNotesPlainTextEdit.setMaximumSize(QSize(16777215, 120))
        self.riskNotesPlainTextEdit.setTabChangesFocus(True)

        self.riskNotesFieldLayout.addWidget(self.riskNotesPlainTextEdit)

        self.riskNotesErrorLabel = QLabel(self.fieldsWidget)
        self.riskNotesErrorLabel.setObjectName(u"riskNotesErrorLabel")
        self.riskNotesErrorLabel.setWordWrap(True)
        self.riskNotesErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.riskNotesErrorLabel.setVisible(False)
        self.riskNotesErrorLabel.setProperty(u"role", u"error")

        self.riskNotesFieldLayout.addWidget(self.riskNotesErrorLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.riskNotesFieldLayout)

        self.riskActionsLabel = QLabel(self.fieldsWidget)
        self.riskActionsLabel.setObjectName(u"riskActionsLabel")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.riskActionsLabel)

        self.riskActionsFieldLayout = QVBoxLayout()
        self.riskActionsFieldLayout.setSpacing(2)
        self.riskActionsFieldLayout.setObjectName(u"riskActionsFieldLayout")
        self.riskActionsPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.riskActionsPlainTextEdit.setObjectName(u"riskActionsPlainTextEdit")
        self.riskActionsPlainTextEdit.setMinimumSize(QSize(0, 70))
        self.riskActionsPlainTextEdit.setMaximumSize(QSize(16777215, 120))
        self.riskActionsPlainTextEdit.setTabChangesFocus(True)

        self.riskActionsFieldLayout.addWidget(self.riskActionsPlainTextEdit)

        self.riskActionsErrorLabel = QLabel(self.fieldsWidget)
        self.riskActionsErrorLabel.setObjectName(u"riskActionsErrorLabel")
        self.riskActionsErrorLabel.setWordWrap(True)
        self.riskActionsErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.riskActionsErrorLabel.setVisible(False)
        self.riskActionsErrorLabel.setProperty(u"role", u"error")

        self.riskActionsFieldLayout.addWidget(self.riskActionsErrorLabel)


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.riskActionsFieldLayout)

        self.reviewOnLabel = QLabel(self.fieldsWidget)
        self.reviewOnLabel.setObjectName(u"reviewOnLabel")

        self.fieldsFormLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reviewOnLabel)

        self.reviewOnFieldLayout = QVBoxLayout()
        self.reviewOnFieldLayout.setSpacing(2)
        self.reviewOnFieldLayout.setObjectName(u"reviewOnFieldLayout")
        self.reviewOnLineEdit = QLineEdit(self.fieldsWidget)
        self.reviewOnLineEdit.setObjectName(u"reviewOnLineEdit")
        self.reviewOnLineEdit.setClearButtonEnabled(False)

        self.reviewOnFieldLayout.addWidget(self.reviewOnLineEdit)

        self.reviewOnErrorLabel = QLabel(self.fieldsWidget)
        self.reviewOnErrorLabel.setObjectName(u"reviewOnErrorLabel")
        self.reviewOnErrorLabel.setWordWrap(True)
        self.reviewOnErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reviewOnErrorLabel.setVisible(False)
        self.reviewOnErrorLabel.setProperty(u"role", u"error")

        self.reviewOnFieldLayout.addWidget(self.reviewOnErrorLabel)


        self.fieldsFormLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.reviewOnFieldLayout)

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

        self.saveStatusLabel = QLabel(RiskReviewEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(RiskReviewEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(RiskReviewEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.riskLevelLabel.setBuddy(self.riskLevelComboBox)
        self.familyRiskLabel.setBuddy(self.familyRiskComboBox)
        self.repatriationRiskLabel.setBuddy(self.repatriationRiskComboBox)
        self.riskNotesLabel.setBuddy(self.riskNotesPlainTextEdit)
        self.riskActionsLabel.setBuddy(self.riskActionsPlainTextEdit)
        self.reviewOnLabel.setBuddy(self.reviewOnLineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.riskLevelComboBox)
        QWidget.setTabOrder(self.riskLevelComboBox, self.familyRiskComboBox)
        QWidget.setTabOrder(self.familyRiskComboBox, self.repatriationRiskComboBox)
        QWidget.setTabOrder(self.repatriationRiskComboBox, self.riskNotesPlainTextEdit)
        QWidget.setTabOrder(self.riskNotesPlainTextEdit, self.riskActionsPlainTextEdit)
        QWidget.setTabOrder(self.riskActionsPlainTextEdit, self.reviewOnLineEdit)
        QWidget.setTabOrder(self.reviewOnLineEdit, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(RiskReviewEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RiskReviewEntryDialog):
        RiskReviewEntryDialog.setWindowTitle(QCoreApplication.translate("RiskReviewEntryDialog", u"New risk review", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"A structured risk review: the risk from or to the victim's family and on return home both shape safeguarding and the exit strategy. You are reminded on the review date; a bail date or new bail conditions also ask for one.", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("RiskReviewEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("RiskReviewEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("RiskReviewEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.riskLevelLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"O&verall risk:", None))
#if QT_CONFIG(accessibility)
        self.riskLevelComboBox.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"Overall risk", None))
#endif // QT_CONFIG(accessibility)
        self.riskLevelComboBox.setPlaceholderText(QCoreApplication.translate("RiskReviewEntryDialog", u"Choose\u2026", None))
        self.riskLevelErrorLabel.setText("")
        self.familyRiskLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"Risk from or to &family:", None))
#if QT_CONFIG(accessibility)
        self.familyRiskComboBox.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"Risk from or to family", None))
#endif // QT_CONFIG(accessibility)
        self.familyRiskComboBox.setPlaceholderText(QCoreApplication.translate("RiskReviewEntryDialog", u"Choose\u2026", None))
        self.familyRiskErrorLabel.setText("")
        self.repatriationRiskLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"Risk on return &home:", None))
#if QT_CONFIG(accessibility)
        self.repatriationRiskComboBox.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"Risk on return home", None))
#endif // QT_CONFIG(accessibility)
        self.repatriationRiskComboBox.setPlaceholderText(QCoreApplication.translate("RiskReviewEntryDialog", u"Choose\u2026", None))
        self.repatriationRiskErrorLabel.setText("")
        self.riskNotesLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"What the ris&ks are:", None))
#if QT_CONFIG(accessibility)
        self.riskNotesPlainTextEdit.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"What the risks are", None))
#endif // QT_CONFIG(accessibility)
        self.riskNotesPlainTextEdit.setPlaceholderText(QCoreApplication.translate("RiskReviewEntryDialog", u"Optional", None))
        self.riskNotesErrorLabel.setText("")
        self.riskActionsLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"Actio&ns to reduce them:", None))
#if QT_CONFIG(accessibility)
        self.riskActionsPlainTextEdit.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"Actions to reduce them", None))
#endif // QT_CONFIG(accessibility)
        self.riskActionsPlainTextEdit.setPlaceholderText(QCoreApplication.translate("RiskReviewEntryDialog", u"What will be done, and by whom", None))
        self.riskActionsErrorLabel.setText("")
        self.reviewOnLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"&Review on:", None))
#if QT_CONFIG(accessibility)
        self.reviewOnLineEdit.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"Review on", None))
#endif // QT_CONFIG(accessibility)
        self.reviewOnLineEdit.setPlaceholderText(QCoreApplication.translate("RiskReviewEntryDialog", u"dd/mm/yyyy", None))
        self.reviewOnErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("RiskReviewEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("RiskReviewEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

