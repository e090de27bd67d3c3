"""The gate of every office view: login, permission on the region, second factor."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from ankunft.accounts.models import User
from ankunft.accounts.rules import requires_second_factor
from ankunft.core.models import Region

OfficeView = Callable[..., HttpResponse]


def office_user(request: HttpRequest) -> User:
    """The logged-in user of an office view (the gate has made sure there is one)."""
    assert isinstance(request.user, User)
    return request.user


def office_view(permission: str) -> Callable[[OfficeView], OfficeView]:
    def decorate(view: OfficeView) -> OfficeView:
        @wraps(view)
        def wrapper(
            request: HttpRequest, region_slug: str, *args: Any, **kwargs: Any
        ) -> HttpResponse:
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            region: Region = request.region  # type: ignore[attr-defined]  # PublicRegionMiddleware
            if not user.has_perm(permission, region):
                raise PermissionDenied
            if requires_second_factor(user) and not user.is_verified():  # type: ignore[union-attr,attr-defined]
                return redirect("accounts:verify")
            return view(request, region, *args, **kwargs)

        wrapper.office_permission = permission  # type: ignore[attr-defined]
        return wrapper

    return decorate
