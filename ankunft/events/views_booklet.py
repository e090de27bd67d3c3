"""The printable programme booklet: /<region>/<lang>/events/programmes/<id>/booklet.pdf

The PDF is cached by content, like the guide's brochures: its file name carries a hash of
everything it shows (the programme, every included event with its last change, the places,
the organisers, the region's contact), the language and the paper size. A request collects
those (two queries) and finds the file without rendering; any change renders it anew. Files
live under MEDIA_ROOT/booklets/; a new file replaces the older ones of the same programme,
language and size."""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from html import unescape
from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from ankunft.core.features import region_with_feature
from ankunft.core.models import Feature, Region
from ankunft.core.translated import pick
from ankunft.core.views_errors import bad_request_message
from ankunft.events.booklet import (
    DEFAULT_PAGE_SIZE,
    LANGUAGE_DIRECTIONS,
    PAGE_SIZES,
    Booklet,
    BookletDay,
    BookletEntry,
    BookletPlace,
    LocalText,
    render_booklet,
)
from ankunft.events.models import Event, Programme
from ankunft.events.recurrence import Occurrence
from ankunft.events.selectors import by_day, programme_occurrences, region_zone
from ankunft.guide.brochures import BrochureFile
from ankunft.guide.views_public import brochure_pdf_response
from ankunft.offers.models import Place

# Raise when the booklet's layout or labels change, so that cached files are rebuilt.
RENDERER_VERSION = 1
EXCERPT_WORDS = 45
# Block ends become spaces before the tags go, so that paragraphs do not run together.
DIGITS = re.compile(r"(\d+)")
BLOCK_END = re.compile(r"</(p|li|h\d|div)\s*>|<br\s*/?>", re.IGNORECASE)


@require_safe
def programme_booklet(
    request: HttpRequest, region_slug: str, lang: str, programme_id: int
) -> HttpResponseBase:
    region = region_with_feature(request.region, Feature.EVENTS)  # type: ignore[attr-defined]
    programme = (
        Programme.objects.for_region(region)
        .filter(pk=programme_id, published_at__isnull=False)
        .first()
    )
    if programme is None:
        raise Http404(_("This programme is not published."))
    programme.region = region  # the region with its languages, loaded by the middleware
    size = (request.GET.get("size") or DEFAULT_PAGE_SIZE).strip().upper()
    if size not in PAGE_SIZES:
        return bad_request_message(request, _("Please choose the paper size A4 or A5."))
    booklet = booklet_file(programme=programme, language=lang, page_size=size)
    response = brochure_pdf_response(request, booklet)
    response["Cache-Control"] = "public, max-age=300"
    return response


# --- The cached file -----------------------------------------------------------------------


def booklet_directory() -> Path:
    return Path(settings.MEDIA_ROOT) / "booklets"


def booklet_file(*, programme: Programme, language: str, page_size: str) -> BrochureFile:
    """The cached PDF of the programme, rendered first if its content is not cached."""
    occurrences = programme_occurrences(programme)
    booklet = collect_booklet(programme, occurrences, language=language, page_size=page_size)
    events = {item.event.pk: item.event for item in occurrences}.values()
    digest = _fingerprint(programme, booklet, events)
    region = programme.region
    prefix = f"{region.slug}-programme-{programme.pk}-{language}-{page_size}-"
    path = booklet_directory() / f"{prefix}{digest}.pdf"
    if not path.exists():
        store_replacing(path, render_booklet(booklet), prefix=prefix)
    return BrochureFile(
        path=path, key=digest, filename=download_name(programme, language, page_size)
    )


