"""The search index carries the filters and the public order: the public page of results
(`public_offer_page`) must agree with the full query (`public_offers`) after every kind of
change that moves an offer in or out of the public list."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from ankunft.accounts.models import User
from ankunft.core.models import Region
from ankunft.offers import search, selectors, services
from ankunft.offers.models import Cost, Offer
from ankunft.offers.selectors import OfferFilters, public_offer_page, public_offers
from ankunft.offers.services import LocationData, offer_archive, offer_confirm, offer_publish
from tests.factories import UserFactory, local, make_offer, place_data

pytestmark = pytest.mark.django_db


def page(region: Region, filters: OfferFilters, now: datetime.datetime | None = None) -> list[int]:
    return public_offer_page(region, filters, offset=0, limit=50, now=now).ids


def everything(
    region: Region, filters: OfferFilters, now: datetime.datetime | None = None
) -> list[int]:
    return [offer.pk for offer in public_offers(region, filters, now=now)]


@pytest.fixture
def staff(region: Region) -> User:
    return UserFactory(is_superuser=True)


def test_it_orders_rank_keys_by_confirmation_then_id() -> None:
    earlier = datetime.datetime(2026, 5, 1, 9, 0, tzinfo=datetime.UTC)
    later = earlier + datetime.timedelta(minutes=1)
    assert search.rank_key(later, 1) > search.rank_key(earlier, 999)
    assert search.rank_key(earlier, 2) > search.rank_key(earlier, 1)
    assert search.rank_key(earlier, 77) & search.ID_MASK == 77


def test_it_refuses_an_id_that_does_not_fit_the_rank_key() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        search.rank_key(timezone.now(), search.ID_MASK + 1)


def test_it_keeps_dates_before_the_epoch_at_the_end() -> None:
    old = datetime.datetime(1990, 1, 1, tzinfo=datetime.UTC)
    assert search.rank_key(old, 5) == 5


def test_it_makes_distinct_tokens_of_values_that_differ_only_in_punctuation() -> None:
    assert search.facet_token("district", "a-b") != search.facet_token("district", "a_b")


def test_it_lists_a_published_offer_once_it_is_published(region: Region, staff: User) -> None:
    offer = make_offer(region, status="draft")
    assert page(region, OfferFilters()) == []
    offer_publish(actor=staff, offer=offer)
    assert page(region, OfferFilters()) == [offer.pk]


def test_it_drops_an_archived_offer_at_once(region: Region, staff: User) -> None:
    offer = make_offer(region)
    offer_archive(actor=staff, offer=offer)
    assert page(region, OfferFilters(q="Beratung")) == []


def test_it_moves_a_confirmed_offer_to_the_top(region: Region, staff: User) -> None:
    first = make_offer(region)
    second = make_offer(region)
    Offer.objects.filter(pk=first.pk).update(last_confirmed_at=timezone.now())
    Offer.objects.filter(pk=second.pk).update(
        last_confirmed_at=timezone.now() - datetime.timedelta(days=30)
    )
    for offer in [first, second]:
        offer.refresh_from_db()
        search.write_state(search.EntryState.of(offer))
    assert page(region, OfferFilters()) == [first.pk, second.pk]
    offer_confirm(actor=staff, offer=second)
    assert page(region, OfferFilters()) == [second.pk, first.pk]
    assert page(region, OfferFilters()) == everything(region, OfferFilters())


def test_it_leaves_out_offers_not_valid_today(region: Region) -> None:
    today = timezone.localdate()
    valid = make_offer(region, valid_until=today)
    make_offer(region, valid_from=today + datetime.timedelta(days=1))
    make_offer(region, valid_until=today - datetime.timedelta(days=1))
    assert page(region, OfferFilters()) == [valid.pk]


def test_it_lists_only_the_readers_region(region: Region, other_region: Region) -> None:
    here = make_offer(region)
    make_offer(other_region)
    assert page(region, OfferFilters(q="Beratung")) == [here.pk]
    assert page(region, OfferFilters()) == [here.pk]


def test_it_applies_facets_and_flags_like_the_full_query(region: Region) -> None:
    make_offer(region, categories=["counselling"], cost=Cost.FREE, step_free=True)
    make_offer(region, categories=["counselling"], cost=Cost.AMOUNT, cost_amount=5)
    make_offer(region, categories=["health"], cost=Cost.FREE, online=True, step_free=True)
    make_offer(region, categories=["health", "counselling"], languages=["ar"], cost=Cost.FREE)
    for filters in [
        OfferFilters(free=True),
        OfferFilters(category=("counselling",), free=True),
        OfferFilters(category=("health",), step_free=True),
        OfferFilters(category=("health", "counselling"), language=("ar",)),
        OfferFilters(online=True, q="Beratung"),
    ]:
        assert page(region, filters) == everything(region, filters), filters
    assert len(page(region, OfferFilters(free=True))) == 3


def test_it_finds_offers_open_now_like_the_full_query(region: Region) -> None:
    monday_morning = local(2026, 11, 23, 10, 0)
    morning = LocationData(
        place=place_data(), hours=[(0, datetime.time(9, 0), datetime.time(12, 0))]
    )
    evening = LocationData(
        place=place_data(street="Marktstraße 2"),
        hours=[(0, datetime.time(17, 0), datetime.time(20, 0))],
    )
    closed_today = LocationData(
        place=place_data(street="Marktstraße 3"),
        hours=[(0, datetime.time(9, 0), datetime.time(12, 0))],
        exceptions=[{"date": monday_morning.date(), "closed": True}],
    )
    is_open = make_offer(region, locations=[morning])
    make_offer(region, locations=[evening])
    make_offer(region, locations=[closed_today])
    filters = OfferFilters(open_now=True)
    assert page(region, filters, now=monday_morning) == [is_open.pk]
    assert everything(region, filters, now=monday_morning) == [is_open.pk]


def test_it_lists_offers_open_now_in_public_order(region: Region) -> None:
    monday_morning = local(2026, 11, 23, 10, 0)
    offers = [
        make_offer(
            region,
            locations=[
                LocationData(
                    place=place_data(street=f"Marktstraße {number}"),
                    hours=[(0, datetime.time(9, 0), datetime.time(11 if number % 2 else 10, 0))],
                )
            ],
        )
        for number in range(6)
    ]
    for days, offer in enumerate(reversed(offers)):  # the last made is the newest confirmed
        Offer.objects.filter(pk=offer.pk).update(
            last_confirmed_at=timezone.now() - datetime.timedelta(days=days)
        )
        offer.refresh_from_db()
        search.write_state(search.EntryState.of(offer))
    filters = OfferFilters(open_now=True)
    open_ones = [offer.pk for offer in reversed(offers[1::2])]  # the others close at 10:00
    assert everything(region, filters, now=monday_morning) == open_ones
    first_two = public_offer_page(region, filters, offset=0, limit=2, now=monday_morning)
    assert (first_two.ids, first_two.more) == (open_ones[:2], True)


def test_it_finds_an_offer_open_now_by_a_special_opening_today(region: Region) -> None:
    saturday_noon = local(2026, 11, 28, 12, 0)
    special = LocationData(
        place=place_data(),
        hours=[(0, datetime.time(9, 0), datetime.time(12, 0))],
        exceptions=[
            {
                "date": saturday_noon.date(),
                "closed": False,
                "opens": datetime.time(11, 0),
                "closes": datetime.time(15, 0),
            }
        ],
    )
    is_open = make_offer(region, locations=[special])
    filters = OfferFilters(open_now=True)
    assert page(region, filters, now=saturday_noon) == [is_open.pk]
    assert page(region, filters, now=saturday_noon + datetime.timedelta(days=7)) == []


@pytest.mark.parametrize(
    ("hour", "minute", "listed"), [(9, 44, False), (9, 45, True), (12, 29, True), (12, 30, False)]
)
def test_it_tests_the_minutes_of_hours_that_begin_and_end_within_the_hour(
    region: Region, hour: int, minute: int, listed: bool
) -> None:
    location = LocationData(
        place=place_data(), hours=[(0, datetime.time(9, 45), datetime.time(12, 30))]
    )
    offer = make_offer(region, locations=[location])
    moment = local(2026, 11, 23, hour, minute)
    assert page(region, OfferFilters(open_now=True), now=moment) == ([offer.pk] if listed else [])


def test_it_indexes_every_hour_in_which_an_offer_is_open(region: Region) -> None:
    location = LocationData(
        place=place_data(),
        hours=[
            (0, datetime.time(9, 45), datetime.time(12, 30)),
            (4, datetime.time(14, 0), datetime.time(16, 0)),
        ],
    )
    offer = make_offer(region, locations=[location])
    slots = services.offer_open_slots(list(offer.locations.all()))
    assert {value for _, value in slots} == {
        "0h09",
        "0h10",
        "0h11",
        "0h12",
        "4h14",
        "4h15",
    }


def test_it_counts_no_further_than_the_limit(
    region: Region, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selectors, "COUNT_LIMIT", 2)
    for _ in range(4):
        make_offer(region)
    result = public_offer_page(region, OfferFilters(q="Beratung"), offset=2, limit=10)
    assert (result.count, result.count_capped, len(result.ids)) == (2, True, 2)


def test_it_rebuilds_the_index_with_the_same_results(region: Region, staff: User) -> None:
    make_offer(region, title={"de": "Sprachkurs am Abend"})
    archived = make_offer(region, title={"de": "Sprachkurs am Morgen"})
    offer_archive(actor=staff, offer=archived)
    before = page(region, OfferFilters(q="Sprachkurs"))
    call_command("reindex_offers", stdout=io.StringIO())
    assert page(region, OfferFilters(q="Sprachkurs")) == before
    assert len(before) == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL planner settings")
def test_it_leaves_the_planner_settings_as_they_were(region: Region) -> None:
    make_offer(region)
    assert page(region, OfferFilters(q="Beratung"))
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"
