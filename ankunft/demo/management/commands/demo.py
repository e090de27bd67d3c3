from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from ankunft.demo.loader import DEMO_PASSWORD, demo_load, demo_totp_secret


class Command(BaseCommand):
    help = "Load or refresh the demo data (Kaiserslautern and Gevelsberg) and print the logins."

    def handle(self, *args: Any, **options: Any) -> None:
        logins = demo_load()
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for login in logins:
            line = f"  {login.email:<42} {login.description}"
            if login.needs_second_factor:
                line += f"  [authenticator key {demo_totp_secret(login.email)}]"
            self.stdout.write(line)
        self.stdout.write(
            "Staff logins need a second factor: add the key to an authenticator app, "
            "or run `ankunft democodes` for the current codes."
        )
