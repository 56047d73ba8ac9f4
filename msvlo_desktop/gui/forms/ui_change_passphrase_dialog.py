# Generated from ui/change_passphrase_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_passphrase_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_ChangePassphraseDialog(object):
    def setupUi(self, ChangePassphraseDialog):
        if not ChangePassphraseDialog.objectName():
            ChangePassphraseDialog.setObjectName(u"ChangePassphraseDialog")
        ChangePassphraseDialog.resize(560, 480)
        ChangePassphraseDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ChangePassphraseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ChangePassphraseDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(ChangePassphraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.passphraseFormLayout = QFormLayout()
        self.passphraseFormLayout.setObjectName(u"passphraseFormLayout")
        self.currentPassphraseLabel = QLabel(ChangePassphraseDialog)
        self.currentPassphraseLabel.setObjectName(u"currentPassphraseLabel")

        self.passphraseFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentPassphraseLabel)

        self.currentPassphraseLineEdit = QLineEdit(ChangePassphraseDialog)
        self.currentPassphraseLineEdit.setObjectName(u"currentPassphraseLineEdit")
        self.currentPassphraseLineEdit.setEchoMode(QLineEdit.Password)

        self.passphraseFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentPassphraseLineEdit)

        self.newPassphraseLabel = QLabel(ChangePassphraseDialog)
        self.newPassphraseLabel.setObjectName(u"newPassphraseLabel")

        self.passphraseFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPassphraseLabel)

        self.newPassphraseFieldWidget = QWidget(ChangePassphraseDialog)
        self.newPassphraseFieldWidget.setObjectName(u"newPassphraseFieldWidget")
        self.newPassphraseFieldLayout = QHBoxLayout(self.newPassphraseFieldWidget)
        self.newPassphraseFieldLayout.setObjectName(u"newPassphraseFieldLayout")
        self.newPassphraseFieldLayout.setContentsMargins(0, 0, 0, 0)
        self.newPassphraseLineEdit = QLineEdit(self.newPassphraseFieldWidget)
        self.newPassphraseLineEdit.setObjectName(u"newPassphraseLineEdit")
        self.newPassphraseLineEdit.setEchoMode(QLineEdit.Password)

        self.newPassphraseFieldLayout.addWidget(self.newPassphraseLineEdit)

        self.showPassphraseToolButton = QToolButton(self.newPassphraseFieldWidget)
        self.showPassphraseToolButton.setObjectName(u"showPassphraseToolButton")
        self.showPassphraseToolButton.setCheckable(True)

        self.newPassphraseFieldLayout.addWidget(self.showPassphraseToolButton)


        self.passphraseFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassphraseFieldWidget)

        self.repeatPassphraseLabel = QLabel(ChangePassphraseDialog)
        self.repeatPassphraseLabel.setObjectName(u"repeatPassphraseLabel")

        self.passphraseFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatPassphraseLabel)

        self.repeatPassphraseLineEdit = QLineEdit(ChangePassphraseDialog)
        self.repeatPassphraseLineEdit.setObjectName(u"repeatPassphraseLineEdit")
        self.repeatPassphraseLineEdit.setEchoMode(QLineEdit.Password)

        self.passphraseFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatPassphraseLineEdit)

        self.strengthTitleLabel = QLabel(ChangePassphraseDialog)
        self.strengthTitleLabel.setObjectName(u"strengthTitleLabel")

        self.passphraseFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strengthTitleLabel)

        self.strengthProgressBar = QProgressBar(ChangePassphraseDialog)
        self.strengthProgressBar.setObjectName(u"strengthProgressBar")
        self.strengthProgressBar.setMaximum(4)
        self.strengthProgressBar.setValue(0)
        self.strengthProgressBar.setTextVisible(False)

        self.passphraseFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strengthProgressBar)

        self.strengthLabel = QLabel(ChangePassphraseDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.passphraseFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.policyLabel = QLabel(ChangePassphraseDialog)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setWordWrap(True)

        self.passphraseFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.policyLabel)


        self.mainLayout.addLayout(self.passphraseFormLayout)

        self.busyProgressBar = QProgressBar(ChangePassphraseDialog)
        self.busyProgressBar.setObjectName(u"busyProgressBar")
        self.busyProgressBar.setMaximum(0)
        self.busyProgressBar.setValue(-1)
        self.busyProgressBar.setTextVisible(False)
        self.busyProgressBar.setVisible(False)

        self.mainLayout.addWidget(self.busyProgressBar)

        self.messageLabel = QLabel(ChangePassphraseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(ChangePassphraseDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.changeButton = QPushButton(ChangePassphraseDialog)
        self.changeButton.setObjectName(u"changeButton")
        self.changeButton.setAutoDefault(True)

        self.buttonsLayout.addWidget(self.changeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.currentPassphraseLabel.setBuddy(self.currentPassphraseLineEdit)
        self.newPassphraseLabel.setBuddy(self.newPassphraseLineEdit)
        self.repeatPassphraseLabel.setBuddy(self.repeatPassphraseLineEdit)
        self.strengthTitleLabel.setBuddy(self.strengthProgressBar)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentPassphraseLineEdit, self.newPassphraseLineEdit)
        QWidget.setTabOrder(self.newPassphraseLineEdit, self.showPassphraseToolButton)
        QWidget.setTabOrder(self.showPassphraseToolButton, self.repeatPassphraseLineEdit)
        QWidget.setTabOrder(self.repeatPassphraseLineEdit, self.changeButton)
        QWidget.setTabOrder(self.changeButton, self.cancelButton)

        self.retranslateUi(ChangePassphraseDialog)

        self.changeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ChangePassphraseDialog):
        ChangePassphraseDialog.setWindowTitle(QCoreApplication.translate("ChangePassphraseDialog", u"Change the vault passphrase", None))
        self.headingLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Change the vault passphrase", None))
        self.headingLabel.setProperty(u"role", QCoreApplication.translate("ChangePassphraseDialog", u"heading", None))
        self.introLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"The vault is re-encrypted under the new passphrase. Backups you made earlier keep the passphrase they were made with.", None))
        self.introLabel.setProperty(u"role", QCoreApplication.translate("ChangePassphraseDialog", u"hint", None))
        self.currentPassphraseLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"C&urrent passphrase", None))
