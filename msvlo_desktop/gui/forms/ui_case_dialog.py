# Generated from ui/case_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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
    QDateEdit, QDateTimeEdit, QDialog, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(720, 640)
        CaseDialog.setModal(True)
        self.mainLayout = QVBoxLayout(CaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(CaseDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(CaseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.caseTabWidget = QTabWidget(CaseDialog)
        self.caseTabWidget.setObjectName(u"caseTabWidget")
        self.caseTab = QWidget()
        self.caseTab.setObjectName(u"caseTab")
        self.caseFormLayout = QFormLayout(self.caseTab)
        self.caseFormLayout.setObjectName(u"caseFormLayout")
        self.referenceLabel = QLabel(self.caseTab)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.caseFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceLineEdit = QLineEdit(self.caseTab)
        self.referenceLineEdit.setObjectName(u"referenceLineEdit")

        self.caseFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referenceLineEdit)

        self.crimeReferenceLabel = QLabel(self.caseTab)
        self.crimeReferenceLabel.setObjectName(u"crimeReferenceLabel")

        self.caseFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.crimeReferenceLabel)

        self.crimeReferenceLineEdit = QLineEdit(self.caseTab)
        self.crimeReferenceLineEdit.setObjectName(u"crimeReferenceLineEdit")

        self.caseFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.crimeReferenceLineEdit)

        self.openedOnLabel = QLabel(self.caseTab)
        self.openedOnLabel.setObjectName(u"openedOnLabel")

        self.caseFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.openedOnLabel)

        self.openedOnDateEdit = QDateEdit(self.caseTab)
        self.openedOnDateEdit.setObjectName(u"openedOnDateEdit")
        self.openedOnDateEdit.setCalendarPopup(True)

        self.caseFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.openedOnDateEdit)

        self.crimeReportedLabel = QLabel(self.caseTab)
        self.crimeReportedLabel.setObjectName(u"crimeReportedLabel")

        self.caseFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.crimeReportedLabel)

        self.crimeReportedWidget = QWidget(self.caseTab)
        self.crimeReportedWidget.setObjectName(u"crimeReportedWidget")
        self.crimeReportedLayout = QHBoxLayout(self.crimeReportedWidget)
        self.crimeReportedLayout.setObjectName(u"crimeReportedLayout")
        self.crimeReportedLayout.setContentsMargins(0, 0, 0, 0)
        self.crimeReportedCheckBox = QCheckBox(self.crimeReportedWidget)
        self.crimeReportedCheckBox.setObjectName(u"crimeReportedCheckBox")

        self.crimeReportedLayout.addWidget(self.crimeReportedCheckBox)

        self.crimeReportedDateTimeEdit = QDateTimeEdit(self.crimeReportedWidget)
        self.crimeReportedDateTimeEdit.setObjectName(u"crimeReportedDateTimeEdit")
        self.crimeReportedDateTimeEdit.setCalendarPopup(True)

        self.crimeReportedLayout.addWidget(self.crimeReportedDateTimeEdit)

        self.crimeReportedSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.crimeReportedLayout.addItem(self.crimeReportedSpacer)


        self.caseFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.crimeReportedWidget)

        self.crimeReportedHintLabel = QLabel(self.caseTab)
        self.crimeReportedHintLabel.setObjectName(u"crimeReportedHintLabel")
        self.crimeReportedHintLabel.setWordWrap(True)

        self.caseFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.crimeReportedHintLabel)

        self.exploitationLabel = QLabel(self.caseTab)
        self.exploitationLabel.setObjectName(u"exploitationLabel")

        self.caseFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.exploitationLabel)

        self.exploitationWidget = QWidget(self.caseTab)
        self.exploitationWidget.setObjectName(u"exploitationWidget")
        self.exploitationLayout = QGridLayout(self.exploitationWidget)
        self.exploitationLayout.setObjectName(u"exploitationLayout")
        self.exploitationLayout.setContentsMargins(0, 0, 0, 0)
        self.sexualCheckBox = QCheckBox(self.exploitationWidget)
        self.sexualCheckBox.setObjectName(u"sexualCheckBox")

        self.exploitationLayout.addWidget(self.sexualCheckBox, 0, 0, 1, 1)

        self.labourCheckBox = QCheckBox(self.exploitationWidget)
        self.labourCheckBox.setObjectName(u"labourCheckBox")

        self.exploitationLayout.addWidget(self.labourCheckBox, 0, 1, 1, 1)

        self.criminalCheckBox = QCheckBox(self.exploitationWidget)
        self.criminalCheckBox.setObjectName(u"criminalCheckBox")

        self.exploitationLayout.addWidget(self.criminalCheckBox, 1, 0, 1, 1)

        self.domesticServitudeCheckBox = QCheckBox(self.exploitationWidget)
        self.domesticServitudeCheckBox.setObjectName(u"domesticServitudeCheckBox")

        self.exploitationLayout.addWidget(self.domesticServitudeCheckBox, 1, 1, 1, 1)

        self.organHarvestingCheckBox = QCheckBox(self.exploitationWidget)
        self.organHarvestingCheckBox.setObjectName(u"organHarvestingCheckBox")

        self.exploitationLayout.addWidget(self.organHarvestingCheckBox, 2, 0, 1, 1)

        self.otherExploitationCheckBox = QCheckBox(self.exploitationWidget)
        self.otherExploitationCheckBox.setObjectName(u"otherExploitationCheckBox")

        self.exploitationLayout.addWidget(self.otherExploitationCheckBox, 2, 1, 1, 1)


        self.caseFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.exploitationWidget)

        self.caseTabWidget.addTab(self.caseTab, "")
        self.victimTab = QWidget()
        self.victimTab.setObjectName(u"victimTab")
        self.victimFormLayout = QFormLayout(self.victimTab)
        self.victimFormLayout.setObjectName(u"victimFormLayout")
        self.victimNameLabel = QLabel(self.victimTab)
        self.victimNameLabel.setObjectName(u"victimNameLabel")

        self.victimFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.victimNameLabel)

        self.victimNameLineEdit = QLineEdit(self.victimTab)
        self.victimNameLineEdit.setObjectName(u"victimNameLineEdit")

        self.victimFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.victimNameLineEdit)

        self.pseudonymLabel = QLabel(self.victimTab)
        self.pseudonymLabel.setObjectName(u"pseudonymLabel")

        self.victimFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pseudonymLabel)

        self.pseudonymLineEdit = QLineEdit(self.victimTab)
        self.pseudonymLineEdit.setObjectName(u"pseudonymLineEdit")

        self.victimFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pseudonymLineEdit)

        self.ageLabel = QLabel(self.victimTab)
        self.ageLabel.setObjectName(u"ageLabel")

        self.victimFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageWidget = QWidget(self.victimTab)
        self.ageWidget.setObjectName(u"ageWidget")
        self.ageLayout = QGridLayout(self.ageWidget)
        self.ageLayout.setObjectName(u"ageLayout")
        self.ageLayout.setContentsMargins(0, 0, 0, 0)
        self.dobRadioButton = QRadioButton(self.ageWidget)
        self.dobRadioButton.setObjectName(u"dobRadioButton")

        self.ageLayout.addWidget(self.dobRadioButton, 0, 0, 1, 1)

        self.dobDateEdit = QDateEdit(self.ageWidget)
        self.dobDateEdit.setObjectName(u"dobDateEdit")
        self.dobDateEdit.setCalendarPopup(True)

        self.ageLayout.addWidget(self.dobDateEdit, 0, 1, 1, 1)

        self.claimedAgeRadioButton = QRadioButton(self.ageWidget)
        self.claimedAgeRadioButton.setObjectName(u"claimedAgeRadioButton")

        self.ageLayout.addWidget(self.claimedAgeRadioButton, 1, 0, 1, 1)

        self.claimedAgeSpinBox = QSpinBox(self.ageWidget)
        self.claimedAgeSpinBox.setObjectName(u"claimedAgeSpinBox")
        self.claimedAgeSpinBox.setMinimum(0)
        self.claimedAgeSpinBox.setMaximum(120)
        self.claimedAgeSpinBox.setValue(18)

        self.ageLayout.addWidget(self.claimedAgeSpinBox, 1, 1, 1, 1)

        self.ageUnknownRadioButton = QRadioButton(self.ageWidget)
        self.ageUnknownRadioButton.setObjectName(u"ageUnknownRadioButton")
        self.ageUnknownRadioButton.setChecked(True)

        self.ageLayout.addWidget(self.ageUnknownRadioButton, 2, 0, 1, 1)


        self.victimFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ageWidget)

        self.ageDisputedCheckBox = QCheckBox(self.victimTab)
        self.ageDisputedCheckBox.setObjectName(u"ageDisputedCheckBox")

        self.victimFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ageDisputedCheckBox)

        self.childStatusLabel = QLabel(self.victimTab)
        self.childStatusLabel.setObjectName(u"childStatusLabel")
        self.childStatusLabel.setWordWrap(True)

        self.victimFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.childStatusLabel)

        self.nationalityLabel = QLabel(self.victimTab)
        self.nationalityLabel.setObjectName(u"nationalityLabel")

        self.victimFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nationalityLabel)

        self.nationalityLineEdit = QLineEdit(self.victimTab)
        self.nationalityLineEdit.setObjectName(u"nationalityLineEdit")
        self.nationalityLineEdit.setMaxLength(2)

        self.victimFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nationalityLineEdit)

        self.languagesLabel = QLabel(self.victimTab)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.victimFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesLineEdit = QLineEdit(self.victimTab)
        self.languagesLineEdit.setObjectName(u"languagesLineEdit")

        self.victimFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languagesLineEdit)

        self.interpreterRequiredCheckBox = QCheckBox(self.victimTab)
        self.interpreterRequiredCheckBox.setObjectName(u"interpreterRequiredCheckBox")

        self.victimFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.interpreterRequiredCheckBox)

        self.caseTabWidget.addTab(self.victimTab, "")
        self.safetyTab = QWidget()
        self.safetyTab.setObjectName(u"safetyTab")
        self.safetyFormLayout = QFormLayout(self.safetyTab)
        self.safetyFormLayout.setObjectName(u"safetyFormLayout")
        self.safeContactMethodLabel = QLabel(self.safetyTab)
        self.safeContactMethodLabel.setObjectName(u"safeContactMethodLabel")

        self.safetyFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.safeContactMethodLabel)

        self.safeContactMethodComboBox = QComboBox(self.safetyTab)
        self.safeContactMethodComboBox.setObjectName(u"safeContactMethodComboBox")

        self.safetyFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.safeContactMethodComboBox)

        self.safeContactPhoneLabel = QLabel(self.safetyTab)
        self.safeContactPhoneLabel.setObjectName(u"safeContactPhoneLabel")

        self.safetyFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.safeContactPhoneLabel)

        self.safeContactPhoneLineEdit = QLineEdit(self.safetyTab)
        self.safeContactPhoneLineEdit.setObjectName(u"safeContactPhoneLineEdit")

        self.safetyFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.safeContactPhoneLineEdit)

        self.safeContactNotesLabel = QLabel(self.safetyTab)
        self.safeContactNotesLabel.setObjectName(u"safeContactNotesLabel")

        self.safetyFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.safeContactNotesLabel)

        self.safeContactNotesPlainTextEdit = QPlainTextEdit(self.safetyTab)
        self.safeContactNotesPlainTextEdit.setObjectName(u"safeContactNotesPlainTextEdit")
        self.safeContactNotesPlainTextEdit.setTabChangesFocus(True)
        self.safeContactNotesPlainTextEdit.setMaximumSize(QSize(16777215, 70))

        self.safetyFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.safeContactNotesPlainTextEdit)

        self.placementAddressLabel = QLabel(self.safetyTab)
        self.placementAddressLabel.setObjectName(u"placementAddressLabel")

        self.safetyFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placementAddressLabel)

        self.placementAddressPlainTextEdit = QPlainTextEdit(self.safetyTab)
        self.placementAddressPlainTextEdit.setObjectName(u"placementAddressPlainTextEdit")
        self.placementAddressPlainTextEdit.setTabChangesFocus(True)
        self.placementAddressPlainTextEdit.setMaximumSize(QSize(16777215, 70))

        self.safetyFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placementAddressPlainTextEdit)

        self.placementSensitiveLabel = QLabel(self.safetyTab)
        self.placementSensitiveLabel.setObjectName(u"placementSensitiveLabel")
        self.placementSensitiveLabel.setWordWrap(True)

        self.safetyFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placementSensitiveLabel)

        self.updateEveryLabel = QLabel(self.safetyTab)
        self.updateEveryLabel.setObjectName(u"updateEveryLabel")

        self.safetyFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.updateEveryLabel)

        self.updateEveryDaysSpinBox = QSpinBox(self.safetyTab)
        self.updateEveryDaysSpinBox.setObjectName(u"updateEveryDaysSpinBox")
        self.updateEveryDaysSpinBox.setMinimum(0)
        self.updateEveryDaysSpinBox.setMaximum(365)
        self.updateEveryDaysSpinBox.setValue(0)

        self.safetyFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.updateEveryDaysSpinBox)

        self.updateMethodLabel = QLabel(self.safetyTab)
        self.updateMethodLabel.setObjectName(u"updateMethodLabel")

        self.safetyFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.updateMethodLabel)

        self.updateMethodComboBox = QComboBox(self.safetyTab)
        self.updateMethodComboBox.setObjectName(u"updateMethodComboBox")

        self.safetyFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.updateMethodComboBox)

        self.optedOutCheckBox = QCheckBox(self.safetyTab)
        self.optedOutCheckBox.setObjectName(u"optedOutCheckBox")

        self.safetyFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.optedOutCheckBox)

        self.optedOutOnLabel = QLabel(self.safetyTab)
        self.optedOutOnLabel.setObjectName(u"optedOutOnLabel")

        self.safetyFormLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.optedOutOnLabel)

        self.optedOutDateEdit = QDateEdit(self.safetyTab)
        self.optedOutDateEdit.setObjectName(u"optedOutDateEdit")
        self.optedOutDateEdit.setCalendarPopup(True)

        self.safetyFormLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.optedOutDateEdit)

        self.optOutReasonLabel = QLabel(self.safetyTab)
        self.optOutReasonLabel.setObjectName(u"optOutReasonLabel")

        self.safetyFormLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.optOutReasonLabel)

        self.optOutReasonPlainTextEdit = QPlainTextEdit(self.safetyTab)
        self.optOutReasonPlainTextEdit.setObjectName(u"optOutReasonPlainTextEdit")
        self.optOutReasonPlainTextEdit.setTabChangesFocus(True)
        self.optOutReasonPlainTextEdit.setMaximumSize(QSize(16777215, 70))

        self.safetyFormLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.optOutReasonPlainTextEdit)

        self.caseTabWidget.addTab(self.safetyTab, "")
        self.rightsTab = QWidget()
        self.rightsTab.setObjectName(u"rightsTab")
        self.rightsFormLayout = QFormLayout(self.rightsTab)
        self.rightsFormLayout.setObjectName(u"rightsFormLayout")
        self.enhancedEligibleCheckBox = QCheckBox(self.rightsTab)
        self.enhancedEligibleCheckBox.setObjectName(u"enhancedEligibleCheckBox")

        self.rightsFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.enhancedEligibleCheckBox)

        self.childRightsLabel = QLabel(self.rightsTab)
        self.childRightsLabel.setObjectName(u"childRightsLabel")
        self.childRightsLabel.setWordWrap(True)

        self.rightsFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.childRightsLabel)

        self.categoriesLabel = QLabel(self.rightsTab)
        self.categoriesLabel.setObjectName(u"categoriesLabel")

        self.rightsFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoriesLabel)

        self.categoriesWidget = QWidget(self.rightsTab)
        self.categoriesWidget.setObjectName(u"categoriesWidget")
        self.categoriesLayout = QVBoxLayout(self.categoriesWidget)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesLayout.setContentsMargins(0, 0, 0, 0)
        self.mostSeriousCrimeCheckBox = QCheckBox(self.categoriesWidget)
        self.mostSeriousCrimeCheckBox.setObjectName(u"mostSeriousCrimeCheckBox")

        self.categoriesLayout.addWidget(self.mostSeriousCrimeCheckBox)

        self.persistentlyTargetedCheckBox = QCheckBox(self.categoriesWidget)
        self.persistentlyTargetedCheckBox.setObjectName(u"persistentlyTargetedCheckBox")

        self.categoriesLayout.addWidget(self.persistentlyTargetedCheckBox)

        self.vulnerableCheckBox = QCheckBox(self.categoriesWidget)
        self.vulnerableCheckBox.setObjectName(u"vulnerableCheckBox")

        self.categoriesLayout.addWidget(self.vulnerableCheckBox)

        self.under18CheckBox = QCheckBox(self.categoriesWidget)
        self.under18CheckBox.setObjectName(u"under18CheckBox")

        self.categoriesLayout.addWidget(self.under18CheckBox)


        self.rightsFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoriesWidget)

        self.notEligibleReasonLabel = QLabel(self.rightsTab)
        self.notEligibleReasonLabel.setObjectName(u"notEligibleReasonLabel")

        self.rightsFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notEligibleReasonLabel)

        self.notEligibleReasonPlainTextEdit = QPlainTextEdit(self.rightsTab)
        self.notEligibleReasonPlainTextEdit.setObjectName(u"notEligibleReasonPlainTextEdit")
        self.notEligibleReasonPlainTextEdit.setTabChangesFocus(True)
        self.notEligibleReasonPlainTextEdit.setMaximumSize(QSize(16777215, 70))

        self.rightsFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notEligibleReasonPlainTextEdit)

        self.assessedLabel = QLabel(self.rightsTab)
        self.assessedLabel.setObjectName(u"assessedLabel")

        self.rightsFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.assessedLabel)

        self.assessedWidget = QWidget(self.rightsTab)
        self.assessedWidget.setObjectName(u"assessedWidget")
        self.assessedLayout = QHBoxLayout(self.assessedWidget)
        self.assessedLayout.setObjectName(u"assessedLayout")
        self.assessedLayout.setContentsMargins(0, 0, 0, 0)
        self.assessedCheckBox = QCheckBox(self.assessedWidget)
        self.assessedCheckBox.setObjectName(u"assessedCheckBox")

        self.assessedLayout.addWidget(self.assessedCheckBox)

        self.assessedOnDateEdit = QDateEdit(self.assessedWidget)
        self.assessedOnDateEdit.setObjectName(u"assessedOnDateEdit")
        self.assessedOnDateEdit.setCalendarPopup(True)

        self.assessedLayout.addWidget(self.assessedOnDateEdit)

        self.assessedSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assessedLayout.addItem(self.assessedSpacer)


        self.rightsFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.assessedWidget)

        self.caseTabWidget.addTab(self.rightsTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsHintLabel = QLabel(self.contactsTab)
        self.contactsHintLabel.setObjectName(u"contactsHintLabel")
        self.contactsHintLabel.setWordWrap(True)

        self.contactsLayout.addWidget(self.contactsHintLabel)

        self.contactsTableWidget = QTableWidget(self.contactsTab)
        self.contactsTableWidget.setObjectName(u"contactsTableWidget")
        self.contactsTableWidget.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contactsTableWidget.setSelectionMode(QAbstractItemView.SingleSelection)
        self.contactsTableWidget.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.contactsTableWidget.setAlternatingRowColors(True)

        self.contactsLayout.addWidget(self.contactsTableWidget)

        self.contactButtonsLayout = QHBoxLayout()
        self.contactButtonsLayout.setObjectName(u"contactButtonsLayout")
        self.endContactButton = QPushButton(self.contactsTab)
        self.endContactButton.setObjectName(u"endContactButton")
        self.endContactButton.setAutoDefault(False)

        self.contactButtonsLayout.addWidget(self.endContactButton)

        self.removeContactButton = QPushButton(self.contactsTab)
        self.removeContactButton.setObjectName(u"removeContactButton")
        self.removeContactButton.setAutoDefault(False)

        self.contactButtonsLayout.addWidget(self.removeContactButton)

        self.contactButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtonsLayout.addItem(self.contactButtonsSpacer)


        self.contactsLayout.addLayout(self.contactButtonsLayout)

        self.newContactGroupBox = QGroupBox(self.contactsTab)
        self.newContactGroupBox.setObjectName(u"newContactGroupBox")
        self.newContactFormLayout = QFormLayout(self.newContactGroupBox)
        self.newContactFormLayout.setObjectName(u"newContactFormLayout")
        self.contactRoleLabel = QLabel(self.newContactGroupBox)
        self.contactRoleLabel.setObjectName(u"contactRoleLabel")

        self.newContactFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactRoleLabel)

        self.contactRoleComboBox = QComboBox(self.newContactGroupBox)
        self.contactRoleComboBox.setObjectName(u"contactRoleComboBox")

        self.newContactFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactRoleComboBox)

        self.contactNameLabel = QLabel(self.newContactGroupBox)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.newContactFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameLineEdit = QLineEdit(self.newContactGroupBox)
        self.contactNameLineEdit.setObjectName(u"contactNameLineEdit")

        self.newContactFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactNameLineEdit)

        self.contactOrganisationLabel = QLabel(self.newContactGroupBox)
        self.contactOrganisationLabel.setObjectName(u"contactOrganisationLabel")

        self.newContactFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactOrganisationLabel)

        self.contactOrganisationLineEdit = QLineEdit(self.newContactGroupBox)
        self.contactOrganisationLineEdit.setObjectName(u"contactOrganisationLineEdit")

        self.newContactFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactOrganisationLineEdit)

        self.contactPhoneLabel = QLabel(self.newContactGroupBox)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.newContactFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneLineEdit = QLineEdit(self.newContactGroupBox)
        self.contactPhoneLineEdit.setObjectName(u"contactPhoneLineEdit")

        self.newContactFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactPhoneLineEdit)

        self.contactEmailLabel = QLabel(self.newContactGroupBox)
        self.contactEmailLabel.setObjectName(u"contactEmailLabel")

        self.newContactFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactEmailLabel)

        self.contactEmailLineEdit = QLineEdit(self.newContactGroupBox)
        self.contactEmailLineEdit.setObjectName(u"contactEmailLineEdit")

        self.newContactFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactEmailLineEdit)

        self.contactFromLabel = QLabel(self.newContactGroupBox)
        self.contactFromLabel.setObjectName(u"contactFromLabel")

        self.newContactFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactFromLabel)

        self.contactFromDateEdit = QDateEdit(self.newContactGroupBox)
        self.contactFromDateEdit.setObjectName(u"contactFromDateEdit")
        self.contactFromDateEdit.setCalendarPopup(True)

        self.newContactFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactFromDateEdit)

        self.contactProblemLabel = QLabel(self.newContactGroupBox)
        self.contactProblemLabel.setObjectName(u"contactProblemLabel")
        self.contactProblemLabel.setWordWrap(True)

        self.newContactFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactProblemLabel)

        self.addContactWidget = QWidget(self.newContactGroupBox)
        self.addContactWidget.setObjectName(u"addContactWidget")
        self.addContactLayout = QHBoxLayout(self.addContactWidget)
        self.addContactLayout.setObjectName(u"addContactLayout")
        self.addContactLayout.setContentsMargins(0, 0, 0, 0)
        self.addContactButton = QPushButton(self.addContactWidget)
        self.addContactButton.setObjectName(u"addContactButton")
        self.addContactButton.setAutoDefault(False)

        self.addContactLayout.addWidget(self.addContactButton)

        self.addContactSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addContactLayout.addItem(self.addContactSpacer)


        self.newContactFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addContactWidget)


        self.contactsLayout.addWidget(self.newContactGroupBox)

        self.caseTabWidget.addTab(self.contactsTab, "")

        self.mainLayout.addWidget(self.caseTabWidget)

        self.reasonFormLayout = QFormLayout()
        self.reasonFormLayout.setObjectName(u"reasonFormLayout")
        self.reasonLabel = QLabel(CaseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonLineEdit = QLineEdit(CaseDialog)
        self.reasonLineEdit.setObjectName(u"reasonLineEdit")

        self.reasonFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonLineEdit)


        self.mainLayout.addLayout(self.reasonFormLayout)

        self.problemsLabel = QLabel(CaseDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(CaseDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(CaseDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(True)

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.referenceLabel.setBuddy(self.referenceLineEdit)
        self.crimeReferenceLabel.setBuddy(self.crimeReferenceLineEdit)
        self.openedOnLabel.setBuddy(self.openedOnDateEdit)
        self.crimeReportedLabel.setBuddy(self.crimeReportedCheckBox)
        self.victimNameLabel.setBuddy(self.victimNameLineEdit)
        self.pseudonymLabel.setBuddy(self.pseudonymLineEdit)
        self.nationalityLabel.setBuddy(self.nationalityLineEdit)
        self.languagesLabel.setBuddy(self.languagesLineEdit)
        self.safeContactMethodLabel.setBuddy(self.safeContactMethodComboBox)
        self.safeContactPhoneLabel.setBuddy(self.safeContactPhoneLineEdit)
        self.safeContactNotesLabel.setBuddy(self.safeContactNotesPlainTextEdit)
        self.placementAddressLabel.setBuddy(self.placementAddressPlainTextEdit)
        self.updateEveryLabel.setBuddy(self.updateEveryDaysSpinBox)
        self.updateMethodLabel.setBuddy(self.updateMethodComboBox)
        self.optedOutOnLabel.setBuddy(self.optedOutDateEdit)
        self.optOutReasonLabel.setBuddy(self.optOutReasonPlainTextEdit)
        self.notEligibleReasonLabel.setBuddy(self.notEligibleReasonPlainTextEdit)
        self.assessedLabel.setBuddy(self.assessedCheckBox)
        self.contactRoleLabel.setBuddy(self.contactRoleComboBox)
        self.contactNameLabel.setBuddy(self.contactNameLineEdit)
        self.contactOrganisationLabel.setBuddy(self.contactOrganisationLineEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneLineEdit)
        self.contactEmailLabel.setBuddy(self.contactEmailLineEdit)
        self.contactFromLabel.setBuddy(self.contactFromDateEdit)
        self.reasonLabel.setBuddy(self.reasonLineEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseDialog)

        self.caseTabWidget.setCurrentIndex(0)
        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"New case", None))
        self.headingLabel.setText(QCoreApplication.translate("CaseDialog", u"New case", None))
        self.headingLabel.setProperty(u"role", QCoreApplication.translate("CaseDialog", u"heading", None))
        self.introLabel.setText("")
        self.introLabel.setProperty(u"role", QCoreApplication.translate("CaseDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.caseTabWidget.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Case record sections", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLabel.setText(QCoreApplication.translate("CaseDialog", u"Case &reference", None))
#if QT_CONFIG(accessibility)
        self.referenceLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Case reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"For example KESTREL-0042", None))
        self.crimeReferenceLabel.setText(QCoreApplication.translate("CaseDialog", u"Cri&me reference", None))
#if QT_CONFIG(accessibility)
        self.crimeReferenceLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Crime reference", None))
#endif // QT_CONFIG(accessibility)
        self.crimeReferenceLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Optional", None))
        self.openedOnLabel.setText(QCoreApplication.translate("CaseDialog", u"Case opened o&n", None))
        self.openedOnDateEdit.setDisplayFormat(QCoreApplication.translate("CaseDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.openedOnDateEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Case opened on", None))
#endif // QT_CONFIG(accessibility)
        self.crimeReportedLabel.setText(QCoreApplication.translate("CaseDialog", u"Crime re&ported", None))
        self.crimeReportedCheckBox.setText(QCoreApplication.translate("CaseDialog", u"Reported on", None))
#if QT_CONFIG(accessibility)
        self.crimeReportedCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Crime has been reported", None))
#endif // QT_CONFIG(accessibility)
        self.crimeReportedDateTimeEdit.setDisplayFormat(QCoreApplication.translate("CaseDialog", u"dd/MM/yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.crimeReportedDateTimeEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Crime reported at", None))
#endif // QT_CONFIG(accessibility)
        self.crimeReportedHintLabel.setText(QCoreApplication.translate("CaseDialog", u"The time the crime was reported starts the two working days for a referral to support services (Victims' Code Right 4).", None))
        self.crimeReportedHintLabel.setProperty(u"role", QCoreApplication.translate("CaseDialog", u"hint", None))
        self.exploitationLabel.setText(QCoreApplication.translate("CaseDialog", u"Exploitation", None))
        self.sexualCheckBox.setText(QCoreApplication.translate("CaseDialog", u"Sexual", None))
#if QT_CONFIG(accessibility)
        self.sexualCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Sexual exploitation", None))
#endif // QT_CONFIG(accessibility)
        self.labourCheckBox.setText(QCoreApplication.translate("CaseDialog", u"Labour", None))
#if QT_CONFIG(accessibility)
        self.labourCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Labour exploitation", None))
#endif // QT_CONFIG(accessibility)
        self.criminalCheckBox.setText(QCoreApplication.translate("CaseDialog", u"Criminal", None))
#if QT_CONFIG(accessibility)
        self.criminalCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Criminal exploitation", None))
#endif // QT_CONFIG(accessibility)
        self.domesticServitudeCheckBox.setText(QCoreApplication.translate("CaseDialog", u"Domestic servitude", None))
#if QT_CONFIG(accessibility)
        self.domesticServitudeCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Domestic servitude", None))
#endif // QT_CONFIG(accessibility)
        self.organHarvestingCheckBox.setText(QCoreApplication.translate("CaseDialog", u"Organ harvesting", None))
#if QT_CONFIG(accessibility)
        self.organHarvestingCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Organ harvesting", None))
#endif // QT_CONFIG(accessibility)
        self.otherExploitationCheckBox.setText(QCoreApplication.translate("CaseDialog", u"Other", None))
#if QT_CONFIG(accessibility)
        self.otherExploitationCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Other exploitation", None))
#endif // QT_CONFIG(accessibility)
        self.caseTabWidget.setTabText(self.caseTabWidget.indexOf(self.caseTab), QCoreApplication.translate("CaseDialog", u"&Case", None))
        self.victimNameLabel.setText(QCoreApplication.translate("CaseDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.victimNameLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Victim's name in their own script", None))
#endif // QT_CONFIG(accessibility)
        self.victimNameLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"In the victim's own script", None))
        self.pseudonymLabel.setText(QCoreApplication.translate("CaseDialog", u"Ps&eudonym", None))
