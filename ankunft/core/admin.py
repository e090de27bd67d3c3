"""Django admin: for platform admins only (is_staff is granted to them alone), behind 2FA."""

from __future__ import annotations

from django.contrib import admin
from django_otp.admin import OTPAdminSite

from ankunft.core.models import AuditEntry, District, Language, Region, RegionLanguage

admin.site.__class__ = OTPAdminSite


class RegionLanguageInline(admin.TabularInline):  # type: ignore[type-arg]
    model = RegionLanguage
    extra = 1


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["name", "slug", "ags", "default_language"]
    search_fields = ["name", "slug", "ags"]
    inlines = [RegionLanguageInline]


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["code", "native_name", "english_name", "direction", "is_active"]
    list_filter = ["direction", "is_active"]


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["name", "region", "kind", "population"]
    list_filter = ["region", "kind"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["created_at", "region", "actor_label", "action", "object_repr"]
    list_filter = ["region", "action"]
    readonly_fields = [field.name for field in AuditEntry._meta.fields]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False
