"""The scheduled work of the events: run every 15 minutes by cron or a systemd timer.

In order: publish programmes whose publication date has come, import the iCalendar feeds that
are due, send tomorrow's reminders to registrants (each once), and delete registrants' and
invitees' personal data 90 days after their event. Every step is safe to repeat."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from ankunft.core.models import Feature
from ankunft.events import services
from ankunft.events.feeds import event_feed_import
from ankunft.events.models import EventFeed


def _moment(text: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError as error:
        raise CommandError(f"--now: not an ISO date and time: {text!r}") from error
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_default_timezone())
    return moment


class Command(BaseCommand):
    help = (
        "Publish due programmes, import due iCalendar feeds, send tomorrow's registration "
        "reminders and delete old registrations. Run it every 15 minutes."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--now",
            default="",
            help="Pretend it is this moment (ISO 8601, local time unless an offset is given); "
            "for tests.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        now = _moment(options["now"]) if options["now"] else timezone.now()
        published = services.programmes_publish_due(now=now)
        self.stdout.write(f"programmes published: {published}")
        failed = self._import_feeds(now)
        reminded = services.registrations_remind(now=now)
        self.stdout.write(f"reminders sent: {reminded}")
        purged = services.personal_data_purge(now=now)
        self.stdout.write(f"registrations and invitations deleted: {purged}")
        if failed:
            raise CommandError(f"{failed} feed import(s) stopped with an unexpected error")

    def _import_feeds(self, now: datetime.datetime) -> int:
        """Imports every due feed; one feed's failure does not stop the others. Returns how
        many failed unexpectedly (a feed that cannot be read is an expected error: it is
        written to the feed, where the office sees it)."""
        feeds = EventFeed.objects.filter(active=True).select_related("region").order_by("pk")
        due = [
            feed for feed in feeds if feed.region.has_feature(Feature.EVENTS) and feed.is_due(now)
        ]
        totals = {"created": 0, "updated": 0, "cancelled": 0, "deleted": 0, "skipped": 0}
        errors = failed = 0
        for feed in due:
            try:
                report = event_feed_import(feed=feed, now=now)
            except Exception as error:  # keep going with the other feeds
                failed += 1
                self.stderr.write(f"feed {feed.pk} ({feed.region.slug}): {error!r}")
                continue
            if report.error:
                errors += 1
                self.stderr.write(f"feed {feed.pk} ({feed.region.slug}): {report.error}")
            for name in totals:
                totals[name] += getattr(report, name)
        summary = ", ".join(f"{count} {name}" for name, count in totals.items())
        self.stdout.write(
            f"feeds imported: {len(due) - errors - failed} of {len(due)} due ({summary})"
        )
        return failed
