"""Spreadsheet import of offers: upload, column mapping, dry run, confirmation."""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook

from ankunft.accounts.models import User
from ankunft.core.models import AuditEntry, District, Region
from ankunft.offers.models import Offer, OfferImport, OfferStatus
from ankunft.offers.services import LocationData
from ankunft.offers.spreadsheets import (
    dry_run,
    guess_mapping,
    parse_hours,
    read_table,
)
from ankunft.organisations.models import Organisation
from tests.factories import (
    DistrictFactory,
    OrganisationFactory,
    ThemeFactory,
    make_offer,
    place_data,
)

ClientAs = Callable[..., tuple[Client, User]]

HEADER = [
    "ID",
    "Anbieter",
    "Titel",
    "Titel (EN)",
    "Kategorie",
    "Zielgruppe",
    "Themen",
    "Kosten",
    "Straße",
    "PLZ",
    "Ort",
    "Stadtteil",
    "Breitengrad",
    "Längengrad",
    "Öffnungszeiten",
    "Ansprechpartner",
    "E-Mail",
]


def good_row(external_id: str = "kl-1", **changes: str) -> list[str]:
    values = {
        "ID": external_id,
        "Anbieter": "vhs",
        "Titel": "Deutschkurs am Abend",
        "Titel (EN)": "Evening German course",
        "Kategorie": "Sprachkurs",
        "Zielgruppe": "Geflüchtete; Frauen",
        "Themen": "Sprachförderung",
        "Kosten": "kostenlos",
        "Straße": "Kanalstraße 3",
        "PLZ": "67655",
        "Ort": "Kaiserslautern",
        "Stadtteil": "Innenstadt-Ost",
        "Breitengrad": "49,4436",
        "Längengrad": "7,7701",
        "Öffnungszeiten": "Mo 18:00-20:00, Mi 18:00-20:00",
        "Ansprechpartner": "Anna Beispiel",
        "E-Mail": "anna@vhs.example.org",
    }
    values.update(changes)
    return [values[name] for name in HEADER]


