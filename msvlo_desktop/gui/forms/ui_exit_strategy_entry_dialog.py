# Generated from ui/exit_strategy_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exit_strategy_entry_dialog.ui'
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

class Ui_ExitStrategyEntryDialog(object):
    def setupUi(self, ExitStrategyEntryDialog):
        if not ExitStrategyEntryDialog.objectName():
            ExitStrategyEntryDialog.setObjectName(u"ExitStrategyEntryDialog")
        ExitStrategyEntryDialog.resize(620, 620)
        ExitStrategyEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ExitStrategyEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(ExitStrategyEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(ExitStrategyEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsScrollArea = QScrollArea(ExitStrategyEntryDialog)
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

        self.statusLabel = QLabel(self.fieldsWidget)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusFieldLayout = QVBoxLayout()
        self.statusFieldLayout.setSpacing(2)
        self.statusFieldLayout.setObjectName(u"statusFieldLayout")
        self.statusComboBox = QComboBox(self.fieldsWidget)
        self.statusComboBox.setObjectName(u"statusComboBox")

        self.statusFieldLayout.addWidget(self.statusComboBox)

        self.statusErrorLabel = QLabel(self.fieldsWidget)
        self.statusErrorLabel.setObjectName(u"statusErrorLabel")
        self.statusErrorLabel.setWordWrap(True)
        self.statusErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusErrorLabel.setVisible(False)
        self.statusErrorLabel.setProperty(u"role", u"error")

        self.statusFieldLayout.addWidget(self.statusErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.statusFieldLayout)

        self.agreedWithLabel = QLabel(self.fieldsWidget)
        self.agreedWithLabel.setObjectName(u"agreedWithLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.agreedWithLabel)

        self.agreedWithFieldLayout = QVBoxLayout()
        self.agreedWithFieldLayout.setSpacing(2)
        self.agreedWithFieldLayout.setObjectName(u"agreedWithFieldLayout")
        self.agreedWithLineEdit = QLineEdit(self.fieldsWidget)
        self.agreedWithLineEdit.setObjectName(u"agreedWithLineEdit")
        self.agreedWithLineEdit.setClearButtonEnabled(False)

        self.agreedWithFieldLayout.addWidget(self.agreedWithLineEdit)

        self.agreedWithErrorLabel = QLabel(self.fieldsWidget)
        self.agreedWithErrorLabel.setObjectName(u"agreedWithErrorLabel")
        self.agreedWithErrorLabel.setWordWrap(True)
        self.agreedWithErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.agreedWithErrorLabel.setVisible(False)
        self.agreedWithErrorLabel.setProperty(u"role", u"error")

        self.agreedWithFieldLayout.addWidget(self.agreedWithErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.agreedWithFieldLayout)

        self.criteriaLabel = QLabel(self.fieldsWidget)
        self.criteriaLabel.setObjectName(u"criteriaLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.criteriaLabel)

        self.criteriaFieldLayout = QVBoxLayout()
        self.criteriaFieldLayout.setSpacing(2)
        self.criteriaFieldLayout.setObjectName(u"criteriaFieldLayout")
        self.criteriaPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.criteriaPlainTextEdit.setObjectName(u"criteriaPlainTextEdit")
        self.criteriaPlainTextEdit.setMinimumSize(QSize(0, 70))
        self.criteriaPlainTextEdit.setMaximumSize(QSize(16777215, 105))
        self.criteriaPlainTextEdit.setTabChangesFocus(True)

        self.criteriaFieldLayout.addWidget(self.criteriaPlainTextEdit)

        self.criteriaErrorLabel = QLabel(self.fieldsWidget)
        self.criteriaErrorLabel.setObjectName(u"criteriaErrorLabel")
        self.criteriaErrorLabel.setWordWrap(True)
        self.criteriaErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.criteriaErrorLabel.setVisible(False)
        self.criteriaErrorLabel.setProperty(u"role", u"error")

        self.criteriaFieldLayout.addWidget(self.criteriaErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.criteriaFieldLayout)

        self.reviewOnLabel = QLabel(self.fieldsWidget)
        self.reviewOnLabel.setObjectName(u"reviewOnLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reviewOnLabel)

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


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.reviewOnFieldLayout)

        self.onwardSupportLabel = QLabel(self.fieldsWidget)
        self.onwardSupportLabel.setObjectName(u"onwardSupportLabel")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.onwardSupportLabel)

        self.onwardSupportFieldLayout = QVBoxLayout()
        self.onwardSupportFieldLayout.setSpacing(2)
        self.onwardSupportFieldLayout.setObjectName(u"onwardSupportFieldLayout")
        self.onwardSupportPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.onwardSupportPlainTextEdit.setObjectName(u"onwardSupportPlainTextEdit")
        self.onwardSupportPlainTextEdit.setMinimumSize(QSize(0, 70))
        self.onwardSupportPlainTextEdit.setMaximumSize(QSize(16777215, 105))
        self.onwardSupportPlainTextEdit.setTabChangesFocus(True)

        self.onwardSupportFieldLayout.addWidget(self.onwardSupportPlainTextEdit)

        self.onwardSupportErrorLabel = QLabel(self.fieldsWidget)
        self.onwardSupportErrorLabel.setObjectName(u"onwardSupportErrorLabel")
        self.onwardSupportErrorLabel.setWordWrap(True)
        self.onwardSupportErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.onwardSupportErrorLabel.setVisible(False)
        self.onwardSupportErrorLabel.setProperty(u"role", u"error")

        self.onwardSupportFieldLayout.addWidget(self.onwardSupportErrorLabel)


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.onwardSupportFieldLayout)

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

        self.saveStatusLabel = QLabel(ExitStrategyEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ExitStrategyEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ExitStrategyEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.statusLabel.setBuddy(self.statusComboBox)
        self.agreedWithLabel.setBuddy(self.agreedWithLineEdit)
        self.criteriaLabel.setBuddy(self.criteriaPlainTextEdit)
        self.reviewOnLabel.setBuddy(self.reviewOnLineEdit)
        self.onwardSupportLabel.setBuddy(self.onwardSupportPlainTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.statusComboBox)
        QWidget.setTabOrder(self.statusComboBox, self.agreedWithLineEdit)
        QWidget.setTabOrder(self.agreedWithLineEdit, self.criteriaPlainTextEdit)
        QWidget.setTabOrder(self.criteriaPlainTextEdit, self.reviewOnLineEdit)
        QWidget.setTabOrder(self.reviewOnLineEdit, self.onwardSupportPlainTextEdit)
        QWidget.setTabOrder(self.onwardSupportPlainTextEdit, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(ExitStrategyEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ExitStrategyEntryDialog):
        ExitStrategyEntryDialog.setWindowTitle(QCoreApplication.translate("ExitStrategyEntryDialog", u"Exit strategy", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"A case cannot be closed until an exit strategy has been agreed with the lead investigator.", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("ExitStrategyEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("ExitStrategyEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("ExitStrategyEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("ExitStrategyEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("ExitStrategyEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.statusLabel.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusComboBox.setAccessibleName(QCoreApplication.translate("ExitStrategyEntryDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.statusComboBox.setPlaceholderText(QCoreApplication.translate("ExitStrategyEntryDialog", u"Choose\u2026", None))
        self.statusErrorLabel.setText("")
        self.agreedWithLabel.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"Agreed &with (lead investigator):", None))
#if QT_CONFIG(accessibility)
        self.agreedWithLineEdit.setAccessibleName(QCoreApplication.translate("ExitStrategyEntryDialog", u"Agreed with (lead investigator)", None))
#endif // QT_CONFIG(accessibility)
        self.agreedWithLineEdit.setPlaceholderText(QCoreApplication.translate("ExitStrategyEntryDialog", u"Needed when the status is agreed", None))
        self.agreedWithErrorLabel.setText("")
        self.criteriaLabel.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"&Criteria:", None))
#if QT_CONFIG(accessibility)
        self.criteriaPlainTextEdit.setAccessibleName(QCoreApplication.translate("ExitStrategyEntryDialog", u"Criteria", None))
#endif // QT_CONFIG(accessibility)
        self.criteriaPlainTextEdit.setPlaceholderText(QCoreApplication.translate("ExitStrategyEntryDialog", u"When support can end", None))
        self.criteriaErrorLabel.setText("")
        self.reviewOnLabel.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"&Review on:", None))
#if QT_CONFIG(accessibility)
        self.reviewOnLineEdit.setAccessibleName(QCoreApplication.translate("ExitStrategyEntryDialog", u"Review on", None))
#endif // QT_CONFIG(accessibility)
        self.reviewOnLineEdit.setPlaceholderText(QCoreApplication.translate("ExitStrategyEntryDialog", u"dd/mm/yyyy (optional)", None))
        self.reviewOnErrorLabel.setText("")
        self.onwardSupportLabel.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"Onward s&upport:", None))
#if QT_CONFIG(accessibility)
        self.onwardSupportPlainTextEdit.setAccessibleName(QCoreApplication.translate("ExitStrategyEntryDialog", u"Onward support", None))
#endif // QT_CONFIG(accessibility)
        self.onwardSupportPlainTextEdit.setPlaceholderText(QCoreApplication.translate("ExitStrategyEntryDialog", u"Who supports the victim afterwards", None))
        self.onwardSupportErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("ExitStrategyEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ExitStrategyEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ExitStrategyEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ExitStrategyEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