#if QT_CONFIG(accessibility)
        self.pseudonymLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Pseudonym", None))
#endif // QT_CONFIG(accessibility)
        self.pseudonymLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Used on screens others may see and in reports", None))
        self.ageLabel.setText(QCoreApplication.translate("CaseDialog", u"Age", None))
        self.dobRadioButton.setText(QCoreApplication.translate("CaseDialog", u"Date of &birth", None))
#if QT_CONFIG(accessibility)
        self.dobRadioButton.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Age from date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.dobDateEdit.setDisplayFormat(QCoreApplication.translate("CaseDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dobDateEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.claimedAgeRadioButton.setText(QCoreApplication.translate("CaseDialog", u"Claimed a&ge", None))
#if QT_CONFIG(accessibility)
        self.claimedAgeRadioButton.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Age as claimed", None))
#endif // QT_CONFIG(accessibility)
        self.claimedAgeSpinBox.setSuffix(QCoreApplication.translate("CaseDialog", u" years", None))
#if QT_CONFIG(accessibility)
        self.claimedAgeSpinBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Claimed age", None))
#endif // QT_CONFIG(accessibility)
        self.ageUnknownRadioButton.setText(QCoreApplication.translate("CaseDialog", u"Not &known", None))
#if QT_CONFIG(accessibility)
        self.ageUnknownRadioButton.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Age not known", None))
#endif // QT_CONFIG(accessibility)
        self.ageDisputedCheckBox.setText(QCoreApplication.translate("CaseDialog", u"Age &disputed: treat as a child until assessed", None))
#if QT_CONFIG(accessibility)
        self.ageDisputedCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Age disputed", None))
#endif // QT_CONFIG(accessibility)
        self.childStatusLabel.setText("")
        self.childStatusLabel.setProperty(u"role", QCoreApplication.translate("CaseDialog", u"sensitive", None))
        self.nationalityLabel.setText(QCoreApplication.translate("CaseDialog", u"Na&tionality", None))
#if QT_CONFIG(accessibility)
        self.nationalityLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Nationality", None))
#endif // QT_CONFIG(accessibility)
        self.nationalityLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Two-letter country code, e.g. VN", None))
        self.languagesLabel.setText(QCoreApplication.translate("CaseDialog", u"&Languages", None))
#if QT_CONFIG(accessibility)
        self.languagesLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Languages", None))
#endif // QT_CONFIG(accessibility)
        self.languagesLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Language codes, e.g. vi, en", None))
        self.interpreterRequiredCheckBox.setText(QCoreApplication.translate("CaseDialog", u"Interpreter re&quired", None))
#if QT_CONFIG(accessibility)
        self.interpreterRequiredCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Interpreter re&quired", None))
#endif // QT_CONFIG(accessibility)
        self.caseTabWidget.setTabText(self.caseTabWidget.indexOf(self.victimTab), QCoreApplication.translate("CaseDialog", u"&Victim", None))
        self.safeContactMethodLabel.setText(QCoreApplication.translate("CaseDialog", u"Safe contact &method", None))
#if QT_CONFIG(accessibility)
        self.safeContactMethodComboBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Safe contact method", None))
#endif // QT_CONFIG(accessibility)
        self.safeContactPhoneLabel.setText(QCoreApplication.translate("CaseDialog", u"Safe contact n&umber", None))
#if QT_CONFIG(accessibility)
        self.safeContactPhoneLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Safe contact number", None))
#endif // QT_CONFIG(accessibility)
        self.safeContactPhoneLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"For example 07700 900123", None))
        self.safeContactNotesLabel.setText(QCoreApplication.translate("CaseDialog", u"Safe contact no&tes", None))
