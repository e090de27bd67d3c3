"""Public pages of the welcome guide: /<region>/<lang>/guide/..."""

from __future__ import annotations

from django.urls import path

from ankunft.guide import views_public

urlpatterns = [
    path("", views_public.guide_index, name="guide"),
    path("search/", views_public.guide_search, name="guide_search"),
    path("news/", views_public.news_list, name="guide_news"),
    path("brochure.pdf", views_public.guide_brochure, name="guide_brochure"),
    path("offline.json", views_public.offline_manifest, name="guide_offline_manifest"),
    path("sw.js", views_public.service_worker, name="guide_service_worker"),
    path("<slug:slug>/", views_public.guide_page, name="guide_page"),
    path("<slug:slug>/brochure.pdf", views_public.guide_page_brochure, name="guide_page_brochure"),
]
