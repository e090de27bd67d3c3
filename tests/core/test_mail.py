"""E-mail goes out over real SMTP to a small fake server on 127.0.0.1."""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from email import message_from_bytes
from email.header import decode_header, make_header
from typing import Any

import pytest

from ankunft.accounts.models import Role
from ankunft.accounts.services import user_invite
from ankunft.core.models import Region
from tests.factories import UserFactory


class FakeSMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for Django's backend: EHLO, MAIL, RCPT, DATA, QUIT."""

    def reply(self, line: str) -> None:
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self) -> None:
        self.reply("220 fake.example ESMTP")
        recipients: list[str] = []
        while line := self.rfile.readline():
            command = line.decode().strip()
            verb = command.split(" ", 1)[0].upper()
            if verb in {"EHLO", "HELO"}:
                self.reply("250 fake.example")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip(" <>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 go on")
                data = b""
                while (chunk := self.rfile.readline()) != b".\r\n":
                    data += chunk
                self.server.received.append((recipients, data))  # type: ignore[attr-defined]
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


@pytest.fixture
def smtp_server(settings: Any) -> Iterator[list[tuple[list[str], bytes]]]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), FakeSMTPHandler)
    server.received = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = server.server_address
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    yield server.received  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_an_invitation_is_delivered_over_smtp_in_the_invitees_language(
    region: Region,
    smtp_server: list[tuple[list[str], bytes]],
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        user_invite(
            actor=UserFactory(),
            region=region,
            email="olena@example.org",
            full_name="Olena",
            role=Role.INTERPRETER,
            language="uk",
        )
    [(recipients, data)] = smtp_server
    message = message_from_bytes(data)
    assert recipients == ["olena@example.org"]
    subject = str(make_header(decode_header(message["Subject"])))
    assert "Ankunft Kaiserslautern" in subject and any("\u0400" <= c <= "\u04ff" for c in subject)
    assert "/accounts/password/set/" in message.get_payload(decode=True).decode()


@pytest.mark.django_db
def test_nothing_is_sent_when_the_write_fails(
    region: Region,
    smtp_server: list[tuple[list[str], bytes]],
    django_capture_on_commit_callbacks: Any,
) -> None:
    from django.core.exceptions import ValidationError

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        user_invite(
            actor=UserFactory(),
            region=region,
            email="x@example.org",
            full_name="X",
            role="emperor",
            language="de",
        )
    assert smtp_server == []
