# Generated from ui/nrm_decision_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nrm_decision_entry_dialog.ui'
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

class Ui_NrmDecisionEntryDialog(object):
    def setupUi(self, NrmDecisionEntryDialog):
        if not NrmDecisionEntryDialog.objectName():
            NrmDecisionEntryDialog.setObjectName(u"NrmDecisionEntryDialog")
        NrmDecisionEntryDialog.resize(620, 520)
        NrmDecisionEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(NrmDecisionEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(NrmDecisionEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.fieldsScrollArea = QScrollArea(NrmDecisionEntryDialog)
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

        self.stageLabel = QLabel(self.fieldsWidget)
        self.stageLabel.setObjectName(u"stageLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageFieldLayout = QVBoxLayout()
        self.stageFieldLayout.setSpacing(2)
        self.stageFieldLayout.setObjectName(u"stageFieldLayout")
        self.stageComboBox = QComboBox(self.fieldsWidget)
        self.stageComboBox.setObjectName(u"stageComboBox")

        self.stageFieldLayout.addWidget(self.stageComboBox)

        self.stageErrorLabel = QLabel(self.fieldsWidget)
        self.stageErrorLabel.setObjectName(u"stageErrorLabel")
        self.stageErrorLabel.setWordWrap(True)
        self.stageErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.stageErrorLabel.setVisible(False)
        self.stageErrorLabel.setProperty(u"role", u"error")

        self.stageFieldLayout.addWidget(self.stageErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.stageFieldLayout)

        self.outcomeLabel = QLabel(self.fieldsWidget)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeFieldLayout = QVBoxLayout()
        self.outcomeFieldLayout.setSpacing(2)
        self.outcomeFieldLayout.setObjectName(u"outcomeFieldLayout")
        self.outcomeComboBox = QComboBox(self.fieldsWidget)
        self.outcomeComboBox.setObjectName(u"outcomeComboBox")

        self.outcomeFieldLayout.addWidget(self.outcomeComboBox)

        self.outcomeErrorLabel = QLabel(self.fieldsWidget)
        self.outcomeErrorLabel.setObjectName(u"outcomeErrorLabel")
        self.outcomeErrorLabel.setWordWrap(True)
        self.outcomeErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.outcomeErrorLabel.setVisible(False)
        self.outcomeErrorLabel.setProperty(u"role", u"error")

        self.outcomeFieldLayout.addWidget(self.outcomeErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.outcomeFieldLayout)

        self.requestedByLabel = QLabel(self.fieldsWidget)
        self.requestedByLabel.setObjectName(u"requestedByLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requestedByLabel)

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


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.requestedByFieldLayout)

        self.detailsLabel = QLabel(self.fieldsWidget)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.detailsFieldLayout = QVBoxLayout()
        self.detailsFieldLayout.setSpacing(2)
        self.detailsFieldLayout.setObjectName(u"detailsFieldLayout")
        self.detailsPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.detailsPlainTextEdit.setObjectName(u"detailsPlainTextEdit")
        self.detailsPlainTextEdit.setMinimumSize(QSize(0, 80))
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


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.detailsFieldLayout)

        self.disqualificationLabel = QLabel(self.fieldsWidget)
        self.disqualificationLabel.setObjectName(u"disqualificationLabel")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.disqualificationLabel)

        self.disqualificationFieldLayout = QVBoxLayout()
        self.disqualificationFieldLayout.setSpacing(2)
        self.disqualificationFieldLayout.setObjectName(u"disqualificationFieldLayout")
        self.disqualificationComboBox = QComboBox(self.fieldsWidget)
        self.disqualificationComboBox.setObjectName(u"disqualificationComboBox")

        self.disqualificationFieldLayout.addWidget(self.disqualificationComboBox)

        self.disqualificationErrorLabel = QLabel(self.fieldsWidget)
        self.disqualificationErrorLabel.setObjectName(u"disqualificationErrorLabel")
        self.disqualificationErrorLabel.setWordWrap(True)
        self.disqualificationErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.disqualificationErrorLabel.setVisible(False)
        self.disqualificationErrorLabel.setProperty(u"role", u"error")

        self.disqualificationFieldLayout.addWidget(self.disqualificationErrorLabel)


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.disqualificationFieldLayout)

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


        self.fieldsFormLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.sensitiveFieldLayout)


        self.fieldsLayout.addLayout(self.fieldsFormLayout)

        self.fieldsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsLayout.addItem(self.fieldsSpacer)

        self.fieldsScrollArea.setWidget(self.fieldsWidget)

        self.mainLayout.addWidget(self.fieldsScrollArea)

        self.saveStatusLabel = QLabel(NrmDecisionEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(NrmDecisionEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(NrmDecisionEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.stageLabel.setBuddy(self.stageComboBox)
        self.outcomeLabel.setBuddy(self.outcomeComboBox)
        self.requestedByLabel.setBuddy(self.requestedByLineEdit)
        self.detailsLabel.setBuddy(self.detailsPlainTextEdit)
        self.disqualificationLabel.setBuddy(self.disqualificationComboBox)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.stageComboBox)
        QWidget.setTabOrder(self.stageComboBox, self.outcomeComboBox)
        QWidget.setTabOrder(self.outcomeComboBox, self.requestedByLineEdit)
        QWidget.setTabOrder(self.requestedByLineEdit, self.detailsPlainTextEdit)
        QWidget.setTabOrder(self.detailsPlainTextEdit, self.disqualificationComboBox)
        QWidget.setTabOrder(self.disqualificationComboBox, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(NrmDecisionEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, NrmDecisionEntryDialog):
        NrmDecisionEntryDialog.setWindowTitle(QCoreApplication.translate("NrmDecisionEntryDialog", u"New NRM decision", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"TRAINING: fictional data", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("NrmDecisionEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("NrmDecisionEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("NrmDecisionEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("NrmDecisionEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("NrmDecisionEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.stageLabel.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"S&tage:", None))
#if QT_CONFIG(accessibility)
        self.stageComboBox.setAccessibleName(QCoreApplication.translate("NrmDecisionEntryDialog", u"Stage", None))
#endif // QT_CONFIG(accessibility)
        self.stageComboBox.setPlaceholderText(QCoreApplication.translate("NrmDecisionEntryDialog", u"Choose\u2026", None))
        self.stageErrorLabel.setText("")
        self.outcomeLabel.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"O&utcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeComboBox.setAccessibleName(QCoreApplication.translate("NrmDecisionEntryDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeComboBox.setPlaceholderText(QCoreApplication.translate("NrmDecisionEntryDialog", u"Choose the stage first", None))
        self.outcomeErrorLabel.setText("")
        self.requestedByLabel.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"&Requested by:", None))
#if QT_CONFIG(accessibility)
        self.requestedByLineEdit.setAccessibleName(QCoreApplication.translate("NrmDecisionEntryDialog", u"Requested by", None))
#endif // QT_CONFIG(accessibility)
        self.requestedByLineEdit.setPlaceholderText(QCoreApplication.translate("NrmDecisionEntryDialog", u"First responder or support provider (reconsideration)", None))
        self.requestedByErrorLabel.setText("")
        self.detailsLabel.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setAccessibleName(QCoreApplication.translate("NrmDecisionEntryDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setPlaceholderText(QCoreApplication.translate("NrmDecisionEntryDialog", u"Optional", None))
        self.detailsErrorLabel.setText("")
        self.disqualificationLabel.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"&Public-order disqualification:", None))
#if QT_CONFIG(accessibility)
        self.disqualificationComboBox.setAccessibleName(QCoreApplication.translate("NrmDecisionEntryDialog", u"Disqualified on public-order grounds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.disqualificationComboBox.setAccessibleDescription(QCoreApplication.translate("NrmDecisionEntryDialog", u"From 30 January 2023 a public-order disqualification means no recovery period", None))
#endif // QT_CONFIG(accessibility)
        self.disqualificationErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("NrmDecisionEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("NrmDecisionEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("NrmDecisionEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("NrmDecisionEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

