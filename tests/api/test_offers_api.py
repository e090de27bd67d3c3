from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from ankunft.api.api import OfferPageOut
from ankunft.core.models import District, Region
from ankunft.offers import selectors
from ankunft.offers.models import Offer, OfferStatus
from ankunft.offers.services import LocationData, OfferData, offer_update
from tests.factories import ThemeFactory, make_offer, place_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def region(region: Region) -> Region:
    region.features = ["alliance", "offers"]
    region.save()
    return region


@pytest.fixture
def district(region: Region) -> District:
    return District.objects.create(
        region=region, key="innenstadt-ost", name="Innenstadt Ost", latitude=49.44, longitude=7.77
    )


@pytest.fixture
def offers(region: Region, district: District) -> dict[str, Offer]:
    ThemeFactory(region=region, key="sprachfoerderung")
    return {
        "course": make_offer(
            region,
            title={"de": "Integrationskurs", "uk": "Інтеграційний курс"},
            categories=["language_course"],
            themes=["sprachfoerderung"],
            languages=["de", "uk"],
            locations=[
                LocationData(
                    place=place_data(district=district),
                    hours=[(1, datetime.time(9), datetime.time(12))],
                )
            ],
        ),
        "counselling": make_offer(
            region,
            title={"de": "Migrationsberatung"},
            categories=["counselling"],
            step_free=True,
            locations=[LocationData(place=place_data(street="Marktstraße 1", district=district))],
        ),
        "online": make_offer(
            region, title={"de": "Telefonberatung"}, categories=["counselling"], online=True
        ),
    }


def api(region: Region, lang: str, path: str) -> str:
    return f"/api/v1/{region.slug}/{lang}/{path}"


def ids(response: object) -> set[int]:
    return {item["id"] for item in response.json()["results"]}  # type: ignore[attr-defined]


def test_it_answers_count_and_results(
    client: Client, region: Region, offers: dict[str, Offer]
) -> None:
    body = client.get(api(region, "uk", "offers")).json()
    assert body["count"] == 3
    course = next(item for item in body["results"] if item["id"] == offers["course"].pk)
    assert course["title"] == "Інтеграційний курс"
    assert course["title_language"] == "uk"
    assert course["locations"][0]["opening_hours"] == [
        {"weekday": "tue", "opens": "09:00", "closes": "12:00"}
    ]


def test_it_falls_back_to_the_default_language(
    client: Client, region: Region, offers: dict[str, Offer]
) -> None:
    body = client.get(api(region, "uk", f"offers/{offers['counselling'].pk}")).json()
    assert (body["title"], body["title_language"]) == ("Migrationsberatung", "de")


def test_it_searches_with_q(client: Client, region: Region, offers: dict[str, Offer]) -> None:
    assert ids(client.get(api(region, "de", "offers"), {"q": "beratung"})) == {
        offers["counselling"].pk,
        offers["online"].pk,
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"category": "counselling"}, {"counselling", "online"}),
        ({"category": "counselling", "step_free": "1"}, {"counselling"}),
        ({"category": ["counselling", "language_course"]}, {"counselling", "online", "course"}),
        ({"theme": "sprachfoerderung"}, {"course"}),
        ({"language": "uk"}, {"course"}),
        ({"district": "innenstadt-ost"}, {"course", "counselling"}),
        ({"district": "innenstadt-ost", "category": "counselling"}, {"counselling"}),
        ({"open_on": "tue"}, {"course"}),
        ({"online": "true"}, {"online"}),
        ({"free": "1", "q": "Kurs"}, {"course"}),
    ],
)
def test_it_combines_filters(
    client: Client,
    region: Region,
    offers: dict[str, Offer],
    params: dict[str, object],
    expected: set[str],
) -> None:
    response = client.get(api(region, "de", "offers"), params)
    assert ids(response) == {offers[name].pk for name in expected}


def test_it_paginates(client: Client, region: Region, offers: dict[str, Offer]) -> None:
    first = client.get(api(region, "de", "offers"), {"page_size": 2}).json()
    second = client.get(api(region, "de", "offers"), {"page_size": 2, "page": 2}).json()
    assert (first["count"], len(first["results"]), len(second["results"])) == (3, 2, 1)


