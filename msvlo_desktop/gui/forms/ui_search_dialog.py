# Generated from ui/search_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_SearchDialog(object):
    def setupUi(self, SearchDialog):
        if not SearchDialog.objectName():
            SearchDialog.setObjectName(u"SearchDialog")
        SearchDialog.resize(860, 520)
        SearchDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(SearchDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(SearchDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(SearchDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchLineEdit = QLineEdit(SearchDialog)
        self.searchLineEdit.setObjectName(u"searchLineEdit")
        self.searchLineEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchLineEdit)

        self.searchButton = QPushButton(SearchDialog)
        self.searchButton.setObjectName(u"searchButton")
        self.searchButton.setAutoDefault(False)

        self.searchLayout.addWidget(self.searchButton)

        self.searchLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.searchLayout)

        self.privacyHintLabel = QLabel(SearchDialog)
        self.privacyHintLabel.setObjectName(u"privacyHintLabel")
        self.privacyHintLabel.setWordWrap(True)
        self.privacyHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.privacyHintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.privacyHintLabel)

        self.resultsTableView = QTableView(SearchDialog)
        self.resultsTableView.setObjectName(u"resultsTableView")
        self.resultsTableView.setAlternatingRowColors(True)
        self.resultsTableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsTableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTableView.setWordWrap(False)
        self.resultsTableView.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.resultsTableView)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.resultsStatusLabel = QLabel(SearchDialog)
        self.resultsStatusLabel.setObjectName(u"resultsStatusLabel")
        self.resultsStatusLabel.setWordWrap(True)
        self.resultsStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultsStatusLabel.setProperty(u"role", u"hint")

        self.bottomLayout.addWidget(self.resultsStatusLabel)

        self.openButton = QPushButton(SearchDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)
        self.openButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.openButton)

        self.closeButton = QPushButton(SearchDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)

        self.bottomLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchLineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchLineEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.resultsTableView)
        QWidget.setTabOrder(self.resultsTableView, self.openButton)
        QWidget.setTabOrder(self.openButton, self.closeButton)

        self.retranslateUi(SearchDialog)
    # setupUi

    def retranslateUi(self, SearchDialog):
        SearchDialog.setWindowTitle(QCoreApplication.translate("SearchDialog", u"Search", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("SearchDialog", u"TRAINING: fictional data", None))
        self.searchLabel.setText(QCoreApplication.translate("SearchDialog", u"&Search every case for:", None))
#if QT_CONFIG(accessibility)
        self.searchLineEdit.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Search every case for", None))
#endif // QT_CONFIG(accessibility)
        self.searchLineEdit.setPlaceholderText(QCoreApplication.translate("SearchDialog", u"Words to find, e.g. a name, a place or a receipt number", None))
        self.searchButton.setText(QCoreApplication.translate("SearchDialog", u"Search", None))
#if QT_CONFIG(accessibility)
        self.searchButton.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.privacyHintLabel.setText(QCoreApplication.translate("SearchDialog", u"Searches are recorded in the vault's audit log (what was searched for, by whom and when).", None))
#if QT_CONFIG(accessibility)
        self.resultsTableView.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Search results", None))
#endif // QT_CONFIG(accessibility)
        self.resultsStatusLabel.setText("")
        self.openButton.setText(QCoreApplication.translate("SearchDialog", u"&Open entry", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Open the selected entry", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("SearchDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

