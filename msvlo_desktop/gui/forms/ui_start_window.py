# Generated from ui/start_window.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_window.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StartWindow(object):
    def setupUi(self, StartWindow):
        if not StartWindow.objectName():
            StartWindow.setObjectName(u"StartWindow")
        StartWindow.resize(860, 560)
        self.mainLayout = QVBoxLayout(StartWindow)
        self.mainLayout.setSpacing(16)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.appIconLabel = QLabel(StartWindow)
        self.appIconLabel.setObjectName(u"appIconLabel")
        self.appIconLabel.setMinimumSize(QSize(64, 64))
        self.appIconLabel.setMaximumSize(QSize(64, 64))

        self.headerLayout.addWidget(self.appIconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(StartWindow)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(StartWindow)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.mainLayout.addLayout(self.headerLayout)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(24)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.actionsLayout = QVBoxLayout()
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.getStartedLabel = QLabel(StartWindow)
        self.getStartedLabel.setObjectName(u"getStartedLabel")

        self.actionsLayout.addWidget(self.getStartedLabel)

        self.createVaultButton = QPushButton(StartWindow)
        self.createVaultButton.setObjectName(u"createVaultButton")
        self.createVaultButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.createVaultButton)

        self.openVaultButton = QPushButton(StartWindow)
        self.openVaultButton.setObjectName(u"openVaultButton")
        self.openVaultButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.openVaultButton)

        self.vaultHintLabel = QLabel(StartWindow)
        self.vaultHintLabel.setObjectName(u"vaultHintLabel")
        self.vaultHintLabel.setWordWrap(True)

        self.actionsLayout.addWidget(self.vaultHintLabel)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.trainingGroupBox = QGroupBox(StartWindow)
        self.trainingGroupBox.setObjectName(u"trainingGroupBox")
        self.trainingLayout = QVBoxLayout(self.trainingGroupBox)
        self.trainingLayout.setObjectName(u"trainingLayout")
        self.trainingIntroLabel = QLabel(self.trainingGroupBox)
        self.trainingIntroLabel.setObjectName(u"trainingIntroLabel")
        self.trainingIntroLabel.setWordWrap(True)

        self.trainingLayout.addWidget(self.trainingIntroLabel)

        self.trainingPassphraseLabel = QLabel(self.trainingGroupBox)
        self.trainingPassphraseLabel.setObjectName(u"trainingPassphraseLabel")
        self.trainingPassphraseLabel.setWordWrap(True)
        self.trainingPassphraseLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.trainingLayout.addWidget(self.trainingPassphraseLabel)

        self.trainingButtonsLayout = QHBoxLayout()
        self.trainingButtonsLayout.setObjectName(u"trainingButtonsLayout")
        self.openTrainingButton = QPushButton(self.trainingGroupBox)
        self.openTrainingButton.setObjectName(u"openTrainingButton")
        self.openTrainingButton.setAutoDefault(False)

        self.trainingButtonsLayout.addWidget(self.openTrainingButton)

        self.resetTrainingButton = QPushButton(self.trainingGroupBox)
        self.resetTrainingButton.setObjectName(u"resetTrainingButton")
        self.resetTrainingButton.setAutoDefault(False)

        self.trainingButtonsLayout.addWidget(self.resetTrainingButton)


        self.trainingLayout.addLayout(self.trainingButtonsLayout)


        self.actionsLayout.addWidget(self.trainingGroupBox)


        self.columnsLayout.addLayout(self.actionsLayout)

        self.recentLayout = QVBoxLayout()
        self.recentLayout.setSpacing(8)
        self.recentLayout.setObjectName(u"recentLayout")
        self.recentLabel = QLabel(StartWindow)
        self.recentLabel.setObjectName(u"recentLabel")

        self.recentLayout.addWidget(self.recentLabel)

        self.recentVaultsListWidget = QListWidget(StartWindow)
        self.recentVaultsListWidget.setObjectName(u"recentVaultsListWidget")

        self.recentLayout.addWidget(self.recentVaultsListWidget)

        self.recentButtonsLayout = QHBoxLayout()
        self.recentButtonsLayout.setObjectName(u"recentButtonsLayout")
        self.openRecentButton = QPushButton(StartWindow)
        self.openRecentButton.setObjectName(u"openRecentButton")
        self.openRecentButton.setAutoDefault(False)

        self.recentButtonsLayout.addWidget(self.openRecentButton)

        self.removeRecentButton = QPushButton(StartWindow)
        self.removeRecentButton.setObjectName(u"removeRecentButton")
        self.removeRecentButton.setAutoDefault(False)

        self.recentButtonsLayout.addWidget(self.removeRecentButton)

        self.recentButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recentButtonsLayout.addItem(self.recentButtonsSpacer)


        self.recentLayout.addLayout(self.recentButtonsLayout)

        self.recentHintLabel = QLabel(StartWindow)
        self.recentHintLabel.setObjectName(u"recentHintLabel")
        self.recentHintLabel.setWordWrap(True)

        self.recentLayout.addWidget(self.recentHintLabel)


        self.columnsLayout.addLayout(self.recentLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.busyProgressBar = QProgressBar(StartWindow)
        self.busyProgressBar.setObjectName(u"busyProgressBar")
        self.busyProgressBar.setMaximum(0)
        self.busyProgressBar.setValue(-1)
        self.busyProgressBar.setTextVisible(False)
        self.busyProgressBar.setVisible(False)

        self.statusLayout.addWidget(self.busyProgressBar)

        self.statusLabel = QLabel(StartWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.statusLayout)

#if QT_CONFIG(shortcut)
        self.recentLabel.setBuddy(self.recentVaultsListWidget)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.createVaultButton, self.openVaultButton)
        QWidget.setTabOrder(self.openVaultButton, self.recentVaultsListWidget)
        QWidget.setTabOrder(self.recentVaultsListWidget, self.openRecentButton)
        QWidget.setTabOrder(self.openRecentButton, self.removeRecentButton)
        QWidget.setTabOrder(self.removeRecentButton, self.openTrainingButton)
        QWidget.setTabOrder(self.openTrainingButton, self.resetTrainingButton)

        self.retranslateUi(StartWindow)
    # setupUi

    def retranslateUi(self, StartWindow):
        StartWindow.setWindowTitle(QCoreApplication.translate("StartWindow", u"MSVLO Desktop", None))
        self.appIconLabel.setText("")
