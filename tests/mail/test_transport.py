"""The transports: SMTP plain, STARTTLS and implicit TLS with a login, read from ``FRONTLINE_SMTP_URL``; and,
with no SMTP configured, ``.eml`` files in the data directory, one per Message-ID."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from forum.__main__ import main
from forum.mail.message import build_message
from forum.mail.transport import FileTransport, SmtpConfig, SmtpTransport, TransientError
from forum.models import OutboxMessage
from forum.settings import get_settings
from tests.mail.smtp import SmtpServer
from tests.mail.tls import make_certificate


def _message(to: str = "ana@example.org") -> OutboxMessage:
    return OutboxMessage(kind="test", to_addr=to, subject="Hello", message_id="<abc.1@frontline.test>",
                         text_body="Plain words.", html_body="<p>Plain words.</p>", created_at=datetime.now(UTC))


def _only(user: str, password: str) -> Any:
    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (user.encode(), password.encode())
        return AuthResult(success=ok)
    return authenticate


def test_the_url_names_tls_mode_login_and_port() -> None:
    assert SmtpConfig.from_url("smtp://mx.example.org") == SmtpConfig(host="mx.example.org", port=25)
    starttls = SmtpConfig.from_url("smtp://ana%40corp:p%3Ass@mx.example.org:587?starttls=1")
    assert (starttls.port, starttls.starttls, starttls.username, starttls.password) == (587, True, "ana@corp", "p:ss")
    implicit = SmtpConfig.from_url("smtps://u:p@mx.example.org")
    assert (implicit.port, implicit.implicit_tls, implicit.starttls) == (465, True, False)
    with pytest.raises(ValueError, match="FRONTLINE_SMTP_URL"):
        SmtpConfig.from_url("http://mx.example.org")


def test_starttls_with_a_login_delivers_over_an_encrypted_session(tmp_path: Path) -> None:
    cafile, context = make_certificate(tmp_path)
    server = SmtpServer(tls_context=context, require_starttls=True, authenticator=_only("ana", "s3cret"),
                        auth_require_tls=True)
    server.start()
    try:
        transport = SmtpTransport(SmtpConfig.from_url(
            f"smtp://ana:s3cret@127.0.0.1:{server.port}?starttls=1&cafile={cafile}"))
        with transport.connect() as send:
            send(build_message(_message(), "Frontline <forum@frontline.test>"))
    finally:
        server.stop()
    [received] = server.inbox.messages
    assert received["Message-ID"] == "<abc.1@frontline.test>"


def test_implicit_tls_delivers(tmp_path: Path) -> None:
    cafile, context = make_certificate(tmp_path)
    server = SmtpServer(ssl_context=context)
    server.start()
    try:
        transport = SmtpTransport(SmtpConfig.from_url(f"smtps://127.0.0.1:{server.port}?cafile={cafile}"))
        with transport.connect() as send:
            send(build_message(_message(), "Frontline <forum@frontline.test>"))
    finally:
        server.stop()
    assert len(server.inbox.messages) == 1


def test_a_server_we_cannot_reach_is_a_transient_failure() -> None:
    server = SmtpServer()  # never started
    with pytest.raises(TransientError), SmtpTransport(SmtpConfig.from_url(server.url)).connect():
        pass


def test_without_smtp_each_message_is_one_eml_file_however_often_it_is_written(tmp_path: Path) -> None:
    transport = FileTransport(tmp_path / "mail")
    message = build_message(_message(), "Frontline <forum@frontline.test>")
    for _ in range(2):
        with transport.connect() as send:
            send(message)
    [path] = (tmp_path / "mail").iterdir()
    parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert path.suffix == ".eml" and parsed["Message-ID"] == "<abc.1@frontline.test>"
    assert parsed.get_body(preferencelist=("plain",)).get_content().strip() == "Plain words."


def test_send_test_reports_where_the_message_went(engine: Any, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FRONTLINE_SMTP_URL", "")
    get_settings.cache_clear()
    assert main(["mail", "send-test", "me@example.org"]) == 0
    out = capsys.readouterr().out
    assert "written to" in out and out.strip().endswith(".eml")
    assert main(["mail", "send-test", "not an address"]) == 1
    server = SmtpServer()
    server.start()
    try:
        monkeypatch.setenv("FRONTLINE_SMTP_URL", server.url)
        get_settings.cache_clear()
        assert main(["mail", "send-test", "me@example.org"]) == 0
    finally:
        server.stop()
        get_settings.cache_clear()
    assert [m["To"] for m in server.inbox.messages] == ["me@example.org"]
