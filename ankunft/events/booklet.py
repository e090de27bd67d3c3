"""The printable programme booklet (PDF), rendered with WeasyPrint.

Pure rendering, like the guide's brochure (`guide/brochure.py`): the caller collects the
programme from the database; this module turns a `Booklet` into PDF bytes. The map page is
drawn from the places' coordinates as inline SVG, without map tiles, so rendering never
touches the network. Fonts come from fontconfig (Debian's Noto packages): `print_fonts_css`
names one family per script.
"""

from __future__ import annotations

import datetime
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from ankunft.core.languages import CATALOGUE
from ankunft.guide.brochure import qr_code_data_uri, text_direction
from ankunft.offers.models import Cost

PAGE_SIZES = ("A5", "A4")
DEFAULT_PAGE_SIZE = "A5"
DIRECTIONS = ("ltr", "rtl")
# Labels fall back to English when the interface does not speak the booklet's language.
FALLBACK_INTERFACE_LANGUAGE = "en"
NATIVE_NAMES = {code: native for code, native, _english, _direction in CATALOGUE}
LANGUAGE_DIRECTIONS = {code: direction for code, _native, _english, direction in CATALOGUE}

# Fonts: every script's family is followed by all the others, so that a word in another
# script (an Arabic name in a German booklet) never shows as boxes.
BASE_FONT_FAMILIES = (
    "Noto Sans",
    "Noto Naskh Arabic",
    "Noto Sans Ethiopic",
    "Noto Sans Georgian",
    "Noto Sans Armenian",
    "Noto Sans Hebrew",
    "Noto Sans CJK SC",
)
# (languages, their family, a taller line for scripts with marks above and below)
SCRIPT_FONTS: tuple[tuple[tuple[str, ...], str, float | None], ...] = (
    (("ar", "fa", "prs", "ckb", "ps"), "Noto Naskh Arabic", 1.7),
    (("ur",), "Noto Nastaliq Urdu", 2.2),
    (("ti", "am"), "Noto Sans Ethiopic", 1.55),
    (("ka",), "Noto Sans Georgian", None),
    (("hy",), "Noto Sans Armenian", None),
    (("zh",), "Noto Sans CJK SC", None),
)

# The map: SVG user units. Markers are numbered discs; the frame keeps a margin so that a
# disc at the edge is whole, and the corners hold the north arrow and the scale bar.
MAP_SIZE = 1000
MAP_MARGIN = 70
MARKER_RADIUS = 17
CORNER_BOX = 130
# A single place (or places on one street) still gets a readable scale.
MIN_MAP_SPAN_METRES = 400.0
METRES_PER_DEGREE = 111_320.0
SCALE_STEPS_METRES = (10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000)
MAX_DISTRICT_LABELS = 6
LABEL_HEIGHT = 24
LABEL_CHAR_WIDTH = 12
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@dataclass(frozen=True)
class LocalText:
    """A text with the language it is written in (a fallback differs from the booklet's)."""

    text: str
    lang: str
    direction: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class BookletPlace:
    number: int  # the reference shown as "[7]" in the programme and on the map
    name: str
    address: str
    district: str
    latitude: float | None
    longitude: float | None
    step_free: bool  # every event of the booklet at this place is step-free

    @property
    def on_map(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class BookletEntry:
    """One occurrence of an event on one day."""

    starts_at: datetime.datetime
    ends_at: datetime.datetime
    all_day: bool
    title: LocalText
    summary: LocalText
    organiser: str
    place_number: int | None
    place_name: str  # the place, or a district when the event has no place
    online: bool
    languages: tuple[str, ...]  # codes of the languages spoken
    cost: str  # a `Cost` value
    cost_amount: Decimal | None
    registration_required: bool
    invitation_only: bool
    cancelled: bool
    step_free: bool


@dataclass(frozen=True)
class BookletDay:
    date: datetime.date
    entries: tuple[BookletEntry, ...]


@dataclass(frozen=True)
class Booklet:
    title: LocalText
    excerpt: LocalText  # plain text
    region_name: str
    language: str
    direction: str
    first_day: datetime.date
    last_day: datetime.date
    days: tuple[BookletDay, ...]
    places: tuple[BookletPlace, ...]
    contact_lines: tuple[str, ...]
    online_url: str
    page_size: str
    time_zone: str = "Europe/Berlin"


@dataclass(frozen=True)
class MapMarker:
    number: int
    x: float  # where the disc is drawn
    y: float
    anchor_x: float  # where the place is; differs when the disc was moved aside
    anchor_y: float

    @property
    def moved(self) -> bool:
        return (self.x, self.y) != (self.anchor_x, self.anchor_y)


@dataclass(frozen=True)
class MapLabel:
    text: str
    left: float  # percent of the map's width and height
    top: float
    direction: str


@dataclass(frozen=True)
class SchematicMap:
    size: int
    markers: tuple[MapMarker, ...]
    labels: tuple[MapLabel, ...]
    scale_length: float  # SVG units
    scale_text: str


# --- Rendering -----------------------------------------------------------------------------


def render_booklet(booklet: Booklet) -> bytes:
    """The booklet as PDF bytes."""
    # Everything is inline: never let a text make WeasyPrint fetch a file or a URL.
    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=False)
    pdf = HTML(string=booklet_html(booklet), url_fetcher=fetcher).write_pdf()
    assert pdf is not None  # write_pdf returns the bytes when no target is given
    return pdf


