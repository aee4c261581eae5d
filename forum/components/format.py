"""Small text helpers for views."""

from __future__ import annotations

import reflex as rx


def counted(count: rx.Var[int], singular: str, plural: str | None = None) -> rx.Var[str]:
    """"1 reply", "3 replies": the count with the noun in the right number."""
    return count.to_string() + rx.cond(count == 1, f" {singular}", f" {plural or singular + 's'}")
