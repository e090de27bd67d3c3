from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo_data")]

PUBLIC_PAGES = ["", "alliance/", "alliance/sign/", "imprint/", "privacy/"]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_public_pages_have_no_wcag_violations(
    live_server: Any, new_page: Any, language: str
) -> None:
    page = new_page()
    failures = {}
    for path in ["/", *[f"/kaiserslautern/{language}/{p}" for p in PUBLIC_PAGES]]:
        page.goto(live_server.url + path)
        violations = axe_violations(page)
        if violations:
            failures[path] = violations
    assert not failures, failures


def test_arabic_pages_are_right_to_left_and_mirrored(live_server: Any, new_page: Any) -> None:
    page = new_page()
    page.goto(f"{live_server.url}/kaiserslautern/ar/alliance/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    brand = page.locator(".brand").bounding_box()
    width = page.viewport_size["width"]
    assert brand["x"] + brand["width"] > width * 0.6, "the brand starts on the right in RTL"
    heading = page.locator("h1").bounding_box()
    assert heading["x"] + heading["width"] > width - 40
    assert page.locator(".guidelines").evaluate("e => getComputedStyle(e).paddingRight") != "0px"


def test_german_pages_are_left_to_right(live_server: Any, new_page: Any) -> None:
    page = new_page()
    page.goto(f"{live_server.url}/kaiserslautern/de/alliance/")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.locator(".brand").bounding_box()["x"] < 40


def test_the_language_switcher_keeps_the_page(live_server: Any, new_page: Any) -> None:
    page = new_page()
    page.goto(f"{live_server.url}/kaiserslautern/de/alliance/")
    page.locator(".language-switcher a[hreflang=uk]").click()
    page.wait_for_url("**/kaiserslautern/uk/alliance/")
    page.goto(f"{live_server.url}/kaiserslautern/")
    assert page.url.endswith("/kaiserslautern/uk/")


def test_pages_are_readable_without_javascript(live_server: Any, new_page: Any) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(f"{live_server.url}/kaiserslautern/de/alliance/")
    assert "Caritas" in page.locator("main").inner_text()


def test_the_accessibility_check_finds_a_real_violation(live_server: Any, new_page: Any) -> None:
    page = new_page()
    page.goto(f"{live_server.url}/kaiserslautern/de/")
    page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend', "
        "'<img src=\"/static/ankunft/icon.svg\">')"
    )
    assert "image-alt" in [violation["id"] for violation in axe_violations(page)]
