from __future__ import annotations

import datetime
from typing import Any

import pytest

from ankunft.core.languages import ensure_language_catalogue
from ankunft.events.models import Event, Registration, RegistrationStatus
from ankunft.events.services import event_cancel
from tests.browser.conftest import axe_violations
from tests.factories import BERLIN, DeclarationFactory, RegionFactory, make_event

pytestmark = [pytest.mark.browser]


def _in_days(days: int, hour: int) -> datetime.datetime:
    day = datetime.datetime.now(BERLIN).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=BERLIN)


@pytest.fixture
def calendar(transactional_db: None) -> dict[str, Event]:
    ensure_language_catalogue()  # a transactional test empties every table afterwards
    region = RegionFactory(
        slug="kaiserslautern",
        name="Kaiserslautern",
        features=["events"],
        language_codes=["de", "en", "ar", "uk"],
    )
    DeclarationFactory(region=region)
    course = make_event(
        region,
        title={"de": "Fahrradkurs", "uk": "Курс їзди на велосипеді", "ar": "دورة ركوب الدراجات"},
        summary={"de": "Sicher durch die Stadt.", "uk": "Безпечно містом."},
        description={"de": "<p>Wir üben zusammen.</p>"},
        starts_at=_in_days(3, 17),
        registration=True,
        capacity=12,
        languages=["de", "uk"],
        step_free=True,
        questions=[
            {
                "label": {"de": "Haben Sie ein Fahrrad?", "uk": "Чи маєте ви велосипед?"},
                "required": True,
            }
        ],
    )
    cafe = make_event(
        region,
        title={"de": "Sprachcafé", "ar": "مقهى اللغة"},
        starts_at=_in_days(1, 18),
        rrule="FREQ=WEEKLY",
    )
    party = make_event(region, title={"de": "Sommerfest"}, starts_at=_in_days(2, 15))
    event_cancel(actor=None, event=party)
    return {"course": course, "cafe": cafe, "party": party}


def test_a_reader_registers_in_ukrainian_and_cancels(
    live_server: Any, new_page: Any, calendar: dict[str, Event]
) -> None:
    course = calendar["course"]
    page = new_page()
    page.goto(f"{live_server.url}/kaiserslautern/uk/events/{course.pk}/")
    assert page.locator("h1").inner_text() == "Курс їзди на велосипеді"
    assert page.locator("[data-free-places]").get_attribute("data-free-places") == "12"
    page.locator("#id_name").fill("Олена Петренко")
    page.locator("#id_email").fill("olena@example.org")
    page.get_by_label("Чи маєте ви велосипед?").fill("Так")
    page.locator(".event-register__form button[type=submit]").click()

    page.wait_for_url("**/uk/events/registration/*/")
    status = page.locator("[data-registration-status]")
    assert status.get_attribute("data-registration-status") == "confirmed"
    assert "Олена Петренко" in status.inner_text()
    assert page.evaluate("document.documentElement.lang") == "uk"
    registration = Registration.objects.get()
    assert registration.language == "uk"
    assert registration.answers == {"q1": "Так"}

    page.locator("button[name=action][value=cancel]").click()
    page.locator("button[name=action][value=confirm_cancel]").click()
    page.wait_for_selector("[data-registration-status=cancelled]")
    assert page.locator("button[name=action]").count() == 0
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


def test_the_month_grid_becomes_a_day_list_on_a_phone(
    live_server: Any, new_page: Any, calendar: dict[str, Event]
) -> None:
    start = calendar["cafe"].starts_at.astimezone(BERLIN)
    address = f"{live_server.url}/kaiserslautern/de/events/month/{start.year}-{start.month:02d}/"
    phone = new_page()
    phone.goto(address)
    assert phone.evaluate("getComputedStyle(document.querySelector('.month-grid')).display") == (
        "block"
    )
    first_day = phone.locator(".month-grid__cell:not(.month-grid__cell--empty)").first
    assert first_day.locator(".month-grid__label").is_visible()
    assert first_day.locator("a").first.is_visible()

    desk = new_page()
    desk.set_viewport_size({"width": 1280, "height": 900})
    desk.goto(address)
    assert desk.evaluate("getComputedStyle(document.querySelector('.month-grid')).display") == (
        "table"
    )
    assert desk.locator(".month-grid thead th").first.is_visible()


def test_the_calendar_filters_without_javascript(
    live_server: Any, new_page: Any, calendar: dict[str, Event]
) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(f"{live_server.url}/kaiserslautern/de/events/")
    assert page.locator(".event-list", has_text="Sommerfest").count() >= 1
    page.locator("details.filter-group", has_text="Gesprochene Sprache").locator("summary").click()
    page.locator(".event-filters a[href*='language=uk']").click()
    page.wait_for_url("**language=uk*")
    results = page.locator(".event-results").inner_text()
    assert "Fahrradkurs" in results
    assert "Sprachcafé" not in results
    assert "language=uk" in page.locator("#feed-url").input_value()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_event_pages_have_no_wcag_violations(
    live_server: Any, new_page: Any, calendar: dict[str, Event], language: str
) -> None:
    course = calendar["course"]
    start = course.starts_at.astimezone(BERLIN)
    page = new_page()
    failures = {}
    for path in [
        "events/",
        "events/week/",
        f"events/month/{start.year}-{start.month:02d}/",
        f"events/{course.pk}/",
        f"events/{calendar['cafe'].pk}/",
        f"events/{calendar['party'].pk}/",
    ]:
        for width in (390, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{live_server.url}/kaiserslautern/{language}/{path}")
            violations = axe_violations(page)
            if violations:
                failures[f"{path} at {width}px"] = violations
    assert not failures, failures
