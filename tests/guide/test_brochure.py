"""The PDF brochure, checked with poppler's tools as a reader's PDF viewer would see it."""

from __future__ import annotations

import logging
import re
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.etree import ElementTree

import pytest
import segno

from ankunft.guide.brochure import (
    QR_QUIET_ZONE,
    Brochure,
    BrochureSection,
    render_brochure,
    text_direction,
)

ONLINE_URL = "https://ankunft.example.org/kaiserslautern/ar/guide/"
ARABIC_WELCOME = "مرحباً بكم في كايزرسلاوترن."
ARABIC_REGISTRATION = "يجب التسجيل في مكتب المواطنين خلال أسبوعين من الوصول."
TIGRINYA_WELCOME = "እንቋዕ ብደሓን መጻእኩም።"
UKRAINIAN_WELCOME = "Ласкаво просимо до Кайзерслаутерна."
# Marks that pdftotext adds around right-to-left runs (embeddings, isolates, LRM/RLM).
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Arabic vowel marks sit above or below the baseline; pdftotext puts a raised mark on a line
# of its own, so comparisons ignore them (the letters themselves must stay in order).
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")
A4_POINTS = (595.28, 841.89)
A5_POINTS = (419.53, 595.28)


def section(title: str, html: str, *, depth: int = 0, lang: str = "en") -> BrochureSection:
    direction = "rtl" if lang in {"ar", "fa", "ckb"} else "ltr"
    return BrochureSection(title=title, html=html, depth=depth, lang=lang, direction=direction)


def brochure(**overrides: object) -> Brochure:
    defaults: dict[str, object] = {
        "title": "Welcome guide",
        "region_name": "Kaiserslautern",
        "language": "en",
        "direction": "ltr",
        "sections": (section("Arrival", "<p>Welcome to Kaiserslautern.</p>"),),
        "contact_lines": (
            "Büro für Integration",
            "Willy-Brandt-Platz 1, 67657 Kaiserslautern",
            "+49 631 365-0",
            "integration@kaiserslautern.de",
        ),
        "online_url": ONLINE_URL,
        "page_size": "A4",
        "issued": date(2026, 11, 21),
    }
    return Brochure(**{**defaults, **overrides})  # type: ignore[arg-type]


def arabic_brochure(**overrides: object) -> Brochure:
    return brochure(
        title="دليل الترحيب",
        region_name="كايزرسلاوترن",
        language="ar",
        direction="rtl",
        sections=(
            section("الوصول", f"<p>{ARABIC_WELCOME}</p>", lang="ar"),
            section("التسجيل", f"<p>{ARABIC_REGISTRATION}</p>", depth=1, lang="ar"),
            section("Wohnen", "<p>Die Wohnungssuche braucht Zeit.</p>", depth=1, lang="de"),
        ),
        **overrides,
    )


def run(command: list[str], pdf: bytes) -> str:
    result = subprocess.run(command, input=pdf, capture_output=True, check=True)
    return result.stdout.decode()


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page in reading (logical) order, bidi marks removed."""
    text = run(["pdftotext", "-enc", "UTF-8", "-", "-"], pdf)
    pages = BIDI_CONTROLS.sub("", text).split("\f")[:-1]
    return [" ".join(page.split()) for page in pages]


def embedded_fonts(pdf: bytes) -> set[str]:
    """Font names without the subset prefix and hyphens, e.g. "NotoNaskhArabic"."""
    lines = run(["pdffonts", "-"], pdf).splitlines()[2:]
    return {line.split()[0].split("+")[-1].replace("-", "") for line in lines}


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    info = run(["pdfinfo", "-f", "1", "-l", "9999", "-"], pdf)
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    return [(float(width), float(height)) for width, height in sizes]


def qr_modules_drawn_on(pdf: bytes, page: int) -> set[tuple[int, int]]:
    """The dark modules (row, column) of the QR code drawn on a page.

    segno draws each row's runs of dark modules as one-unit-wide strokes; poppler's SVG
    output keeps them in the code's own units, so the matrix can be read back exactly."""
    svg = run(["pdftocairo", "-svg", "-f", str(page), "-l", str(page), "-", "-"], pdf)
    for path in ElementTree.fromstring(svg).iter("{http://www.w3.org/2000/svg}path"):
        if "stroke-width:1;" not in path.get("style", ""):
            continue
        runs = re.findall(r"M (\S+) (\S+) L (\S+) \S+", path.get("d", ""))
        return {
            (int(float(y)), column)
            for x1, y, x2 in runs
            for column in range(round(float(x1)), round(float(x2)))
        }
    return set()


