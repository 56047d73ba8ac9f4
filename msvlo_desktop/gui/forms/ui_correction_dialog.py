# Generated from ui/correction_dialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correction_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CorrectionDialog(object):
    def setupUi(self, CorrectionDialog):
        if not CorrectionDialog.objectName():
            CorrectionDialog.setObjectName(u"CorrectionDialog")
        CorrectionDialog.resize(1040, 720)
        CorrectionDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(CorrectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.trainingBannerLabel = QLabel(CorrectionDialog)
        self.trainingBannerLabel.setObjectName(u"trainingBannerLabel")
        self.trainingBannerLabel.setVisible(False)
        self.trainingBannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.trainingBannerLabel)

        self.introLabel = QLabel(CorrectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.introLabel)

        self.chooserFormLayout = QFormLayout()
        self.chooserFormLayout.setObjectName(u"chooserFormLayout")
        self.chooserFormLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chooserFormLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.correctedEntryLabel = QLabel(CorrectionDialog)
        self.correctedEntryLabel.setObjectName(u"correctedEntryLabel")

        self.chooserFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.correctedEntryLabel)

        self.correctedEntryFieldLayout = QVBoxLayout()
        self.correctedEntryFieldLayout.setSpacing(2)
        self.correctedEntryFieldLayout.setObjectName(u"correctedEntryFieldLayout")
        self.correctedEntryLayout = QHBoxLayout()
        self.correctedEntryLayout.setObjectName(u"correctedEntryLayout")
        self.correctedEntrySpinBox = QSpinBox(CorrectionDialog)
        self.correctedEntrySpinBox.setObjectName(u"correctedEntrySpinBox")
        self.correctedEntrySpinBox.setMinimum(1)
        self.correctedEntrySpinBox.setMaximum(1)
        self.correctedEntrySpinBox.setKeyboardTracking(False)
        self.correctedEntrySpinBox.setMinimumSize(QSize(90, 0))

        self.correctedEntryLayout.addWidget(self.correctedEntrySpinBox)

        self.correctedEntrySummaryLabel = QLabel(CorrectionDialog)
        self.correctedEntrySummaryLabel.setObjectName(u"correctedEntrySummaryLabel")
        self.correctedEntrySummaryLabel.setWordWrap(True)
        self.correctedEntrySummaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.correctedEntrySummaryLabel.setProperty(u"role", u"hint")

        self.correctedEntryLayout.addWidget(self.correctedEntrySummaryLabel)

        self.correctedEntryLayout.setStretch(1, 1)

        self.correctedEntryFieldLayout.addLayout(self.correctedEntryLayout)

        self.correctedEntryErrorLabel = QLabel(CorrectionDialog)
        self.correctedEntryErrorLabel.setObjectName(u"correctedEntryErrorLabel")
        self.correctedEntryErrorLabel.setWordWrap(True)
        self.correctedEntryErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.correctedEntryErrorLabel.setVisible(False)
        self.correctedEntryErrorLabel.setProperty(u"role", u"error")

        self.correctedEntryFieldLayout.addWidget(self.correctedEntryErrorLabel)


        self.chooserFormLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.correctedEntryFieldLayout)


        self.mainLayout.addLayout(self.chooserFormLayout)

        self.correctionSplitter = QSplitter(CorrectionDialog)
        self.correctionSplitter.setObjectName(u"correctionSplitter")
        self.correctionSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.correctionSplitter.setChildrenCollapsible(False)
        self.originalGroupBox = QGroupBox(self.correctionSplitter)
        self.originalGroupBox.setObjectName(u"originalGroupBox")
        self.originalLayout = QVBoxLayout(self.originalGroupBox)
        self.originalLayout.setObjectName(u"originalLayout")
        self.originalTextBrowser = QTextBrowser(self.originalGroupBox)
        self.originalTextBrowser.setObjectName(u"originalTextBrowser")
        self.originalTextBrowser.setOpenLinks(False)
        self.originalTextBrowser.setMinimumSize(QSize(260, 0))

        self.originalLayout.addWidget(self.originalTextBrowser)

        self.correctionSplitter.addWidget(self.originalGroupBox)
        self.replacementGroupBox = QGroupBox(self.correctionSplitter)
        self.replacementGroupBox.setObjectName(u"replacementGroupBox")
        self.replacementLayout = QVBoxLayout(self.replacementGroupBox)
        self.replacementLayout.setObjectName(u"replacementLayout")
        self.replacementLayout.setContentsMargins(4, -1, 4, -1)
        self.correctionSplitter.addWidget(self.replacementGroupBox)

        self.mainLayout.addWidget(self.correctionSplitter)

        self.correctionFormLayout = QFormLayout()
        self.correctionFormLayout.setObjectName(u"correctionFormLayout")
        self.correctionFormLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.correctionFormLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.reasonLabel = QLabel(CorrectionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.correctionFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonFieldLayout = QVBoxLayout()
        self.reasonFieldLayout.setSpacing(2)
        self.reasonFieldLayout.setObjectName(u"reasonFieldLayout")
        self.reasonPlainTextEdit = QPlainTextEdit(CorrectionDialog)
        self.reasonPlainTextEdit.setObjectName(u"reasonPlainTextEdit")
        self.reasonPlainTextEdit.setMinimumSize(QSize(0, 52))
        self.reasonPlainTextEdit.setMaximumSize(QSize(16777215, 78))
        self.reasonPlainTextEdit.setTabChangesFocus(True)

        self.reasonFieldLayout.addWidget(self.reasonPlainTextEdit)

        self.reasonErrorLabel = QLabel(CorrectionDialog)
        self.reasonErrorLabel.setObjectName(u"reasonErrorLabel")
        self.reasonErrorLabel.setWordWrap(True)
        self.reasonErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reasonErrorLabel.setVisible(False)
        self.reasonErrorLabel.setProperty(u"role", u"error")

        self.reasonFieldLayout.addWidget(self.reasonErrorLabel)


        self.correctionFormLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reasonFieldLayout)

        self.authorLabel = QLabel(CorrectionDialog)
        self.authorLabel.setObjectName(u"authorLabel")

        self.correctionFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorFieldLayout = QVBoxLayout()
        self.authorFieldLayout.setSpacing(2)
        self.authorFieldLayout.setObjectName(u"authorFieldLayout")
        self.authorLineEdit = QLineEdit(CorrectionDialog)
        self.authorLineEdit.setObjectName(u"authorLineEdit")
        self.authorLineEdit.setClearButtonEnabled(False)

        self.authorFieldLayout.addWidget(self.authorLineEdit)

        self.authorErrorLabel = QLabel(CorrectionDialog)
        self.authorErrorLabel.setObjectName(u"authorErrorLabel")
        self.authorErrorLabel.setWordWrap(True)
        self.authorErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.authorErrorLabel.setVisible(False)
        self.authorErrorLabel.setProperty(u"role", u"error")

        self.authorFieldLayout.addWidget(self.authorErrorLabel)


        self.correctionFormLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.authorFieldLayout)


        self.mainLayout.addLayout(self.correctionFormLayout)

        self.saveStatusLabel = QLabel(CorrectionDialog)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setWordWrap(True)
        self.saveStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.saveStatusLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.saveStatusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(CorrectionDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(CorrectionDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.correctedEntryLabel.setBuddy(self.correctedEntrySpinBox)
        self.reasonLabel.setBuddy(self.reasonPlainTextEdit)
        self.authorLabel.setBuddy(self.authorLineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.correctedEntrySpinBox, self.originalTextBrowser)
        QWidget.setTabOrder(self.originalTextBrowser, self.reasonPlainTextEdit)
        QWidget.setTabOrder(self.reasonPlainTextEdit, self.authorLineEdit)
        QWidget.setTabOrder(self.authorLineEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(CorrectionDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CorrectionDialog):
        CorrectionDialog.setWindowTitle(QCoreApplication.translate("CorrectionDialog", u"Correct an entry", None))
        self.trainingBannerLabel.setText(QCoreApplication.translate("CorrectionDialog", u"TRAINING: fictional data", None))
        self.introLabel.setText(QCoreApplication.translate("CorrectionDialog", u"A correction never changes the log: the entry stays as recorded and this correction is added after it, with the corrected details and the reason.", None))
        self.correctedEntryLabel.setText(QCoreApplication.translate("CorrectionDialog", u"Entr&y to correct:", None))
#if QT_CONFIG(accessibility)
        self.correctedEntrySpinBox.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Number of the entry to correct", None))
#endif // QT_CONFIG(accessibility)
        self.correctedEntrySpinBox.setPrefix(QCoreApplication.translate("CorrectionDialog", u"#", None))
        self.correctedEntrySummaryLabel.setText("")
        self.correctedEntryErrorLabel.setText("")
        self.originalGroupBox.setTitle(QCoreApplication.translate("CorrectionDialog", u"As recorded (kept in the log)", None))
#if QT_CONFIG(accessibility)
        self.originalTextBrowser.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"The entry as recorded", None))
#endif // QT_CONFIG(accessibility)
        self.replacementGroupBox.setTitle(QCoreApplication.translate("CorrectionDialog", u"Corrected entry", None))
        self.reasonLabel.setText(QCoreApplication.translate("CorrectionDialog", u"Reason &for the correction:", None))
#if QT_CONFIG(accessibility)
        self.reasonPlainTextEdit.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Reason for the correction", None))
#endif // QT_CONFIG(accessibility)
        self.reasonPlainTextEdit.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"Why the entry is being corrected", None))
        self.reasonErrorLabel.setText("")
        self.authorLabel.setText(QCoreApplication.translate("CorrectionDialog", u"Aut&hor:", None))
#if QT_CONFIG(accessibility)
        self.authorLineEdit.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.authorLineEdit.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"Who is making this correction", None))
        self.authorErrorLabel.setText("")
        self.saveStatusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("CorrectionDialog", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Save entry", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("CorrectionDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

