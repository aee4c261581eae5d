"""An outbox row as a standard-library :class:`~email.message.EmailMessage` (multipart/alternative).

Headers: From, To, Subject, Date, the row's fixed ``Message-ID`` and whatever the row carries in ``headers``
(``In-Reply-To``/``References`` for threading, ``List-Unsubscribe`` and ``List-Unsubscribe-Post``), plus
``Auto-Submitted: auto-generated`` so vacation responders stay quiet.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from email.utils import format_datetime

from forum.models import OutboxMessage


def default_from(site_name: str, host: str) -> str:
    return f"{site_name} <noreply@{host}>"


def build_message(row: OutboxMessage, mail_from: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = mail_from
    message["To"] = row.to_addr
    message["Subject"] = row.subject
    message["Date"] = format_datetime(row.created_at)
    message["Message-ID"] = row.message_id
    message["Auto-Submitted"] = "auto-generated"
    for name, value in json.loads(row.headers or "{}").items():
        message[name] = value
    message.set_content(row.text_body)
    if row.html_body:
        message.add_alternative(row.html_body, subtype="html")
    return message
