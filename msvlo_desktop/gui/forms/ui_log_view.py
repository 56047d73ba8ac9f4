# Generated from ui/log_view.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'log_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_LogView(object):
    def setupUi(self, LogView):
        if not LogView.objectName():
            LogView.setObjectName(u"LogView")
        LogView.resize(900, 640)
        self.mainLayout = QVBoxLayout(LogView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.typeFilterLabel = QLabel(LogView)
        self.typeFilterLabel.setObjectName(u"typeFilterLabel")

        self.filterLayout.addWidget(self.typeFilterLabel)

        self.typeFilterComboBox = QComboBox(LogView)
        self.typeFilterComboBox.setObjectName(u"typeFilterComboBox")

        self.filterLayout.addWidget(self.typeFilterComboBox)

        self.textFilterLabel = QLabel(LogView)
        self.textFilterLabel.setObjectName(u"textFilterLabel")

        self.filterLayout.addWidget(self.textFilterLabel)

        self.textFilterLineEdit = QLineEdit(LogView)
        self.textFilterLineEdit.setObjectName(u"textFilterLineEdit")
        self.textFilterLineEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.textFilterLineEdit)

        self.matchCountLabel = QLabel(LogView)
        self.matchCountLabel.setObjectName(u"matchCountLabel")
        self.matchCountLabel.setWordWrap(True)
        self.matchCountLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.matchCountLabel.setProperty(u"role", u"hint")

        self.filterLayout.addWidget(self.matchCountLabel)

        self.filterLayout.setStretch(3, 1)

        self.mainLayout.addLayout(self.filterLayout)

        self.logSplitter = QSplitter(LogView)
        self.logSplitter.setObjectName(u"logSplitter")
        self.logSplitter.setOrientation(Qt.Orientation.Vertical)
        self.logSplitter.setChildrenCollapsible(False)
        self.entriesTableView = QTableView(self.logSplitter)
        self.entriesTableView.setObjectName(u"entriesTableView")
        self.entriesTableView.setAlternatingRowColors(True)
        self.entriesTableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesTableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTableView.setWordWrap(False)
        self.entriesTableView.setTabKeyNavigation(False)
        self.entriesTableView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.logSplitter.addWidget(self.entriesTableView)
        self.detailsTextBrowser = QTextBrowser(self.logSplitter)
        self.detailsTextBrowser.setObjectName(u"detailsTextBrowser")
        self.detailsTextBrowser.setOpenLinks(False)
        self.logSplitter.addWidget(self.detailsTextBrowser)

        self.mainLayout.addWidget(self.logSplitter)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.correctEntryButton = QPushButton(LogView)
        self.correctEntryButton.setObjectName(u"correctEntryButton")
        self.correctEntryButton.setEnabled(False)

        self.actionsLayout.addWidget(self.correctEntryButton)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.mainLayout.addLayout(self.actionsLayout)

#if QT_CONFIG(shortcut)
        self.typeFilterLabel.setBuddy(self.typeFilterComboBox)
        self.textFilterLabel.setBuddy(self.textFilterLineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeFilterComboBox, self.textFilterLineEdit)
        QWidget.setTabOrder(self.textFilterLineEdit, self.entriesTableView)
        QWidget.setTabOrder(self.entriesTableView, self.detailsTextBrowser)
        QWidget.setTabOrder(self.detailsTextBrowser, self.correctEntryButton)

        self.retranslateUi(LogView)
    # setupUi

    def retranslateUi(self, LogView):
        LogView.setWindowTitle(QCoreApplication.translate("LogView", u"Case log", None))
        self.typeFilterLabel.setText(QCoreApplication.translate("LogView", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.typeFilterComboBox.setAccessibleName(QCoreApplication.translate("LogView", u"Show entries of type", None))
#endif // QT_CONFIG(accessibility)
        self.textFilterLabel.setText(QCoreApplication.translate("LogView", u"&Find in this log:", None))
#if QT_CONFIG(accessibility)
        self.textFilterLineEdit.setAccessibleName(QCoreApplication.translate("LogView", u"Find in this log", None))
#endif // QT_CONFIG(accessibility)
        self.textFilterLineEdit.setPlaceholderText(QCoreApplication.translate("LogView", u"Words in any entry of this case", None))
        self.matchCountLabel.setText("")
#if QT_CONFIG(accessibility)
        self.entriesTableView.setAccessibleName(QCoreApplication.translate("LogView", u"Case log", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsTextBrowser.setAccessibleName(QCoreApplication.translate("LogView", u"Entry details", None))
#endif // QT_CONFIG(accessibility)
        self.correctEntryButton.setText(QCoreApplication.translate("LogView", u"&Correct this entry\u2026", None))
#if QT_CONFIG(accessibility)
        self.correctEntryButton.setAccessibleName(QCoreApplication.translate("LogView", u"Correct this entry", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

