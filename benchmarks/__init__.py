"""Reproducible performance runs of MSVLO Desktop on synthetic vaults of growing size.

``python -m benchmarks`` (``make bench``) builds, or reuses from ``benchmarks/out/``, training
vaults of 10, 100 and 1,000 cases of about 1,000 entries each and one case of 10,000
entries, measures what an officer waits for (unlock, opening a case, saving an entry,
searching, the Today view, reports, verification) and prints one table with each figure
against its target. docs/PERFORMANCE.md explains every row.

Modules: ``generate`` (the vaults and their cache), ``probes`` (each measurement, run in its
own subprocess), ``stats`` (medians and spreads), ``targets`` (targets and the table),
``machine`` (what the run ran on), ``__main__`` (the command).
"""
