from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from rules.permissions import permissions


def _office_permissions(request: HttpRequest) -> dict[str, bool]:
    region = getattr(request, "region", None)
    user = request.user
    if region is None or not user.is_authenticated:
        return {}
    return {
        name.removeprefix("office."): user.has_perm(name, region)
        for name in permissions
        if name.startswith("office.")
    }


def ankunft(request: HttpRequest) -> dict[str, Any]:
    language = getattr(request, "reading_language", None)
    code = language.code if language else translation.get_language()
    direction = (
        language.direction if language else ("rtl" if translation.get_language_bidi() else "ltr")
    )
    return {
        "region": getattr(request, "region", None),
        "reading_language": language,
        "page_lang": code,
        "page_dir": direction,
        "interface_languages": settings.LANGUAGES,
        "perms_office": SimpleLazyObject(lambda: _office_permissions(request)),
    }
