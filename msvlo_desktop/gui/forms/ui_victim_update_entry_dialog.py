# Generated from ui/victim_update_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'victim_update_entry_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_VictimUpdateEntryDialog(object):
    def setupUi(self, VictimUpdateEntryDialog):
        if not VictimUpdateEntryDialog.objectName():
            VictimUpdateEntryDialog.setObjectName(u"VictimUpdateEntryDialog")
        VictimUpdateEntryDialog.resize(620, 640)
        VictimUpdateEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(VictimUpdateEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(VictimUpdateEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.fieldsScrollArea = QScrollArea(VictimUpdateEntryDialog)
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

        self.satisfiesLabel = QLabel(self.fieldsWidget)
        self.satisfiesLabel.setObjectName(u"satisfiesLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.satisfiesLabel)

        self.satisfiesFieldLayout = QVBoxLayout()
        self.satisfiesFieldLayout.setSpacing(2)
        self.satisfiesFieldLayout.setObjectName(u"satisfiesFieldLayout")
        self.satisfiesListWidget = QListWidget(self.fieldsWidget)
        self.satisfiesListWidget.setObjectName(u"satisfiesListWidget")
        self.satisfiesListWidget.setMinimumSize(QSize(0, 110))
        self.satisfiesListWidget.setMaximumSize(QSize(16777215, 176))
        self.satisfiesListWidget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.satisfiesListWidget.setAlternatingRowColors(True)
        self.satisfiesListWidget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.satisfiesListWidget.setWordWrap(True)
        self.satisfiesListWidget.setUniformItemSizes(False)

        self.satisfiesFieldLayout.addWidget(self.satisfiesListWidget)

        self.satisfiesErrorLabel = QLabel(self.fieldsWidget)
        self.satisfiesErrorLabel.setObjectName(u"satisfiesErrorLabel")
        self.satisfiesErrorLabel.setWordWrap(True)
        self.satisfiesErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.satisfiesErrorLabel.setVisible(False)
        self.satisfiesErrorLabel.setProperty(u"role", u"error")

        self.satisfiesFieldLayout.addWidget(self.satisfiesErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.satisfiesFieldLayout)

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

        self.summaryLabel = QLabel(self.fieldsWidget)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryFieldLayout = QVBoxLayout()
        self.summaryFieldLayout.setSpacing(2)
        self.summaryFieldLayout.setObjectName(u"summaryFieldLayout")
        self.summaryPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.summaryPlainTextEdit.setObjectName(u"summaryPlainTextEdit")
        self.summaryPlainTextEdit.setMinimumSize(QSize(0, 90))
        self.summaryPlainTextEdit.setMaximumSize(QSize(16777215, 135))
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

        self.interpreterLabel = QLabel(self.fieldsWidget)
        self.interpreterLabel.setObjectName(u"interpreterLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.interpreterLabel)

        self.interpreterFieldLayout = QVBoxLayout()
        self.interpreterFieldLayout.setSpacing(2)
        self.interpreterFieldLayout.setObjectName(u"interpreterFieldLayout")
        self.interpreterLayout = QHBoxLayout()
        self.interpreterLayout.setObjectName(u"interpreterLayout")
        self.interpreterNameLineEdit = QLineEdit(self.fieldsWidget)
        self.interpreterNameLineEdit.setObjectName(u"interpreterNameLineEdit")
        self.interpreterNameLineEdit.setClearButtonEnabled(False)

        self.interpreterLayout.addWidget(self.interpreterNameLineEdit)

        self.interpreterLanguageLabel = QLabel(self.fieldsWidget)
        self.interpreterLanguageLabel.setObjectName(u"interpreterLanguageLabel")

        self.interpreterLayout.addWidget(self.interpreterLanguageLabel)

        self.interpreterLanguageLineEdit = QLineEdit(self.fieldsWidget)
        self.interpreterLanguageLineEdit.setObjectName(u"interpreterLanguageLineEdit")
        self.interpreterLanguageLineEdit.setClearButtonEnabled(False)

        self.interpreterLayout.addWidget(self.interpreterLanguageLineEdit)

        self.interpreterLayout.setStretch(0, 3)
        self.interpreterLayout.setStretch(2, 2)

        self.interpreterFieldLayout.addLayout(self.interpreterLayout)

        self.interpreterErrorLabel = QLabel(self.fieldsWidget)
        self.interpreterErrorLabel.setObjectName(u"interpreterErrorLabel")
        self.interpreterErrorLabel.setWordWrap(True)
        self.interpreterErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.interpreterErrorLabel.setVisible(False)
        self.interpreterErrorLabel.setProperty(u"role", u"error")

        self.interpreterFieldLayout.addWidget(self.interpreterErrorLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.interpreterFieldLayout)

        self.interpreterIndependentLabel = QLabel(self.fieldsWidget)
        self.interpreterIndependentLabel.setObjectName(u"interpreterIndependentLabel")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.interpreterIndependentLabel)

        self.interpreterIndependentFieldLayout = QVBoxLayout()
        self.interpreterIndependentFieldLayout.setSpacing(2)
        self.interpreterIndependentFieldLayout.setObjectName(u"interpreterIndependentFieldLayout")
        self.interpreterIndependentComboBox = QComboBox(self.fieldsWidget)
        self.interpreterIndependentComboBox.setObjectName(u"interpreterIndependentComboBox")

        self.interpreterIndependentFieldLayout.addWidget(self.interpreterIndependentComboBox)

        self.interpreterIndependentHintLabel = QLabel(self.fieldsWidget)
        self.interpreterIndependentHintLabel.setObjectName(u"interpreterIndependentHintLabel")
        self.interpreterIndependentHintLabel.setWordWrap(True)
        self.interpreterIndependentHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.interpreterIndependentHintLabel.setProperty(u"role", u"hint")

        self.interpreterIndependentFieldLayout.addWidget(self.interpreterIndependentHintLabel)


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.interpreterIndependentFieldLayout)

        self.lateReasonLabel = QLabel(self.fieldsWidget)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.fieldsFormLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lateReasonLabel)

        self.lateReasonFieldLayout = QVBoxLayout()
        self.lateReasonFieldLayout.setSpacing(2)
        self.lateReasonFieldLayout.setObjectName(u"lateReasonFieldLayout")
        self.lateReasonPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.lateReasonPlainTextEdit.setObjectName(u"lateReasonPlainTextEdit")
        self.lateReasonPlainTextEdit.setMinimumSize(QSize(0, 52))
        self.lateReasonPlainTextEdit.setMaximumSize(QSize(16777215, 78))
        self.lateReasonPlainTextEdit.setTabChangesFocus(True)

        self.lateReasonFieldLayout.addWidget(self.lateReasonPlainTextEdit)

        self.lateReasonErrorLabel = QLabel(self.fieldsWidget)
        self.lateReasonErrorLabel.setObjectName(u"lateReasonErrorLabel")
        self.lateReasonErrorLabel.setWordWrap(True)
        self.lateReasonErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.lateReasonErrorLabel.setVisible(False)
        self.lateReasonErrorLabel.setProperty(u"role", u"error")

        self.lateReasonFieldLayout.addWidget(self.lateReasonErrorLabel)

        self.lateHintLabel = QLabel(self.fieldsWidget)
        self.lateHintLabel.setObjectName(u"lateHintLabel")
        self.lateHintLabel.setWordWrap(True)
        self.lateHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.lateHintLabel.setProperty(u"role", u"hint")

        self.lateReasonFieldLayout.addWidget(self.lateHintLabel)


        self.fieldsFormLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.lateReasonFieldLayout)

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

        self.saveStatusLabel = QLabel(VictimUpdateEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(VictimUpdateEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(VictimUpdateEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.satisfiesLabel.setBuddy(self.satisfiesListWidget)
        self.methodLabel.setBuddy(self.methodComboBox)
        self.summaryLabel.setBuddy(self.summaryPlainTextEdit)
        self.interpreterLabel.setBuddy(self.interpreterNameLineEdit)
        self.interpreterLanguageLabel.setBuddy(self.interpreterLanguageLineEdit)
        self.interpreterIndependentLabel.setBuddy(self.interpreterIndependentComboBox)
        self.lateReasonLabel.setBuddy(self.lateReasonPlainTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.satisfiesListWidget)
        QWidget.setTabOrder(self.satisfiesListWidget, self.methodComboBox)
        QWidget.setTabOrder(self.methodComboBox, self.summaryPlainTextEdit)
        QWidget.setTabOrder(self.summaryPlainTextEdit, self.lateReasonPlainTextEdit)
        QWidget.setTabOrder(self.lateReasonPlainTextEdit, self.interpreterNameLineEdit)
        QWidget.setTabOrder(self.interpreterNameLineEdit, self.interpreterLanguageLineEdit)
        QWidget.setTabOrder(self.interpreterLanguageLineEdit, self.interpreterIndependentComboBox)
        QWidget.setTabOrder(self.interpreterIndependentComboBox, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(VictimUpdateEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, VictimUpdateEntryDialog):
        VictimUpdateEntryDialog.setWindowTitle(QCoreApplication.translate("VictimUpdateEntryDialog", u"New victim update", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"TRAINING: fictional data", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("VictimUpdateEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("VictimUpdateEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.satisfiesLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"&Events this update covers:", None))
#if QT_CONFIG(accessibility)
        self.satisfiesListWidget.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Events this update covers", None))
#endif // QT_CONFIG(accessibility)
        self.satisfiesErrorLabel.setText("")
        self.methodLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"&Method:", None))
#if QT_CONFIG(accessibility)
        self.methodComboBox.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Method", None))
#endif // QT_CONFIG(accessibility)
        self.methodComboBox.setPlaceholderText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Choose\u2026", None))
        self.methodErrorLabel.setText("")
        self.summaryLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"&What the victim was told:", None))
#if QT_CONFIG(accessibility)
        self.summaryPlainTextEdit.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"What the victim was told", None))