def _fingerprint(programme: Programme, booklet: Booklet, events: Iterable[Event]) -> str:
    content = {
        "renderer": RENDERER_VERSION,
        "booklet": dataclasses.asdict(booklet),
        "programme": programme.updated_at.isoformat(),
        "events": sorted((e.pk, e.updated_at.isoformat(), e.status) for e in events),
    }
    encoded = json.dumps(content, sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()[:24]


def store_replacing(path: Path, content: bytes, *, prefix: str) -> None:
    """Writes the file atomically (a reader never gets half a PDF), then removes the other
    files of the directory whose names start with `prefix`: older versions of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        dir=path.parent, prefix=".", suffix=".part", delete=False
    ) as part:
        part.write(content)
    Path(part.name).replace(path)
    for older in path.parent.glob(f"{glob.escape(prefix)}*.pdf"):
        if older != path:
            older.unlink(missing_ok=True)


def download_name(programme: Programme, language: str, page_size: str) -> str:
    region = programme.region
    title = slugify(pick(programme.title, [region.default_language_id]).text)[:60]
    return f"{region.slug}-{title or 'programme'}-{language}-{page_size.lower()}.pdf"


# --- From the database to the booklet ------------------------------------------------------


def collect_booklet(
    programme: Programme, occurrences: list[Occurrence], *, language: str, page_size: str
) -> Booklet:
    region = programme.region
    chain = region.fallback_chain(language)
    places = numbered_places(occurrences)
    reading = region.language_by_code(language)
    days = by_day(occurrences, programme.starts_on, programme.ends_on)
    return Booklet(
        title=local_text(programme.title, chain),
        excerpt=_excerpt(local_text(programme.description, chain)),
        region_name=region.name,
        language=language,
        direction=reading.direction if reading else LANGUAGE_DIRECTIONS.get(language, "ltr"),
        first_day=programme.starts_on,
        last_day=programme.ends_on,
        days=tuple(
            BookletDay(
                date=day.date,
                entries=tuple(_entry(item, chain, places) for item in day.occurrences),
            )
            for day in days
        ),
        places=tuple(places.values()),
        contact_lines=_contact_lines(region),
        online_url=settings.ANKUNFT_SITE_URL
        + reverse("public:programme", args=[region.slug, language, programme.pk]),
        page_size=page_size,
        time_zone=str(region_zone()),
    )


def local_text(values: dict[str, str], chain: list[str]) -> LocalText:
    found = pick(values, chain)
    return LocalText(found.text, found.language, LANGUAGE_DIRECTIONS.get(found.language, "ltr"))


def _excerpt(description: LocalText) -> LocalText:
    """The description's opening words as plain text (the description is sanitised HTML)."""
    plain = " ".join(unescape(strip_tags(BLOCK_END.sub(" ", description.text))).split())
    text = Truncator(plain).words(EXCERPT_WORDS, truncate="…")
    return dataclasses.replace(description, text=text)


def numbered_places(occurrences: Iterable[Occurrence]) -> dict[int, BookletPlace]:
    """The places of the booklet's events by place id, numbered in alphabetical order, so
    that the index of places is both alphabetical and in the order of the map's numbers."""
    events_at: dict[int, list[Event]] = defaultdict(list)
    found: dict[int, Place] = {}
    for item in occurrences:
        place = item.event.place
        if place is not None:
            found[place.pk] = place
            events_at[place.pk].append(item.event)
    ordered = sorted(found.values(), key=lambda place: (_natural_key(place.name), place.pk))
    return {
        place.pk: BookletPlace(
            number=number,
            name=place.name,
            address=place.one_line,
            district=place.district.name if place.district else "",
            latitude=float(place.latitude) if place.latitude is not None else None,
            longitude=float(place.longitude) if place.longitude is not None else None,
            # Only promised where every event there says so: the room may differ.
            step_free=all(event.step_free for event in events_at[place.pk]),
        )
        for number, place in enumerate(ordered, start=1)
    }


def _natural_key(name: str) -> list[tuple[int, int | str]]:
    """Sorts "Hall 2" before "Hall 10"."""
    return [
        (1, int(part)) if part.isdigit() else (0, part.casefold()) for part in DIGITS.split(name)
    ]


def _entry(item: Occurrence, chain: list[str], places: dict[int, BookletPlace]) -> BookletEntry:
    event = item.event
    place = places.get(event.place_id) if event.place_id is not None else None
    district = event.effective_district
    return BookletEntry(
        starts_at=item.starts_at,
        ends_at=item.ends_at,
        all_day=event.all_day,
        title=local_text(event.title, chain),
        summary=local_text(event.summary, chain),
        organiser=_organiser(event),
        place_number=place.number if place else None,
        place_name=place.name if place else (district.name if district else ""),
        online=event.online,
        languages=tuple(event.languages),
        cost=event.cost,
        cost_amount=event.cost_amount,
        registration_required=event.registration,
        invitation_only=event.invitation_only,
        cancelled=item.is_cancelled,
        step_free=event.step_free,
    )


def _organiser(event: Event) -> str:
    if event.organisation is not None:
        return event.organisation.name
    # No organisation: the integration office itself.
    return event.region.contact_name or event.region.name


def _contact_lines(region: Region) -> tuple[str, ...]:
    lines = [
        region.contact_name,
        *region.address.splitlines(),
        region.contact_phone,
        region.contact_email,
    ]
    return tuple(line.strip() for line in lines if line and line.strip())
