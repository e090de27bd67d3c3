"""Events and encounters: events (single or recurring), programmes, registrations,
invitations and imported iCalendar feeds."""

from __future__ import annotations

import datetime
import secrets
from typing import Any
from zoneinfo import ZoneInfo

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ankunft.core.models import District, Region, RegionScopedQuerySet
from ankunft.core.translated import Translation, pick
from ankunft.offers.models import Contact, Cost, Offer, Place
from ankunft.organisations.models import Organisation


def new_token() -> str:
    return secrets.token_urlsafe(24)


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    ACCEPTED = "accepted", _("Accepted, published with the programme")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")


# Statuses that the public sees: a cancelled event stays visible (marked as cancelled), so
# that people who planned to come learn about it, and calendar subscribers get the change.
PUBLIC_STATUSES = (EventStatus.PUBLISHED, EventStatus.CANCELLED)


class Programme(models.Model):
    """A group of events under a title and a period, e.g. the intercultural week."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="programmes")
    title = models.JSONField(_("title"), default=dict)
    description = models.JSONField(_("description"), default=dict, blank=True)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    submissions_open = models.BooleanField(_("open for submissions"), default=False)
    submission_deadline = models.DateField(_("submission deadline"), null=True, blank=True)
    publish_on = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Accepted events are published together on this day."),
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self) -> str:
        return pick(self.title, ["de", "en"]).text[:80] or f"#{self.pk}"

    def text(self, field: str, language_code: str) -> Translation:
        value: dict[str, Any] = getattr(self, field)
        return pick(value, self.region.fallback_chain(language_code))

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def accepts_submissions(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        if not self.submissions_open or self.is_published:
            return False
        return self.submission_deadline is None or today <= self.submission_deadline


class EventFeed(models.Model):
    """An external iCalendar address whose events are imported on a schedule."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="event_feeds")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="event_feeds",
        verbose_name=_("organiser"),
    )
    name = models.CharField(_("name"), max_length=150)
    url = models.URLField(_("address of the iCalendar feed"), max_length=500)
    language = models.CharField(_("language of the feed's texts"), max_length=20, default="de")
    interval_hours = models.PositiveSmallIntegerField(_("import every (hours)"), default=24)
    active = models.BooleanField(_("active"), default=True)
    last_run_at = models.DateTimeField(_("last import"), null=True, blank=True)
    last_error = models.TextField(_("error of the last import"), blank=True)
    last_counts = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("iCalendar feed")
        verbose_name_plural = _("iCalendar feeds")

    def __str__(self) -> str:
        return self.name

    def is_due(self, now: datetime.datetime | None = None) -> bool:
        if not self.active:
            return False
        if self.last_run_at is None:
            return True
        now = now or timezone.now()
        return now - self.last_run_at >= datetime.timedelta(hours=self.interval_hours)


class EventQuerySet(RegionScopedQuerySet):
    def public(self) -> EventQuerySet:
        return self.filter(status__in=PUBLIC_STATUSES)

    def overlapping(self, start: datetime.datetime, end: datetime.datetime) -> EventQuerySet:
        """Events with at least one possible occurrence in [start, end): the first starts
        before the end, and the series has not ended before the start (or never ends)."""
        return self.filter(starts_at__lt=end).filter(
            models.Q(series_ends_at__isnull=True) | models.Q(series_ends_at__gt=start)
        )

    def with_relations(self) -> EventQuerySet:
        return self.select_related(
            "region", "organisation", "place__district", "district", "contact", "programme"
        )


