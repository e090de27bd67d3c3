"""Embeds in guide pages: a paragraph holding only `[[offer:12]]` or `[[contact:5]]` becomes a
card of that offer or contact, read when the page is shown, so addresses are never copied."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from ankunft.core.models import Region
from ankunft.core.translated import pick
from ankunft.offers.models import Contact, Offer

EMBED = re.compile(r"<p>\s*\[\[(offer|contact):(\d{1,12})\]\]\s*</p>")


@dataclass(frozen=True)
class EmbedRef:
    kind: str
    object_id: int


def embeds_in(html: str) -> list[EmbedRef]:
    return [EmbedRef(kind, int(object_id)) for kind, object_id in EMBED.findall(html)]


@dataclass
class EmbedResolver:
    """Loads every embedded object of a set of pages with two queries."""

    region: Region
    language: str
    offers: dict[int, Offer]
    contacts: dict[int, Contact]

    @classmethod
    def for_texts(cls, region: Region, language: str, texts: Iterable[str]) -> EmbedResolver:
        refs = [ref for text in texts for ref in embeds_in(text)]
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
        )

    def render(self, html: str, *, absolute: str = "") -> SafeString:
        """The page text with embeds replaced by cards (unknown or hidden ones vanish)."""
        return mark_safe(EMBED.sub(lambda match: self._card(match, absolute), html))  # noqa: S308

    def _card(self, match: re.Match[str], absolute: str) -> str:
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
