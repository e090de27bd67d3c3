from __future__ import annotations

from django.contrib import admin

from ankunft.organisations.models import Declaration, Guideline, Organisation, Signature


class GuidelineInline(admin.StackedInline):  # type: ignore[type-arg]
    model = Guideline
    extra = 0


@admin.register(Declaration)
class DeclarationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    inlines = [GuidelineInline]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["name", "region", "sector", "signed_at"]
    list_filter = ["region", "sector"]
    search_fields = ["name"]


@admin.register(Signature)
class SignatureAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["__str__", "region", "kind", "status", "created_at"]
    list_filter = ["region", "status", "kind"]