#if QT_CONFIG(accessibility)
        self.safeContactNotesPlainTextEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Safe contact notes", None))
#endif // QT_CONFIG(accessibility)
        self.safeContactNotesPlainTextEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"When and how it is safe to call", None))
        self.placementAddressLabel.setText(QCoreApplication.translate("CaseDialog", u"&Placement address", None))
#if QT_CONFIG(accessibility)
        self.placementAddressPlainTextEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Placement address (sensitive)", None))
#endif // QT_CONFIG(accessibility)
        self.placementSensitiveLabel.setText(QCoreApplication.translate("CaseDialog", u"Sensitive: the placement address is withheld from disclosure reports.", None))
        self.placementSensitiveLabel.setProperty(u"role", QCoreApplication.translate("CaseDialog", u"sensitive", None))
        self.updateEveryLabel.setText(QCoreApplication.translate("CaseDialog", u"Updates &every", None))
        self.updateEveryDaysSpinBox.setSuffix(QCoreApplication.translate("CaseDialog", u" days", None))
        self.updateEveryDaysSpinBox.setSpecialValueText(QCoreApplication.translate("CaseDialog", u"No regular updates agreed", None))
#if QT_CONFIG(accessibility)
        self.updateEveryDaysSpinBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Agreed update frequency in days", None))
