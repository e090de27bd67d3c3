"""Spreadsheet import and export of offers (CSV and Excel .xlsx).

The import has four steps: the upload (`read_table` checks the file; `offer_import_create`
stores it as an `OfferImport`), the column mapping (`guess_mapping` proposes one, the office
corrects it, `validate_mapping` checks it), the dry run (`dry_run` validates every row and
says for each whether it would create or update an offer, or why it is rejected) and the
confirmation (`offers_import_apply` writes all valid rows in one transaction). Nothing is
written before the confirmation.

Decisions:

- **One location per row.** The place columns describe an offer's first location. When a row
  updates an offer, its further locations and the exception days of its first location are
  kept. Several locations per row are out of scope.
- **Matching.** A row updates the offer named in its `ankunft_id` column (the offer's number in
  Ankunft, as exported) or else the offer with its external id; a row with neither (or with an
  external id that is new) creates a new offer, always as a draft. Updates keep the status.
- **Only mapped columns change an existing offer.** A mapped but empty cell empties the field;
  a field without a column keeps its value (for example the cost note or a description in a
  language the file has no column for).
- **Export uses the importer's column keys as headers**, so an exported file maps itself and
  re-imports as updates. CSV is written as UTF-8 with a byte order mark, `;` as delimiter and
  decimal commas: what German Excel opens directly. The importer detects the encoding (UTF-8,
  UTF-16 with byte order mark, else Windows-1252) and the delimiter (`,` `;` or tab) itself.
  Cells beginning with `=`, `+`, `-` or `@` get a leading apostrophe in CSV so that Excel does
  not run them as formulas; the importer removes it again. XLSX cells are always text or
  numbers, never formulas.
- **Limits:** 5 MB per file, 5000 rows, 200 columns. The stored file is cleared once the import
  is applied; the report stays.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ankunft.accounts.models import User
from ankunft.core.audit import audit_record
from ankunft.core.models import District, Language, Region
from ankunft.offers import services
from ankunft.offers.models import (
    Category,
    Cost,
    Offer,
    OfferImport,
    OfferLocation,
    TargetGroup,
    Theme,
)
from ankunft.offers.services import ContactData, LocationData, OfferData, PlaceData
from ankunft.organisations.models import Organisation

MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS = 200
PREVIEW_ROWS = 20

CREATE, UPDATE, REJECT = "create", "update", "reject"

# --- Reading a file -----------------------------------------------------------------------


@dataclass
class Row:
    line: int  # as the spreadsheet numbers it: the header is line 1
    cells: list[str]


@dataclass
class Table:
    headers: list[str]
    rows: list[Row]

    def column_label(self, index: int) -> str:
        header = self.headers[index] if index < len(self.headers) else ""
        return header or _("Column %(number)s") % {"number": index + 1}

    def samples(self, index: int, count: int = 3) -> list[str]:
        values = [row.cells[index][:60] for row in self.rows if index < len(row.cells)]
        return list(dict.fromkeys(value for value in values if value))[:count]


def not_a_spreadsheet() -> ValidationError:
    return ValidationError(
        _("This file is not a CSV or Excel (.xlsx) spreadsheet."), code="not_a_spreadsheet"
    )


def too_many_rows() -> ValidationError:
    return ValidationError(
        _("The file has more than %(count)s rows. Please split it into smaller files.")
        % {"count": MAX_ROWS},
        code="too_many_rows",
    )


def too_large() -> ValidationError:
    return ValidationError(
        _("The file is too large: at most %(size)s MB are possible. Please split it.")
        % {"size": MAX_FILE_SIZE // (1024 * 1024)},
        code="too_large",
    )


BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"\x1f\x8b", b"Rar!", b"7z")
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Excel (.xls), Word (.doc)
# Control characters no text spreadsheet contains (tab, line breaks, form feed and the old
# end-of-file mark are allowed): their presence means binary content.
BINARY_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")
MAX_PHYSICAL_ROWS = 20 * MAX_ROWS  # empty rows included: a bound for packed files


def read_table(content: bytes) -> Table:
    """The header and the non-empty rows of a CSV or XLSX file; ValidationError otherwise."""
    if len(content) > MAX_FILE_SIZE:
        raise too_large()
    if not content.strip():
        raise ValidationError(_("The file is empty."), code="empty")
    if content.startswith(b"PK\x03\x04"):
        lines = _xlsx_lines(content)
    elif content.startswith(OLE_SIGNATURE):
        raise ValidationError(
            _(
                "This is an old Excel file (.xls). Please save it as “Excel workbook (.xlsx)” "
                "or as CSV and upload it again."
            ),
            code="not_a_spreadsheet",
        )
    elif content.startswith(BINARY_SIGNATURES):
        raise not_a_spreadsheet()
    else:
        lines = _csv_lines(_decode(content))
    return _table(lines)


def _decode(content: bytes) -> str:
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8-sig", "cp1252"]
    for encoding in encodings:
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        if BINARY_CHARACTERS.search(text):
            raise not_a_spreadsheet()
        return text
    raise not_a_spreadsheet()


def _csv_dialect(text: str) -> str:
    """The delimiter among `;`, tab and `,` that splits the first lines most consistently."""
    sample = text[:65536].splitlines()[:50]
    best, best_score = ",", (-1, -1)
    for delimiter in [";", "\t", ","]:
        try:
            rows = [row for row in csv.reader(sample, delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        score = (sum(len(row) == width for row in rows) if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_lines(text: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_csv_dialect(text))
    try:
        yield from reader
    except csv.Error as error:
        raise ValidationError(
            _("The CSV file cannot be read (line %(line)s): please check its quotes.")
            % {"line": reader.line_num},
            code="not_a_spreadsheet",
        ) from error


def _xlsx_lines(content: bytes) -> Iterator[list[str]]:
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # a zip that is no workbook: openpyxl may raise anything
        raise not_a_spreadsheet() from error
    try:
        if not workbook.worksheets:
            raise not_a_spreadsheet()
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except Exception as error:  # broken sheet XML
                raise not_a_spreadsheet() from error
            yield [_cell_text(value) for value in values[: MAX_COLUMNS + 1]]
    finally:
        workbook.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value).strip()


def _table(lines: Iterable[list[str]]) -> Table:
    headers: list[str] | None = None
    rows: list[Row] = []
    for number, raw in enumerate(lines, start=1):
        if number > MAX_PHYSICAL_ROWS:
            raise too_many_rows()
        cells = [cell.strip() for cell in raw]
        if not any(cells):
            continue
        if len(cells) > MAX_COLUMNS and any(cells[MAX_COLUMNS:]):
            raise ValidationError(
                _("The file has more than %(count)s columns.") % {"count": MAX_COLUMNS},
                code="too_many_columns",
            )
        if headers is None:
            headers = cells
            continue
        if len(rows) >= MAX_ROWS:
            raise too_many_rows()
        rows.append(Row(line=number, cells=cells))
    if headers is None:
        raise ValidationError(_("The file is empty."), code="empty")
    if not rows:
        raise ValidationError(
            _("The file has only a header row and no offers below it."), code="no_rows"
        )
    width = max(_used_width(headers), *(_used_width(row.cells) for row in rows))
    headers = (headers + [""] * width)[:width]
    for row in rows:
        row.cells = [_unprotect(cell) for cell in (row.cells + [""] * width)[:width]]
    return Table(headers=headers, rows=rows)


def _used_width(cells: list[str]) -> int:
    for index in range(len(cells), 0, -1):
        if cells[index - 1]:
            return index
    return 0


FORMULA_STARTS = ("=", "+", "-", "@")


def _unprotect(cell: str) -> str:
    """Remove the apostrophe the export puts before cells that look like formulas."""
    if cell.startswith("'") and cell[1:2] in FORMULA_STARTS:
        return cell[1:]
    return cell


# --- Columns ------------------------------------------------------------------------------

TEXT_TARGETS = ["title", "summary", "description", "cost_note"]
TEXT_LABELS: dict[str, Promise] = {
    "title": gettext_lazy("Title in %(language)s"),
    "summary": gettext_lazy("Summary in %(language)s"),
    "description": gettext_lazy("Description in %(language)s"),
    "cost_note": gettext_lazy("Note on the cost in %(language)s"),
}
LOCATION_TARGETS = [
    "place_name",
    "street",
    "postcode",
    "city",
    "district",
    "latitude",
    "longitude",
    "by_appointment",
    "hours",
]
CONTACT_TARGETS = ["contact_name", "contact_email", "contact_phone"]

# key, label, what the cells may contain
FIXED_TARGETS: list[tuple[str, Promise, Promise]] = [
    (
        "ankunft_id",
        gettext_lazy("Number in Ankunft"),
        gettext_lazy("The offer's number as exported; the row updates this offer."),
    ),
    (
        "external_id",
        gettext_lazy("External id"),
        gettext_lazy("Your own id; a re-import updates the offer with this id."),
    ),
    (
        "organisation",
        gettext_lazy("Provider"),
        gettext_lazy("Short name or exact name of an organisation of this city."),
    ),
    ("themes", gettext_lazy("Themes"), gettext_lazy("Keys or names, separated by , or ;")),
    (
        "categories",
        gettext_lazy("Categories"),
        gettext_lazy("Keys or names (English or German), separated by , or ;"),
    ),
    (
        "target_groups",
        gettext_lazy("Target groups"),
        gettext_lazy("Keys or names (English or German), separated by , or ;"),
    ),
    (
        "languages",
        gettext_lazy("Languages spoken"),
        gettext_lazy("Language codes such as de, ar, uk, or names, separated by , or ;"),
    ),
    (
        "cost",
        gettext_lazy("Cost"),
        gettext_lazy("free, amount or reduced (kostenlos, Gebühr, ermäßigt)"),
    ),
    ("cost_amount", gettext_lazy("Amount in euros"), gettext_lazy("A number such as 12,50")),
    ("registration_required", gettext_lazy("Registration needed"), gettext_lazy("yes or no")),
    ("step_free", gettext_lazy("Step-free access"), gettext_lazy("yes or no")),
    ("hearing_loop", gettext_lazy("Hearing loop"), gettext_lazy("yes or no")),
    ("online", gettext_lazy("Online or by phone"), gettext_lazy("yes or no")),
    ("online_url", gettext_lazy("Address of the online offer"), gettext_lazy("https://…")),
    ("valid_from", gettext_lazy("Valid from"), gettext_lazy("Date as 2025-03-31 or 31.03.2025")),
    ("valid_until", gettext_lazy("Valid until"), gettext_lazy("Date as 2025-03-31 or 31.03.2025")),
    ("contact_name", gettext_lazy("Contact: name"), gettext_lazy("Text")),
    ("contact_email", gettext_lazy("Contact: e-mail"), gettext_lazy("An e-mail address")),
    ("contact_phone", gettext_lazy("Contact: phone"), gettext_lazy("Text")),
    ("place_name", gettext_lazy("Name of the place"), gettext_lazy("Text")),
    ("street", gettext_lazy("Street and number"), gettext_lazy("Text")),
    ("postcode", gettext_lazy("Postcode"), gettext_lazy("Text")),
    ("city", gettext_lazy("City"), gettext_lazy("Text")),
    ("district", gettext_lazy("District"), gettext_lazy("Key or name of a district of this city")),
    ("latitude", gettext_lazy("Latitude"), gettext_lazy("A number such as 49,4436")),
    ("longitude", gettext_lazy("Longitude"), gettext_lazy("A number such as 7,7701")),
    ("by_appointment", gettext_lazy("By appointment"), gettext_lazy("yes or no")),
    (
        "hours",
        gettext_lazy("Opening hours"),
        gettext_lazy("Such as “Mo 09:00-12:00, Mi 14:00-16:00” (German or English weekdays)"),
    ),
]
TEXT_HELP = gettext_lazy("Text")
DESCRIPTION_HELP = gettext_lazy("Text; simple HTML is kept")


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    help: str


def targets(region: Region) -> list[Target]:
    """The columns an import can fill, in export order."""
    fixed = [Target(key, str(label), str(help_text)) for key, label, help_text in FIXED_TARGETS]
    result = fixed[:3]  # ankunft_id, external_id, organisation
    languages = region.enabled_languages()
    for name in TEXT_TARGETS:
        for language in languages:
            result.append(
                Target(
                    f"{name}_{language.code}",
                    str(TEXT_LABELS[name]) % {"language": language.native_name},
                    str(DESCRIPTION_HELP if name == "description" else TEXT_HELP),
                )
            )
    return result + fixed[3:]


def target_keys(region: Region) -> list[str]:
    return [target.key for target in targets(region)]


GERMAN_LANGUAGE_NAMES = {
    "deutsch": "de",
    "englisch": "en",
    "arabisch": "ar",
    "ukrainisch": "uk",
    "tuerkisch": "tr",
    "russisch": "ru",
    "persisch": "fa",
    "farsi": "fa",
    "dari": "prs",
    "rumaenisch": "ro",
    "bulgarisch": "bg",
    "polnisch": "pl",
    "kurmandschi": "kmr",
    "kurdisch": "kmr",
    "sorani": "ckb",
    "tigrinisch": "ti",
    "tigrinya": "ti",
    "franzoesisch": "fr",
    "somali": "so",
    "kroatisch": "hr",
    "spanisch": "es",
    "paschtu": "ps",
    "amharisch": "am",
    "griechisch": "el",
    "italienisch": "it",
    "chinesisch": "zh-CN",
    "albanisch": "sq",
    "georgisch": "ka",
    "ungarisch": "hu",
    "urdu": "ur",
    "portugiesisch": "pt",
    "tschechisch": "cs",
}

# Normalised header names (lower case, umlauts spelled out, only letters and digits).
SYNONYMS: dict[str, set[str]] = {
    key: set(words.split())
    for key, words in {
        "ankunft_id": "ankunftid ankunftnr ankunftnummer nummerinankunft",
        "external_id": "externalid externeid id nr nummer kennung schluessel key ref referenz "
        "lfdnr laufendenummer",
        "organisation": "organisation organization anbieter anbieterin traeger provider "
        "einrichtung verein organisationslug",
        "themes": "themes theme themen thema handlungsfeld handlungsfelder",
        "categories": "categories category kategorie kategorien angebotsart art",
        "target_groups": "targetgroups targetgroup zielgruppe zielgruppen",
        "languages": "languages language sprachen sprache angebotssprachen",
        "cost": "cost costs kosten gebuehr gebuehren fee",
        "cost_amount": "costamount amount betrag preis price kostenbetrag euro",
        "registration_required": "registrationrequired registration anmeldung "
        "anmeldungerforderlich anmeldungnoetig",
        "step_free": "stepfree barrierefrei barrierefreiheit rollstuhlgerecht stufenlos",
        "hearing_loop": "hearingloop induktionsschleife hoerschleife hoeranlage",
        "online": "online onlineangebot onlinetelefonisch",
        "online_url": "onlineurl url link onlinelink webadresse internetadresse",
        "valid_from": "validfrom gueltigab gueltigvon startdatum beginn ab",
        "valid_until": "validuntil gueltigbis enddatum ende bis",
        "contact_name": "contactname contact ansprechpartner ansprechpartnerin ansprechperson "
        "kontakt kontaktperson",
        "contact_email": "contactemail email mail emailadresse kontaktemail",
        "contact_phone": "contactphone phone telefon tel telefonnummer",
        "place_name": "placename place veranstaltungsort standort location raum",
        "street": "street strasse strasseundhausnummer strassehausnummer strassenr adresse "
        "anschrift address",
        "postcode": "postcode plz postleitzahl zip zipcode postalcode",
        "city": "city ort stadt gemeinde town",
        "district": "district stadtteil ortsbezirk ortsteil quartier bezirk",
        "latitude": "latitude lat breitengrad breite geobreite",
        "longitude": "longitude lon lng laengengrad laenge geolaenge",
        "by_appointment": "byappointment nachvereinbarung terminnachvereinbarung appointment",
        "hours": "hours openinghours oeffnungszeiten sprechzeiten zeiten uhrzeit",
    }.items()
}
TEXT_SYNONYMS: dict[str, set[str]] = {
    key: set(words.split())
    for key, words in {
        "title": "title titel angebot bezeichnung angebotsname angebotstitel",
        "summary": "summary kurzbeschreibung zusammenfassung kurztext teaser",
        "description": "description beschreibung langtext details text",
        "cost_note": "costnote kostenhinweis hinweiszudenkosten hinweiskosten",
    }.items()
}


def _normalise(text: str) -> str:
    text = text.lower()
    for umlaut, plain in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")]:
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text)
    return "".join(char for char in text if char.isascii() and char.isalnum())


def _language_names(region: Region) -> dict[str, str]:
    """Normalised language names and codes of the region's languages -> code."""
    names: dict[str, str] = {}
    codes = set(region.language_codes())
    for name, code in GERMAN_LANGUAGE_NAMES.items():
        if code in codes:
            names[name] = code
    for language in region.enabled_languages():
        names[_normalise(language.english_name)] = language.code
        names[_normalise(language.native_name)] = language.code
    return {name: code for name, code in names.items() if name}


