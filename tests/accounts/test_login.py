from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django_otp.oath import totp

from ankunft.accounts.models import Role
from ankunft.core.models import Region
from tests.conftest import make_user_with_role
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def current_code(user: Any) -> str:
    device = user.totpdevice_set.get()
    return f"{totp(device.bin_key):06d}"


def test_a_person_without_second_factor_logs_in_with_password(client: Client) -> None:
    user = UserFactory()
    response = client.post("/accounts/login/", {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/accounts/").status_code == 200


def test_a_wrong_password_is_refused_with_a_message(client: Client) -> None:
    user = UserFactory()
    response = client.post("/accounts/login/", {"username": user.email, "password": "nope"})
    assert response.status_code == 400
    assert "The e-mail address or the password is not correct." in response.text


def test_staff_must_enter_the_code_after_the_password(client: Client, region: Region) -> None:
    staff = make_user_with_role(Role.OFFICE_STAFF, region)
    response = client.post(
        "/accounts/login/",
        {"username": staff.email, "password": PASSWORD, "next": "/office/kaiserslautern/"},
    )
    assert response["Location"] == "/accounts/login/verify/"
    assert client.get("/office/kaiserslautern/").status_code == 302
    response = client.post("/accounts/login/verify/", {"token": current_code(staff)})
    assert response["Location"] == "/office/kaiserslautern/"
    assert client.get("/office/kaiserslautern/").status_code == 200


def test_a_wrong_code_does_not_log_in(client: Client, region: Region) -> None:
    staff = make_user_with_role(Role.OFFICE_STAFF, region)
    client.post("/accounts/login/", {"username": staff.email, "password": PASSWORD})
    wrong = f"{(int(current_code(staff)) + 1) % 1_000_000:06d}"
    response = client.post("/accounts/login/verify/", {"token": wrong})
    assert response.status_code == 400
    assert client.get("/accounts/").status_code == 302


def test_a_malformed_code_gets_a_clear_message(client: Client, region: Region) -> None:
    staff = make_user_with_role(Role.OFFICE_STAFF, region)
    client.post("/accounts/login/", {"username": staff.email, "password": PASSWORD})
    response = client.post("/accounts/login/verify/", {"token": "12ab"})
    assert response.status_code == 400
    assert "Enter the six digits shown in your app." in response.text


def test_staff_without_authenticator_are_sent_to_set_one_up(client: Client, region: Region) -> None:
    staff = make_user_with_role(Role.OFFICE_STAFF, region)
    staff.totpdevice_set.all().delete()
    client.post("/accounts/login/", {"username": staff.email, "password": PASSWORD})
    response = client.get("/office/kaiserslautern/")
    assert response["Location"] == "/accounts/login/verify/"
    assert client.get("/accounts/login/verify/")["Location"] == "/accounts/two-factor/"


def test_setting_up_the_authenticator_switches_it_on(client: Client, region: Region) -> None:
    staff = make_user_with_role(Role.OFFICE_STAFF, region)
    staff.totpdevice_set.all().delete()
    client.force_login(staff)
    page = client.get("/accounts/two-factor/")
    assert page.status_code == 200 and 'src="data:image/svg+xml;base64,' in page.text
    device = staff.totpdevice_set.get(confirmed=False)
    response = client.post(
        "/accounts/two-factor/", {"action": "confirm", "token": f"{totp(device.bin_key):06d}"}
    )
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/office/kaiserslautern/").status_code == 200


def test_staff_cannot_switch_off_the_second_factor(client: Client, region: Region) -> None:
    staff = make_user_with_role(Role.OFFICE_STAFF, region)
    client.force_login(staff)
    client.post("/accounts/two-factor/", {"action": "remove"})
    assert staff.totpdevice_set.filter(confirmed=True).exists()


def test_repeated_wrong_passwords_lock_the_account(client: Client) -> None:
    user = UserFactory()
    for _attempt in range(5):
        client.post("/accounts/login/", {"username": user.email, "password": "wrong"})
    response = client.post("/accounts/login/", {"username": user.email, "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many attempts" in response.text
    assert client.get("/accounts/").status_code == 302


def test_login_refuses_a_foreign_next_url(client: Client) -> None:
    user = UserFactory()
    response = client.post(
        "/accounts/login/",
        {"username": user.email, "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == "/accounts/"


def test_the_password_reset_mail_links_to_a_working_form(client: Client, mailoutbox: Any) -> None:
    user = UserFactory()
    client.post("/accounts/password/reset/", {"email": user.email})
    link = next(line for line in mailoutbox[0].body.splitlines() if "/password/set/" in line)
    path = link.split("testserver", 1)[1].strip()
    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Neues-Passwort-2026", "new_password2": "Neues-Passwort-2026"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Neues-Passwort-2026")


def test_logout_needs_a_post(client: Client) -> None:
    client.force_login(UserFactory())
    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 302
