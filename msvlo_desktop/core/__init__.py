"""Pure domain logic: entities, validation, rules, calendar, obligations and the hash chain.

Nothing here imports Qt or a database driver, so every rule is testable on its own.
"""
