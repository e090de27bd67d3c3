from __future__ import annotations

from typing import Any

import pytest
from django_otp.oath import totp

from ankunft.demo.loader import DEMO_PASSWORD, demo_totp_key

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo_data")]
STAFF = "buero@kaiserslautern.example.org"


def test_a_citizen_signs_and_office_staff_approve_after_a_totp_login(
    live_server: Any, new_page: Any
) -> None:
    citizen = new_page()
    citizen.goto(f"{live_server.url}/kaiserslautern/de/alliance/sign/")
    citizen.locator("#id_name").fill("Amal Testperson")
    citizen.locator("#id_email").fill("amal@example.org")
    citizen.locator("#id_consent").check()
    citizen.locator("form button[type=submit]").click()
    citizen.wait_for_url("**/alliance/thanks/")

    staff = new_page()
    staff.goto(f"{live_server.url}/office/kaiserslautern/")
    staff.locator("#id_username").fill(STAFF)
    staff.locator("#id_password").fill(DEMO_PASSWORD)
    staff.locator("main form button[type=submit]").click()
    staff.wait_for_url("**/accounts/login/verify/")
    staff.locator("#id_token").fill(f"{totp(bytes.fromhex(demo_totp_key(STAFF))):06d}")
    staff.locator("main form button[type=submit]").click()
    staff.wait_for_url("**/office/kaiserslautern/")
    staff.locator(".office-nav a[href$='/signatures/']").click()
    staff.get_by_role("link", name="Amal Testperson").click()
    staff.locator("input[name=decision][value=approve] + button").click()
    staff.wait_for_url("**/office/kaiserslautern/signatures/")

    citizen.goto(f"{live_server.url}/kaiserslautern/de/alliance/")
    assert "Amal Testperson" in citizen.locator(".signatories").inner_text()
