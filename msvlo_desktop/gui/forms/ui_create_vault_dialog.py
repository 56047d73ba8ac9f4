# Generated from ui/create_vault_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_vault_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_CreateVaultDialog(object):
    def setupUi(self, CreateVaultDialog):
        if not CreateVaultDialog.objectName():
            CreateVaultDialog.setObjectName(u"CreateVaultDialog")
        CreateVaultDialog.resize(580, 660)
        CreateVaultDialog.setModal(True)
        self.mainLayout = QVBoxLayout(CreateVaultDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(CreateVaultDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(CreateVaultDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.ownerGroupBox = QGroupBox(CreateVaultDialog)
        self.ownerGroupBox.setObjectName(u"ownerGroupBox")
        self.ownerFormLayout = QFormLayout(self.ownerGroupBox)
        self.ownerFormLayout.setObjectName(u"ownerFormLayout")
        self.officerNameLabel = QLabel(self.ownerGroupBox)
        self.officerNameLabel.setObjectName(u"officerNameLabel")

        self.ownerFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerNameLabel)

        self.officerNameLineEdit = QLineEdit(self.ownerGroupBox)
        self.officerNameLineEdit.setObjectName(u"officerNameLineEdit")

        self.ownerFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officerNameLineEdit)

        self.collarNumberLabel = QLabel(self.ownerGroupBox)
        self.collarNumberLabel.setObjectName(u"collarNumberLabel")

        self.ownerFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.collarNumberLabel)

        self.collarNumberLineEdit = QLineEdit(self.ownerGroupBox)
        self.collarNumberLineEdit.setObjectName(u"collarNumberLineEdit")

        self.ownerFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.collarNumberLineEdit)

        self.forceLabel = QLabel(self.ownerGroupBox)
        self.forceLabel.setObjectName(u"forceLabel")

        self.ownerFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.forceLabel)

        self.forceLineEdit = QLineEdit(self.ownerGroupBox)
        self.forceLineEdit.setObjectName(u"forceLineEdit")

        self.ownerFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.forceLineEdit)


        self.mainLayout.addWidget(self.ownerGroupBox)

        self.fileGroupBox = QGroupBox(CreateVaultDialog)
        self.fileGroupBox.setObjectName(u"fileGroupBox")
        self.fileLayout = QVBoxLayout(self.fileGroupBox)
        self.fileLayout.setObjectName(u"fileLayout")
        self.locationLayout = QHBoxLayout()
        self.locationLayout.setObjectName(u"locationLayout")
        self.locationLineEdit = QLineEdit(self.fileGroupBox)
        self.locationLineEdit.setObjectName(u"locationLineEdit")

        self.locationLayout.addWidget(self.locationLineEdit)

        self.chooseLocationButton = QPushButton(self.fileGroupBox)
        self.chooseLocationButton.setObjectName(u"chooseLocationButton")
        self.chooseLocationButton.setAutoDefault(False)

        self.locationLayout.addWidget(self.chooseLocationButton)


        self.fileLayout.addLayout(self.locationLayout)

        self.locationProblemLabel = QLabel(self.fileGroupBox)
        self.locationProblemLabel.setObjectName(u"locationProblemLabel")
        self.locationProblemLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.locationProblemLabel)

        self.locationHintLabel = QLabel(self.fileGroupBox)
        self.locationHintLabel.setObjectName(u"locationHintLabel")
        self.locationHintLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.locationHintLabel)


        self.mainLayout.addWidget(self.fileGroupBox)

        self.passphraseGroupBox = QGroupBox(CreateVaultDialog)
        self.passphraseGroupBox.setObjectName(u"passphraseGroupBox")
        self.passphraseFormLayout = QFormLayout(self.passphraseGroupBox)
        self.passphraseFormLayout.setObjectName(u"passphraseFormLayout")
        self.passphraseLabel = QLabel(self.passphraseGroupBox)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseFieldWidget = QWidget(self.passphraseGroupBox)
        self.passphraseFieldWidget.setObjectName(u"passphraseFieldWidget")
        self.passphraseFieldLayout = QHBoxLayout(self.passphraseFieldWidget)
        self.passphraseFieldLayout.setObjectName(u"passphraseFieldLayout")
        self.passphraseFieldLayout.setContentsMargins(0, 0, 0, 0)
        self.passphraseLineEdit = QLineEdit(self.passphraseFieldWidget)
        self.passphraseLineEdit.setObjectName(u"passphraseLineEdit")
        self.passphraseLineEdit.setEchoMode(QLineEdit.Password)

        self.passphraseFieldLayout.addWidget(self.passphraseLineEdit)

        self.showPassphraseToolButton = QToolButton(self.passphraseFieldWidget)
        self.showPassphraseToolButton.setObjectName(u"showPassphraseToolButton")
        self.showPassphraseToolButton.setCheckable(True)

        self.passphraseFieldLayout.addWidget(self.showPassphraseToolButton)


        self.passphraseFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseFieldWidget)

        self.repeatPassphraseLabel = QLabel(self.passphraseGroupBox)
        self.repeatPassphraseLabel.setObjectName(u"repeatPassphraseLabel")

        self.passphraseFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatPassphraseLabel)

        self.repeatPassphraseLineEdit = QLineEdit(self.passphraseGroupBox)
        self.repeatPassphraseLineEdit.setObjectName(u"repeatPassphraseLineEdit")
        self.repeatPassphraseLineEdit.setEchoMode(QLineEdit.Password)

        self.passphraseFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatPassphraseLineEdit)

        self.strengthTitleLabel = QLabel(self.passphraseGroupBox)
        self.strengthTitleLabel.setObjectName(u"strengthTitleLabel")

        self.passphraseFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strengthTitleLabel)

        self.strengthProgressBar = QProgressBar(self.passphraseGroupBox)
        self.strengthProgressBar.setObjectName(u"strengthProgressBar")
        self.strengthProgressBar.setMaximum(4)
        self.strengthProgressBar.setValue(0)
        self.strengthProgressBar.setTextVisible(False)

        self.passphraseFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strengthProgressBar)

        self.strengthLabel = QLabel(self.passphraseGroupBox)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.passphraseFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.policyLabel = QLabel(self.passphraseGroupBox)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setWordWrap(True)

        self.passphraseFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.policyLabel)


        self.mainLayout.addWidget(self.passphraseGroupBox)

        self.busyProgressBar = QProgressBar(CreateVaultDialog)
        self.busyProgressBar.setObjectName(u"busyProgressBar")
        self.busyProgressBar.setMaximum(0)
        self.busyProgressBar.setValue(-1)
        self.busyProgressBar.setTextVisible(False)
        self.busyProgressBar.setVisible(False)

        self.mainLayout.addWidget(self.busyProgressBar)

        self.statusLabel = QLabel(CreateVaultDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(CreateVaultDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.createButton = QPushButton(CreateVaultDialog)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setAutoDefault(True)

        self.buttonsLayout.addWidget(self.createButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.officerNameLabel.setBuddy(self.officerNameLineEdit)
        self.collarNumberLabel.setBuddy(self.collarNumberLineEdit)
        self.forceLabel.setBuddy(self.forceLineEdit)
        self.passphraseLabel.setBuddy(self.passphraseLineEdit)
        self.repeatPassphraseLabel.setBuddy(self.repeatPassphraseLineEdit)
        self.strengthTitleLabel.setBuddy(self.strengthProgressBar)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officerNameLineEdit, self.collarNumberLineEdit)
        QWidget.setTabOrder(self.collarNumberLineEdit, self.forceLineEdit)
        QWidget.setTabOrder(self.forceLineEdit, self.locationLineEdit)
        QWidget.setTabOrder(self.locationLineEdit, self.chooseLocationButton)
        QWidget.setTabOrder(self.chooseLocationButton, self.passphraseLineEdit)
        QWidget.setTabOrder(self.passphraseLineEdit, self.showPassphraseToolButton)
        QWidget.setTabOrder(self.showPassphraseToolButton, self.repeatPassphraseLineEdit)
        QWidget.setTabOrder(self.repeatPassphraseLineEdit, self.createButton)
        QWidget.setTabOrder(self.createButton, self.cancelButton)

        self.retranslateUi(CreateVaultDialog)

        self.createButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CreateVaultDialog):
        CreateVaultDialog.setWindowTitle(QCoreApplication.translate("CreateVaultDialog", u"Create a new vault", None))
        self.headingLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"Create a new vault", None))
        self.headingLabel.setProperty(u"role", QCoreApplication.translate("CreateVaultDialog", u"heading", None))
        self.introLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"A vault is one encrypted file that holds your cases and their logs. Only its passphrase opens it: nobody, not even IT support, can recover a forgotten passphrase.", None))
        self.introLabel.setProperty(u"role", QCoreApplication.translate("CreateVaultDialog", u"hint", None))
        self.ownerGroupBox.setTitle(QCoreApplication.translate("CreateVaultDialog", u"Whose vault is this?", None))
        self.officerNameLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"Officer &name", None))
