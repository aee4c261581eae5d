"""Use cases. Each function takes a database ``Session`` and plain arguments, applies the policy, persists,
and returns plain data (dataclasses of str/int/bool), never ORM objects. Nothing here imports Reflex."""

from forum.services import text_safety as _text_safety  # noqa: F401  (refuse unstorable text in every session)
