from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import icalendar
import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from ankunft.accounts.models import Role
from ankunft.core.models import District, Region
from ankunft.events import views_public
from ankunft.events.models import (
    Event,
    EventStatus,
    Invitation,
    Programme,
    Registration,
    RegistrationStatus,
)
from ankunft.events.services import (
    InviteeData,
    ProgrammeData,
    event_cancel,
    invitations_add,
    programme_publish,
    programme_save,
    registration_create,
)
from tests.factories import ThemeFactory, local, make_event, make_offer

pytestmark = pytest.mark.django_db

# A Thursday in the future, so that registrations stay open whenever the tests run.
FIRST_THURSDAY = local(2031, 10, 2, 18)


@pytest.fixture
def region(region: Region) -> Region:
    region.features = ["alliance", "events"]
    region.save()
    return region


@pytest.fixture
def weekly(region: Region) -> Event:
    """Every Thursday 18:00-20:00 in October 2031, without the 16th."""
    return make_event(
        region,
        title={"de": "Sprachcafé", "en": "Language café"},
        starts_at=FIRST_THURSDAY,
        rrule="FREQ=WEEKLY;UNTIL=20311031T235959Z",
        exdates=["2031-10-16"],
    )


def url(region: Region, lang: str, path: str = "") -> str:
    return f"/{region.slug}/{lang}/events/{path}"


