# Generated from ui/provision_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'provision_entry_dialog.ui'
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

class Ui_ProvisionEntryDialog(object):
    def setupUi(self, ProvisionEntryDialog):
        if not ProvisionEntryDialog.objectName():
            ProvisionEntryDialog.setObjectName(u"ProvisionEntryDialog")
        ProvisionEntryDialog.resize(620, 760)
        ProvisionEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ProvisionEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(ProvisionEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(ProvisionEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsScrollArea = QScrollArea(ProvisionEntryDialog)
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

        self.categoryLabel = QLabel(self.fieldsWidget)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryFieldLayout = QVBoxLayout()
        self.categoryFieldLayout.setSpacing(2)
        self.categoryFieldLayout.setObjectName(u"categoryFieldLayout")
        self.categoryComboBox = QComboBox(self.fieldsWidget)
        self.categoryComboBox.setObjectName(u"categoryComboBox")

        self.categoryFieldLayout.addWidget(self.categoryComboBox)

        self.categoryErrorLabel = QLabel(self.fieldsWidget)
        self.categoryErrorLabel.setObjectName(u"categoryErrorLabel")
        self.categoryErrorLabel.setWordWrap(True)
        self.categoryErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.categoryErrorLabel.setVisible(False)
        self.categoryErrorLabel.setProperty(u"role", u"error")

        self.categoryFieldLayout.addWidget(self.categoryErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.categoryFieldLayout)

        self.descriptionLabel = QLabel(self.fieldsWidget)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionFieldLayout = QVBoxLayout()
        self.descriptionFieldLayout.setSpacing(2)
        self.descriptionFieldLayout.setObjectName(u"descriptionFieldLayout")
        self.descriptionLineEdit = QLineEdit(self.fieldsWidget)
        self.descriptionLineEdit.setObjectName(u"descriptionLineEdit")
        self.descriptionLineEdit.setClearButtonEnabled(False)

        self.descriptionFieldLayout.addWidget(self.descriptionLineEdit)

        self.descriptionErrorLabel = QLabel(self.fieldsWidget)
        self.descriptionErrorLabel.setObjectName(u"descriptionErrorLabel")
        self.descriptionErrorLabel.setWordWrap(True)
        self.descriptionErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionErrorLabel.setVisible(False)
        self.descriptionErrorLabel.setProperty(u"role", u"error")

        self.descriptionFieldLayout.addWidget(self.descriptionErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.descriptionFieldLayout)

        self.quantityLabel = QLabel(self.fieldsWidget)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityFieldLayout = QVBoxLayout()
        self.quantityFieldLayout.setSpacing(2)
        self.quantityFieldLayout.setObjectName(u"quantityFieldLayout")
        self.quantityLineEdit = QLineEdit(self.fieldsWidget)
        self.quantityLineEdit.setObjectName(u"quantityLineEdit")
        self.quantityLineEdit.setClearButtonEnabled(False)

        self.quantityFieldLayout.addWidget(self.quantityLineEdit)

        self.quantityErrorLabel = QLabel(self.fieldsWidget)
        self.quantityErrorLabel.setObjectName(u"quantityErrorLabel")
        self.quantityErrorLabel.setWordWrap(True)
        self.quantityErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.quantityErrorLabel.setVisible(False)
        self.quantityErrorLabel.setProperty(u"role", u"error")

        self.quantityFieldLayout.addWidget(self.quantityErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.quantityFieldLayout)

        self.valueGbpLabel = QLabel(self.fieldsWidget)
        self.valueGbpLabel.setObjectName(u"valueGbpLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.valueGbpLabel)

        self.valueGbpFieldLayout = QVBoxLayout()
        self.valueGbpFieldLayout.setSpacing(2)
        self.valueGbpFieldLayout.setObjectName(u"valueGbpFieldLayout")
        self.valueGbpLineEdit = QLineEdit(self.fieldsWidget)
        self.valueGbpLineEdit.setObjectName(u"valueGbpLineEdit")
        self.valueGbpLineEdit.setClearButtonEnabled(False)

        self.valueGbpFieldLayout.addWidget(self.valueGbpLineEdit)

        self.valueGbpErrorLabel = QLabel(self.fieldsWidget)
        self.valueGbpErrorLabel.setObjectName(u"valueGbpErrorLabel")
        self.valueGbpErrorLabel.setWordWrap(True)
        self.valueGbpErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.valueGbpErrorLabel.setVisible(False)
        self.valueGbpErrorLabel.setProperty(u"role", u"error")

        self.valueGbpFieldLayout.addWidget(self.valueGbpErrorLabel)

        self.runningTotalLabel = QLabel(self.fieldsWidget)
        self.runningTotalLabel.setObjectName(u"runningTotalLabel")
        self.runningTotalLabel.setWordWrap(True)
        self.runningTotalLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.runningTotalLabel.setProperty(u"role", u"hint")

        self.valueGbpFieldLayout.addWidget(self.runningTotalLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.valueGbpFieldLayout)

        self.needLabel = QLabel(self.fieldsWidget)
        self.needLabel.setObjectName(u"needLabel")

        self.fieldsFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.needLabel)

        self.needFieldLayout = QVBoxLayout()
        self.needFieldLayout.setSpacing(2)
        self.needFieldLayout.setObjectName(u"needFieldLayout")
        self.needPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.needPlainTextEdit.setObjectName(u"needPlainTextEdit")
        self.needPlainTextEdit.setMinimumSize(QSize(0, 52))
        self.needPlainTextEdit.setMaximumSize(QSize(16777215, 78))
        self.needPlainTextEdit.setTabChangesFocus(True)

        self.needFieldLayout.addWidget(self.needPlainTextEdit)

        self.needErrorLabel = QLabel(self.fieldsWidget)
        self.needErrorLabel.setObjectName(u"needErrorLabel")
        self.needErrorLabel.setWordWrap(True)
        self.needErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.needErrorLabel.setVisible(False)
        self.needErrorLabel.setProperty(u"role", u"error")

        self.needFieldLayout.addWidget(self.needErrorLabel)


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.needFieldLayout)

        self.justificationLabel = QLabel(self.fieldsWidget)
        self.justificationLabel.setObjectName(u"justificationLabel")

        self.fieldsFormLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.justificationLabel)

        self.justificationFieldLayout = QVBoxLayout()
        self.justificationFieldLayout.setSpacing(2)
        self.justificationFieldLayout.setObjectName(u"justificationFieldLayout")
        self.justificationPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.justificationPlainTextEdit.setObjectName(u"justificationPlainTextEdit")
        self.justificationPlainTextEdit.setMinimumSize(QSize(0, 52))
        self.justificationPlainTextEdit.setMaximumSize(QSize(16777215, 78))
        self.justificationPlainTextEdit.setTabChangesFocus(True)

        self.justificationFieldLayout.addWidget(self.justificationPlainTextEdit)

        self.justificationErrorLabel = QLabel(self.fieldsWidget)
        self.justificationErrorLabel.setObjectName(u"justificationErrorLabel")
        self.justificationErrorLabel.setWordWrap(True)
        self.justificationErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.justificationErrorLabel.setVisible(False)
        self.justificationErrorLabel.setProperty(u"role", u"error")

        self.justificationFieldLayout.addWidget(self.justificationErrorLabel)


        self.fieldsFormLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.justificationFieldLayout)

        self.authorisedByLabel = QLabel(self.fieldsWidget)
        self.authorisedByLabel.setObjectName(u"authorisedByLabel")

        self.fieldsFormLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.authorisedByLabel)

        self.authorisedByFieldLayout = QVBoxLayout()
        self.authorisedByFieldLayout.setSpacing(2)
        self.authorisedByFieldLayout.setObjectName(u"authorisedByFieldLayout")
        self.authorisedByLineEdit = QLineEdit(self.fieldsWidget)
        self.authorisedByLineEdit.setObjectName(u"authorisedByLineEdit")
        self.authorisedByLineEdit.setClearButtonEnabled(False)

        self.authorisedByFieldLayout.addWidget(self.authorisedByLineEdit)

        self.authorisedByErrorLabel = QLabel(self.fieldsWidget)
        self.authorisedByErrorLabel.setObjectName(u"authorisedByErrorLabel")
        self.authorisedByErrorLabel.setWordWrap(True)
        self.authorisedByErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.authorisedByErrorLabel.setVisible(False)
        self.authorisedByErrorLabel.setProperty(u"role", u"error")

        self.authorisedByFieldLayout.addWidget(self.authorisedByErrorLabel)


        self.fieldsFormLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.authorisedByFieldLayout)

        self.supplierLabel = QLabel(self.fieldsWidget)
        self.supplierLabel.setObjectName(u"supplierLabel")

        self.fieldsFormLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.supplierLabel)

        self.supplierFieldLayout = QVBoxLayout()
        self.supplierFieldLayout.setSpacing(2)
        self.supplierFieldLayout.setObjectName(u"supplierFieldLayout")
        self.supplierLineEdit = QLineEdit(self.fieldsWidget)
        self.supplierLineEdit.setObjectName(u"supplierLineEdit")
        self.supplierLineEdit.setClearButtonEnabled(False)

        self.supplierFieldLayout.addWidget(self.supplierLineEdit)

        self.supplierErrorLabel = QLabel(self.fieldsWidget)
        self.supplierErrorLabel.setObjectName(u"supplierErrorLabel")
        self.supplierErrorLabel.setWordWrap(True)
        self.supplierErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.supplierErrorLabel.setVisible(False)
        self.supplierErrorLabel.setProperty(u"role", u"error")

        self.supplierFieldLayout.addWidget(self.supplierErrorLabel)


        self.fieldsFormLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.supplierFieldLayout)

        self.receiptRefLabel = QLabel(self.fieldsWidget)
        self.receiptRefLabel.setObjectName(u"receiptRefLabel")

        self.fieldsFormLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.receiptRefLabel)

        self.receiptRefFieldLayout = QVBoxLayout()
        self.receiptRefFieldLayout.setSpacing(2)
        self.receiptRefFieldLayout.setObjectName(u"receiptRefFieldLayout")
        self.receiptRefLineEdit = QLineEdit(self.fieldsWidget)
        self.receiptRefLineEdit.setObjectName(u"receiptRefLineEdit")
        self.receiptRefLineEdit.setClearButtonEnabled(False)

        self.receiptRefFieldLayout.addWidget(self.receiptRefLineEdit)

        self.receiptRefErrorLabel = QLabel(self.fieldsWidget)
        self.receiptRefErrorLabel.setObjectName(u"receiptRefErrorLabel")
        self.receiptRefErrorLabel.setWordWrap(True)
        self.receiptRefErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.receiptRefErrorLabel.setVisible(False)
        self.receiptRefErrorLabel.setProperty(u"role", u"error")

        self.receiptRefFieldLayout.addWidget(self.receiptRefErrorLabel)


        self.fieldsFormLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.receiptRefFieldLayout)

        self.explainedUnconditionalFieldLayout = QVBoxLayout()
        self.explainedUnconditionalFieldLayout.setSpacing(2)
        self.explainedUnconditionalFieldLayout.setObjectName(u"explainedUnconditionalFieldLayout")
        self.explainedUnconditionalCheckBox = QCheckBox(self.fieldsWidget)
        self.explainedUnconditionalCheckBox.setObjectName(u"explainedUnconditionalCheckBox")

        self.explainedUnconditionalFieldLayout.addWidget(self.explainedUnconditionalCheckBox)

        self.explainedUnconditionalErrorLabel = QLabel(self.fieldsWidget)
        self.explainedUnconditionalErrorLabel.setObjectName(u"explainedUnconditionalErrorLabel")
        self.explainedUnconditionalErrorLabel.setWordWrap(True)
        self.explainedUnconditionalErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.explainedUnconditionalErrorLabel.setVisible(False)
        self.explainedUnconditionalErrorLabel.setProperty(u"role", u"error")

        self.explainedUnconditionalFieldLayout.addWidget(self.explainedUnconditionalErrorLabel)


        self.fieldsFormLayout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.explainedUnconditionalFieldLayout)

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


        self.fieldsFormLayout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.sensitiveFieldLayout)


        self.fieldsLayout.addLayout(self.fieldsFormLayout)

        self.fieldsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsLayout.addItem(self.fieldsSpacer)

        self.fieldsScrollArea.setWidget(self.fieldsWidget)

        self.mainLayout.addWidget(self.fieldsScrollArea)

        self.saveStatusLabel = QLabel(ProvisionEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(ProvisionEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ProvisionEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.categoryLabel.setBuddy(self.categoryComboBox)
        self.descriptionLabel.setBuddy(self.descriptionLineEdit)
        self.quantityLabel.setBuddy(self.quantityLineEdit)
        self.valueGbpLabel.setBuddy(self.valueGbpLineEdit)
        self.needLabel.setBuddy(self.needPlainTextEdit)
        self.justificationLabel.setBuddy(self.justificationPlainTextEdit)
        self.authorisedByLabel.setBuddy(self.authorisedByLineEdit)
        self.supplierLabel.setBuddy(self.supplierLineEdit)
        self.receiptRefLabel.setBuddy(self.receiptRefLineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.categoryComboBox)
        QWidget.setTabOrder(self.categoryComboBox, self.descriptionLineEdit)
        QWidget.setTabOrder(self.descriptionLineEdit, self.quantityLineEdit)
        QWidget.setTabOrder(self.quantityLineEdit, self.valueGbpLineEdit)
        QWidget.setTabOrder(self.valueGbpLineEdit, self.needPlainTextEdit)
        QWidget.setTabOrder(self.needPlainTextEdit, self.justificationPlainTextEdit)
        QWidget.setTabOrder(self.justificationPlainTextEdit, self.authorisedByLineEdit)
        QWidget.setTabOrder(self.authorisedByLineEdit, self.supplierLineEdit)
        QWidget.setTabOrder(self.supplierLineEdit, self.receiptRefLineEdit)
        QWidget.setTabOrder(self.receiptRefLineEdit, self.explainedUnconditionalCheckBox)
        QWidget.setTabOrder(self.explainedUnconditionalCheckBox, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(ProvisionEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ProvisionEntryDialog):
        ProvisionEntryDialog.setWindowTitle(QCoreApplication.translate("ProvisionEntryDialog", u"New provision", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"Everything provided to a victim-witness is disclosable: record the need it answers and why it is proportionate and necessary.", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("ProvisionEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("ProvisionEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("ProvisionEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.categoryLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.categoryComboBox.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.categoryComboBox.setPlaceholderText(QCoreApplication.translate("ProvisionEntryDialog", u"Choose\u2026", None))
        self.categoryErrorLabel.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionLineEdit.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLineEdit.setPlaceholderText(QCoreApplication.translate("ProvisionEntryDialog", u"What was provided", None))
        self.descriptionErrorLabel.setText("")
        self.quantityLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"&Quantity:", None))
#if QT_CONFIG(accessibility)
        self.quantityLineEdit.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Quantity", None))
#endif // QT_CONFIG(accessibility)
        self.quantityLineEdit.setPlaceholderText(QCoreApplication.translate("ProvisionEntryDialog", u"e.g. 1", None))
        self.quantityErrorLabel.setText("")
        self.valueGbpLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"&Value (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.valueGbpLineEdit.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Value in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.valueGbpLineEdit.setPlaceholderText(QCoreApplication.translate("ProvisionEntryDialog", u"e.g. 12.50", None))
        self.valueGbpErrorLabel.setText("")
        self.runningTotalLabel.setText("")
        self.needLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"Ne&ed it answers:", None))
#if QT_CONFIG(accessibility)
        self.needPlainTextEdit.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Need it answers", None))
#endif // QT_CONFIG(accessibility)
        self.needPlainTextEdit.setPlaceholderText(QCoreApplication.translate("ProvisionEntryDialog", u"The assessed need this meets", None))
        self.needErrorLabel.setText("")
        self.justificationLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"&Justification:", None))
#if QT_CONFIG(accessibility)
        self.justificationPlainTextEdit.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Justification", None))
#endif // QT_CONFIG(accessibility)
        self.justificationPlainTextEdit.setPlaceholderText(QCoreApplication.translate("ProvisionEntryDialog", u"Why it is proportionate and necessary", None))
        self.justificationErrorLabel.setText("")
        self.authorisedByLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"Authorised &by:", None))