def _text_target(header: str, region: Region) -> str | None:
    """'Titel (DE)', 'title_en', 'Beschreibung Englisch', 'Titel' -> title_de ..."""
    lowered = header.lower()
    language = ""
    base = lowered
    for code in sorted(region.language_codes(), key=len, reverse=True):
        match = re.search(rf"(^|[^a-z]){re.escape(code.lower())}([^a-z]|$)", lowered)
        if match:
            language, base = code, lowered[: match.start()] + " " + lowered[match.end() :]
            break
    if not language:
        names = _language_names(region)
        words = re.split(r"[^a-z0-9äöüß]+", lowered)
        for word in words:
            found = names.get(_normalise(word))
            if found:
                language = found
                base = " ".join(w for w in words if w != word)
                break
    base = _normalise(base)
    for name, synonyms in TEXT_SYNONYMS.items():
        if base in synonyms:
            return f"{name}_{language or region.default_language_id}"
    return None


def guess_mapping(headers: list[str], region: Region) -> dict[str, str]:
    """{column index: target key} for every header that names a target; a target once."""
    keys = set(target_keys(region))
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        normalised = _normalise(header)
        if not normalised:
            continue
        guess: str | None = None
        for key, synonyms in SYNONYMS.items():
            if normalised == _normalise(key) or normalised in synonyms:
                guess = key
                break
        if guess is None:
            guess = _text_target(header, region)
        if guess and guess in keys and guess not in taken:
            mapping[str(index)] = guess
            taken.add(guess)
    return mapping