def booklet_html(booklet: Booklet) -> str:
    """The print HTML that WeasyPrint lays out (exposed for tests and debugging)."""
    _check(booklet)
    interface_language = _interface_language(booklet.language)
    dates_language = _dates_language(booklet.language, interface_language)
    with translation.override(interface_language):
        context = {
            "booklet": booklet,
            "fonts_css": mark_safe(print_fonts_css()),  # noqa: S308 - constants only
            "page_footer_css": counters_css_content(
                _("Page %(number)s of %(total)s"), {"number": "page", "total": "pages"}
            ),
            "labels_attrs": _attrs_unless(booklet.language),
            "dates_attrs": _attrs_unless(booklet.language, dates_language),
            "period": _period(booklet, dates_language),
            "qr_code_uri": qr_code_data_uri(booklet.online_url),
            "days": [_day_context(day, booklet, dates_language) for day in booklet.days],
            "map": schematic_map(booklet.places),
            "north": pgettext("compass point on a map", "N"),
            "places": [_place_context(place) for place in booklet.places],
            "places_off_map": any(not place.on_map for place in booklet.places),
            "contact_lines": [
                {"text": line, "direction": text_direction(line)} for line in booklet.contact_lines
            ],
        }
        return render_to_string("events/booklet/booklet.html", context)


def _check(booklet: Booklet) -> None:
    if booklet.page_size not in PAGE_SIZES:
        raise ValueError(f"page_size must be one of {PAGE_SIZES}, not {booklet.page_size!r}")
    if booklet.direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}, not {booklet.direction!r}")


def print_fonts_css() -> str:
    """CSS that gives each script its Noto family (for any printed document)."""
    rules = [f"html, [lang] {{ font-family: {_families(BASE_FONT_FAMILIES)}; }}"]
    for languages, family, line_height in SCRIPT_FONTS:
        selector = ", ".join(f":lang({code})" for code in languages)
        stack = _families((family, *(name for name in BASE_FONT_FAMILIES if name != family)))
        height = f" line-height: {line_height};" if line_height else ""
        rules.append(f"{selector} {{ font-family: {stack};{height} }}")
    return "\n".join(rules)


def _families(names: Iterable[str]) -> str:
    return ", ".join([*(f'"{name}"' for name in names), "sans-serif"])