def json_ld(page: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert match is not None
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def shown_at(client: Client, region: Region, event: Event, lang: str = "en") -> str:
    page = client.get(url(region, lang, f"{event.pk}/")).content.decode()
    match = re.search(r'name="shown_at" value="([^"]+)"', page)
    assert match is not None, "the event page has no registration form"
    return match.group(1)


def register(
    client: Client, region: Region, event: Event, email: str, lang: str = "en", **answers: str
) -> Any:
    data = {"name": "Olena", "email": email, "shown_at": shown_at(client, region, event, lang)}
    return client.post(url(region, lang, f"{event.pk}/register/"), {**data, **answers})


# --- Calendar views ------------------------------------------------------------------------


def test_it_lists_each_date_of_a_recurring_event_by_day(
    client: Client, region: Region, weekly: Event
) -> None:
    response = client.get(url(region, "en"), {"from": "2031-10-01"})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("Language café</a>") == 2  # 2 and 9 October within 14 days
    assert '<time datetime="2031-10-02">' in page
    assert '<time datetime="2031-10-09">' in page
    assert f"/events/{weekly.pk}/?at=20311009T1800" in page


def test_it_leaves_out_the_dates_excluded_from_a_series(
    client: Client, region: Region, weekly: Event
) -> None:
    page = client.get(url(region, "en"), {"from": "2031-10-15"}).content.decode()
    assert '<time datetime="2031-10-16">' not in page
    assert '<time datetime="2031-10-23">' in page


def test_it_starts_the_list_today(client: Client, region: Region) -> None:
    make_event(region, title={"en": "Tomorrow's meeting"})
    page = client.get(url(region, "en")).content.decode()
    assert "Tomorrow&#x27;s meeting" in page
    assert "The next two weeks" in page


def test_it_links_to_earlier_and_later_days_keeping_the_filters(
    client: Client, region: Region
) -> None:
    page = client.get(url(region, "en"), {"from": "2031-10-01", "free": "1"}).content.decode()
    assert 'href="?free=1&amp;from=2031-09-17"' in page
    assert 'href="?free=1&amp;from=2031-10-15"' in page


def test_it_shows_an_event_of_several_days_on_each_day(client: Client, region: Region) -> None:
    make_event(
        region,
        title={"en": "Festival"},
        starts_at=local(2031, 10, 3, 18),
        ends_at=local(2031, 10, 5, 2),
    )
    page = client.get(url(region, "en"), {"from": "2031-10-01"}).content.decode()
    times = re.findall(r'<p class="event-card__time"><time datetime="[^"]+">([^<]+)</time>', page)
    assert times == ["from 6 p.m.", "All day", "until 2 a.m."]


def test_it_shows_every_day_of_a_week(client: Client, region: Region, weekly: Event) -> None:
    response = client.get(url(region, "en", "week/"), {"week": "2031-W41"})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("Language café</a>") == 1  # Thursday 9 October
    assert page.count("No events on this day.") == 6
    assert "Week 41" in page
    assert 'href="?week=2031-W40"' in page


def test_it_shows_the_current_week_by_default(client: Client, region: Region) -> None:
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    page = client.get(url(region, "en", "week/")).content.decode()
    assert f'<time datetime="{monday.isoformat()}">' in page
    assert "Events this week" in page


def test_it_shows_a_month_as_a_table_with_weekday_headers(
    client: Client, region: Region, weekly: Event
) -> None:
    response = client.get(url(region, "en", "month/2031-10/"))
    page = response.content.decode()
    assert response.status_code == 200
    assert '<table class="month-grid">' in page
    assert len(re.findall(r'<th scope="col"><abbr title="(\w+)">', page)) == 7
    assert '<abbr title="Monday">' in page
    keys = re.findall(rf"/events/{weekly.pk}/\?at=(\d{{8}}T\d{{4}})", page)
    assert keys == ["20311002T1800", "20311009T1800", "20311023T1800", "20311030T1800"]


def test_it_links_the_neighbouring_months(client: Client, region: Region) -> None:
    page = client.get(url(region, "en", "month/2031-01/"), {"online": "1"}).content.decode()
    assert f'href="{url(region, "en", "month/2030-12/")}?online=1"' in page
    assert f'href="{url(region, "en", "month/2031-02/")}?online=1"' in page


def test_it_shows_the_current_month_by_default(client: Client, region: Region) -> None:
    make_event(region, title={"en": "Soon"})
    response = client.get(url(region, "en", "month/"))
    assert response.status_code == 200
    assert ">Soon</span>" in response.content.decode()


@pytest.mark.parametrize("path", ["month/2031-13/", "month/1999-05/", "month/2031-0/"])
def test_it_answers_404_for_a_month_that_does_not_exist(
    client: Client, region: Region, path: str
) -> None:
    assert client.get(url(region, "en", path)).status_code == 404


@pytest.mark.parametrize(
    ("path", "params", "message"),
    [
        ("", {"from": "2031-02-30"}, "Please give the date as YYYY-MM-DD."),
        ("", {"from": "9999-01-01"}, "The calendar covers the years 2000 to 2099."),
        ("week/", {"week": "2031-W60"}, "Please give the week as YYYY-Www"),
        ("week/", {"week": "last week"}, "Please give the week as YYYY-Www"),
    ],
)
def test_it_answers_400_for_a_bad_date(
    client: Client, region: Region, path: str, params: dict[str, str], message: str
) -> None:
    response = client.get(url(region, "en", path), params)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_it_marks_a_cancelled_event_in_words(client: Client, region: Region) -> None:
    event = make_event(region, title={"en": "Summer party"}, starts_at=FIRST_THURSDAY)
    event_cancel(actor=None, event=event)
    list_page = client.get(url(region, "en"), {"from": "2031-10-01"}).content.decode()
    assert re.search(
        r'<span class="event-badge">Cancelled</span> <a [^>]+>Summer party</a>', list_page
    )
    month = client.get(url(region, "en", "month/2031-10/")).content.decode()
    assert re.search(r"Summer party</span> <span class=\"event-badge\">Cancelled</span>", month)
    detail = client.get(url(region, "en", f"{event.pk}/")).content.decode()
    assert "This event does not take place." in detail


def test_it_does_not_show_unpublished_events(client: Client, region: Region) -> None:
    draft = make_event(region, title={"en": "Draft"}, status=EventStatus.DRAFT)
    submitted = make_event(region, title={"en": "Submitted"}, status=EventStatus.SUBMITTED)
    page = client.get(url(region, "en")).content.decode()
    assert ">Draft</a>" not in page
    assert ">Submitted</a>" not in page
    assert client.get(url(region, "en", f"{draft.pk}/")).status_code == 404
    assert client.get(url(region, "en", f"{submitted.pk}/event.ics")).status_code == 404


# --- Filters --------------------------------------------------------------------------------


@pytest.fixture
def district(region: Region) -> District:
    return District.objects.create(region=region, key="innenstadt", name="Innenstadt")


@pytest.fixture
def two_events(region: Region, district: District) -> tuple[Event, Event]:
    """One event matching every filter, one matching none."""
    ThemeFactory(region=region, key="sprache")
    matching = make_event(
        region,
        title={"en": "Matching event"},
        summary={"en": "Practise German together."},
        starts_at=FIRST_THURSDAY,
        themes=["sprache"],
        languages=["uk", "de"],
        district=district,
        target_groups=["women"],
        step_free=True,
        online=True,
        online_url="https://meet.example.org/room",
    )
    other = make_event(
        region,
        title={"en": "Other event"},
        summary={"en": "Cooking."},
        starts_at=FIRST_THURSDAY,
        languages=["ar"],
        cost="amount",
        cost_amount=Decimal("5.00"),
    )
    return matching, other


@pytest.mark.parametrize(
    "params",
    [
        {"theme": "sprache"},
        {"language": "uk"},
        {"district": "innenstadt"},
        {"target_group": "women"},
        {"free": "1"},
        {"step_free": "1"},
        {"online": "1"},
        {"q": "german"},
    ],
)
def test_it_filters_events(
    client: Client, region: Region, two_events: tuple[Event, Event], params: dict[str, str]
) -> None:
    page = client.get(url(region, "en"), {"from": "2031-10-01", **params}).content.decode()
    assert "Matching event</a>" in page
    assert "Other event</a>" not in page


def test_it_combines_filters(
    client: Client, region: Region, two_events: tuple[Event, Event]
) -> None:
    params = {"from": "2031-10-01", "language": "ar", "free": "1"}
    page = client.get(url(region, "en"), params).content.decode()
    assert "Matching event</a>" not in page
    assert "Other event</a>" not in page
    page = client.get(url(region, "en"), {**params, "free": "0"}).content.decode()
    assert "Other event</a>" in page


def test_it_offers_filter_links_that_add_and_remove_a_value(
    client: Client, region: Region, two_events: tuple[Event, Event]
) -> None:
    page = client.get(url(region, "en"), {"language": "uk", "from": "2031-10-01"}).content.decode()
    # Switching on a second language keeps the first and the days shown.
    assert 'href="?language=uk&amp;language=ar&amp;from=2031-10-01"' in page
    # The chosen language is marked, and its link takes it away again.
    assert re.search(
        r'<a href="\?from=2031-10-01" rel="nofollow" class="filter-option filter-option--on" '
        r'aria-current="true">',
        page,
    )


def test_it_filters_the_week_and_the_month(
    client: Client, region: Region, two_events: tuple[Event, Event]
) -> None:
    week = client.get(url(region, "en", "week/"), {"week": "2031-W40", "theme": "sprache"})
    month = client.get(url(region, "en", "month/2031-10/"), {"theme": "sprache"})
    for response in (week, month):
        page = response.content.decode()
        assert "Matching event" in page
        assert "Other event" not in page


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"theme": "nonsense"}, "Theme: Unknown value: nonsense"),
        ({"district": "atlantis"}, "District: Unknown value: atlantis"),
        ({"target_group": "martians"}, "For whom: Unknown value: martians"),
        ({"language": "x" * 21}, "Language spoken: Unknown value"),
        ({"free": "maybe"}, "Free of charge: Use 1 or 0."),
        ({"q": "word " * 30}, "Search: The search text is too long."),
        ({"programme": "12345"}, "Programme: Unknown programme."),
    ],
)
def test_it_answers_400_with_a_message_for_an_invalid_filter(
    client: Client, region: Region, params: dict[str, str], message: str
) -> None:
    for path in ["", "week/", "month/"]:
        response = client.get(url(region, "en", path), params)
        assert response.status_code == 400
        assert message in response.content.decode()


