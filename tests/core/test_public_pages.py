from __future__ import annotations

import pytest
from django.test import Client

from ankunft.core.models import Region
from tests.factories import make_event

pytestmark = pytest.mark.django_db


def test_it_lists_regions_on_the_front_page(
    client: Client, region: Region, other_region: Region
) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert "Kaiserslautern" in response.text and "Gevelsberg" in response.text


def test_it_redirects_to_the_language_remembered_in_the_cookie(
    client: Client, region: Region
) -> None:
    client.get("/kaiserslautern/uk/")
    response = client.get("/kaiserslautern/")
    assert response["Location"] == "/kaiserslautern/uk/"


def test_it_redirects_to_the_browser_language_when_enabled(client: Client, region: Region) -> None:
    response = client.get("/kaiserslautern/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")
    assert response["Location"] == "/kaiserslautern/ar/"


def test_it_falls_back_to_the_region_default_language(client: Client, region: Region) -> None:
    response = client.get("/kaiserslautern/", HTTP_ACCEPT_LANGUAGE="ja")
    assert response["Location"] == "/kaiserslautern/de/"


def test_it_renders_the_start_page_in_arabic_right_to_left(client: Client, region: Region) -> None:
    response = client.get("/kaiserslautern/ar/")
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.text


def test_it_marks_a_fallback_text_with_a_notice_and_its_language(
    client: Client, region: Region
) -> None:
    response = client.get("/kaiserslautern/ar/")
    assert 'lang="de"' in response.text and "Willkommen!" in response.text
    assert 'class="notice notice--fallback"' in response.text


def test_it_answers_404_for_an_unknown_region(client: Client, region: Region) -> None:
    response = client.get("/atlantis/de/")
    assert response.status_code == 404
    assert "There is no city or region with this address." in response.text


def test_it_answers_a_friendly_404_for_a_language_the_region_does_not_offer(
    client: Client, region: Region
) -> None:
    response = client.get("/kaiserslautern/tr/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "<h1>" in response.text and "Traceback" not in response.text


def test_it_serves_imprint_and_privacy(client: Client, region: Region) -> None:
    assert "Impressum der Stadt" in client.get("/kaiserslautern/de/imprint/").text
    assert "Datenschutz der Stadt" in client.get("/kaiserslautern/de/privacy/").text


def test_it_serves_a_web_app_manifest_in_the_reading_language(
    client: Client, region: Region
) -> None:
    response = client.get("/kaiserslautern/ar/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    data = response.json()
    assert (data["lang"], data["dir"], data["start_url"]) == ("ar", "rtl", "/kaiserslautern/ar/")


def test_it_offers_every_region_language_in_the_switcher(client: Client, region: Region) -> None:
    response = client.get("/kaiserslautern/de/alliance/")
    for code in ("de", "en", "ar", "uk"):
        assert f'href="/kaiserslautern/{code}/alliance/"' in response.text


def test_it_rejects_a_post_to_a_read_only_page(client: Client, region: Region) -> None:
    assert client.post("/kaiserslautern/de/").status_code == 405


def test_it_sends_security_headers(client: Client, region: Region) -> None:
    response = client.get("/kaiserslautern/de/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_health_check_answers(client: Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


def test_a_form_without_csrf_token_is_refused_with_a_friendly_page(region: Region) -> None:
    client = Client(enforce_csrf_checks=True, headers={"accept-language": "en"})
    response = client.post("/kaiserslautern/en/alliance/sign/", {"name": "X"})
    assert response.status_code == 403
    assert "Please reload it and try again." in response.text


def test_it_shows_the_next_events_on_the_start_page(client: Client, region: Region) -> None:
    event = make_event(region, title={"de": "Weltcafé", "en": "World Café"})
    html = client.get(f"/{region.slug}/en/").content.decode()
    assert f'href="/{region.slug}/en/events/{event.pk}/"' in html
    assert "World Café" in html
    assert f'href="/{region.slug}/en/events/"' in html


def test_it_leaves_events_off_the_start_page_when_the_feature_is_off(
    client: Client, region: Region
) -> None:
    make_event(region, title={"de": "Weltcafé"})
    region.features = [feature for feature in region.features if feature != "events"]
    region.save(update_fields=["features"])
    html = client.get(f"/{region.slug}/de/").content.decode()
    assert "Weltcafé" not in html
    assert f"/{region.slug}/de/events/" not in html
