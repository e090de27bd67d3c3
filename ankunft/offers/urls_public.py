"""Public pages of the directory of offers: /<region>/<lang>/offers/..."""

from __future__ import annotations

from django.urls import path

from ankunft.offers import views_public

urlpatterns = [
    path("", views_public.offer_list, name="offers"),
    path("map/", views_public.offer_map, name="offer_map"),
    path("<int:offer_id>/", views_public.offer_detail, name="offer"),
    path("<int:offer_id>/report/", views_public.offer_report, name="offer_report"),
]