def test_it_offers_the_feed_with_the_same_filters(client: Client, region: Region) -> None:
    page = client.get(url(region, "en"), {"language": "uk", "free": "1"}).content.decode()
    assert (
        'value="http://127.0.0.1:8000/kaiserslautern/en/events/feed.ics?language=uk&amp;free=1"'
        in page
    )
    assert (
        'href="webcal://127.0.0.1:8000/kaiserslautern/en/events/feed.ics?language=uk&amp;free=1"'
        in page
    )


# --- iCalendar ------------------------------------------------------------------------------


def parse(response: Any) -> list[icalendar.Event]:
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return list(calendar.walk("VEVENT"))


def test_it_serves_a_feed_with_the_series_and_its_exceptions(
    client: Client, region: Region, weekly: Event
) -> None:
    response = client.get(url(region, "en", "feed.ics"))
    assert response.status_code == 200
    assert 'filename="kaiserslautern-events.ics"' in response["Content-Disposition"]
    [vevent] = parse(response)
    assert str(vevent["SUMMARY"]) == "Language café"
    assert vevent["RRULE"]["FREQ"] == ["WEEKLY"]
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert vevent["DTSTART"].dt == FIRST_THURSDAY
    exdates = [item.dt for item in vevent["EXDATE"].dts]
    assert exdates == [local(2031, 10, 16, 18)]
    assert str(vevent["STATUS"]) == "CONFIRMED"


