# Generated from ui/settings_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 360)
        SettingsDialog.setModal(True)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.securityGroupBox = QGroupBox(SettingsDialog)
        self.securityGroupBox.setObjectName(u"securityGroupBox")
        self.securityFormLayout = QFormLayout(self.securityGroupBox)
        self.securityFormLayout.setObjectName(u"securityFormLayout")
        self.idleLockLabel = QLabel(self.securityGroupBox)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.securityFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockSpinBox = QSpinBox(self.securityGroupBox)
        self.idleLockSpinBox.setObjectName(u"idleLockSpinBox")
        self.idleLockSpinBox.setMinimum(1)
        self.idleLockSpinBox.setMaximum(60)
        self.idleLockSpinBox.setValue(5)

        self.securityFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleLockSpinBox)

        self.idleLockHintLabel = QLabel(self.securityGroupBox)
        self.idleLockHintLabel.setObjectName(u"idleLockHintLabel")
        self.idleLockHintLabel.setWordWrap(True)

        self.securityFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idleLockHintLabel)


        self.mainLayout.addWidget(self.securityGroupBox)

        self.entriesGroupBox = QGroupBox(SettingsDialog)
        self.entriesGroupBox.setObjectName(u"entriesGroupBox")
        self.entriesFormLayout = QFormLayout(self.entriesGroupBox)
        self.entriesFormLayout.setObjectName(u"entriesFormLayout")
        self.defaultAuthorLabel = QLabel(self.entriesGroupBox)
        self.defaultAuthorLabel.setObjectName(u"defaultAuthorLabel")

        self.entriesFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.defaultAuthorLabel)

        self.defaultAuthorLineEdit = QLineEdit(self.entriesGroupBox)
        self.defaultAuthorLineEdit.setObjectName(u"defaultAuthorLineEdit")

        self.entriesFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.defaultAuthorLineEdit)

        self.defaultAuthorHintLabel = QLabel(self.entriesGroupBox)
        self.defaultAuthorHintLabel.setObjectName(u"defaultAuthorHintLabel")
        self.defaultAuthorHintLabel.setWordWrap(True)

        self.entriesFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.defaultAuthorHintLabel)


        self.mainLayout.addWidget(self.entriesGroupBox)

        self.exportGroupBox = QGroupBox(SettingsDialog)
        self.exportGroupBox.setObjectName(u"exportGroupBox")
        self.exportFormLayout = QFormLayout(self.exportGroupBox)
        self.exportFormLayout.setObjectName(u"exportFormLayout")
        self.exportFolderLabel = QLabel(self.exportGroupBox)
        self.exportFolderLabel.setObjectName(u"exportFolderLabel")

        self.exportFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exportFolderLabel)

        self.exportFolderWidget = QWidget(self.exportGroupBox)
        self.exportFolderWidget.setObjectName(u"exportFolderWidget")
        self.exportFolderLayout = QHBoxLayout(self.exportFolderWidget)
        self.exportFolderLayout.setObjectName(u"exportFolderLayout")
        self.exportFolderLayout.setContentsMargins(0, 0, 0, 0)
        self.exportFolderLineEdit = QLineEdit(self.exportFolderWidget)
        self.exportFolderLineEdit.setObjectName(u"exportFolderLineEdit")

        self.exportFolderLayout.addWidget(self.exportFolderLineEdit)

        self.chooseExportFolderButton = QPushButton(self.exportFolderWidget)
        self.chooseExportFolderButton.setObjectName(u"chooseExportFolderButton")
        self.chooseExportFolderButton.setAutoDefault(False)

        self.exportFolderLayout.addWidget(self.chooseExportFolderButton)


        self.exportFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exportFolderWidget)

        self.exportFolderProblemLabel = QLabel(self.exportGroupBox)
        self.exportFolderProblemLabel.setObjectName(u"exportFolderProblemLabel")
        self.exportFolderProblemLabel.setWordWrap(True)

        self.exportFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.exportFolderProblemLabel)


        self.mainLayout.addWidget(self.exportGroupBox)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(SettingsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(SettingsDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(True)

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.idleLockLabel.setBuddy(self.idleLockSpinBox)
        self.defaultAuthorLabel.setBuddy(self.defaultAuthorLineEdit)
        self.exportFolderLabel.setBuddy(self.exportFolderLineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.idleLockSpinBox, self.defaultAuthorLineEdit)
        QWidget.setTabOrder(self.defaultAuthorLineEdit, self.exportFolderLineEdit)
        QWidget.setTabOrder(self.exportFolderLineEdit, self.chooseExportFolderButton)
        QWidget.setTabOrder(self.chooseExportFolderButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(SettingsDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.securityGroupBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Security", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Lock the vault after", None))
        self.idleLockSpinBox.setSuffix(QCoreApplication.translate("SettingsDialog", u" minutes without activity", None))
#if QT_CONFIG(accessibility)
        self.idleLockSpinBox.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Minutes without activity before the vault locks", None))
#endif // QT_CONFIG(accessibility)
        self.idleLockHintLabel.setText(QCoreApplication.translate("SettingsDialog", u"Any key press, click or scroll counts as activity. The vault also locks when you press Ctrl+L and when the computer is locked or goes to sleep.", None))
        self.idleLockHintLabel.setProperty(u"role", QCoreApplication.translate("SettingsDialog", u"hint", None))
        self.entriesGroupBox.setTitle(QCoreApplication.translate("SettingsDialog", u"This vault", None))
        self.defaultAuthorLabel.setText(QCoreApplication.translate("SettingsDialog", u"Default &author", None))
#if QT_CONFIG(accessibility)
        self.defaultAuthorLineEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Default author of new entries", None))
#endif // QT_CONFIG(accessibility)
        self.defaultAuthorHintLabel.setText("")
        self.defaultAuthorHintLabel.setProperty(u"role", QCoreApplication.translate("SettingsDialog", u"hint", None))
        self.exportGroupBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Reports and backups", None))
        self.exportFolderLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Export folder", None))
#if QT_CONFIG(accessibility)
        self.exportFolderLineEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Export folder", None))
#endif // QT_CONFIG(accessibility)
        self.exportFolderLineEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Where reports and backups are offered first", None))
        self.chooseExportFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseExportFolderButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Choose the export folder", None))
#endif // QT_CONFIG(accessibility)
        self.exportFolderProblemLabel.setText("")
        self.exportFolderProblemLabel.setProperty(u"role", QCoreApplication.translate("SettingsDialog", u"error", None))
        self.cancelButton.setText(QCoreApplication.translate("SettingsDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("SettingsDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Save settings", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setProperty(u"role", QCoreApplication.translate("SettingsDialog", u"primary", None))
    # retranslateUi

