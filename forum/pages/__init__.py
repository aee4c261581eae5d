"""One module per route. Pages compose components and read page states."""
