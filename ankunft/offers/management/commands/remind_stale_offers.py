"""Ask providers to confirm stale offers. Meant for a daily cron job or systemd timer."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from ankunft.core.models import Feature, Region
from ankunft.offers.services import offers_remind_stale


class Command(BaseCommand):
    help = "E-mail providers whose published offers were not confirmed for too long."

    def handle(self, *args: Any, **options: Any) -> None:
        for region in Region.objects.all():
            if not region.has_feature(Feature.OFFERS):
                continue
            asked = offers_remind_stale(region=region)
            self.stdout.write(f"{region.slug}: {asked} offer(s) to confirm")
