"""Use cases. Each function takes a database ``Session`` and plain arguments, applies the policy, persists,
and returns plain data (dataclasses of str/int/bool), never ORM objects. Nothing here imports Reflex."""
