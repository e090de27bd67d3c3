"""Public pages of one region: /<region>/<lang>/..."""

from __future__ import annotations

from django.urls import include, path

from ankunft.core import views_public

app_name = "public"
urlpatterns = [
    path("", views_public.choose_language, name="choose_language"),
    path("<str:lang>/", views_public.start, name="start"),
    path("<str:lang>/imprint/", views_public.imprint, name="imprint"),
    path("<str:lang>/privacy/", views_public.privacy, name="privacy"),
    path("<str:lang>/manifest.webmanifest", views_public.manifest, name="manifest"),
    path("<str:lang>/alliance/", include("ankunft.organisations.urls_public")),
    path("<str:lang>/offers/", include("ankunft.offers.urls_public")),
    path("<str:lang>/guide/", include("ankunft.guide.urls_public")),
    path("<str:lang>/events/", include("ankunft.events.urls_public")),
]
