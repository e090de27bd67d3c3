from __future__ import annotations

import json
from typing import Any

import pytest

from ankunft.offers.models import Offer, OfferStatus
from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo_data")]


def arabic_course() -> Offer:
    """A published German course of the demo that has an Arabic title."""
    offers = Offer.objects.filter(
        region__slug="kaiserslautern", status=OfferStatus.PUBLISHED, title__has_key="ar"
    )
    return next(o for o in offers if "language_course" in o.categories and o.locations.exists())


def test_a_reader_searches_in_arabic_filters_opens_the_map_and_a_detail_page(
    live_server: Any, new_page: Any
) -> None:
    course = arabic_course()
    word = max(course.title["ar"].split(), key=len)
    page = new_page()
    page.goto(f"{live_server.url}/kaiserslautern/ar/offers/")
    page.get_by_role("searchbox").fill(word)
    page.get_by_role("searchbox").press("Enter")
    page.wait_for_url("**/offers/?q=*")
    results = page.locator(".offer-list")
    assert course.title["ar"] in results.inner_text()

    page.locator("details.filter-group").first.locator("summary").click()
    page.locator(".offer-filters a[href*='category=language_course']").click()
    page.wait_for_url("**category=language_course*")
    assert course.title["ar"] in page.locator(".offer-list").inner_text()
    assert page.locator(".filter-option--on").count() == 1

    page.locator(".view-switch a[href*='/offers/map/']").click()
    page.wait_for_url("**/offers/map/?*category=language_course*")
    page.wait_for_selector("#offer-map[data-state=ready]")
    assert int(page.locator("#offer-map").get_attribute("data-markers")) >= 1
    assert page.locator(".leaflet-marker-icon, .marker-cluster").count() >= 1

    page.go_back()
    page.locator(".offer-list a", has_text=course.title["ar"]).click()
    page.wait_for_url(f"**/offers/{course.pk}/")
    assert page.locator("h1").inner_text() == course.title["ar"]
    data = json.loads(page.locator("script[type='application/ld+json']").inner_text())
    assert data["@type"] == "Service"
    assert page.evaluate("document.documentElement.dir") == "rtl"


@pytest.mark.parametrize("language", ["de", "ar"])
def test_offer_pages_have_no_wcag_violations(
    live_server: Any, new_page: Any, language: str
) -> None:
    course = arabic_course()
    page = new_page()
    failures = {}
    for path in ["offers/", "offers/?category=counselling&free=1", f"offers/{course.pk}/"]:
        page.goto(f"{live_server.url}/kaiserslautern/{language}/{path}")
        violations = axe_violations(page)
        if violations:
            failures[path] = violations
    page.goto(f"{live_server.url}/kaiserslautern/{language}/offers/map/")
    page.wait_for_selector("#offer-map[data-state=ready]")
    violations = axe_violations(page)
    if violations:
        failures["offers/map/"] = violations
    assert not failures, failures


def test_the_directory_works_without_javascript(live_server: Any, new_page: Any) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(f"{live_server.url}/kaiserslautern/de/offers/?q=Deutschkurs&free=1")
    text = page.locator(".offer-list").inner_text()
    assert "Integrationskurs" in text or "Deutsch" in text
    page.locator(".offer-list a").first.click()
    assert page.locator("h1").inner_text()
