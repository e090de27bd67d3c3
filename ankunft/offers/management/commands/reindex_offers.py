"""Rebuild the search index of all offers (after an upgrade of the search normalisation)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from ankunft.offers import search
from ankunft.offers.models import Offer, SearchTerm
from ankunft.offers.services import offer_index


class Command(BaseCommand):
    help = "Rebuild the full-text index, the filter facets and the search vocabulary."

    def handle(self, *args: Any, **options: Any) -> None:
        count = 0
        with transaction.atomic():
            SearchTerm.objects.all().delete()
            search.delete_orphans()
            for offer in Offer.objects.select_related("region", "organisation").iterator():
                offer_index(offer)
                count += 1
        self.stdout.write(f"{count} offer(s) indexed")
