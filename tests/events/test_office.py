"""Office pages of events: list, form, status workflow, registrations, invitations,
programmes and calendar feeds."""

from __future__ import annotations

import csv
import datetime
import io
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from ankunft.accounts.models import Role, User
from ankunft.core.models import Region
from ankunft.events.forms import EventForm, build_rule, parse_dates, rule_initial
from ankunft.events.models import (
    Event,
    EventFeed,
    EventStatus,
    Invitation,
    Programme,
    Registration,
    RegistrationStatus,
)
from ankunft.events.services import ProgrammeData, programme_save, registration_create
from ankunft.offers.models import Place
from ankunft.offers.services import place_get_or_create
from ankunft.organisations.models import Organisation
from tests.factories import (
    BERLIN,
    OrganisationFactory,
    local,
    make_event,
    place_data,
)

pytestmark = pytest.mark.django_db
LoginAs = Callable[..., tuple[Client, User]]
BASE = "/office/kaiserslautern/events"


def own_organisation(user: User) -> Organisation:
    return user.organisations.get()  # type: ignore[attr-defined]


@pytest.fixture
def place(region: Region) -> Place:
    return place_get_or_create(region=region, data=place_data())


def next_week() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=7)


def event_form(**fields: Any) -> dict[str, Any]:
    """A valid POST of the event form (one language, a single evening), with `fields` over it."""
    data: dict[str, Any] = {
        "title_de": "Sprachcafé",
        "summary_de": "Deutsch üben.",
        "description_de": "Jeden Donnerstag.\n\nOhne Anmeldung.",
        "start_date": next_week().isoformat(),
        "start_time": "18:00",
        "end_time": "20:00",
        "repeat": "none",
        "interval": "1",
        "monthly": "day",
        "cost": "free",
        "languages": ["de", "ar"],
        "target_groups": ["everyone"],
    }
    data.update(fields)
    return {name: value for name, value in data.items() if value is not None}


def open_programme(region: Region, **overrides: Any) -> Programme:
    today = timezone.localdate()
    values: dict[str, Any] = {
        "title": {"de": "Interkulturelle Woche"},
        "starts_on": today + datetime.timedelta(days=30),
        "ends_on": today + datetime.timedelta(days=37),
        "submission_deadline": today + datetime.timedelta(days=10),
    }
    values.update(overrides)
    programme = programme_save(actor=None, region=region, data=ProgrammeData(**values))  # type: ignore[arg-type]
    Programme.objects.filter(pk=programme.pk).update(submissions_open=True)
    programme.refresh_from_db()
    return programme


def register(event: Event, name: str, **answers: str) -> Registration:
    email = f"{name.lower().replace(' ', '.')}@example.org"
    return registration_create(
        event=event, name=name, email=email, language="de", answers=answers or None
    )


# --- Permissions ---------------------------------------------------------------------------


