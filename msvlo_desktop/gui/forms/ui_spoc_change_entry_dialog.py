# Generated from ui/spoc_change_entry_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spoc_change_entry_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateTimeEdit, QDialog,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SpocChangeEntryDialog(object):
    def setupUi(self, SpocChangeEntryDialog):
        if not SpocChangeEntryDialog.objectName():
            SpocChangeEntryDialog.setObjectName(u"SpocChangeEntryDialog")
        SpocChangeEntryDialog.resize(620, 520)
        SpocChangeEntryDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(SpocChangeEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(SpocChangeEntryDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(SpocChangeEntryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsScrollArea = QScrollArea(SpocChangeEntryDialog)
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

        self.contactNameLabel = QLabel(self.fieldsWidget)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.fieldsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameFieldLayout = QVBoxLayout()
        self.contactNameFieldLayout.setSpacing(2)
        self.contactNameFieldLayout.setObjectName(u"contactNameFieldLayout")
        self.contactNameLineEdit = QLineEdit(self.fieldsWidget)
        self.contactNameLineEdit.setObjectName(u"contactNameLineEdit")
        self.contactNameLineEdit.setClearButtonEnabled(False)

        self.contactNameFieldLayout.addWidget(self.contactNameLineEdit)

        self.contactNameErrorLabel = QLabel(self.fieldsWidget)
        self.contactNameErrorLabel.setObjectName(u"contactNameErrorLabel")
        self.contactNameErrorLabel.setWordWrap(True)
        self.contactNameErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.contactNameErrorLabel.setVisible(False)
        self.contactNameErrorLabel.setProperty(u"role", u"error")

        self.contactNameFieldLayout.addWidget(self.contactNameErrorLabel)


        self.fieldsFormLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.contactNameFieldLayout)

        self.contactOrganisationLabel = QLabel(self.fieldsWidget)
        self.contactOrganisationLabel.setObjectName(u"contactOrganisationLabel")

        self.fieldsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactOrganisationLabel)

        self.contactOrganisationFieldLayout = QVBoxLayout()
        self.contactOrganisationFieldLayout.setSpacing(2)
        self.contactOrganisationFieldLayout.setObjectName(u"contactOrganisationFieldLayout")
        self.contactOrganisationLineEdit = QLineEdit(self.fieldsWidget)
        self.contactOrganisationLineEdit.setObjectName(u"contactOrganisationLineEdit")
        self.contactOrganisationLineEdit.setClearButtonEnabled(False)

        self.contactOrganisationFieldLayout.addWidget(self.contactOrganisationLineEdit)

        self.contactOrganisationErrorLabel = QLabel(self.fieldsWidget)
        self.contactOrganisationErrorLabel.setObjectName(u"contactOrganisationErrorLabel")
        self.contactOrganisationErrorLabel.setWordWrap(True)
        self.contactOrganisationErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.contactOrganisationErrorLabel.setVisible(False)
        self.contactOrganisationErrorLabel.setProperty(u"role", u"error")

        self.contactOrganisationFieldLayout.addWidget(self.contactOrganisationErrorLabel)


        self.fieldsFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.contactOrganisationFieldLayout)

        self.contactPhoneLabel = QLabel(self.fieldsWidget)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.fieldsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneFieldLayout = QVBoxLayout()
        self.contactPhoneFieldLayout.setSpacing(2)
        self.contactPhoneFieldLayout.setObjectName(u"contactPhoneFieldLayout")
        self.contactPhoneLineEdit = QLineEdit(self.fieldsWidget)
        self.contactPhoneLineEdit.setObjectName(u"contactPhoneLineEdit")
        self.contactPhoneLineEdit.setClearButtonEnabled(False)

        self.contactPhoneFieldLayout.addWidget(self.contactPhoneLineEdit)

        self.contactPhoneErrorLabel = QLabel(self.fieldsWidget)
        self.contactPhoneErrorLabel.setObjectName(u"contactPhoneErrorLabel")
        self.contactPhoneErrorLabel.setWordWrap(True)
        self.contactPhoneErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.contactPhoneErrorLabel.setVisible(False)
        self.contactPhoneErrorLabel.setProperty(u"role", u"error")

        self.contactPhoneFieldLayout.addWidget(self.contactPhoneErrorLabel)


        self.fieldsFormLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.contactPhoneFieldLayout)

        self.contactEmailLabel = QLabel(self.fieldsWidget)
        self.contactEmailLabel.setObjectName(u"contactEmailLabel")

        self.fieldsFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactEmailLabel)

        self.contactEmailFieldLayout = QVBoxLayout()
        self.contactEmailFieldLayout.setSpacing(2)
        self.contactEmailFieldLayout.setObjectName(u"contactEmailFieldLayout")
        self.contactEmailLineEdit = QLineEdit(self.fieldsWidget)
        self.contactEmailLineEdit.setObjectName(u"contactEmailLineEdit")
        self.contactEmailLineEdit.setClearButtonEnabled(False)

        self.contactEmailFieldLayout.addWidget(self.contactEmailLineEdit)

        self.contactEmailErrorLabel = QLabel(self.fieldsWidget)
        self.contactEmailErrorLabel.setObjectName(u"contactEmailErrorLabel")
        self.contactEmailErrorLabel.setWordWrap(True)
        self.contactEmailErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.contactEmailErrorLabel.setVisible(False)
        self.contactEmailErrorLabel.setProperty(u"role", u"error")

        self.contactEmailFieldLayout.addWidget(self.contactEmailErrorLabel)


        self.fieldsFormLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.contactEmailFieldLayout)

        self.victimInformedFieldLayout = QVBoxLayout()
        self.victimInformedFieldLayout.setSpacing(2)
        self.victimInformedFieldLayout.setObjectName(u"victimInformedFieldLayout")
        self.victimInformedCheckBox = QCheckBox(self.fieldsWidget)
        self.victimInformedCheckBox.setObjectName(u"victimInformedCheckBox")

        self.victimInformedFieldLayout.addWidget(self.victimInformedCheckBox)

        self.victimInformedErrorLabel = QLabel(self.fieldsWidget)
        self.victimInformedErrorLabel.setObjectName(u"victimInformedErrorLabel")
        self.victimInformedErrorLabel.setWordWrap(True)
        self.victimInformedErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.victimInformedErrorLabel.setVisible(False)
        self.victimInformedErrorLabel.setProperty(u"role", u"error")

        self.victimInformedFieldLayout.addWidget(self.victimInformedErrorLabel)


        self.fieldsFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.victimInformedFieldLayout)

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

        self.saveStatusLabel = QLabel(SpocChangeEntryDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(SpocChangeEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(SpocChangeEntryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.occurredAtLabel.setBuddy(self.occurredAtDateTimeEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
        self.contactNameLabel.setBuddy(self.contactNameLineEdit)
        self.contactOrganisationLabel.setBuddy(self.contactOrganisationLineEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneLineEdit)
        self.contactEmailLabel.setBuddy(self.contactEmailLineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredAtDateTimeEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.contactNameLineEdit)
        QWidget.setTabOrder(self.contactNameLineEdit, self.contactOrganisationLineEdit)
        QWidget.setTabOrder(self.contactOrganisationLineEdit, self.contactPhoneLineEdit)
        QWidget.setTabOrder(self.contactPhoneLineEdit, self.contactEmailLineEdit)
        QWidget.setTabOrder(self.contactEmailLineEdit, self.victimInformedCheckBox)
        QWidget.setTabOrder(self.victimInformedCheckBox, self.sensitiveCheckBox)
        QWidget.setTabOrder(self.sensitiveCheckBox, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(SpocChangeEntryDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, SpocChangeEntryDialog):
        SpocChangeEntryDialog.setWindowTitle(QCoreApplication.translate("SpocChangeEntryDialog", u"New SPOC", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"The victim's single point of contact changes from the day this happened; the previous SPOC's period ends that day.", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"&Occurred at:", None))
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleName(QCoreApplication.translate("SpocChangeEntryDialog", u"Occurred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setAccessibleDescription(QCoreApplication.translate("SpocChangeEntryDialog", u"When it happened, UK time; it cannot be later than now", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtDateTimeEdit.setDisplayFormat(QCoreApplication.translate("SpocChangeEntryDialog", u"dd/MM/yyyy HH:mm", None))
        self.occurredAtErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("SpocChangeEntryDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("SpocChangeEntryDialog", u"Who is making this record", None))
        self.authorErrorLabel.setText("")
        self.contactNameLabel.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"N&ame:", None))
#if QT_CONFIG(accessibility)
        self.contactNameLineEdit.setAccessibleName(QCoreApplication.translate("SpocChangeEntryDialog", u"New SPOC's name", None))
#endif // QT_CONFIG(accessibility)
        self.contactNameLineEdit.setPlaceholderText(QCoreApplication.translate("SpocChangeEntryDialog", u"e.g. DC 4321 J. Patel", None))
        self.contactNameErrorLabel.setText("")
        self.contactOrganisationLabel.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"Or&ganisation:", None))
#if QT_CONFIG(accessibility)
        self.contactOrganisationLineEdit.setAccessibleName(QCoreApplication.translate("SpocChangeEntryDialog", u"New SPOC's organisation", None))
#endif // QT_CONFIG(accessibility)
        self.contactOrganisationLineEdit.setPlaceholderText(QCoreApplication.translate("SpocChangeEntryDialog", u"Optional", None))
        self.contactOrganisationErrorLabel.setText("")
        self.contactPhoneLabel.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.contactPhoneLineEdit.setAccessibleName(QCoreApplication.translate("SpocChangeEntryDialog", u"New SPOC's phone", None))
#endif // QT_CONFIG(accessibility)
        self.contactPhoneLineEdit.setPlaceholderText(QCoreApplication.translate("SpocChangeEntryDialog", u"e.g. 01632 960001 (optional)", None))
        self.contactPhoneErrorLabel.setText("")
        self.contactEmailLabel.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.contactEmailLineEdit.setAccessibleName(QCoreApplication.translate("SpocChangeEntryDialog", u"New SPOC's email", None))
#endif // QT_CONFIG(accessibility)
        self.contactEmailLineEdit.setPlaceholderText(QCoreApplication.translate("SpocChangeEntryDialog", u"Optional", None))
        self.contactEmailErrorLabel.setText("")
        self.victimInformedCheckBox.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"&Victim has been given the new SPOC's details", None))
#if QT_CONFIG(accessibility)
        self.victimInformedCheckBox.setAccessibleName(QCoreApplication.translate("SpocChangeEntryDialog", u"Victim informed", None))
#endif // QT_CONFIG(accessibility)
        self.victimInformedErrorLabel.setText("")
        self.sensitiveCheckBox.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"Se&nsitive entry", None))
#if QT_CONFIG(accessibility)
        self.sensitiveCheckBox.setAccessibleName(QCoreApplication.translate("SpocChangeEntryDialog", u"Sensitive entry", None))
#endif // QT_CONFIG(accessibility)
        self.sensitiveErrorLabel.setText("")
        self.sensitiveHintLabel.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"Tick for anything that reveals where the victim is (a safe-house or placement address, a safe contact number): the entry goes on the sensitive unused-material schedule (MG6D) instead of MG6C.", None))
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("SpocChangeEntryDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("SpocChangeEntryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("SpocChangeEntryDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