def csv_bytes(rows: list[list[str]], delimiter: str = ";", encoding: str = "utf-8-sig") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows: list[list[Any]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def setup(region: Region) -> dict[str, Any]:
    return {
        "organisation": OrganisationFactory(region=region, slug="vhs", name="Volkshochschule"),
        "district": DistrictFactory(region=region, key="innenstadt-ost", name="Innenstadt-Ost"),
        "theme": ThemeFactory(region=region),
    }


@pytest.fixture
def staff(client_as: ClientAs) -> Client:
    return client_as("office_staff")[0]


def upload_url(region: Region) -> str:
    return reverse("office:offer_import", args=[region.slug])


def review_url(region: Region, offer_import: OfferImport) -> str:
    return reverse("office:offer_import_review", args=[region.slug, offer_import.pk])


def upload(client: Client, region: Region, content: bytes, name: str = "offers.csv") -> Any:
    return client.post(upload_url(region), {"file": SimpleUploadedFile(name, content)})


def uploaded(
    client: Client, region: Region, content: bytes, name: str = "offers.csv"
) -> OfferImport:
    response = upload(client, region, content, name)
    assert response.status_code == 302, response.content.decode()[:2000]
    return OfferImport.objects.latest("pk")


def confirm_fields(offer_import: OfferImport) -> dict[str, str]:
    offer_import.refresh_from_db()
    fields = {f"column_{index}": target for index, target in offer_import.mapping.items()}
    return {**fields, "action": "confirm"}


def import_file(client: Client, region: Region, content: bytes, name: str = "offers.csv") -> Any:
    """Upload, look at the dry run, confirm."""
    offer_import = uploaded(client, region, content, name)
    assert client.get(review_url(region, offer_import)).status_code == 200
    return client.post(review_url(region, offer_import), confirm_fields(offer_import))


# --- Reading and guessing -----------------------------------------------------------------


@pytest.mark.django_db
def test_it_guesses_the_mapping_of_german_headers(region: Region) -> None:
    headers = [*HEADER, "Beschreibung Englisch", "PLZ", "Bemerkung intern"]
    mapping = guess_mapping(headers, region)
    named = {headers[int(index)]: target for index, target in mapping.items()}
    assert named == {
        "ID": "external_id",
        "Anbieter": "organisation",
        "Titel": "title_de",
        "Titel (EN)": "title_en",
        "Kategorie": "categories",
        "Zielgruppe": "target_groups",
        "Themen": "themes",
        "Kosten": "cost",
        "Straße": "street",
        "PLZ": "postcode",
        "Ort": "city",
        "Stadtteil": "district",
        "Breitengrad": "latitude",
        "Längengrad": "longitude",
        "Öffnungszeiten": "hours",
        "Ansprechpartner": "contact_name",
        "E-Mail": "contact_email",
        "Beschreibung Englisch": "description_en",
    }
    assert str(len(headers) - 2) not in mapping  # the second PLZ column is not assigned twice


def test_it_reads_a_comma_separated_cp1252_csv() -> None:
    content = "Titel,Straße,Ort\nKurs für Frauen,Hauptstraße 1,Kaiserslautern\n".encode("cp1252")
    table = read_table(content)
    assert table.headers == ["Titel", "Straße", "Ort"]
    assert table.rows[0].cells == ["Kurs für Frauen", "Hauptstraße 1", "Kaiserslautern"]
    assert table.rows[0].line == 2


def test_it_reads_a_tab_separated_utf16_file_as_excel_saves_unicode_text() -> None:
    content = "Titel\tOrt\nSprachcafé\tKaiserslautern\n".encode("utf-16")
    assert read_table(content).rows[0].cells == ["Sprachcafé", "Kaiserslautern"]


def test_it_counts_lines_as_the_spreadsheet_does_skipping_empty_rows() -> None:
    content = csv_bytes([["Titel"], ["Eins"], [""], ["Drei"]])
    assert [row.line for row in read_table(content).rows] == [2, 4]


def test_it_parses_opening_hours_with_german_and_english_weekdays() -> None:
    hours = parse_hours("Mo 09:00-12:00, Mi 14:00–16:00 Uhr; Fri 9-11; Di-Do 8.30-9")
    assert [
        (day, opens.strftime("%H:%M"), closes.strftime("%H:%M")) for day, opens, closes in hours
    ] == [
        (0, "09:00", "12:00"),
        (2, "14:00", "16:00"),
        (4, "09:00", "11:00"),
        (1, "08:30", "09:00"),
        (2, "08:30", "09:00"),
        (3, "08:30", "09:00"),
    ]


# --- Happy paths --------------------------------------------------------------------------


@pytest.mark.django_db
def test_it_imports_a_csv_file_after_confirmation(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    response = import_file(staff, region, csv_bytes([HEADER, good_row()]))
    assert response.status_code == 302
    offer = Offer.objects.get(external_id="kl-1")
    assert offer.status == OfferStatus.DRAFT
    assert offer.organisation == setup["organisation"]
    assert offer.title == {"de": "Deutschkurs am Abend", "en": "Evening German course"}
    assert offer.categories == ["language_course"]
    assert offer.target_groups == ["refugees", "women"]
    assert offer.themes == ["sprachfoerderung"]
    assert offer.contact is not None and offer.contact.email == "anna@vhs.example.org"
    location = offer.locations.get()
    assert location.place.district == setup["district"]
    assert location.place.latitude == Decimal("49.443600")
    assert [(h.weekday, h.opens) for h in location.hours.all()] == [
        (0, datetime.time(18)),
        (2, datetime.time(18)),
    ]


@pytest.mark.django_db
def test_it_imports_an_xlsx_file(staff: Client, region: Region, setup: dict[str, Any]) -> None:
    row: list[Any] = good_row()
    row[HEADER.index("Breitengrad")] = 49.4436  # numbers as Excel stores them
    row[HEADER.index("Längengrad")] = 7.7701
    row[HEADER.index("PLZ")] = 67655
    response = import_file(staff, region, xlsx_bytes([HEADER, row]), "Angebote.xlsx")
    assert response.status_code == 302
    place = Offer.objects.get(external_id="kl-1").locations.get().place
    assert (place.postcode, place.latitude) == ("67655", Decimal("49.443600"))


@pytest.mark.django_db
def test_it_reads_dates_and_booleans_from_xlsx_cells(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    header = ["ID", "Anbieter", "Titel", "Kategorie", "Gültig ab", "Barrierefrei", "Anmeldung"]
    row = ["kl-9", "vhs", "Kurs", "counselling", datetime.datetime(2025, 3, 1), True, "nein"]
    import_file(staff, region, xlsx_bytes([header, row]), "a.xlsx")
    offer = Offer.objects.get(external_id="kl-9")
    assert (offer.valid_from, offer.step_free, offer.registration_required) == (
        datetime.date(2025, 3, 1),
        True,
        False,
    )


@pytest.mark.django_db
def test_it_writes_nothing_before_the_confirmation(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    offer_import = uploaded(staff, region, csv_bytes([HEADER, good_row(), good_row("kl-2")]))
    response = staff.get(review_url(region, offer_import))
    page = response.content.decode()
    assert "Confirm the import" in page
    assert (
        staff.post(
            review_url(region, offer_import), {**confirm_fields(offer_import), "action": "check"}
        ).status_code
        == 200
    )
    assert Offer.objects.count() == 0
    offer_import.refresh_from_db()
    assert offer_import.applied_at is None


@pytest.mark.django_db
def test_it_shows_the_dry_run_with_counts_and_the_first_rows(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    existing = make_offer(region, organisation=setup["organisation"], external_id="kl-2")
    content = csv_bytes([HEADER, good_row("kl-1"), good_row("kl-2")])
    offer_import = uploaded(staff, region, content)
    page = staff.get(review_url(region, offer_import)).content.decode()
    assert "new draft" in page
    assert f"update offer {existing.pk}" in page
    assert "Deutschkurs am Abend" in page


@pytest.mark.django_db
def test_it_updates_by_external_id_on_a_reimport(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    import_file(staff, region, csv_bytes([HEADER, good_row("kl-1"), good_row("kl-2")]))
    changed = good_row("kl-1", **{"Titel": "Deutschkurs am Morgen", "Öffnungszeiten": "Di 9-11"})
    response = import_file(staff, region, csv_bytes([HEADER, changed, good_row("kl-2")]))
    assert response.status_code == 302
    assert Offer.objects.count() == 2
    offer = Offer.objects.get(external_id="kl-1")
    assert offer.title["de"] == "Deutschkurs am Morgen"
    assert [h.weekday for h in offer.locations.get().hours.all()] == [1]
    assert OfferImport.objects.latest("pk").report["counts"] == {
        "created": 0,
        "updated": 2,
        "rejected": 0,
        "total": 2,
    }


@pytest.mark.django_db
def test_it_keeps_the_status_and_the_unmapped_fields_of_updated_offers(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    offer = make_offer(
        region,
        organisation=setup["organisation"],
        external_id="kl-1",
        description={"ar": "<p>وصف</p>"},
        locations=[
            LocationData(place=place_data(name="Erster Ort")),
            LocationData(place=place_data(street="Zweite Straße 2")),
        ],
    )
    import_file(staff, region, csv_bytes([HEADER, good_row("kl-1")]))
    offer.refresh_from_db()
    assert offer.status == OfferStatus.PUBLISHED
    assert offer.description == {"ar": "<p>وصف</p>"}
    assert [location.place.street for location in offer.locations.all()] == [
        "Kanalstraße 3",
        "Zweite Straße 2",
    ]


@pytest.mark.django_db
def test_it_skips_rejected_rows_and_imports_the_others(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    content = csv_bytes([HEADER, good_row("kl-1"), good_row("kl-2", Stadtteil="Atlantis")])
    import_file(staff, region, content)
    assert list(Offer.objects.values_list("external_id", flat=True)) == ["kl-1"]
    report = OfferImport.objects.get().report
    assert report["counts"]["rejected"] == 1
    assert report["rejected"][0]["line"] == 3


@pytest.mark.django_db
def test_it_writes_one_audit_entry_with_the_counts(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    import_file(staff, region, csv_bytes([HEADER, good_row("kl-1"), good_row("kl-2", PLZ="")]))
    entry = AuditEntry.objects.get(action="offer.import_applied")
    assert entry.region == region
    assert (entry.changes["created"], entry.changes["rejected"]) == (2, 0)


@pytest.mark.django_db
def test_it_refuses_to_apply_an_import_twice(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    offer_import = uploaded(staff, region, csv_bytes([HEADER, good_row()]))
    fields = confirm_fields(offer_import)
    assert staff.post(review_url(region, offer_import), fields).status_code == 302
    response = staff.post(review_url(region, offer_import), fields)
    assert response.status_code == 400
    assert "already been imported" in response.content.decode()
    assert Offer.objects.count() == 1


@pytest.mark.django_db
def test_it_shows_the_result_and_the_skipped_rows_after_the_import(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    content = csv_bytes([HEADER, good_row("kl-1"), good_row("kl-2", Stadtteil="Atlantis")])
    response = import_file(staff, region, content)
    page = staff.get(response["Location"]).content.decode()
    assert (
        "The import is done. New offers (drafts): 1, updated offers: 0, skipped rows: 1."
    ) in page
    assert "This file was imported on" in page
    assert "Unknown district: “Atlantis”." in page
    assert "Confirm the import" not in page


@pytest.mark.django_db
def test_it_clears_the_stored_file_once_applied(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    import_file(staff, region, csv_bytes([HEADER, good_row()]))
    offer_import = OfferImport.objects.get()
    assert bytes(offer_import.content) == b""
    assert offer_import.applied_at is not None


# --- The mapping --------------------------------------------------------------------------


@pytest.mark.django_db
def test_it_lets_the_office_change_the_mapping_and_check_again(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    content = csv_bytes([["Nr", "Träger", "Angebotstext", "Art"], ["a1", "vhs", "Kurs", "health"]])
    offer_import = uploaded(staff, region, content)
    page = staff.get(review_url(region, offer_import)).content.decode()
    assert "Title (in any language)" in page  # "Angebotstext" is not recognised
    response = staff.post(
        review_url(region, offer_import),
        {
            "column_0": "external_id",
            "column_1": "organisation",
            "column_2": "title_de",
            "column_3": "categories",
            "action": "check",
        },
    )
    assert response.status_code == 200
    assert "Confirm the import" in response.content.decode()
    offer_import.refresh_from_db()
    assert offer_import.mapping["2"] == "title_de"


@pytest.mark.django_db
def test_it_reports_two_columns_assigned_to_the_same_field(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    offer_import = uploaded(staff, region, csv_bytes([HEADER, good_row()]))
    fields = {**confirm_fields(offer_import), "column_1": "title_de", "action": "check"}
    response = staff.post(review_url(region, offer_import), fields)
    assert response.status_code == 400
    assert "are all assigned to" in response.content.decode()
    assert "“Anbieter”, “Titel”" in response.content.decode()


@pytest.mark.django_db
def test_it_refuses_a_confirmation_with_a_mapping_that_was_not_checked(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    offer_import = uploaded(staff, region, csv_bytes([HEADER, good_row()]))
    fields = {**confirm_fields(offer_import), "column_3": ""}  # drop the English title
    response = staff.post(review_url(region, offer_import), fields)
    assert response.status_code == 400
    assert "nothing was imported" in response.content.decode()
    assert Offer.objects.count() == 0


# --- Broken files and rows: a clear report, nothing written -------------------------------


def rejected_reasons(region: Region, content: bytes) -> dict[int, list[str]]:
    table = read_table(content)
    result = dry_run(region, table, guess_mapping(table.headers, region))
    return {row.line: row.reasons for row in result.rejected}


@pytest.mark.django_db
def test_it_reports_every_broken_row_of_a_dry_run_and_writes_nothing(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    content = csv_bytes(
        [
            HEADER,
            good_row("kl-1"),
            good_row("kl-2", Breitengrad="neunundvierzig"),
            good_row("kl-3", Stadtteil="Atlantis"),
            good_row("kl-1"),
            good_row("kl-5", Anbieter="Unbekannter Verein", Kategorie=""),
        ]
    )
    offer_import = uploaded(staff, region, content)
    response = staff.get(review_url(region, offer_import))
    page = response.content.decode()
    assert response.status_code == 200
    assert "“neunundvierzig” is not a number." in page
    assert "Unknown district: “Atlantis”." in page
    assert "is already used in line 2" in page
    assert "Unknown organisation: “Unbekannter Verein”" in page
    assert "Please choose at least one category." in page
    result = dry_run(region, read_table(content), offer_import.mapping)
    assert result.counts == {"create": 1, "update": 0, "reject": 4, "total": 5}
    assert [row.line for row in result.rejected] == [3, 4, 5, 6]
    assert Offer.objects.count() == 0


@pytest.mark.django_db
def test_it_reports_wrong_columns_and_offers_no_confirmation(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    content = csv_bytes([["Farbe", "Gewicht", "Anbieter"], ["rot", "3 kg", "vhs"]])
    offer_import = uploaded(staff, region, content)
    page = staff.get(review_url(region, offer_import)).content.decode()
    assert "These columns are needed" in page
    assert "Title (in any language), Categories" in page
    assert "Confirm the import" not in page
    response = staff.post(review_url(region, offer_import), confirm_fields(offer_import))
    assert response.status_code == 400
    assert Offer.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"Breitengrad": "abc"}, "“abc” is not a number."),
        ({"Breitengrad": "95"}, "The latitude must be between -90 and 90."),
        ({"Längengrad": "-200,5"}, "The longitude must be between -180 and 180."),
        ({"Längengrad": ""}, "Please give both latitude and longitude, or neither."),
        ({"Breitengrad": "NaN"}, "“NaN” is not a number."),
    ],
)
def test_it_rejects_bad_coordinates(
    region: Region, setup: dict[str, Any], changes: dict[str, str], message: str
) -> None:
    reasons = rejected_reasons(region, csv_bytes([HEADER, good_row(**changes)]))
    assert any(message in reason for reason in reasons[2])


@pytest.mark.django_db
def test_it_rejects_an_unknown_district_and_names_the_column(
    region: Region, setup: dict[str, Any]
) -> None:
    reasons = rejected_reasons(region, csv_bytes([HEADER, good_row(Stadtteil="Atlantis")]))
    assert reasons == {2: ["Column “Stadtteil”: Unknown district: “Atlantis”."]}


@pytest.mark.django_db
def test_it_rejects_every_later_row_with_the_same_external_id(
    region: Region, setup: dict[str, Any]
) -> None:
    content = csv_bytes([HEADER, good_row("a"), good_row("b"), good_row("a"), good_row("a")])
    reasons = rejected_reasons(region, content)
    assert sorted(reasons) == [4, 5]
    assert all("already used in line 2" in reason[0] for reason in reasons.values())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"Anbieter": "niemand"}, "Unknown organisation: “niemand”"),
        ({"Kategorie": "Zauberei"}, "Unknown category: Zauberei"),
        ({"Zielgruppe": "Marsianer"}, "Unknown target group: Marsianer"),
        ({"Themen": "Raumfahrt"}, "Unknown theme: Raumfahrt"),
        ({"Kosten": "teuer"}, "“teuer” is not understood"),
        ({"Öffnungszeiten": "montags früh"}, "“montags früh” is not understood"),
        ({"Öffnungszeiten": "Mo 12-9"}, "must end after they begin"),
        ({"E-Mail": "anna(at)vhs"}, "is not an e-mail address"),
        ({"Titel": "", "Titel (EN)": ""}, "Please enter a title in at least one language."),
        ({"Straße": "", "PLZ": "", "Ort": ""}, "Every place needs a street and a city."),
        ({"PLZ": "676550000000"}, "too long (at most 10 characters)"),
    ],
)
def test_it_rejects_rows_with_wrong_values(
    region: Region, setup: dict[str, Any], changes: dict[str, str], message: str
) -> None:
    reasons = rejected_reasons(region, csv_bytes([HEADER, good_row(**changes)]))
    assert any(message in reason for reason in reasons[2]), reasons


@pytest.mark.django_db
def test_it_rejects_wrong_dates_and_yes_no_values(region: Region, setup: dict[str, Any]) -> None:
    content = csv_bytes(
        [
            ["Anbieter", "Titel", "Kategorie", "Gültig bis", "Barrierefrei"],
            ["vhs", "Kurs", "health", "31.02.2025", "vielleicht"],
        ]
    )
    reasons = rejected_reasons(region, content)[2]
    assert any("“31.02.2025” is not a date" in reason for reason in reasons)
    assert any("“vielleicht” is not yes or no" in reason for reason in reasons)


@pytest.mark.django_db
def test_it_rejects_an_offer_number_of_another_region(
    region: Region, other_region: Region, setup: dict[str, Any]
) -> None:
    foreign = make_offer(other_region)
    content = csv_bytes([["ankunft_id", *HEADER], [str(foreign.pk), *good_row()]])
    reasons = rejected_reasons(region, content)[2]
    assert f"There is no offer number {foreign.pk} in this city." in reasons[0]


@pytest.mark.django_db
@pytest.mark.parametrize("number", ["²", "12a", "99999999999999999999"])
def test_it_rejects_an_offer_number_that_is_no_number(
    region: Region, setup: dict[str, Any], number: str
) -> None:
    content = csv_bytes([["ankunft_id", *HEADER], [number, *good_row()]])
    reasons = rejected_reasons(region, content)[2]
    assert f"“{number}” is not a number." in reasons[0]


@pytest.mark.django_db
def test_it_rejects_a_10_mb_file_before_reading_it(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    content = csv_bytes([HEADER, good_row()]) + b"x" * (10 * 1024 * 1024)
    response = upload(staff, region, content)
    assert response.status_code == 400
    assert "The file is too large: at most 5 MB" in response.content.decode()
    assert not OfferImport.objects.exists()
    assert Offer.objects.count() == 0


def zip_that_is_not_xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    return buffer.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10),
        ("archive.xlsx", zip_that_is_not_xlsx()),
        ("garbage.csv", bytes(range(256)) * 40),
        ("document.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 200),
    ],
    ids=["png", "zip", "binary", "pdf", "broken-zip"],
)
def test_it_rejects_a_file_that_is_not_a_spreadsheet(
    staff: Client, region: Region, name: str, content: bytes
) -> None:
    response = upload(staff, region, content, name)
    assert response.status_code == 400
    assert "This file is not a CSV or Excel (.xlsx) spreadsheet." in response.content.decode()
    assert not OfferImport.objects.exists()


@pytest.mark.django_db
def test_it_explains_that_old_xls_files_must_be_saved_as_xlsx(
    staff: Client, region: Region
) -> None:
    content = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
    response = upload(staff, region, content, "alt.xls")
    assert response.status_code == 400
    assert "old Excel file (.xls)" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"\xef\xbb\xbf\r\n;;\r\n", "The file is empty."),
        (";".join(HEADER).encode(), "only a header row"),
    ],
    ids=["nothing", "empty-rows", "header-only"],
)
def test_it_rejects_an_empty_file(
    staff: Client, region: Region, content: bytes, message: str
) -> None:
    response = upload(staff, region, content)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.django_db
def test_it_rejects_a_file_with_too_many_rows(staff: Client, region: Region) -> None:
    content = csv_bytes([["Titel"]] + [[f"Kurs {n}"] for n in range(5001)])
    response = upload(staff, region, content)
    assert response.status_code == 400
    assert "more than 5000 rows" in response.content.decode()


# --- Who may import -----------------------------------------------------------------------


@pytest.mark.django_db
def test_it_does_not_let_a_partner_import(client_as: ClientAs, region: Region) -> None:
    client, _user = client_as("partner")
    assert client.get(upload_url(region)).status_code == 403
    response = upload(client, region, csv_bytes([HEADER, good_row()]))
    assert response.status_code == 403
    assert not OfferImport.objects.exists()


@pytest.mark.django_db
def test_it_does_not_let_a_partner_see_an_import(
    client_as: ClientAs, region: Region, setup: dict[str, Any]
) -> None:
    staff, _ = client_as("office_staff")
    offer_import = uploaded(staff, region, csv_bytes([HEADER, good_row()]))
    partner, _user = client_as("partner")
    assert partner.get(review_url(region, offer_import)).status_code == 403


@pytest.mark.django_db
def test_it_keeps_imports_within_their_region(
    client_as: ClientAs, region: Region, other_region: Region, setup: dict[str, Any]
) -> None:
    staff, _ = client_as("office_staff")
    offer_import = uploaded(staff, region, csv_bytes([HEADER, good_row()]))
    foreign, _user = client_as("office_staff", other_region)
    assert foreign.get(upload_url(region)).status_code == 403
    assert foreign.get(review_url(region, offer_import)).status_code == 403
    url = reverse("office:offer_import_review", args=[other_region.slug, offer_import.pk])
    assert foreign.get(url).status_code == 404
    assert foreign.post(url, confirm_fields(offer_import)).status_code == 404
    assert Offer.objects.count() == 0


@pytest.mark.django_db
def test_it_lets_other_staff_of_the_region_finish_an_import(
    client_as: ClientAs, region: Region, setup: dict[str, Any]
) -> None:
    first, _ = client_as("office_staff")
    offer_import = uploaded(first, region, csv_bytes([HEADER, good_row()]))
    second, _user = client_as("region_admin")
    assert (
        second.post(review_url(region, offer_import), confirm_fields(offer_import)).status_code
        == 302
    )
    assert Offer.objects.count() == 1


@pytest.mark.django_db
def test_it_lists_recent_imports_on_the_upload_page(
    staff: Client, region: Region, setup: dict[str, Any]
) -> None:
    uploaded(staff, region, csv_bytes([HEADER, good_row()]), "Angebote-2025.csv")
    page = staff.get(upload_url(region)).content.decode()
    assert "Angebote-2025.csv" in page
    assert 'accept=".csv,.xlsx"' in page


@pytest.mark.django_db
def test_it_matches_organisations_and_districts_by_name(
    region: Region, setup: dict[str, Any]
) -> None:
    content = csv_bytes([HEADER, good_row(Anbieter="volkshochschule", Stadtteil="innenstadt-ost")])
    table = read_table(content)
    row = dry_run(region, table, guess_mapping(table.headers, region)).rows[0]
    assert row.action == "create", row.reasons
    assert isinstance(row.data.organisation, Organisation) if row.data else False
    assert row.locations and isinstance(row.locations[0].place.district, District)