def counters_css_content(text: str, counters: Mapping[str, str]) -> SafeString:
    """A translated text with `%(name)s` placeholders as a CSS `content` value in which each
    placeholder is a counter, e.g. "Page %(number)s" → "Page " counter(page)."""
    parts: list[str] = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > position:
            parts.append(css_string(text[position : match.start()]))
        parts.append(f"counter({counters[match.group(1)]})")
        position = match.end()
    if position < len(text):
        parts.append(css_string(text[position:]))
    return mark_safe(" ".join(parts))  # noqa: S308 - literals escaped, counter names ours


def css_string(text: str) -> str:
    """A quoted CSS string; everything but letters, digits and spaces is escaped, so a
    translation can neither end the string nor the <style> element."""
    # Six hex digits end an escape by themselves, without a separating space.
    escaped = "".join(c if c.isalnum() or c == " " else f"\\{ord(c):06x}" for c in text)
    return f'"{escaped}"'


# --- Languages, dates and times ------------------------------------------------------------


def _interface_language(language: str) -> str:
    interface_languages = {code for code, _name in settings.LANGUAGES}
    return language if language in interface_languages else FALLBACK_INTERFACE_LANGUAGE


def _dates_language(language: str, interface_language: str) -> str:
    # Django itself names weekdays and months in more languages than our interface has
    # (Sorani, for example), so dates can be in the reader's language when labels are not.
    return language if translation.check_for_language(language) else interface_language


def _attrs_unless(booklet_language: str, language: str | None = None) -> SafeString:
    """`lang`/`dir` for text in `language` (default: the active one) inside the booklet."""
    language = language or translation.get_language() or booklet_language
    if language == booklet_language:
        return SafeString("")
    with translation.override(language):
        direction = "rtl" if translation.get_language_bidi() else "ltr"
    return format_html(' lang="{}" dir="{}"', language, direction)


def format_date(day: datetime.date, language: str) -> str:
    """The date as the language writes it; ISO 8601 where Django has no format for it (an
    English month name in a Tigrinya booklet would help nobody)."""
    if not formats.get_format_modules(language):
        return day.isoformat()
    with translation.override(language):
        return formats.date_format(day, "DATE_FORMAT")


def _short_date(day: datetime.date, language: str) -> str:
    if not formats.get_format_modules(language):
        return day.isoformat()
    with translation.override(language):
        return formats.date_format(day, "MONTH_DAY_FORMAT")


def format_time(moment: datetime.datetime, language: str) -> str:
    if not formats.get_format_modules(language):
        return moment.strftime("%H:%M")
    with translation.override(language):
        return formats.time_format(moment, "TIME_FORMAT")


def day_heading(day: datetime.date, language: str) -> str:
    """E.g. "Monday, Sept. 21, 2026"; the pattern is translated (in the active language)."""
    with translation.override(language):
        weekday = formats.date_format(day, "l")
    return _("%(weekday)s, %(date)s") % {"weekday": weekday, "date": format_date(day, language)}


def _period(booklet: Booklet, language: str) -> str:
    first = format_date(booklet.first_day, language)
    if booklet.first_day == booklet.last_day:
        return first
    return f"{first} – {format_date(booklet.last_day, language)}"


def time_text(entry: BookletEntry, day: datetime.date, zone: ZoneInfo, language: str) -> str:
    """The entry's time on `day`; a date is added to an end or start on another day."""
    if entry.all_day:
        return _("All day")
    start = entry.starts_at.astimezone(zone)
    end = entry.ends_at.astimezone(zone)

    def moment(value: datetime.datetime) -> str:
        text = format_time(value, language)
        return text if value.date() == day else f"{_short_date(value.date(), language)} {text}"

    if end <= start:
        return moment(start)
    if start.date() == end.date() == day:
        return f"{moment(start)}–{moment(end)}"
    return f"{moment(start)} – {moment(end)}"


# --- Programme pages -----------------------------------------------------------------------


def _day_context(day: BookletDay, booklet: Booklet, dates_language: str) -> dict[str, object]:
    zone = ZoneInfo(booklet.time_zone)
    return {
        "heading": day_heading(day.date, dates_language),
        "entries": [_entry_context(entry, day.date, zone, dates_language) for entry in day.entries],
    }