#if QT_CONFIG(accessibility)
        self.officerNameLineEdit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Officer name", None))
#endif // QT_CONFIG(accessibility)
        self.officerNameLineEdit.setPlaceholderText(QCoreApplication.translate("CreateVaultDialog", u"As it should appear in the log", None))
        self.collarNumberLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"&Collar number", None))
#if QT_CONFIG(accessibility)
        self.collarNumberLineEdit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Collar number", None))
#endif // QT_CONFIG(accessibility)
        self.collarNumberLineEdit.setPlaceholderText(QCoreApplication.translate("CreateVaultDialog", u"For example PC 1234", None))
        self.forceLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"&Force", None))
#if QT_CONFIG(accessibility)
        self.forceLineEdit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Force", None))
#endif // QT_CONFIG(accessibility)
        self.forceLineEdit.setPlaceholderText(QCoreApplication.translate("CreateVaultDialog", u"For example Example Constabulary", None))
        self.fileGroupBox.setTitle(QCoreApplication.translate("CreateVaultDialog", u"Where to keep it", None))
#if QT_CONFIG(accessibility)
        self.locationLineEdit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Vault file location", None))
#endif // QT_CONFIG(accessibility)
        self.locationLineEdit.setPlaceholderText(QCoreApplication.translate("CreateVaultDialog", u"Choose where to save the vault file", None))
        self.chooseLocationButton.setText(QCoreApplication.translate("CreateVaultDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseLocationButton.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Choose the vault file location", None))
