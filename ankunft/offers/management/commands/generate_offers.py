from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from ankunft.core.models import Region
from ankunft.offers.generator import DEFAULT_BATCH_SIZE, generate_offers


class Command(BaseCommand):
    help = (
        "Add generated offers with texts in the region's languages, for load tests. "
        "Reproducible: the same seed gives the same offers; a second run adds more."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--region", required=True, help="slug of the region")
        parser.add_argument("--count", type=int, required=True, help="how many offers to add")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
        parser.add_argument(
            "--service-index",
            action="store_true",
            help="index every offer with services.offer_index (slower) instead of in batches",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        region = Region.objects.filter(slug=options["region"]).first()
        if region is None:
            raise CommandError(f"There is no region {options['region']!r}.")
        if options["count"] < 1 or options["batch_size"] < 1:
            raise CommandError("--count and --batch-size must be positive.")

        def progress(done: int, total: int) -> None:
            if options["verbosity"] >= 1:
                self.stdout.write(f"  {done}/{total}", ending="\r")
                self.stdout.flush()

        report = generate_offers(
            region,
            options["count"],
            seed=options["seed"],
            batch_size=options["batch_size"],
            batch_index=not options["service_index"],
            progress=progress,
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {report.created} offers in {report.seconds:.1f} s "
                f"({report.rate:.0f} offers/s, indexing {report.index_seconds:.1f} s); "
                f"{report.total} generated offers in {region.slug}."
            )
        )
