# Generated from ui/task_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_dialog.ui'
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
    QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog):
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.resize(520, 300)
        TaskDialog.setModal(True)
        self.mainLayout = QVBoxLayout(TaskDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(TaskDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.messageLabel = QLabel(TaskDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.mainLayout.addWidget(self.messageLabel)

        self.progressBar = QProgressBar(TaskDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.detailsPlainTextEdit = QPlainTextEdit(TaskDialog)
        self.detailsPlainTextEdit.setObjectName(u"detailsPlainTextEdit")
        self.detailsPlainTextEdit.setReadOnly(True)
        self.detailsPlainTextEdit.setVisible(False)

        self.mainLayout.addWidget(self.detailsPlainTextEdit)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(TaskDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.closeButton = QPushButton(TaskDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(True)

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(TaskDialog)

        self.closeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, TaskDialog):
        TaskDialog.setWindowTitle("")
        self.headingLabel.setText("")
        self.headingLabel.setProperty(u"role", QCoreApplication.translate("TaskDialog", u"heading", None))
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Progress message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsPlainTextEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("TaskDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("TaskDialog", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setProperty(u"role", QCoreApplication.translate("TaskDialog", u"primary", None))
    # retranslateUi

