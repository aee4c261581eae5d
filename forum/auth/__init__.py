"""Sign-in plumbing shared by the HTTP routes and the Reflex states: cookies, CSRF tokens, OpenID clients.

No database work and no Reflex imports here; the account logic lives in ``forum.services``.
"""
