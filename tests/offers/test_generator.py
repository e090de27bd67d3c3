from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection

from ankunft.core.models import Region
from ankunft.offers import services
from ankunft.offers.generator import generate_offers
from ankunft.offers.models import Offer, OfferFacet, SearchTerm
from ankunft.offers.search import words
from ankunft.offers.selectors import parse_filters, public_offers
from tests.factories import DistrictFactory

pytestmark = pytest.mark.django_db

COUNT = 30


@pytest.fixture
def generated(region: Region) -> Region:
    for key in ["innenstadt", "betzenberg", "erfenbach"]:
        DistrictFactory(region=region, key=key, name=key.title())
    generate_offers(region, COUNT, seed=7, batch_size=12)
    return region


def search(region: Region, **params: list[str]) -> list[Offer]:
    return list(public_offers(region, parse_filters(region, params)))


def index_snapshot() -> dict[str, Any]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT rowid, rank, published, valid_from, valid_until, document::text "
                "FROM offers_search"
            )
        else:
            cursor.execute("SELECT rowid, document, title, facets FROM offers_search")
        entries = {row[0]: row[1:] for row in cursor.fetchall()}
    return {
        "entries": entries,
        "facets": set(OfferFacet.objects.values_list("offer_id", "facet", "value")),
        "terms": set(SearchTerm.objects.values_list("region_id", "term", "reversed_term")),
    }


def test_it_makes_offers_that_the_search_finds_by_a_word_of_their_title(
    generated: Region,
) -> None:
    offer = Offer.objects.for_region(generated).published().first()
    assert offer is not None
    word = max(words(offer.title["de"]), key=len)
    assert offer in search(generated, q=[word])


def test_it_makes_offers_that_the_filters_narrow_down(generated: Region) -> None:
    offer = Offer.objects.for_region(generated).published().filter(locations__isnull=False)[0]
    category = offer.categories[0]
    district = offer.locations.select_related("place__district")[0].place.district
    assert district is not None
    found = search(generated, category=[category], district=[district.key])
    assert offer in found
    assert len(found) < len(search(generated))
    assert all(category in result.categories for result in found)


def test_it_indexes_in_batches_exactly_like_the_service(generated: Region) -> None:
    batched = index_snapshot()
    SearchTerm.objects.all().delete()
    for offer in Offer.objects.for_region(generated).select_related("organisation"):
        services.offer_index(offer)
    assert index_snapshot() == batched


def test_it_generates_the_same_offers_from_the_same_seed(
    region: Region, other_region: Region
) -> None:
    generate_offers(region, 5, seed=3)
    generate_offers(other_region, 5, seed=3)
    first = list(Offer.objects.for_region(region).order_by("pk").values_list("title", flat=True))
    second = Offer.objects.for_region(other_region).order_by("pk").values_list("title", flat=True)
    assert [title["de"] for title in first] == [title["de"] for title in second]


def test_it_adds_offers_from_the_command(region: Region) -> None:
    call_command("generate_offers", region=region.slug, count=3, verbosity=0)
    call_command("generate_offers", region=region.slug, count=2, verbosity=0)
    external_ids = Offer.objects.for_region(region).values_list("external_id", flat=True)
    assert sorted(external_ids) == [f"gen-{number}" for number in range(5)]
