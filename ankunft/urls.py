from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from ankunft.api.api import api

urlpatterns = [
    path("", include("ankunft.core.urls_public_root")),
    path("accounts/", include("ankunft.accounts.urls")),
    path("office/", include("ankunft.office.urls")),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
    path("<slug:region_slug>/", include("ankunft.core.urls_public")),
]

handler400 = "ankunft.core.views_errors.bad_request"
handler403 = "ankunft.core.views_errors.permission_denied"
handler404 = "ankunft.core.views_errors.page_not_found"
handler500 = "ankunft.core.views_errors.server_error"