class Event(models.Model):
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="events")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("organiser"),
        help_text=_("Empty: the integration office itself."),
    )
    programme = models.ForeignKey(
        Programme,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("programme"),
    )
    feed = models.ForeignKey(
        EventFeed, on_delete=models.CASCADE, null=True, blank=True, related_name="events"
    )
    external_uid = models.CharField(max_length=255, blank=True)
    title = models.JSONField(_("title"), default=dict)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    description = models.JSONField(_("description"), default=dict, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    all_day = models.BooleanField(_("all day"), default=False)
    time_zone = models.CharField(_("time zone"), max_length=60, default="Europe/Berlin")
    rrule = models.CharField(
        _("repeats (RFC 5545 rule)"),
        max_length=500,
        blank=True,
        help_text=_("For example FREQ=WEEKLY;BYDAY=TH. Empty for a single event."),
    )
    exdates = models.JSONField(
        _("dates left out"), default=list, blank=True, help_text=_("Local dates, YYYY-MM-DD.")
    )
    series_ends_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="End of the last occurrence; empty for a series without end. Derived.",
    )
    place = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("place"),
    )
    online = models.BooleanField(_("online"), default=False)
    online_url = models.URLField(_("link to the online event"), blank=True)
    district = models.ForeignKey(
        District,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("district"),
    )
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    target_groups = models.JSONField(_("target groups"), default=list, blank=True)
    themes = models.JSONField(_("themes"), default=list, blank=True)
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_amount = models.DecimalField(
        _("amount in euros"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    step_free = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    image = models.ImageField(_("image"), upload_to="events/", blank=True)
    image_alt = models.JSONField(_("description of the image"), default=dict, blank=True)
    contact = models.ForeignKey(
        Contact,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("contact"),
    )
    offer = models.ForeignKey(
        Offer,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("related offer"),
    )
    registration = models.BooleanField(_("registration"), default=False)
    invitation_only = models.BooleanField(_("by invitation only"), default=False)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    questions = models.JSONField(
        _("registration questions"),
        default=list,
        blank=True,
        help_text="[{key, label: {lang: text}, required}]",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.DRAFT
    )
    review_note = models.TextField(_("note from the review"), blank=True)
    sequence = models.PositiveIntegerField(default=0)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(fields=["region", "status", "starts_at"]),
            models.Index(fields=["region", "updated_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["feed", "external_uid"],
                condition=models.Q(feed__isnull=False),
                name="unique_event_per_feed_uid",
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__gte=models.F("starts_at")),
                name="event_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return pick(self.title, ["de", "en"]).text[:80] or f"#{self.pk}"

    def text(self, field: str, language_code: str) -> Translation:
        value: dict[str, Any] = getattr(self, field)
        return pick(value, self.region.fallback_chain(language_code))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def is_recurring(self) -> bool:
        return bool(self.rrule)

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def duration(self) -> datetime.timedelta:
        return self.ends_at - self.starts_at

    @property
    def effective_district(self) -> District | None:
        if self.district_id is not None:
            return self.district
        return self.place.district if self.place is not None else None


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.Model):
    """One person's registration for a single (not recurring) event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    language = models.CharField(max_length=20)
    answers = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=12, choices=RegistrationStatus.choices)
    token = models.CharField(max_length=64, unique=True, default=new_token)
    attended = models.BooleanField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        indexes = [models.Index(fields=["event", "status", "id"])]

    def __str__(self) -> str:
        # Not the name: this text is kept in the audit log after the person's data is gone.
        return f"{_('Registration')} #{self.pk}"


class InvitationAnswer(models.TextChoices):
    PENDING = "pending", _("No answer yet")
    YES = "yes", _("Coming")
    NO = "no", _("Not coming")


class Invitation(models.Model):
    """A personal invitation to an invitation-only event, answered through its link."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="invitations")
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=20)
    guests_allowed = models.PositiveSmallIntegerField(_("guests allowed"), default=0)
    answer = models.CharField(
        max_length=10, choices=InvitationAnswer.choices, default=InvitationAnswer.PENDING
    )
    guests = models.PositiveSmallIntegerField(_("guests"), default=0)
    token = models.CharField(max_length=64, unique=True, default=new_token)
    sent_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(fields=["event", "email"], name="unique_invitation_email")
        ]

    def __str__(self) -> str:
        # Not the name: this text is kept in the audit log after the person's data is gone.
        return f"{_('Invitation')} #{self.pk}"