def expected_qr_modules(url: str) -> set[tuple[int, int]]:
    matrix = segno.make(url, error="m").matrix
    return {
        (row + QR_QUIET_ZONE, column + QR_QUIET_ZONE)
        for row, values in enumerate(matrix)
        for column, dark in enumerate(values)
        if dark
    }


def without_arabic_marks(text: str) -> str:
    return ARABIC_MARKS.sub("", text)


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A throwaway HTTP server on 127.0.0.1 in a thread; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def arabic_pdf() -> bytes:
    return render_brochure(arabic_brochure())


@pytest.fixture(scope="module")
def english_pdf() -> bytes:
    long_text = "<p>Bring your passport and the confirmation of your landlord.</p>" * 3
    return render_brochure(
        brochure(
            sections=(
                section("Arrival", long_text),
                section("Registration", long_text, depth=1),
                section("Residence permit", long_text, depth=2),
                section("Housing", long_text),
                section("Health insurance", long_text, depth=1),
            )
        )
    )


def test_it_extracts_arabic_words_in_logical_order(arabic_pdf: bytes) -> None:
    text = page_texts(arabic_pdf)[2]
    assert without_arabic_marks(ARABIC_WELCOME) in without_arabic_marks(text)
    assert ARABIC_REGISTRATION in text


def test_it_extracts_tigrinya_words_in_logical_order() -> None:
    pdf = render_brochure(
        brochure(
            language="ti", sections=(section("ምምዝጋብ", f"<p>{TIGRINYA_WELCOME}</p>", lang="ti"),)
        )
    )
    assert TIGRINYA_WELCOME in page_texts(pdf)[2]


def test_it_extracts_ukrainian_text() -> None:
    pdf = render_brochure(
        brochure(
            language="uk", sections=(section("Прибуття", f"<p>{UKRAINIAN_WELCOME}</p>", lang="uk"),)
        )
    )
    assert UKRAINIAN_WELCOME in page_texts(pdf)[2]


@pytest.mark.parametrize(
    ("lang", "text", "font"),
    [
        ("ar", ARABIC_WELCOME, "NotoNaskhArabic"),
        ("fa", "به کایزرسلاوترن خوش آمدید.", "NotoNaskhArabic"),
        ("ckb", "بەخێربێن بۆ کایزەرسلاوترن.", "NotoNaskhArabic"),
        ("ti", TIGRINYA_WELCOME, "NotoSansEthiopic"),
        ("uk", UKRAINIAN_WELCOME, "NotoSans"),
        ("ru", "Добро пожаловать в Кайзерслаутерн.", "NotoSans"),
        ("zh-CN", "欢迎来到凯泽斯劳滕。", "NotoSansCJKSC"),
    ],
)
def test_it_draws_each_script_with_its_noto_font_and_no_missing_glyphs(
    lang: str, text: str, font: str, caplog: pytest.LogCaptureFixture
) -> None:
    rtl = lang in {"ar", "fa", "ckb"}
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        pdf = render_brochure(
            brochure(
                language=lang,
                direction="rtl" if rtl else "ltr",
                sections=(section(text, f"<p>{text}</p>", lang=lang),),
            )
        )
    # A missing glyph (a box instead of a letter) is logged as ".notdef glyph rendered".
    assert [record.getMessage() for record in caplog.records] == []
    assert font in embedded_fonts(pdf)


def test_it_lists_sections_in_the_contents_with_the_page_they_start_on(
    english_pdf: bytes,
) -> None:
    pages = page_texts(english_pdf)
    contents = pages[1]
    assert contents.startswith("Contents")
    for title in ("Arrival", "Registration", "Residence permit", "Housing", "Health insurance"):
        listed = re.search(rf"{title} ?\.+ ?(\d+)", contents)
        assert listed, title
        first_page = next(
            number for number, text in enumerate(pages, 1) if number > 2 and title in text
        )
        assert int(listed.group(1)) == first_page, title


