from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from ankunft.accounts.models import RoleAssignment, User
from ankunft.core.models import District, Region
from ankunft.offers.models import Offer, Place
from ankunft.offers.selectors import OfferFilters, public_offers
from ankunft.organisations.models import Organisation, Signature

pytestmark = pytest.mark.django_db


def load() -> str:
    out = StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


def test_it_loads_kaiserslautern_with_twelve_languages_and_eighteen_districts() -> None:
    load()
    kaiserslautern = Region.objects.get(slug="kaiserslautern")
    assert len(kaiserslautern.language_codes()) == 12
    assert District.objects.for_region(kaiserslautern).count() == 18
    assert 15 <= Organisation.objects.for_region(kaiserslautern).count() <= 25


def test_it_loads_a_second_region_to_prove_isolation() -> None:
    load()
    assert Region.objects.filter(slug="gevelsberg").exists()


def test_it_prints_one_login_per_role() -> None:
    output = load()
    for role in (
        "platform admin",
        "region admin",
        "office staff",
        "partner",
        "volunteer",
        "interpreter",
        "requesting institution",
        "committee",
    ):
        assert role in output


def test_it_is_idempotent() -> None:
    load()
    counts = (
        Organisation.objects.count(),
        Signature.objects.count(),
        User.objects.count(),
        RoleAssignment.objects.count(),
        District.objects.count(),
    )
    load()
    assert counts == (
        Organisation.objects.count(),
        Signature.objects.count(),
        User.objects.count(),
        RoleAssignment.objects.count(),
        District.objects.count(),
    )


def test_it_loads_50_to_80_offers_in_four_languages_with_coordinates() -> None:
    load()
    offers = Offer.objects.for_region(Region.objects.get(slug="kaiserslautern"))
    assert 50 <= offers.count() <= 80
    for offer in offers:
        for field in ["title", "summary", "description"]:
            assert {"de", "en", "ar", "uk"} <= set(getattr(offer, field)), (offer, field)
    places = Place.objects.filter(offer_locations__offer__in=offers).distinct()
    assert all(place.has_coordinates for place in places)
    assert places.values("district").distinct().count() >= 10


def test_it_refreshes_offers_without_duplicates() -> None:
    load()
    count = Offer.objects.count()
    load()
    assert Offer.objects.count() == count


def test_it_makes_demo_offers_searchable() -> None:
    load()
    region = Region.objects.get(slug="kaiserslautern")
    assert public_offers(region, OfferFilters(q="Deutschkurs")).count() >= 3