def clean_mapping(mapping: Mapping[str, str], width: int) -> dict[str, str]:
    """Drop ignored columns and columns the file does not have."""
    return {
        str(index): target
        for index, target in mapping.items()
        if target and str(index).isdigit() and int(index) < width
    }


def validate_mapping(region: Region, table: Table, mapping: Mapping[str, str]) -> None:
    """Every target once, and the required ones present; a ValidationError listing all."""
    labels = {target.key: target.label for target in targets(region)}
    errors: list[str] = []
    columns: dict[str, list[str]] = {}
    for index, target in clean_mapping(mapping, len(table.headers)).items():
        if target not in labels:
            errors.append(_("Unknown column target: %(target)s") % {"target": target})
            continue
        columns.setdefault(target, []).append(table.column_label(int(index)))
    for target, names in columns.items():
        if len(names) > 1:
            errors.append(
                _("The columns %(columns)s are all assigned to “%(target)s”. Please choose one.")
                % {"columns": ", ".join(f"“{name}”" for name in names), "target": labels[target]}
            )
    missing: list[str] = []
    if "organisation" not in columns:
        missing.append(labels["organisation"])
    if not any(target.startswith("title_") for target in columns):
        missing.append(_("Title (in any language)"))
    if "categories" not in columns:
        missing.append(labels["categories"])
    if missing:
        errors.append(
            _("These columns are needed, but no column of the file is assigned to them: %(list)s.")
            % {"list": ", ".join(missing)}
        )
    if errors:
        raise ValidationError(errors)


