"""Friendly, translated error pages; JSON for the API."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _


def _respond(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=status)
    html = render_to_string(
        "core/error.html", {"status": status, "title": title, "message": message}, request=request
    )
    return HttpResponse(html, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _respond(request, 400, _("Bad request"), _("The request could not be understood."))


def bad_request_message(request: HttpRequest, message: str) -> HttpResponse:
    """A 400 page (or JSON) that says what was wrong, for views that check input themselves."""
    return _respond(request, 400, _("Bad request"), message)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _respond(request, 403, _("Access denied"), _("You are not allowed to see this page."))


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    message = ""
    if exception is not None and exception.args and isinstance(exception.args[0], str):
        message = exception.args[0]
    if not message or message.startswith(("No ", "Resolver404")) or "{" in message:
        message = _("We could not find this page. It may have moved.")
    return _respond(request, 404, _("Page not found"), message)


def server_error(request: HttpRequest) -> HttpResponse:
    return _respond(
        request,
        500,
        _("Something went wrong"),
        _("An error occurred on our side. Please try again later."),
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return _respond(
        request,
        403,
        _("The form could not be sent"),
        _("The page was open too long or came from another site. Please reload it and try again."),
    )
