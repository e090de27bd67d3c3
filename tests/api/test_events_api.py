from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import icalendar
import pytest
from django.test import Client
from django.utils import timezone

import ankunft.api.api  # noqa: F401 - the API first, it mounts the events router
from ankunft.api.events import EventOut, OccurrencePageOut
from ankunft.core.models import District, Region
from ankunft.events.models import Event, EventStatus, Programme
from ankunft.events.services import registration_create
from ankunft.offers.models import Cost
from ankunft.offers.services import place_get_or_create
from tests.factories import ThemeFactory, local, make_event, place_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def region(region: Region) -> Region:
    region.features = ["alliance", "events"]
    region.save()
    return region


def url(region: Region, path: str = "events", lang: str = "de") -> str:
    return f"/api/v1/{region.slug}/{lang}/{path}"


def window(first: str, last: str, **params: Any) -> dict[str, Any]:
    return {"from": first, "to": last, **params}


def titles(response: Any) -> list[str]:
    return [item["title"] for item in response.json()["results"]]


# --- The list of dates ---------------------------------------------------------------------


def test_it_keeps_local_18_00_across_the_october_change(client: Client, region: Region) -> None:
    make_event(region, starts_at=local(2030, 10, 17, 18), rrule="FREQ=WEEKLY")
    body = client.get(url(region), window("2030-10-14", "2030-11-03")).json()
    assert [(item["starts_at"], item["ends_at"]) for item in body["results"]] == [
        ("2030-10-17T18:00:00+02:00", "2030-10-17T20:00:00+02:00"),
        ("2030-10-24T18:00:00+02:00", "2030-10-24T20:00:00+02:00"),
        ("2030-10-31T18:00:00+01:00", "2030-10-31T20:00:00+01:00"),
    ]
    assert body["results"][0]["recurring"] is True


def test_its_answers_match_the_schema(client: Client, region: Region) -> None:
    ThemeFactory(region=region, key="sprachfoerderung")
    event = make_event(
        region,
        starts_at=local(2030, 10, 17, 18),
        themes=["sprachfoerderung"],
        registration=True,
        capacity=10,
    )
    body = client.get(url(region), window("2030-10-17", "2030-10-17")).json()
    page = OccurrencePageOut.model_validate(body)
    assert page.results[0].event_id == event.pk
    assert body["from"] == "2030-10-17"
    detail = client.get(url(region, f"events/{event.pk}")).json()
    assert EventOut.model_validate(detail).rrule == ""


def test_it_shows_todays_and_the_next_30_days_by_default(client: Client, region: Region) -> None:
    today = timezone.localdate()
    make_event(region, title={"de": "Morgen"})
    in_31_days = today + datetime.timedelta(days=31)
    make_event(
        region,
        title={"de": "Später"},
        starts_at=datetime.datetime.combine(
            in_31_days, datetime.time(10), local(2030, 1, 1).tzinfo
        ),
    )
    body = client.get(url(region)).json()
    assert titles_of(body) == ["Morgen"]
    assert body["from"] == today.isoformat()
    assert body["to"] == (today + datetime.timedelta(days=30)).isoformat()


def titles_of(body: dict[str, Any]) -> list[str]:
    return [item["title"] for item in body["results"]]


def test_it_describes_an_occurrence(client: Client, region: Region) -> None:
    district = District.objects.create(region=region, key="innenstadt", name="Innenstadt")
    place = place_get_or_create(region=region, data=place_data(district=district))
    event = make_event(
        region,
        starts_at=local(2030, 10, 17, 18),
        place=place,
        languages=["de", "uk"],
        cost=Cost.AMOUNT,
        cost_amount=Decimal("5.00"),
        step_free=True,
    )
    [item] = client.get(url(region, lang="uk"), window("2030-10-17", "2030-10-17")).json()[
        "results"
    ]
    assert item["title"] == "Weltcafé" and item["language"] == "de"
    assert item["place"] == {
        "name": "Volkshochschule",
        "address": "Kanalstraße 3, 67655 Kaiserslautern",
        "district": "innenstadt",
        "lat": 49.4436,
        "lon": 7.7701,
    }
    assert item["organiser"] == "Integration office"
    assert (item["free"], item["cost"], item["cost_amount"]) == (False, "amount", "5.00")
    assert item["step_free"] is True
    assert item["registration"] is None
    assert item["status"] == "published"
    assert item["url"].endswith(f"/kaiserslautern/uk/events/{event.pk}/")
    assert item["ics_url"].endswith(f"/kaiserslautern/uk/events/{event.pk}/event.ics")


