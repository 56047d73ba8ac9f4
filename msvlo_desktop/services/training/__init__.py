"""Training vaults: realistic, clearly fictional cases for training, demos and benchmarks.

Every case goes in through the real service methods (``Vault.add_case``, ``add_entry``,
``update_case``, ``close_case``), so every rule the window enforces is applied to it. The
vault's clock is walked through the months of each case so entries are recorded when they
would have been; all timestamps fall before ``now``.

The people are invented. Victims come from several countries with names in their own script
(a Latin transliteration beside the non-Latin ones, as police systems record them); phone
numbers come from the ranges Ofcom reserves for drama (07700 900xxx, 01632 960xxx) and
addresses from invented streets in an invented town. The cases are built to show every part
of the application: adults and children (one age disputed), enhanced rights switched off with
a reason, an opt-out from updates, months of interactions with interpreters and checklist
actions, provisions with need and justification, investigation events with victim updates
on time, late with a reason, or missing (overdue), NRM referrals (Duty to Notify for an adult
who does not consent; never for a child), RG and CG decisions, MASH and ICTG referrals for
children, SPOC changes, corrections, sensitive entries, and exit strategies at every stage,
one agreed with the lead investigator and its case closed.

The same ``seed`` and ``now`` always give the same cases; case ``i`` does not depend on how
many cases are made. ``entries_per_case`` pads or trims each case's log to exactly that many
entries for benchmarks.
"""

from msvlo_desktop.services.training.cast import TRAINING_OFFICER
from msvlo_desktop.services.training.generator import create_training_vault, fill_training_vault

__all__ = ["TRAINING_OFFICER", "create_training_vault", "fill_training_vault"]
