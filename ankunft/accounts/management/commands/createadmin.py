from __future__ import annotations

import getpass
import os
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import validate_email

from ankunft.accounts.services import platform_admin_create


class Command(BaseCommand):
    help = (
        "Create a platform administrator. The password comes from --password, "
        "ANKUNFT_ADMIN_PASSWORD or a prompt."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--email", required=True)
        parser.add_argument("--name", default="")
        parser.add_argument("--password", default=None)

    def handle(self, *args: Any, **options: Any) -> None:
        email = options["email"].strip()
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"Not a valid e-mail address: {email}") from None
        password = options["password"] or os.environ.get("ANKUNFT_ADMIN_PASSWORD")
        if not password:
            password = getpass.getpass("Password: ")
        try:
            user = platform_admin_create(email=email, password=password, full_name=options["name"])
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Platform administrator {user.email} is ready. "
                "Set up two-factor authentication at first login."
            )
        )
