"""PDF report building blocks: fonts, house styles, page furniture, encryption, safe saving.

Imports no Qt and no SQL. A report is made in four steps, all but the last in memory::

    styles = house_styles()
    story = [para("Case report", styles.title), data_table(["Name"], [[name]])]
    pdf = build_pdf(story, title=..., export_id=..., footer_text=..., training=False,
                    author=..., subject=...)
    write_atomically(path, encrypt_pdf(pdf, password))

User text goes through ``para`` (or ``text_markup`` when mixed with markup of our own), never
straight into a Paragraph: it is escaped, and runs the base font lacks get a fallback font.
"""

from msvlo_desktop.reports.encrypt import REPORT_PERMISSIONS, encrypt_pdf
from msvlo_desktop.reports.fonts import font_runs, register_fonts, text_markup
from msvlo_desktop.reports.output import ReportWriteError, write_atomically
from msvlo_desktop.reports.page import PROTECTIVE_MARKING, build_pdf
from msvlo_desktop.reports.styles import HouseStyles, house_styles, para
from msvlo_desktop.reports.tables import data_table

__all__ = [
    "PROTECTIVE_MARKING",
    "REPORT_PERMISSIONS",
    "HouseStyles",
    "ReportWriteError",
    "build_pdf",
    "data_table",
    "encrypt_pdf",
    "font_runs",
    "house_styles",
    "para",
    "register_fonts",
    "text_markup",
    "write_atomically",
]