def test_it_gives_places_free_for_registration(client: Client, region: Region) -> None:
    event = make_event(region, starts_at=local(2030, 10, 17, 18), registration=True, capacity=2)
    registration_create(event=event, name="A", email="a@example.org", language="de")
    [item] = client.get(url(region), window("2030-10-17", "2030-10-17")).json()["results"]
    assert item["registration"] == {"open": True, "places_free": 1, "waiting_list": False}


def test_it_says_when_new_registrations_wait(client: Client, region: Region) -> None:
    event = make_event(region, starts_at=local(2030, 10, 17, 18), registration=True, capacity=1)
    registration_create(event=event, name="A", email="a@example.org", language="de")
    [item] = client.get(url(region), window("2030-10-17", "2030-10-17")).json()["results"]
    assert item["registration"] == {"open": True, "places_free": 0, "waiting_list": True}


def test_it_lists_cancelled_events_as_cancelled(client: Client, region: Region) -> None:
    make_event(region, starts_at=local(2030, 10, 17, 18), status=EventStatus.CANCELLED)
    [item] = client.get(url(region), window("2030-10-17", "2030-10-17")).json()["results"]
    assert item["status"] == "cancelled"


@pytest.mark.parametrize(
    "status",
    [EventStatus.DRAFT, EventStatus.SUBMITTED, EventStatus.ACCEPTED, EventStatus.DECLINED],
)
def test_it_never_shows_unpublished_events(client: Client, region: Region, status: str) -> None:
    event = make_event(region, starts_at=local(2030, 10, 17, 18), status=status)
    assert client.get(url(region), window("2030-10-17", "2030-10-17")).json()["count"] == 0
    assert client.get(url(region, f"events/{event.pk}")).status_code == 404


def test_it_never_shows_another_citys_events(
    client: Client, region: Region, other_region: Region
) -> None:
    foreign = make_event(other_region, starts_at=local(2030, 10, 17, 18))
    assert client.get(url(region), window("2030-10-17", "2030-10-17")).json()["count"] == 0
    assert client.get(url(region, f"events/{foreign.pk}")).status_code == 404
    assert client.get(url(other_region), window("2030-10-17", "2030-10-17")).json()["count"] == 1


# --- Filters and pages ---------------------------------------------------------------------


@pytest.fixture
def varied(region: Region) -> dict[str, Event]:
    ThemeFactory(region=region, key="sprachfoerderung")
    district = District.objects.create(region=region, key="innenstadt", name="Innenstadt")
    day = local(2030, 10, 17, 18)
    return {
        "course": make_event(
            region,
            title={"de": "Sprachkurs"},
            starts_at=day,
            themes=["sprachfoerderung"],
            languages=["uk"],
            target_groups=["women"],
            place=place_get_or_create(
                region=region, data=place_data(street="Marktstraße 1", district=district)
            ),
        ),
        "online": make_event(
            region,
            title={"de": "Online-Beratung"},
            starts_at=day,
            online=True,
            online_url="https://meet.example.org/x",
            cost=Cost.AMOUNT,
        ),
        "party": make_event(
            region, title={"de": "Sommerfest"}, summary={"de": "Musik und Essen"}, starts_at=day
        ),
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "sprachfoerderung"}, ["Sprachkurs"]),
        ({"language": "uk"}, ["Sprachkurs"]),
        ({"district": "innenstadt"}, ["Sprachkurs"]),
        ({"target_group": "women"}, ["Sprachkurs"]),
        ({"online": "1"}, ["Online-Beratung"]),
        ({"free": "true"}, ["Sprachkurs", "Sommerfest"]),
        ({"q": "musik"}, ["Sommerfest"]),
        ({}, ["Sprachkurs", "Online-Beratung", "Sommerfest"]),
    ],
)
def test_it_filters(
    client: Client,
    region: Region,
    varied: dict[str, Event],
    params: dict[str, str],
    expected: list[str],
) -> None:
    response = client.get(url(region), window("2030-10-17", "2030-10-17", **params))
    assert titles(response) == expected


