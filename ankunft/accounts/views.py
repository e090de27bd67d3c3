"""Login with a second factor, and every account's self-service."""

from __future__ import annotations

import base64
import json

import segno
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from ankunft.accounts.forms import DeleteAccountForm, LoginForm, TokenForm
from ankunft.accounts.models import User
from ankunft.accounts.rules import requires_second_factor
from ankunft.accounts.selectors import office_regions_for
from ankunft.accounts.services import (
    totp_device_confirm,
    totp_device_remove,
    totp_device_start,
    user_delete,
    user_export_data,
)
from ankunft.core.forms import apply_validation_error

PENDING_USER = "ankunft_pending_user"
PENDING_BACKEND = "ankunft_pending_backend"
PENDING_NEXT = "ankunft_pending_next"


def _safe_next(request: HttpRequest, candidate: str | None) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("accounts:home")


def _confirmed_device(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


@require_http_methods(["GET", "HEAD", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    next_url = _safe_next(request, request.POST.get("next") or request.GET.get("next"))
    form = LoginForm(request, data=request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            user = form.get_user()
            if _confirmed_device(user) is not None:
                request.session.cycle_key()
                request.session[PENDING_USER] = user.pk
                request.session[PENDING_BACKEND] = user.backend
                request.session[PENDING_NEXT] = next_url
                return redirect("accounts:verify")
            login(request, user)
            return HttpResponseRedirect(next_url)
        return render(request, "accounts/login.html", {"form": form, "next": next_url}, status=400)
    return render(request, "accounts/login.html", {"form": form, "next": next_url})


def _verifying_user(request: HttpRequest) -> User | None:
    if request.user.is_authenticated:
        return request.user  # type: ignore[return-value]
    pending = request.session.get(PENDING_USER)
    return User.objects.filter(pk=pending, is_active=True).first() if pending else None


@require_http_methods(["GET", "HEAD", "POST"])
def verify_view(request: HttpRequest) -> HttpResponse:
    """Second step of the login: the code from the authenticator app."""
    user = _verifying_user(request)
    if user is None:
        return redirect("accounts:login")
    device = _confirmed_device(user)
    if device is None:
        return redirect("accounts:two_factor")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        allowed, _details = device.verify_is_allowed()
        if not allowed:
            form.add_error("token", _("Too many wrong codes. Please wait a minute and try again."))
        elif device.verify_token(form.cleaned_data["token"]):
            next_url = request.session.pop(PENDING_NEXT, reverse("accounts:home"))
            if not request.user.is_authenticated:
                user.backend = request.session.pop(PENDING_BACKEND)
                request.session.pop(PENDING_USER, None)
                login(request, user)
            otp_login(request, device)
            return HttpResponseRedirect(next_url)
        else:
            form.add_error("token", _("The code is not correct. Check the time on your phone."))
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/verify.html", {"form": form}, status=status)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.success(request, _("You are logged out."))
    return redirect("accounts:login")


@login_required
@require_safe
def home(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    return render(
        request,
        "accounts/home.html",
        {
            "office_regions": office_regions_for(user),
            "roles": user.role_assignments.select_related("region"),
            "memberships": user.memberships.select_related("organisation__region"),
            "has_device": _confirmed_device(user) is not None,
            "needs_device": requires_second_factor(user),
        },
    )


def _qr_data_uri(device: TOTPDevice) -> str:
    svg = segno.make(device.config_url, error="m").svg_inline(scale=4, dark="#000", light="#fff")
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def two_factor_view(request: HttpRequest) -> HttpResponse:
    """Set up (or remove) the authenticator app."""
    user: User = request.user  # type: ignore[assignment]
    action = request.POST.get("action")
    status = 200
    if action == "remove":
        try:
            totp_device_remove(user=user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Two-factor authentication is switched off."))
        return redirect("accounts:two_factor")
    device = _confirmed_device(user)
    form = TokenForm(request.POST if action == "confirm" else None)
    if device is None:
        pending = TOTPDevice.objects.filter(user=user, confirmed=False).first()
        if pending is None or action == "restart":
            pending = totp_device_start(user=user)
        if action == "confirm" and form.is_valid():
            try:
                confirmed = totp_device_confirm(
                    user=user, device=pending, token=form.cleaned_data["token"]
                )
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                otp_login(request, confirmed)
                messages.success(request, _("Two-factor authentication is switched on."))
                return redirect("accounts:home")
        if action == "confirm":
            status = 400
        secret = base64.b32encode(pending.bin_key).decode()
        context = {"form": form, "qr": _qr_data_uri(pending), "secret": secret}
    else:
        context = {"device": device}
    context["required"] = requires_second_factor(user)
    return render(request, "accounts/two_factor.html", context, status=status)


@login_required
@require_safe
def export_view(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    payload = json.dumps(user_export_data(user=user), ensure_ascii=False, indent=2)
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ankunft-my-data.json"'
    return response


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def delete_view(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST":
        if form.is_valid():
            user_delete(user=user)
            logout(request)
            messages.success(request, _("Your account and your personal data have been deleted."))
            return redirect("root:regions")
        return render(request, "accounts/delete.html", {"form": form}, status=400)
    return render(request, "accounts/delete.html", {"form": form})