def _entry_context(
    entry: BookletEntry, day: datetime.date, zone: ZoneInfo, dates_language: str
) -> dict[str, object]:
    return {
        "entry": entry,
        "time": time_text(entry, day, zone, dates_language),
        "languages": [
            {
                "name": NATIVE_NAMES.get(code, code),
                "code": code,
                "direction": LANGUAGE_DIRECTIONS.get(code, "ltr"),
            }
            for code in entry.languages
        ],
        "cost": cost_text(entry.cost, entry.cost_amount, dates_language),
        "organiser_direction": text_direction(entry.organiser),
        "place_direction": text_direction(entry.place_name),
    }


def _place_context(place: BookletPlace) -> dict[str, object]:
    return {
        "place": place,
        "name_direction": text_direction(place.name),
        "address_direction": text_direction(place.address),
        "district_direction": text_direction(place.district),
    }


def cost_text(cost: str, amount: Decimal | None, language: str) -> str:
    label = str(Cost(cost).label) if cost in Cost.values else str(Cost.AMOUNT.label)
    if cost == Cost.FREE or amount is None:
        return label
    with translation.override(language):
        figure = formats.number_format(amount, 2)
    return f"{label}: {figure} €"


# --- The map -------------------------------------------------------------------------------


def schematic_map(places: Sequence[BookletPlace]) -> SchematicMap | None:
    """Numbered markers at the places' projected positions, or None without coordinates."""
    located = [place for place in places if place.on_map]
    if not located:
        return None
    points, metres_per_unit = _project(located)
    markers = _spread(points)
    scale_length, scale_text = _scale_bar(metres_per_unit)
    return SchematicMap(
        size=MAP_SIZE,
        markers=tuple(markers),
        labels=tuple(_district_labels(located, markers)),
        scale_length=scale_length,
        scale_text=scale_text,
    )


def _project(places: Sequence[BookletPlace]) -> tuple[list[tuple[int, float, float]], float]:
    """Positions in SVG units (x east, y south) and the metres one unit stands for.

    An equirectangular projection around the places' mean latitude: over a town the error
    is far below what a schematic map shows."""
    mean_latitude = sum(float(p.latitude or 0) for p in places) / len(places)
    shrink = math.cos(math.radians(mean_latitude))
    metres = [
        (
            p.number,
            float(p.longitude or 0) * METRES_PER_DEGREE * shrink,
            float(p.latitude or 0) * METRES_PER_DEGREE,
        )
        for p in places
    ]
    xs = [east for _n, east, _north in metres]
    ys = [north for _n, _east, north in metres]
    span = max(max(xs) - min(xs), max(ys) - min(ys), MIN_MAP_SPAN_METRES)
    metres_per_unit = span / (MAP_SIZE - 2 * MAP_MARGIN)
    centre_x = (max(xs) + min(xs)) / 2
    centre_y = (max(ys) + min(ys)) / 2
    points = [
        (
            number,
            MAP_SIZE / 2 + (east - centre_x) / metres_per_unit,
            MAP_SIZE / 2 - (north - centre_y) / metres_per_unit,
        )
        for number, east, north in metres
    ]
    return points, metres_per_unit


def _spread(points: Iterable[tuple[int, float, float]]) -> list[MapMarker]:
    """Markers that would cover each other are moved aside on growing rings around their
    place (a thin line then joins disc and place)."""
    placed: list[MapMarker] = []
    for number, x, y in points:
        spot = next(
            (candidate for candidate in _around(x, y) if _is_free(candidate, placed)), (x, y)
        )
        placed.append(MapMarker(number, spot[0], spot[1], x, y))
    return placed


def _around(x: float, y: float, rings: int = 6) -> Iterable[tuple[float, float]]:
    yield x, y
    step = 2 * MARKER_RADIUS + 3
    for ring in range(1, rings + 1):
        count = 6 * ring
        for index in range(count):
            angle = 2 * math.pi * index / count - math.pi / 2  # start above the place
            yield x + ring * step * math.cos(angle), y + ring * step * math.sin(angle)


