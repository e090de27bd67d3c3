from __future__ import annotations

from django.urls import path

from ankunft.core import views_public

app_name = "root"
urlpatterns = [
    path("", views_public.region_chooser, name="regions"),
    path("healthz", views_public.health, name="health"),
]
