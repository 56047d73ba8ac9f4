# Generated from ui/complaint_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_entry_dialog.ui'
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

class Ui_ComplaintEntryDialog(object):
    def setupUi(self, ComplaintEntryDialog):
        if not ComplaintEntryDialog.objectName():
            ComplaintEntryDialog.setObjectName(u"ComplaintEntryDialog")
        ComplaintEntryDialog.resize(620, 460)
        ComplaintEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ComplaintEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(ComplaintEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(ComplaintEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsScrollArea = QScrollArea(ComplaintEntryDialog)
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

        self.complaintStageLabel = QLabel(self.fieldsWidget)
        self.complaintStageLabel.setObjectName(u"complaintStageLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.complaintStageLabel)

        self.complaintStageFieldLayout = QVBoxLayout()
        self.complaintStageFieldLayout.setSpacing(2)
        self.complaintStageFieldLayout.setObjectName(u"complaintStageFieldLayout")
        self.complaintStageComboBox = QComboBox(self.fieldsWidget)
        self.complaintStageComboBox.setObjectName(u"complaintStageComboBox")

        self.complaintStageFieldLayout.addWidget(self.complaintStageComboBox)

        self.complaintStageErrorLabel = QLabel(self.fieldsWidget)
        self.complaintStageErrorLabel.setObjectName(u"complaintStageErrorLabel")
        self.complaintStageErrorLabel.setWordWrap(True)
        self.complaintStageErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.complaintStageErrorLabel.setVisible(False)
        self.complaintStageErrorLabel.setProperty(u"role", u"error")

        self.complaintStageFieldLayout.addWidget(self.complaintStageErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.complaintStageFieldLayout)

        self.complaintOfLabel = QLabel(self.fieldsWidget)
        self.complaintOfLabel.setObjectName(u"complaintOfLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.complaintOfLabel)

        self.complaintOfFieldLayout = QVBoxLayout()
        self.complaintOfFieldLayout.setSpacing(2)
        self.complaintOfFieldLayout.setObjectName(u"complaintOfFieldLayout")
        self.complaintOfComboBox = QComboBox(self.fieldsWidget)
        self.complaintOfComboBox.setObjectName(u"complaintOfComboBox")

        self.complaintOfFieldLayout.addWidget(self.complaintOfComboBox)

        self.complaintOfErrorLabel = QLabel(self.fieldsWidget)
        self.complaintOfErrorLabel.setObjectName(u"complaintOfErrorLabel")
        self.complaintOfErrorLabel.setWordWrap(True)
        self.complaintOfErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.complaintOfErrorLabel.setVisible(False)
        self.complaintOfErrorLabel.setProperty(u"role", u"error")

        self.complaintOfFieldLayout.addWidget(self.complaintOfErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.complaintOfFieldLayout)

        self.summaryLabel = QLabel(self.fieldsWidget)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryFieldLayout = QVBoxLayout()
        self.summaryFieldLayout.setSpacing(2)
        self.summaryFieldLayout.setObjectName(u"summaryFieldLayout")
        self.summaryPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.summaryPlainTextEdit.setObjectName(u"summaryPlainTextEdit")
        self.summaryPlainTextEdit.setMinimumSize(QSize(0, 70))
        self.summaryPlainTextEdit.setMaximumSize(QSize(16777215, 120))
        self.summaryPlainTextEdit.setTabChangesFocus(True)

        self.summaryFieldLayout.addWidget(self.summaryPlainTextEdit)

        self.summaryErrorLabel = QLabel(self.fieldsWidget)
        self.summaryErrorLabel.setObjectName(u"summaryErrorLabel")
        self.summaryErrorLabel.setWordWrap(True)
        self.summaryErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryErrorLabel.setVisible(False)
        self.summaryErrorLabel.setProperty(u"role", u"error")

        self.summaryFieldLayout.addWidget(self.summaryErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.summaryFieldLayout)

        self.handlerLabel = QLabel(self.fieldsWidget)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerFieldLayout = QVBoxLayout()
        self.handlerFieldLayout.setSpacing(2)
        self.handlerFieldLayout.setObjectName(u"handlerFieldLayout")
        self.handlerLineEdit = QLineEdit(self.fieldsWidget)
        self.handlerLineEdit.setObjectName(u"handlerLineEdit")
        self.handlerLineEdit.setClearButtonEnabled(False)

        self.handlerFieldLayout.addWidget(self.handlerLineEdit)

        self.handlerErrorLabel = QLabel(self.fieldsWidget)
        self.handlerErrorLabel.setObjectName(u"handlerErrorLabel")
        self.handlerErrorLabel.setWordWrap(True)
        self.handlerErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.handlerErrorLabel.setVisible(False)
        self.handlerErrorLabel.setProperty(u"role", u"error")

        self.handlerFieldLayout.addWidget(self.handlerErrorLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.handlerFieldLayout)

        self.referenceLabel = QLabel(self.fieldsWidget)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

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


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.referenceFieldLayout)

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

        self.saveStatusLabel = QLabel(ComplaintEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ComplaintEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ComplaintEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.complaintStageLabel.setBuddy(self.complaintStageComboBox)
        self.complaintOfLabel.setBuddy(self.complaintOfComboBox)
        self.summaryLabel.setBuddy(self.summaryPlainTextEdit)
        self.handlerLabel.setBuddy(self.handlerLineEdit)
        self.referenceLabel.setBuddy(self.referenceLineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.complaintStageComboBox)
        QWidget.setTabOrder(self.complaintStageComboBox, self.complaintOfComboBox)
        QWidget.setTabOrder(self.complaintOfComboBox, self.summaryPlainTextEdit)
        QWidget.setTabOrder(self.summaryPlainTextEdit, self.handlerLineEdit)
        QWidget.setTabOrder(self.handlerLineEdit, self.referenceLineEdit)
        QWidget.setTabOrder(self.referenceLineEdit, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(ComplaintEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ComplaintEntryDialog):
        ComplaintEntryDialog.setWindowTitle(QCoreApplication.translate("ComplaintEntryDialog", u"New complaint record (Right 12)", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"Right 12: pass the complaint to the force's complaints handler. Their response clock (10 working days) is shown as information: it is the handler's timescale, not yours.", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("ComplaintEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("ComplaintEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("ComplaintEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("ComplaintEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("ComplaintEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.complaintStageLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Stage:", None))
#if QT_CONFIG(accessibility)
        self.complaintStageComboBox.setAccessibleName(QCoreApplication.translate("ComplaintEntryDialog", u"Stage", None))
#endif // QT_CONFIG(accessibility)
        self.complaintStageComboBox.setPlaceholderText(QCoreApplication.translate("ComplaintEntryDialog", u"Choose\u2026", None))
        self.complaintStageErrorLabel.setText("")
        self.complaintOfLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Complaint:", None))
#if QT_CONFIG(accessibility)
        self.complaintOfComboBox.setAccessibleName(QCoreApplication.translate("ComplaintEntryDialog", u"Complaint this entry follows up", None))
#endif // QT_CONFIG(accessibility)
        self.complaintOfComboBox.setPlaceholderText(QCoreApplication.translate("ComplaintEntryDialog", u"Only after the complaint is received", None))
        self.complaintOfErrorLabel.setText("")
        self.summaryLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&What happened:", None))
#if QT_CONFIG(accessibility)
        self.summaryPlainTextEdit.setAccessibleName(QCoreApplication.translate("ComplaintEntryDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.summaryPlainTextEdit.setPlaceholderText(QCoreApplication.translate("ComplaintEntryDialog", u"What the complaint is about, or what was done", None))
        self.summaryErrorLabel.setText("")
        self.handlerLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"Complaints &handler:", None))
#if QT_CONFIG(accessibility)
        self.handlerLineEdit.setAccessibleName(QCoreApplication.translate("ComplaintEntryDialog", u"Complaints handler", None))
#endif // QT_CONFIG(accessibility)
        self.handlerLineEdit.setPlaceholderText(QCoreApplication.translate("ComplaintEntryDialog", u"e.g. Professional Standards Department", None))
        self.handlerErrorLabel.setText("")
        self.referenceLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Reference:", None))
#if QT_CONFIG(accessibility)
        self.referenceLineEdit.setAccessibleName(QCoreApplication.translate("ComplaintEntryDialog", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLineEdit.setPlaceholderText(QCoreApplication.translate("ComplaintEntryDialog", u"Optional", None))
        self.referenceErrorLabel.setText("")
        self.hintLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("ComplaintEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("ComplaintEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ComplaintEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ComplaintEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ComplaintEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

