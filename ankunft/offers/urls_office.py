"""Office pages of the directory of offers: /office/<region>/offers/..."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from ankunft.offers import views_import, views_office

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views_office.offer_list, name="offers"),
    path("new/", views_office.offer_create_view, name="offer_create"),
    path("problems/", views_office.problem_list, name="offer_problems"),
    path("themes/", views_office.theme_list, name="offer_themes"),
    path("<int:offer_id>/", views_office.offer_edit, name="offer_edit"),
    # The argument is not called `lang`: PublicRegionMiddleware would take that for the
    # reading language of a public page and switch the office interface to it.
    path(
        "<int:offer_id>/translations/<str:language>/",
        views_office.offer_translations,
        name="offer_translations",
    ),
    path("<int:offer_id>/status/", views_office.offer_status_view, name="offer_status"),
    # spreadsheet import and export (views_import)
    path("import/", views_import.offer_import_upload, name="offer_import"),
    path("import/<int:import_id>/", views_import.offer_import_review, name="offer_import_review"),
    path("export/", views_import.offer_export, name="offer_export"),
]