#endif // QT_CONFIG(accessibility)
        self.updateMethodLabel.setText(QCoreApplication.translate("CaseDialog", u"Update met&hod", None))
#if QT_CONFIG(accessibility)
        self.updateMethodComboBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Update method", None))
#endif // QT_CONFIG(accessibility)
        self.optedOutCheckBox.setText(QCoreApplication.translate("CaseDialog", u"Victim has opted out of up&dates", None))
#if QT_CONFIG(accessibility)
        self.optedOutCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Victim has opted out of updates", None))
#endif // QT_CONFIG(accessibility)
        self.optedOutOnLabel.setText(QCoreApplication.translate("CaseDialog", u"Opted out o&n", None))
        self.optedOutDateEdit.setDisplayFormat(QCoreApplication.translate("CaseDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.optedOutDateEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Opted out on", None))
#endif // QT_CONFIG(accessibility)
        self.optOutReasonLabel.setText(QCoreApplication.translate("CaseDialog", u"Opt-out reason", None))
#if QT_CONFIG(accessibility)
        self.optOutReasonPlainTextEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Opt-out reason", None))
#endif // QT_CONFIG(accessibility)
        self.caseTabWidget.setTabText(self.caseTabWidget.indexOf(self.safetyTab), QCoreApplication.translate("CaseDialog", u"Safet&y and updates", None))
        self.enhancedEligibleCheckBox.setText(QCoreApplication.translate("CaseDialog", u"&Entitled to enhanced rights under the Victims' Code", None))
