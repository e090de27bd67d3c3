"""Loads the demo welcome guide and news of Kaiserslautern (texts in guide_a/b/c.py).

Idempotent: pages are found by slug, and a language of a page gets its demo text only once,
so edits made in the office survive a reload. Persian is translated from English (the
language tree), one page has a newer German version than its translations (outdated), and
one Turkish translation is marked as machine translated, so every state can be seen."""

from __future__ import annotations

import datetime
import re

from django.utils import timezone

from ankunft.core.models import Region
from ankunft.demo import guide_a, guide_b, guide_c
from ankunft.guide.models import GuideLanguage, NewsItem, Page, VersionStatus
from ankunft.guide.services import (
    guide_language_set_source,
    news_save,
    page_create,
    page_save_text,
)
from ankunft.offers.models import Offer

PAGES: list[dict] = [*guide_a.PAGES, *guide_b.PAGES, *guide_c.PAGES]  # type: ignore[type-arg]
NEWS: list[dict] = guide_c.NEWS  # type: ignore[type-arg]
TRANSLATED_FROM = {"fa": "en"}
# A major change of the German text after the translations were made.
OUTDATED_PAGE = "register-address"
OUTDATED_ADDITION = {
    "de": (
        "<p><strong>Neu:</strong> Sie können einen Termin auch online buchen. "
        "Ohne Termin warten Sie oft lange.</p>"
    ),
}
MACHINE_PAGE = ("bank-account", "tr")
EMBED = re.compile(r"\[\[(offer|contact-of-offer):([a-z0-9-]+)\]\]")


def load_guide(region: Region) -> None:
    languages = set(region.language_codes())
    for language, source in TRANSLATED_FROM.items():
        if {language, source} <= languages and not GuideLanguage.objects.filter(
            region=region, language_id=language
        ).exists():
            guide_language_set_source(region=region, actor=None, language=language, source=source)
    offers = {
        offer.external_id: offer
        for offer in Offer.objects.for_region(region).exclude(external_id="")
    }
    positions: dict[str | None, int] = {}
    order = ["de", *sorted(languages - {"de"}, key=lambda code: code == "fa")]
    for item in PAGES:
        parent_slug = item["parent"]
        positions[parent_slug] = positions.get(parent_slug, 0) + 1
        page: Page | None = Page.objects.for_region(region).filter(slug=item["slug"]).first()
        content = {code: _embeds(text, offers) for code, text in item["content"].items()}
        created = page is None
        if page is None:
            parent = Page.objects.for_region(region).filter(slug=parent_slug).first()
            page = page_create(
                region=region,
                actor=None,
                title=item["title"]["de"],
                content=content["de"],
                slug=item["slug"],
                parent=parent,
                position=positions[parent_slug],
            )
        for code in order:
            if code == "de" or code not in item["title"] or code not in languages:
                continue
            if page.versions.filter(language_id=code).exists():
                continue
            machine = (item["slug"], code) == MACHINE_PAGE
            page_save_text(
                page=page,
                actor=None,
                language=code,
                title=item["title"][code],
                content=content[code],
                status=VersionStatus.MACHINE if machine else VersionStatus.APPROVED,
            )
        if created and item["slug"] == OUTDATED_PAGE:
            page_save_text(
                page=page,
                actor=None,
                language="de",
                title=item["title"]["de"],
                content=content["de"] + OUTDATED_ADDITION["de"],
            )
    _load_news(region, languages)


def _embeds(text: str, offers: dict[str, Offer]) -> str:
    def replace(match: re.Match[str]) -> str:
        kind, key = match.group(1), match.group(2)
        offer = offers.get(key)
        if offer is None:
            return ""
        if kind == "offer":
            return f"[[offer:{offer.pk}]]"
        return f"[[contact:{offer.contact_id}]]" if offer.contact_id else ""

    return EMBED.sub(replace, text)


def _load_news(region: Region, languages: set[str]) -> None:
    now = timezone.now()
    for item in NEWS:
        title = {code: text for code, text in item["title"].items() if code in languages}
        text = {code: value for code, value in item["text"].items() if code in languages}
        existing = NewsItem.objects.filter(region=region, title__de=title["de"])
        if existing.exists():
            continue
        news_save(
            region=region,
            actor=None,
            published_at=now - datetime.timedelta(days=item["days_ago"]),
            title=title,
            text=text,
        )