#if QT_CONFIG(accessibility)
        self.currentPassphraseLineEdit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.newPassphraseLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&New passphrase", None))
#if QT_CONFIG(accessibility)
        self.newPassphraseLineEdit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.newPassphraseLineEdit.setPlaceholderText(QCoreApplication.translate("ChangePassphraseDialog", u"At least 12 characters", None))
        self.showPassphraseToolButton.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Show", None))
#if QT_CONFIG(accessibility)
        self.showPassphraseToolButton.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Show passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeatPassphraseLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&Repeat it", None))
#if QT_CONFIG(accessibility)
        self.repeatPassphraseLineEdit.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Repeat the new passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.strengthTitleLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strengthProgressBar.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.strengthLabel.setText("")
        self.strengthLabel.setProperty(u"role", QCoreApplication.translate("ChangePassphraseDialog", u"hint", None))
        self.policyLabel.setText("")
        self.policyLabel.setProperty(u"role", QCoreApplication.translate("ChangePassphraseDialog", u"error", None))
#if QT_CONFIG(accessibility)
        self.busyProgressBar.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.messageLabel.setProperty(u"role", QCoreApplication.translate("ChangePassphraseDialog", u"error", None))
        self.cancelButton.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.changeButton.setText(QCoreApplication.translate("ChangePassphraseDialog", u"C&hange passphrase", None))
#if QT_CONFIG(accessibility)
        self.changeButton.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Change passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.changeButton.setProperty(u"role", QCoreApplication.translate("ChangePassphraseDialog", u"primary", None))
    # retranslateUi

