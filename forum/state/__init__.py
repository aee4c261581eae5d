"""Thin Reflex states: each holds one page of plain data and calls services off the event loop."""
