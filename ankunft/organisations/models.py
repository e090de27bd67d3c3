"""The partner alliance: its declaration, the organisations and the signatures."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ankunft.core.models import District, Region, RegionScopedQuerySet
from ankunft.core.translated import Translation, pick


class Sector(models.TextChoices):
    COUNCIL = "council", _("Council and politics")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    BUSINESS = "business", _("Business")
    CLUB = "club", _("Clubs")
    ASSOCIATION = "association", _("Associations")
    SOCIAL_INSTITUTION = "social_institution", _("Social institutions")
    UNIVERSITY = "university", _("Universities")
    EDUCATION_PROVIDER = "education_provider", _("Education providers")
    CHURCH = "church", _("Churches and religious communities")
    MIGRANT_ORGANISATION = "migrant_organisation", _("Migrant organisations")
    CITIZEN = "citizen", _("Individual citizens")


class Declaration(models.Model):
    region = models.OneToOneField(Region, on_delete=models.CASCADE, related_name="declaration")
    title = models.JSONField(_("title"), default=dict)
    body = models.JSONField(_("text"), default=dict)
    consent = models.JSONField(_("consent text"), default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("declaration")
        verbose_name_plural = _("declarations")

    def __str__(self) -> str:
        return pick(self.title, [self.region.default_language_id]).text

    def text(self, field: str, language_code: str) -> Translation:
        return pick(getattr(self, field), self.region.fallback_chain(language_code))


class Guideline(models.Model):
    declaration = models.ForeignKey(
        Declaration, on_delete=models.CASCADE, related_name="guidelines"
    )
    position = models.PositiveSmallIntegerField(default=0)
    text = models.JSONField(_("text"), default=dict)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("guideline")
        verbose_name_plural = _("guidelines")

    def __str__(self) -> str:
        return pick(self.text, ["de"]).text[:60]


class Organisation(models.Model):
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="organisations")
    slug = models.SlugField(_("short name"), max_length=80)
    name = models.CharField(_("name"), max_length=200)
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices)
    description = models.JSONField(_("description"), default=dict, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    district = models.ForeignKey(
        District,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organisations",
        verbose_name=_("district"),
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    signed_at = models.DateTimeField(_("signed the declaration"), null=True, blank=True)
    offers_trusted = models.BooleanField(
        _("may publish offers without review"),
        default=False,
        help_text=_("Offers of trusted organisations are published without office approval."),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="Membership",
        related_name="organisations",
        verbose_name=_("contact people"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RegionScopedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["region", "slug"], name="unique_organisation_slug")
        ]

    def __str__(self) -> str:
        return self.name

    def text(self, field: str, language_code: str) -> Translation:
        return pick(getattr(self, field), self.region.fallback_chain(language_code))


class Membership(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="unique_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation}"


class SignatureKind(models.TextChoices):
    ORGANISATION = "organisation", _("as an organisation")
    CITIZEN = "citizen", _("as a citizen")


class SignatureStatus(models.TextChoices):
    PENDING = "pending", _("waiting for review")
    APPROVED = "approved", _("approved")
    REJECTED = "rejected", _("rejected")


class SignatureQuerySet(RegionScopedQuerySet):
    def approved(self) -> SignatureQuerySet:
        return self.filter(status=SignatureStatus.APPROVED)

    def pending(self) -> SignatureQuerySet:
        return self.filter(status=SignatureStatus.PENDING)


class Signature(models.Model):
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="signatures")
    kind = models.CharField(_("signing"), max_length=20, choices=SignatureKind.choices)
    name = models.CharField(_("your name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices)
    website = models.URLField(_("website"), blank=True)
    district = models.ForeignKey(
        District, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    show_publicly = models.BooleanField(_("show my name on the public list"), default=True)
    consent_text = models.TextField(_("consent given"))
    language = models.CharField(_("language"), max_length=20)
    status = models.CharField(
        _("status"), max_length=20, choices=SignatureStatus.choices, default=SignatureStatus.PENDING
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="signatures"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")

    def __str__(self) -> str:
        return self.organisation_name or self.name

    @property
    def public_name(self) -> str:
        if self.kind == SignatureKind.ORGANISATION:
            return self.organisation.name if self.organisation else self.organisation_name
        return self.name