def test_it_marks_a_cancelled_event_in_the_feed(client: Client, region: Region) -> None:
    event = make_event(region, starts_at=FIRST_THURSDAY)
    event_cancel(actor=None, event=event)
    [vevent] = parse(client.get(url(region, "en", "feed.ics")))
    assert str(vevent["STATUS"]) == "CANCELLED"


def test_it_applies_the_filters_to_the_feed(
    client: Client, region: Region, two_events: tuple[Event, Event]
) -> None:
    vevents = parse(client.get(url(region, "en", "feed.ics"), {"language": "uk"}))
    assert [str(vevent["SUMMARY"]) for vevent in vevents] == ["Matching event"]


def test_it_answers_a_feed_with_a_bad_filter_with_plain_400(client: Client, region: Region) -> None:
    response = client.get(url(region, "en", "feed.ics"), {"theme": "nonsense"})
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == "Theme: Unknown value: nonsense"


def test_it_serves_one_event_as_a_file(client: Client, region: Region) -> None:
    event = make_event(region, title={"de": "Weltcafé", "uk": "Світове кафе"})
    response = client.get(url(region, "uk", f"{event.pk}/event.ics"))
    assert f'filename="event-{event.pk}.ics"' in response["Content-Disposition"]
    [vevent] = parse(response)
    assert str(vevent["SUMMARY"]) == "Світове кафе"
    assert str(vevent["URL"]).endswith(f"/kaiserslautern/uk/events/{event.pk}/")


# --- Event page -----------------------------------------------------------------------------


def test_it_describes_an_event_with_json_ld(client: Client, region: Region) -> None:
    event = make_event(
        region,
        title={"en": "Welcome evening <for all>"},
        starts_at=FIRST_THURSDAY,
        languages=["de", "uk"],
    )
    data = json_ld(client.get(url(region, "en", f"{event.pk}/")).content.decode())
    assert data["@type"] == "Event"
    assert data["name"] == "Welcome evening <for all>"
    assert data["startDate"] == "2031-10-02T18:00:00+02:00"
    assert data["endDate"] == "2031-10-02T20:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"]["streetAddress"] == "Kanalstraße 3"
    assert data["location"]["geo"]["latitude"] == pytest.approx(49.4436)
    assert data["offers"] == {
        "@type": "Offer",
        "price": "0",
        "priceCurrency": "EUR",
        "url": data["url"],
    }
    assert data["inLanguage"] == ["de", "uk"]
    assert data["organizer"]["@type"] == "Organization"


