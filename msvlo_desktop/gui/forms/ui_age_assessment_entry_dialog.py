# Generated from ui/age_assessment_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'age_assessment_entry_dialog.ui'
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

class Ui_AgeAssessmentEntryDialog(object):
    def setupUi(self, AgeAssessmentEntryDialog):
        if not AgeAssessmentEntryDialog.objectName():
            AgeAssessmentEntryDialog.setObjectName(u"AgeAssessmentEntryDialog")
        AgeAssessmentEntryDialog.resize(620, 460)
        AgeAssessmentEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(AgeAssessmentEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(AgeAssessmentEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(AgeAssessmentEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsScrollArea = QScrollArea(AgeAssessmentEntryDialog)
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

        self.requestedByLabel = QLabel(self.fieldsWidget)
        self.requestedByLabel.setObjectName(u"requestedByLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requestedByLabel)

        self.requestedByFieldLayout = QVBoxLayout()
        self.requestedByFieldLayout.setSpacing(2)
        self.requestedByFieldLayout.setObjectName(u"requestedByFieldLayout")
        self.requestedByLineEdit = QLineEdit(self.fieldsWidget)
        self.requestedByLineEdit.setObjectName(u"requestedByLineEdit")
        self.requestedByLineEdit.setClearButtonEnabled(False)

        self.requestedByFieldLayout.addWidget(self.requestedByLineEdit)

        self.requestedByErrorLabel = QLabel(self.fieldsWidget)
        self.requestedByErrorLabel.setObjectName(u"requestedByErrorLabel")
        self.requestedByErrorLabel.setWordWrap(True)
        self.requestedByErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.requestedByErrorLabel.setVisible(False)
        self.requestedByErrorLabel.setProperty(u"role", u"error")

        self.requestedByFieldLayout.addWidget(self.requestedByErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.requestedByFieldLayout)

        self.requestedOnLabel = QLabel(self.fieldsWidget)
        self.requestedOnLabel.setObjectName(u"requestedOnLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requestedOnLabel)

        self.requestedOnFieldLayout = QVBoxLayout()
        self.requestedOnFieldLayout.setSpacing(2)
        self.requestedOnFieldLayout.setObjectName(u"requestedOnFieldLayout")
        self.requestedOnLineEdit = QLineEdit(self.fieldsWidget)
        self.requestedOnLineEdit.setObjectName(u"requestedOnLineEdit")
        self.requestedOnLineEdit.setClearButtonEnabled(False)

        self.requestedOnFieldLayout.addWidget(self.requestedOnLineEdit)

        self.requestedOnErrorLabel = QLabel(self.fieldsWidget)
        self.requestedOnErrorLabel.setObjectName(u"requestedOnErrorLabel")
        self.requestedOnErrorLabel.setWordWrap(True)
        self.requestedOnErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.requestedOnErrorLabel.setVisible(False)
        self.requestedOnErrorLabel.setProperty(u"role", u"error")

        self.requestedOnFieldLayout.addWidget(self.requestedOnErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.requestedOnFieldLayout)

        self.assessorLabel = QLabel(self.fieldsWidget)
        self.assessorLabel.setObjectName(u"assessorLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.assessorLabel)

        self.assessorFieldLayout = QVBoxLayout()
        self.assessorFieldLayout.setSpacing(2)
        self.assessorFieldLayout.setObjectName(u"assessorFieldLayout")
        self.assessorLineEdit = QLineEdit(self.fieldsWidget)
        self.assessorLineEdit.setObjectName(u"assessorLineEdit")
        self.assessorLineEdit.setClearButtonEnabled(False)

        self.assessorFieldLayout.addWidget(self.assessorLineEdit)

        self.assessorErrorLabel = QLabel(self.fieldsWidget)
        self.assessorErrorLabel.setObjectName(u"assessorErrorLabel")
        self.assessorErrorLabel.setWordWrap(True)
        self.assessorErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.assessorErrorLabel.setVisible(False)
        self.assessorErrorLabel.setProperty(u"role", u"error")

        self.assessorFieldLayout.addWidget(self.assessorErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.assessorFieldLayout)

        self.adultPresentLabel = QLabel(self.fieldsWidget)
        self.adultPresentLabel.setObjectName(u"adultPresentLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.adultPresentLabel)

        self.adultPresentFieldLayout = QVBoxLayout()
        self.adultPresentFieldLayout.setSpacing(2)
        self.adultPresentFieldLayout.setObjectName(u"adultPresentFieldLayout")
        self.adultPresentLineEdit = QLineEdit(self.fieldsWidget)
        self.adultPresentLineEdit.setObjectName(u"adultPresentLineEdit")
        self.adultPresentLineEdit.setClearButtonEnabled(False)

        self.adultPresentFieldLayout.addWidget(self.adultPresentLineEdit)

        self.adultPresentErrorLabel = QLabel(self.fieldsWidget)
        self.adultPresentErrorLabel.setObjectName(u"adultPresentErrorLabel")
        self.adultPresentErrorLabel.setWordWrap(True)
        self.adultPresentErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.adultPresentErrorLabel.setVisible(False)
        self.adultPresentErrorLabel.setProperty(u"role", u"error")

        self.adultPresentFieldLayout.addWidget(self.adultPresentErrorLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.adultPresentFieldLayout)

        self.ageOutcomeLabel = QLabel(self.fieldsWidget)
        self.ageOutcomeLabel.setObjectName(u"ageOutcomeLabel")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ageOutcomeLabel)

        self.ageOutcomeFieldLayout = QVBoxLayout()
        self.ageOutcomeFieldLayout.setSpacing(2)
        self.ageOutcomeFieldLayout.setObjectName(u"ageOutcomeFieldLayout")
        self.ageOutcomeComboBox = QComboBox(self.fieldsWidget)
        self.ageOutcomeComboBox.setObjectName(u"ageOutcomeComboBox")

        self.ageOutcomeFieldLayout.addWidget(self.ageOutcomeComboBox)

        self.ageOutcomeErrorLabel = QLabel(self.fieldsWidget)
        self.ageOutcomeErrorLabel.setObjectName(u"ageOutcomeErrorLabel")
        self.ageOutcomeErrorLabel.setWordWrap(True)
        self.ageOutcomeErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ageOutcomeErrorLabel.setVisible(False)
        self.ageOutcomeErrorLabel.setProperty(u"role", u"error")

        self.ageOutcomeFieldLayout.addWidget(self.ageOutcomeErrorLabel)


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.ageOutcomeFieldLayout)

        self.assessedAgeLabel = QLabel(self.fieldsWidget)
        self.assessedAgeLabel.setObjectName(u"assessedAgeLabel")

        self.fieldsFormLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.assessedAgeLabel)

        self.assessedAgeFieldLayout = QVBoxLayout()
        self.assessedAgeFieldLayout.setSpacing(2)
        self.assessedAgeFieldLayout.setObjectName(u"assessedAgeFieldLayout")
        self.assessedAgeLineEdit = QLineEdit(self.fieldsWidget)
        self.assessedAgeLineEdit.setObjectName(u"assessedAgeLineEdit")
        self.assessedAgeLineEdit.setClearButtonEnabled(False)

        self.assessedAgeFieldLayout.addWidget(self.assessedAgeLineEdit)

        self.assessedAgeErrorLabel = QLabel(self.fieldsWidget)
        self.assessedAgeErrorLabel.setObjectName(u"assessedAgeErrorLabel")
        self.assessedAgeErrorLabel.setWordWrap(True)
        self.assessedAgeErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.assessedAgeErrorLabel.setVisible(False)
        self.assessedAgeErrorLabel.setProperty(u"role", u"error")

        self.assessedAgeFieldLayout.addWidget(self.assessedAgeErrorLabel)


        self.fieldsFormLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.assessedAgeFieldLayout)

        self.assessedDateOfBirthLabel = QLabel(self.fieldsWidget)
        self.assessedDateOfBirthLabel.setObjectName(u"assessedDateOfBirthLabel")

        self.fieldsFormLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.assessedDateOfBirthLabel)

        self.assessedDateOfBirthFieldLayout = QVBoxLayout()
        self.assessedDateOfBirthFieldLayout.setSpacing(2)
        self.assessedDateOfBirthFieldLayout.setObjectName(u"assessedDateOfBirthFieldLayout")
        self.assessedDateOfBirthLineEdit = QLineEdit(self.fieldsWidget)
        self.assessedDateOfBirthLineEdit.setObjectName(u"assessedDateOfBirthLineEdit")
        self.assessedDateOfBirthLineEdit.setClearButtonEnabled(False)

        self.assessedDateOfBirthFieldLayout.addWidget(self.assessedDateOfBirthLineEdit)

        self.assessedDateOfBirthErrorLabel = QLabel(self.fieldsWidget)
        self.assessedDateOfBirthErrorLabel.setObjectName(u"assessedDateOfBirthErrorLabel")
        self.assessedDateOfBirthErrorLabel.setWordWrap(True)
        self.assessedDateOfBirthErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.assessedDateOfBirthErrorLabel.setVisible(False)
        self.assessedDateOfBirthErrorLabel.setProperty(u"role", u"error")

        self.assessedDateOfBirthFieldLayout.addWidget(self.assessedDateOfBirthErrorLabel)


        self.fieldsFormLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.assessedDateOfBirthFieldLayout)

        self.detailsLabel = QLabel(self.fieldsWidget)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.fieldsFormLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

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


        self.fieldsFormLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.detailsFieldLayout)

        self.hintLabel = QLabel(self.fieldsWidget)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setProperty(u"role", u"hint")

        self.fieldsFormLayout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.hintLabel)

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


        self.fieldsFormLayout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.sensitiveFieldLayout)


        self.fieldsLayout.addLayout(self.fieldsFormLayout)

        self.fieldsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsLayout.addItem(self.fieldsSpacer)

        self.fieldsScrollArea.setWidget(self.fieldsWidget)

        self.mainLayout.addWidget(self.fieldsScrollArea)

        self.saveStatusLabel = QLabel(AgeAssessmentEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(AgeAssessmentEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(AgeAssessmentEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.requestedByLabel.setBuddy(self.requestedByLineEdit)
        self.requestedOnLabel.setBuddy(self.requestedOnLineEdit)
        self.assessorLabel.setBuddy(self.assessorLineEdit)
        self.adultPresentLabel.setBuddy(self.adultPresentLineEdit)
        self.ageOutcomeLabel.setBuddy(self.ageOutcomeComboBox)
        self.assessedAgeLabel.setBuddy(self.assessedAgeLineEdit)
        self.assessedDateOfBirthLabel.setBuddy(self.assessedDateOfBirthLineEdit)
        self.detailsLabel.setBuddy(self.detailsPlainTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.requestedByLineEdit)
        QWidget.setTabOrder(self.requestedByLineEdit, self.requestedOnLineEdit)
        QWidget.setTabOrder(self.requestedOnLineEdit, self.assessorLineEdit)
        QWidget.setTabOrder(self.assessorLineEdit, self.adultPresentLineEdit)
        QWidget.setTabOrder(self.adultPresentLineEdit, self.ageOutcomeComboBox)
        QWidget.setTabOrder(self.ageOutcomeComboBox, self.assessedAgeLineEdit)
        QWidget.setTabOrder(self.assessedAgeLineEdit, self.assessedDateOfBirthLineEdit)
        QWidget.setTabOrder(self.assessedDateOfBirthLineEdit, self.detailsPlainTextEdit)
        QWidget.setTabOrder(self.detailsPlainTextEdit, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(AgeAssessmentEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, AgeAssessmentEntryDialog):
        AgeAssessmentEntryDialog.setWindowTitle(QCoreApplication.translate("AgeAssessmentEntryDialog", u"New age assessment", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Record the request and, when it comes, the outcome. Until an assessment decides the victim is an adult (or the assessed date of birth reaches 18), the case stays in the child workflow, whatever the victim's details say.", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("AgeAssessmentEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("AgeAssessmentEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.requestedByLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"&Requested by:", None))
#if QT_CONFIG(accessibility)
        self.requestedByLineEdit.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Requested by", None))
#endif // QT_CONFIG(accessibility)
        self.requestedByLineEdit.setPlaceholderText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Who asked for the assessment", None))
        self.requestedByErrorLabel.setText("")
        self.requestedOnLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Re&quested on:", None))
#if QT_CONFIG(accessibility)
        self.requestedOnLineEdit.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Requested on", None))
#endif // QT_CONFIG(accessibility)
        self.requestedOnLineEdit.setPlaceholderText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"dd/mm/yyyy", None))
        self.requestedOnErrorLabel.setText("")
        self.assessorLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Asse&ssor:", None))
#if QT_CONFIG(accessibility)
        self.assessorLineEdit.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Assessor", None))
#endif // QT_CONFIG(accessibility)
        self.assessorLineEdit.setPlaceholderText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Who carried it out (once decided)", None))
        self.assessorErrorLabel.setText("")
        self.adultPresentLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Appropriate ad&ult or advocate:", None))
#if QT_CONFIG(accessibility)
        self.adultPresentLineEdit.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Appropriate adult or advocate present", None))
#endif // QT_CONFIG(accessibility)
        self.adultPresentLineEdit.setPlaceholderText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Who was present with the young person", None))
        self.adultPresentErrorLabel.setText("")
        self.ageOutcomeLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Out&come:", None))
#if QT_CONFIG(accessibility)
        self.ageOutcomeComboBox.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.ageOutcomeComboBox.setPlaceholderText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Choose\u2026", None))
        self.ageOutcomeErrorLabel.setText("")
        self.assessedAgeLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Assessed a&ge:", None))
#if QT_CONFIG(accessibility)
        self.assessedAgeLineEdit.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Assessed age", None))
#endif // QT_CONFIG(accessibility)
        self.assessedAgeLineEdit.setPlaceholderText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Whole years (optional)", None))
        self.assessedAgeErrorLabel.setText("")
        self.assessedDateOfBirthLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Assessed date of &birth:", None))
#if QT_CONFIG(accessibility)
        self.assessedDateOfBirthLineEdit.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Assessed date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.assessedDateOfBirthLineEdit.setPlaceholderText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"dd/mm/yyyy (optional)", None))
        self.assessedDateOfBirthErrorLabel.setText("")
        self.detailsLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setPlaceholderText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Optional", None))
        self.detailsErrorLabel.setText("")
        self.hintLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("AgeAssessmentEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

