# Generated from ui/investigation_event_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'investigation_event_entry_dialog.ui'
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

class Ui_InvestigationEventEntryDialog(object):
    def setupUi(self, InvestigationEventEntryDialog):
        if not InvestigationEventEntryDialog.objectName():
            InvestigationEventEntryDialog.setObjectName(u"InvestigationEventEntryDialog")
        InvestigationEventEntryDialog.resize(620, 460)
        InvestigationEventEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(InvestigationEventEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(InvestigationEventEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(InvestigationEventEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsScrollArea = QScrollArea(InvestigationEventEntryDialog)
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

        self.eventLabel = QLabel(self.fieldsWidget)
        self.eventLabel.setObjectName(u"eventLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.eventFieldLayout = QVBoxLayout()
        self.eventFieldLayout.setSpacing(2)
        self.eventFieldLayout.setObjectName(u"eventFieldLayout")
        self.eventComboBox = QComboBox(self.fieldsWidget)
        self.eventComboBox.setObjectName(u"eventComboBox")

        self.eventFieldLayout.addWidget(self.eventComboBox)

        self.eventErrorLabel = QLabel(self.fieldsWidget)
        self.eventErrorLabel.setObjectName(u"eventErrorLabel")
        self.eventErrorLabel.setWordWrap(True)
        self.eventErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.eventErrorLabel.setVisible(False)
        self.eventErrorLabel.setProperty(u"role", u"error")

        self.eventFieldLayout.addWidget(self.eventErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.eventFieldLayout)

        self.detailsLabel = QLabel(self.fieldsWidget)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.detailsFieldLayout = QVBoxLayout()
        self.detailsFieldLayout.setSpacing(2)
        self.detailsFieldLayout.setObjectName(u"detailsFieldLayout")
        self.detailsPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.detailsPlainTextEdit.setObjectName(u"detailsPlainTextEdit")
        self.detailsPlainTextEdit.setMinimumSize(QSize(0, 90))
        self.detailsPlainTextEdit.setMaximumSize(QSize(16777215, 135))
        self.detailsPlainTextEdit.setTabChangesFocus(True)

        self.detailsFieldLayout.addWidget(self.detailsPlainTextEdit)

        self.detailsErrorLabel = QLabel(self.fieldsWidget)
        self.detailsErrorLabel.setObjectName(u"detailsErrorLabel")
        self.detailsErrorLabel.setWordWrap(True)
        self.detailsErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailsErrorLabel.setVisible(False)
        self.detailsErrorLabel.setProperty(u"role", u"error")

        self.detailsFieldLayout.addWidget(self.detailsErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.detailsFieldLayout)

        self.bailReturnOnLabel = QLabel(self.fieldsWidget)
        self.bailReturnOnLabel.setObjectName(u"bailReturnOnLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bailReturnOnLabel)

        self.bailReturnOnFieldLayout = QVBoxLayout()
        self.bailReturnOnFieldLayout.setSpacing(2)
        self.bailReturnOnFieldLayout.setObjectName(u"bailReturnOnFieldLayout")
        self.bailReturnOnLineEdit = QLineEdit(self.fieldsWidget)
        self.bailReturnOnLineEdit.setObjectName(u"bailReturnOnLineEdit")
        self.bailReturnOnLineEdit.setClearButtonEnabled(False)

        self.bailReturnOnFieldLayout.addWidget(self.bailReturnOnLineEdit)

        self.bailReturnOnErrorLabel = QLabel(self.fieldsWidget)
        self.bailReturnOnErrorLabel.setObjectName(u"bailReturnOnErrorLabel")
        self.bailReturnOnErrorLabel.setWordWrap(True)
        self.bailReturnOnErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.bailReturnOnErrorLabel.setVisible(False)
        self.bailReturnOnErrorLabel.setProperty(u"role", u"error")

        self.bailReturnOnFieldLayout.addWidget(self.bailReturnOnErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.bailReturnOnFieldLayout)

        self.bailConditionsLabel = QLabel(self.fieldsWidget)
        self.bailConditionsLabel.setObjectName(u"bailConditionsLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.bailConditionsLabel)

        self.bailConditionsFieldLayout = QVBoxLayout()
        self.bailConditionsFieldLayout.setSpacing(2)
        self.bailConditionsFieldLayout.setObjectName(u"bailConditionsFieldLayout")
        self.bailConditionsPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.bailConditionsPlainTextEdit.setObjectName(u"bailConditionsPlainTextEdit")
        self.bailConditionsPlainTextEdit.setMinimumSize(QSize(0, 70))
        self.bailConditionsPlainTextEdit.setMaximumSize(QSize(16777215, 120))
        self.bailConditionsPlainTextEdit.setTabChangesFocus(True)

        self.bailConditionsFieldLayout.addWidget(self.bailConditionsPlainTextEdit)

        self.bailConditionsErrorLabel = QLabel(self.fieldsWidget)
        self.bailConditionsErrorLabel.setObjectName(u"bailConditionsErrorLabel")
        self.bailConditionsErrorLabel.setWordWrap(True)
        self.bailConditionsErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.bailConditionsErrorLabel.setVisible(False)
        self.bailConditionsErrorLabel.setProperty(u"role", u"error")

        self.bailConditionsFieldLayout.addWidget(self.bailConditionsErrorLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.bailConditionsFieldLayout)

        self.deadlineHintLabel = QLabel(self.fieldsWidget)
        self.deadlineHintLabel.setObjectName(u"deadlineHintLabel")
        self.deadlineHintLabel.setWordWrap(True)
        self.deadlineHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.deadlineHintLabel.setProperty(u"role", u"hint")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.deadlineHintLabel)

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

        self.saveStatusLabel = QLabel(InvestigationEventEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(InvestigationEventEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(InvestigationEventEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.eventLabel.setBuddy(self.eventComboBox)
        self.detailsLabel.setBuddy(self.detailsPlainTextEdit)
        self.bailReturnOnLabel.setBuddy(self.bailReturnOnLineEdit)
        self.bailConditionsLabel.setBuddy(self.bailConditionsPlainTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.eventComboBox)
        QWidget.setTabOrder(self.eventComboBox, self.detailsPlainTextEdit)
        QWidget.setTabOrder(self.detailsPlainTextEdit, self.bailReturnOnLineEdit)
        QWidget.setTabOrder(self.bailReturnOnLineEdit, self.bailConditionsPlainTextEdit)
        QWidget.setTabOrder(self.bailConditionsPlainTextEdit, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(InvestigationEventEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, InvestigationEventEntryDialog):
        InvestigationEventEntryDialog.setWindowTitle(QCoreApplication.translate("InvestigationEventEntryDialog", u"New investigation event", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"Each of these events starts a Victims' Code (Right 6) deadline: the victim must be told within 1 working day (enhanced rights) or 5 working days.", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("InvestigationEventEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("InvestigationEventEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("InvestigationEventEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("InvestigationEventEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("InvestigationEventEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.eventLabel.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"&Event:", None))
#if QT_CONFIG(accessibility)
        self.eventComboBox.setAccessibleName(QCoreApplication.translate("InvestigationEventEntryDialog", u"Event", None))
#endif // QT_CONFIG(accessibility)
        self.eventComboBox.setPlaceholderText(QCoreApplication.translate("InvestigationEventEntryDialog", u"Choose\u2026", None))
        self.eventErrorLabel.setText("")
        self.detailsLabel.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setAccessibleName(QCoreApplication.translate("InvestigationEventEntryDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setPlaceholderText(QCoreApplication.translate("InvestigationEventEntryDialog", u"Optional", None))
        self.detailsErrorLabel.setText("")
        self.bailReturnOnLabel.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"&Bail return date:", None))
#if QT_CONFIG(accessibility)
        self.bailReturnOnLineEdit.setAccessibleName(QCoreApplication.translate("InvestigationEventEntryDialog", u"Bail return date", None))
#endif // QT_CONFIG(accessibility)
        self.bailReturnOnLineEdit.setPlaceholderText(QCoreApplication.translate("InvestigationEventEntryDialog", u"dd/mm/yyyy (bail only)", None))
        self.bailReturnOnErrorLabel.setText("")
        self.bailConditionsLabel.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"Bail &conditions:", None))
#if QT_CONFIG(accessibility)
        self.bailConditionsPlainTextEdit.setAccessibleName(QCoreApplication.translate("InvestigationEventEntryDialog", u"Bail conditions", None))
#endif // QT_CONFIG(accessibility)
        self.bailConditionsPlainTextEdit.setPlaceholderText(QCoreApplication.translate("InvestigationEventEntryDialog", u"Bail only: the conditions, as the victim's safety plan needs them", None))
        self.bailConditionsErrorLabel.setText("")
        self.deadlineHintLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("InvestigationEventEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("InvestigationEventEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("InvestigationEventEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("InvestigationEventEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