def test_it_escapes_html_in_the_json_ld(client: Client, region: Region) -> None:
    event = make_event(region, title={"en": "</script><script>alert(1)</script>"})
    page = client.get(url(region, "en", f"{event.pk}/")).content.decode()
    assert "<script>alert(1)" not in page
    assert json_ld(page)["name"] == "</script><script>alert(1)</script>"


def test_it_describes_an_online_cancelled_event_with_a_fee(client: Client, region: Region) -> None:
    event = make_event(
        region,
        online=True,
        online_url="https://meet.example.org/x",
        cost="amount",
        cost_amount=Decimal("7.50"),
    )
    event_cancel(actor=None, event=event)
    data = json_ld(client.get(url(region, "en", f"{event.pk}/")).content.decode())
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/x"}
    assert data["offers"]["price"] == "7.50"


def test_it_describes_the_next_date_of_a_series(
    client: Client, region: Region, weekly: Event
) -> None:
    page = client.get(url(region, "en", f"{weekly.pk}/"), {"at": "20311023T1800"}).content.decode()
    assert json_ld(page)["startDate"] == "2031-10-23T18:00:00+02:00"
    assert "Thursday, Oct. 23, 2031, 6 p.m.–8 p.m." in page
    dates = re.findall(r'<li(?: class="event-dates__chosen")?><time datetime="([^"]+)"', page)
    assert [value[:10] for value in dates] == [
        "2031-10-02",
        "2031-10-09",
        "2031-10-23",
        "2031-10-30",
    ]


def test_it_shows_dates_in_the_readers_language(client: Client, region: Region) -> None:
    event = make_event(region, starts_at=FIRST_THURSDAY)
    page = client.get(url(region, "de", f"{event.pk}/")).content.decode()
    assert "Donnerstag, 2. Oktober 2031, 18:00–20:00" in page


def test_it_names_the_time_zone_of_an_event_elsewhere(client: Client, region: Region) -> None:
    event = make_event(region, starts_at=FIRST_THURSDAY, time_zone="Europe/Kyiv")
    page = client.get(url(region, "en", f"{event.pk}/")).content.decode()
    assert "7 p.m.–9 p.m." in page
    assert "time zone: Europe/Kyiv" in page


def test_it_shows_place_contact_and_the_way_there(client: Client, region: Region) -> None:
    from ankunft.offers.models import Contact

    contact = Contact.objects.create(region=region, name="Frau Demir", phone="0631 123")
    offer = make_offer(region, title={"en": "German course"})
    event = make_event(region, contact=contact, offer=offer, step_free=True)
    region.features = [*region.features, "offers"]
    region.save()
    page = client.get(url(region, "en", f"{event.pk}/")).content.decode()
    assert "https://www.openstreetmap.org/directions?to=49.443600%2C7.770100" in page
    assert "Frau Demir" in page
    assert 'href="tel:0631123"' in page
    assert f'href="/kaiserslautern/en/offers/{offer.pk}/"' in page
    assert "Step-free access" in page


def test_it_marks_a_text_shown_in_another_language(client: Client, region: Region) -> None:
    event = make_event(region, title={"de": "Nur deutsch"}, summary={"de": "Auf Deutsch."})
    page = client.get(url(region, "ar", f"{event.pk}/")).content.decode()
    assert '<h1 lang="de" dir="ltr">Nur deutsch</h1>' in page
    assert 'class="notice notice--fallback"' in page


def test_it_does_not_show_an_event_of_another_region(
    client: Client, region: Region, other_region: Region
) -> None:
    foreign = make_event(other_region)
    assert client.get(url(region, "de", f"{foreign.pk}/")).status_code == 404
    assert client.get(url(region, "de", f"{foreign.pk}/event.ics")).status_code == 404
    feed = client.get(url(region, "de", "feed.ics"))
    assert parse(feed) == []


