from __future__ import annotations

import pytest
from django.test import Client

from ankunft.core.models import Region
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_it_lists_regions(client: Client, region: Region, other_region: Region) -> None:
    data = client.get("/api/v1/regions").json()
    assert [item["slug"] for item in data] == ["gevelsberg", "kaiserslautern"]
    assert data[1]["languages"] == ["de", "en", "ar", "uk"]


def test_it_lists_a_regions_languages_with_direction(client: Client, region: Region) -> None:
    data = client.get("/api/v1/kaiserslautern/languages").json()
    assert {item["code"]: item["direction"] for item in data}["ar"] == "rtl"


def test_it_lists_organisations_in_the_requested_language(client: Client, region: Region) -> None:
    OrganisationFactory(region=region, name="VHS", description={"de": "Kurse", "ar": "دورات"})
    item = client.get("/api/v1/kaiserslautern/ar/organisations").json()[0]
    assert (item["description"], item["description_language"]) == ("دورات", "ar")


def test_it_falls_back_to_the_default_language_and_says_so(client: Client, region: Region) -> None:
    OrganisationFactory(region=region, description={"de": "Kurse"})
    item = client.get("/api/v1/kaiserslautern/uk/organisations").json()[0]
    assert (item["description"], item["description_language"]) == ("Kurse", "de")


def test_it_never_shows_another_regions_organisations(
    client: Client, region: Region, other_region: Region
) -> None:
    OrganisationFactory(region=other_region, name="Foreign")
    assert client.get("/api/v1/kaiserslautern/de/organisations").json() == []


def test_an_unknown_region_is_a_json_404(client: Client) -> None:
    response = client.get("/api/v1/atlantis/languages")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]


def test_a_disabled_language_is_a_json_404(client: Client, region: Region) -> None:
    response = client.get("/api/v1/kaiserslautern/tr/organisations")
    assert response.status_code == 404 and "detail" in response.json()


def test_an_unknown_api_path_is_a_json_404(client: Client) -> None:
    response = client.get("/api/v1/no/such/thing/here")
    assert response.status_code == 404 and response.json()["detail"]


def test_it_publishes_an_openapi_document(client: Client) -> None:
    document = client.get("/api/v1/openapi.json").json()
    assert document["info"]["title"] == "Ankunft API"
    assert "/api/v1/{region}/{lang}/organisations" in document["paths"]


def test_it_serves_browsable_docs(client: Client) -> None:
    assert client.get("/api/v1/docs").status_code == 200
