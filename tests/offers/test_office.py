"""Office pages of the directory of offers."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from ankunft.accounts.models import Role, User
from ankunft.core.models import Region
from ankunft.offers import selectors
from ankunft.offers.forms import format_hours, parse_hours
from ankunft.offers.models import (
    Contact,
    Offer,
    OfferStatus,
    OpeningException,
    ProblemReport,
    ProblemReportStatus,
    Theme,
)
from ankunft.offers.services import LocationData
from ankunft.offers.views_office import find_duplicates
from ankunft.organisations.models import Organisation
from tests.factories import (
    DistrictFactory,
    MembershipFactory,
    OrganisationFactory,
    ThemeFactory,
    make_offer,
    place_data,
)

pytestmark = pytest.mark.django_db
LoginAs = Callable[..., tuple[Client, User]]
BASE = "/office/kaiserslautern/offers"


def own_organisation(user: User) -> Organisation:
    return user.organisations.get()  # type: ignore[attr-defined]


def location_rows(*rows: dict[str, str], initial: int = 0) -> dict[str, str]:
    """The management form and the fields of the location formset."""
    data = {
        "locations-TOTAL_FORMS": str(len(rows)),
        "locations-INITIAL_FORMS": str(initial),
        "locations-MIN_NUM_FORMS": "0",
        "locations-MAX_NUM_FORMS": "50",
    }
    for index, row in enumerate(rows):
        data.update({f"locations-{index}-{name}": value for name, value in row.items()})
    return data


def offer_form(organisation: Organisation, *locations: dict[str, str], **fields: Any) -> dict:
    data: dict[str, Any] = {
        "organisation": str(organisation.pk),
        "title": "Sprachcafé am Dienstag",
        "summary": "Deutsch üben bei Kaffee und Kuchen.",
        "description": "Jeden Dienstag.\n\nOhne Anmeldung.",
        "categories": ["language_course"],
        "target_groups": ["everyone"],
        "languages": ["de", "ar"],
        "other_languages": "fa",
        "cost": "free",
        "contact_name": "Maria Beispiel",
        "contact_email": "maria@example.org",
    }
    data.update(fields)
    data.update(location_rows(*locations))
    return data


LOCATION = {
    "name": "Stadtbibliothek",
    "street": "Steinstraße 48",
    "postcode": "67657",
    "city": "Kaiserslautern",
    "latitude": "49,4447",
    "longitude": "7.7689",
    "hours": "Di 15:00-17:00, Do 10-12",
}


def test_it_lists_only_the_own_offers_for_a_partner(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    mine = make_offer(region, organisation=own_organisation(partner), title={"de": "Meins"})
    make_offer(region, title={"de": "Fremd"})
    response = client.get(f"{BASE}/")
    assert response.status_code == 200
    assert [row.offer for row in response.context["rows"]] == [mine]
    assert "organisation" not in response.context["form"].fields


def test_it_shows_all_offers_of_the_region_to_staff(
    client_as: LoginAs, region: Region, other_region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    make_offer(region)
    make_offer(region)
    make_offer(other_region)
    response = client.get(f"{BASE}/")
    assert len(response.context["rows"]) == 2


def test_it_marks_stale_offers_with_text(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    offer = make_offer(region)
    Offer.objects.filter(pk=offer.pk).update(
        last_confirmed_at=timezone.now() - datetime.timedelta(days=400)
    )
    response = client.get(f"{BASE}/?stale=1")
    assert [row.offer.pk for row in response.context["rows"]] == [offer.pk]
    assert "needs confirmation" in response.text


def test_it_lists_which_languages_have_a_title(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    make_offer(region, title={"de": "Beratung", "ar": "استشارة"})
    row = client.get(f"{BASE}/").context["rows"][0]
    assert row.title == "Beratung"
    assert row.title_languages == ["de", "ar"] and row.missing_languages == ["en", "uk"]


def test_it_filters_by_status(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    draft = make_offer(region, status=OfferStatus.DRAFT)
    make_offer(region)
    response = client.get(f"{BASE}/?status=draft")
    assert [row.offer for row in response.context["rows"]] == [draft]


def test_it_answers_an_unknown_filter_value_with_400(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    assert client.get(f"{BASE}/?status=emperor").status_code == 400


def test_it_pages_the_list_by_50(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    organisation = OrganisationFactory(region=region)
    for number in range(51):
        make_offer(region, organisation=organisation, title={"de": f"Angebot {number}"})
    response = client.get(f"{BASE}/?status=published")
    assert len(response.context["rows"]) == 50
    assert "status=published&amp;page=2" in response.text


def test_a_partner_cannot_open_or_edit_another_organisations_offer(
    client_as: LoginAs, region: Region
) -> None:
    client, partner = client_as("partner")
    other = make_offer(region, title={"de": "Fremd"})
    assert client.get(f"{BASE}/{other.pk}/").status_code == 403
    assert client.get(f"{BASE}/{other.pk}/translations/en/").status_code == 403
    data = offer_form(own_organisation(partner), title="Gekapert")
    assert client.post(f"{BASE}/{other.pk}/", data).status_code == 403
    assert client.post(f"{BASE}/{other.pk}/status/", {"action": "archive"}).status_code == 403
    other.refresh_from_db()
    assert other.title == {"de": "Fremd"} and other.status == OfferStatus.PUBLISHED


def test_a_partner_cannot_move_an_offer_to_another_organisation(
    client_as: LoginAs, region: Region
) -> None:
    client, partner = client_as("partner")
    offer = make_offer(region, organisation=own_organisation(partner))
    stranger = OrganisationFactory(region=region)
    response = client.post(f"{BASE}/{offer.pk}/", offer_form(stranger))
    assert response.status_code == 400
    offer.refresh_from_db()
    assert offer.organisation == own_organisation(partner)


def test_an_offer_of_another_region_is_not_found(
    client_as: LoginAs, region: Region, other_region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    foreign = make_offer(other_region)
    assert client.get(f"{BASE}/{foreign.pk}/").status_code == 404
    assert client.post(f"{BASE}/{foreign.pk}/status/", {"action": "archive"}).status_code == 404


def test_staff_of_another_region_are_refused(
    client_as: LoginAs, region: Region, other_region: Region
) -> None:
    offer = make_offer(region)
    client, _staff = client_as(Role.OFFICE_STAFF, other_region)
    assert client.get(f"{BASE}/").status_code == 403
    assert client.get(f"{BASE}/{offer.pk}/").status_code == 403
    assert client.post(f"{BASE}/{offer.pk}/status/", {"action": "archive"}).status_code == 403


def test_it_creates_an_offer_with_locations_hours_and_a_new_contact(
    client_as: LoginAs, region: Region
) -> None:
    client, partner = client_as("partner")
    district = DistrictFactory(region=region, key="innenstadt", name="Innenstadt")
    data = offer_form(own_organisation(partner), {**LOCATION, "district": str(district.pk)})
    response = client.post(f"{BASE}/new/", data)
    assert response.status_code == 302
    offer = Offer.objects.get()
    assert offer.status == OfferStatus.DRAFT
    assert offer.title == {"de": "Sprachcafé am Dienstag"}
    assert offer.description == {"de": "<p>Jeden Dienstag.</p><p>Ohne Anmeldung.</p>"}
    assert offer.languages == ["de", "ar", "fa"]
    assert offer.contact == Contact.objects.get(email="maria@example.org")
    location = offer.locations.get()
    assert location.place.district == district
    assert str(location.place.latitude) == "49.444700"
    hours = [(h.weekday, f"{h.opens:%H:%M}", f"{h.closes:%H:%M}") for h in location.hours.all()]
    assert hours == [(1, "15:00", "17:00"), (3, "10:00", "12:00")]


def test_a_created_offer_is_found_once_published(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    organisation = OrganisationFactory(region=region)
    assert client.post(f"{BASE}/new/", offer_form(organisation, LOCATION)).status_code == 302
    offer = Offer.objects.get()
    filters = selectors.OfferFilters(q="Sprachcafé")
    assert list(selectors.public_offers(region, filters)) == []
    assert client.post(f"{BASE}/{offer.pk}/status/", {"action": "publish"}).status_code == 302
    assert list(selectors.public_offers(region, filters)) == [offer]
    by_day = selectors.OfferFilters(open_on=("tue",))
    assert list(selectors.public_offers(region, by_day)) == [offer]


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ("Xy 09:00-12:00", "Unknown weekday “Xy”"),
        ("Mo 12:00-09:00", "end before they begin"),
        ("Mo 25:00-26:00", "is not a time of day"),
        ("Mo vormittags", "Unknown weekday “vormittags”"),
        ("Mo", "Please write the times after “Mo”"),
        ("09:00-12:00", "Please write the weekday before the times"),
    ],
)
def test_bad_opening_hours_are_refused_and_nothing_is_written(
    client_as: LoginAs, region: Region, hours: str, message: str
) -> None:
    client, partner = client_as("partner")
    data = offer_form(own_organisation(partner), {**LOCATION, "hours": hours})
    response = client.post(f"{BASE}/new/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Offer.objects.exists() and not Contact.objects.exists()


@pytest.mark.parametrize(
    ("latitude", "longitude", "message"),
    [
        ("95", "7.7", "The latitude must be between -90 and 90."),
        ("49.4", "", "Please give both latitude and longitude, or neither."),
        ("north", "7.7", "Enter a number."),
    ],
)
def test_bad_coordinates_are_refused_and_nothing_is_written(
    client_as: LoginAs, region: Region, latitude: str, longitude: str, message: str
) -> None:
    client, partner = client_as("partner")
    location = {**LOCATION, "latitude": latitude, "longitude": longitude}
    response = client.post(f"{BASE}/new/", offer_form(own_organisation(partner), location))
    assert response.status_code == 400
    assert message in response.text
    assert not Offer.objects.exists()


def test_a_location_needs_a_street(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    location = {**LOCATION, "street": ""}
    response = client.post(f"{BASE}/new/", offer_form(own_organisation(partner), location))
    assert response.status_code == 400
    assert not Offer.objects.exists()


def test_an_empty_location_row_is_ignored(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    empty = {"city": "Kaiserslautern"}
    response = client.post(f"{BASE}/new/", offer_form(own_organisation(partner), empty))
    assert response.status_code == 302
    assert not Offer.objects.get().locations.exists()


def test_a_similar_title_of_the_same_provider_raises_a_duplicate_warning(
    client_as: LoginAs, region: Region
) -> None:
    client, partner = client_as("partner")
    organisation = own_organisation(partner)
    existing = make_offer(region, organisation=organisation, title={"en": "Language café Tuesday"})
    data = offer_form(organisation, title="Language Cafe, Tuesday")
    response = client.post(f"{BASE}/new/", data)
    assert response.status_code == 400
    assert "This offer may exist already" in response.text
    assert f"{BASE}/{existing.pk}/" in response.text
    assert Offer.objects.count() == 1


def test_create_anyway_saves_a_possible_duplicate(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    organisation = own_organisation(partner)
    make_offer(region, organisation=organisation, title={"de": "Sprachcafé am Dienstag"})
    response = client.post(f"{BASE}/new/", offer_form(organisation, create_anyway="on"))
    assert response.status_code == 302
    assert Offer.objects.count() == 2


def test_the_same_address_of_the_same_provider_raises_a_duplicate_warning(
    region: Region,
) -> None:
    organisation = OrganisationFactory(region=region)
    existing = make_offer(
        region,
        organisation=organisation,
        title={"de": "Integrationskurs"},
        locations=[LocationData(place=place_data(street="Kanalstraße 3", postcode="67655"))],
    )
    found = find_duplicates(
        region, organisation, ["Etwas ganz anderes"], [("Kanalstr. 3", "67655")]
    )
    assert [(d.offer, d.same_address, d.similar_title) for d in found] == [(existing, True, False)]


def test_offers_of_other_providers_are_no_duplicates(region: Region) -> None:
    make_offer(region, title={"de": "Sprachcafé am Dienstag"})
    organisation = OrganisationFactory(region=region)
    assert find_duplicates(region, organisation, ["Sprachcafé am Dienstag"], []) == []


def test_editing_keeps_the_texts_of_other_languages(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    offer = make_offer(
        region,
        organisation=own_organisation(partner),
        title={"de": "Beratung", "ar": "استشارة"},
        summary={"de": "Wir helfen.", "ar": "نحن نساعد"},
    )
    data = offer_form(own_organisation(partner), LOCATION, title="Sozialberatung", summary="")
    response = client.post(f"{BASE}/{offer.pk}/?lang=de", data)
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title == {"de": "Sozialberatung", "ar": "استشارة"}
    assert offer.summary == {"ar": "نحن نساعد"}


def test_editing_the_locations_keeps_their_exceptions(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    day = datetime.date(2030, 12, 24)
    offer = make_offer(
        region,
        locations=[LocationData(place=place_data(), exceptions=[{"date": day, "closed": True}])],
    )
    location = offer.locations.get()
    get = client.get(f"{BASE}/{offer.pk}/")
    assert get.status_code == 200
    row = {
        "location": str(location.pk),
        "name": "Volkshochschule",
        "street": "Kanalstraße 3",
        "postcode": "67655",
        "city": "Kaiserslautern",
        "hours": "Mo 09:00-12:00",
    }
    data = offer_form(offer.organisation, contact_name="", contact_email="")
    data.update(location_rows(row, {}, initial=1))
    response = client.post(f"{BASE}/{offer.pk}/", data)
    assert response.status_code == 302
    assert OpeningException.objects.get(location__offer=offer).date == day
    assert offer.locations.get().hours.get().weekday == 0


def test_the_edit_page_shows_the_hours_as_text(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    hours = [(2, datetime.time(14), datetime.time(16, 30))]
    offer = make_offer(region, locations=[LocationData(place=place_data(), hours=hours)])
    response = client.get(f"{BASE}/{offer.pk}/")
    assert "Wed 14:00-16:30" in response.text


def test_bulk_publish_reports_what_was_not_possible(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    draft = make_offer(region, status=OfferStatus.DRAFT)
    published = make_offer(region, title={"de": "Schon veröffentlicht"})
    response = client.post(
        f"{BASE}/?status=draft",
        {"action": "publish", "offers": [str(draft.pk), str(published.pk)]},
        follow=True,
    )
    draft.refresh_from_db()
    assert draft.status == OfferStatus.PUBLISHED
    assert response.redirect_chain[0][0] == f"{BASE}/?status=draft"
    assert "1 done, 1 not possible: Schon veröffentlicht" in response.text


def test_bulk_archive_archives_the_ticked_offers(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    ticked, kept = make_offer(region), make_offer(region)
    client.post(f"{BASE}/", {"action": "archive", "offers": [str(ticked.pk)]})
    ticked.refresh_from_db()
    kept.refresh_from_db()
    assert ticked.status == OfferStatus.ARCHIVED and kept.status == OfferStatus.PUBLISHED


def test_bulk_request_confirmation_mails_the_providers(
    client_as: LoginAs, region: Region, mailoutbox: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    member = MembershipFactory(organisation=OrganisationFactory(region=region)).user
    offer = make_offer(region, organisation=member.organisations.get())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{BASE}/", {"action": "request_confirmation", "offers": [str(offer.pk)]}
        )
    assert response.status_code == 302
    assert [mail.to for mail in mailoutbox] == [[member.email]]
    offer.refresh_from_db()
    assert offer.confirmation_requested_at is not None


def test_bulk_actions_are_for_staff_only(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    offer = make_offer(region, organisation=own_organisation(partner))
    response = client.post(f"{BASE}/", {"action": "archive", "offers": [str(offer.pk)]})
    assert response.status_code == 403
    offer.refresh_from_db()
    assert offer.status == OfferStatus.PUBLISHED


def test_an_unknown_bulk_action_is_a_bad_request(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    offer = make_offer(region)
    response = client.post(f"{BASE}/", {"action": "delete", "offers": [str(offer.pk)]})
    assert response.status_code == 400


def test_an_untrusted_partner_submits_for_review(
    client_as: LoginAs, region: Region, mailoutbox: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client, partner = client_as("partner")
    offer = make_offer(region, status=OfferStatus.DRAFT, organisation=own_organisation(partner))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{BASE}/{offer.pk}/status/", {"action": "submit"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == OfferStatus.IN_REVIEW
    assert mailoutbox[-1].to == [region.contact_email]


def test_a_trusted_partner_publishes_by_submitting(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    organisation = own_organisation(partner)
    Organisation.objects.filter(pk=organisation.pk).update(offers_trusted=True)
    offer = make_offer(region, status=OfferStatus.DRAFT, organisation=organisation)
    client.post(f"{BASE}/{offer.pk}/status/", {"action": "submit"})
    offer.refresh_from_db()
    assert offer.status == OfferStatus.PUBLISHED


def test_an_untrusted_partner_cannot_publish(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    offer = make_offer(region, status=OfferStatus.DRAFT, organisation=own_organisation(partner))
    assert "Publish</button>" not in client.get(f"{BASE}/{offer.pk}/").text
    assert client.post(f"{BASE}/{offer.pk}/status/", {"action": "publish"}).status_code == 403
    offer.refresh_from_db()
    assert offer.status == OfferStatus.DRAFT


def test_a_partner_cannot_return_an_offer(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    offer = make_offer(region, status=OfferStatus.IN_REVIEW, organisation=own_organisation(partner))
    response = client.post(f"{BASE}/{offer.pk}/status/", {"action": "return", "note": "x"})
    assert response.status_code == 403


def test_staff_return_an_offer_with_a_note(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    offer = make_offer(region, status=OfferStatus.IN_REVIEW)
    client.post(f"{BASE}/{offer.pk}/status/", {"action": "return", "note": "Bitte Zeiten angeben"})
    offer.refresh_from_db()
    assert offer.status == OfferStatus.DRAFT and offer.review_note == "Bitte Zeiten angeben"


def test_returning_without_a_note_is_refused_with_a_message(
    client_as: LoginAs, region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    offer = make_offer(region, status=OfferStatus.IN_REVIEW)
    response = client.post(
        f"{BASE}/{offer.pk}/status/", {"action": "return", "note": " "}, follow=True
    )
    assert "Please tell the provider what to change." in response.text
    offer.refresh_from_db()
    assert offer.status == OfferStatus.IN_REVIEW


def test_an_impossible_transition_is_explained(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    offer = make_offer(region)
    response = client.post(f"{BASE}/{offer.pk}/status/", {"action": "submit"}, follow=True)
    assert "This is not possible while the offer is “Published”." in response.text


def test_confirming_renews_the_date(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    offer = make_offer(region, organisation=own_organisation(partner))
    old = timezone.now() - datetime.timedelta(days=400)
    Offer.objects.filter(pk=offer.pk).update(last_confirmed_at=old)
    client.post(f"{BASE}/{offer.pk}/status/", {"action": "confirm"})
    offer.refresh_from_db()
    assert offer.last_confirmed_at > old + datetime.timedelta(days=399)


def test_a_partner_archives_the_own_offer(client_as: LoginAs, region: Region) -> None:
    client, partner = client_as("partner")
    offer = make_offer(region, organisation=own_organisation(partner))
    client.post(f"{BASE}/{offer.pk}/status/", {"action": "archive"})
    offer.refresh_from_db()
    assert offer.status == OfferStatus.ARCHIVED


def test_the_status_page_only_takes_posts(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    offer = make_offer(region)
    assert client.get(f"{BASE}/{offer.pk}/status/").status_code == 405


def test_a_translation_is_saved_side_by_side_and_keeps_the_others(
    client_as: LoginAs, region: Region
) -> None:
    client, partner = client_as("partner")
    offer = make_offer(region, organisation=own_organisation(partner))
    page = client.get(f"{BASE}/{offer.pk}/translations/ar/")
    assert page.status_code == 200
    assert 'lang="ar" dir="rtl"' in page.text and "Wir helfen." in page.text
    response = client.post(
        f"{BASE}/{offer.pk}/translations/ar/",
        {"title": "استشارة", "summary": "نحن نساعد", "description": "", "cost_note": ""},
    )
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title == {"de": "Beratung", "en": "Counselling", "ar": "استشارة"}
    assert offer.summary["ar"] == "نحن نساعد" and offer.summary["de"] == "Wir helfen."


def test_the_translation_page_keeps_the_office_language(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    offer = make_offer(region)
    response = client.get(f"{BASE}/{offer.pk}/translations/uk/?source=en")
    assert '<html lang="en" dir="ltr">' in response.text
    assert "Counselling" in response.text
    assert "django_language" not in response.cookies


def test_a_language_the_region_does_not_have_is_not_found(
    client_as: LoginAs, region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    offer = make_offer(region)
    assert client.get(f"{BASE}/{offer.pk}/translations/tr/").status_code == 404


def test_a_translation_cannot_remove_the_last_title(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    offer = make_offer(region, title={"de": "Nur deutsch"})
    response = client.post(f"{BASE}/{offer.pk}/translations/de/", {"title": ""})
    assert response.status_code == 400
    offer.refresh_from_db()
    assert offer.title == {"de": "Nur deutsch"}


def test_staff_resolve_a_problem_report(client_as: LoginAs, region: Region) -> None:
    client, staff = client_as(Role.OFFICE_STAFF)
    offer = make_offer(region)
    report = ProblemReport.objects.create(
        region=region, offer=offer, message="Die Telefonnummer stimmt nicht.", language="de"
    )
    assert "Die Telefonnummer stimmt nicht." in client.get(f"{BASE}/problems/").text
    assert "Die Telefonnummer stimmt nicht." in client.get(f"{BASE}/{offer.pk}/").text
    response = client.post(
        f"{BASE}/problems/", {"report": str(report.pk), "next": f"{BASE}/{offer.pk}/"}
    )
    assert response["Location"] == f"{BASE}/{offer.pk}/"
    report.refresh_from_db()
    assert report.status == ProblemReportStatus.RESOLVED and report.resolved_by == staff


def test_a_problem_report_of_another_region_cannot_be_resolved(
    client_as: LoginAs, region: Region, other_region: Region
) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    report = ProblemReport.objects.create(
        region=other_region, offer=make_offer(other_region), message="x", language="de"
    )
    assert client.post(f"{BASE}/problems/", {"report": str(report.pk)}).status_code == 404


def test_a_theme_is_saved_with_names_per_language(client_as: LoginAs, region: Region) -> None:
    client, _admin = client_as(Role.REGION_ADMIN)
    response = client.post(
        f"{BASE}/themes/",
        {"key": "wohnen", "position": "2", "name_de": "Wohnen", "name_ar": "السكن"},
    )
    assert response.status_code == 302
    theme = Theme.objects.get(region=region, key="wohnen")
    assert theme.name == {"de": "Wohnen", "ar": "السكن"} and theme.position == 2


def test_a_theme_is_edited_by_its_key(client_as: LoginAs, region: Region) -> None:
    client, _admin = client_as(Role.REGION_ADMIN)
    ThemeFactory(region=region)
    response = client.post(
        f"{BASE}/themes/?key=sprachfoerderung",
        {"key": "ignored", "position": "0", "name_de": "Sprache"},
    )
    assert response.status_code == 302
    assert Theme.objects.get(region=region).name == {"de": "Sprache"}


def test_a_new_theme_cannot_take_an_existing_key(client_as: LoginAs, region: Region) -> None:
    client, _admin = client_as(Role.REGION_ADMIN)
    ThemeFactory(region=region)
    response = client.post(
        f"{BASE}/themes/", {"key": "sprachfoerderung", "position": "0", "name_de": "Neu"}
    )
    assert response.status_code == 400
    assert Theme.objects.get(region=region).name["de"] == "Sprachförderung"


def test_a_theme_needs_a_name(client_as: LoginAs, region: Region) -> None:
    client, _admin = client_as(Role.REGION_ADMIN)
    response = client.post(f"{BASE}/themes/", {"key": "leer", "position": "0"})
    assert response.status_code == 400
    assert "Please enter a name in at least one language." in response.text


def test_the_dashboard_counts_offers_for_staff(client_as: LoginAs, region: Region) -> None:
    client, _staff = client_as(Role.OFFICE_STAFF)
    make_offer(region, status=OfferStatus.IN_REVIEW)
    offer = make_offer(region)
    ProblemReport.objects.create(region=region, offer=offer, message="x", language="de")
    figures = client.get("/office/kaiserslautern/").context["offer_figures"]
    assert figures == {"in_review": 1, "stale": 0, "open_problems": 1}


def test_the_menu_shows_offers_to_partners(client_as: LoginAs, region: Region) -> None:
    client, _partner = client_as("partner")
    response = client.get("/office/kaiserslautern/")
    assert f'href="{BASE}/"' in response.text
    assert response.context["offer_figures"] == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("Mo 09:00-12:00, Mi 14:00-16:00", [(0, "09:00", "12:00"), (2, "14:00", "16:00")]),
        ("Mon 9-12; Wed 14.00–16.30 Uhr", [(0, "09:00", "12:00"), (2, "14:00", "16:30")]),
        ("Mo-Mi 8:30-9", [(0, "08:30", "09:00"), (1, "08:30", "09:00"), (2, "08:30", "09:00")]),
        ("Sa, So 10-12", [(5, "10:00", "12:00"), (6, "10:00", "12:00")]),
        ("Do 9-12, 14-16", [(3, "09:00", "12:00"), (3, "14:00", "16:00")]),
        ("fri. 9-12", [(4, "09:00", "12:00")]),
    ],
)
def test_opening_hours_are_read_in_german_and_english(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    parsed = [
        (day, f"{opens:%H:%M}", f"{closes:%H:%M}") for day, opens, closes in parse_hours(text)
    ]
    assert parsed == expected


def test_opening_hours_survive_a_round_trip() -> None:
    text = "Mon 09:00-12:00, Wed 14:00-16:30"
    assert format_hours(parse_hours(text)) == text


def test_unreadable_opening_hours_name_the_example() -> None:
    with pytest.raises(ValidationError, match="Mo 09:00-12:00, Mi 14:00-16:00"):
        parse_hours("Mo 9:00 bis")
