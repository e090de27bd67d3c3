from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ankunft.accounts.models import User


@pytest.mark.django_db
def test_createadmin_makes_a_platform_admin() -> None:
    call_command(
        "createadmin", email="chef@example.org", password="Sehr-geheim-2026", stdout=StringIO()
    )
    user = User.objects.get(email="chef@example.org")
    assert user.is_superuser and user.is_platform_admin and user.check_password("Sehr-geheim-2026")


@pytest.mark.django_db
def test_createadmin_refuses_a_weak_password() -> None:
    with pytest.raises(CommandError):
        call_command("createadmin", email="chef@example.org", password="123", stdout=StringIO())
    assert not User.objects.filter(email="chef@example.org").exists()


@pytest.mark.django_db
def test_createadmin_refuses_a_bad_address() -> None:
    with pytest.raises(CommandError):
        call_command("createadmin", email="chef", password="Sehr-geheim-2026", stdout=StringIO())


def test_the_ankunft_command_wraps_django(capsys: pytest.CaptureFixture[str]) -> None:
    from ankunft.cli import main

    main(["ankunft", "help", "demo"])
    assert "demo data" in capsys.readouterr().out