def test_it_filters_by_programme(client: Client, region: Region) -> None:
    programme = Programme.objects.create(
        region=region,
        title={"de": "Interkulturelle Woche"},
        starts_on=datetime.date(2030, 10, 14),
        ends_on=datetime.date(2030, 10, 20),
        published_at=timezone.now(),
    )
    make_event(
        region, title={"de": "In der Woche"}, programme=programme, starts_at=local(2030, 10, 17, 18)
    )
    make_event(region, title={"de": "Außerhalb"}, starts_at=local(2030, 10, 17, 18))
    response = client.get(
        url(region), window("2030-10-17", "2030-10-17", programme=str(programme.pk))
    )
    assert titles(response) == ["In der Woche"]


def test_it_pages_through_occurrences(client: Client, region: Region) -> None:
    make_event(region, starts_at=local(2030, 10, 1, 18), rrule="FREQ=DAILY;COUNT=5")
    body = client.get(
        url(region), window("2030-10-01", "2030-10-31", page="3", page_size="2")
    ).json()
    assert (body["count"], body["page"], body["page_size"]) == (5, 3, 2)
    assert [item["starts_at"][:10] for item in body["results"]] == ["2030-10-05"]


# --- Errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        (window("2030-10-17", "2030-10-16"), 400, "“to” must not be before “from”."),
        (window("2030-01-01", "2031-02-05"), 400, "Please ask for at most 400 days at once."),
        (window("2030-13-01", "2030-10-16"), 422, "Invalid request parameters."),
        ({"page_size": "101"}, 422, "Invalid request parameters."),
        ({"page": "0"}, 422, "Invalid request parameters."),
        ({"theme": "nonsense"}, 400, "Unknown value: nonsense"),
        ({"programme": "999"}, 400, "Unknown programme."),
        ({"free": "maybe"}, 422, "Invalid request parameters."),
    ],
)
def test_it_refuses_wrong_parameters_with_a_message(
    client: Client, region: Region, params: dict[str, str], status: int, message: str
) -> None:
    response = client.get(url(region), params)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"] == message


def test_it_accepts_a_window_of_400_days(client: Client, region: Region) -> None:
    response = client.get(url(region), window("2030-03-01", "2031-04-04"))
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["events", "events.ics", "events/1"])
def test_it_is_not_there_without_the_events_feature(
    client: Client, region: Region, path: str
) -> None:
    region.features = ["alliance"]
    region.save()
    response = client.get(url(region, path))
    assert response.status_code == 404
    assert response.json()["detail"] == "This city has no events calendar on this platform yet."


def test_it_answers_404_for_a_language_the_city_does_not_offer(
    client: Client, region: Region
) -> None:
    assert client.get(url(region, lang="tr")).status_code == 404


# --- One event -----------------------------------------------------------------------------


def test_it_shows_one_event_with_its_rule_and_next_dates(client: Client, region: Region) -> None:
    event = make_event(
        region,
        starts_at=local(2030, 10, 3, 18),
        rrule="FREQ=WEEKLY;BYDAY=TH",
        exdates=["2030-10-10"],
        description={"de": "<p>Kommen Sie <strong>vorbei</strong>.</p>"},
    )
    body = client.get(url(region, f"events/{event.pk}")).json()
    assert body["description"] == "<p>Kommen Sie <strong>vorbei</strong>.</p>"
    assert (body["rrule"], body["exdates"]) == ("FREQ=WEEKLY;BYDAY=TH", ["2030-10-10"])
    assert body["series_ends_at"] is None
    assert [item["starts_at"] for item in body["next_occurrences"][:3]] == [
        "2030-10-03T18:00:00+02:00",
        "2030-10-17T18:00:00+02:00",
        "2030-10-24T18:00:00+02:00",
    ]
    assert len(body["next_occurrences"]) == 10
    assert body["programme"] is None


def test_it_names_the_events_programme(client: Client, region: Region) -> None:
    programme = Programme.objects.create(
        region=region,
        title={"de": "Interkulturelle Woche"},
        starts_on=datetime.date(2030, 10, 14),
        ends_on=datetime.date(2030, 10, 20),
        published_at=timezone.now(),
    )
    event = make_event(region, programme=programme, starts_at=local(2030, 10, 17, 18))
    body = client.get(url(region, f"events/{event.pk}")).json()
    assert body["programme"] == {"id": programme.pk, "title": "Interkulturelle Woche"}


