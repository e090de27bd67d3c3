from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from ankunft.accounts.models import User
from ankunft.core.models import AuditEntry, Region
from ankunft.offers.models import Offer, OfferFacet, OfferStatus
from ankunft.offers.selectors import OfferFilters, public_offers
from ankunft.offers.services import (
    LocationData,
    offer_archive,
    offer_confirm,
    offer_publish,
    offer_return_to_provider,
    offer_set_translation,
    offer_submit,
    offers_remind_stale,
    problem_report_resolve,
    problem_report_submit,
)
from ankunft.organisations.models import Organisation
from tests.conftest import make_user_with_role
from tests.factories import (
    DistrictFactory,
    MembershipFactory,
    OrganisationFactory,
    make_offer,
    place_data,
)

pytestmark = pytest.mark.django_db



@pytest.fixture
def organisation(region: Region) -> Organisation:
    return OrganisationFactory(region=region)


@pytest.fixture
def provider(organisation: Organisation) -> User:
    user: User = MembershipFactory(
        organisation=organisation, user__email="anbieter@example.org"
    ).user
    return user


@pytest.fixture
def staff(region: Region) -> User:
    return make_user_with_role("office_staff", region)


def test_it_requires_a_title_and_a_category(region: Region, organisation: Organisation) -> None:
    with pytest.raises(ValidationError) as error:
        make_offer(region, organisation=organisation, title={"de": " "}, categories=[])
    assert set(error.value.message_dict) == {"title", "categories"}
    assert Offer.objects.count() == 0


def test_it_rejects_unknown_categories_and_themes(region: Region) -> None:
    with pytest.raises(ValidationError) as error:
        make_offer(region, categories=["magic"], themes=["nothing"])
    assert set(error.value.message_dict) == {"categories", "themes"}


def test_it_rejects_a_provider_of_another_region(region: Region, other_region: Region) -> None:
    with pytest.raises(ValidationError):
        make_offer(region, organisation=OrganisationFactory(region=other_region))


def test_it_rejects_a_free_offer_with_an_amount(region: Region) -> None:
    with pytest.raises(ValidationError):
        make_offer(region, cost="free", cost_amount=Decimal("10.00"))


def test_it_rejects_coordinates_out_of_range_and_writes_nothing(region: Region) -> None:
    with pytest.raises(ValidationError):
        make_offer(
            region, locations=[LocationData(place=place_data(latitude=Decimal("123.000000")))]
        )
    assert Offer.objects.count() == 0


def test_it_rejects_a_district_of_another_region(region: Region, other_region: Region) -> None:
    with pytest.raises(ValidationError):
        make_offer(
            region,
            locations=[
                LocationData(place=place_data(district=DistrictFactory(region=other_region)))
            ],
        )


def test_it_rejects_opening_hours_that_end_before_they_begin(region: Region) -> None:
    hours = [(0, datetime.time(12), datetime.time(9))]
    with pytest.raises(ValidationError):
        make_offer(region, locations=[LocationData(place=place_data(), hours=hours)])


def test_it_sanitises_the_description(region: Region) -> None:
    offer = make_offer(region, description={"de": '<p onclick="x()">Hallo<script>x()</script></p>'})
    assert offer.description == {"de": "<p>Hallo</p>"}


def test_it_keeps_external_ids_unique_per_region(region: Region, other_region: Region) -> None:
    make_offer(region, external_id="vhs-1")
    make_offer(other_region, external_id="vhs-1")
    with pytest.raises(ValidationError):
        make_offer(region, external_id="vhs-1")


def test_it_shares_a_place_between_offers_at_the_same_address(region: Region) -> None:
    first = make_offer(region, locations=[LocationData(place=place_data())])
    second = make_offer(region, locations=[LocationData(place=place_data(name="VHS"))])
    assert first.locations.get().place_id == second.locations.get().place_id


def test_it_writes_facets_for_the_filters(region: Region) -> None:
    district = DistrictFactory(region=region, key="west")
    offer = make_offer(
        region,
        categories=["counselling"],
        languages=["ar"],
        locations=[
            LocationData(
                place=place_data(district=district),
                hours=[(4, datetime.time(9), datetime.time(11))],
            )
        ],
    )
    assert set(OfferFacet.objects.filter(offer=offer).values_list("facet", "value")) == {
        ("category", "counselling"),
        ("language", "ar"),
        ("district", "west"),
        ("open_on", "fri"),
    }


def test_it_audits_the_creation(region: Region) -> None:
    offer = make_offer(region)
    entry = AuditEntry.objects.get(action="offer.created")
    assert entry.object_id == str(offer.pk)


def test_it_sets_one_translation_and_keeps_the_others(region: Region, staff: User) -> None:
    offer = make_offer(region, title={"de": "Beratung", "en": "Counselling"})
    offer_set_translation(actor=staff, offer=offer, language="ar", texts={"title": "استشارة"})
    offer.refresh_from_db()
    assert offer.title == {"de": "Beratung", "en": "Counselling", "ar": "استشارة"}
    assert public_offers(region, OfferFilters(q="استشارة")).get() == offer


def test_it_refuses_a_translation_into_a_language_the_region_lacks(
    region: Region, staff: User
) -> None:
    offer = make_offer(region)
    with pytest.raises(ValidationError):
        offer_set_translation(actor=staff, offer=offer, language="ti", texts={"title": "x"})