#if QT_CONFIG(accessibility)
        self.authorisedByLineEdit.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Authorised by", None))
#endif // QT_CONFIG(accessibility)
        self.authorisedByLineEdit.setPlaceholderText(QCoreApplication.translate("ProvisionEntryDialog", u"Who authorised it", None))
        self.authorisedByErrorLabel.setText("")
        self.supplierLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"Su&pplier:", None))
#if QT_CONFIG(accessibility)
        self.supplierLineEdit.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Supplier", None))
#endif // QT_CONFIG(accessibility)
        self.supplierLineEdit.setPlaceholderText(QCoreApplication.translate("ProvisionEntryDialog", u"Optional", None))
        self.supplierErrorLabel.setText("")
        self.receiptRefLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"&Receipt reference:", None))
#if QT_CONFIG(accessibility)
        self.receiptRefLineEdit.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Receipt reference", None))
#endif // QT_CONFIG(accessibility)
        self.receiptRefLineEdit.setPlaceholderText(QCoreApplication.translate("ProvisionEntryDialog", u"Optional", None))
        self.receiptRefErrorLabel.setText("")
        self.explainedUnconditionalCheckBox.setText(QCoreApplication.translate("ProvisionEntryDialog", u"E&xplained to the victim as unconditional", None))
#if QT_CONFIG(accessibility)
        self.explainedUnconditionalCheckBox.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Explained to the victim as unconditional", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.explainedUnconditionalCheckBox.setAccessibleDescription(QCoreApplication.translate("ProvisionEntryDialog", u"Given freely, not in return for evidence or cooperation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.explainedUnconditionalCheckBox.setToolTip(QCoreApplication.translate("ProvisionEntryDialog", u"Given freely, not in return for evidence or cooperation", None))
#endif // QT_CONFIG(tooltip)
        self.explainedUnconditionalErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("ProvisionEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("ProvisionEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("ProvisionEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ProvisionEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ProvisionEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