#if QT_CONFIG(accessibility)
        self.appIconLabel.setAccessibleName(QCoreApplication.translate("StartWindow", u"MSVLO Desktop logo", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("StartWindow", u"MSVLO Desktop", None))
        self.titleLabel.setProperty(u"role", QCoreApplication.translate("StartWindow", u"heading", None))
        self.subtitleLabel.setText(QCoreApplication.translate("StartWindow", u"The encrypted case log for Modern Slavery Victim Liaison Officers", None))
        self.subtitleLabel.setProperty(u"role", QCoreApplication.translate("StartWindow", u"hint", None))
        self.getStartedLabel.setText(QCoreApplication.translate("StartWindow", u"Get started", None))
        self.getStartedLabel.setProperty(u"role", QCoreApplication.translate("StartWindow", u"subheading", None))
        self.createVaultButton.setText(QCoreApplication.translate("StartWindow", u"Create a &new vault\u2026", None))
#if QT_CONFIG(accessibility)
        self.createVaultButton.setAccessibleName(QCoreApplication.translate("StartWindow", u"Create a new vault", None))
#endif // QT_CONFIG(accessibility)
        self.createVaultButton.setProperty(u"role", QCoreApplication.translate("StartWindow", u"start", None))
        self.openVaultButton.setText(QCoreApplication.translate("StartWindow", u"&Open a vault file\u2026", None))
#if QT_CONFIG(accessibility)
        self.openVaultButton.setAccessibleName(QCoreApplication.translate("StartWindow", u"Open a vault file", None))
#endif // QT_CONFIG(accessibility)
        self.openVaultButton.setProperty(u"role", QCoreApplication.translate("StartWindow", u"start", None))
        self.vaultHintLabel.setText(QCoreApplication.translate("StartWindow", u"Your cases live in one encrypted vault file. Create it once; after that, open it here and unlock it with its passphrase.", None))
        self.vaultHintLabel.setProperty(u"role", QCoreApplication.translate("StartWindow", u"hint", None))
        self.trainingGroupBox.setTitle(QCoreApplication.translate("StartWindow", u"Practise safely", None))
        self.trainingIntroLabel.setText(QCoreApplication.translate("StartWindow", u"The training vault holds eight fictional cases to practise with. Nothing in it is real, so never record a real case there.", None))
        self.trainingIntroLabel.setProperty(u"role", QCoreApplication.translate("StartWindow", u"hint", None))
        self.trainingPassphraseLabel.setText("")
        self.openTrainingButton.setText(QCoreApplication.translate("StartWindow", u"Open the &training vault", None))
#if QT_CONFIG(accessibility)
        self.openTrainingButton.setAccessibleName(QCoreApplication.translate("StartWindow", u"Open the training vault", None))
#endif // QT_CONFIG(accessibility)
        self.resetTrainingButton.setText(QCoreApplication.translate("StartWindow", u"Start it &afresh", None))
#if QT_CONFIG(accessibility)
        self.resetTrainingButton.setAccessibleName(QCoreApplication.translate("StartWindow", u"Start the training vault afresh", None))
#endif // QT_CONFIG(accessibility)
        self.recentLabel.setText(QCoreApplication.translate("StartWindow", u"Recently opened &vaults", None))
        self.recentLabel.setProperty(u"role", QCoreApplication.translate("StartWindow", u"subheading", None))
#if QT_CONFIG(accessibility)
        self.recentVaultsListWidget.setAccessibleName(QCoreApplication.translate("StartWindow", u"Recently opened vaults", None))
#endif // QT_CONFIG(accessibility)
        self.openRecentButton.setText(QCoreApplication.translate("StartWindow", u"Op&en selected", None))
#if QT_CONFIG(accessibility)
        self.openRecentButton.setAccessibleName(QCoreApplication.translate("StartWindow", u"Open the selected vault", None))
#endif // QT_CONFIG(accessibility)
        self.removeRecentButton.setText(QCoreApplication.translate("StartWindow", u"Re&move from list", None))
#if QT_CONFIG(accessibility)
        self.removeRecentButton.setAccessibleName(QCoreApplication.translate("StartWindow", u"Remove the selected vault from the list", None))
#endif // QT_CONFIG(accessibility)
        self.recentHintLabel.setText(QCoreApplication.translate("StartWindow", u"Double-click a vault to open it. Removing a vault from this list does not delete its file.", None))
        self.recentHintLabel.setProperty(u"role", QCoreApplication.translate("StartWindow", u"hint", None))
#if QT_CONFIG(accessibility)
        self.busyProgressBar.setAccessibleName(QCoreApplication.translate("StartWindow", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        self.statusLabel.setProperty(u"role", QCoreApplication.translate("StartWindow", u"error", None))
    # retranslateUi