@pytest.mark.parametrize(
    "path",
    ["", "week/", "month/", "month/2031-10/", "feed.ics", "{event}/", "{event}/event.ics"],
)
def test_it_hides_the_events_of_a_region_without_them(
    client: Client, region: Region, path: str
) -> None:
    event = make_event(region)
    region.features = ["alliance"]
    region.save()
    assert client.get(url(region, "de", path.format(event=event.pk))).status_code == 404


# --- Registration ---------------------------------------------------------------------------


@pytest.fixture
def course(region: Region) -> Event:
    return make_event(
        region,
        title={"en": "Bike repair course"},
        starts_at=FIRST_THURSDAY,
        registration=True,
        capacity=1,
        questions=[
            {"label": {"en": "Do you bring a bike?"}, "required": True},
            {"label": {"en": "Anything else?"}, "required": False},
        ],
    )


def test_it_shows_the_registration_form_with_free_places(
    client: Client, region: Region, course: Event
) -> None:
    page = client.get(url(region, "en", f"{course.pk}/")).content.decode()
    assert "1 place is still free." in page
    assert '<label for="id_q1"><span>Do you bring a bike?</span></label>' in page
    assert "Anything else?</span> (optional)</label>" in page
    assert "They are deleted 90 days after the event." in page


def test_it_registers_and_shows_the_confirmation(
    client: Client, region: Region, course: Event
) -> None:
    response = register(client, region, course, "olena@example.org", q1="Yes")
    registration = Registration.objects.get()
    assert response.status_code == 303
    assert response["Location"] == url(region, "en", f"registration/{registration.token}/")
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.answers == {"q1": "Yes"}
    page = client.get(response["Location"]).content.decode()
    assert 'data-registration-status="confirmed"' in page
    assert "Bike repair course" in page


def test_it_puts_people_on_the_waiting_list_when_full(
    client: Client, region: Region, course: Event
) -> None:
    register(client, region, course, "first@example.org", q1="Yes")
    detail = client.get(url(region, "en", f"{course.pk}/")).content.decode()
    assert "All places are taken." in detail
    assert "Join the waiting list" in detail
    response = register(client, region, course, "second@example.org", q1="No")
    page = client.get(response["Location"]).content.decode()
    assert 'data-registration-status="waiting"' in page
    assert "You are number 1 on the waiting list." in page


def test_it_refuses_a_second_registration_with_the_same_address(
    client: Client, region: Region, course: Event
) -> None:
    register(client, region, course, "olena@example.org", q1="Yes")
    response = register(client, region, course, "Olena@Example.org", q1="Yes")
    assert response.status_code == 400
    assert "This e-mail address is already registered for the event." in response.content.decode()
    assert Registration.objects.count() == 1


def test_it_requires_the_answer_to_a_required_question(
    client: Client, region: Region, course: Event
) -> None:
    response = register(client, region, course, "olena@example.org", q2="Later")
    assert response.status_code == 400
    assert "Please answer this question." in response.content.decode()
    assert Registration.objects.count() == 0


def test_it_refuses_a_registration_after_the_start(client: Client, region: Region) -> None:
    event = make_event(region, registration=True)
    form = shown_at(client, region, event)
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() - datetime.timedelta(hours=1))
    response = client.post(
        url(region, "en", f"{event.pk}/register/"),
        {"name": "A", "email": "a@example.org", "shown_at": form},
    )
    assert response.status_code == 400
    assert "Registration has closed" in response.content.decode()


def test_it_limits_registrations_per_connection(
    client: Client, region: Region, course: Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views_public, "REGISTRATIONS_PER_HOUR", 1)
    register(client, region, course, "a@example.org", q1="Yes")
    response = register(client, region, course, "b@example.org", q1="Yes")
    assert response.status_code == 429
    assert "Too many registrations from your connection." in response.content.decode()


