"""Rebuild the search index of all offers (after an upgrade of the search normalisation)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from ankunft.offers.indexing import reindex_offers


class Command(BaseCommand):
    help = "Rebuild the full-text index, the filter facets and the search vocabulary."

    def handle(self, *args: Any, **options: Any) -> None:
        count = reindex_offers()
        self.stdout.write(f"{count} offer(s) indexed")
