"""Spreadsheet export of offers, and export -> import round trips."""

from __future__ import annotations

import codecs
import csv
import datetime
import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from ankunft.accounts.models import User
from ankunft.core.models import Region
from ankunft.offers.models import Offer, OfferImport, OfferStatus
from ankunft.offers.services import ContactData, LocationData, contact_get_or_create
from ankunft.offers.spreadsheets import read_table
from ankunft.organisations.models import Organisation
from tests.factories import (
    DistrictFactory,
    OrganisationFactory,
    ThemeFactory,
    make_offer,
    place_data,
)

ClientAs = Callable[..., tuple[Client, User]]


def export_url(region: Region, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{reverse('office:offer_export', args=[region.slug])}?{query}"


def csv_table(content: bytes) -> list[dict[str, str]]:
    assert content.startswith(codecs.BOM_UTF8)
    return list(csv.DictReader(io.StringIO(content[3:].decode("utf-8")), delimiter=";"))


def full_offer(region: Region, organisation: Organisation, **overrides: Any) -> Offer:
    district = DistrictFactory(region=region, key="innenstadt-ost", name="Innenstadt-Ost")
    ThemeFactory(region=region)
    contact = contact_get_or_create(
        region=region,
        organisation=organisation,
        data=ContactData(
            name="Anna Beispiel", email="anna@vhs.example.org", phone="+49 631 555 0101"
        ),
    )
    values: dict[str, Any] = {
        "organisation": organisation,
        "external_id": "kl-vhs-1",
        "title": {"de": "Deutschkurs", "en": "German course", "ar": "دورة اللغة الألمانية"},
        "summary": {"de": "Jeden Montag.", "uk": "Щопонеділка."},
        "description": {"de": "<p>Für <strong>alle</strong>.</p>"},
        "themes": ["sprachfoerderung"],
        "categories": ["language_course", "education"],
        "target_groups": ["refugees"],
        "languages": ["de", "ar"],
        "cost": "reduced",
        "cost_amount": Decimal("12.50"),
        "cost_note": {"de": "Ermäßigung mit Berechtigungsschein"},
        "registration_required": True,
        "step_free": True,
        "online_url": "https://vhs.example.org/kurs",
        "valid_from": datetime.date(2025, 1, 15),
        "valid_until": datetime.date(2026, 7, 31),
        "contact": contact,
        "locations": [
            LocationData(
                place=place_data(district=district),
                by_appointment=True,
                hours=[
                    (0, datetime.time(9), datetime.time(12, 30)),
                    (2, datetime.time(14), datetime.time(16)),
                ],
            ),
            LocationData(place=place_data(name="Stadtbibliothek", street="Steinstraße 48")),
        ],
    }
    return make_offer(region, **{**values, **overrides})


@pytest.fixture
def organisation(region: Region) -> Organisation:
    return OrganisationFactory(region=region, slug="vhs", name="Volkshochschule")


@pytest.fixture
def staff(client_as: ClientAs) -> Client:
    return client_as("office_staff")[0]


@pytest.mark.django_db
def test_it_exports_the_offers_as_csv_for_german_excel(
    staff: Client, region: Region, organisation: Organisation
) -> None:
    offer = full_offer(region, organisation)
    response = staff.get(export_url(region, format="csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    [row] = csv_table(response.content)
    assert row["ankunft_id"] == str(offer.pk)
    assert row["external_id"] == "kl-vhs-1"
    assert row["organisation"] == "vhs"
    assert row["title_ar"] == "دورة اللغة الألمانية"
    assert row["categories"] == "language_course, education"
    assert (row["cost"], row["cost_amount"]) == ("reduced", "12,50")
    assert (row["latitude"], row["longitude"]) == ("49,443600", "7,770100")
    assert row["district"] == "innenstadt-ost"
    assert row["hours"] == "Mo 09:00-12:30, Mi 14:00-16:00"
    assert (row["step_free"], row["hearing_loop"]) == ("ja", "nein")
    assert row["valid_until"] == "2026-07-31"


@pytest.mark.django_db
def test_it_names_the_file_after_the_region_and_the_date(
    staff: Client, region: Region, organisation: Organisation
) -> None:
    response = staff.get(export_url(region, format="xlsx"))
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="offers-kaiserslautern-{today}.xlsx"'
    )


@pytest.mark.django_db
def test_it_exports_xlsx_with_a_bold_header_and_column_widths(
    staff: Client, region: Region, organisation: Organisation
) -> None:
    full_offer(region, organisation)
    response = staff.get(export_url(region, format="xlsx"))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A1"].value == "ankunft_id"
    assert sheet["A1"].font.b
    assert sheet.column_dimensions["A"].width >= 10
    headers = [cell.value for cell in sheet[1]]
    values = dict(zip(headers, [cell.value for cell in sheet[2]], strict=True))
    assert values["latitude"] == pytest.approx(49.4436)
    assert values["valid_from"].date() == datetime.date(2025, 1, 15)
    assert values["title_de"] == "Deutschkurs"


@pytest.mark.django_db
def test_it_exports_only_the_filtered_list(
    staff: Client, region: Region, organisation: Organisation
) -> None:
    make_offer(region, organisation=organisation, external_id="a", status=OfferStatus.DRAFT)
    make_offer(region, organisation=organisation, external_id="b", status=OfferStatus.PUBLISHED)
    response = staff.get(export_url(region, format="csv", status="draft"))
    assert [row["external_id"] for row in csv_table(response.content)] == ["a"]


@pytest.mark.django_db
def test_it_exports_only_a_partners_own_offers(client_as: ClientAs, region: Region) -> None:
    client, user = client_as("partner")
    own = make_offer(region, organisation=user.memberships.get().organisation, external_id="own")
    make_offer(region, external_id="other")
    response = client.get(export_url(region, format="csv"))
    assert response.status_code == 200
    assert [row["external_id"] for row in csv_table(response.content)] == [own.external_id]


@pytest.mark.django_db
def test_it_rejects_an_unknown_format(staff: Client, region: Region) -> None:
    response = staff.get(export_url(region, format="pdf"))
    assert response.status_code == 400
    assert "Please choose CSV or XLSX" in response.content.decode()


@pytest.mark.django_db
def test_it_does_not_export_for_staff_of_another_region(
    client_as: ClientAs, region: Region, other_region: Region
) -> None:
    make_offer(region)
    client, _user = client_as("office_staff", other_region)
    assert client.get(export_url(region, format="csv")).status_code == 403


@pytest.mark.django_db
def test_it_does_not_let_excel_run_cells_that_look_like_formulas(
    staff: Client, region: Region, organisation: Organisation
) -> None:
    make_offer(region, organisation=organisation, title={"de": '=HYPERLINK("http://x")'})
    [row] = csv_table(staff.get(export_url(region, format="csv")).content)
    assert row["title_de"] == '\'=HYPERLINK("http://x")'
    sheet = load_workbook(io.BytesIO(staff.get(export_url(region, format="xlsx")).content)).active
    title = next(cell for cell in sheet[2] if str(cell.value).startswith("=HYPER"))
    assert title.data_type == "s"


@pytest.mark.django_db
def test_it_reads_its_own_export_back(
    staff: Client, region: Region, organisation: Organisation
) -> None:
    full_offer(region, organisation)
    table = read_table(staff.get(export_url(region, format="csv")).content)
    assert table.headers[:3] == ["ankunft_id", "external_id", "organisation"]
    assert table.rows[0].cells[table.headers.index("contact_phone")] == "+49 631 555 0101"


# --- Round trips ---------------------------------------------------------------------------


def reimport(client: Client, region: Region, content: bytes, name: str) -> dict[str, Any]:
    upload = client.post(
        reverse("office:offer_import", args=[region.slug]),
        {"file": SimpleUploadedFile(name, content)},
    )
    assert upload.status_code == 302
    offer_import = OfferImport.objects.latest("pk")
    url = reverse("office:offer_import_review", args=[region.slug, offer_import.pk])
    page = client.get(url).content.decode()
    assert "Confirm the import" in page, page
    fields = {f"column_{index}": key for index, key in offer_import.mapping.items()}
    assert client.post(url, {**fields, "action": "confirm"}).status_code == 302
    offer_import.refresh_from_db()
    return offer_import.report


def state(offer: Offer) -> dict[str, Any]:
    offer.refresh_from_db()
    fields = [
        "organisation_id",
        "external_id",
        "title",
        "summary",
        "description",
        "themes",
        "categories",
        "target_groups",
        "languages",
        "cost",
        "cost_amount",
        "cost_note",
        "registration_required",
        "step_free",
        "hearing_loop",
        "online",
        "online_url",
        "valid_from",
        "valid_until",
        "contact_id",
        "status",
    ]
    locations = [
        (
            location.place_id,
            location.by_appointment,
            [(h.weekday, h.opens, h.closes) for h in location.hours.all()],
        )
        for location in offer.locations.all()
    ]
    return {**{name: getattr(offer, name) for name in fields}, "locations": locations}


@pytest.mark.django_db
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_it_updates_every_offer_and_creates_none_when_an_export_is_imported(
    staff: Client, region: Region, organisation: Organisation, file_format: str
) -> None:
    offers = [
        full_offer(region, organisation),
        make_offer(region, organisation=organisation, status=OfferStatus.DRAFT),  # no external id
        make_offer(
            region,
            organisation=organisation,
            external_id="kl-online",
            online=True,
            online_url="https://example.org",
            title={"en": "-minus first"},
        ),
    ]
    before = [state(offer) for offer in offers]
    content = staff.get(export_url(region, format=file_format)).content
    report = reimport(staff, region, content, f"export.{file_format}")
    assert report["counts"] == {"created": 0, "updated": 3, "rejected": 0, "total": 3}
    assert Offer.objects.count() == 3
    assert [state(offer) for offer in offers] == before