# --- Values -------------------------------------------------------------------------------

TRUE_WORDS = {"1", "x", "ja", "j", "yes", "y", "true", "wahr", "✓", "✔"}
FALSE_WORDS = {"", "0", "nein", "n", "no", "false", "falsch", "-", "–"}
COST_WORDS = {
    "free": Cost.FREE,
    "kostenlos": Cost.FREE,
    "kostenfrei": Cost.FREE,
    "gratis": Cost.FREE,
    "frei": Cost.FREE,
    "umsonst": Cost.FREE,
    "amount": Cost.AMOUNT,
    "fee": Cost.AMOUNT,
    "gebuehr": Cost.AMOUNT,
    "kostenpflichtig": Cost.AMOUNT,
    "mitgebuehr": Cost.AMOUNT,
    "withafee": Cost.AMOUNT,
    "reduced": Cost.REDUCED,
    "ermaessigt": Cost.REDUCED,
    "ermaessigung": Cost.REDUCED,
    "ermaessigungmoeglich": Cost.REDUCED,
    "reducedfeepossible": Cost.REDUCED,
}
GERMAN_CATEGORIES = {
    "sprachkurs": Category.LANGUAGE_COURSE,
    "deutschkurs": Category.LANGUAGE_COURSE,
    "beratung": Category.COUNSELLING,
    "bildung": Category.EDUCATION,
    "arbeitundausbildung": Category.WORK_TRAINING,
    "arbeit": Category.WORK_TRAINING,
    "wohnen": Category.HOUSING,
    "gesundheit": Category.HEALTH,
    "kinderundfamilie": Category.CHILDREN_FAMILY,
    "familie": Category.CHILDREN_FAMILY,
    "freizeitundbegegnung": Category.LEISURE_ENCOUNTER,
    "freizeit": Category.LEISURE_ENCOUNTER,
    "begegnung": Category.LEISURE_ENCOUNTER,
    "rechtundaufenthalt": Category.LEGAL_RESIDENCE,
    "notfallhilfe": Category.EMERGENCY_HELP,
    "nothilfe": Category.EMERGENCY_HELP,
}
GERMAN_TARGET_GROUPS = {
    "gefluechtete": TargetGroup.REFUGEES,
    "fluechtlinge": TargetGroup.REFUGEES,
    "geflohene": TargetGroup.REFUGEES,
    "eubuerger": TargetGroup.EU_CITIZENS,
    "eubuergerinnen": TargetGroup.EU_CITIZENS,
    "eubuergerinnenundeubuerger": TargetGroup.EU_CITIZENS,
    "fachkraefte": TargetGroup.SKILLED_WORKERS,
    "frauen": TargetGroup.WOMEN,
    "jugendliche": TargetGroup.YOUNG_PEOPLE,
    "jungemenschen": TargetGroup.YOUNG_PEOPLE,
    "familien": TargetGroup.FAMILIES,
    "senioren": TargetGroup.SENIORS,
    "seniorinnen": TargetGroup.SENIORS,
    "seniorinnenundsenioren": TargetGroup.SENIORS,
    "uscommunity": TargetGroup.US_COMMUNITY,
    "alle": TargetGroup.EVERYONE,
}
WEEKDAY_WORDS = {
    **dict.fromkeys(["mo", "mon", "monday", "montag"], 0),
    **dict.fromkeys(["di", "tu", "tue", "tues", "tuesday", "dienstag"], 1),
    **dict.fromkeys(["mi", "we", "wed", "wednesday", "mittwoch"], 2),
    **dict.fromkeys(["do", "th", "thu", "thur", "thurs", "thursday", "donnerstag"], 3),
    **dict.fromkeys(["fr", "fri", "friday", "freitag"], 4),
    **dict.fromkeys(["sa", "sat", "saturday", "samstag", "sonnabend"], 5),
    **dict.fromkeys(["so", "su", "sun", "sunday", "sonntag"], 6),
}
GERMAN_WEEKDAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
ENGLISH_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
HOURS_PART = re.compile(
    r"^(?P<days>[^\d\s:]+(?:\s*[-–—]\s*[^\d\s:]+)?)\s*:?\s*"
    r"(?P<opens>\d{1,2}(?:[:.]\d{2})?)\s*(?:uhr|h)?\s*(?:-|–|—|bis|to)\s*"
    r"(?P<closes>\d{1,2}(?:[:.]\d{2})?)\s*(?:uhr|h)?$",
    re.IGNORECASE,
)
MAX_LENGTHS = {
    "external_id": 100,
    "online_url": 200,
    "contact_name": 150,
    "contact_email": 254,
    "contact_phone": 60,
    "place_name": 200,
    "street": 200,
    "postcode": 10,
    "city": 100,
}


def split_list(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;\n]", value) if part.strip()]


def parse_boolean(value: str) -> bool:
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(
        _("“%(value)s” is not yes or no (ja/nein, 1/0, x or empty).") % {"value": value}
    )


def parse_date(value: str) -> datetime.date | None:
    text = value.strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            year, month, day = (int(part) for part in text.split("-"))
            return datetime.date(year, month, day)
        match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            return datetime.date(year, month, day)
    except ValueError:
        pass
    raise ValueError(
        _("“%(value)s” is not a date. Please write 2025-03-31 or 31.03.2025.") % {"value": value}
    )


def parse_decimal(value: str) -> Decimal | None:
    """'12,50 €', '1.234,5', '49.4436' -> Decimal; '' -> None; ValueError otherwise."""
    text = re.sub(r"\s|€|eur\b", "", value.strip(), flags=re.IGNORECASE)
    if not text:
        return None
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    else:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or not re.fullmatch(r"[-+]?\d*\.?\d+(e[-+]?\d+)?", text, re.I):
        raise ValueError(_("“%(value)s” is not a number.") % {"value": value})
    return number


def _time(text: str) -> datetime.time:
    hours, _sep, minutes = text.replace(".", ":").partition(":")
    return datetime.time(int(hours), int(minutes or 0))


