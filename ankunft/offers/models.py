"""The directory of offers: offers, the places where they happen, contacts, themes."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ankunft.core.models import District, Region, RegionScopedQuerySet
from ankunft.core.translated import Translation, pick
from ankunft.organisations.models import Organisation


class Category(models.TextChoices):
    LANGUAGE_COURSE = "language_course", _("Language course")
    COUNSELLING = "counselling", _("Counselling")
    EDUCATION = "education", _("Education")
    WORK_TRAINING = "work_training", _("Work and training")
    HOUSING = "housing", _("Housing")
    HEALTH = "health", _("Health")
    CHILDREN_FAMILY = "children_family", _("Children and family")
    LEISURE_ENCOUNTER = "leisure_encounter", _("Leisure and encounter")
    LEGAL_RESIDENCE = "legal_residence", _("Legal and residence")
    EMERGENCY_HELP = "emergency_help", _("Emergency help")


class TargetGroup(models.TextChoices):
    REFUGEES = "refugees", _("Refugees")
    EU_CITIZENS = "eu_citizens", _("EU citizens")
    SKILLED_WORKERS = "skilled_workers", _("Skilled workers")
    WOMEN = "women", _("Women")
    YOUNG_PEOPLE = "young_people", _("Young people")
    FAMILIES = "families", _("Families")
    SENIORS = "seniors", _("Seniors")
    US_COMMUNITY = "us_community", _("US community")
    EVERYONE = "everyone", _("Everyone")


class Cost(models.TextChoices):
    FREE = "free", _("Free of charge")
    AMOUNT = "amount", _("With a fee")
    REDUCED = "reduced", _("Reduced fee possible")


class OfferStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class Theme(models.Model):
    """A field of the region's integration concept, used to group offers."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="themes")
    key = models.SlugField(_("key"), max_length=60)
    name = models.JSONField(_("name"), default=dict)
    position = models.PositiveSmallIntegerField(default=0)

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [models.UniqueConstraint(fields=["region", "key"], name="unique_theme_key")]

    def __str__(self) -> str:
        return pick(self.name, ["de", "en"]).text or self.key

    def text(self, language_code: str) -> Translation:
        return pick(self.name, self.region.fallback_chain(language_code))