def _is_free(spot: tuple[float, float], placed: Sequence[MapMarker]) -> bool:
    x, y = spot
    edge = MARKER_RADIUS + 4
    if not (edge <= x <= MAP_SIZE - edge and edge <= y <= MAP_SIZE - edge):
        return False
    # Top right: north arrow; bottom left: scale bar.
    if (x > MAP_SIZE - CORNER_BOX and y < CORNER_BOX) or (
        x < 2 * CORNER_BOX and y > MAP_SIZE - CORNER_BOX / 2
    ):
        return False
    gap = 2 * MARKER_RADIUS + 2
    return all(math.hypot(x - other.x, y - other.y) >= gap for other in placed)


def _district_labels(
    places: Sequence[BookletPlace], markers: Sequence[MapMarker]
) -> list[MapLabel]:
    """Names of the districts with the most places, beside the group of their markers; a
    name that would cover a marker or another name is left out."""
    drawn = {marker.number: marker for marker in markers}
    by_district: dict[str, list[MapMarker]] = defaultdict(list)
    for place in places:
        if place.district:
            by_district[place.district].append(drawn[place.number])
    chosen = sorted(by_district.items(), key=lambda item: (-len(item[1]), item[0]))
    taken = [_box(m.x, m.y, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS) for m in markers]
    labels = []
    for name, group in chosen[:MAX_DISTRICT_LABELS]:
        box = _label_box(name, group, taken)
        if box is None:
            continue
        taken.append(box)
        labels.append(
            MapLabel(
                text=name,
                left=round(100 * (box[0] + box[2]) / 2 / MAP_SIZE, 2),
                top=round(100 * (box[1] + box[3]) / 2 / MAP_SIZE, 2),
                direction=text_direction(name),
            )
        )
    return labels


Box = tuple[float, float, float, float]  # left, top, right, bottom


def _box(x: float, y: float, width: float, height: float) -> Box:
    return (x - width / 2, y - height / 2, x + width / 2, y + height / 2)


def _label_box(name: str, group: Sequence[MapMarker], taken: Sequence[Box]) -> Box | None:
    """The first free spot above, below, after or before the group for the name."""
    # A rough size in SVG units of the printed label (0.8em of the A5 text on the A5 map,
    # the larger of the two sizes); glyph widths are not known before layout.
    width = len(name) * LABEL_CHAR_WIDTH + 10
    height = LABEL_HEIGHT
    left = min(m.x for m in group) - MARKER_RADIUS
    right = max(m.x for m in group) + MARKER_RADIUS
    top = min(m.y for m in group) - MARKER_RADIUS
    bottom = max(m.y for m in group) + MARKER_RADIUS
    middle_x, middle_y = (left + right) / 2, (top + bottom) / 2
    candidates = [
        _box(middle_x, top - height / 2 - 3, width, height),
        _box(middle_x, bottom + height / 2 + 3, width, height),
        _box(right + width / 2 + 4, middle_y, width, height),
        _box(left - width / 2 - 4, middle_y, width, height),
    ]
    for box in candidates:
        inside = box[0] >= 4 and box[1] >= 4 and box[2] <= MAP_SIZE - 4 and box[3] <= MAP_SIZE - 4
        if inside and not any(_overlap(box, other) for other in taken):
            return box
    return None


def _overlap(first: Box, second: Box) -> bool:
    return not (
        first[2] <= second[0]
        or second[2] <= first[0]
        or first[3] <= second[1]
        or second[3] <= first[1]
    )


def _scale_bar(metres_per_unit: float) -> tuple[float, str]:
    """The longest round distance that fits into a quarter of the frame."""
    longest = (MAP_SIZE / 4) * metres_per_unit
    metres = max((s for s in SCALE_STEPS_METRES if s <= longest), default=SCALE_STEPS_METRES[0])
    text = f"{metres // 1000} km" if metres >= 1000 else f"{metres} m"
    return round(metres / metres_per_unit, 1), text