@pytest.mark.parametrize(
    "params",
    [
        {"category": "nonsense"},
        {"district": "atlantis"},
        {"page": "0"},
        {"page_size": "1000"},
        {"free": "maybe"},
        {"open_on": "someday"},
        {"q": "x" * 201},
    ],
)
def test_it_rejects_invalid_parameters_with_a_json_4xx(
    client: Client, region: Region, params: dict[str, str]
) -> None:
    response = client.get(api(region, "de", "offers"), params)
    assert response.status_code in {400, 422}
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]


def test_it_answers_404_for_an_unpublished_offer(client: Client, region: Region) -> None:
    draft = make_offer(region, status=OfferStatus.DRAFT)
    response = client.get(api(region, "de", f"offers/{draft.pk}"))
    assert response.status_code == 404
    assert response.json()["detail"]


def test_it_answers_a_conditional_request_with_304(
    client: Client, region: Region, offers: dict[str, Offer]
) -> None:
    first = client.get(api(region, "de", "offers"), {"q": "kurs"})
    etag = first["ETag"]
    again = client.get(api(region, "de", "offers"), {"q": "kurs"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    since = client.get(
        api(region, "de", "offers"), {"q": "kurs"}, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert since.status_code == 304


def test_it_changes_the_etag_when_an_offer_changes(
    client: Client, region: Region, offers: dict[str, Offer]
) -> None:
    etag = client.get(api(region, "de", "offers"))["ETag"]
    course = offers["course"]
    offer_update(
        actor=None,
        offer=course,
        data=OfferData(
            organisation=course.organisation,
            title={"de": "Integrationskurs am Abend"},
            categories=["language_course"],
        ),
    )
    response = client.get(api(region, "de", "offers"), HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_it_gives_different_etags_for_different_queries(
    client: Client, region: Region, offers: dict[str, Offer]
) -> None:
    first = client.get(api(region, "de", "offers"), {"q": "kurs"})["ETag"]
    assert client.get(api(region, "de", "offers"), {"q": "beratung"})["ETag"] != first


def test_it_answers_locations_as_geojson(
    client: Client, region: Region, offers: dict[str, Offer]
) -> None:
    response = client.get(api(region, "uk", "locations"), {"category": "language_course"})
    assert response["Content-Type"] == "application/geo+json"
    body = response.json()
    assert body["type"] == "FeatureCollection"
    (feature,) = body["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [7.7701, 49.4436]}
    assert feature["properties"]["title"] == "Інтеграційний курс"
    assert feature["properties"]["url"] == f"/kaiserslautern/uk/offers/{offers['course'].pk}/"


def test_it_does_not_mix_regions(
    client: Client, region: Region, other_region: Region, offers: dict[str, Offer]
) -> None:
    other_region.features = ["offers"]
    other_region.save()
    foreign = make_offer(other_region, title={"de": "Beratung in Gevelsberg"})
    assert foreign.pk not in ids(client.get(api(region, "de", "offers"), {"q": "beratung"}))
    assert client.get(api(region, "de", f"offers/{foreign.pk}")).status_code == 404


def test_it_describes_the_offers_endpoints_in_openapi(client: Client) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/{region}/{lang}/offers" in paths
    parameters = {p["name"] for p in paths["/api/v1/{region}/{lang}/offers"]["get"]["parameters"]}
    assert {"q", "category", "district", "page", "page_size", "open_on"} <= parameters


def test_it_answers_a_page_that_matches_the_schema(
    client: Client, region: Region, offers: dict[str, Offer]
) -> None:
    body = client.get(api(region, "uk", "offers")).json()
    assert OfferPageOut.model_validate(body).count == 3
    assert body["count_capped"] is False


def test_it_caps_the_count_and_says_so(
    client: Client, region: Region, offers: dict[str, Offer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selectors, "COUNT_LIMIT", 2)
    body = client.get(api(region, "de", "offers"), {"page_size": 1, "page": 3}).json()
    assert (body["count"], body["count_capped"], len(body["results"])) == (2, True, 1)


def test_it_lists_offers_in_a_constant_number_of_queries(
    client: Client,
    region: Region,
    offers: dict[str, Offer],
    django_assert_max_num_queries: Any,
) -> None:
    with django_assert_max_num_queries(17):
        client.get(api(region, "de", "offers"), {"q": "Beratung", "category": "counselling"})


def test_it_describes_the_capped_count_in_openapi(client: Client) -> None:
    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    assert {"count", "count_capped"} <= set(schemas["OfferPageOut"]["properties"])
