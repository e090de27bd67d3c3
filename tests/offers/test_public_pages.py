from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from ankunft.core.models import District, Region
from ankunft.offers import selectors, views_public
from ankunft.offers.models import Offer, OfferStatus, ProblemReport
from ankunft.offers.services import LocationData
from tests.factories import MembershipFactory, OrganisationFactory, make_offer, place_data

pytestmark = pytest.mark.django_db



@pytest.fixture
def region(region: Region) -> Region:
    region.features = ["alliance", "offers"]
    region.save()
    return region


@pytest.fixture
def district(region: Region) -> District:
    return District.objects.create(region=region, key="innenstadt-ost", name="Innenstadt Ost")


@pytest.fixture
def course(region: Region, district: District) -> Offer:
    return make_offer(
        region,
        title={"de": "Deutsch-Kurs am Abend", "ar": "دورة اللغة الألمانية مساءً"},
        summary={"de": "Für Anfänger.", "ar": "للمبتدئين."},
        description={"de": "<p>Jeden <strong>Montag</strong>.</p>"},
        categories=["language_course"],
        languages=["de", "ar"],
        locations=[
            LocationData(
                place=place_data(district=district),
                hours=[(0, datetime.time(18), datetime.time(20))],
            )
        ],
    )


def url(region: Region, lang: str, path: str = "") -> str:
    return f"/{region.slug}/{lang}/offers/{path}"


def test_it_lists_published_offers(client: Client, region: Region, course: Offer) -> None:
    draft = make_offer(region, title={"de": "Entwurf"}, status=OfferStatus.DRAFT)
    response = client.get(url(region, "de"))
    assert response.status_code == 200
    assert "Deutsch-Kurs am Abend" in response.content.decode()
    assert str(draft) not in response.content.decode()


def test_it_shows_the_readers_language_and_marks_fallbacks(
    client: Client, region: Region, course: Offer
) -> None:
    make_offer(region, title={"de": "Nur auf Deutsch"})
    page = client.get(url(region, "ar")).content.decode()
    assert "دورة اللغة الألمانية مساءً" in page
    assert re.search(r'lang="de" dir="ltr">Nur auf Deutsch<', page)


def test_it_searches_from_the_query_string(client: Client, region: Region, course: Offer) -> None:
    make_offer(region, title={"de": "Schuldnerberatung"})
    page = client.get(url(region, "de"), {"q": "Deutschkurs"}).content.decode()
    assert "Deutsch-Kurs am Abend" in page
    assert "Schuldnerberatung" not in page


def test_it_combines_filters_from_links(
    client: Client, region: Region, course: Offer, district: District
) -> None:
    make_offer(region, title={"de": "Sprachcafé online"}, categories=["language_course"])
    response = client.get(
        url(region, "de"), {"category": "language_course", "district": district.key}
    )
    page = response.content.decode()
    assert "Deutsch-Kurs am Abend" in page
    assert "Sprachcafé online" not in page
    assert "category=language_course&amp;district=innenstadt-ost" in page or (
        "district=innenstadt-ost&amp;category=language_course" in page
    )


def test_it_answers_an_unknown_filter_value_with_400_and_a_message(
    client: Client, region: Region
) -> None:
    response = client.get(url(region, "en"), {"category": "nonsense"})
    assert response.status_code == 400
    assert "Unknown value: nonsense" in response.content.decode()


def test_it_answers_404_for_a_page_beyond_the_results(client: Client, region: Region) -> None:
    assert client.get(url(region, "de"), {"page": "9"}).status_code == 404
    assert client.get(url(region, "de"), {"page": "x"}).status_code == 404


def test_it_pages_the_list_and_says_when_it_stopped_counting(
    client: Client, region: Region, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selectors, "COUNT_LIMIT", 2)
    monkeypatch.setattr(views_public, "PAGE_SIZE", 2)
    for number in range(5):
        make_offer(region, title={"de": f"Beratung {number}"})
    first = client.get(url(region, "en")).content.decode()
    assert "More than 2 offers found" in first
    assert "Page 1<" in first and 'rel="next"' in first
    last = client.get(url(region, "en"), {"page": "3"}).content.decode()
    assert last.count('class="offer-card"') == 1
    assert 'rel="next"' not in last
    assert client.get(url(region, "en"), {"page": "4"}).status_code == 404


