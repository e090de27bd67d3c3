"""The office area: /office/<region>/..."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, include, path

from ankunft.office import views
from ankunft.organisations import views_office as organisation_views

app_name = "office"
region_patterns: list[URLPattern | URLResolver] = [
    path("", views.dashboard, name="dashboard"),
    path("settings/", views.region_settings, name="region_settings"),
    path("settings/texts/", views.region_texts, name="region_texts"),
    path("districts/", views.district_list, name="districts"),
    path("districts/new/", views.district_create_view, name="district_create"),
    path("districts/<int:district_id>/", views.district_edit, name="district_edit"),
    path("districts/<int:district_id>/delete/", views.district_delete_view, name="district_delete"),
    path("users/", views.user_list, name="users"),
    path("users/invite/", views.user_invite_view, name="user_invite"),
    path("users/roles/<int:assignment_id>/revoke/", views.role_revoke_view, name="role_revoke"),
    path("audit/", views.audit_log, name="audit"),
    path("signatures/", organisation_views.signature_list, name="signatures"),
    path("signatures/<int:signature_id>/", organisation_views.signature_review, name="signature"),
    path("organisations/", organisation_views.organisation_list, name="organisations"),
    path(
        "organisations/new/",
        organisation_views.organisation_create_view,
        name="organisation_create",
    ),
    path(
        "organisations/<int:organisation_id>/",
        organisation_views.organisation_edit,
        name="organisation_edit",
    ),
    path(
        "organisations/<int:organisation_id>/members/",
        organisation_views.organisation_members,
        name="organisation_members",
    ),
    path("declaration/", organisation_views.declaration_edit, name="declaration"),
    path("offers/", include("ankunft.offers.urls_office")),
    path("guide/", include("ankunft.guide.urls_office")),
    path("events/", include("ankunft.events.urls_office")),
]

urlpatterns = [
    path("", views.region_chooser, name="regions"),
    path("<slug:region_slug>/", include(region_patterns)),
]