def test_it_starts_a_new_page_only_for_top_level_sections(english_pdf: bytes) -> None:
    pages = page_texts(english_pdf)
    assert pages[2].startswith("Arrival")
    assert "Registration" in pages[2] and "Residence permit" in pages[2]
    assert "Housing" not in pages[2]
    assert pages[3].startswith("Housing")
    assert "Health insurance" in pages[3]


def test_it_numbers_pages_in_the_footer_but_not_on_the_cover(english_pdf: bytes) -> None:
    pages = page_texts(english_pdf)
    assert "Page" not in pages[0]
    assert f"Page 2 of {len(pages)}" in pages[1]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_it_translates_the_labels_into_the_brochure_language(arabic_pdf: bytes) -> None:
    pages = page_texts(arabic_pdf)
    # pdftotext drops the space where the digits meet the Arabic words.
    assert re.search(rf"الصفحة ?2 ?من ?{len(pages)}", pages[1])
    assert "التواصل" in pages[-1]  # "Contact"


def test_it_uses_english_labels_when_the_interface_does_not_speak_the_language() -> None:
    pdf = render_brochure(
        brochure(
            language="ckb",
            direction="rtl",
            sections=(section("گەیشتن", "<p>بەخێربێن بۆ کایزەرسلاوترن.</p>", lang="ckb"),),
        )
    )
    pages = page_texts(pdf)
    assert "Contents" in pages[1]
    assert "بەخێربێن بۆ کایزەرسلاوترن" in pages[2]


def test_it_says_when_a_section_is_shown_in_another_language(arabic_pdf: bytes) -> None:
    text = page_texts(arabic_pdf)[2]
    assert "هذا النص غير متوفر بلغتك بعد" in text
    assert "Die Wohnungssuche braucht Zeit." in text


def test_it_shows_region_title_date_and_online_address_on_the_cover(english_pdf: bytes) -> None:
    cover = page_texts(english_pdf)[0]
    assert cover.startswith("Kaiserslautern Welcome guide")
    assert "As of Nov. 21, 2026" in cover
    assert "Read online and in other languages" in cover
    assert ONLINE_URL in cover


def test_it_draws_the_qr_code_of_the_online_address_on_the_cover(arabic_pdf: bytes) -> None:
    assert qr_modules_drawn_on(arabic_pdf, page=1) == expected_qr_modules(ONLINE_URL)


def test_it_prints_the_contact_and_the_online_address_on_the_back_page(
    arabic_pdf: bytes,
) -> None:
    back = page_texts(arabic_pdf)[-1]
    # The phone number keeps its groups in order inside the right-to-left page.
    for line in ("Büro für Integration", "67657 Kaiserslautern", "+49 631 365-0", ONLINE_URL):
        assert line in back
    page_count = len(page_texts(arabic_pdf))
    assert qr_modules_drawn_on(arabic_pdf, page=page_count) == expected_qr_modules(ONLINE_URL)


@pytest.mark.parametrize(("page_size", "points"), [("A4", A4_POINTS), ("A5", A5_POINTS)])
def test_it_prints_every_page_in_the_chosen_size(
    page_size: str, points: tuple[float, float]
) -> None:
    pdf = render_brochure(arabic_brochure(page_size=page_size))
    sizes = page_sizes(pdf)
    assert len(sizes) == 4  # cover, contents, one chapter, back page
    for width, height in sizes:
        assert (width, height) == pytest.approx(points, abs=0.1)


def test_it_rejects_an_unknown_page_size() -> None:
    with pytest.raises(ValueError, match="page_size"):
        render_brochure(brochure(page_size="Letter"))


def test_it_never_fetches_resources_named_in_the_content() -> None:
    requests: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(Recorder) as base_url:
        html = (
            f'<p>Map</p><img src="{base_url}/map.png">'
            f'<link rel="stylesheet" href="{base_url}/style.css">'
        )
        render_brochure(brochure(sections=(section("Arrival", html),)))
    assert requests == []


@pytest.mark.parametrize(
    ("line", "direction"),
    [
        ("+49 631 365-0", "ltr"),
        ("Büro für Integration", "ltr"),
        ("مكتب الاندماج", "rtl"),
        ("", "ltr"),
    ],
)
def test_it_gives_each_contact_line_the_direction_of_its_first_letter(
    line: str, direction: str
) -> None:
    assert text_direction(line) == direction