def test_it_sends_anonymous_visitors_to_the_login(client: Client, region: Region) -> None:
    event = make_event(region)
    for path in [f"{BASE}/", f"{BASE}/new/", f"{BASE}/{event.pk}/", f"{BASE}/programmes/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_it_shows_all_events_of_the_region_to_staff(
    client_as: LoginAs, region: Region, other_region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    first = make_event(region, title={"de": "Eins"})
    second = make_event(region, organisation=OrganisationFactory(region=region))
    make_event(other_region)
    response = client.get(f"{BASE}/")
    assert response.status_code == 200
    assert {row.event.pk for row in response.context["rows"]} == {first.pk, second.pk}


def test_it_lists_only_the_own_events_for_a_partner(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    mine = make_event(region, organisation=own_organisation(partner))
    make_event(region, organisation=OrganisationFactory(region=region))
    make_event(region)
    response = client.get(f"{BASE}/")
    assert [row.event.pk for row in response.context["rows"]] == [mine.pk]


def test_a_partner_cannot_open_or_change_another_organisations_event(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, partner = client_as("partner")
    other = make_event(region, organisation=OrganisationFactory(region=region), status="draft")
    assert client.get(f"{BASE}/{other.pk}/").status_code == 403
    assert client.get(f"{BASE}/{other.pk}/registrations/").status_code == 403
    assert client.get(f"{BASE}/{other.pk}/registrations.csv").status_code == 403
    data = event_form(organisation=own_organisation(partner).pk, place=place.pk)
    assert client.post(f"{BASE}/{other.pk}/", data).status_code == 403
    assert client.post(f"{BASE}/{other.pk}/status/", {"action": "delete"}).status_code == 403
    assert Event.objects.filter(pk=other.pk).exists()


def test_a_partner_cannot_use_the_staff_pages_or_review_actions(
    client_as: LoginAs, region: Region
) -> None:
    client, partner = client_as("partner")
    programme = open_programme(region)
    mine = make_event(
        region,
        organisation=own_organisation(partner),
        programme=programme,
        status=EventStatus.SUBMITTED,
    )
    assert client.get(f"{BASE}/programmes/").status_code == 403
    assert client.get(f"{BASE}/programmes/{programme.pk}/submissions/").status_code == 403
    assert client.get(f"{BASE}/feeds/").status_code == 403
    assert client.post(f"{BASE}/{mine.pk}/status/", {"action": "accept"}).status_code == 403
    mine.refresh_from_db()
    assert mine.status == EventStatus.SUBMITTED


def test_an_event_of_another_region_is_not_found(
    client_as: LoginAs, region: Region, other_region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    foreign = make_event(other_region)
    assert client.get(f"{BASE}/{foreign.pk}/").status_code == 404
    assert client.get(f"{BASE}/{foreign.pk}/registrations/").status_code == 404
    assert client.post(f"{BASE}/{foreign.pk}/status/", {"action": "cancel"}).status_code == 404


def test_staff_of_another_region_are_refused(
    client_as: LoginAs, region: Region, other_region: Region
) -> None:
    event = make_event(region)
    client, _staff = client_as(Role.OFFICE_STAFF, other_region)
    assert client.get(f"{BASE}/").status_code == 403
    assert client.get(f"{BASE}/{event.pk}/").status_code == 403


# --- The list ------------------------------------------------------------------------------


def test_it_filters_by_status_and_text(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    draft = make_event(region, title={"de": "Nähcafé"}, status=EventStatus.DRAFT)
    make_event(region, title={"de": "Nähcafé im Sommer"})
    make_event(region, title={"de": "Lesung"}, status=EventStatus.DRAFT)
    response = client.get(f"{BASE}/?status=draft&q=nähcafé")
    assert [row.event.pk for row in response.context["rows"]] == [draft.pk]


def test_it_filters_upcoming_and_past_events(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    past = make_event(region, starts_at=local(2024, 3, 1, 18))
    upcoming = make_event(region)
    assert [row.event.pk for row in client.get(f"{BASE}/?when=past").context["rows"]] == [past.pk]
    assert [row.event.pk for row in client.get(f"{BASE}/?when=upcoming").context["rows"]] == [
        upcoming.pk
    ]


def test_it_answers_an_unknown_filter_value_with_400(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    assert client.get(f"{BASE}/?status=emperor").status_code == 400


def test_it_shows_registrations_and_the_repeat_marker_in_the_list(
    client_as: LoginAs, region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, registration=True, capacity=1)
    register(event, "Amina")
    register(event, "Olena")
    make_event(region, rrule="FREQ=WEEKLY;BYDAY=TH")
    response = client.get(f"{BASE}/")
    row = next(row for row in response.context["rows"] if row.event.pk == event.pk)
    assert (row.confirmed, row.waiting) == (1, 1)
    assert "1 of 1" in response.text and "1 waiting" in response.text
    assert "repeats" in response.text


def test_it_shows_a_partner_the_programmes_open_for_submissions(
    client_as: LoginAs, region: Region
) -> None:
    client, _partner = client_as("partner")
    programme = open_programme(region)
    open_programme(
        region,
        title={"de": "Vorbei"},
        submission_deadline=timezone.localdate() - datetime.timedelta(days=1),
    )
    response = client.get(f"{BASE}/")
    assert [item for item, _title in response.context["open_programmes"]] == [programme]
    assert f"new/?programme={programme.pk}" in response.text


def test_a_partner_filters_only_by_programmes_they_may_know(
    client_as: LoginAs, region: Region
) -> None:
    client, partner = client_as("partner")
    open_one = open_programme(region)
    planned = open_programme(region, title={"de": "Noch geheim"})
    Programme.objects.filter(pk=planned.pk).update(submissions_open=False)
    earlier = open_programme(region, title={"de": "Mit meinem Beitrag"})
    Programme.objects.filter(pk=earlier.pk).update(submissions_open=False)
    make_event(region, organisation=own_organisation(partner), programme=earlier)
    form = client.get(f"{BASE}/").context["form"]
    assert set(form.fields["programme"].queryset) == {open_one, earlier}
    assert client.get(f"{BASE}/?programme={planned.pk}").status_code == 400


# --- Create and edit -----------------------------------------------------------------------


def test_it_creates_a_weekly_event_with_dates_left_out(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    data = event_form(
        start_date="2026-10-15",
        repeat="weekly",
        weekdays=["TU", "TH"],
        until="2026-12-17",
        exdates="2026-10-22\n29.10.2026",
        place=place.pk,
        title_ar="مقهى اللغة",
    )
    response = client.post(f"{BASE}/new/", data)
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.status == EventStatus.DRAFT and event.organisation is None
    assert event.starts_at == local(2026, 10, 15, 18) and event.ends_at == local(2026, 10, 15, 20)
    assert event.rrule == "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261217T225959Z"
    assert event.exdates == ["2026-10-22", "2026-10-29"]
    assert event.title == {"de": "Sprachcafé", "ar": "مقهى اللغة"}
    assert event.description == {"de": "<p>Jeden Donnerstag.</p><p>Ohne Anmeldung.</p>"}
    assert event.series_ends_at == local(2026, 12, 17, 20)
    assert response["Location"] == f"{BASE}/{event.pk}/"


def test_it_shows_a_stored_rule_in_the_chooser(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(
        region,
        starts_at=local(2026, 10, 15, 18),
        rrule="FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8",
        exdates=["2026-10-22"],
        status=EventStatus.DRAFT,
    )
    form = client.get(f"{BASE}/{event.pk}/").context["form"]
    assert form["repeat"].value() == "weekly"
    assert form["weekdays"].value() == ["TU", "TH"]
    assert form["count"].value() == 8
    assert form["exdates"].value() == "2026-10-22"


def test_it_creates_an_all_day_event_over_two_days(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    data = event_form(
        start_date="2026-06-20",
        end_date="2026-06-21",
        all_day="on",
        place=place.pk,
        start_time="",
        end_time="",
    )
    assert client.post(f"{BASE}/new/", data).status_code == 302
    event = Event.objects.get()
    assert event.all_day
    assert (event.starts_at, event.ends_at) == (local(2026, 6, 20), local(2026, 6, 22))


def test_it_refuses_an_end_before_the_start_with_400(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    response = client.post(
        f"{BASE}/new/", event_form(start_time="20:00", end_time="18:00", place=place.pk)
    )
    assert response.status_code == 400
    assert response.context["form"].errors["end_time"] == ["The event ends before it starts."]
    assert not Event.objects.exists()


def test_it_refuses_a_bad_custom_rule_with_400(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    response = client.post(
        f"{BASE}/new/", event_form(repeat="custom", custom_rule="FREQ=SOMETIMES", place=place.pk)
    )
    assert response.status_code == 400
    assert "The repeat rule is not valid" in response.context["form"].errors["custom_rule"][0]
    assert not Event.objects.exists()


def test_it_refuses_an_hourly_rule_with_400(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    response = client.post(
        f"{BASE}/new/", event_form(repeat="custom", custom_rule="FREQ=HOURLY", place=place.pk)
    )
    assert response.status_code == 400
    assert "at most daily" in response.context["form"].errors["custom_rule"][0]


def test_it_needs_a_place_or_online(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    response = client.post(f"{BASE}/new/", event_form())
    assert response.status_code == 400
    assert response.context["form"].errors["place"] == [
        "Please choose a place, or mark the event as online."
    ]
    assert "Please choose a place, or mark the event as online." in response.text


def test_it_needs_a_title_in_some_language(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    response = client.post(f"{BASE}/new/", event_form(title_de="", place=place.pk))
    assert response.status_code == 400
    assert response.context["form"].errors["title_de"] == [
        "Please enter a title in at least one language."
    ]


def test_it_needs_the_times_unless_all_day(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    response = client.post(f"{BASE}/new/", event_form(start_time="", place=place.pk))
    assert response.status_code == 400
    assert "start_time" in response.context["form"].errors


def test_it_refuses_registration_for_a_series(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    data = event_form(repeat="daily", count="5", registration="on", place=place.pk)
    response = client.post(f"{BASE}/new/", data)
    assert response.status_code == 400
    assert (
        "Registration works for single events" in response.context["form"].errors["registration"][0]
    )


def test_it_creates_an_online_event_with_questions(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    data = event_form(
        online="on",
        online_url="https://meet.example.org/cafe",
        registration="on",
        capacity="12",
        question_1_de="Ernährung?",
        question_1_en="Diet?",
        question_1_required="on",
        question_3_de="Kinderbetreuung?",
    )
    assert client.post(f"{BASE}/new/", data).status_code == 302
    event = Event.objects.get()
    assert event.online and event.place is None and event.capacity == 12
    assert event.questions == [
        {"key": "q1", "label": {"de": "Ernährung?", "en": "Diet?"}, "required": True},
        {"key": "q2", "label": {"de": "Kinderbetreuung?"}, "required": False},
    ]


def test_a_partner_creates_an_event_for_their_organisation(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, partner = client_as("partner")
    organisation = own_organisation(partner)
    form = client.get(f"{BASE}/new/").context["form"]
    assert list(form.fields["organisation"].queryset) == [organisation]
    response = client.post(f"{BASE}/new/", event_form(organisation=organisation.pk, place=place.pk))
    assert response.status_code == 302
    assert Event.objects.get().organisation == organisation


def test_a_partner_cannot_create_an_event_for_another_organisation(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _partner = client_as("partner")
    stranger = OrganisationFactory(region=region)
    response = client.post(f"{BASE}/new/", event_form(organisation=stranger.pk, place=place.pk))
    assert response.status_code == 400
    assert not Event.objects.exists()


def test_a_partner_must_choose_an_organisation(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _partner = client_as("partner")
    response = client.post(f"{BASE}/new/", event_form(place=place.pk))
    assert response.status_code == 400
    assert "organisation" in response.context["form"].errors


def test_a_partner_can_only_choose_open_programmes(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, partner = client_as("partner")
    programme = open_programme(region)
    closed = open_programme(region, title={"de": "Geschlossen"})
    Programme.objects.filter(pk=closed.pk).update(submissions_open=False)
    form = client.get(f"{BASE}/new/?programme={programme.pk}").context["form"]
    assert list(form.fields["programme"].queryset) == [programme]
    assert form["programme"].value() == programme.pk
    data = event_form(
        organisation=own_organisation(partner).pk, place=place.pk, programme=closed.pk
    )
    assert client.post(f"{BASE}/new/", data).status_code == 400


def test_it_updates_an_event(client_as: LoginAs, region: Region, place: Place) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, status=EventStatus.DRAFT, place=place)
    data = event_form(title_de="Neuer Titel", place=place.pk, cost="amount", cost_amount="3,50")
    data["cost_amount"] = "3.50"
    assert client.post(f"{BASE}/{event.pk}/", data).status_code == 302
    event.refresh_from_db()
    assert event.title == {"de": "Neuer Titel"} and str(event.cost_amount) == "3.50"


def new_address_form(region: Region, **fields: Any) -> EventForm:
    """The form with the new-address fieldset; the browser sends the preset city along."""
    return EventForm(
        event_form(place_city="Kaiserslautern", **fields),
        region=region,
        organisations=Organisation.objects.for_region(region),
        may_manage=True,
        new_places=True,
    )


def test_the_new_address_fieldset_gives_place_data(region: Region) -> None:
    form = new_address_form(
        region, place_name="Stadtbibliothek", place_street="Steinstraße 48", place_postcode="67657"
    )
    assert form.is_valid(), form.errors
    place = form.place_data()
    assert place is not None
    assert (place.name, place.street, place.postcode, place.city) == (
        "Stadtbibliothek",
        "Steinstraße 48",
        "67657",
        "Kaiserslautern",
    )


def test_the_new_address_needs_street_and_postcode_and_no_chosen_place(
    region: Region, place: Place
) -> None:
    form = new_address_form(region, place=place.pk, place_name="Stadtbibliothek")
    assert not form.is_valid()
    assert set(form.errors) == {"place_street", "place_postcode"}


def test_it_creates_an_event_at_a_new_address(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    data = event_form(place_street="Steinstraße 48", place_postcode="67657", place_city="KL")
    assert client.post(f"{BASE}/new/", data).status_code == 302
    assert Event.objects.get().place.street == "Steinstraße 48"  # type: ignore[union-attr]


def test_it_shows_an_imported_event_read_only(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    feed = EventFeed.objects.create(region=region, name="VHS", url="https://vhs.example.org/a.ics")
    event = make_event(region)
    Event.objects.filter(pk=event.pk).update(feed=feed, external_uid="x1")
    response = client.get(f"{BASE}/{event.pk}/")
    assert response.status_code == 200
    assert "is imported from the calendar feed" in response.text
    assert "form" not in response.context
    assert client.post(f"{BASE}/{event.pk}/", event_form(online="on")).status_code == 400
    assert client.post(f"{BASE}/{event.pk}/status/", {"action": "cancel"}).status_code == 400
    event.refresh_from_db()
    assert event.title["de"] == "Weltcafé" and event.status == EventStatus.PUBLISHED


def test_it_saves_an_image_with_its_description(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, status=EventStatus.DRAFT, place=place)
    png = png_bytes()
    upload = SimpleUploadedFile("cafe.png", png, content_type="image/png")
    without_alt = client.post(f"{BASE}/{event.pk}/", {"form": "image", "image": upload})
    assert without_alt.status_code == 400
    assert without_alt.context["image_form"].errors["alt_de"] == [
        "Please describe the image for blind readers."
    ]
    upload = SimpleUploadedFile("cafe.png", png, content_type="image/png")
    response = client.post(
        f"{BASE}/{event.pk}/", {"form": "image", "image": upload, "alt_de": "Menschen am Tisch"}
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.image.name.startswith("events/") and event.image_alt == {"de": "Menschen am Tisch"}


def test_it_changes_only_the_description_of_the_image(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, status=EventStatus.DRAFT, place=place)
    upload = SimpleUploadedFile("cafe.png", png_bytes(), content_type="image/png")
    client.post(f"{BASE}/{event.pk}/", {"form": "image", "image": upload, "alt_de": "Tisch"})
    response = client.post(f"{BASE}/{event.pk}/", {"form": "image", "alt_de": "Ein Tisch"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.image_alt == {"de": "Ein Tisch"}
    assert event.image.name.count("/") == 1 and event.image.read() == png_bytes()


def test_it_asks_for_an_image_before_saving_a_description(
    client_as: LoginAs, region: Region, place: Place
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, status=EventStatus.DRAFT, place=place)
    response = client.post(f"{BASE}/{event.pk}/", {"form": "image", "alt_de": "Ein Tisch"})
    assert response.status_code == 400
    assert response.context["image_form"].errors["image"] == ["Please choose an image."]


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


# --- Status workflow -----------------------------------------------------------------------


def test_a_partner_submits_into_an_open_programme_and_the_office_is_told(
    client_as: LoginAs, region: Region, place: Place, committed: Any
) -> None:
    client, partner = client_as("partner")
    programme = open_programme(region)
    data = event_form(
        organisation=own_organisation(partner).pk, place=place.pk, programme=programme.pk
    )
    assert client.post(f"{BASE}/new/", data).status_code == 302
    event = Event.objects.get()
    with committed():
        response = client.post(f"{BASE}/{event.pk}/status/", {"action": "submit"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == EventStatus.SUBMITTED
    assert [message.to for message in mail.outbox] == [[region.contact_email]]
    assert "Sprachcafé" in mail.outbox[0].subject


def test_staff_accept_a_submission_from_the_review_queue(
    client_as: LoginAs, region: Region, committed: Any
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    programme = open_programme(region)
    organisation = OrganisationFactory(region=region)
    member = organisation.memberships.create(user=User.objects.create_user(email="m@example.org"))
    event = make_event(
        region, organisation=organisation, programme=programme, status=EventStatus.SUBMITTED
    )
    queue = client.get(f"{BASE}/programmes/{programme.pk}/submissions/")
    assert [item.event.pk for item in queue.context["waiting"]] == [event.pk]
    back = f"{BASE}/programmes/{programme.pk}/submissions/"
    with committed():
        response = client.post(f"{BASE}/{event.pk}/status/", {"action": "accept", "next": back})
    assert response.status_code == 302 and response["Location"] == back
    event.refresh_from_db()
    assert event.status == EventStatus.ACCEPTED
    assert [message.to for message in mail.outbox] == [[member.user.email]]


def test_staff_ask_for_changes_with_a_note(
    client_as: LoginAs, region: Region, committed: Any
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    organisation = OrganisationFactory(region=region, email="verein@example.org")
    event = make_event(region, organisation=organisation, status=EventStatus.SUBMITTED)
    with committed():
        client.post(
            f"{BASE}/{event.pk}/status/",
            {"action": "request_changes", "note": "Bitte den Ort ergänzen."},
        )
    event.refresh_from_db()
    assert event.status == EventStatus.CHANGES_REQUESTED
    assert event.review_note == "Bitte den Ort ergänzen."
    assert mail.outbox[0].to == ["verein@example.org"]
    assert "Bitte den Ort ergänzen." in mail.outbox[0].body


def test_declining_without_a_note_changes_nothing(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, status=EventStatus.SUBMITTED)
    response = client.post(f"{BASE}/{event.pk}/status/", {"action": "decline", "note": " "})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.status == EventStatus.SUBMITTED
    page = client.get(response["Location"])
    assert "Please tell the organiser why." in page.text


def test_staff_decline_with_a_note(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, status=EventStatus.SUBMITTED)
    client.post(f"{BASE}/{event.pk}/status/", {"action": "decline", "note": "Passt nicht."})
    event.refresh_from_db()
    assert (event.status, event.review_note) == (EventStatus.DECLINED, "Passt nicht.")


def test_publishing_a_programme_publishes_its_accepted_events(
    client_as: LoginAs, region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    programme = open_programme(region)
    accepted = make_event(region, programme=programme, status=EventStatus.ACCEPTED)
    waiting = make_event(region, programme=programme, status=EventStatus.SUBMITTED)
    url = f"{BASE}/programmes/{programme.pk}/"
    response = client.post(url, {"action": "publish"})
    assert response.status_code == 302
    accepted.refresh_from_db()
    waiting.refresh_from_db()
    assert (accepted.status, waiting.status) == (EventStatus.PUBLISHED, EventStatus.SUBMITTED)
    page = client.get(url)
    assert "The programme is published, with 1 event." in page.text
    assert f"/kaiserslautern/de/events/programmes/{programme.pk}/" in page.text


def test_staff_publish_and_cancel_an_event(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, status=EventStatus.DRAFT)
    client.post(f"{BASE}/{event.pk}/status/", {"action": "publish"})
    event.refresh_from_db()
    assert event.status == EventStatus.PUBLISHED
    client.post(f"{BASE}/{event.pk}/status/", {"action": "cancel"})
    event.refresh_from_db()
    assert event.status == EventStatus.CANCELLED


def test_a_partner_cannot_publish_outside_a_programme_unless_trusted(
    client_as: LoginAs, region: Region
) -> None:
    client, partner = client_as("partner")
    event = make_event(region, organisation=own_organisation(partner), status=EventStatus.DRAFT)
    assert client.post(f"{BASE}/{event.pk}/status/", {"action": "publish"}).status_code == 403
    client.post(f"{BASE}/{event.pk}/status/", {"action": "submit"})
    event.refresh_from_db()
    assert event.status == EventStatus.SUBMITTED


def test_a_partner_deletes_a_draft(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    event = make_event(region, organisation=own_organisation(partner), status=EventStatus.DRAFT)
    response = client.post(f"{BASE}/{event.pk}/status/", {"action": "delete"})
    assert response.status_code == 302 and response["Location"] == f"{BASE}/"
    assert not Event.objects.filter(pk=event.pk).exists()


def test_a_published_event_cannot_be_deleted(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region)
    response = client.post(f"{BASE}/{event.pk}/status/", {"action": "delete"}, follow=True)
    assert "cannot be deleted; cancel it instead" in response.text
    assert Event.objects.filter(pk=event.pk).exists()


def test_an_unknown_action_is_a_400(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region)
    assert client.post(f"{BASE}/{event.pk}/status/", {"action": "explode"}).status_code == 400
    assert client.get(f"{BASE}/{event.pk}/status/").status_code == 405


# --- Registrations -------------------------------------------------------------------------


def test_it_lists_registrations_with_answers(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(
        region,
        registration=True,
        capacity=1,
        questions=[{"label": {"de": "Ernährung?"}, "required": False}],
    )
    register(event, "Amina", q1="vegetarisch")
    register(event, "Olena")
    response = client.get(f"{BASE}/{event.pk}/registrations/")
    assert response.status_code == 200
    assert [row.registration.name for row in response.context["confirmed"]] == ["Amina"]
    assert [row.registration.name for row in response.context["waiting"]] == ["Olena"]
    assert response.context["confirmed"][0].answers == [("Ernährung?", "vegetarisch")]
    assert "vegetarisch" in response.text


def test_it_writes_the_registrations_as_csv(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(
        region, registration=True, questions=[{"label": {"de": "Ernährung?"}, "required": False}]
    )
    register(event, "Amina Yusuf", q1="=1+1")
    response = client.get(f"{BASE}/{event.pk}/registrations.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))
    assert rows[0] == ["Name", "E-mail", "Status", "Registered at", "Ernährung?", "Attended"]
    assert rows[1][:3] == ["Amina Yusuf", "amina.yusuf@example.org", "Confirmed"]
    assert rows[1][4:] == ["'=1+1", ""]


def test_raising_the_capacity_moves_the_waiting_list_up(
    client_as: LoginAs, region: Region, committed: Any
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, registration=True, capacity=1)
    register(event, "Amina")
    waiting = register(event, "Olena")
    mail.outbox.clear()
    with committed():
        response = client.post(
            f"{BASE}/{event.pk}/registrations/", {"action": "capacity", "capacity": "2"}
        )
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert [message.to for message in mail.outbox] == [["olena@example.org"]]


def test_a_capacity_below_one_is_refused(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, registration=True, capacity=3)
    response = client.post(
        f"{BASE}/{event.pk}/registrations/", {"action": "capacity", "capacity": "0"}
    )
    assert response.status_code == 400
    event.refresh_from_db()
    assert event.capacity == 3


def test_cancelling_a_registration_moves_the_next_one_up(
    client_as: LoginAs, region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, registration=True, capacity=1)
    first = register(event, "Amina")
    waiting = register(event, "Olena")
    response = client.post(
        f"{BASE}/{event.pk}/registrations/", {"action": "cancel", "registration": first.pk}
    )
    assert response.status_code == 302
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert (first.status, waiting.status) == (
        RegistrationStatus.CANCELLED,
        RegistrationStatus.CONFIRMED,
    )


def test_it_marks_attendance(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, registration=True)
    person = register(event, "Amina")
    client.post(
        f"{BASE}/{event.pk}/registrations/",
        {"action": "attended", "registration": person.pk, "attended": "yes"},
    )
    person.refresh_from_db()
    assert person.attended is True


def test_a_registration_of_another_event_is_not_found(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, registration=True)
    other = make_event(region, registration=True)
    stranger = register(other, "Amina")
    response = client.post(
        f"{BASE}/{event.pk}/registrations/", {"action": "cancel", "registration": stranger.pk}
    )
    assert response.status_code == 404
    stranger.refresh_from_db()
    assert stranger.status == RegistrationStatus.CONFIRMED


def test_the_attendance_list_names_the_confirmed_people(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, registration=True, capacity=1)
    register(event, "Amina")
    register(event, "Olena")
    response = client.get(f"{BASE}/{event.pk}/attendance/")
    assert response.status_code == 200
    assert [person.name for person in response.context["people"]] == ["Amina"]
    assert "Weltcafé" in response.text and "Kanalstraße 3" in response.text
    assert "Signature" in response.text and "office-nav" not in response.text


# --- Invitations ---------------------------------------------------------------------------


def invitation_file(text: str, name: str = "gaeste.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_it_invites_a_list_from_csv(client_as: LoginAs, region: Region, committed: Any) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, invitation_only=True)
    upload = invitation_file(
        "\ufeffname;email;language;guests\nAmina Yusuf;amina@example.org;ar;2\n"
        "Olena Koval;olena@example.org;;0\n"
    )
    with committed():
        response = client.post(f"{BASE}/{event.pk}/invitations/", {"file": upload})
    assert response.status_code == 302
    invitations = list(Invitation.objects.order_by("name"))
    assert [(i.name, i.language, i.guests_allowed) for i in invitations] == [
        ("Amina Yusuf", "ar", 2),
        ("Olena Koval", "de", 0),
    ]
    assert sorted(message.to[0] for message in mail.outbox) == [
        "amina@example.org",
        "olena@example.org",
    ]
    page = client.get(f"{BASE}/{event.pk}/invitations/")
    assert page.context["totals"] == {"coming": 0, "not_coming": 0, "pending": 2, "invited": 2}


def test_one_bad_row_invites_nobody_and_every_bad_row_is_named(
    client_as: LoginAs, region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, invitation_only=True)
    upload = invitation_file(
        "name,email,language,guests\nAmina,amina@example.org,ar,1\nOlena,not-an-address,uk,0\n"
        "Jan,jan@example.org,xx,0\n"
    )
    response = client.post(f"{BASE}/{event.pk}/invitations/", {"file": upload})
    assert response.status_code == 400
    assert not Invitation.objects.exists()
    assert "Row 2: “not-an-address” is not an e-mail address." in response.text
    assert "Row 3: the language “xx” is not offered here." in response.text


def test_a_file_that_is_not_csv_is_refused(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, invitation_only=True)
    upload = SimpleUploadedFile("list.xlsx", b"PK\x03\x04\x00\xff\xfe\x00", content_type="x")
    response = client.post(f"{BASE}/{event.pk}/invitations/", {"file": upload})
    assert response.status_code == 400
    assert "This is not a CSV file in UTF-8." in response.text
    assert not Invitation.objects.exists()


def test_a_csv_without_the_needed_columns_is_refused(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, invitation_only=True)
    upload = invitation_file("Name,Mail\nAmina,amina@example.org\n")
    response = client.post(f"{BASE}/{event.pk}/invitations/", {"file": upload})
    assert response.status_code == 400
    assert "missing: email, language, guests" in response.text


def test_a_file_over_one_megabyte_is_refused(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region, invitation_only=True)
    upload = invitation_file("name,email,language,guests\n" + "x" * (1024 * 1024))
    response = client.post(f"{BASE}/{event.pk}/invitations/", {"file": upload})
    assert response.status_code == 400
    assert "The file is too big" in response.text


def test_an_event_open_to_all_takes_no_invitation_list(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    event = make_event(region)
    upload = invitation_file("name,email,language,guests\nAmina,amina@example.org,ar,1\n")
    assert client.post(f"{BASE}/{event.pk}/invitations/", {"file": upload}).status_code == 400
    assert not Invitation.objects.exists()


# --- Programmes ----------------------------------------------------------------------------


def test_staff_create_a_programme_and_open_it(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    response = client.post(
        f"{BASE}/programmes/new/",
        {
            "title_de": "Interkulturelle Woche",
            "title_en": "Intercultural week",
            "description_de": "Eine Woche voller Begegnungen.",
            "starts_on": "2026-09-20",
            "ends_on": "2026-09-27",
            "submission_deadline": "2026-08-31",
            "publish_on": "2026-09-05",
        },
    )
    assert response.status_code == 302
    programme = Programme.objects.get()
    assert programme.title == {"de": "Interkulturelle Woche", "en": "Intercultural week"}
    assert programme.description == {"de": "<p>Eine Woche voller Begegnungen.</p>"}
    client.post(f"{BASE}/programmes/{programme.pk}/", {"action": "open"})
    programme.refresh_from_db()
    assert programme.submissions_open
    listing = client.get(f"{BASE}/programmes/")
    assert "Interkulturelle Woche" in listing.text


def test_a_programme_ending_before_it_begins_is_refused(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    response = client.post(
        f"{BASE}/programmes/new/",
        {"title_de": "Woche", "starts_on": "2026-09-20", "ends_on": "2026-09-10"},
    )
    assert response.status_code == 400
    assert response.context["form"].errors["ends_on"] == ["The last day is before the first day."]
    assert not Programme.objects.exists()


def test_a_programme_of_another_region_is_not_found(
    client_as: LoginAs, region: Region, other_region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    foreign = open_programme(other_region)
    assert client.get(f"{BASE}/programmes/{foreign.pk}/").status_code == 404
    assert client.get(f"{BASE}/programmes/{foreign.pk}/submissions/").status_code == 404


# --- Calendar feeds ------------------------------------------------------------------------

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:lesung-1@vhs.example.org\r\nDTSTAMP:20260101T000000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20361015T180000\r\nDTEND;TZID=Europe/Berlin:20361015T200000\r\n"
    "SUMMARY:Lesung in der Stadtbibliothek\r\nLOCATION:Steinstraße 48\\, 67657 Kaiserslautern\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
).encode()


class CalendarHandler(BaseHTTPRequestHandler):
    body = ICS
    status = 200

    def do_GET(self) -> None:
        self.send_response(self.status)
        self.send_header("Content-Type", "text/calendar; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def calendar_server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), CalendarHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def feed_url(server: ThreadingHTTPServer, path: str = "/vhs.ics") -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


def test_staff_add_a_feed_and_import_it_now(
    client_as: LoginAs, region: Region, calendar_server: ThreadingHTTPServer
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    organisation = OrganisationFactory(region=region, name="VHS")
    response = client.post(
        f"{BASE}/feeds/",
        {
            "name": "VHS-Kalender",
            "url": feed_url(calendar_server),
            "organisation": organisation.pk,
            "language": "de",
            "interval_hours": "12",
            "active": "on",
        },
    )
    assert response.status_code == 302
    feed = EventFeed.objects.get()
    assert (feed.name, feed.interval_hours, feed.organisation) == ("VHS-Kalender", 12, organisation)
    page = client.post(f"{BASE}/feeds/{feed.pk}/", {"action": "import"}, follow=True)
    assert "Imported: 1 new, 0 changed" in page.text
    event = Event.objects.get(feed=feed)
    assert event.title == {"de": "Lesung in der Stadtbibliothek"}
    assert event.starts_at == local(2036, 10, 15, 18)
    listing = client.get(f"{BASE}/feeds/")
    assert "1 new, 0 changed" in listing.text


def test_a_failed_import_shows_the_error(
    client_as: LoginAs, region: Region, calendar_server: ThreadingHTTPServer
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    feed = EventFeed.objects.create(region=region, name="Kaputt", url=feed_url(calendar_server))
    CalendarHandler.body = b"<html>not a calendar</html>"
    try:
        page = client.post(f"{BASE}/feeds/{feed.pk}/", {"action": "import"}, follow=True)
    finally:
        CalendarHandler.body = ICS
    assert "The import failed: The address does not return an iCalendar file" in page.text
    feed.refresh_from_db()
    assert feed.last_error and not Event.objects.exists()


def test_a_feed_with_a_bad_address_is_refused(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    response = client.post(
        f"{BASE}/feeds/",
        {"name": "X", "url": "ftp://example.org/a.ics", "language": "de", "interval_hours": "24"},
    )
    assert response.status_code == 400
    assert not EventFeed.objects.exists()


def test_staff_edit_and_delete_a_feed(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    feed = EventFeed.objects.create(region=region, name="Alt", url="https://example.org/a.ics")
    response = client.post(
        f"{BASE}/feeds/{feed.pk}/",
        {
            "action": "save",
            "name": "Neu",
            "url": "https://example.org/b.ics",
            "language": "en",
            "interval_hours": "6",
        },
    )
    assert response.status_code == 302
    feed.refresh_from_db()
    assert (feed.name, feed.language, feed.active) == ("Neu", "en", False)
    response = client.post(f"{BASE}/feeds/{feed.pk}/", {"action": "delete"})
    assert response["Location"] == f"{BASE}/feeds/"
    assert not EventFeed.objects.exists()


# --- The repeat chooser, without HTTP ------------------------------------------------------


def test_it_builds_a_monthly_rule_on_the_second_tuesday() -> None:
    start = datetime.date(2026, 10, 13)
    data = {"repeat": "monthly", "monthly": "weekday", "interval": 1, "count": 6}
    assert build_rule(data, start, BERLIN) == "FREQ=MONTHLY;BYDAY=2TU;COUNT=6"
    assert rule_initial("FREQ=MONTHLY;BYDAY=2TU;COUNT=6", start, BERLIN) == {
        "repeat": "monthly",
        "monthly": "weekday",
        "interval": 1,
        "count": 6,
    }


def test_it_keeps_a_rule_it_cannot_show_as_custom() -> None:
    rule = "FREQ=YEARLY;BYMONTH=10"
    assert rule_initial(rule, datetime.date(2026, 10, 1), BERLIN) == {
        "repeat": "custom",
        "custom_rule": rule,
    }


def test_it_reads_an_until_date_back_in_local_time() -> None:
    start = datetime.date(2026, 10, 15)
    rule = build_rule(
        {"repeat": "daily", "interval": 2, "until": datetime.date(2026, 11, 1)}, start, BERLIN
    )
    assert rule == "FREQ=DAILY;INTERVAL=2;UNTIL=20261101T225959Z"
    assert rule_initial(rule, start, BERLIN)["until"] == datetime.date(2026, 11, 1)


def test_it_reads_dates_in_both_notations() -> None:
    assert parse_dates("24.12.2026\n2026-12-31\n\n2026-12-31") == ["2026-12-24", "2026-12-31"]
