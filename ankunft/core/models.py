"""Tenancy (regions, districts), the language catalogue and the audit log."""

from __future__ import annotations

from typing import Any, Self

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ankunft.core.translated import Translation, pick


class Direction(models.TextChoices):
    LTR = "ltr", _("left to right")
    RTL = "rtl", _("right to left")


class LanguageQuerySet(models.QuerySet["Language"]):
    def active(self) -> LanguageQuerySet:
        return self.filter(is_active=True)


class Language(models.Model):
    """A content language, identified by its BCP 47 tag."""

    code = models.CharField(_("code"), max_length=20, primary_key=True)
    native_name = models.CharField(_("native name"), max_length=80)
    english_name = models.CharField(_("English name"), max_length=80)
    direction = models.CharField(
        _("text direction"), max_length=3, choices=Direction.choices, default=Direction.LTR
    )
    is_active = models.BooleanField(_("active"), default=True)

    objects = LanguageQuerySet.as_manager()

    class Meta:
        ordering = ["english_name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self) -> str:
        return f"{self.native_name} ({self.code})"

    @property
    def is_rtl(self) -> bool:
        return self.direction == Direction.RTL

    @property
    def has_interface(self) -> bool:
        return self.code in {code for code, _name in settings.LANGUAGES}


class Feature(models.TextChoices):
    ALLIANCE = "alliance", _("Alliance for integration")
    OFFERS = "offers", _("Directory of offers")
    GUIDE = "guide", _("Welcome guide")
    EVENTS = "events", _("Events")


RESERVED_SLUGS = frozenset(
    {"office", "accounts", "api", "django-admin", "static", "i18n", "healthz", "media"}
)


def validate_region_slug(slug: str) -> None:
    """Region slugs are the first part of public addresses; keep the fixed ones free."""
    if slug in RESERVED_SLUGS:
        raise ValidationError(_("This short name is reserved. Please choose another one."))


ags_validator = RegexValidator(r"^\d{8}$", _("The municipality key (AGS) has exactly 8 digits."))


class RegionQuerySet(models.QuerySet["Region"]):
    def with_languages(self) -> RegionQuerySet:
        # One query for the languages, joined to their region rows.
        languages = models.Prefetch(
            "region_languages", queryset=RegionLanguage.objects.select_related("language")
        )
        return self.prefetch_related(languages).select_related("default_language")


class Region(models.Model):
    """A municipality (or county) using the platform: the tenant."""

    slug = models.SlugField(
        _("short name in addresses"), max_length=60, unique=True, validators=[validate_region_slug]
    )
    name = models.CharField(_("name"), max_length=120)
    ags = models.CharField(
        _("official municipality key (AGS)"), max_length=8, validators=[ags_validator]
    )
    default_language = models.ForeignKey(
        Language, on_delete=models.PROTECT, related_name="+", verbose_name=_("default language")
    )
    languages = models.ManyToManyField(
        Language, through="RegionLanguage", related_name="regions", verbose_name=_("languages")
    )
    features = models.JSONField(_("enabled features"), default=list, blank=True)
    contact_name = models.CharField(_("contact"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=60, blank=True)
    address = models.TextField(_("address"), blank=True)
    welcome = models.JSONField(_("welcome text"), default=dict, blank=True)
    imprint = models.JSONField(_("imprint"), default=dict, blank=True)
    privacy = models.JSONField(_("privacy notice"), default=dict, blank=True)
    offer_stale_after_days = models.PositiveSmallIntegerField(
        _("ask providers to confirm offers after (days)"),
        default=182,
        validators=[MinValueValidator(7), MaxValueValidator(1000)],
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return self.name

    def enabled_languages(self) -> list[Language]:
        """The region's content languages in their configured order."""
        return [rl.language for rl in self.region_languages.all()]

    def language_codes(self) -> list[str]:
        return [language.code for language in self.enabled_languages()]

    def language_by_code(self, code: str) -> Language | None:
        return next((lang for lang in self.enabled_languages() if lang.code == code), None)

    def language_choices(self) -> list[tuple[str, str]]:
        return [(language.code, language.native_name) for language in self.enabled_languages()]

    def enabled_language_or_default(self, code: str) -> str:
        return code if code in self.language_codes() else self.default_language_id

    def has_feature(self, feature: str) -> bool:
        return feature in self.features

    def fallback_chain(self, language_code: str) -> list[str]:
        return [language_code, self.default_language_id]

    def text(self, field: str, language_code: str) -> Translation:
        value: dict[str, Any] = getattr(self, field)
        return pick(value, self.fallback_chain(language_code))


class RegionLanguage(models.Model):
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="region_languages")
    language = models.ForeignKey(Language, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "language_id"]
        constraints = [
            models.UniqueConstraint(fields=["region", "language"], name="unique_region_language")
        ]

    def __str__(self) -> str:
        return f"{self.region_id}:{self.language_id}"


class RegionScopedQuerySet(models.QuerySet[Any]):
    """Base for every tenant-owned model: reads always start with `for_region`."""

    def for_region(self, region: Region) -> Self:
        return self.filter(region=region)


class DistrictKind(models.TextChoices):
    QUARTER = "stadtteil", _("city quarter")
    LOCAL = "ortsbezirk", _("local district")


class District(models.Model):
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="districts")
    key = models.SlugField(_("key"), max_length=60)
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(
        _("kind"), max_length=20, choices=DistrictKind.choices, default=DistrictKind.QUARTER
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    boundary = models.JSONField(_("boundary (GeoJSON)"), null=True, blank=True)

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        constraints = [
            models.UniqueConstraint(fields=["region", "key"], name="unique_district_key")
        ]

    def __str__(self) -> str:
        return self.name


class AuditEntry(models.Model):
    """Who changed what, when, with the values before and after."""

    region = models.ForeignKey(
        Region, on_delete=models.CASCADE, null=True, blank=True, related_name="audit_entries"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_label = models.CharField(max_length=120, blank=True)
    action = models.CharField(max_length=60, db_index=True)
    object_type = models.CharField(max_length=60, db_index=True)
    object_id = models.CharField(max_length=40, blank=True)
    object_repr = models.CharField(max_length=200, blank=True)
    changes = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"
