# Generated from ui/unlock_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
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

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(520, 340)
        UnlockDialog.setModal(True)
        self.mainLayout = QVBoxLayout(UnlockDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(UnlockDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.vaultPathLabel = QLabel(UnlockDialog)
        self.vaultPathLabel.setObjectName(u"vaultPathLabel")
        self.vaultPathLabel.setWordWrap(True)
        self.vaultPathLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.mainLayout.addWidget(self.vaultPathLabel)

        self.lockReasonLabel = QLabel(UnlockDialog)
        self.lockReasonLabel.setObjectName(u"lockReasonLabel")
        self.lockReasonLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.lockReasonLabel)

        self.trainingPassphraseLabel = QLabel(UnlockDialog)
        self.trainingPassphraseLabel.setObjectName(u"trainingPassphraseLabel")
        self.trainingPassphraseLabel.setWordWrap(True)
        self.trainingPassphraseLabel.setVisible(False)

        self.mainLayout.addWidget(self.trainingPassphraseLabel)

        self.passphraseFormLayout = QFormLayout()
        self.passphraseFormLayout.setObjectName(u"passphraseFormLayout")
        self.passphraseLabel = QLabel(UnlockDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseFieldWidget = QWidget(UnlockDialog)
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


        self.mainLayout.addLayout(self.passphraseFormLayout)

        self.messageLabel = QLabel(UnlockDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.delayLabel = QLabel(UnlockDialog)
        self.delayLabel.setObjectName(u"delayLabel")
        self.delayLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.delayLabel)

        self.busyLayout = QHBoxLayout()
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyProgressBar = QProgressBar(UnlockDialog)
        self.busyProgressBar.setObjectName(u"busyProgressBar")
        self.busyProgressBar.setMaximum(0)
        self.busyProgressBar.setValue(-1)
        self.busyProgressBar.setTextVisible(False)
        self.busyProgressBar.setVisible(False)

        self.busyLayout.addWidget(self.busyProgressBar)

        self.busyLabel = QLabel(UnlockDialog)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setVisible(False)

        self.busyLayout.addWidget(self.busyLabel)


        self.mainLayout.addLayout(self.busyLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(UnlockDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.unlockButton = QPushButton(UnlockDialog)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setAutoDefault(True)

        self.buttonsLayout.addWidget(self.unlockButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseLineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseLineEdit, self.showPassphraseToolButton)
        QWidget.setTabOrder(self.showPassphraseToolButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.cancelButton)

        self.retranslateUi(UnlockDialog)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock vault", None))
        self.headingLabel.setText(QCoreApplication.translate("UnlockDialog", u"Unlock your vault", None))
        self.headingLabel.setProperty(u"role", QCoreApplication.translate("UnlockDialog", u"heading", None))
        self.vaultPathLabel.setText("")
#if QT_CONFIG(accessibility)
        self.vaultPathLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Vault file", None))
#endif // QT_CONFIG(accessibility)
        self.lockReasonLabel.setText("")
        self.lockReasonLabel.setProperty(u"role", QCoreApplication.translate("UnlockDialog", u"hint", None))
        self.trainingPassphraseLabel.setText("")
        self.trainingPassphraseLabel.setProperty(u"role", QCoreApplication.translate("UnlockDialog", u"subheading", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseLineEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.showPassphraseToolButton.setText(QCoreApplication.translate("UnlockDialog", u"Show", None))
#if QT_CONFIG(accessibility)
        self.showPassphraseToolButton.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Show passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
        self.messageLabel.setProperty(u"role", QCoreApplication.translate("UnlockDialog", u"error", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Unlock problem", None))
#endif // QT_CONFIG(accessibility)
        self.delayLabel.setText("")
        self.delayLabel.setProperty(u"role", QCoreApplication.translate("UnlockDialog", u"hint", None))
#if QT_CONFIG(accessibility)
        self.busyProgressBar.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.busyLabel.setText(QCoreApplication.translate("UnlockDialog", u"Unlocking\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("UnlockDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("UnlockDialog", u"&Unlock", None))
#if QT_CONFIG(accessibility)
        self.unlockButton.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setProperty(u"role", QCoreApplication.translate("UnlockDialog", u"primary", None))
    # retranslateUi

