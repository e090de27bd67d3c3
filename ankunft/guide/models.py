"""The welcome guide: a tree of pages per region, with versioned texts per language, and
news items. Translation states are computed from the versions (see `states.py`), never stored."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ankunft.core.models import Language, Region, RegionScopedQuerySet
from ankunft.core.translated import Translation, pick

# Public addresses below /<region>/<lang>/guide/ that a page slug must not take.
RESERVED_PAGE_SLUGS = frozenset(
    {"search", "offline", "offline.json", "sw.js", "brochure", "brochure.pdf", "news"}
)


def validate_page_slug(slug: str) -> None:
    if slug in RESERVED_PAGE_SLUGS:
        raise ValidationError(_("This short name is reserved. Please choose another one."))


class PageQuerySet(RegionScopedQuerySet):
    def live(self) -> PageQuerySet:
        return self.filter(is_archived=False)


class Page(models.Model):
    """A page of the welcome guide. Its texts live in `PageVersion` rows."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="guide_pages")
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent page"),
    )
    position = models.PositiveIntegerField(_("position among its siblings"), default=0)
    slug = models.SlugField(
        _("short name in addresses"), max_length=80, validators=[validate_page_slug]
    )
    is_archived = models.BooleanField(_("archived"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("guide page")
        verbose_name_plural = _("guide pages")
        constraints = [
            models.UniqueConstraint(fields=["region", "slug"], name="unique_guide_page_slug")
        ]
        indexes = [models.Index(fields=["region", "is_archived", "parent", "position"])]

    def __str__(self) -> str:
        return self.slug


class VersionStatus(models.TextChoices):
    IN_TRANSLATION = "in_translation", _("in translation")
    MACHINE = "machine", _("machine translated")
    APPROVED = "approved", _("approved")


class PageVersionQuerySet(models.QuerySet["PageVersion"]):
    def published(self) -> PageVersionQuerySet:
        """Versions readers may see: a draft "in translation" is not one of them."""
        return self.exclude(status=VersionStatus.IN_TRANSLATION)


class PageVersion(models.Model):
    """One saved text of a page in one language. Numbers count up per page and language.

    A translation remembers the language and version number it was translated from
    (`source_language`, `source_number`): that is what makes it outdated later."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="versions")
    language = models.ForeignKey(Language, on_delete=models.PROTECT, related_name="+")
    number = models.PositiveIntegerField()
    title = models.CharField(_("title"), max_length=200)
    content = models.TextField(_("text"), blank=True)
    minor = models.BooleanField(
        _("minor edit"),
        default=False,
        help_text=_("A correction that does not change the meaning: translations stay up to date."),
    )
    status = models.CharField(
        max_length=20, choices=VersionStatus.choices, default=VersionStatus.APPROVED
    )
    source_language = models.ForeignKey(
        Language, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    source_number = models.PositiveIntegerField(null=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PageVersionQuerySet.as_manager()

    class Meta:
        ordering = ["page_id", "language_id", "number"]
        verbose_name = _("page version")
        verbose_name_plural = _("page versions")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language", "number"], name="unique_page_version_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.page_id}:{self.language_id}:{self.number}"


class GuideLanguage(models.Model):
    """Which language a region's guide translates a language from (the language tree).
    Languages without a row are translated from the region's default language."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="guide_languages")
    language = models.ForeignKey(Language, on_delete=models.PROTECT, related_name="+")
    translated_from = models.ForeignKey(
        Language, on_delete=models.PROTECT, related_name="+", verbose_name=_("translated from")
    )

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["region", "language"], name="unique_guide_language")
        ]

    def __str__(self) -> str:
        return f"{self.language_id} <- {self.translated_from_id}"


class TranslationSettings(models.Model):
    """Machine translation of one region: provider, account and monthly budget."""

    class Provider(models.TextChoices):
        NONE = "", _("none")
        DEEPL = "deepl", "DeepL"
        LIBRETRANSLATE = "libretranslate", "LibreTranslate"

    region = models.OneToOneField(
        Region, on_delete=models.CASCADE, related_name="translation_settings"
    )
    provider = models.CharField(
        _("machine translation provider"), max_length=20, choices=Provider.choices, blank=True
    )
    base_url = models.URLField(_("address of the service"), blank=True)
    api_key = models.CharField(_("API key"), max_length=200, blank=True)
    monthly_budget = models.PositiveIntegerField(
        _("characters per month"),
        default=500_000,
        validators=[MinValueValidator(0), MaxValueValidator(100_000_000)],
    )

    def __str__(self) -> str:
        return f"{self.region_id}:{self.provider or '-'}"


class MachineTranslationUsage(models.Model):
    """Characters sent to the provider per region and month (the budget's ledger)."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+")
    month = models.DateField()  # the first day of the month
    characters = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["region", "month"], name="unique_mt_usage_month")
        ]

    def __str__(self) -> str:
        return f"{self.region_id}:{self.month:%Y-%m}:{self.characters}"


class NewsQuerySet(RegionScopedQuerySet):
    def published(self) -> NewsQuerySet:
        return self.filter(published_at__lte=timezone.now())


class NewsItem(models.Model):
    """A short, dated message of the office in several languages."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="news")
    published_at = models.DateTimeField(_("published at"))
    title = models.JSONField(_("title"), default=dict)
    text = models.JSONField(_("text"), default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = NewsQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        indexes = [models.Index(fields=["region", "published_at"])]

    def __str__(self) -> str:
        return str(pick(self.title, ["de", "en"]))

    def title_in(self, chain: list[str]) -> Translation:
        return pick(self.title, chain)

    def text_in(self, chain: list[str]) -> Translation:
        return pick(self.text, chain)