#if QT_CONFIG(accessibility)
        self.enhancedEligibleCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Entitled to enhanced rights", None))
#endif // QT_CONFIG(accessibility)
        self.childRightsLabel.setText("")
        self.childRightsLabel.setProperty(u"role", QCoreApplication.translate("CaseDialog", u"sensitive", None))
        self.categoriesLabel.setText(QCoreApplication.translate("CaseDialog", u"Because the victim is", None))
        self.mostSeriousCrimeCheckBox.setText(QCoreApplication.translate("CaseDialog", u"a victim of the most serious crime (includes human trafficking)", None))
#if QT_CONFIG(accessibility)
        self.mostSeriousCrimeCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Victim of the most serious crime", None))
#endif // QT_CONFIG(accessibility)
        self.persistentlyTargetedCheckBox.setText(QCoreApplication.translate("CaseDialog", u"persistently targeted", None))
#if QT_CONFIG(accessibility)
        self.persistentlyTargetedCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Persistently targeted", None))
#endif // QT_CONFIG(accessibility)
        self.vulnerableCheckBox.setText(QCoreApplication.translate("CaseDialog", u"vulnerable or intimidated", None))
#if QT_CONFIG(accessibility)
        self.vulnerableCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Vulnerable or intimidated", None))
#endif // QT_CONFIG(accessibility)
        self.under18CheckBox.setText(QCoreApplication.translate("CaseDialog", u"under 18", None))
