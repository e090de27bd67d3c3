"""Office pages of the welcome guide: /office/<region>/guide/..."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from ankunft.guide import views_office

# Language arguments are not called `lang`: PublicRegionMiddleware would take that for the
# reading language of a public page and switch the office interface to it.
urlpatterns: list[URLPattern | URLResolver] = [
    path("", views_office.guide_pages, name="guide_pages"),
    path("new/", views_office.page_new, name="guide_page_new"),
    path("coverage/", views_office.coverage, name="guide_coverage"),
    path("xliff/", views_office.xliff_exchange, name="guide_xliff"),
    path("settings/", views_office.guide_settings, name="guide_settings"),
    path("news/", views_office.news_list, name="guide_news"),
    path("news/new/", views_office.news_edit, name="guide_news_new"),
    path("news/<int:news_id>/", views_office.news_edit, name="guide_news_edit"),
    path("<int:page_id>/", views_office.page_edit, name="guide_page"),
    path("<int:page_id>/archive/", views_office.page_archive, name="guide_page_archive"),
    path(
        "<int:page_id>/translate/<str:language>/",
        views_office.page_translate,
        name="guide_translate",
    ),
    path(
        "<int:page_id>/versions/<str:language>/",
        views_office.page_versions,
        name="guide_versions",
    ),
    path(
        "<int:page_id>/restore/<int:version_id>/",
        views_office.version_restore,
        name="guide_version_restore",
    ),
]
