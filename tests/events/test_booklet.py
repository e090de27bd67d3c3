"""The printable programme booklet: its content as poppler's tools read it, the map, the cache
by content and the answers of the view."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse

from ankunft.core.models import Region
from ankunft.events.booklet import (
    MAP_SIZE,
    Booklet,
    BookletDay,
    BookletEntry,
    BookletPlace,
    LocalText,
    booklet_html,
    counters_css_content,
    render_booklet,
    schematic_map,
    time_text,
)
from ankunft.events.models import Event, EventStatus, Programme
from ankunft.events.selectors import programme_occurrences
from ankunft.events.services import ProgrammeData, programme_publish, programme_save
from ankunft.events.views_booklet import booklet_directory, collect_booklet
from ankunft.offers.models import Place
from ankunft.offers.services import place_get_or_create
from tests.factories import DistrictFactory, UserFactory, local, make_event, place_data
from tests.guide.test_brochure import (
    A4_POINTS,
    embedded_fonts,
    page_sizes,
    page_texts,
    without_arabic_marks,
)

ARABIC_TITLE = "الأسبوع الثقافي المشترك"
UKRAINIAN_TITLE = "Міжкультурний тиждень"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def library(region: Region) -> Place:
    district = DistrictFactory(region=region, key="innenstadt-ost", name="Innenstadt-Ost")
    return place_get_or_create(
        region=region,
        data=place_data(
            name="Stadtbibliothek",
            street="Steinstraße 48",
            postcode="67657",
            latitude=Decimal("49.444700"),
            longitude=Decimal("7.772200"),
            district=district,
        ),
    )


@pytest.fixture
def programme(region: Region, library: Place) -> Programme:
    """A published programme of one week: a world café at the adult education centre (the
    factories' place) on Monday, a reading at the library on Tuesday."""
    programme = programme_save(
        actor=UserFactory(),
        region=region,
        data=ProgrammeData(
            title={
                "de": "Interkulturelle Woche 2026",
                "en": "Intercultural Week 2026",
                "ar": ARABIC_TITLE,
                "uk": UKRAINIAN_TITLE,
            },
            description={"en": "<p>Open for diversity.</p><p>Everyone is welcome.</p>"},
            starts_on=datetime.date(2026, 9, 21),
            ends_on=datetime.date(2026, 9, 27),
        ),
    )
    make_event(
        region,
        programme=programme,
        status=EventStatus.ACCEPTED,
        starts_at=local(2026, 9, 21, 18),
        title={"de": "Weltcafé", "en": "World Café", "ar": "المقهى العالمي", "uk": "Світове кафе"},
        languages=["de", "ar"],
        registration=True,
    )
    make_event(
        region,
        programme=programme,
        status=EventStatus.ACCEPTED,
        starts_at=local(2026, 9, 22, 16),
        title={"de": "Lesung", "en": "Reading for children", "uk": "Читання для дітей"},
        place=library,
        step_free=True,
    )
    programme_publish(actor=None, programme=programme)
    return programme


def booklet_url(programme: Programme, lang: str = "en") -> str:
    return reverse("public:programme_booklet", args=[programme.region.slug, lang, programme.pk])


def fetch_pdf(client: Client, programme: Programme, lang: str = "en", **params: str) -> bytes:
    response = client.get(booklet_url(programme, lang), params)
    assert response.status_code == 200
    # Reading the whole content closes the file (and the response).
    return b"".join(response.streaming_content)  # type: ignore[attr-defined]


def cached_files() -> list[Path]:
    return sorted(booklet_directory().glob("*.pdf"))


# --- The view ------------------------------------------------------------------------------


def test_it_answers_with_a_pdf_its_filename_and_etag(client: Client, programme: Programme) -> None:
    response = client.get(booklet_url(programme))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")  # type: ignore[attr-defined]
    assert response["Content-Disposition"] == (
        'inline; filename="kaiserslautern-interkulturelle-woche-2026-en-a5.pdf"'
    )
    assert re.fullmatch(r'"[0-9a-f]{24}"', response["ETag"])


def test_it_answers_304_when_the_reader_has_this_booklet(
    client: Client, programme: Programme
) -> None:
    first = client.get(booklet_url(programme))
    b"".join(first.streaming_content)  # type: ignore[attr-defined]
    etag = first["ETag"]
    again = client.get(booklet_url(programme), headers={"if-none-match": etag})
    assert again.status_code == 304


def test_it_answers_404_for_a_programme_that_is_not_published(
    client: Client, region: Region
) -> None:
    draft = programme_save(
        actor=UserFactory(),
        region=region,
        data=ProgrammeData(
            title={"en": "Not yet"},
            starts_on=datetime.date(2026, 9, 21),
            ends_on=datetime.date(2026, 9, 27),
        ),
    )
    make_event(
        region, programme=draft, status=EventStatus.ACCEPTED, starts_at=local(2026, 9, 21, 18)
    )
    assert client.get(booklet_url(draft)).status_code == 404


def test_it_answers_404_when_the_region_has_no_events(
    client: Client, region: Region, programme: Programme
) -> None:
    region.features = [feature for feature in region.features if feature != "events"]
    region.save(update_fields=["features"])
    assert client.get(booklet_url(programme)).status_code == 404


def test_it_answers_404_for_a_programme_of_another_region(
    client: Client, programme: Programme, other_region: Region
) -> None:
    other_region.features = [*other_region.features, "events"]
    other_region.save(update_fields=["features"])
    url = reverse("public:programme_booklet", args=[other_region.slug, "de", programme.pk])
    assert client.get(url).status_code == 404


def test_it_answers_400_with_a_message_for_an_unknown_paper_size(
    client: Client, programme: Programme
) -> None:
    response = client.get(booklet_url(programme), {"size": "foo"})
    assert response.status_code == 400
    assert "Please choose the paper size A4 or A5." in response.content.decode()


def test_it_prints_on_a4_when_asked(client: Client, programme: Programme) -> None:
    pdf = fetch_pdf(client, programme, size="a4")
    for width, height in page_sizes(pdf):
        assert (width, height) == pytest.approx(A4_POINTS, abs=0.1)


# --- What the booklet says -----------------------------------------------------------------


def test_it_prints_title_day_headings_and_events(client: Client, programme: Programme) -> None:
    pages = page_texts(fetch_pdf(client, programme))
    assert "Intercultural Week 2026" in pages[0]
    assert "Sept. 21, 2026 – Sept. 27, 2026" in pages[0]
    text = " ".join(pages[1:])
    assert "Monday, Sept. 21, 2026 6 p.m.–8 p.m. World Café" in text
    assert "Tuesday, Sept. 22, 2026 4 p.m.–6 p.m. Reading for children" in text


def test_it_gives_each_place_the_same_number_in_the_programme_and_in_the_index(
    client: Client, programme: Programme
) -> None:
    pages = page_texts(fetch_pdf(client, programme))
    programme_text = " ".join(pages[1:-2])
    # Numbered alphabetically: Stadtbibliothek 1, Volkshochschule 2.
    assert "World Café Meet people. Volkshochschule [2]" in programme_text
    assert "Stadtbibliothek [1]" in programme_text
    index = pages[-2]
    assert "[1] Stadtbibliothek · Steinstraße 48, 67657 Kaiserslautern · Innenstadt-Ost" in index
    assert "[2] Volkshochschule · Kanalstraße 3, 67655 Kaiserslautern" in index


def test_it_prints_the_facts_of_an_event(client: Client, programme: Programme) -> None:
    text = " ".join(page_texts(fetch_pdf(client, programme)))
    assert "Languages: Deutsch, العربية" in text
    assert "Free of charge Registration required" in text
    assert "Organiser: Integration office" in text  # no organisation: the office itself


def test_it_numbers_the_pages_and_puts_the_contact_on_the_back(
    client: Client, programme: Programme
) -> None:
    pages = page_texts(fetch_pdf(client, programme))
    assert "Page" not in pages[0]
    assert f"Page 2 of {len(pages)}" in pages[1]
    assert pages[-1].startswith("Contact Integration office office@kaiserslautern.example.org")
    assert f"/kaiserslautern/en/events/programmes/{programme.pk}/" in pages[-1]


def test_it_writes_the_arabic_title_in_logical_order(client: Client, programme: Programme) -> None:
    pages = page_texts(fetch_pdf(client, programme, "ar"))
    assert without_arabic_marks(ARABIC_TITLE) in without_arabic_marks(pages[0])
    assert "المقهى العالمي" in " ".join(pages[1:])
    assert "الاثنين" in pages[1]  # Monday


def test_it_draws_ukrainian_with_a_noto_font(client: Client, programme: Programme) -> None:
    pdf = fetch_pdf(client, programme, "uk")
    text = " ".join(page_texts(pdf))
    assert UKRAINIAN_TITLE in text
    assert "Понеділок" in text  # Monday
    assert "Читання для дітей" in text
    assert "NotoSans" in embedded_fonts(pdf)


def test_it_shows_only_public_events_of_this_programme(
    client: Client, region: Region, programme: Programme
) -> None:
    make_event(
        region,
        programme=programme,
        status=EventStatus.DRAFT,
        starts_at=local(2026, 9, 23, 18),
        title={"en": "Draft evening"},
    )
    make_event(region, starts_at=local(2026, 9, 23, 18), title={"en": "Outside the programme"})
    text = " ".join(page_texts(fetch_pdf(client, programme)))
    assert "World Café" in text
    assert "Draft evening" not in text
    assert "Outside the programme" not in text


# --- The cache -----------------------------------------------------------------------------


def test_it_serves_the_cached_file_without_rendering_again(
    client: Client, programme: Programme
) -> None:
    first = client.get(booklet_url(programme))
    b"".join(first.streaming_content)  # type: ignore[attr-defined]
    [path] = cached_files()
    # Whatever is in the file is served: a second rendering would bring the real PDF back.
    path.write_bytes(b"%PDF-1.7 cached")
    assert fetch_pdf(client, programme) == b"%PDF-1.7 cached"
    assert cached_files() == [path]


def test_it_keeps_one_file_per_language_and_paper_size(
    client: Client, programme: Programme
) -> None:
    fetch_pdf(client, programme, "en")
    fetch_pdf(client, programme, "en", size="A4")
    fetch_pdf(client, programme, "de")
    names = [path.name for path in cached_files()]
    assert len(names) == 3
    assert any(name.startswith(f"kaiserslautern-programme-{programme.pk}-de-A5-") for name in names)


def test_it_renders_again_when_an_included_event_changes(
    client: Client, programme: Programme
) -> None:
    first = client.get(booklet_url(programme))
    b"".join(first.streaming_content)  # type: ignore[attr-defined]
    [old_file] = cached_files()
    event = Event.objects.get(title__en="World Café")
    # Saved directly: the services lock with select_related on PostgreSQL (see the report).
    event.title = {**event.title, "en": "World Café and music"}
    event.save()
    second = client.get(booklet_url(programme), headers={"if-none-match": first["ETag"]})
    assert second.status_code == 200
    pdf = b"".join(second.streaming_content)  # type: ignore[attr-defined]
    assert second["ETag"] != first["ETag"]
    assert old_file not in cached_files() and len(cached_files()) == 1
    assert "World Café and music" in " ".join(page_texts(pdf))


# --- Collecting the booklet (no rendering) -------------------------------------------------


def test_it_lists_each_date_of_a_recurring_event_on_its_day(
    region: Region, programme: Programme
) -> None:
    make_event(
        region,
        programme=programme,
        starts_at=local(2026, 9, 24, 10),
        rrule="FREQ=DAILY;COUNT=3",
        title={"en": "Language café"},
    )
    booklet = collect_booklet(
        programme, programme_occurrences(programme), language="en", page_size="A5"
    )
    days_with_cafe = [
        day.date.day
        for day in booklet.days
        if any(entry.title.text == "Language café" for entry in day.entries)
    ]
    assert days_with_cafe == [24, 25, 26]


def test_it_marks_a_place_step_free_only_when_every_event_there_is(
    region: Region, programme: Programme, library: Place
) -> None:
    make_event(region, programme=programme, starts_at=local(2026, 9, 25, 10), place=library)
    booklet = collect_booklet(
        programme, programme_occurrences(programme), language="en", page_size="A5"
    )
    assert [(place.name, place.step_free) for place in booklet.places] == [
        ("Stadtbibliothek", False),
        ("Volkshochschule", False),
    ]


def test_it_numbers_places_in_alphabetical_order_with_numbers_in_names_counted(
    region: Region, programme: Programme
) -> None:
    for name, street in [("Saal 10", "Marktstraße 10"), ("Saal 2", "Marktstraße 2")]:
        hall = place_get_or_create(
            region=region, data=place_data(name=name, street=street, postcode="67655")
        )
        make_event(region, programme=programme, starts_at=local(2026, 9, 25, 10), place=hall)
    booklet = collect_booklet(
        programme, programme_occurrences(programme), language="en", page_size="A5"
    )
    assert [(place.number, place.name) for place in booklet.places] == [
        (1, "Saal 2"),
        (2, "Saal 10"),
        (3, "Stadtbibliothek"),
        (4, "Volkshochschule"),
    ]


def test_it_keeps_a_cancelled_event_in_the_booklet_marked_as_cancelled(
    region: Region, programme: Programme
) -> None:
    make_event(
        region,
        programme=programme,
        status=EventStatus.CANCELLED,
        starts_at=local(2026, 9, 23, 18),
        title={"en": "Called off"},
    )
    booklet = collect_booklet(
        programme, programme_occurrences(programme), language="en", page_size="A5"
    )
    marked = {entry.title.text: entry.cancelled for day in booklet.days for entry in day.entries}
    assert marked == {"World Café": False, "Reading for children": False, "Called off": True}


def test_it_falls_back_to_the_default_language_with_its_own_language_and_direction(
    programme: Programme,
) -> None:
    booklet = collect_booklet(
        programme, programme_occurrences(programme), language="ar", page_size="A5"
    )
    reading = booklet.days[1].entries[0].title
    assert (reading.text, reading.lang, reading.direction) == ("Lesung", "de", "ltr")
    assert booklet.direction == "rtl"


# --- The renderer on its own ---------------------------------------------------------------


def place(
    number: int, latitude: float | None, longitude: float | None, **extra: Any
) -> BookletPlace:
    values: dict[str, Any] = {
        "name": f"Place {number}",
        "address": "Street 1, 67655 Kaiserslautern",
        "district": "",
        "step_free": False,
    }
    return BookletPlace(
        number=number, latitude=latitude, longitude=longitude, **{**values, **extra}
    )


def test_it_projects_places_east_to_the_right_and_north_to_the_top() -> None:
    drawn = schematic_map([place(1, 49.44, 7.76), place(2, 49.46, 7.80), place(3, None, None)])
    assert drawn is not None
    west, north_east = drawn.markers
    assert (west.number, north_east.number) == (1, 2)
    assert west.x < north_east.x and west.y > north_east.y
    for marker in drawn.markers:
        assert 0 < marker.x < MAP_SIZE and 0 < marker.y < MAP_SIZE


def test_it_moves_markers_of_places_at_the_same_spot_apart() -> None:
    drawn = schematic_map([place(number, 49.44, 7.76) for number in range(1, 6)])
    assert drawn is not None
    spots = [(marker.x, marker.y) for marker in drawn.markers]
    for index, (x, y) in enumerate(spots):
        for other_x, other_y in spots[index + 1 :]:
            assert ((x - other_x) ** 2 + (y - other_y) ** 2) ** 0.5 >= 34
    assert [marker.moved for marker in drawn.markers] == [False, True, True, True, True]


def test_it_gives_a_round_scale_and_labels_districts() -> None:
    drawn = schematic_map(
        [
            place(1, 49.440, 7.760, district="Innenstadt"),
            place(2, 49.441, 7.762, district="Innenstadt"),
            place(3, 49.470, 7.700, district="Erfenbach"),
        ]
    )
    assert drawn is not None
    assert drawn.scale_text in {"500 m", "1 km", "2 km"}
    assert [label.text for label in drawn.labels] == ["Innenstadt", "Erfenbach"]


def test_it_draws_no_map_without_coordinates() -> None:
    assert schematic_map([place(1, None, None)]) is None


def entry(**overrides: Any) -> BookletEntry:
    start = datetime.datetime(2026, 9, 21, 18, tzinfo=BERLIN)
    values: dict[str, Any] = {
        "starts_at": start,
        "ends_at": start + datetime.timedelta(hours=2),
        "all_day": False,
        "title": LocalText("World Café", "en", "ltr"),
        "summary": LocalText("", "en", "ltr"),
        "organiser": "Integration office",
        "place_number": 1,
        "place_name": "Volkshochschule",
        "online": False,
        "languages": (),
        "cost": "free",
        "cost_amount": None,
        "registration_required": False,
        "invitation_only": False,
        "cancelled": False,
        "step_free": False,
    }
    return BookletEntry(**{**values, **overrides})


def test_it_adds_the_date_to_a_time_on_another_day() -> None:
    night = entry(ends_at=datetime.datetime(2026, 9, 22, 2, tzinfo=BERLIN))
    assert time_text(night, datetime.date(2026, 9, 21), BERLIN, "de") == (
        "18:00 – 22. September 02:00"
    )
    assert time_text(entry(), datetime.date(2026, 9, 21), BERLIN, "de") == "18:00–20:00"


def test_it_writes_page_footers_as_css_that_a_translation_cannot_break_out_of() -> None:
    css = counters_css_content(
        'Seite %(number)s "von" %(total)s</style>',
        {
            "number": "page",
            "total": "pages",
        },
    )
    assert css.startswith('"Seite " counter(page) " \\000022von\\000022 " counter(pages) ')
    assert "</style>" not in css and '"von"' not in css


def booklet(**overrides: Any) -> Booklet:
    values: dict[str, Any] = {
        "title": LocalText("Intercultural Week", "en", "ltr"),
        "excerpt": LocalText("", "en", "ltr"),
        "region_name": "Kaiserslautern",
        "language": "en",
        "direction": "ltr",
        "first_day": datetime.date(2026, 9, 21),
        "last_day": datetime.date(2026, 9, 21),
        "days": (),
        "places": (),
        "contact_lines": (),
        "online_url": "https://ankunft.example.org/",
        "page_size": "A5",
    }
    return Booklet(**{**values, **overrides})


def test_it_marks_a_cancelled_event() -> None:
    day = BookletDay(datetime.date(2026, 9, 21), (entry(cancelled=True),))
    pages = page_texts(render_booklet(booklet(days=(day,))))
    assert "6 p.m.–8 p.m. CANCELLED World Café" in pages[1]


def test_it_marks_an_arabic_booklet_right_to_left() -> None:
    html = booklet_html(
        booklet(title=LocalText(ARABIC_TITLE, "ar", "rtl"), language="ar", direction="rtl")
    )
    assert '<html lang="ar" dir="rtl">' in html
    assert f'<h1 class="cover__title" lang="ar" dir="rtl">{ARABIC_TITLE}</h1>' in html


def test_it_rejects_an_unknown_page_size() -> None:
    with pytest.raises(ValueError, match="page_size"):
        render_booklet(booklet(page_size="Letter"))