#if QT_CONFIG(accessibility)
        self.under18CheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Under 18", None))
#endif // QT_CONFIG(accessibility)
        self.notEligibleReasonLabel.setText(QCoreApplication.translate("CaseDialog", u"Reaso&n rights are off", None))
#if QT_CONFIG(accessibility)
        self.notEligibleReasonPlainTextEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Reason enhanced rights do not apply", None))
#endif // QT_CONFIG(accessibility)
        self.notEligibleReasonPlainTextEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Needed only when enhanced rights are switched off", None))
        self.assessedLabel.setText(QCoreApplication.translate("CaseDialog", u"Assessed", None))
        self.assessedCheckBox.setText(QCoreApplication.translate("CaseDialog", u"On", None))
#if QT_CONFIG(accessibility)
        self.assessedCheckBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Rights assessed on a known date", None))
#endif // QT_CONFIG(accessibility)
        self.assessedOnDateEdit.setDisplayFormat(QCoreApplication.translate("CaseDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.assessedOnDateEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Date rights were assessed", None))
#endif // QT_CONFIG(accessibility)
        self.caseTabWidget.setTabText(self.caseTabWidget.indexOf(self.rightsTab), QCoreApplication.translate("CaseDialog", u"R&ights", None))
        self.contactsHintLabel.setText(QCoreApplication.translate("CaseDialog", u"The people working with the victim. A contact who stops in a role is ended, not deleted, so the history shows who held it when.", None))
        self.contactsHintLabel.setProperty(u"role", QCoreApplication.translate("CaseDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.contactsTableWidget.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
        self.endContactButton.setText(QCoreApplication.translate("CaseDialog", u"E&nd selected contact today", None))
#if QT_CONFIG(accessibility)
        self.endContactButton.setAccessibleName(QCoreApplication.translate("CaseDialog", u"End the selected contact today", None))
#endif // QT_CONFIG(accessibility)
        self.removeContactButton.setText(QCoreApplication.translate("CaseDialog", u"Remove (added by mista&ke)", None))
#if QT_CONFIG(accessibility)
        self.removeContactButton.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Remove the selected contact added by mistake", None))
#endif // QT_CONFIG(accessibility)
        self.newContactGroupBox.setTitle(QCoreApplication.translate("CaseDialog", u"Add a contact", None))
        self.contactRoleLabel.setText(QCoreApplication.translate("CaseDialog", u"Ro&le", None))
#if QT_CONFIG(accessibility)
        self.contactRoleComboBox.setAccessibleName(QCoreApplication.translate("CaseDialog", u"New contact's role", None))
#endif // QT_CONFIG(accessibility)
        self.contactNameLabel.setText(QCoreApplication.translate("CaseDialog", u"N&ame", None))
#if QT_CONFIG(accessibility)
        self.contactNameLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"New contact's name", None))