def test_it_sends_a_visitor_of_the_form_address_to_the_event(
    client: Client, region: Region, course: Event
) -> None:
    response = client.get(url(region, "en", f"{course.pk}/register/"))
    assert response.status_code == 302
    assert response["Location"] == url(region, "en", f"{course.pk}/#register")


def test_it_cancels_after_confirmation_and_moves_the_waiting_list_up(
    client: Client, region: Region, course: Event, committed: Callable[[], Any]
) -> None:
    with committed():
        first = registration_create(
            event=course, name="A", email="a@example.org", language="en", answers={"q1": "y"}
        )
        second = registration_create(
            event=course, name="B", email="b@example.org", language="uk", answers={"q1": "y"}
        )
    page_url = url(region, "en", f"registration/{first.token}/")
    asked = client.post(page_url, {"action": "cancel"})
    assert asked.status_code == 200
    assert "Do you really want to cancel your registration?" in asked.content.decode()
    first.refresh_from_db()
    assert first.status == RegistrationStatus.CONFIRMED
    mail.outbox.clear()
    with committed():
        response = client.post(page_url, {"action": "confirm_cancel"})
    assert response.status_code == 303
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("cancelled", "confirmed")
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "a@example.org",
        "b@example.org",
    ]
    page = client.get(page_url).content.decode()
    assert 'data-registration-status="cancelled"' in page
    assert "Your registration is cancelled." in page
    assert "Cancel my registration" not in page


def test_it_answers_400_when_cancelling_twice(
    client: Client, region: Region, course: Event
) -> None:
    registration = registration_create(
        event=course, name="A", email="a@example.org", language="en", answers={"q1": "y"}
    )
    page_url = url(region, "en", f"registration/{registration.token}/")
    client.post(page_url, {"action": "confirm_cancel"})
    response = client.post(page_url, {"action": "confirm_cancel"})
    assert response.status_code == 400
    assert "This registration is already cancelled." in response.content.decode()


def test_it_answers_404_for_an_unknown_registration(client: Client, region: Region) -> None:
    make_event(region)
    assert client.get(url(region, "en", "registration/not-a-token/")).status_code == 404


def test_it_keeps_registrations_of_another_region_apart(
    client: Client, region: Region, other_region: Region
) -> None:
    other_region.features = ["events"]
    other_region.save()
    foreign = make_event(other_region, registration=True)
    registration = registration_create(
        event=foreign, name="A", email="a@example.org", language="de"
    )
    page = url(region, "de", f"registration/{registration.token}/")
    assert client.get(page).status_code == 404
    assert (
        client.get(url(other_region, "de", f"registration/{registration.token}/")).status_code
        == 200
    )


# --- Invitations ----------------------------------------------------------------------------


@pytest.fixture
def invitation(region: Region, client_as: Any) -> Invitation:
    _client, user = client_as(Role.OFFICE_STAFF)
    event = make_event(region, invitation_only=True, capacity=4, status=EventStatus.DRAFT)
    [invitation] = invitations_add(
        actor=user,
        event=event,
        invitees=[InviteeData(name="Amira", email="amira@example.org", guests_allowed=2)],
    )
    return invitation


