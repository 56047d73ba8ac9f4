# Generated from ui/competent_authority_update_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'competent_authority_update_entry_dialog.ui'
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

class Ui_CompetentAuthorityUpdateEntryDialog(object):
    def setupUi(self, CompetentAuthorityUpdateEntryDialog):
        if not CompetentAuthorityUpdateEntryDialog.objectName():
            CompetentAuthorityUpdateEntryDialog.setObjectName(u"CompetentAuthorityUpdateEntryDialog")
        CompetentAuthorityUpdateEntryDialog.resize(620, 560)
        CompetentAuthorityUpdateEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(CompetentAuthorityUpdateEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(CompetentAuthorityUpdateEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.fieldsScrollArea = QScrollArea(CompetentAuthorityUpdateEntryDialog)
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

        self.authorityLabel = QLabel(self.fieldsWidget)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityFieldLayout = QVBoxLayout()
        self.authorityFieldLayout.setSpacing(2)
        self.authorityFieldLayout.setObjectName(u"authorityFieldLayout")
        self.authorityComboBox = QComboBox(self.fieldsWidget)
        self.authorityComboBox.setObjectName(u"authorityComboBox")

        self.authorityFieldLayout.addWidget(self.authorityComboBox)

        self.authorityErrorLabel = QLabel(self.fieldsWidget)
        self.authorityErrorLabel.setObjectName(u"authorityErrorLabel")
        self.authorityErrorLabel.setWordWrap(True)
        self.authorityErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.authorityErrorLabel.setVisible(False)
        self.authorityErrorLabel.setProperty(u"role", u"error")

        self.authorityFieldLayout.addWidget(self.authorityErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.authorityFieldLayout)

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

        self.referenceLabel = QLabel(self.fieldsWidget)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceFieldLayout = QVBoxLayout()
        self.referenceFieldLayout.setSpacing(2)
        self.referenceFieldLayout.setObjectName(u"referenceFieldLayout")
        self.referenceLineEdit = QLineEdit(self.fieldsWidget)
        self.referenceLineEdit.setObjectName(u"referenceLineEdit")

        self.referenceFieldLayout.addWidget(self.referenceLineEdit)

        self.referenceErrorLabel = QLabel(self.fieldsWidget)
        self.referenceErrorLabel.setObjectName(u"referenceErrorLabel")
        self.referenceErrorLabel.setWordWrap(True)
        self.referenceErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.referenceErrorLabel.setVisible(False)
        self.referenceErrorLabel.setProperty(u"role", u"error")

        self.referenceFieldLayout.addWidget(self.referenceErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.referenceFieldLayout)

        self.summaryLabel = QLabel(self.fieldsWidget)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryFieldLayout = QVBoxLayout()
        self.summaryFieldLayout.setSpacing(2)
        self.summaryFieldLayout.setObjectName(u"summaryFieldLayout")
        self.summaryPlainTextEdit = QPlainTextEdit(self.fieldsWidget)
        self.summaryPlainTextEdit.setObjectName(u"summaryPlainTextEdit")
        self.summaryPlainTextEdit.setMinimumSize(QSize(0, 120))
        self.summaryPlainTextEdit.setMaximumSize(QSize(16777215, 180))
        self.summaryPlainTextEdit.setTabChangesFocus(True)

        self.summaryFieldLayout.addWidget(self.summaryPlainTextEdit)

        self.summaryErrorLabel = QLabel(self.fieldsWidget)
        self.summaryErrorLabel.setObjectName(u"summaryErrorLabel")
        self.summaryErrorLabel.setWordWrap(True)
        self.summaryErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryErrorLabel.setVisible(False)
        self.summaryErrorLabel.setProperty(u"role", u"error")

        self.summaryFieldLayout.addWidget(self.summaryErrorLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.summaryFieldLayout)

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

        self.saveStatusLabel = QLabel(CompetentAuthorityUpdateEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(CompetentAuthorityUpdateEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(CompetentAuthorityUpdateEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.authorityLabel.setBuddy(self.authorityComboBox)
        self.methodLabel.setBuddy(self.methodComboBox)
        self.referenceLabel.setBuddy(self.referenceLineEdit)
        self.summaryLabel.setBuddy(self.summaryPlainTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.authorityComboBox)
        QWidget.setTabOrder(self.authorityComboBox, self.methodComboBox)
        QWidget.setTabOrder(self.methodComboBox, self.referenceLineEdit)
        QWidget.setTabOrder(self.referenceLineEdit, self.summaryPlainTextEdit)
        QWidget.setTabOrder(self.summaryPlainTextEdit, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(CompetentAuthorityUpdateEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CompetentAuthorityUpdateEntryDialog):
        CompetentAuthorityUpdateEntryDialog.setWindowTitle(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"New update to the competent authority", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"TRAINING: fictional data", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.authorityLabel.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Compe&tent authority:", None))
#if QT_CONFIG(accessibility)
        self.authorityComboBox.setAccessibleName(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Competent authority", None))
#endif // QT_CONFIG(accessibility)
        self.authorityComboBox.setPlaceholderText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Choose\u2026", None))
        self.authorityErrorLabel.setText("")
        self.methodLabel.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Sent &by:", None))
#if QT_CONFIG(accessibility)
        self.methodComboBox.setAccessibleName(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Sent by", None))
#endif // QT_CONFIG(accessibility)
        self.methodComboBox.setPlaceholderText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Choose\u2026", None))
        self.methodErrorLabel.setText("")
        self.referenceLabel.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"NRM &reference:", None))
#if QT_CONFIG(accessibility)
        self.referenceLineEdit.setAccessibleName(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"NRM reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLineEdit.setPlaceholderText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"The referral's reference, if known", None))
        self.referenceErrorLabel.setText("")
        self.summaryLabel.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"What the competent authority was &told:", None))
#if QT_CONFIG(accessibility)
        self.summaryPlainTextEdit.setAccessibleName(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"What the competent authority was told", None))
#endif // QT_CONFIG(accessibility)
        self.summaryErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("CompetentAuthorityUpdateEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

