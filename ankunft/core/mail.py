"""Transactional e-mail, rendered in the recipient's language."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation


def send_mail_in_language(
    *,
    to: list[str],
    subject_template: str,
    body_template: str,
    context: dict[str, Any],
    language: str,
    attachments: list[tuple[str, bytes, str]] | None = None,
) -> None:
    """Render now, send after the surrounding transaction commits (never for rolled back work).

    Attachments are (file name, content, MIME type)."""
    interface_codes = {code for code, _name in settings.LANGUAGES}
    with translation.override(language if language in interface_codes else "de"):
        context = {**context, "site_url": settings.ANKUNFT_SITE_URL}
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    message = EmailMessage(subject=subject, body=body, to=to)
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    transaction.on_commit(lambda: message.send(fail_silently=False))