def parse_hours(value: str) -> list[tuple[int, datetime.time, datetime.time]]:
    """'Mo 09:00-12:00, Mi 14:00-16:00' or 'Mo-Fr 9-12 Uhr' -> [(weekday, opens, closes)]."""
    hours: list[tuple[int, datetime.time, datetime.time]] = []
    for part in split_list(value):
        match = HOURS_PART.match(part.strip())
        try:
            if not match:
                raise ValueError
            days = [
                WEEKDAY_WORDS[_normalise(day)]
                for day in re.split(r"\s*[-–—]\s*", match["days"].strip())
            ]
            opens, closes = _time(match["opens"]), _time(match["closes"])
        except (ValueError, KeyError):
            raise ValueError(
                _(
                    "“%(part)s” is not understood. Please write opening hours like "
                    "“Mo 09:00-12:00, Mi 14:00-16:00”."
                )
                % {"part": part}
            ) from None
        if closes <= opens:
            raise ValueError(
                _("“%(part)s”: the opening hours must end after they begin.") % {"part": part}
            )
        first, last = days[0], days[-1]
        weekdays = (
            [*range(first, last + 1)] if last >= first else [*range(first, 7), *range(last + 1)]
        )
        hours += [(weekday, opens, closes) for weekday in weekdays]
    return hours


def format_hours(hours: Iterable[tuple[int, datetime.time, datetime.time]], german: bool) -> str:
    names = GERMAN_WEEKDAYS if german else ENGLISH_WEEKDAYS
    return ", ".join(
        f"{names[weekday]} {opens:%H:%M}-{closes:%H:%M}" for weekday, opens, closes in hours
    )


# --- The dry run --------------------------------------------------------------------------


class _Keep:
    """Marks a part of an existing offer that the file does not touch."""


KEEP = _Keep()


@dataclass
class RowResult:
    line: int
    action: str = CREATE
    reasons: list[str] = field(default_factory=list)
    title: str = ""
    external_id: str = ""
    organisation: str = ""
    offer: Offer | None = None
    data: OfferData | None = None
    locations: list[LocationData] | None = None
    contact: ContactData | _Keep | None = KEEP
    problem_keys: set[str] = field(default_factory=set)

    def as_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "action": self.action,
            "reasons": self.reasons,
            "title": self.title,
            "external_id": self.external_id,
            "organisation": self.organisation,
            "offer_id": self.offer.pk if self.offer else None,
        }


@dataclass
class DryRun:
    rows: list[RowResult]

    @property
    def counts(self) -> dict[str, int]:
        counts = {CREATE: 0, UPDATE: 0, REJECT: 0}
        for row in self.rows:
            counts[row.action] += 1
        return {**counts, "total": len(self.rows)}

    @property
    def rejected(self) -> list[RowResult]:
        return [row for row in self.rows if row.action == REJECT]

    @property
    def accepted(self) -> list[RowResult]:
        return [row for row in self.rows if row.action != REJECT]

    @property
    def preview(self) -> list[RowResult]:
        return self.accepted[:PREVIEW_ROWS]


