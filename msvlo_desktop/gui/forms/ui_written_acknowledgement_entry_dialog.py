# Generated from ui/written_acknowledgement_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'written_acknowledgement_entry_dialog.ui'
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

class Ui_WrittenAcknowledgementEntryDialog(object):
    def setupUi(self, WrittenAcknowledgementEntryDialog):
        if not WrittenAcknowledgementEntryDialog.objectName():
            WrittenAcknowledgementEntryDialog.setObjectName(u"WrittenAcknowledgementEntryDialog")
        WrittenAcknowledgementEntryDialog.resize(620, 460)
        WrittenAcknowledgementEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(WrittenAcknowledgementEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(WrittenAcknowledgementEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(WrittenAcknowledgementEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsScrollArea = QScrollArea(WrittenAcknowledgementEntryDialog)
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

        self.safeToSendLabel = QLabel(self.fieldsWidget)
        self.safeToSendLabel.setObjectName(u"safeToSendLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.safeToSendLabel)

        self.safeToSendFieldLayout = QVBoxLayout()
        self.safeToSendFieldLayout.setSpacing(2)
        self.safeToSendFieldLayout.setObjectName(u"safeToSendFieldLayout")
        self.safeToSendComboBox = QComboBox(self.fieldsWidget)
        self.safeToSendComboBox.setObjectName(u"safeToSendComboBox")

        self.safeToSendFieldLayout.addWidget(self.safeToSendComboBox)

        self.safeToSendErrorLabel = QLabel(self.fieldsWidget)
        self.safeToSendErrorLabel.setObjectName(u"safeToSendErrorLabel")
        self.safeToSendErrorLabel.setWordWrap(True)
        self.safeToSendErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.safeToSendErrorLabel.setVisible(False)
        self.safeToSendErrorLabel.setProperty(u"role", u"error")

        self.safeToSendFieldLayout.addWidget(self.safeToSendErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.safeToSendFieldLayout)

        self.methodLabel = QLabel(self.fieldsWidget)
        self.methodLabel.setObjectName(u"methodLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodFieldLayout = QVBoxLayout()
        self.methodFieldLayout.setSpacing(2)
        self.methodFieldLayout.setObjectName(u"methodFieldLayout")
        self.methodComboBox = QComboBox(self.fieldsWidget)
        self.methodComboBox.setObjectName(u"methodComboBox")

        self.methodFieldLayout.addWidget(self.methodComboBox)

        self.methodErrorLabel = QLabel(self.fieldsWidget)
        self.methodErrorLabel.setObjectName(u"methodErrorLabel")
        self.methodErrorLabel.setWordWrap(True)
        self.methodErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.methodErrorLabel.setVisible(False)
        self.methodErrorLabel.setProperty(u"role", u"error")

        self.methodFieldLayout.addWidget(self.methodErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.methodFieldLayout)

        self.withheldReasonLabel = QLabel(self.fieldsWidget)
        self.withheldReasonLabel.setObjectName(u"withheldReasonLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.withheldReasonLabel)

        self.withheldReasonFieldLayout = QVBoxLayout()
        self.withheldReasonFieldLayout.setSpacing(2)
        self.withheldReasonFieldLayout.setObjectName(u"withheldReasonFieldLayout")
        self.withheldReasonPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.withheldReasonPlainTextEdit.setObjectName(u"withheldReasonPlainTextEdit")
        self.withheldReasonPlainTextEdit.setMinimumSize(QSize(0, 70))
        self.withheldReasonPlainTextEdit.setMaximumSize(QSize(16777215, 120))
        self.withheldReasonPlainTextEdit.setTabChangesFocus(True)

        self.withheldReasonFieldLayout.addWidget(self.withheldReasonPlainTextEdit)

        self.withheldReasonErrorLabel = QLabel(self.fieldsWidget)
        self.withheldReasonErrorLabel.setObjectName(u"withheldReasonErrorLabel")
        self.withheldReasonErrorLabel.setWordWrap(True)
        self.withheldReasonErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.withheldReasonErrorLabel.setVisible(False)
        self.withheldReasonErrorLabel.setProperty(u"role", u"error")

        self.withheldReasonFieldLayout.addWidget(self.withheldReasonErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.withheldReasonFieldLayout)

        self.detailsLabel = QLabel(self.fieldsWidget)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

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


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.detailsFieldLayout)

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


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.sensitiveFieldLayout)


        self.fieldsLayout.addLayout(self.fieldsFormLayout)

        self.fieldsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsLayout.addItem(self.fieldsSpacer)

        self.fieldsScrollArea.setWidget(self.fieldsWidget)

        self.mainLayout.addWidget(self.fieldsScrollArea)

        self.saveStatusLabel = QLabel(WrittenAcknowledgementEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(WrittenAcknowledgementEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(WrittenAcknowledgementEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.safeToSendLabel.setBuddy(self.safeToSendComboBox)
        self.methodLabel.setBuddy(self.methodComboBox)
        self.withheldReasonLabel.setBuddy(self.withheldReasonPlainTextEdit)
        self.detailsLabel.setBuddy(self.detailsPlainTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.safeToSendComboBox)
        QWidget.setTabOrder(self.safeToSendComboBox, self.methodComboBox)
        QWidget.setTabOrder(self.methodComboBox, self.withheldReasonPlainTextEdit)
        QWidget.setTabOrder(self.withheldReasonPlainTextEdit, self.detailsPlainTextEdit)
        QWidget.setTabOrder(self.detailsPlainTextEdit, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(WrittenAcknowledgementEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, WrittenAcknowledgementEntryDialog):
        WrittenAcknowledgementEntryDialog.setWindowTitle(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"New written acknowledgement (Right 3)", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Right 3: the victim is entitled to a written acknowledgement of the crime report. Never send it to an address where the victim was exploited or could be found by the suspects.", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.safeToSendLabel.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Safe to &send:", None))
#if QT_CONFIG(accessibility)
        self.safeToSendComboBox.setAccessibleName(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Safe to send in writing", None))
#endif // QT_CONFIG(accessibility)
        self.safeToSendComboBox.setPlaceholderText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Choose\u2026", None))
        self.safeToSendErrorLabel.setText("")
        self.methodLabel.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"&How it was given:", None))
#if QT_CONFIG(accessibility)
        self.methodComboBox.setAccessibleName(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"How it was given", None))
#endif // QT_CONFIG(accessibility)
        self.methodComboBox.setPlaceholderText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Choose\u2026", None))
        self.methodErrorLabel.setText("")
        self.withheldReasonLabel.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"&Why it was not sent:", None))
#if QT_CONFIG(accessibility)
        self.withheldReasonPlainTextEdit.setAccessibleName(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Why it was not sent", None))
#endif // QT_CONFIG(accessibility)
        self.withheldReasonPlainTextEdit.setPlaceholderText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Only when it was not safe", None))
        self.withheldReasonErrorLabel.setText("")
        self.detailsLabel.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setAccessibleName(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setPlaceholderText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Optional", None))
        self.detailsErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("WrittenAcknowledgementEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

