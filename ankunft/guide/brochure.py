"""Printable PDF brochures of the welcome guide, rendered with WeasyPrint.

Pure rendering: the caller collects the sections (and their fallbacks) from the database; this
module only turns a `Brochure` into PDF bytes. Fonts come from fontconfig (Debian's Noto
packages, installed by `make system-deps`); the CSS names one font family per script.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from ankunft.core.languages import CATALOGUE

PAGE_SIZES = ("A4", "A5")
DIRECTIONS = ("ltr", "rtl")
# Interface labels fall back to English when the interface does not speak the brochure's
# language, as the public pages do without a region default.
FALLBACK_INTERFACE_LANGUAGE = "en"
NATIVE_NAMES = {code: native for code, native, _english, _direction in CATALOGUE}
PAGE_PLACEHOLDER = re.compile(r"%\((number|total)\)s")
PAGE_COUNTERS = {"number": "counter(page)", "total": "counter(pages)"}
# Scanners need four light modules around the code; the image carries them itself.
QR_QUIET_ZONE = 4


@dataclass(frozen=True)
class BrochureSection:
    title: str
    html: str  # sanitised HTML fragment (p, h2, h3, ul, ol, li, strong, em, a)
    depth: int  # 0 = top of the subtree
    lang: str  # language of this text; differs from the brochure's when it is a fallback
    direction: str  # "ltr" / "rtl" of that text


@dataclass(frozen=True)
class Brochure:
    title: str
    region_name: str
    language: str
    direction: str
    sections: tuple[BrochureSection, ...]
    contact_lines: tuple[str, ...]
    online_url: str
    page_size: str
    issued: date


def render_brochure(brochure: Brochure) -> bytes:
    """The brochure as PDF bytes."""
    document = HTML(string=brochure_html(brochure), url_fetcher=_data_only_fetcher())
    pdf = document.write_pdf()
    assert pdf is not None  # write_pdf returns the bytes when no target is given
    return pdf


def brochure_html(brochure: Brochure) -> str:
    """The print HTML that WeasyPrint lays out (exposed for tests and debugging)."""
    _check(brochure)
    interface_language = _interface_language(brochure.language)
    with translation.override(interface_language):
        context = {
            "brochure": brochure,
            "labels_attrs": _labels_attrs(interface_language, brochure.language),
            "notice_attrs": format_html(
                ' lang="{}" dir="{}"', interface_language, _direction_of_active_language()
            ),
            "contact_lines": [
                {"text": line, "direction": text_direction(line)} for line in brochure.contact_lines
            ],
            "issued_label": _("As of %(date)s")
            % {"date": _format_date(brochure.issued, interface_language)},
            "page_footer_css": _page_footer_css(),
            "qr_code_uri": qr_code_data_uri(brochure.online_url),
            "sections": [_section_context(section, brochure) for section in brochure.sections],
        }
        return render_to_string("guide/brochure.html", context)


def qr_code_data_uri(url: str) -> str:
    """The QR code of `url` as an SVG data URI (vector, so it prints sharp at any size)."""
    qr_code = segno.make(url, error="m")
    return str(qr_code.svg_data_uri(border=QR_QUIET_ZONE, dark="#000", light=None))


def _check(brochure: Brochure) -> None:
    if brochure.page_size not in PAGE_SIZES:
        raise ValueError(f"page_size must be one of {PAGE_SIZES}, not {brochure.page_size!r}")
    directions = {brochure.direction, *(section.direction for section in brochure.sections)}
    if not directions <= set(DIRECTIONS):
        raise ValueError(f"direction must be one of {DIRECTIONS}")


def _interface_language(language: str) -> str:
    interface_languages = {code for code, _name in settings.LANGUAGES}
    return language if language in interface_languages else FALLBACK_INTERFACE_LANGUAGE


def _labels_attrs(interface_language: str, brochure_language: str) -> SafeString:
    """`lang`/`dir` for interface labels that are not in the brochure's language."""
    if interface_language == brochure_language:
        return SafeString("")
    return format_html(' lang="{}" dir="{}"', interface_language, _direction_of_active_language())


def _direction_of_active_language() -> str:
    return "rtl" if translation.get_language_bidi() else "ltr"


def text_direction(text: str) -> str:
    """The direction of a line by its first strong letter, like `dir="auto"` in browsers.

    A phone number or a German address in an Arabic brochure must stay left-to-right, or the
    bidi algorithm reorders its groups of digits."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in {"R", "AL"}:
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def _format_date(day: date, language: str) -> str:
    # Django has date formats (and month names) for only some languages; ISO 8601 reads the
    # same everywhere, where an English month name in a Tigrinya brochure would not.
    if formats.get_format_modules(language):
        return formats.date_format(day, "DATE_FORMAT")
    return day.isoformat()


def _page_footer_css() -> SafeString:
    """`Page %(number)s of %(total)s` (translated) as a CSS `content` value with counters."""
    parts = PAGE_PLACEHOLDER.split(_("Page %(number)s of %(total)s"))
    # split() with one group alternates literal text and placeholder names.
    values = [
        PAGE_COUNTERS[part] if index % 2 else _css_string(part)
        for index, part in enumerate(parts)
        if index % 2 or part
    ]
    return mark_safe(" ".join(values))  # noqa: S308 - every literal went through _css_string


def _css_string(text: str) -> str:
    """A CSS string literal that cannot end the string or the surrounding <style> element."""
    escaped = "".join(f"\\{ord(char):x} " if char in '"\\<>&\n\r' else char for char in text)
    return f'"{escaped}"'


def _section_context(section: BrochureSection, brochure: Brochure) -> dict[str, object]:
    is_fallback = section.lang != brochure.language
    notice = ""
    if is_fallback:
        language = NATIVE_NAMES.get(section.lang, section.lang)
        notice = _(
            "This text is not yet available in your language. It is shown in %(language)s."
        ) % {"language": language}
    return {
        "section": section,
        "depth": min(section.depth, 3),
        "heading_level": min(section.depth + 2, 4),  # h1 is the cover title
        "fallback_notice": notice,
        "html": mark_safe(section.html),  # noqa: S308 - sanitised before it reaches us
    }


def _data_only_fetcher() -> URLFetcher:
    # Everything the brochure shows is inline; never let content make WeasyPrint fetch files
    # or URLs (a link to file:///etc/passwd, an image from an internal host).
    return URLFetcher(allowed_protocols={"data"}, fail_on_errors=False)
