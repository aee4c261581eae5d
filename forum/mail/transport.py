"""Where messages go: an SMTP server (``FRONTLINE_SMTP_URL``) or, with none configured, ``.eml`` files.

``FRONTLINE_SMTP_URL`` forms:
- ``smtp://host[:port]`` plain SMTP (port 25 by default);
- ``smtp://user:password@host:587?starttls=1`` upgraded with STARTTLS (refused if the server cannot);
- ``smtps://user:password@host[:465]`` implicit TLS.
Optional query parameters: ``timeout`` (seconds, default 20) and ``cafile`` (a CA bundle to trust instead of
the system's, e.g. for a private relay). User and password are percent-decoded.

A transport is used as ``with transport.connect() as send: send(message)``: one connection per batch.
:class:`TransientError` means "try again later" (network down); :class:`MessageDeferred`, a kind of it,
that the server deferred one message (4xx) while the connection stays usable; :class:`PermanentError` that
it refused this message for good (5xx). The worker retries or gives up accordingly.

The file transport names each file after the message's ``Message-ID``, written atomically, so writing the
same message twice leaves one file: the embedded default delivers exactly once even across crashes.
"""

from __future__ import annotations

import logging
import os
import re
import smtplib
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

log = logging.getLogger("forum.mail")

Send = Callable[[Message], None]


class TransientError(Exception):
    """Delivery failed for now; the same message may succeed later."""


class PermanentError(Exception):
    """The server refused this message for good (a 5xx answer)."""


class MessageDeferred(TransientError):
    """The server deferred this one message (a 4xx answer, e.g. greylisting); the connection is still good."""


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    implicit_tls: bool = False
    starttls: bool = False
    username: str = ""
    password: str = ""
    timeout: float = 20.0
    cafile: str = ""

    @classmethod
    def from_url(cls, url: str) -> SmtpConfig:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValueError("FRONTLINE_SMTP_URL must look like smtp://host:port or smtps://user:pass@host")
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        implicit = parts.scheme == "smtps"
        return cls(host=parts.hostname, port=parts.port or (465 if implicit else 25), implicit_tls=implicit,
                   starttls=query.get("starttls", "0").lower() in ("1", "true", "yes"),
                   username=unquote(parts.username or ""), password=unquote(parts.password or ""),
                   timeout=float(query.get("timeout", "20")), cafile=query.get("cafile", ""))

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile or None)


def _classify(exc: Exception) -> Exception:
    code = getattr(exc, "smtp_code", None)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [c for c, _ in exc.recipients.values()]
        code = min(codes) if codes else None
    if isinstance(code, int) and 500 <= code < 600:
        return PermanentError(f"{code} {exc}")
    if isinstance(code, int) and 400 <= code < 500 and not isinstance(exc, smtplib.SMTPServerDisconnected):
        return MessageDeferred(f"{code} {exc}"[:400])
    return TransientError(f"{type(exc).__name__}: {exc}"[:400])


class SmtpTransport:
    """Sends through an SMTP server, one connection per ``connect()`` block."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    def _open(self) -> smtplib.SMTP:
        c = self.config
        if c.implicit_tls:
            conn: smtplib.SMTP = smtplib.SMTP_SSL(c.host, c.port, timeout=c.timeout, context=c.tls_context())
        else:
            conn = smtplib.SMTP(c.host, c.port, timeout=c.timeout)
        try:
            conn.ehlo()
            if c.starttls:
                conn.starttls(context=c.tls_context())  # raises when the server does not offer it
                conn.ehlo()
            if c.username:
                conn.login(c.username, c.password)
        except BaseException:
            conn.close()
            raise
        return conn

    @contextmanager
    def connect(self) -> Iterator[Send]:
        try:
            conn = self._open()
        except (OSError, smtplib.SMTPException) as exc:
            raise _classify(exc) from exc

        def send(message: Message) -> None:
            to = [addr for _, addr in getaddresses(message.get_all("To", []))]
            try:
                conn.send_message(message, to_addrs=to)
            except (OSError, smtplib.SMTPException) as exc:
                raise _classify(exc) from exc

        try:
            yield send
        finally:
            try:
                conn.quit()
            except (OSError, smtplib.SMTPException):
                conn.close()


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class FileTransport:
    """Writes each message to ``<directory>/<message id>.eml`` and logs the path (the ``make run`` default)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path_for(self, message: Message) -> Path:
        name = _UNSAFE.sub("_", str(message["Message-ID"]).strip("<>"))[:150] or "message"
        return self.directory / f"{name}.eml"

    @contextmanager
    def connect(self) -> Iterator[Send]:
        def send(message: Message) -> None:
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                path = self.path_for(message)
                tmp = path.with_suffix(".tmp")
                tmp.write_bytes(message.as_bytes())
                os.replace(tmp, path)  # atomic: a reader never sees half a message
            except OSError as exc:
                raise TransientError(str(exc)) from exc
            log.warning("mail to %s written to %s", message["To"], path)

        yield send


Transport = SmtpTransport | FileTransport


def transport_for(smtp_url: str, mail_dir: Path) -> Transport:
    """The configured transport: SMTP when ``smtp_url`` is set, else ``.eml`` files in ``mail_dir``."""
    return SmtpTransport(SmtpConfig.from_url(smtp_url)) if smtp_url else FileTransport(mail_dir)
