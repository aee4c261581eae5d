"""Plain HTTP routes Reflex does not cover (health, sign-in callbacks, feeds, crawler pages).

They are mounted in front of Reflex's own routes through ``rx.App(api_transformer=...)``, so they win.
"""