def test_it_sends_a_partners_offer_to_review(
    region: Region, organisation: Organisation, provider: User, committed: Callable[[], Any]
) -> None:
    offer = make_offer(region, organisation=organisation, status=OfferStatus.DRAFT)
    with committed():
        offer_submit(actor=provider, offer=offer)
    offer.refresh_from_db()
    assert offer.status == OfferStatus.IN_REVIEW
    assert [message.to for message in mail.outbox] == [[region.contact_email]]


def test_it_publishes_a_trusted_partners_offer_at_once(
    region: Region, organisation: Organisation, provider: User
) -> None:
    organisation.offers_trusted = True
    organisation.save()
    offer = make_offer(region, organisation=organisation, status=OfferStatus.DRAFT)
    offer_submit(actor=provider, offer=offer)
    offer.refresh_from_db()
    assert offer.status == OfferStatus.PUBLISHED
    assert offer.published_at is not None


def test_it_does_not_let_an_untrusted_partner_publish(
    region: Region, organisation: Organisation, provider: User
) -> None:
    offer = make_offer(region, organisation=organisation, status=OfferStatus.IN_REVIEW)
    with pytest.raises(PermissionDenied):
        offer_publish(actor=provider, offer=offer)


def test_it_lets_staff_publish_an_offer_in_review(region: Region, staff: User) -> None:
    offer = make_offer(region, status=OfferStatus.IN_REVIEW)
    offer_publish(actor=staff, offer=offer)
    assert public_offers(region, OfferFilters()).get() == offer


def test_it_returns_an_offer_with_a_note_to_the_provider(
    region: Region,
    organisation: Organisation,
    provider: User,
    staff: User,
    committed: Callable[[], Any],
) -> None:
    offer = make_offer(region, organisation=organisation, status=OfferStatus.IN_REVIEW)
    with pytest.raises(ValidationError):
        offer_return_to_provider(actor=staff, offer=offer, note=" ")
    with committed():
        offer_return_to_provider(actor=staff, offer=offer, note="Bitte Zeiten ergänzen.")
    offer.refresh_from_db()
    assert (offer.status, offer.review_note) == (OfferStatus.DRAFT, "Bitte Zeiten ergänzen.")
    assert mail.outbox[-1].to == ["anbieter@example.org"]
    assert "Bitte Zeiten ergänzen." in mail.outbox[-1].body


def test_it_refuses_to_archive_an_archived_offer(region: Region, staff: User) -> None:
    offer = make_offer(region)
    offer_archive(actor=staff, offer=offer)
    with pytest.raises(ValidationError):
        offer_archive(actor=staff, offer=offer)
    assert public_offers(region, OfferFilters()).count() == 0


def test_it_hides_offers_outside_their_validity(region: Region) -> None:
    today = timezone.localdate()
    make_offer(region, valid_until=today - datetime.timedelta(days=1))
    make_offer(region, valid_from=today + datetime.timedelta(days=1))
    current = make_offer(region, valid_from=today, valid_until=today)
    assert list(public_offers(region, OfferFilters())) == [current]


# --- Stale offers, with a fake clock --------------------------------------------------------


@pytest.fixture
def stale_offer(region: Region, organisation: Organisation, provider: User) -> Offer:
    return make_offer(region, organisation=organisation)


def later(days: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


def test_it_does_not_remind_about_fresh_offers(region: Region, stale_offer: Offer) -> None:
    assert offers_remind_stale(region=region, now=later(100)) == 0
    assert mail.outbox == []


def test_it_asks_the_provider_to_confirm_a_stale_offer(
    region: Region, stale_offer: Offer, committed: Callable[[], Any]
) -> None:
    with committed():
        assert offers_remind_stale(region=region, now=later(183)) == 1
    assert mail.outbox[0].to == ["anbieter@example.org"]
    stale_offer.refresh_from_db()
    assert stale_offer.confirmation_requested_at is not None


def test_it_reminds_at_most_once_a_fortnight(region: Region, stale_offer: Offer) -> None:
    offers_remind_stale(region=region, now=later(183))
    assert offers_remind_stale(region=region, now=later(190)) == 0
    assert offers_remind_stale(region=region, now=later(198)) == 1


def test_it_uses_the_regions_own_time_limit(region: Region, stale_offer: Offer) -> None:
    region.offer_stale_after_days = 30
    region.save()
    assert offers_remind_stale(region=region, now=later(31)) == 1


def test_it_stops_reminding_once_the_provider_confirms(
    region: Region, stale_offer: Offer, provider: User
) -> None:
    offers_remind_stale(region=region, now=later(183))
    offer_confirm(actor=provider, offer=stale_offer)
    stale_offer.refresh_from_db()
    assert stale_offer.confirmation_requested_at is None
    assert not stale_offer.is_stale(now=later(100))


def test_it_mails_the_organisation_when_it_has_no_members(
    region: Region, committed: Callable[[], Any]
) -> None:
    organisation = OrganisationFactory(region=region, email="info@verein.example.org")
    make_offer(region, organisation=organisation)
    with committed():
        offers_remind_stale(region=region, now=later(200))
    assert mail.outbox[0].to == ["info@verein.example.org"]


def test_it_forgets_the_readers_address_when_a_report_is_resolved(
    region: Region, staff: User
) -> None:
    offer = make_offer(region)
    report = problem_report_submit(
        offer=offer, message="Falsche Nummer", email="leser@example.org", language="de"
    )
    problem_report_resolve(actor=staff, report=report)
    report.refresh_from_db()
    assert (report.status, report.email) == ("resolved", "")