def test_it_shows_the_invitation(client: Client, region: Region, invitation: Invitation) -> None:
    response = client.get(url(region, "en", f"invitation/{invitation.token}/"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Hello Amira" in page
    assert "You have not answered yet." in page
    assert 'name="guests"' in page


def test_it_accepts_an_invitation_with_guests(
    client: Client, region: Region, invitation: Invitation
) -> None:
    page_url = url(region, "en", f"invitation/{invitation.token}/")
    response = client.post(page_url, {"coming": "yes", "guests": "2"})
    assert response.status_code == 303
    invitation.refresh_from_db()
    assert (invitation.answer, invitation.guests) == ("yes", 2)
    assert "You are coming with 2 guests." in client.get(page_url).content.decode()


def test_it_lets_the_invitee_change_to_no(
    client: Client, region: Region, invitation: Invitation
) -> None:
    page_url = url(region, "en", f"invitation/{invitation.token}/")
    client.post(page_url, {"coming": "yes", "guests": "1"})
    response = client.post(page_url, {"coming": "no", "guests": "1"})
    assert response.status_code == 303
    invitation.refresh_from_db()
    assert (invitation.answer, invitation.guests) == ("no", 0)


def test_it_refuses_too_many_guests(client: Client, region: Region, invitation: Invitation) -> None:
    response = client.post(
        url(region, "en", f"invitation/{invitation.token}/"), {"coming": "yes", "guests": "3"}
    )
    assert response.status_code == 400
    assert "You can bring at most 2 guests." in response.content.decode()


def test_it_refuses_a_yes_without_room(
    client: Client, region: Region, invitation: Invitation
) -> None:
    Event.objects.filter(pk=invitation.event_id).update(capacity=2)
    response = client.post(
        url(region, "en", f"invitation/{invitation.token}/"), {"coming": "yes", "guests": "2"}
    )
    assert response.status_code == 400
    assert "not enough room left for 3 people" in response.content.decode()


def test_it_refuses_an_answer_without_a_choice(
    client: Client, region: Region, invitation: Invitation
) -> None:
    response = client.post(url(region, "en", f"invitation/{invitation.token}/"), {})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_it_closes_answers_when_the_event_has_begun(
    client: Client, region: Region, invitation: Invitation
) -> None:
    Event.objects.filter(pk=invitation.event_id).update(
        starts_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    page_url = url(region, "en", f"invitation/{invitation.token}/")
    assert "answers are closed" in client.get(page_url).content.decode()
    response = client.post(page_url, {"coming": "yes", "guests": "0"})
    assert response.status_code == 400
    assert "The event has already begun; answers are closed." in response.content.decode()


def test_it_answers_404_for_an_unknown_invitation(client: Client, region: Region) -> None:
    make_event(region)
    assert client.get(url(region, "en", "invitation/nothing/")).status_code == 404


# --- Programmes -----------------------------------------------------------------------------


@pytest.fixture
def programme(region: Region) -> Programme:
    programme = programme_save(
        actor=None,
        region=region,
        data=ProgrammeData(
            title={"de": "Interkulturelle Woche", "en": "Intercultural week"},
            description={"en": "<p>A week of encounters.</p>"},
            starts_on=datetime.date(2031, 10, 1),
            ends_on=datetime.date(2031, 10, 7),
        ),
    )
    make_event(
        region,
        title={"en": "Opening"},
        programme=programme,
        starts_at=FIRST_THURSDAY,
        status=EventStatus.ACCEPTED,
    )
    return programme


def test_it_hides_a_programme_until_it_is_published(
    client: Client, region: Region, programme: Programme
) -> None:
    assert client.get(url(region, "en", f"programmes/{programme.pk}/")).status_code == 404
    programme_publish(actor=None, programme=programme)
    response = client.get(url(region, "en", f"programmes/{programme.pk}/"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Intercultural week</h1>" in page
    assert "Opening</a>" in page
    assert f"/programmes/{programme.pk}/booklet.pdf" in page
    assert f"feed.ics?programme={programme.pk}" in page


def test_it_lists_current_programmes_on_the_events_page(
    client: Client, region: Region, programme: Programme
) -> None:
    assert "Intercultural week" not in client.get(url(region, "en")).content.decode()
    programme_publish(actor=None, programme=programme)
    page = client.get(url(region, "en")).content.decode()
    assert f'href="/kaiserslautern/en/events/programmes/{programme.pk}/">Intercultural week' in page


def test_it_does_not_show_a_programme_of_another_region(
    client: Client, region: Region, other_region: Region
) -> None:
    foreign = Programme.objects.create(
        region=other_region,
        title={"de": "Fremd"},
        starts_on=datetime.date(2031, 1, 1),
        ends_on=datetime.date(2031, 1, 2),
        published_at=timezone.now(),
    )
    assert client.get(url(region, "de", f"programmes/{foreign.pk}/")).status_code == 404
