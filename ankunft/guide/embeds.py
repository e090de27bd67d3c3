"""Embeds in guide pages: a paragraph holding only `[[offer:12]]` or `[[contact:5]]` becomes a
card of that offer or contact, read when the page is shown, so addresses are never copied.
`[[events]]` becomes a list of the next events, optionally filtered like the calendar:
`[[events:theme=begegnung,language=ar]]` (names and values as in the calendar's URL)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from ankunft.core.models import Feature, Region
from ankunft.core.translated import pick
from ankunft.events.models import Event
from ankunft.events.selectors import parse_filters, public_occurrences
from ankunft.offers.models import Contact, Offer

EMBED = re.compile(
    r"<p>\s*\[\[(?:(offer|contact):(\d{1,12})"
    r"|events(?::([a-z_]{1,20}=[\w-]{1,40}(?:,[a-z_]{1,20}=[\w-]{1,40}){0,7}))?)\]\]\s*</p>"
)
# An embedded event list shows at most this many dates of the coming weeks.
EVENT_LIST_LENGTH = 5
EVENT_LIST_DAYS = 60


@dataclass(frozen=True)
class EmbedRef:
    kind: str
    object_id: int


def embeds_in(html: str) -> list[EmbedRef]:
    """Embedded offers and contacts (event lists need no loading by id)."""
    return [
        EmbedRef(kind, int(object_id)) for kind, object_id, _query in EMBED.findall(html) if kind
    ]


def events_stamp(region: Region) -> str:
    changed = Event.objects.filter(region=region).aggregate(Max("updated_at"))["updated_at__max"]
    return f"{changed}|{timezone.localdate()}"


def event_list_filters(query: str) -> dict[str, list[str]]:
    """`theme=a,language=ar` as query parameters for the calendar's filters."""
    params: dict[str, list[str]] = {}
    for pair in filter(None, query.split(",")):
        name, _sep, value = pair.partition("=")
        params.setdefault(name, []).append(value)
    return params


@dataclass
class EmbedResolver:
    """Loads every embedded object of a set of pages with two queries."""

    region: Region
    language: str
    offers: dict[int, Offer]
    contacts: dict[int, Contact]
    # Set when a text lists events: their last change and today's date (lists move daily).
    events_stamp: str = ""

    @classmethod
    def for_texts(cls, region: Region, language: str, texts: Iterable[str]) -> EmbedResolver:
        texts = list(texts)
        refs = [ref for text in texts for ref in embeds_in(text)]
        lists_events = any(
            match.group(1) is None for text in texts for match in EMBED.finditer(text)
        )
        offer_ids = {ref.object_id for ref in refs if ref.kind == "offer"}
        contact_ids = {ref.object_id for ref in refs if ref.kind == "contact"}
        offers = (
            Offer.objects.for_region(region)
            .published()
            .filter(pk__in=offer_ids)
            .select_related("organisation", "contact")
            .prefetch_related("locations__place")
            if offer_ids
            else Offer.objects.none()
        )
        contacts = (
            Contact.objects.for_region(region).filter(pk__in=contact_ids)
            if contact_ids
            else Contact.objects.none()
        )
        return cls(
            region=region,
            language=language,
            offers={offer.pk: offer for offer in offers},
            contacts={contact.pk: contact for contact in contacts},
            events_stamp=events_stamp(region) if lists_events else "",
        )

    def render(self, html: str, *, absolute: str = "") -> SafeString:
        """The page text with embeds replaced by cards (unknown or hidden ones vanish)."""
        return mark_safe(EMBED.sub(lambda match: self._card(match, absolute), html))  # noqa: S308

    def _card(self, match: re.Match[str], absolute: str) -> str:
        if match.group(1) is None:
            return self._event_list(match.group(3) or "", absolute)
        kind, object_id = match.group(1), int(match.group(2))
        chain = [self.language, self.region.default_language_id]
        if kind == "offer":
            offer = self.offers.get(object_id)
            if offer is None:
                return ""
            url = reverse(
                "public:offer",
                kwargs={
                    "region_slug": self.region.slug,
                    "lang": self.language,
                    "offer_id": offer.pk,
                },
            )
            return render_to_string(
                "guide/embed_offer.html",
                {
                    "offer": offer,
                    "title": pick(offer.title, chain),
                    "summary": pick(offer.summary, chain),
                    "url": absolute + url,
                    "places": [
                        location.place for location in offer.locations.all() if location.place
                    ],
                    "contact": offer.contact,
                },
            )
        contact = self.contacts.get(object_id)
        if contact is None:
            return ""
        return render_to_string("guide/embed_contact.html", {"contact": contact})

    def _event_list(self, query: str, absolute: str) -> str:
        """The next dates of the region's events (none when events are switched off or the
        filter names something unknown: a page must not break because a theme was renamed)."""
        if not self.region.has_feature(Feature.EVENTS):
            return ""
        params = event_list_filters(query)
        try:
            filters = parse_filters(self.region, params)
        except ValidationError:
            return ""
        start = timezone.now()
        found = public_occurrences(
            self.region, start, start + datetime.timedelta(days=EVENT_LIST_DAYS), filters
        )
        chain = self.region.fallback_chain(self.language)
        items = [
            {
                "occurrence": occurrence,
                "title": pick(occurrence.event.title, chain),
                "url": absolute
                + reverse(
                    "public:event", args=[self.region.slug, self.language, occurrence.event.pk]
                ),
            }
            for occurrence in found
            if not occurrence.is_cancelled
        ][:EVENT_LIST_LENGTH]
        more = reverse("public:events", args=[self.region.slug, self.language])
        more_query = filters.querystring()
        return render_to_string(
            "guide/embed_events.html",
            {
                "items": items,
                "more_url": absolute + more + (f"?{more_query}" if more_query else ""),
                "language": self.language,
            },
        )
