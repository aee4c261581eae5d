"""Being findable: head tags, structured data, Atom feeds and sitemaps, built as text from plain page data.

Pure functions only: no Reflex, no database, no HTTP framework. The callers (``forum.http`` routes) load the
data through the services and hand it here; everything returned is complete, escaped markup.
"""