def test_an_unknown_event_is_a_json_404(client: Client, region: Region) -> None:
    response = client.get(url(region, "events/999999"))
    assert response.status_code == 404
    assert response.json()["detail"] == "This event does not exist or is not public."


# --- Conditional requests ------------------------------------------------------------------


def test_it_answers_304_when_nothing_changed(client: Client, region: Region) -> None:
    make_event(region, starts_at=local(2030, 10, 17, 18))
    params = window("2030-10-17", "2030-10-17")
    first = client.get(url(region), params)
    assert first["ETag"] and first["Last-Modified"]
    again = client.get(url(region), params, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304


def test_it_answers_in_full_after_a_change(client: Client, region: Region) -> None:
    event = make_event(region, starts_at=local(2030, 10, 17, 18))
    params = window("2030-10-17", "2030-10-17")
    first = client.get(url(region), params)
    Event.objects.filter(pk=event.pk).update(
        title={"de": "Neu"}, updated_at=timezone.now() + datetime.timedelta(seconds=1)
    )
    again = client.get(url(region), params, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 200
    assert titles(again) == ["Neu"]


def test_a_new_registration_changes_the_etag(client: Client, region: Region) -> None:
    event = make_event(region, starts_at=local(2030, 10, 17, 18), registration=True, capacity=5)
    params = window("2030-10-17", "2030-10-17")
    first = client.get(url(region), params)
    registration_create(event=event, name="A", email="a@example.org", language="de")
    again = client.get(url(region), params, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 200


def test_a_new_registration_is_newer_than_if_modified_since(client: Client, region: Region) -> None:
    event = make_event(region, starts_at=local(2030, 10, 17, 18), registration=True, capacity=5)
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    Event.objects.filter(pk=event.pk).update(updated_at=an_hour_ago)
    Region.objects.filter(pk=region.pk).update(updated_at=an_hour_ago)
    params = window("2030-10-17", "2030-10-17")
    first = client.get(url(region), params)
    registration_create(event=event, name="A", email="a@example.org", language="de")
    again = client.get(url(region), params, headers={"if-modified-since": first["Last-Modified"]})
    assert again.status_code == 200


def test_other_parameters_have_another_etag(client: Client, region: Region) -> None:
    make_event(region, starts_at=local(2030, 10, 17, 18))
    first = client.get(url(region), window("2030-10-17", "2030-10-17"))
    other = client.get(url(region), window("2030-10-17", "2030-10-18"))
    assert first["ETag"] != other["ETag"]


# --- The feed ------------------------------------------------------------------------------


def test_it_serves_an_icalendar_feed(client: Client, region: Region) -> None:
    make_event(
        region, title={"de": "Weltcafé"}, starts_at=local(2030, 10, 3, 18), rrule="FREQ=WEEKLY"
    )
    response = client.get(url(region, "events.ics"))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    [component] = calendar.walk("VEVENT")
    assert str(component["SUMMARY"]) == "Weltcafé"
    assert component.decoded("DTSTART") == local(2030, 10, 3, 18)
    assert component.get("RRULE")["FREQ"] == ["WEEKLY"]


def test_it_filters_the_feed(client: Client, region: Region, varied: dict[str, Event]) -> None:
    response = client.get(url(region, "events.ics"), {"online": "1"})
    calendar = icalendar.Calendar.from_ical(response.content)
    assert [str(item["SUMMARY"]) for item in calendar.walk("VEVENT")] == ["Online-Beratung"]


def test_the_feed_answers_304_when_nothing_changed(client: Client, region: Region) -> None:
    make_event(region, starts_at=local(2030, 10, 3, 18))
    first = client.get(url(region, "events.ics"))
    again = client.get(url(region, "events.ics"), headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304


def test_it_describes_the_events_endpoints_in_openapi(client: Client) -> None:
    document = client.get("/api/v1/openapi.json").json()
    paths = document["paths"]
    listing = paths["/api/v1/{region}/{lang}/events"]["get"]
    assert {"from", "to", "theme", "page_size"} <= {p["name"] for p in listing["parameters"]}
    assert "/api/v1/{region}/{lang}/events/{event_id}" in paths
    feed = paths["/api/v1/{region}/{lang}/events.ics"]["get"]["responses"]["200"]
    assert "text/calendar" in feed["content"]
    assert "from" in document["components"]["schemas"]["OccurrencePageOut"]["properties"]