def _lookup(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for name, value in pairs:
        key = _normalise(name)
        if key:
            table.setdefault(key, value)
    return table


def _offer_number(text: str) -> int | None:
    return int(text) if re.fullmatch(r"[0-9]{1,15}", text) else None


class _RowReader:
    """Turns the cells of a row into the data the services take, collecting every problem."""

    def __init__(self, region: Region, table: Table, mapping: Mapping[str, str]) -> None:
        self.region = region
        self.table = table
        self.mapping = {int(index): key for index, key in mapping.items()}
        self.columns = {key: index for index, key in self.mapping.items()}
        self.languages = region.language_codes()
        organisations = list(Organisation.objects.for_region(region))
        self.organisations_by_slug = {o.slug.lower(): o for o in organisations}
        self.organisations_by_name = {" ".join(o.name.lower().split()): o for o in organisations}
        themes = list(Theme.objects.for_region(region))
        self.themes = _lookup(
            [(t.key, t.key) for t in themes]
            + [(name, t.key) for t in themes for name in t.name.values() if isinstance(name, str)]
        )
        self.categories = self._choices(Category, GERMAN_CATEGORIES)
        self.target_groups = self._choices(TargetGroup, GERMAN_TARGET_GROUPS)
        catalogue = list(Language.objects.all())
        self.spoken = _lookup(
            [(language.code, language.code) for language in catalogue]
            + [(language.english_name, language.code) for language in catalogue]
            + [(language.native_name, language.code) for language in catalogue]
            + list(GERMAN_LANGUAGE_NAMES.items())
        )
        districts = list(District.objects.for_region(region))
        self.districts = _lookup([(d.key, d) for d in districts] + [(d.name, d) for d in districts])
        self.offers_by_id, self.offers_by_external_id = self._existing()

    def _choices(self, choices: Any, german: Mapping[str, str]) -> dict[str, str]:
        pairs: list[tuple[str, str]] = [(value, value) for value in choices.values]
        for language in ["en", "de", *self.languages]:
            with override(language):
                pairs += [(str(label), value) for value, label in choices.choices]
        pairs += list(german.items())
        return _lookup(pairs)

    def _existing(self) -> tuple[dict[int, Offer], dict[str, Offer]]:
        ids: set[int] = set()
        external_ids: set[str] = set()
        for row in self.table.rows:
            number = _offer_number(self.cell(row, "ankunft_id"))
            if number is not None:
                ids.add(number)
            if self.cell(row, "external_id"):
                external_ids.add(self.cell(row, "external_id"))
        offers = (
            Offer.objects.for_region(self.region)
            .select_related("organisation", "contact")
            .prefetch_related(
                "locations__place__district", "locations__hours", "locations__exceptions"
            )
        )
        by_id: dict[int, Offer] = {}
        by_external_id: dict[str, Offer] = {}
        id_list, external_list = sorted(ids), sorted(external_ids)
        for start in range(0, len(id_list), 500):
            for offer in offers.filter(pk__in=id_list[start : start + 500]):
                by_id[offer.pk] = offer
        for start in range(0, len(external_list), 500):
            for offer in offers.filter(external_id__in=external_list[start : start + 500]):
                by_external_id[offer.external_id] = offer
        return by_id, by_external_id

    def cell(self, row: Row, key: str) -> str:
        index = self.columns.get(key)
        return row.cells[index] if index is not None and index < len(row.cells) else ""

    def mapped(self, key: str) -> bool:
        return key in self.columns

    def problem(self, result: RowResult, key: str, message: str) -> None:
        label = self.table.column_label(self.columns[key]) if key in self.columns else key
        result.problem_keys.add(key)
        result.reasons.append(
            _("Column “%(column)s”: %(message)s") % {"column": label, "message": message}
        )

    # -- one row ---------------------------------------------------------------------------

    def read(self, row: Row) -> RowResult:
        result = RowResult(line=row.line)
        for key, limit in MAX_LENGTHS.items():
            if len(self.cell(row, key)) > limit:
                self.problem(
                    result, key, _("too long (at most %(count)s characters).") % {"count": limit}
                )
        offer = self._match(row, result)
        result.offer = offer
        data = (
            _data_from_offer(offer)
            if offer
            else OfferData(organisation=Organisation(region=self.region), title={})
        )
        if self.mapped("external_id"):
            data.external_id = self.cell(row, "external_id")[:100]
        result.external_id = data.external_id
        self._organisation(row, result, data)
        self._texts(row, data)
        self._lists(row, result, data)
        self._cost(row, result, data)
        self._flags_dates_url(row, result, data)
        result.contact = self._contact(row, result, offer)
        result.locations = self._locations(row, result, offer)
        result.title = (
            data.title.get(self.region.default_language_id) or next(iter(data.title.values()), "")
        )[:120]
        try:
            services.validate_offer_data(self.region, data)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                if name in result.problem_keys:
                    continue  # already reported for the column
                for message in messages:
                    if name in self.columns:
                        self.problem(result, name, message)
                    else:
                        result.reasons.append(message)
        result.data = data
        if result.reasons:
            result.action = REJECT
        else:
            result.action = UPDATE if offer else CREATE
        return result

    def _match(self, row: Row, result: RowResult) -> Offer | None:
        offer: Offer | None = None
        raw_id = self.cell(row, "ankunft_id")
        external_id = self.cell(row, "external_id")
        if raw_id:
            number = _offer_number(raw_id)
            if number is None:
                self.problem(
                    result, "ankunft_id", _("“%(value)s” is not a number.") % {"value": raw_id}
                )
                return None
            offer = self.offers_by_id.get(number)
            if offer is None:
                self.problem(
                    result,
                    "ankunft_id",
                    _("There is no offer number %(value)s in this city.") % {"value": raw_id},
                )
                return None
            other = self.offers_by_external_id.get(external_id) if external_id else None
            if other is not None and other.pk != offer.pk:
                self.problem(
                    result,
                    "external_id",
                    _("Another offer (number %(number)s) already has the external id “%(id)s”.")
                    % {"number": other.pk, "id": external_id},
                )
            return offer
        if external_id:
            return self.offers_by_external_id.get(external_id)
        return None

    def _organisation(self, row: Row, result: RowResult, data: OfferData) -> None:
        value = self.cell(row, "organisation")
        if not value:
            self.problem(
                result, "organisation", _("Please name the provider (short name or name).")
            )
            return
        organisation = self.organisations_by_slug.get(value.lower()) or (
            self.organisations_by_name.get(" ".join(value.lower().split()))
        )
        if organisation is None:
            self.problem(
                result,
                "organisation",
                _(
                    "Unknown organisation: “%(value)s”. Use the short name or the exact name of "
                    "an organisation of this city."
                )
                % {"value": value},
            )
            return
        data.organisation = organisation
        result.organisation = organisation.name

    def _texts(self, row: Row, data: OfferData) -> None:
        for name in TEXT_TARGETS:
            values: dict[str, str] = dict(getattr(data, name))
            for language in self.languages:
                key = f"{name}_{language}"
                if self.mapped(key):
                    text = self.cell(row, key)
                    if text:
                        values[language] = text
                    else:
                        values.pop(language, None)
            setattr(data, name, values)

    def _lists(self, row: Row, result: RowResult, data: OfferData) -> None:
        lists: list[tuple[str, dict[str, str], str]] = [
            ("themes", self.themes, _("Unknown theme: %s")),
            ("categories", self.categories, _("Unknown category: %s")),
            ("target_groups", self.target_groups, _("Unknown target group: %s")),
            ("languages", self.spoken, _("Unknown language: %s")),
        ]
        for name, known, message in lists:
            if not self.mapped(name):
                continue
            values, unknown = [], []
            for part in split_list(self.cell(row, name)):
                value = known.get(_normalise(part))
                if value is None:
                    unknown.append(part)
                else:
                    values.append(value)
            if unknown:
                self.problem(result, name, message % ", ".join(unknown))
            setattr(data, name, list(dict.fromkeys(values)))

    def _cost(self, row: Row, result: RowResult, data: OfferData) -> None:
        if self.mapped("cost_amount"):
            try:
                amount = parse_decimal(self.cell(row, "cost_amount"))
            except ValueError as error:
                self.problem(result, "cost_amount", str(error))
                amount = None
            if amount is not None and abs(amount) >= Decimal("1000000"):
                self.problem(result, "cost_amount", _("The amount is too large."))
                amount = None
            data.cost_amount = amount.quantize(Decimal("0.01")) if amount is not None else None
        if self.mapped("cost"):
            value = self.cell(row, "cost")
            if not value:
                data.cost = Cost.AMOUNT if data.cost_amount else Cost.FREE
            elif _normalise(value) in COST_WORDS:
                data.cost = COST_WORDS[_normalise(value)]
            else:
                self.problem(
                    result,
                    "cost",
                    _(
                        "“%(value)s” is not understood. Please write free, amount or reduced "
                        "(kostenlos, Gebühr, ermäßigt)."
                    )
                    % {"value": value},
                )
        elif self.mapped("cost_amount") and data.cost_amount and data.cost == Cost.FREE:
            data.cost = Cost.AMOUNT

    def _flags_dates_url(self, row: Row, result: RowResult, data: OfferData) -> None:
        for name in ["registration_required", "step_free", "hearing_loop", "online"]:
            if self.mapped(name):
                try:
                    setattr(data, name, parse_boolean(self.cell(row, name)))
                except ValueError as error:
                    self.problem(result, name, str(error))
        for name in ["valid_from", "valid_until"]:
            if self.mapped(name):
                try:
                    setattr(data, name, parse_date(self.cell(row, name)))
                except ValueError as error:
                    self.problem(result, name, str(error))
                    setattr(data, name, None)
        if self.mapped("online_url"):
            url = self.cell(row, "online_url")
            if url and "://" not in url:
                url = f"https://{url}"
            if url:
                try:
                    URLValidator(schemes=["http", "https"])(url)
                except ValidationError:
                    self.problem(
                        result,
                        "online_url",
                        _("“%(value)s” is not a web address.") % {"value": url},
                    )
            data.online_url = url

    def _contact(
        self, row: Row, result: RowResult, offer: Offer | None
    ) -> ContactData | _Keep | None:
        if not any(self.mapped(key) for key in CONTACT_TARGETS):
            return KEEP if offer else None
        existing = offer.contact if offer else None
        values = {
            "name": existing.name if existing else "",
            "email": existing.email if existing else "",
            "phone": existing.phone if existing else "",
        }
        for key in CONTACT_TARGETS:
            if self.mapped(key):
                values[key.removeprefix("contact_")] = self.cell(row, key)
        if values["email"]:
            try:
                EmailValidator()(values["email"])
            except ValidationError:
                self.problem(
                    result,
                    "contact_email",
                    _("“%(value)s” is not an e-mail address.") % {"value": values["email"]},
                )
        if not any(values.values()):
            return None
        name = values["name"] or values["email"] or values["phone"]
        return ContactData(name=name[:150], email=values["email"], phone=values["phone"])

    def _locations(
        self, row: Row, result: RowResult, offer: Offer | None
    ) -> list[LocationData] | None:
        existing = [_location_data(location) for location in offer.locations.all()] if offer else []
        if not any(self.mapped(key) for key in LOCATION_TARGETS):
            return None if offer else []
        first = existing[0] if existing else None
        place = first.place if first else PlaceData(name="", street="", postcode="", city="")
        location = LocationData(
            place=PlaceData(**vars(place)),
            by_appointment=first.by_appointment if first else False,
            hours=list(first.hours) if first else [],
            exceptions=list(first.exceptions) if first else [],
        )
        for key in ["place_name", "street", "postcode", "city"]:
            if self.mapped(key):
                setattr(location.place, key.removeprefix("place_"), self.cell(row, key))
        if self.mapped("district"):
            value = self.cell(row, "district")
            location.place.district = self.districts.get(_normalise(value)) if value else None
            if value and location.place.district is None:
                self.problem(
                    result, "district", _("Unknown district: “%(value)s”.") % {"value": value}
                )
        coordinates_ok = True
        for key in ["latitude", "longitude"]:
            if self.mapped(key):
                try:
                    number = parse_decimal(self.cell(row, key))
                except ValueError as error:
                    self.problem(result, key, str(error))
                    coordinates_ok = False
                    number = None
                setattr(location.place, key, number)
        if self.mapped("by_appointment"):
            try:
                location.by_appointment = parse_boolean(self.cell(row, "by_appointment"))
            except ValueError as error:
                self.problem(result, "by_appointment", str(error))
        if self.mapped("hours"):
            try:
                location.hours = parse_hours(self.cell(row, "hours"))
            except ValueError as error:
                self.problem(result, "hours", str(error))
        place = location.place
        empty = not any([place.name, place.street, place.postcode, place.city, place.district])
        empty = empty and place.latitude is None and place.longitude is None
        if empty and not location.hours and coordinates_ok:
            return existing[1:]
        if not place.street.strip() or not place.city.strip():
            result.reasons.append(_("Every place needs a street and a city."))
        if coordinates_ok:
            try:
                services.validate_coordinates(place.latitude, place.longitude)
            except ValidationError as error:
                result.reasons += error.messages
            else:
                for key in ["latitude", "longitude"]:
                    number = getattr(place, key)
                    if number is not None:
                        setattr(place, key, number.quantize(Decimal("0.000001")))
        return [location, *existing[1:]]


def _data_from_offer(offer: Offer) -> OfferData:
    return OfferData(
        organisation=offer.organisation,
        title=dict(offer.title),
        summary=dict(offer.summary),
        description=dict(offer.description),
        external_id=offer.external_id,
        themes=list(offer.themes),
        categories=list(offer.categories),
        target_groups=list(offer.target_groups),
        languages=list(offer.languages),
        cost=offer.cost,
        cost_amount=offer.cost_amount,
        cost_note=dict(offer.cost_note),
        registration_required=offer.registration_required,
        step_free=offer.step_free,
        hearing_loop=offer.hearing_loop,
        online=offer.online,
        online_url=offer.online_url,
        valid_from=offer.valid_from,
        valid_until=offer.valid_until,
        contact=offer.contact,
    )


def _location_data(location: OfferLocation) -> LocationData:
    place = location.place
    return LocationData(
        place=PlaceData(
            name=place.name,
            street=place.street,
            postcode=place.postcode,
            city=place.city,
            district=place.district,
            latitude=place.latitude,
            longitude=place.longitude,
        ),
        by_appointment=location.by_appointment,
        hours=[(hours.weekday, hours.opens, hours.closes) for hours in location.hours.all()],
        exceptions=[
            {
                "date": exception.date,
                "closed": exception.closed,
                "opens": exception.opens,
                "closes": exception.closes,
                "note": exception.note,
            }
            for exception in location.exceptions.all()
        ],
    )


def dry_run(region: Region, table: Table, mapping: Mapping[str, str]) -> DryRun:
    """Validate every row with the given (valid) mapping; writes nothing."""
    reader = _RowReader(region, table, clean_mapping(mapping, len(table.headers)))
    rows = [reader.read(row) for row in table.rows]
    first_external: dict[str, int] = {}
    first_offer: dict[int, int] = {}
    for result in rows:
        duplicate = False
        if result.external_id:
            first = first_external.setdefault(result.external_id, result.line)
            if first != result.line:
                duplicate = True
                reader.problem(
                    result,
                    "external_id",
                    _(
                        "The external id “%(id)s” is already used in line %(line)s; only the first "
                        "row with it is imported."
                    )
                    % {"id": result.external_id, "line": first},
                )
        if result.offer is not None and not duplicate:
            first = first_offer.setdefault(result.offer.pk, result.line)
            if first != result.line:
                result.reasons.append(
                    _(
                        "Line %(line)s already updates the same offer; only the first row is "
                        "imported."
                    )
                    % {"line": first}
                )
        if result.reasons:
            result.action = REJECT
    return DryRun(rows=rows)


# --- Services -----------------------------------------------------------------------------


@transaction.atomic
def offer_import_create(
    *, actor: User, region: Region, filename: str, content: bytes
) -> OfferImport:
    """Store an uploaded spreadsheet (after checking that it is one) with a guessed mapping."""
    table = read_table(content)
    if len(filename) > 200:
        filename = f"{filename[:190]}…{filename[-9:]}"  # keeps the extension
    return OfferImport.objects.create(
        region=region,
        created_by=actor,
        filename=filename,
        content=content,
        mapping=guess_mapping(table.headers, region),
    )


def import_table(offer_import: OfferImport) -> Table:
    return read_table(bytes(offer_import.content))


@transaction.atomic
def offer_import_set_mapping(
    *, offer_import: OfferImport, mapping: Mapping[str, str]
) -> OfferImport:
    """Remember the column mapping the office chose (after checking it)."""
    offer_import = OfferImport.objects.select_for_update().get(pk=offer_import.pk)
    if offer_import.applied_at is not None:
        raise ValidationError(_("This spreadsheet has already been imported."))
    table = import_table(offer_import)
    mapping = clean_mapping(mapping, len(table.headers))
    validate_mapping(offer_import.region, table, mapping)
    offer_import.mapping = mapping
    offer_import.save(update_fields=["mapping"])
    return offer_import


def _write_row(actor: User, region: Region, row: RowResult) -> Offer:
    data = row.data
    assert data is not None
    if isinstance(row.contact, ContactData):
        data.contact = services.contact_get_or_create(
            region=region, organisation=data.organisation, data=row.contact
        )
    elif row.contact is None:
        data.contact = None
    if row.offer is not None:
        return services.offer_update(
            actor=actor, offer=row.offer, data=data, locations=row.locations
        )
    return services.offer_create(
        actor=actor, region=region, data=data, locations=row.locations or []
    )


@transaction.atomic
def offers_import_apply(
    *, actor: User, offer_import: OfferImport, mapping: Mapping[str, str]
) -> dict[str, Any]:
    """Create and update the offers of all valid rows, in one transaction.

    Refused when the import was applied before, or when `mapping` is not the mapping of the
    last dry run. New offers are drafts; updated offers keep their status. Returns the report,
    which is also stored on the import."""
    offer_import = OfferImport.objects.select_for_update().get(pk=offer_import.pk)
    region = Region.objects.with_languages().get(pk=offer_import.region_id)
    offer_import.region = region
    if offer_import.applied_at is not None:
        raise ValidationError(_("This spreadsheet has already been imported."))
    table = import_table(offer_import)
    mapping = clean_mapping(mapping, len(table.headers))
    if mapping != clean_mapping(offer_import.mapping, len(table.headers)):
        raise ValidationError(
            _("The columns have changed since the check. Please check the result again.")
        )
    validate_mapping(region, table, mapping)
    result = dry_run(region, table, mapping)
    created: list[int] = []
    updated: list[int] = []
    for row in result.rows:
        if row.action == REJECT:
            continue
        try:
            with transaction.atomic():
                offer = _write_row(actor, region, row)
        except ValidationError as error:
            row.action, row.reasons = REJECT, error.messages
            continue
        except IntegrityError:
            row.action, row.reasons = REJECT, [_("The offer could not be saved.")]
            continue
        (updated if row.offer is not None else created).append(offer.pk)
    report: dict[str, Any] = {
        "counts": {
            "created": len(created),
            "updated": len(updated),
            "rejected": len(result.rejected),
            "total": len(result.rows),
        },
        "created": created,
        "updated": updated,
        "rejected": [row.as_json() for row in result.rejected],
    }
    offer_import.report = report
    offer_import.applied_at = timezone.now()
    offer_import.content = b""  # the offers are written; do not keep the file's personal data
    offer_import.save(update_fields=["report", "applied_at", "content"])
    audit_record(
        actor=actor,
        action="offer.import_applied",
        obj=offer_import,
        region=region,
        changes={"filename": offer_import.filename, **report["counts"]},
    )
    return report


# --- Export -------------------------------------------------------------------------------


def _decimal_text(value: Decimal, comma: bool) -> str:
    text = format(value, "f")
    return text.replace(".", ",") if comma else text


def export_rows(region: Region, offers: Iterable[Offer]) -> tuple[list[str], list[list[Any]]]:
    """The header (the import's column keys) and one row per offer (its first location)."""
    keys = target_keys(region)
    german = region.default_language_id == "de"
    yes, no = ("ja", "nein") if german else ("yes", "no")
    rows: list[list[Any]] = []
    for offer in offers:
        locations = list(offer.locations.all())
        location = locations[0] if locations else None
        place = location.place if location else None
        contact = offer.contact
        values: dict[str, Any] = {
            "ankunft_id": offer.pk,
            "external_id": offer.external_id,
            "organisation": offer.organisation.slug,
            "themes": ", ".join(offer.themes),
            "categories": ", ".join(offer.categories),
            "target_groups": ", ".join(offer.target_groups),
            "languages": ", ".join(offer.languages),
            "cost": offer.cost,
            "cost_amount": offer.cost_amount,
            "online_url": offer.online_url,
            "valid_from": offer.valid_from,
            "valid_until": offer.valid_until,
            "contact_name": contact.name if contact else "",
            "contact_email": contact.email if contact else "",
            "contact_phone": contact.phone if contact else "",
            "place_name": place.name if place else "",
            "street": place.street if place else "",
            "postcode": place.postcode if place else "",
            "city": place.city if place else "",
            "district": place.district.key if place and place.district else "",
            "latitude": place.latitude if place else None,
            "longitude": place.longitude if place else None,
            "by_appointment": (yes if location.by_appointment else no) if location else "",
            "hours": format_hours(
                [(h.weekday, h.opens, h.closes) for h in location.hours.all()], german
            )
            if location
            else "",
        }
        for name in ["registration_required", "step_free", "hearing_loop", "online"]:
            values[name] = yes if getattr(offer, name) else no
        for name in TEXT_TARGETS:
            for code, text in getattr(offer, name).items():
                values[f"{name}_{code}"] = text
        rows.append([values.get(key, "") for key in keys])
    return keys, rows


def export_queryset_relations(offers: Any) -> Any:
    return offers.select_related("organisation", "contact").prefetch_related(
        "locations__place__district", "locations__hours"
    )


def _protect(text: str) -> str:
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def write_csv(headers: list[str], rows: list[list[Any]]) -> bytes:
    """UTF-8 with byte order mark, `;`, decimal commas, ISO dates: for German Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        cells: list[str] = []
        for value in row:
            if isinstance(value, Decimal):
                cells.append(_decimal_text(value, comma=True))
            elif isinstance(value, datetime.date):
                cells.append(value.isoformat())
            elif value is None:
                cells.append("")
            elif isinstance(value, int):
                cells.append(str(value))
            else:
                cells.append(_protect(str(value)))
        writer.writerow(cells)
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def write_xlsx(headers: list[str], rows: list[list[Any]]) -> bytes:
    """One sheet, bold header row, frozen header, column widths from the content."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Offers")[:31]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(header) for header in headers]
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, Decimal | int | datetime.date) and not isinstance(value, bool):
                cell.value = value
                if isinstance(value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
            elif value is not None and value != "":
                cell.value = str(value)
                cell.data_type = "s"  # never a formula, even when the text begins with =
            widths[column - 1] = max(widths[column - 1], len(str(value or "")))
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width, 8) + 2, 60)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
