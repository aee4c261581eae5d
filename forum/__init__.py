"""Frontline: a community forum for customer-service practitioners.

Layers, each importing only downward: ``models`` (SQLModel tables) → ``policy`` (pure rules) → ``services``
(use cases on a DB session) → ``state`` (thin Reflex states) → ``components``/``pages`` (views). HTTP routes
Reflex does not cover live in ``http``. ``app`` is the one module that wires everything together.
"""
