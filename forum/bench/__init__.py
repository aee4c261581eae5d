"""Benchmarks, run as ``python -m forum.bench <name>``; each is a module exposing ``add_parser``.

Deterministic inputs (seeded), one process, one core; they print a table and change nothing.
"""
