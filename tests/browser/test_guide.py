from __future__ import annotations

from typing import Any

import pytest
from django_otp.oath import totp

from ankunft.accounts.models import Role
from ankunft.core.languages import ensure_language_catalogue
from ankunft.core.models import Region
from ankunft.guide.models import Page
from ankunft.guide.selectors import states_of_page
from ankunft.guide.services import page_save_text
from tests.browser.conftest import axe_violations
from tests.factories import (
    PASSWORD,
    DeclarationFactory,
    RegionFactory,
    RoleAssignmentFactory,
    TOTPDeviceFactory,
    make_page,
)

pytestmark = [pytest.mark.browser]

ARABIC_TITLE = "الخطوات الأولى"
ARABIC_TEXT = "<h2>التسجيل</h2><p>سجّل عنوانك خلال أسبوعين.</p><h2>المساعدة</h2><p>نحن نساعدك.</p>"


@pytest.fixture
def guide(transactional_db: None) -> dict[str, Any]:
    ensure_language_catalogue()  # a transactional test empties every table afterwards
    region = RegionFactory(
        slug="kaiserslautern",
        name="Kaiserslautern",
        features=["guide"],
        language_codes=["de", "en", "ar", "uk"],
    )
    DeclarationFactory(region=region)
    first = make_page(
        region,
        title="Erste Schritte",
        content=(
            "<h2>Anmeldung</h2><p>Melden Sie Ihre Wohnung an.</p><h2>Hilfe</h2><p>Wir helfen.</p>"
        ),
        slug="first-steps",
        translations={
            "en": (
                "First steps",
                "<h2>Registration</h2><p>Register your flat.</p><h2>Help</h2><p>We help.</p>",
            ),
            "ar": (ARABIC_TITLE, ARABIC_TEXT),
        },
    )
    health = make_page(
        region,
        title="Gesundheit",
        content="<p>Sie brauchen eine Krankenversicherung.</p>",
        slug="health",
        parent=first,
        translations={"ar": ("الصحة", "<p>تحتاج إلى تأمين صحي.</p>")},
    )
    return {"region": region, "first": first, "health": health}


def test_a_reader_saves_the_guide_and_reads_it_offline(
    live_server: Any, new_page: Any, guide: dict[str, Any]
) -> None:
    page = new_page()
    page.goto(f"{live_server.url}/kaiserslautern/ar/guide/")
    page.wait_for_selector("[data-offline]:not([hidden])")
    page.locator("[data-offline-save]").click()
    page.wait_for_selector("[data-offline-status][data-state=saved]")

    page.context.set_offline(True)
    page.goto(f"{live_server.url}/kaiserslautern/ar/guide/health/")
    assert page.locator("h1").inner_text() == "الصحة"
    page.goto(f"{live_server.url}/kaiserslautern/ar/guide/first-steps/")
    assert page.locator("h1").inner_text() == ARABIC_TITLE
    assert page.evaluate("document.documentElement.dir") == "rtl"
    page.wait_for_selector("[data-offline]:not([hidden])")
    page.wait_for_selector("[data-offline-status][data-state=offline]")

    # The office changes a page while the reader is offline: no request of the browser can
    # reach the server then (the SQLite test database locks a table a request is reading).
    page_save_text(
        page=guide["health"],
        actor=None,
        language="ar",
        title="الصحة والأطباء",
        content="<p>تحتاج إلى تأمين صحي وطبيب.</p>",
    )
    page.context.set_offline(False)
    page.wait_for_selector("[data-offline-status][data-state=updated]")
    page.context.set_offline(True)
    page.goto(f"{live_server.url}/kaiserslautern/ar/guide/health/")
    assert page.locator("h1").inner_text() == "الصحة والأطباء"


def test_an_arabic_guide_page_is_laid_out_right_to_left(
    live_server: Any, new_page: Any, guide: dict[str, Any]
) -> None:
    page = new_page()
    page.goto(f"{live_server.url}/kaiserslautern/ar/guide/first-steps/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.guide-page')).direction") == "rtl"
    )
    toc = page.locator(".toc a")
    assert toc.count() == 2
    toc.first.click()
    assert page.url.endswith("#section-1")
    breadcrumb = page.locator(".breadcrumb").bounding_box()
    heading = page.locator("h1").bounding_box()
    # Right-to-left: text starts at the right edge, so the heading ends near the right margin.
    viewport = page.viewport_size["width"]
    assert heading["x"] + heading["width"] > viewport * 0.8
    assert breadcrumb["x"] + breadcrumb["width"] > viewport * 0.8


def test_the_guide_reads_without_javascript(
    live_server: Any, new_page: Any, guide: dict[str, Any]
) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(f"{live_server.url}/kaiserslautern/de/guide/")
    page.get_by_role("link", name="Gesundheit").click()
    assert page.locator("h1").inner_text() == "Gesundheit"
    assert page.locator("[data-offline]").is_hidden()
    page.goto(f"{live_server.url}/kaiserslautern/de/guide/search/?q=kranken")
    assert "Gesundheit" in page.locator(".search-hits").inner_text()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_guide_pages_have_no_wcag_violations(
    live_server: Any, new_page: Any, guide: dict[str, Any], language: str
) -> None:
    page = new_page()
    failures = {}
    for path in [
        "guide/",
        "guide/first-steps/",
        "guide/health/",
        "guide/search/?q=a",
        "guide/news/",
    ]:
        page.goto(f"{live_server.url}/kaiserslautern/{language}/{path}")
        violations = axe_violations(page)
        if violations:
            failures[path] = violations
    assert not failures, failures


def test_staff_update_an_outdated_translation_side_by_side(
    live_server: Any, new_page: Any, guide: dict[str, Any]
) -> None:
    region: Region = guide["region"]
    first: Page = guide["first"]
    page_save_text(
        page=first,
        actor=None,
        language="de",
        title="Erste Schritte",
        content="<h2>Anmeldung</h2><p>Melden Sie Ihre Wohnung im Bürgerbüro an.</p>"
        "<h2>Hilfe</h2><p>Wir helfen.</p>",
    )
    staff = RoleAssignmentFactory(region=region, role=Role.OFFICE_STAFF).user
    device = TOTPDeviceFactory(user=staff)

    page = new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/office/kaiserslautern/guide/")
    page.locator("#id_username").fill(staff.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/accounts/login/verify/")
    page.locator("#id_token").fill(f"{totp(device.bin_key):06d}")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/office/kaiserslautern/guide/")

    page.locator(f"a[href$='/guide/{first.pk}/translate/en/']").click()
    page.wait_for_url(f"**/guide/{first.pk}/translate/en/")
    assert page.locator(".source-diff ins").first.inner_text().strip().startswith("im")
    source = page.locator(".side-by-side .source").bounding_box()
    editor = page.locator("#id_content").bounding_box()
    assert source["x"] < editor["x"]  # the original on the left, the translation beside it
    page.locator("#id_content").fill(
        "<h2>Registration</h2><p>Register your flat at the citizens' office.</p>"
        "<h2>Help</h2><p>We help.</p>"
    )
    page.get_by_role("button", name="Save the translation").click()
    page.wait_for_selector(".messages")
    assert states_of_page(first).state("en").state == "up_to_date"
    assert axe_violations(page) == []