#endif // QT_CONFIG(accessibility)
        self.contactOrganisationLabel.setText(QCoreApplication.translate("CaseDialog", u"Or&ganisation", None))
#if QT_CONFIG(accessibility)
        self.contactOrganisationLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"New contact's organisation", None))
#endif // QT_CONFIG(accessibility)
        self.contactOrganisationLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Optional", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("CaseDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.contactPhoneLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"New contact's phone", None))
#endif // QT_CONFIG(accessibility)
        self.contactPhoneLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Optional", None))
        self.contactEmailLabel.setText(QCoreApplication.translate("CaseDialog", u"E&mail", None))
#if QT_CONFIG(accessibility)
        self.contactEmailLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"New contact's email", None))
#endif // QT_CONFIG(accessibility)
        self.contactEmailLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Optional", None))
        self.contactFromLabel.setText(QCoreApplication.translate("CaseDialog", u"F&rom", None))
        self.contactFromDateEdit.setDisplayFormat(QCoreApplication.translate("CaseDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.contactFromDateEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"New contact's start date", None))
#endif // QT_CONFIG(accessibility)
        self.contactProblemLabel.setText("")
        self.contactProblemLabel.setProperty(u"role", QCoreApplication.translate("CaseDialog", u"error", None))
        self.addContactButton.setText(QCoreApplication.translate("CaseDialog", u"A&dd contact", None))
#if QT_CONFIG(accessibility)
        self.addContactButton.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Add the contact", None))
#endif // QT_CONFIG(accessibility)
        self.caseTabWidget.setTabText(self.caseTabWidget.indexOf(self.contactsTab), QCoreApplication.translate("CaseDialog", u"C&ontacts", None))
        self.reasonLabel.setText(QCoreApplication.translate("CaseDialog", u"Reason &for the change", None))
#if QT_CONFIG(accessibility)
        self.reasonLineEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Reason for the change", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLineEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"Kept with the previous version of the record", None))
        self.problemsLabel.setText("")
        self.problemsLabel.setProperty(u"role", QCoreApplication.translate("CaseDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.problemsLabel.setAccessibleName(QCoreApplication.translate("CaseDialog", u"What still needs attention", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("CaseDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("CaseDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Save", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setProperty(u"role", QCoreApplication.translate("CaseDialog", u"primary", None))
    # retranslateUi

