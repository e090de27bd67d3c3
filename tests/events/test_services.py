"""Writes of events: validation, the review workflow with programmes, registrations with a
waiting list, reminders, invitations, the purge of personal data and the audit log."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from ankunft.accounts.models import Role, User
from ankunft.core.models import AuditEntry, Region
from ankunft.events.models import (
    Event,
    EventStatus,
    Invitation,
    InvitationAnswer,
    Programme,
    Registration,
    RegistrationStatus,
)
from ankunft.events.services import (
    EventData,
    InviteeData,
    ProgrammeData,
    event_accept,
    event_cancel,
    event_create,
    event_decline,
    event_publish,
    event_request_changes,
    event_set_capacity,
    event_submit,
    event_update,
    invitation_answer,
    invitations_add,
    personal_data_purge,
    programme_publish,
    programme_save,
    programme_set_submissions,
    programmes_publish_due,
    registration_cancel,
    registration_create,
    registrations_remind,
)
from ankunft.offers.models import Cost, Place
from ankunft.offers.services import place_get_or_create
from ankunft.organisations.models import Organisation
from tests.conftest import make_user_with_role
from tests.factories import MembershipFactory, OrganisationFactory, local, make_event, place_data

pytestmark = pytest.mark.django_db

Committed = Callable[[], Any]


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


@pytest.fixture
def staff(region: Region) -> User:
    return make_user_with_role(Role.OFFICE_STAFF, region)


@pytest.fixture
def organisation(region: Region) -> Organisation:
    return OrganisationFactory(region=region, email="verein@example.org")


@pytest.fixture
def partner(organisation: Organisation) -> User:
    user: User = MembershipFactory(
        organisation=organisation, user__email="partnerin@example.org"
    ).user
    return user


@pytest.fixture
def place(region: Region) -> Place:
    return place_get_or_create(region=region, data=place_data())


def event_data(place: Place | None, **overrides: Any) -> EventData:
    starts_at = local(2030, 5, 16, 18)
    values: dict[str, Any] = {
        "title": {"de": "Weltcafé", "en": "World Café"},
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=2),
        "place": place,
    }
    return EventData(**{**values, **overrides})


def errors_of(region: Region, place: Place | None, **overrides: Any) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as error:
        event_create(actor=None, region=region, data=event_data(place, **overrides))
    return error.value.message_dict


def actions(obj: Any) -> list[str]:
    return list(
        AuditEntry.objects.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk))
        .order_by("id")
        .values_list("action", flat=True)
    )


# --- Validation -----------------------------------------------------------------------


def test_it_creates_a_draft_with_its_series_end(region: Region, place: Place) -> None:
    event = event_create(
        actor=None, region=region, data=event_data(place, rrule="freq=weekly;count=3")
    )

    assert event.status == EventStatus.DRAFT
    assert event.rrule == "FREQ=WEEKLY;COUNT=3"
    assert event.series_ends_at == local(2030, 5, 30, 20)
    assert event.time_zone == "Europe/Berlin"
    assert actions(event) == ["event.created"]


def test_it_needs_a_title(region: Region, place: Place) -> None:
    errors = errors_of(region, place, title={"de": "  ", "fr": "Café"})

    assert errors == {"title": ["Please enter a title in at least one language."]}


def test_it_refuses_an_end_before_the_start(region: Region, place: Place) -> None:
    errors = errors_of(region, place, ends_at=local(2030, 5, 16, 17))

    assert errors == {"ends_at": ["The event ends before it starts."]}


def test_it_refuses_an_event_longer_than_two_months(region: Region, place: Place) -> None:
    errors = errors_of(region, place, ends_at=local(2030, 8, 1))

    assert errors == {"ends_at": ["An event can last at most two months; use a programme instead."]}


def test_it_refuses_a_bad_rule(region: Region, place: Place) -> None:
    errors = errors_of(region, place, rrule="every other week")

    assert list(errors) == ["rrule"]
    assert errors["rrule"][0].startswith("The repeat rule is not valid")


def test_it_refuses_an_hourly_rule(region: Region, place: Place) -> None:
    errors = errors_of(region, place, rrule="FREQ=HOURLY")

    assert errors == {
        "rrule": [
            "Events can repeat at most daily; hourly or more frequent rules are not accepted."
        ]
    }


def test_it_refuses_a_wrong_exdate(region: Region, place: Place) -> None:
    errors = errors_of(region, place, rrule="FREQ=WEEKLY", exdates=["16.05.2030"])

    assert errors == {"exdates": ["“16.05.2030” is not a date (YYYY-MM-DD)."]}


def test_it_needs_a_place_or_online(region: Region) -> None:
    assert errors_of(region, None) == {
        "place": ["Please choose a place, or mark the event as online."]
    }


def test_it_needs_the_link_of_an_online_event(region: Region) -> None:
    assert errors_of(region, None, online=True) == {
        "online_url": ["Please give the link to the online event."]
    }


def test_it_refuses_registration_on_a_recurring_event(region: Region, place: Place) -> None:
    errors = errors_of(region, place, rrule="FREQ=WEEKLY", registration=True)

    assert errors == {
        "registration": [
            "Registration works for single events. For a series with registration, create "
            "one event per date."
        ]
    }


def test_it_refuses_registration_together_with_invitation(region: Region, place: Place) -> None:
    errors = errors_of(region, place, registration=True, invitation_only=True)

    assert errors == {
        "invitation_only": [
            "An event is either open for registration or by invitation only, not both."
        ]
    }


def test_it_refuses_objects_of_another_region(
    region: Region, other_region: Region, place: Place
) -> None:
    foreign_place = place_get_or_create(region=other_region, data=place_data(street="Markt 1"))
    foreign_organisation = OrganisationFactory(region=other_region)
    foreign_programme = Programme.objects.create(
        region=other_region,
        title={"de": "Woche"},
        starts_on=datetime.date(2030, 9, 1),
        ends_on=datetime.date(2030, 9, 7),
    )

    errors = errors_of(
        region, foreign_place, organisation=foreign_organisation, programme=foreign_programme
    )

    assert errors == {
        "organisation": ["Please choose an organisation of this city."],
        "programme": ["Please choose a programme of this city."],
        "place": ["Please choose a place of this city."],
    }


def test_it_refuses_a_negative_amount(region: Region, place: Place) -> None:
    errors = errors_of(region, place, cost=Cost.AMOUNT, cost_amount=Decimal("-5"))

    assert errors == {"cost_amount": ["The amount cannot be negative."]}


def test_it_refuses_an_amount_for_a_free_event(region: Region, place: Place) -> None:
    errors = errors_of(region, place, cost=Cost.FREE, cost_amount=Decimal("5"))

    assert errors == {"cost_amount": ["A free event has no amount."]}


def test_it_refuses_unknown_themes_and_languages(region: Region, place: Place) -> None:
    errors = errors_of(region, place, themes=["astrology"], languages=["xx"])

    assert errors == {"themes": ["Unknown theme: astrology"], "languages": ["Unknown language: xx"]}


def test_it_refuses_an_unknown_time_zone(region: Region, place: Place) -> None:
    errors = errors_of(region, place, time_zone="Mars/Olympus")

    assert list(errors) == ["time_zone"]


def test_it_removes_scripts_from_the_description(region: Region, place: Place) -> None:
    description = {"de": '<p>Hallo <script>alert("x")</script><a href="javascript:x()">a</a></p>'}

    event = event_create(actor=None, region=region, data=event_data(place, description=description))

    assert "script" not in event.description["de"]
    assert "javascript" not in event.description["de"]
    assert event.description["de"].startswith("<p>Hallo")


def test_it_raises_the_sequence_when_a_published_event_changes(
    region: Region, place: Place, staff: User
) -> None:
    event = make_event(region, place=place)

    updated = event_update(actor=staff, event=event, data=event_data(place, title={"de": "Neu"}))

    assert updated.sequence == event.sequence + 1
    assert updated.title == {"de": "Neu"}
    assert actions(event) == ["event.created", "event.updated"]


def test_it_keeps_the_sequence_of_a_draft(region: Region, place: Place, staff: User) -> None:
    event = make_event(region, place=place, status=EventStatus.DRAFT)

    updated = event_update(actor=staff, event=event, data=event_data(place, title={"de": "Neu"}))

    assert updated.sequence == 0


# --- Review workflow with a programme -------------------------------------------------


@pytest.fixture
def programme(region: Region, staff: User) -> Programme:
    today = timezone.localdate()
    saved = programme_save(
        actor=staff,
        region=region,
        data=ProgrammeData(
            title={"de": "Interkulturelle Woche"},
            starts_on=today + datetime.timedelta(days=30),
            ends_on=today + datetime.timedelta(days=37),
            submission_deadline=today + datetime.timedelta(days=10),
            publish_on=today + datetime.timedelta(days=14),
        ),
    )
    return programme_set_submissions(actor=staff, programme=saved, open=True)


def programme_event(region: Region, organisation: Organisation, programme: Programme) -> Event:
    start = datetime.datetime.combine(
        programme.starts_on, datetime.time(18), tzinfo=local(2030, 1, 1).tzinfo
    )
    return make_event(
        region,
        organisation=organisation,
        programme=programme,
        starts_at=start,
        status=EventStatus.DRAFT,
    )


def test_it_takes_a_submission_through_review_into_the_published_programme(
    region: Region,
    staff: User,
    partner: User,
    organisation: Organisation,
    programme: Programme,
    committed: Committed,
) -> None:
    event = programme_event(region, organisation, programme)

    with committed():
        event = event_submit(actor=partner, event=event)
    assert event.status == EventStatus.SUBMITTED
    assert [message.to for message in mail.outbox] == [[region.contact_email]]

    with committed():
        event = event_request_changes(actor=staff, event=event, note="Bitte Uhrzeit prüfen")
    assert (event.status, event.review_note) == (
        EventStatus.CHANGES_REQUESTED,
        "Bitte Uhrzeit prüfen",
    )
    assert mail.outbox[-1].to == ["partnerin@example.org"]

    event = event_submit(actor=partner, event=event)
    event = event_accept(actor=staff, event=event)
    assert event.status == EventStatus.ACCEPTED
    assert not Event.objects.for_region(region).public().filter(pk=event.pk).exists()

    assert programme_publish(actor=staff, programme=programme) == 1
    event.refresh_from_db()
    assert event.status == EventStatus.PUBLISHED
    assert event.published_at is not None
    assert actions(event) == [
        "event.created",
        "event.submitted",
        "event.changes_requested",
        "event.submitted",
        "event.accepted",
    ]
    assert actions(programme)[-1] == "programme.published"


def test_it_needs_a_note_to_request_changes(
    region: Region, staff: User, partner: User, organisation: Organisation, programme: Programme
) -> None:
    event = event_submit(actor=partner, event=programme_event(region, organisation, programme))

    with pytest.raises(ValidationError) as error:
        event_request_changes(actor=staff, event=event, note=" ")

    assert error.value.message_dict == {"note": ["Please tell the organiser what to change."]}


def test_it_needs_a_note_to_decline(
    region: Region, staff: User, partner: User, organisation: Organisation, programme: Programme
) -> None:
    event = event_submit(actor=partner, event=programme_event(region, organisation, programme))

    with pytest.raises(ValidationError) as error:
        event_decline(actor=staff, event=event, note="")
    declined = event_decline(actor=staff, event=event, note="Passt nicht zum Thema")

    assert error.value.message_dict == {"note": ["Please tell the organiser why."]}
    assert (declined.status, declined.review_note) == (
        EventStatus.DECLINED,
        "Passt nicht zum Thema",
    )


def test_it_refuses_a_submission_after_the_deadline(
    region: Region, staff: User, partner: User, organisation: Organisation, programme: Programme
) -> None:
    Programme.objects.filter(pk=programme.pk).update(
        submission_deadline=timezone.localdate() - datetime.timedelta(days=1)
    )
    event = programme_event(region, organisation, programme)

    with pytest.raises(ValidationError) as error:
        event_submit(actor=partner, event=event)

    assert error.value.messages == [
        "The programme no longer takes submissions (the deadline has passed)."
    ]
    event.refresh_from_db()
    assert event.status == EventStatus.DRAFT


def test_it_publishes_accepted_events_when_the_publication_day_comes(
    region: Region, staff: User, partner: User, organisation: Organisation, programme: Programme
) -> None:
    event = event_submit(actor=partner, event=programme_event(region, organisation, programme))
    event_accept(actor=staff, event=event)
    assert programme.publish_on is not None

    day_before = programme.publish_on - datetime.timedelta(days=1)
    before = programmes_publish_due(now=local(day_before.year, day_before.month, day_before.day, 9))
    on_the_day = programmes_publish_due(
        now=local(
            programme.publish_on.year, programme.publish_on.month, programme.publish_on.day, 9
        )
    )

    assert (before, on_the_day) == (0, 1)
    programme.refresh_from_db()
    event.refresh_from_db()
    assert programme.is_published
    assert event.status == EventStatus.PUBLISHED


def test_it_lets_a_trusted_organisation_publish_outside_a_programme(
    region: Region, partner: User, organisation: Organisation
) -> None:
    Organisation.objects.filter(pk=organisation.pk).update(offers_trusted=True)
    event = make_event(region, organisation=organisation, status=EventStatus.DRAFT)

    event = event_submit(actor=partner, event=event)

    assert event.status == EventStatus.PUBLISHED
    assert actions(event) == ["event.created", "event.published"]


def test_it_has_a_partner_event_reviewed(
    region: Region, staff: User, partner: User, organisation: Organisation
) -> None:
    event = make_event(region, organisation=organisation, status=EventStatus.DRAFT)

    event = event_submit(actor=partner, event=event)
    with pytest.raises(PermissionDenied):
        event_publish(actor=partner, event=event)
    published = event_publish(actor=staff, event=event)

    assert event.status == EventStatus.SUBMITTED
    assert published.status == EventStatus.PUBLISHED


# --- Registrations and the waiting list -----------------------------------------------


@pytest.fixture
def small_event(region: Region) -> Event:
    return make_event(region, registration=True, capacity=2)


def register(event: Event, *people: str, **extra: Any) -> list[Registration]:
    return [
        registration_create(
            event=event, name=name.title(), email=f"{name}@example.org", language="en", **extra
        )
        for name in people
    ]


def statuses(event: Event) -> list[str]:
    """In the order of registration (a cancelled registration keeps no name)."""
    return list(event.registrations.order_by("id").values_list("status", flat=True))


CONFIRMED, WAITING, CANCELLED = (
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITING,
    RegistrationStatus.CANCELLED,
)


def test_it_puts_registrations_beyond_the_places_on_the_waiting_list(small_event: Event) -> None:
    register(small_event, "ada", "ben", "cem", "dana")

    assert statuses(small_event) == [CONFIRMED, CONFIRMED, WAITING, WAITING]


def test_it_moves_the_first_waiting_up_and_sends_the_event_file(
    small_event: Event, committed: Committed
) -> None:
    ada, _ben, cem, _dana = register(small_event, "ada", "ben", "cem", "dana")
    mail.outbox.clear()

    with committed():
        moved = registration_cancel(registration=ada)

    assert [registration.pk for registration in moved] == [cem.pk]
    assert statuses(small_event) == [CANCELLED, CONFIRMED, CONFIRMED, WAITING]
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ada@example.org",
        "cem@example.org",
    ]
    moved_up = next(message for message in mail.outbox if message.to == ["cem@example.org"])
    assert [(item[0], item[2]) for item in moved_up.attachments] == [("event.ics", "text/calendar")]
    content = moved_up.attachments[0][1]
    content = content.encode() if isinstance(content, str) else content
    assert b"BEGIN:VEVENT" in content
    assert actions(cem) == ["registration.created", "registration.moved_up"]
    assert actions(ada) == ["registration.created", "registration.cancelled"]


def test_it_moves_nobody_up_when_a_waiting_registration_is_cancelled(small_event: Event) -> None:
    _ada, _ben, cem, _dana = register(small_event, "ada", "ben", "cem", "dana")

    moved = registration_cancel(registration=cem)

    assert moved == []
    assert statuses(small_event) == [CONFIRMED, CONFIRMED, CANCELLED, WAITING]


def test_it_refuses_to_cancel_twice(small_event: Event) -> None:
    (ada,) = register(small_event, "ada")
    registration_cancel(registration=ada)

    with pytest.raises(ValidationError, match="already cancelled"):
        registration_cancel(registration=ada)


def test_it_moves_the_waiting_list_up_when_places_are_added(
    small_event: Event, staff: User
) -> None:
    register(small_event, "ada", "ben", "cem", "dana")

    moved = event_set_capacity(actor=staff, event=small_event, capacity=3)

    assert [registration.name for registration in moved] == ["Cem"]
    assert statuses(small_event) == [CONFIRMED, CONFIRMED, CONFIRMED, WAITING]


def test_it_moves_the_waiting_list_up_when_an_update_adds_places(
    small_event: Event, staff: User
) -> None:
    register(small_event, "ada", "ben", "cem")
    data = event_data(
        small_event.place,
        starts_at=small_event.starts_at,
        ends_at=small_event.ends_at,
        registration=True,
        capacity=3,
    )

    event_update(actor=staff, event=small_event, data=data)

    assert statuses(small_event) == [CONFIRMED, CONFIRMED, CONFIRMED]


def test_it_keeps_nothing_personal_of_a_cancelled_registration(small_event: Event) -> None:
    (ada,) = register(small_event, "ada", answers={})

    registration_cancel(registration=ada)

    ada.refresh_from_db()
    assert (ada.name, ada.email, ada.answers) == ("", "", {})


def test_it_keeps_confirmed_places_when_places_are_removed(small_event: Event, staff: User) -> None:
    register(small_event, "ada", "ben")

    event_set_capacity(actor=staff, event=small_event, capacity=1)

    assert statuses(small_event) == [CONFIRMED, CONFIRMED]


def test_it_refuses_the_same_address_twice(small_event: Event) -> None:
    register(small_event, "ada")

    with pytest.raises(ValidationError) as error:
        registration_create(event=small_event, name="Ada", email=" ADA@example.org", language="en")

    assert error.value.message_dict == {
        "email": ["This e-mail address is already registered for the event."]
    }


def test_it_takes_the_address_again_after_a_cancellation(small_event: Event) -> None:
    (ada,) = register(small_event, "ada")
    registration_cancel(registration=ada)

    (again,) = register(small_event, "ada")

    assert again.status == RegistrationStatus.CONFIRMED


def test_it_needs_name_and_address(small_event: Event) -> None:
    with pytest.raises(ValidationError) as error:
        registration_create(event=small_event, name=" ", email="no address", language="en")

    assert error.value.message_dict == {
        "name": ["Please enter your name."],
        "email": ["Please enter a valid e-mail address."],
    }


def test_it_needs_the_answer_to_a_required_question(region: Region) -> None:
    event = make_event(
        region,
        registration=True,
        questions=[
            {"label": {"en": "Do you bring children?"}, "required": True},
            {"label": {"en": "Anything else?"}},
        ],
    )

    with pytest.raises(ValidationError) as error:
        register(event, "ada", answers={"q2": "no"})
    (ada,) = register(event, "ada", answers={"q1": " two ", "q2": "", "other": "x"})

    assert error.value.message_dict == {"q1": ["Please answer this question."]}
    assert ada.answers == {"q1": "two"}


def test_it_closes_registration_when_the_event_begins(small_event: Event) -> None:
    with pytest.raises(ValidationError) as error:
        register(small_event, "ada", now=small_event.starts_at)

    assert error.value.messages == ["Registration has closed: the event has already begun."]


@pytest.mark.parametrize(
    "status", [EventStatus.DRAFT, EventStatus.SUBMITTED, EventStatus.CANCELLED]
)
def test_it_refuses_registration_for_an_unpublished_event(region: Region, status: str) -> None:
    event = make_event(region, registration=True, status=status)

    with pytest.raises(ValidationError) as error:
        register(event, "ada")

    assert error.value.messages == ["This event does not take registrations."]


def test_it_refuses_registration_when_the_event_takes_none(region: Region) -> None:
    event = make_event(region)

    with pytest.raises(ValidationError, match="does not take registrations"):
        register(event, "ada")


def test_it_falls_back_to_the_default_language_of_the_region(small_event: Event) -> None:
    registration = registration_create(
        event=small_event, name="Ada", email="ada@example.org", language="fr"
    )

    assert registration.language == "de"


# --- Reminders ------------------------------------------------------------------------


def test_it_reminds_confirmed_people_the_day_before_once(
    region: Region, committed: Committed
) -> None:
    event = make_event(region, registration=True, capacity=1, starts_at=local(2030, 5, 16, 18))
    later = make_event(region, registration=True, starts_at=local(2030, 5, 17, 18))
    before = local(2030, 5, 1)
    register(event, "ada", "ben", now=before)
    register(later, "cem", now=before)
    mail.outbox.clear()

    with committed():
        first = registrations_remind(now=local(2030, 5, 15, 9))
    with committed():
        second = registrations_remind(now=local(2030, 5, 15, 10))

    assert (first, second) == (1, 0)
    assert [message.to for message in mail.outbox] == [["ada@example.org"]]
    assert mail.outbox[0].attachments[0][2] == "text/calendar"


def test_it_does_not_remind_of_a_cancelled_event(region: Region) -> None:
    event = make_event(region, registration=True, starts_at=local(2030, 5, 16, 18))
    register(event, "ada", now=local(2030, 5, 1))
    event_cancel(actor=None, event=event)

    assert registrations_remind(now=local(2030, 5, 15, 9)) == 0


# --- Cancelling an event --------------------------------------------------------------


def test_it_tells_everyone_registered_when_the_event_is_cancelled(
    small_event: Event, committed: Committed
) -> None:
    ada, _ben, _cem = register(small_event, "ada", "ben", "cem")
    registration_cancel(registration=ada)
    mail.outbox.clear()

    with committed():
        cancelled = event_cancel(actor=None, event=small_event)

    assert cancelled.status == EventStatus.CANCELLED
    assert cancelled.sequence == small_event.sequence + 1
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ben@example.org",
        "cem@example.org",
    ]
    assert actions(small_event)[-1] == "event.cancelled"


# --- Invitations ----------------------------------------------------------------------


@pytest.fixture
def reception(region: Region) -> Event:
    return make_event(region, invitation_only=True, capacity=4)


def invite(event: Event, staff: User, *rows: tuple[str, str, str, int]) -> list[Invitation]:
    return invitations_add(
        actor=staff,
        event=event,
        invitees=[
            InviteeData(name, email, language, guests) for name, email, language, guests in rows
        ],
    )


def test_it_refuses_an_invitation_list_with_bad_rows_as_a_whole(
    reception: Event, staff: User, committed: Committed
) -> None:
    invite(reception, staff, ("Ada", "ada@example.org", "de", 0))
    mail.outbox.clear()

    with pytest.raises(ValidationError) as error, committed():
        invite(
            reception,
            staff,
            ("Ben", "ben@example.org", "en", 1),
            ("Cem", "not an address", "en", 0),
            ("Dana", "dana@example.org", "fr", 0),
            ("Ada again", "ADA@example.org", "de", 0),
            ("", "emil@example.org", "de", 11),
        )

    assert error.value.messages == [
        "Row 2: “not an address” is not an e-mail address.",
        "Row 3: the language “fr” is not offered here.",
        "Row 4: ada@example.org is already invited.",
        "Row 5: the name is missing.",
        "Row 5: guests must be between 0 and 10.",
    ]
    assert list(reception.invitations.values_list("name", flat=True)) == ["Ada"]
    assert mail.outbox == []


def test_it_sends_every_invitee_a_personal_link(
    reception: Event, staff: User, committed: Committed
) -> None:
    with committed():
        created = invite(
            reception, staff, ("Ada", "ada@example.org", "uk", 0), ("Ben", "ben@example.org", "", 2)
        )

    assert [(item.language, item.guests_allowed) for item in created] == [("uk", 0), ("de", 2)]
    assert [message.to for message in mail.outbox] == [["ada@example.org"], ["ben@example.org"]]
    assert created[0].token in mail.outbox[0].body
    assert actions(reception)[-1] == "invitations.added"


def test_it_refuses_invitations_to_an_open_event(small_event: Event, staff: User) -> None:
    with pytest.raises(ValidationError, match="not by invitation"):
        invite(small_event, staff, ("Ada", "ada@example.org", "de", 0))


def test_it_takes_a_yes_with_guests(reception: Event, staff: User) -> None:
    (ada,) = invite(reception, staff, ("Ada", "ada@example.org", "de", 2))

    answered = invitation_answer(invitation=ada, coming=True, guests=2)

    assert (answered.answer, answered.guests) == (InvitationAnswer.YES, 2)
    assert actions(ada) == ["invitation.answered"]


def test_it_refuses_more_guests_than_allowed(reception: Event, staff: User) -> None:
    (ada,) = invite(reception, staff, ("Ada", "ada@example.org", "de", 1))

    with pytest.raises(ValidationError) as error:
        invitation_answer(invitation=ada, coming=True, guests=2)

    assert error.value.message_dict == {"guests": ["You can bring at most 1 guests."]}


def test_it_refuses_a_yes_when_the_places_are_taken(reception: Event, staff: User) -> None:
    ada, ben = invite(
        reception, staff, ("Ada", "ada@example.org", "de", 3), ("Ben", "ben@example.org", "de", 0)
    )
    invitation_answer(invitation=ada, coming=True, guests=3)

    with pytest.raises(ValidationError) as error:
        invitation_answer(invitation=ben, coming=True)

    assert error.value.messages == ["Sorry, there is not enough room left for 1 people."]


def test_it_lets_an_invitee_change_the_answer(reception: Event, staff: User) -> None:
    ada, ben = invite(
        reception, staff, ("Ada", "ada@example.org", "de", 3), ("Ben", "ben@example.org", "de", 0)
    )
    invitation_answer(invitation=ada, coming=True, guests=3)
    # Changing one's own answer does not count one's own earlier yes against the places.
    invitation_answer(invitation=ada, coming=True, guests=2)

    invitation_answer(invitation=ada, coming=False, guests=2)
    answered = invitation_answer(invitation=ben, coming=True)

    ada.refresh_from_db()
    assert (ada.answer, ada.guests) == (InvitationAnswer.NO, 0)
    assert answered.answer == InvitationAnswer.YES


def test_it_closes_answers_when_the_event_begins(reception: Event, staff: User) -> None:
    (ada,) = invite(reception, staff, ("Ada", "ada@example.org", "de", 0))

    with pytest.raises(ValidationError) as error:
        invitation_answer(invitation=ada, coming=True, now=reception.starts_at)

    assert error.value.messages == ["The event has already begun; answers are closed."]


# --- Personal data --------------------------------------------------------------------


def test_it_purges_personal_data_of_old_events_only(region: Region, staff: User) -> None:
    old = make_event(region, registration=True, starts_at=local(2030, 1, 10, 18))
    recent = make_event(region, registration=True, starts_at=local(2030, 4, 10, 18))
    old_reception = make_event(region, invitation_only=True, starts_at=local(2030, 1, 11, 18))
    register(old, "ada", now=local(2030, 1, 1))
    register(recent, "ben", now=local(2030, 1, 1))
    invite(old_reception, staff, ("Cem", "cem@example.org", "de", 0))

    purged = personal_data_purge(now=local(2030, 5, 1))

    assert purged == 2
    assert list(Registration.objects.values_list("name", flat=True)) == ["Ben"]
    assert not Invitation.objects.exists()
    assert Event.objects.filter(pk=old.pk).exists()


def test_it_writes_down_that_personal_data_was_purged(region: Region) -> None:
    old = make_event(region, registration=True, starts_at=local(2030, 1, 10, 18))
    register(old, "ada", now=local(2030, 1, 1))

    personal_data_purge(now=local(2030, 5, 1))

    assert actions(old)[-1] == "event.personal_data_purged"


def test_it_keeps_no_name_or_address_of_a_cancelled_registration(small_event: Event) -> None:
    (ada,) = register(small_event, "ada")

    registration_cancel(registration=ada)

    ada.refresh_from_db()
    assert (ada.name, ada.email, ada.answers) == ("", "", {})
    assert "Ada" not in str(ada)


def test_it_tells_registered_people_when_the_time_changes(
    small_event: Event, committed: Committed
) -> None:
    register(small_event, "ada")
    later = small_event.starts_at + datetime.timedelta(hours=1)
    data = event_data(
        small_event.place,
        starts_at=later,
        ends_at=later + datetime.timedelta(hours=2),
        registration=True,
        capacity=2,
    )

    with committed():
        event_update(actor=None, event=small_event, data=data)

    assert [message.subject for message in mail.outbox] == ["Changed: World Café"]
    assert mail.outbox[0].attachments[0][2] == "text/calendar"


def test_it_does_not_mail_registered_people_about_a_new_text(
    small_event: Event, committed: Committed
) -> None:
    register(small_event, "ada")
    data = event_data(
        small_event.place,
        title={"de": "Weltcafé am Abend"},
        starts_at=small_event.starts_at,
        ends_at=small_event.ends_at,
        registration=True,
        capacity=2,
    )

    with committed():
        event_update(actor=None, event=small_event, data=data)

    assert mail.outbox == []


def test_it_tells_invitees_who_said_yes_when_the_event_is_cancelled(
    reception: Event, staff: User, committed: Committed
) -> None:
    yes, no = invite(
        reception, staff, ("Ada", "ada@example.org", "de", 0), ("Ben", "ben@example.org", "en", 0)
    )
    invitation_answer(invitation=yes, coming=True)
    invitation_answer(invitation=no, coming=False)
    mail.outbox.clear()

    with committed():
        event_cancel(actor=staff, event=reception)

    assert [message.to for message in mail.outbox] == [["ada@example.org"]]


def test_it_gives_no_place_away_once_the_event_has_begun(small_event: Event) -> None:
    ada, _ben, cem = register(small_event, "ada", "ben", "cem")
    after_start = small_event.starts_at + datetime.timedelta(minutes=10)

    moved = registration_cancel(registration=ada, now=after_start)

    assert moved == []
    cem.refresh_from_db()
    assert cem.status == RegistrationStatus.WAITING


def test_it_keeps_the_keys_of_questions_when_one_before_them_is_removed(
    region: Region, place: Place
) -> None:
    questions = [
        {"label": {"de": "Essen?"}},
        {"label": {"de": "Kinder?"}},
        {"label": {"de": "Sprache?"}},
    ]
    event = event_create(
        actor=None, region=region, data=event_data(place, registration=True, questions=questions)
    )
    kept = [event.questions[0], event.questions[2], {"label": {"de": "Neu?"}}]

    event = event_update(
        actor=None, event=event, data=event_data(place, registration=True, questions=kept)
    )

    assert [question["key"] for question in event.questions] == ["q1", "q3", "q4"]
