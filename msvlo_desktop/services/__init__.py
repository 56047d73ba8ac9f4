"""What the two front ends (the window and the ``msvlo`` command) ask for, with no Qt.

Each module answers one question the same way for both: ``today`` (the Today lines, their
groups and the forms they open), ``next_due`` (the case list's next thing due), ``obligations``
(every obligation of every case, met or not, at any moment: ``msvlo due``), ``reports`` (a case
report's data and its export with the disclosure's audit record) and ``training`` (training
vaults). Services import core, storage and reports; nothing below them imports a service.
"""
