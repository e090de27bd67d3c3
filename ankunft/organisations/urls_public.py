from __future__ import annotations

from django.urls import path

from ankunft.organisations import views_public

urlpatterns = [
    path("", views_public.alliance, name="alliance"),
    path("sign/", views_public.sign, name="alliance_sign"),
    path("thanks/", views_public.thanks, name="alliance_thanks"),
]