def test_it_counts_a_short_list_exactly(client: Client, region: Region, course: Offer) -> None:
    page = client.get(url(region, "en")).content.decode()
    assert "1 offer found" in page
    assert "pagination" not in page


def test_it_hides_the_directory_of_a_region_without_it(client: Client, region: Region) -> None:
    region.features = ["alliance"]
    region.save()
    assert client.get(url(region, "de")).status_code == 404


def test_it_shows_a_detail_page_with_json_ld(client: Client, region: Region, course: Offer) -> None:
    page = client.get(url(region, "de", f"{course.pk}/")).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert match is not None
    data = json.loads(match.group(1))
    assert data["@type"] == "Service"
    assert data["name"] == "Deutsch-Kurs am Abend"
    place = data["availableChannel"][0]["serviceLocation"]
    assert place["geo"]["latitude"] == pytest.approx(49.4436)
    assert place["openingHoursSpecification"][0]["dayOfWeek"] == "https://schema.org/Monday"


def test_it_renders_the_sanitised_description_as_html(
    client: Client, region: Region, course: Offer
) -> None:
    page = client.get(url(region, "de", f"{course.pk}/")).content.decode()
    assert "Jeden <strong>Montag</strong>." in page


def test_it_offers_a_navigation_link_with_coordinates(
    client: Client, region: Region, course: Offer
) -> None:
    page = client.get(url(region, "de", f"{course.pk}/")).content.decode()
    assert "https://www.openstreetmap.org/directions?to=49.443600%2C7.770100" in page


def test_it_warns_when_an_offer_is_stale(client: Client, region: Region, course: Offer) -> None:
    Offer.objects.filter(pk=course.pk).update(
        last_confirmed_at=timezone.now() - datetime.timedelta(days=400)
    )
    page = client.get(url(region, "en", f"{course.pk}/")).content.decode()
    assert "Please ask before you go." in page


def test_it_does_not_show_an_unpublished_offer(client: Client, region: Region) -> None:
    draft = make_offer(region, status=OfferStatus.DRAFT)
    assert client.get(url(region, "de", f"{draft.pk}/")).status_code == 404


def test_it_does_not_show_an_offer_of_another_region(
    client: Client, region: Region, other_region: Region
) -> None:
    other_region.features = ["offers"]
    other_region.save()
    foreign = make_offer(other_region)
    assert client.get(url(region, "de", f"{foreign.pk}/")).status_code == 404


def test_it_sends_a_problem_report_to_office_and_provider(
    client: Client, region: Region, course: Offer, committed: Callable[[], Any]
) -> None:
    MembershipFactory(organisation=course.organisation, user__email="provider@example.org")
    form = client.get(url(region, "de", f"{course.pk}/report/")).content.decode()
    shown_at = re.search(r'name="shown_at" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    with committed():
        response = client.post(
            url(region, "de", f"{course.pk}/report/"),
            {"message": "Der Kurs ist jetzt dienstags.", "email": "", "shown_at": shown_at},
        )
    assert response.status_code == 302
    report = ProblemReport.objects.get()
    assert report.offer == course
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([region.contact_email, "provider@example.org"])


def test_it_refuses_an_empty_problem_report(client: Client, region: Region, course: Offer) -> None:
    response = client.post(url(region, "en", f"{course.pk}/report/"), {"message": ""})
    assert response.status_code == 400
    assert ProblemReport.objects.count() == 0


def test_it_refuses_a_problem_report_with_the_honeypot_filled(
    client: Client, region: Region, course: Offer
) -> None:
    response = client.post(
        url(region, "en", f"{course.pk}/report/"),
        {"message": "Spam", "homepage": "http://spam.example"},
    )
    assert response.status_code == 400
    assert ProblemReport.objects.count() == 0


def test_it_shows_the_map_page_with_the_geojson_address(
    client: Client, region: Region, course: Offer
) -> None:
    page = client.get(url(region, "ar", "map/"), {"category": "language_course"}).content.decode()
    assert 'data-geojson-url="/api/v1/kaiserslautern/ar/locations?category=language_course"' in page
    assert 'id="offer-map"' in page


def test_it_lists_offers_of_an_organisation_without_locations(
    client: Client, region: Region
) -> None:
    make_offer(
        region,
        title={"de": "Telefonberatung"},
        online=True,
        organisation=OrganisationFactory(region=region),
    )
    assert "Telefonberatung" in client.get(url(region, "de"), {"online": "1"}).content.decode()