#endif // QT_CONFIG(accessibility)
        self.locationProblemLabel.setText("")
        self.locationProblemLabel.setProperty(u"role", QCoreApplication.translate("CreateVaultDialog", u"error", None))
        self.locationHintLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"Keep the vault on your force laptop's encrypted drive and back it up regularly (Vault menu, Back up).", None))
        self.locationHintLabel.setProperty(u"role", QCoreApplication.translate("CreateVaultDialog", u"hint", None))
        self.passphraseGroupBox.setTitle(QCoreApplication.translate("CreateVaultDialog", u"Passphrase", None))
        self.passphraseLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseLineEdit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLineEdit.setPlaceholderText(QCoreApplication.translate("CreateVaultDialog", u"At least 12 characters", None))
        self.showPassphraseToolButton.setText(QCoreApplication.translate("CreateVaultDialog", u"Show", None))
#if QT_CONFIG(accessibility)
        self.showPassphraseToolButton.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Show passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeatPassphraseLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"&Repeat it", None))
#if QT_CONFIG(accessibility)
        self.repeatPassphraseLineEdit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Repeat the passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.strengthTitleLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strengthProgressBar.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.strengthLabel.setText("")
        self.strengthLabel.setProperty(u"role", QCoreApplication.translate("CreateVaultDialog", u"hint", None))
        self.policyLabel.setText("")
        self.policyLabel.setProperty(u"role", QCoreApplication.translate("CreateVaultDialog", u"error", None))
#if QT_CONFIG(accessibility)
        self.busyProgressBar.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        self.statusLabel.setProperty(u"role", QCoreApplication.translate("CreateVaultDialog", u"error", None))
        self.cancelButton.setText(QCoreApplication.translate("CreateVaultDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.createButton.setText(QCoreApplication.translate("CreateVaultDialog", u"Create &vault", None))
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Create vault", None))
#endif // QT_CONFIG(accessibility)
        self.createButton.setProperty(u"role", QCoreApplication.translate("CreateVaultDialog", u"primary", None))
    # retranslateUi

