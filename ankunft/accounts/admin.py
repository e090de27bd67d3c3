from __future__ import annotations

from django.contrib import admin

from ankunft.accounts.models import RoleAssignment, User


class RoleAssignmentInline(admin.TabularInline):  # type: ignore[type-arg]
    model = RoleAssignment
    extra = 0


@admin.register(User)
class UserAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["email", "full_name", "is_active", "is_superuser", "last_login"]
    search_fields = ["email", "full_name"]
    list_filter = ["is_active", "is_superuser"]
    exclude = ["password", "groups", "user_permissions"]
    inlines = [RoleAssignmentInline]
