from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp

from ankunft.demo.loader import DEMO_LOGINS, demo_totp_key


class Command(BaseCommand):
    help = "Print the current two-factor codes of the demo staff accounts (development only)."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError("Demo codes are only shown with ANKUNFT_DEBUG=1.")
        for login in DEMO_LOGINS:
            if login.needs_second_factor:
                code = totp(bytes.fromhex(demo_totp_key(login.email)))
                self.stdout.write(f"{login.email:<42} {code:06d}")
