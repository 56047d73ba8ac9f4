# Generated from ui/drafts_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'drafts_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DraftsDialog(object):
    def setupUi(self, DraftsDialog):
        if not DraftsDialog.objectName():
            DraftsDialog.setObjectName(u"DraftsDialog")
        DraftsDialog.resize(520, 300)
        DraftsDialog.setModal(True)
        self.mainLayout = QVBoxLayout(DraftsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(DraftsDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.messageLabel = QLabel(DraftsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.draftsListWidget = QListWidget(DraftsDialog)
        self.draftsListWidget.setObjectName(u"draftsListWidget")

        self.mainLayout.addWidget(self.draftsListWidget)

        self.explainLabel = QLabel(DraftsDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explainLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.discardButton = QPushButton(DraftsDialog)
        self.discardButton.setObjectName(u"discardButton")
        self.discardButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.discardButton)

        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.restoreButton = QPushButton(DraftsDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(True)

        self.buttonsLayout.addWidget(self.restoreButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.draftsListWidget, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.discardButton)

        self.retranslateUi(DraftsDialog)

        self.restoreButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DraftsDialog):
        DraftsDialog.setWindowTitle(QCoreApplication.translate("DraftsDialog", u"Unsaved work from before the lock", None))
        self.headingLabel.setText(QCoreApplication.translate("DraftsDialog", u"Unsaved work from before the lock", None))
        self.headingLabel.setProperty(u"role", QCoreApplication.translate("DraftsDialog", u"heading", None))
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.draftsListWidget.setAccessibleName(QCoreApplication.translate("DraftsDialog", u"Unsaved entries", None))
#endif // QT_CONFIG(accessibility)
        self.explainLabel.setText(QCoreApplication.translate("DraftsDialog", u"Restore reopens each form as you left it. Discard deletes these unsaved forms for good; nothing already saved in a case log is affected.", None))
        self.explainLabel.setProperty(u"role", QCoreApplication.translate("DraftsDialog", u"hint", None))
        self.discardButton.setText(QCoreApplication.translate("DraftsDialog", u"&Discard", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("DraftsDialog", u"Discard the unsaved work", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("DraftsDialog", u"&Restore", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("DraftsDialog", u"Restore the unsaved work", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setProperty(u"role", QCoreApplication.translate("DraftsDialog", u"primary", None))
    # retranslateUi