class Contact(models.Model):
    """A contact record shared by several offers (and later events)."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="contacts")
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="contacts",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    website = models.URLField(_("website"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return self.name


class Place(models.Model):
    """An address with coordinates; shared by offers (and later events)."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="places")
    name = models.CharField(_("name of the place"), max_length=200)
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10)
    city = models.CharField(_("city"), max_length=100)
    district = models.ForeignKey(
        District,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="places",
        verbose_name=_("district"),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        indexes = [models.Index(fields=["region", "street", "postcode"])]

    def __str__(self) -> str:
        return self.name

    @property
    def one_line(self) -> str:
        return ", ".join(
            part for part in [self.street, f"{self.postcode} {self.city}".strip()] if part
        )

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class OfferQuerySet(RegionScopedQuerySet):
    def published(self, today: datetime.date | None = None) -> OfferQuerySet:
        """Published and valid today: what the public sees."""
        today = today or timezone.localdate()
        return (
            self.filter(status=OfferStatus.PUBLISHED)
            .exclude(valid_from__gt=today)
            .exclude(valid_until__lt=today)
        )

    def stale(self, region: Region, now: datetime.datetime | None = None) -> OfferQuerySet:
        limit = (now or timezone.now()) - datetime.timedelta(days=region.offer_stale_after_days)
        return self.filter(status=OfferStatus.PUBLISHED, last_confirmed_at__lt=limit)

    def with_relations(self) -> OfferQuerySet:
        return self.select_related("organisation", "contact", "region").prefetch_related(
            "locations__place__district", "locations__hours", "locations__exceptions"
        )


class Offer(models.Model):
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="offers")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="offers", verbose_name=_("provider")
    )
    external_id = models.CharField(
        _("external id"),
        max_length=100,
        blank=True,
        help_text=_("The offer's id in your own spreadsheet; re-imports update by this id."),
    )
    title = models.JSONField(_("title"), default=dict)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    description = models.JSONField(_("description"), default=dict, blank=True)
    themes = models.JSONField(_("themes"), default=list, blank=True)
    categories = models.JSONField(_("categories"), default=list, blank=True)
    target_groups = models.JSONField(_("target groups"), default=list, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_amount = models.DecimalField(
        _("amount in euros"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    cost_note = models.JSONField(_("note on the cost"), default=dict, blank=True)
    registration_required = models.BooleanField(_("registration needed"), default=False)
    step_free = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    online = models.BooleanField(_("online or by phone"), default=False)
    online_url = models.URLField(_("address of the online offer"), blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    contact = models.ForeignKey(
        Contact,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="offers",
        verbose_name=_("contact"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=OfferStatus.choices, default=OfferStatus.DRAFT
    )
    review_note = models.TextField(_("note from the review"), blank=True)
    last_confirmed_at = models.DateTimeField(_("last confirmed"), default=timezone.now)
    confirmation_requested_at = models.DateTimeField(
        _("confirmation requested"), null=True, blank=True
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        constraints = [
            models.UniqueConstraint(
                fields=["region", "external_id"],
                condition=~models.Q(external_id=""),
                name="unique_offer_external_id",
            )
        ]
        indexes = [
            models.Index(fields=["region", "status"]),
            models.Index(fields=["region", "updated_at"]),
        ]

    def __str__(self) -> str:
        return pick(self.title, ["de", "en"]).text[:80] or f"#{self.pk}"

    def text(self, field: str, language_code: str) -> Translation:
        value: dict[str, Any] = getattr(self, field)
        return pick(value, self.region.fallback_chain(language_code))

    def is_stale(self, now: datetime.datetime | None = None) -> bool:
        limit = (now or timezone.now()) - datetime.timedelta(
            days=self.region.offer_stale_after_days
        )
        return self.status == OfferStatus.PUBLISHED and self.last_confirmed_at < limit


class OfferLocation(models.Model):
    """Where (and when) an offer takes place."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="locations")
    place = models.ForeignKey(Place, on_delete=models.PROTECT, related_name="offer_locations")
    by_appointment = models.BooleanField(_("by appointment"), default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self) -> str:
        return str(self.place)


class OpeningHours(models.Model):
    location = models.ForeignKey(OfferLocation, on_delete=models.CASCADE, related_name="hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        indexes = [models.Index(fields=["weekday", "opens", "closes"])]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class OpeningException(models.Model):
    """A day on which the regular hours do not apply (closed, or other hours)."""

    location = models.ForeignKey(OfferLocation, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(_("date"))
    closed = models.BooleanField(_("closed"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    note = models.JSONField(_("note"), default=dict, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("exception to the opening hours")
        verbose_name_plural = _("exceptions to the opening hours")

    def __str__(self) -> str:
        return f"{self.date}"


class OfferFacet(models.Model):
    """Derived, indexed (facet, value) pairs of an offer: what the filters query."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=60)

    class Meta:
        indexes = [models.Index(fields=["facet", "value", "offer"])]
        constraints = [
            models.UniqueConstraint(fields=["offer", "facet", "value"], name="unique_offer_facet")
        ]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"


class SearchTerm(models.Model):
    """The words of a region's offers, and the compound tails indexed besides them: used to
    expand prefixes, to correct typos and to split compounds."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=80)
    reversed_term = models.CharField(max_length=80)
    # False for a compound tail that is no word of its own ("kurs" of "integrationskurs"):
    # it expands prefixes, but corrects no typo and splits no compound.
    is_word = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["region", "term"], name="unique_search_term")
        ]
        indexes = [
            models.Index(fields=["region", "reversed_term"]),
            models.Index(fields=["region", "id"]),
        ]

    def __str__(self) -> str:
        return self.term


class ProblemReportStatus(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")


class ProblemReport(models.Model):
    """ "Report a problem with this entry", from a reader."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="problem_reports")
    message = models.TextField(_("what is wrong?"), max_length=2000)
    email = models.EmailField(_("your e-mail (optional, for questions)"), blank=True)
    language = models.CharField(max_length=20)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ProblemReportStatus.choices,
        default=ProblemReportStatus.OPEN,
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")

    def __str__(self) -> str:
        return self.message[:60]


class OfferImport(models.Model):
    """An uploaded spreadsheet between upload, column mapping, dry run and confirmation."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    filename = models.CharField(max_length=200)
    content = models.BinaryField()
    mapping = models.JSONField(default=dict, blank=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    report = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.filename
