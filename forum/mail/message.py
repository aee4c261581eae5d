"""An outbox row as a MIME message (multipart/alternative: plain text, then HTML).

Headers: From, To, Subject, Date, the row's fixed ``Message-ID`` and whatever the row carries in ``headers``
(``In-Reply-To``/``References`` for threading, ``List-Unsubscribe`` and ``List-Unsubscribe-Post``), plus
``Auto-Submitted: auto-generated`` so vacation responders stay quiet.

Built with the standard library's ``email.mime`` classes (the compat32 policy): several times faster than
``EmailMessage`` with the default policy, which re-parses every header; non-ASCII subjects and names are
RFC 2047-encoded, bodies are UTF-8 (quoted-printable).
"""

from __future__ import annotations

import json
from email import charset as _charset
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr, parseaddr

from forum.models import OutboxMessage

# Headers are folded only past RFC 5322's hard limit: a folded List-Unsubscribe URL breaks in some clients.
_POLICY = compat32.clone(max_line_length=998)
_UTF8_QP = _charset.Charset("utf-8")
_UTF8_QP.body_encoding = _charset.QP


def default_from(site_name: str, host: str) -> str:
    return f"{site_name} <noreply@{host}>"


def _address(value: str) -> str:
    name, addr = parseaddr(value)
    return formataddr((name, addr), charset="utf-8") if name else addr


def _part(body: str, subtype: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, policy=_POLICY)
    part.set_payload(body, charset=_UTF8_QP)
    return part


def _header(value: str) -> str | Header:
    return value if value.isascii() else Header(value, "utf-8")


def build_message(row: OutboxMessage, mail_from: str) -> Message:
    message: Message = MIMEMultipart("alternative", policy=_POLICY) if row.html_body else _part(row.text_body, "plain")
    message["From"] = _address(mail_from)
    message["To"] = _address(row.to_addr)
    message["Subject"] = _header(row.subject)
    message["Date"] = format_datetime(row.created_at)
    message["Message-ID"] = row.message_id
    message["Auto-Submitted"] = "auto-generated"
    for name, value in json.loads(row.headers or "{}").items():
        message[name] = value
    if row.html_body:
        message.attach(_part(row.text_body, "plain"))
        message.attach(_part(row.html_body, "html"))
    return message