#endif // QT_CONFIG(accessibility)
        self.summaryErrorLabel.setText("")
        self.interpreterLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"&Interpreter:", None))
#if QT_CONFIG(accessibility)
        self.interpreterNameLineEdit.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Interpreter's name", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterNameLineEdit.setPlaceholderText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Name (blank if none)", None))
        self.interpreterLanguageLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Lan&guage:", None))
#if QT_CONFIG(accessibility)
        self.interpreterLanguageLineEdit.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Interpreter's language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterLanguageLineEdit.setPlaceholderText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Code, e.g. vi, sq, ro", None))
        self.interpreterErrorLabel.setText("")
        self.interpreterIndependentLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Interpreter in&dependent:", None))
#if QT_CONFIG(accessibility)
        self.interpreterIndependentComboBox.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Interpreter independent of the place of exploitation", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterIndependentHintLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Right 1: the interpreter must not come from the place of exploitation or be known to the suspects.", None))
        self.lateReasonLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"&Reason the update was late:", None))
#if QT_CONFIG(accessibility)
        self.lateReasonPlainTextEdit.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Reason the update was late", None))
#endif // QT_CONFIG(accessibility)
        self.lateReasonPlainTextEdit.setPlaceholderText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Only if the update is after its deadline", None))
        self.lateReasonErrorLabel.setText("")
        self.lateHintLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("VictimUpdateEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("VictimUpdateEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

