"""The training vaults' people and cases: the officer, colleagues and leads, and the
profile each case follows (route, age, rights, NRM, investigation, exit)."""

from __future__ import annotations

from dataclasses import dataclass

from msvlo_desktop.core.calendar import WorkingDayCalendar
from msvlo_desktop.storage.vault import Officer

TRAINING_OFFICER = Officer("J. Okafor", "DC 4521", "Example Constabulary")
FORCE = "Example Constabulary"
TOWN = "Exampleton"
OPERATIONS = ("KESTREL", "HERON", "MERLIN", "OSPREY", "PLOVER", "CURLEW", "LAPWING", "AVOCET")
CALENDAR = WorkingDayCalendar()


@dataclass(frozen=True)
class Profile:
    """One victim and how their case unfolds."""

    name: str
    alt_names: tuple[str, ...]
    nationality: str
    language: str
    interpreter: str | None
    age: int  # at opening
    exploitation: tuple[str, ...]
    setting: str  # where the exploitation happened, for summaries
    route: str  # "consent", "dtn" (adult declines NRM) or "child"
    days_open: int
    known_dob: bool = True
    age_disputed: bool = False
    rights_off: str | None = None  # reason enhanced rights were switched off
    opt_out: bool = False
    rg: str = "positive"
    updates: str = "on_time"  # on_time, late, missing, recent
    exit: str = "drafted"  # closed, agreed, drafted, in_progress, revised, overdue_review
    correction: bool = False
    spoc_change: bool = False
    late_referral: bool = False
    events: tuple[tuple[str, int], ...] = (
        ("arrest", 12),
        ("interview_under_caution", 12),
        ("released_on_bail", 13),
        ("charged", 75),
        ("first_hearing_date_received", 82),
    )


PROFILES = (
    Profile(
        "Nguyễn Thị Hương",
        ("Trần Thị Mai", "Phạm Văn Đức"),
        "VN",
        "vi",
        "Trần Văn Minh",
        16,
        ("criminal", "labour"),
        "a cannabis grow in a rented house",
        "child",
        150,
        known_dob=False,
        age_disputed=True,
        updates="recent",
        exit="in_progress",
        spoc_change=True,
    ),
    Profile(
        "Elira Krasniqi",
        ("Arta Hoxha", "Drita Berisha"),
        "AL",
        "sq",
        "Besnik Gashi",
        24,
        ("sexual",),
        "flats used for sexual exploitation",
        "consent",
        260,
        exit="closed",
        correction=True,
        events=(
            ("arrest", 9),
            ("interview_under_caution", 9),
            ("released_on_bail", 10),
            ("bail_conditions_changed", 40),
            ("charged", 70),
            ("first_hearing_date_received", 78),
        ),
    ),
    Profile(
        "Ștefan Popescu",
        ("Ionuț Dumitru", "Mihai Stănescu"),
        "RO",
        "ro",
        "Ioana Marinescu",
        41,
        ("labour",),
        "a hand car wash",
        "consent",
        190,
        rights_off=(
            "Assessed with the victim on the day of the report: not vulnerable or intimidated, "
            "not persistently targeted; the victim asked for the standard service. Reviewed "
            "by DS 2210 R. Patel."
        ),
        updates="late",
        exit="revised",
        late_referral=True,
    ),
    Profile(
        "Łukasz Wiśniewski",
        ("Paweł Kowalczyk", "Tomasz Zieliński"),
        "PL",
        "pl",
        None,
        52,
        ("labour",),
        "a vegetable packing warehouse",
        "dtn",
        130,
        opt_out=True,
        exit="overdue_review",
        correction=True,
        events=(
            ("arrest", 20),
            ("interview_under_caution", 20),
            ("released_under_investigation", 21),
        ),
    ),
    Profile(
        "Олена Коваленко (Olena Kovalenko)",
        ("Ірина Шевченко (Iryna Shevchenko)", "Марія Бондаренко (Mariia Bondarenko)"),
        "UA",
        "uk",
        "Iryna Bondar",
        34,
        ("domestic_servitude",),
        "a private house where she cooked, cleaned and cared for children unpaid",
        "consent",
        175,
        updates="missing",
        spoc_change=True,
    ),
    Profile(
        "ሰላም ተስፋይ (Selam Tesfay)",
        ("ሄለን ገብረ (Helen Gebre)", "ሚካኤል ዮሃንስ (Mikael Yohannes)"),
        "ER",
        "ti",
        "Yonas Haile",
        16,
        ("sexual", "labour"),
        "a takeaway and the flat above it",
        "child",
        95,
        correction=True,
        events=(
            ("arrest", 30),
            ("interview_under_caution", 30),
            ("released_under_investigation", 31),
        ),
    ),
    Profile(
        "أحمد الحسن (Ahmed Al-Hassan)",
        ("يوسف إبراهيم (Yousif Ibrahim)", "خالد عثمان (Khalid Osman)"),
        "SD",
        "ar",
        "Omar Farouk",
        19,
        ("criminal",),
        "a drug supply line run from a flat in the town",
        "consent",
        120,
        updates="missing",
        exit="agreed",
    ),
    Profile(
        "王伟 (Wang Wei)",
        ("李强 (Li Qiang)", "张磊 (Zhang Lei)"),
        "CN",
        "zh",
        "Li Na",
        38,
        ("labour",),
        "a restaurant kitchen",
        "consent",
        220,
        known_dob=False,
        rg="negative",
        updates="late",
        exit="drafted",
    ),
    Profile(
        "Γιώργος Παπαδόπουλος (Giorgos Papadopoulos)",
        ("Νίκος Αντωνίου (Nikos Antoniou)", "Κώστας Δημητρίου (Kostas Dimitriou)"),
        "GR",
        "el",
        "Eleni Georgiou",
        45,
        ("labour",),
        "a scallop fishing boat",
        "consent",
        160,
        correction=True,
    ),
    Profile(
        "Jordan Reid",
        ("Tyler Brooks", "Kai Morgan"),
        "GB",
        "en",
        None,
        15,
        ("criminal",),
        "a county line supplying drugs to another town",
        "child",
        70,
        spoc_change=True,
        events=(("arrest", 8), ("interview_under_caution", 8), ("released_on_bail", 9)),
    ),
)
COLLEAGUES = ("PC 3390 L. Hughes", "PC 2718 S. Byrne", "DC 6021 T. Adeyemi")
LEADS = ("DS 2210 R. Patel", "DI 1150 C. Murray", "DS 3307 H. Lewis")
AUTHORISERS = ("PS 1877 K. Doyle", "Insp 1022 M. Evans")
UPDATE_WORDS = {
    "arrest": "a suspect had been arrested",
    "interview_under_caution": "the suspect had been interviewed under caution",
    "released_on_bail": "the suspect was released on bail with conditions not to contact them",
    "released_under_investigation": "the suspect was released under investigation",
    "bail_conditions_changed": "the bail conditions had changed (new address, same exclusion)",
    "charged": "the suspect had been charged",
    "first_hearing_date_received": "the date of the first hearing at the magistrates' court",
}
