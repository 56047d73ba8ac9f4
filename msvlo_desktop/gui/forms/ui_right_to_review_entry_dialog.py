# Generated from ui/right_to_review_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'right_to_review_entry_dialog.ui'
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

class Ui_RightToReviewEntryDialog(object):
    def setupUi(self, RightToReviewEntryDialog):
        if not RightToReviewEntryDialog.objectName():
            RightToReviewEntryDialog.setObjectName(u"RightToReviewEntryDialog")
        RightToReviewEntryDialog.resize(620, 460)
        RightToReviewEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(RightToReviewEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(RightToReviewEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(RightToReviewEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsScrollArea = QScrollArea(RightToReviewEntryDialog)
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

        self.reviewStageLabel = QLabel(self.fieldsWidget)
        self.reviewStageLabel.setObjectName(u"reviewStageLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewStageLabel)

        self.reviewStageFieldLayout = QVBoxLayout()
        self.reviewStageFieldLayout.setSpacing(2)
        self.reviewStageFieldLayout.setObjectName(u"reviewStageFieldLayout")
        self.reviewStageComboBox = QComboBox(self.fieldsWidget)
        self.reviewStageComboBox.setObjectName(u"reviewStageComboBox")

        self.reviewStageFieldLayout.addWidget(self.reviewStageComboBox)

        self.reviewStageErrorLabel = QLabel(self.fieldsWidget)
        self.reviewStageErrorLabel.setObjectName(u"reviewStageErrorLabel")
        self.reviewStageErrorLabel.setWordWrap(True)
        self.reviewStageErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reviewStageErrorLabel.setVisible(False)
        self.reviewStageErrorLabel.setProperty(u"role", u"error")

        self.reviewStageFieldLayout.addWidget(self.reviewStageErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.reviewStageFieldLayout)

        self.decisionLabel = QLabel(self.fieldsWidget)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionFieldLayout = QVBoxLayout()
        self.decisionFieldLayout.setSpacing(2)
        self.decisionFieldLayout.setObjectName(u"decisionFieldLayout")
        self.decisionComboBox = QComboBox(self.fieldsWidget)
        self.decisionComboBox.setObjectName(u"decisionComboBox")

        self.decisionFieldLayout.addWidget(self.decisionComboBox)

        self.decisionErrorLabel = QLabel(self.fieldsWidget)
        self.decisionErrorLabel.setObjectName(u"decisionErrorLabel")
        self.decisionErrorLabel.setWordWrap(True)
        self.decisionErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.decisionErrorLabel.setVisible(False)
        self.decisionErrorLabel.setProperty(u"role", u"error")

        self.decisionFieldLayout.addWidget(self.decisionErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.decisionFieldLayout)

        self.reviewOfLabel = QLabel(self.fieldsWidget)
        self.reviewOfLabel.setObjectName(u"reviewOfLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reviewOfLabel)

        self.reviewOfFieldLayout = QVBoxLayout()
        self.reviewOfFieldLayout.setSpacing(2)
        self.reviewOfFieldLayout.setObjectName(u"reviewOfFieldLayout")
        self.reviewOfComboBox = QComboBox(self.fieldsWidget)
        self.reviewOfComboBox.setObjectName(u"reviewOfComboBox")

        self.reviewOfFieldLayout.addWidget(self.reviewOfComboBox)

        self.reviewOfErrorLabel = QLabel(self.fieldsWidget)
        self.reviewOfErrorLabel.setObjectName(u"reviewOfErrorLabel")
        self.reviewOfErrorLabel.setWordWrap(True)
        self.reviewOfErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reviewOfErrorLabel.setVisible(False)
        self.reviewOfErrorLabel.setProperty(u"role", u"error")

        self.reviewOfFieldLayout.addWidget(self.reviewOfErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.reviewOfFieldLayout)

        self.reviewOutcomeLabel = QLabel(self.fieldsWidget)
        self.reviewOutcomeLabel.setObjectName(u"reviewOutcomeLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reviewOutcomeLabel)

        self.reviewOutcomeFieldLayout = QVBoxLayout()
        self.reviewOutcomeFieldLayout.setSpacing(2)
        self.reviewOutcomeFieldLayout.setObjectName(u"reviewOutcomeFieldLayout")
        self.reviewOutcomeComboBox = QComboBox(self.fieldsWidget)
        self.reviewOutcomeComboBox.setObjectName(u"reviewOutcomeComboBox")

        self.reviewOutcomeFieldLayout.addWidget(self.reviewOutcomeComboBox)

        self.reviewOutcomeErrorLabel = QLabel(self.fieldsWidget)
        self.reviewOutcomeErrorLabel.setObjectName(u"reviewOutcomeErrorLabel")
        self.reviewOutcomeErrorLabel.setWordWrap(True)
        self.reviewOutcomeErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reviewOutcomeErrorLabel.setVisible(False)
        self.reviewOutcomeErrorLabel.setProperty(u"role", u"error")

        self.reviewOutcomeFieldLayout.addWidget(self.reviewOutcomeErrorLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.reviewOutcomeFieldLayout)

        self.detailsLabel = QLabel(self.fieldsWidget)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

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


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.detailsFieldLayout)

        self.hintLabel = QLabel(self.fieldsWidget)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setProperty(u"role", u"hint")

        self.fieldsFormLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.hintLabel)

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

        self.saveStatusLabel = QLabel(RightToReviewEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(RightToReviewEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(RightToReviewEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.reviewStageLabel.setBuddy(self.reviewStageComboBox)
        self.decisionLabel.setBuddy(self.decisionComboBox)
        self.reviewOfLabel.setBuddy(self.reviewOfComboBox)
        self.reviewOutcomeLabel.setBuddy(self.reviewOutcomeComboBox)
        self.detailsLabel.setBuddy(self.detailsPlainTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.reviewStageComboBox)
        QWidget.setTabOrder(self.reviewStageComboBox, self.decisionComboBox)
        QWidget.setTabOrder(self.decisionComboBox, self.reviewOfComboBox)
        QWidget.setTabOrder(self.reviewOfComboBox, self.reviewOutcomeComboBox)
        QWidget.setTabOrder(self.reviewOutcomeComboBox, self.detailsPlainTextEdit)
        QWidget.setTabOrder(self.detailsPlainTextEdit, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(RightToReviewEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RightToReviewEntryDialog):
        RightToReviewEntryDialog.setWindowTitle(QCoreApplication.translate("RightToReviewEntryDialog", u"New right to review record", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"Victims' Right to Review: police decisions not to charge or to end an investigation fall under the police scheme; CPS decisions not to charge or to discontinue under the CPS scheme. Altering a charge is not reviewable. The victim may ask within 3 calendar months of being told.", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("RightToReviewEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("RightToReviewEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("RightToReviewEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("RightToReviewEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("RightToReviewEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.reviewStageLabel.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"&Stage:", None))
#if QT_CONFIG(accessibility)
        self.reviewStageComboBox.setAccessibleName(QCoreApplication.translate("RightToReviewEntryDialog", u"Stage", None))
#endif // QT_CONFIG(accessibility)
        self.reviewStageComboBox.setPlaceholderText(QCoreApplication.translate("RightToReviewEntryDialog", u"Choose\u2026", None))
        self.reviewStageErrorLabel.setText("")
        self.decisionLabel.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"D&ecision:", None))
#if QT_CONFIG(accessibility)
        self.decisionComboBox.setAccessibleName(QCoreApplication.translate("RightToReviewEntryDialog", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.decisionComboBox.setPlaceholderText(QCoreApplication.translate("RightToReviewEntryDialog", u"Which decision the victim was told of", None))
        self.decisionErrorLabel.setText("")
        self.reviewOfLabel.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"Decision re&viewed:", None))
#if QT_CONFIG(accessibility)
        self.reviewOfComboBox.setAccessibleName(QCoreApplication.translate("RightToReviewEntryDialog", u"Decision reviewed", None))
#endif // QT_CONFIG(accessibility)
        self.reviewOfComboBox.setPlaceholderText(QCoreApplication.translate("RightToReviewEntryDialog", u"Only after the victim was told", None))
        self.reviewOfErrorLabel.setText("")
        self.reviewOutcomeLabel.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.reviewOutcomeComboBox.setAccessibleName(QCoreApplication.translate("RightToReviewEntryDialog", u"Outcome of the review", None))
#endif // QT_CONFIG(accessibility)
        self.reviewOutcomeComboBox.setPlaceholderText(QCoreApplication.translate("RightToReviewEntryDialog", u"Only at the outcome", None))
        self.reviewOutcomeErrorLabel.setText("")
        self.detailsLabel.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setAccessibleName(QCoreApplication.translate("RightToReviewEntryDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setPlaceholderText(QCoreApplication.translate("RightToReviewEntryDialog", u"Optional", None))
        self.detailsErrorLabel.setText("")
        self.hintLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("RightToReviewEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("RightToReviewEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("RightToReviewEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("RightToReviewEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

