"""Indexing many offers at once: the generator's batches and the rebuild of the whole index.

`services.offer_index` costs 13 ms (SQLite) to 26 ms (PostgreSQL) per offer, mostly for
writing the whole vocabulary of every offer and for a handful of small queries. The batch
indexer builds the same search entries, facets and vocabulary from the same parts
(`offer_index_texts`, `offer_facets`, `offer_flags`, `offer_open_slots`,
`search_terms_add`) with a few statements per batch."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction

from ankunft.core.models import Region
from ankunft.offers import search, services
from ankunft.offers.models import Offer, OfferFacet, OfferLocation, SearchTerm, Theme

REINDEX_BATCH = 500


@dataclass
class BatchIndexer:
    """Indexes offers like `services.offer_index`, with a few statements per batch."""

    region: Region
    themes: dict[str, Theme]
    known_words: set[str] = field(default_factory=set)
    known_tails: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        for term, is_word in SearchTerm.objects.filter(region=self.region).values_list(
            "term", "is_word"
        ):
            (self.known_words if is_word else self.known_tails).add(term)

    def index(self, offers: list[Offer]) -> None:
        by_offer: dict[int, list[OfferLocation]] = {offer.pk: [] for offer in offers}
        for location in (
            OfferLocation.objects.filter(offer__in=offers)
            .select_related("place__district")
            .prefetch_related("hours", "exceptions")
            .order_by("offer_id", "position", "id")
        ):
            by_offer[location.offer_id].append(location)
        new_words: set[str] = set()
        new_tails: set[str] = set()
        facets: list[OfferFacet] = []
        for offer in offers:
            locations = by_offer[offer.pk]
            document = search.build_document(
                titles=offer.title, texts=services.offer_index_texts(offer, locations, self.themes)
            )
            offer_facets = services.offer_facets(offer, locations)
            search.write_entry(
                search.EntryState.of(offer),
                document,
                offer_facets | services.offer_flags(offer) | services.offer_open_slots(locations),
            )
            new_words |= document.vocabulary - self.known_words
            new_tails |= document.tails - self.known_tails
            facets += [
                OfferFacet(offer=offer, facet=facet, value=value)
                for facet, value in sorted(offer_facets)
            ]
        new_tails -= new_words | self.known_words
        services.search_terms_add(self.region, new_words, new_tails)
        self.known_words |= new_words
        self.known_tails |= new_tails
        OfferFacet.objects.filter(offer__in=offers).delete()
        OfferFacet.objects.bulk_create(facets)


def reindex_offers(progress: Callable[[int], None] | None = None) -> int:
    """Rebuild the search index, facets and vocabulary of every offer, region by region,
    in batches (each batch in one transaction). Returns the number of offers indexed."""
    count = 0
    search.delete_orphans()
    for region in Region.objects.with_languages():
        themes = {theme.key: theme for theme in Theme.objects.for_region(region)}
        SearchTerm.objects.filter(region=region).delete()
        indexer = BatchIndexer(region, themes)
        offers = (
            Offer.objects.for_region(region).select_related("region", "organisation").order_by("pk")
        )
        last = 0
        while batch := list(offers.filter(pk__gt=last)[:REINDEX_BATCH]):
            with transaction.atomic():
                indexer.index(batch)
            last = batch[-1].pk
            count += len(batch)
            if progress is not None:
                progress(count)
    return count
