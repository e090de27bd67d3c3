"""Office pages of events: the list, the event form, status actions, registrations (with CSV
and a printable attendance list), invitations, programmes with their review queue, and the
iCalendar feeds. Office staff see every event of the region; partners see and edit only the
events of their organisations and cannot use the review actions."""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from ankunft.accounts.models import User
from ankunft.core.forms import apply_validation_error
from ankunft.core.models import Region
from ankunft.core.translated import pick
from ankunft.core.views_errors import bad_request_message
from ankunft.events import feeds, selectors, services
from ankunft.events.forms import (
    CapacityForm,
    EventFilterForm,
    EventForm,
    EventImageForm,
    FeedForm,
    InvitationUploadForm,
    NoteForm,
    ProgrammeForm,
    apply_service_error,
)
from ankunft.events.models import (
    Event,
    EventFeed,
    EventStatus,
    InvitationAnswer,
    Programme,
    Registration,
    RegistrationStatus,
)
from ankunft.events.recurrence import next_occurrence
from ankunft.office.access import office_user, office_view
from ankunft.organisations.models import Organisation

GET_OR_POST = ["GET", "HEAD", "POST"]
GET_ONLY = ["GET", "HEAD"]
PAGE_SIZE = 50
MANAGE = "office.manage_events"


def _may_manage(user: User, region: Region) -> bool:
    return user.has_perm(MANAGE, region)


def _own_organisations(user: User, region: Region) -> QuerySet[Organisation]:
    organisations = Organisation.objects.for_region(region).order_by("name")
    if _may_manage(user, region):
        return organisations
    return organisations.filter(memberships__user=user)


def _event_for_editing(request: HttpRequest, region: Region, event_id: int) -> Event:
    """The event of this region (404 otherwise) that the user may edit (403 otherwise)."""
    event = get_object_or_404(
        Event.objects.for_region(region).select_related(
            "organisation", "programme", "place", "contact", "offer", "feed"
        ),
        pk=event_id,
    )
    event.region = region  # the region with its languages loaded
    if not request.user.has_perm("events.edit", event):
        raise PermissionDenied
    return event


def _title(event: Event | Programme, region: Region) -> str:
    return event.text("title", region.default_language_id).text or f"#{event.pk}"


def _next_or(request: HttpRequest, region: Region, default: str) -> HttpResponseRedirect:
    """Back to the office page named in `next` (only pages of this region's office)."""
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) or not target.startswith(f"/office/{region.slug}/"):
        target = default
    return redirect(target)


def _open_programmes(region: Region) -> list[Programme]:
    programmes = Programme.objects.for_region(region).filter(
        submissions_open=True, published_at__isnull=True
    )
    return [programme for programme in programmes if programme.accepts_submissions()]


# --- The list ------------------------------------------------------------------------------


@dataclass
class EventRow:
    event: Event
    title: str
    shows_at: datetime.datetime
    confirmed: int
    waiting: int


def _with_counts(events: QuerySet[Event]) -> QuerySet[Event]:
    def count(status: str) -> Coalesce:
        counted = (
            Registration.objects.filter(event=OuterRef("pk"), status=status)
            .order_by()
            .values("event")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return Coalesce(Subquery(counted, output_field=IntegerField()), 0)

    return events.annotate(
        confirmed_count=count(RegistrationStatus.CONFIRMED),
        waiting_count=count(RegistrationStatus.WAITING),
    )


def _list_events(
    region: Region, user: User, form: EventFilterForm, now: datetime.datetime
) -> list[Event]:
    events = _with_counts(Event.objects.for_region(region).with_relations())
    if not _may_manage(user, region):
        events = events.filter(organisation__in=_own_organisations(user, region))
    data = form.cleaned_data if form.is_valid() else {}
    if data.get("status"):
        events = events.filter(status=data["status"])
    if data.get("programme"):
        events = events.filter(programme=data["programme"])
    if data.get("when") == "upcoming":
        events = events.filter(Q(series_ends_at__isnull=True) | Q(series_ends_at__gt=now))
    elif data.get("when") == "past":
        events = events.filter(series_ends_at__lte=now).order_by("-starts_at", "-id")
    words = (data.get("q") or "").casefold().split()
    found = []
    for event in events:
        event.region = region
        haystack = " ".join(str(text) for text in event.title.values()).casefold()
        if all(word in haystack for word in words):
            found.append(event)
    return found


def _row(event: Event, region: Region, now: datetime.datetime) -> EventRow:
    shows_at = event.starts_at
    if event.is_recurring and event.starts_at < now:
        following = next_occurrence(event, now)
        shows_at = following.starts_at if following is not None else event.starts_at
    return EventRow(
        event=event,
        title=_title(event, region),
        shows_at=shows_at,
        confirmed=getattr(event, "confirmed_count", 0),
        waiting=getattr(event, "waiting_count", 0),
    )


@office_view("office.access")
@require_http_methods(GET_ONLY)
def event_list(request: HttpRequest, region: Region) -> HttpResponse:
    user = office_user(request)
    now = timezone.now()
    partner_of = None if _may_manage(user, region) else _own_organisations(user, region)
    form = EventFilterForm(request.GET, region=region, partner_of=partner_of)
    page = Paginator(_list_events(region, user, form, now), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "events/office/events.html",
        {
            "form": form,
            "page": page,
            "rows": [_row(event, region, now) for event in page],
            "query": params.urlencode(),
            "may_manage": _may_manage(user, region),
            "has_organisations": _own_organisations(user, region).exists(),
            "open_programmes": [
                (programme, _title(programme, region)) for programme in _open_programmes(region)
            ],
        },
        status=200 if form.is_valid() else 400,
    )


# --- The event form ------------------------------------------------------------------------


def _save_event(user: User, region: Region, event: Event | None, form: EventForm) -> Event:
    data = form.event_data()
    extra: dict[str, Any] = {"place_data": form.place_data()} if form.new_places else {}
    if event is None:
        return services.event_create(actor=user, region=region, data=data, **extra)
    return services.event_update(actor=user, event=event, data=data, **extra)


def _event_form_page(request: HttpRequest, region: Region, event: Event | None) -> HttpResponse:
    user = office_user(request)
    may_manage = _may_manage(user, region)
    organisations = _own_organisations(user, region)
    if event is not None and event.feed_id is not None:
        return _imported_event_page(request, region, event)
    form = EventForm(
        request.POST if request.method == "POST" else None,
        region=region,
        organisations=organisations,
        may_manage=may_manage,
        event=event,
        new_places=True,
    )
    if event is None and request.GET.get("programme", "").isdigit():
        form.initial["programme"] = int(request.GET["programme"])  # "new event in …" links
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                saved = _save_event(user, region, event, form)
            except ValidationError as error:
                form.apply_service_error(error)
            else:
                messages.success(request, _("The event is saved."))
                return redirect("office:event_edit", region_slug=region.slug, event_id=saved.pk)
        status = 400
    context: dict[str, Any] = {
        "event": event,
        "form": form,
        "has_organisations": organisations.exists(),
        "time_zone": form.zone.key,
    }
    if event is not None:
        context.update(_event_context(request, region, event))
    return render(request, "events/office/event_form.html", context, status=status)


def _imported_event_page(request: HttpRequest, region: Region, event: Event) -> HttpResponse:
    if request.method == "POST":
        return bad_request_message(
            request,
            _("This event is imported from a calendar feed; change it at its source."),
        )
    context = {"event": event, **_event_context(request, region, event)}
    return render(request, "events/office/event_imported.html", context)


def _event_context(request: HttpRequest, region: Region, event: Event) -> dict[str, Any]:
    user = office_user(request)
    may_manage = _may_manage(user, region)
    status = event.status
    imported = event.feed_id is not None
    public_url = ""
    if status in (EventStatus.PUBLISHED, EventStatus.CANCELLED):
        public_url = reverse(
            "public:event", args=[region.slug, region.default_language_id, event.pk]
        )
    return {
        "title": _title(event, region),
        "image_alt": event.text("image_alt", region.default_language_id).text,
        "figures": selectors.registration_figures(event),
        "public_url": public_url,
        "may_submit": not imported
        and status in (EventStatus.DRAFT, EventStatus.CHANGES_REQUESTED)
        and (event.programme_id is not None or not services.may_publish(user, event)),
        "may_publish": not imported
        and status in (EventStatus.DRAFT, EventStatus.SUBMITTED, EventStatus.ACCEPTED)
        and (event.programme_id is None or may_manage)
        and services.may_publish(user, event),
        "may_review": may_manage and status == EventStatus.SUBMITTED,
        "may_send_back": may_manage and status in (EventStatus.SUBMITTED, EventStatus.ACCEPTED),
        "may_cancel": not imported and status == EventStatus.PUBLISHED,
        "may_delete": not imported and status not in (EventStatus.PUBLISHED, EventStatus.CANCELLED),
        "note_form": NoteForm(),
        "image_form": EventImageForm(region=region, event=event),
    }


@office_view("office.access")
@require_http_methods(GET_OR_POST)
def event_create_view(request: HttpRequest, region: Region) -> HttpResponse:
    return _event_form_page(request, region, None)


@office_view("office.access")
@require_http_methods(GET_OR_POST)
def event_edit(request: HttpRequest, region: Region, event_id: int) -> HttpResponse:
    event = _event_for_editing(request, region, event_id)
    if request.method == "POST" and request.POST.get("form") == "image":
        return _image_upload(request, region, event)
    return _event_form_page(request, region, event)


def _image_upload(request: HttpRequest, region: Region, event: Event) -> HttpResponse:
    if event.feed_id is not None:
        return bad_request_message(
            request,
            _("This event is imported from a calendar feed; change it at its source."),
        )
    form = EventImageForm(request.POST, request.FILES, region=region, event=event)
    if form.is_valid():
        try:
            services.event_set_image(
                actor=office_user(request), event=event, image=form.image_to_save(), alt=form.alt()
            )
        except ValidationError as error:
            apply_service_error(form, error, {"image_alt": form.alt_fields[0]})
        else:
            messages.success(request, _("The image is saved."))
            return redirect("office:event_edit", region_slug=region.slug, event_id=event.pk)
    user = office_user(request)
    page_form = EventForm(
        region=region,
        organisations=_own_organisations(user, region),
        may_manage=_may_manage(user, region),
        event=event,
        new_places=True,
    )
    context: dict[str, Any] = {
        "event": event,
        "form": page_form,
        "has_organisations": True,
        "time_zone": page_form.zone.key,
        **_event_context(request, region, event),
        "image_form": form,
    }
    return render(request, "events/office/event_form.html", context, status=400)


# --- Status --------------------------------------------------------------------------------

STAFF_ACTIONS = {"accept", "request_changes", "decline"}
STATUS_ACTIONS = {"submit", "publish", "cancel", "delete", *STAFF_ACTIONS}


def _status_message(action: str, event: Event) -> str:
    if action == "submit":
        if event.status == EventStatus.PUBLISHED:
            return _("The event is published.")
        if event.programme_id is not None:
            return _("The event is submitted to the programme.")
        return _("The event was sent to the office for review.")
    if action == "accept":
        if event.status == EventStatus.ACCEPTED:
            return _("The event is accepted; it is published with the programme.")
        return _("The event is accepted and published.")
    return {
        "publish": _("The event is published."),
        "request_changes": _("The organiser was asked for changes."),
        "decline": _("The event is declined."),
        "cancel": _("The event is cancelled; everyone registered is told."),
    }[action]


def _run_status_action(user: User, event: Event, action: str, note: str) -> Event:
    if action == "submit":
        return services.event_submit(actor=user, event=event)
    if action == "publish":
        return services.event_publish(actor=user, event=event)
    if action == "accept":
        return services.event_accept(actor=user, event=event)
    if action == "request_changes":
        return services.event_request_changes(actor=user, event=event, note=note)
    if action == "decline":
        return services.event_decline(actor=user, event=event, note=note)
    return services.event_cancel(actor=user, event=event)


@office_view("office.access")
def event_status(request: HttpRequest, region: Region, event_id: int) -> HttpResponse:
    event = _event_for_editing(request, region, event_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    user = office_user(request)
    action = request.POST.get("action", "")
    if action not in STATUS_ACTIONS:
        return bad_request_message(request, _("Please choose an action."))
    if action in STAFF_ACTIONS and not _may_manage(user, region):
        raise PermissionDenied
    if event.feed_id is not None:  # the next import would undo any change
        return bad_request_message(
            request, _("This event is imported from a calendar feed; change it at its source.")
        )
    edit_url = reverse("office:event_edit", args=[region.slug, event.pk])
    try:
        if action == "delete":
            services.event_delete(actor=user, event=event)
            messages.success(request, _("The event is deleted."))
            return redirect("office:events", region_slug=region.slug)
        event = _run_status_action(user, event, action, request.POST.get("note", ""))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return _next_or(request, region, edit_url)
    messages.success(request, _status_message(action, event))
    return _next_or(request, region, edit_url)


# --- Registrations -------------------------------------------------------------------------


def _registration(event: Event, raw_id: str) -> Registration:
    return get_object_or_404(event.registrations, pk=int(raw_id) if raw_id.isdigit() else 0)


def _moved_up_message(request: HttpRequest, moved: list[Registration]) -> None:
    if moved:
        messages.info(
            request,
            ngettext(
                "%(count)d person moved up from the waiting list and was told by e-mail.",
                "%(count)d people moved up from the waiting list and were told by e-mail.",
                len(moved),
            )
            % {"count": len(moved)},
        )


def _registration_action(
    request: HttpRequest, event: Event, capacity_form: CapacityForm
) -> HttpResponse | None:
    """Runs one POSTed action; None when the capacity form has errors (shown again)."""
    user = office_user(request)
    action = request.POST.get("action", "")
    back = redirect(request.path)
    if action == "capacity":
        if not capacity_form.is_valid():
            return None
        try:
            moved = services.event_set_capacity(
                actor=user, event=event, capacity=capacity_form.cleaned_data["capacity"]
            )
        except ValidationError as error:
            apply_validation_error(capacity_form, error)
            return None
        messages.success(request, _("The number of places is saved."))
        _moved_up_message(request, moved)
        return back
    if action == "cancel":
        registration = _registration(event, request.POST.get("registration", ""))
        try:
            moved = services.registration_cancel(registration=registration, actor=user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return back
        messages.success(request, _("The registration is cancelled."))
        _moved_up_message(request, moved)
        return back
    if action == "attended":
        registration = _registration(event, request.POST.get("registration", ""))
        value = request.POST.get("attended", "")
        if value not in {"yes", "no", ""}:
            return bad_request_message(request, _("Please choose whether the person came."))
        services.registration_set_attended(
            actor=user, registration=registration, attended={"yes": True, "no": False}.get(value)
        )
        messages.success(request, _("The attendance is saved."))
        return back
    return bad_request_message(request, _("Please choose an action."))


@dataclass
class RegistrationRow:
    registration: Registration
    answers: list[tuple[str, str]]


def _question_labels(event: Event, region: Region) -> list[tuple[str, str]]:
    chain = region.fallback_chain(region.default_language_id)
    return [
        (question["key"], pick(question.get("label"), chain).text or question["key"])
        for question in event.questions
    ]


def _registration_rows(event: Event, region: Region, status: str) -> list[RegistrationRow]:
    labels = _question_labels(event, region)
    return [
        RegistrationRow(
            registration, [(label, registration.answers.get(key, "")) for key, label in labels]
        )
        for registration in event.registrations.filter(status=status).order_by("created_at", "id")
    ]


@office_view("office.access")
@require_http_methods(GET_OR_POST)
def registrations(request: HttpRequest, region: Region, event_id: int) -> HttpResponse:
    event = _event_for_editing(request, region, event_id)
    capacity_form = CapacityForm(
        request.POST if request.POST.get("action") == "capacity" else None,
        initial={"capacity": event.capacity},
    )
    if request.method == "POST":
        response = _registration_action(request, event, capacity_form)
        if response is not None:
            return response
    return render(
        request,
        "events/office/registrations.html",
        {
            "event": event,
            "title": _title(event, region),
            "figures": selectors.registration_figures(event),
            "capacity_form": capacity_form,
            "confirmed": _registration_rows(event, region, RegistrationStatus.CONFIRMED),
            "waiting": _registration_rows(event, region, RegistrationStatus.WAITING),
            "cancelled": _registration_rows(event, region, RegistrationStatus.CANCELLED),
            "questions": [label for _key, label in _question_labels(event, region)],
        },
        status=400 if request.method == "POST" else 200,
    )


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """Texts that people typed in are never run as formulas by a spreadsheet program."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


@office_view("office.access")
@require_http_methods(GET_ONLY)
def registrations_csv(request: HttpRequest, region: Region, event_id: int) -> HttpResponse:
    event = _event_for_editing(request, region, event_id)
    labels = _question_labels(event, region)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [
            _("Name"),
            _("E-mail"),
            _("Status"),
            _("Registered at"),
            *[label for _key, label in labels],
            _("Attended"),
        ]
    )
    attended = {True: _("yes"), False: _("no"), None: ""}
    for registration in event.registrations.order_by("created_at", "id"):
        registered = timezone.localtime(registration.created_at, event.zone)
        writer.writerow(
            [
                _cell(registration.name),
                _cell(registration.email),
                registration.get_status_display(),
                registered.strftime("%Y-%m-%d %H:%M"),
                *[_cell(registration.answers.get(key, "")) for key, _label in labels],
                attended[registration.attended],
            ]
        )
    # The byte order mark makes Excel read the file as UTF-8.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="registrations-{event.pk}.csv"'
    return response


@office_view("office.access")
@require_http_methods(GET_ONLY)
def attendance_list(request: HttpRequest, region: Region, event_id: int) -> HttpResponse:
    event = _event_for_editing(request, region, event_id)
    people = event.registrations.filter(status=RegistrationStatus.CONFIRMED).order_by("name", "id")
    return render(
        request,
        "events/office/attendance.html",
        {
            "event": event,
            "title": _title(event, region),
            "people": people,
        },
    )


# --- Invitations ---------------------------------------------------------------------------


def _invitation_totals(event: Event) -> dict[str, int]:
    invitations = event.invitations.all()
    yes = invitations.filter(answer=InvitationAnswer.YES)
    guests = yes.aggregate(total=Sum("guests"))["total"] or 0
    return {
        "coming": yes.count() + int(guests),
        "not_coming": invitations.filter(answer=InvitationAnswer.NO).count(),
        "pending": invitations.filter(answer=InvitationAnswer.PENDING).count(),
        "invited": invitations.count(),
    }


@office_view("office.access")
@require_http_methods(GET_OR_POST)
def invitations(request: HttpRequest, region: Region, event_id: int) -> HttpResponse:
    event = _event_for_editing(request, region, event_id)
    if request.method == "POST" and not event.invitation_only:
        return bad_request_message(request, _("This event is not by invitation."))
    form = InvitationUploadForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
    )
    if request.method == "POST" and form.is_valid():
        try:
            added = services.invitations_add(
                actor=office_user(request), event=event, invitees=form.cleaned_data["file"]
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)d invitation was sent.", "%(count)d invitations were sent.", len(added)
                )
                % {"count": len(added)},
            )
            return redirect(request.path)
    return render(
        request,
        "events/office/invitations.html",
        {
            "event": event,
            "title": _title(event, region),
            "form": form,
            "invitations": event.invitations.order_by("name", "id"),
            "totals": _invitation_totals(event),
        },
        status=400 if request.method == "POST" else 200,
    )


# --- Programmes ----------------------------------------------------------------------------


@office_view(MANAGE)
@require_http_methods(GET_ONLY)
def programme_list(request: HttpRequest, region: Region) -> HttpResponse:
    programmes = (
        Programme.objects.for_region(region)
        .annotate(
            submitted=Count("events", filter=Q(events__status=EventStatus.SUBMITTED)),
            accepted=Count(
                "events",
                filter=Q(events__status__in=[EventStatus.ACCEPTED, EventStatus.PUBLISHED]),
            ),
        )
        .order_by("-starts_on", "-id")
    )
    rows = []
    for programme in programmes:
        programme.region = region
        rows.append((programme, _title(programme, region)))
    return render(request, "events/office/programmes.html", {"rows": rows})


def _programme_page(
    request: HttpRequest, region: Region, programme: Programme | None
) -> HttpResponse:
    form = ProgrammeForm(
        request.POST if request.method == "POST" else None, region=region, programme=programme
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.programme_save(
                actor=office_user(request),
                region=region,
                data=form.programme_data(),
                programme=programme,
            )
        except ValidationError as error:
            form.apply_service_error(error)
        else:
            messages.success(request, _("The programme is saved."))
            return redirect("office:programme_edit", region_slug=region.slug, programme_id=saved.pk)
    context: dict[str, Any] = {"programme": programme, "form": form}
    if programme is not None:
        context.update(_programme_context(region, programme))
    return render(
        request,
        "events/office/programme_form.html",
        context,
        status=400 if request.method == "POST" else 200,
    )


def _programme_context(region: Region, programme: Programme) -> dict[str, Any]:
    public_url = ""
    if programme.is_published:
        public_url = reverse(
            "public:programme", args=[region.slug, region.default_language_id, programme.pk]
        )
    return {
        "title": _title(programme, region),
        "public_url": public_url,
        "accepted_count": programme.events.filter(status=EventStatus.ACCEPTED).count(),
        "submitted_count": programme.events.filter(status=EventStatus.SUBMITTED).count(),
    }


def _programme(region: Region, programme_id: int) -> Programme:
    programme = get_object_or_404(Programme.objects.for_region(region), pk=programme_id)
    programme.region = region
    return programme


def _programme_action(request: HttpRequest, region: Region, programme: Programme) -> HttpResponse:
    user = office_user(request)
    action = request.POST.get("action", "")
    back = redirect("office:programme_edit", region_slug=region.slug, programme_id=programme.pk)
    try:
        if action in {"open", "close"}:
            services.programme_set_submissions(
                actor=user, programme=programme, open=action == "open"
            )
            messages.success(
                request,
                _("The programme is open for submissions.")
                if action == "open"
                else _("The programme no longer takes submissions."),
            )
        elif action == "publish":
            count = services.programme_publish(actor=user, programme=programme)
            messages.success(
                request,
                ngettext(
                    "The programme is published, with %(count)d event.",
                    "The programme is published, with %(count)d events.",
                    count,
                )
                % {"count": count},
            )
        else:
            return bad_request_message(request, _("Please choose an action."))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return back


@office_view(MANAGE)
@require_http_methods(GET_OR_POST)
def programme_create_view(request: HttpRequest, region: Region) -> HttpResponse:
    return _programme_page(request, region, None)


@office_view(MANAGE)
@require_http_methods(GET_OR_POST)
def programme_edit(request: HttpRequest, region: Region, programme_id: int) -> HttpResponse:
    programme = _programme(region, programme_id)
    if request.method == "POST" and "action" in request.POST:
        return _programme_action(request, region, programme)
    return _programme_page(request, region, programme)


@dataclass
class Submission:
    event: Event
    title: str
    summary: str
    description: str  # sanitised HTML


@office_view(MANAGE)
@require_http_methods(GET_ONLY)
def programme_submissions(request: HttpRequest, region: Region, programme_id: int) -> HttpResponse:
    programme = _programme(region, programme_id)
    waiting: list[Submission] = []
    others: list[Submission] = []
    for event in selectors.submissions(programme):
        event.region = region
        item = Submission(
            event=event,
            title=_title(event, region),
            summary=event.text("summary", region.default_language_id).text,
            description=event.text("description", region.default_language_id).text,
        )
        (waiting if event.status == EventStatus.SUBMITTED else others).append(item)
    return render(
        request,
        "events/office/submissions.html",
        {
            "programme": programme,
            "waiting": sorted(waiting, key=lambda item: item.event.starts_at),
            "others": others,
            "note_form": NoteForm(),
            **_programme_context(region, programme),
        },
    )


# --- iCalendar feeds -----------------------------------------------------------------------


def _save_feed(
    request: HttpRequest, region: Region, form: FeedForm, feed: EventFeed | None
) -> EventFeed | None:
    if not form.is_valid():
        return None
    data = form.cleaned_data
    try:
        return feeds.event_feed_save(
            actor=office_user(request),
            region=region,
            feed=feed,
            name=data["name"],
            url=data["url"],
            organisation=data["organisation"],
            language=data["language"],
            interval_hours=data["interval_hours"],
            active=data["active"],
        )
    except ValidationError as error:
        apply_validation_error(form, error)
        return None


@office_view(MANAGE)
@require_http_methods(GET_OR_POST)
def feed_list(request: HttpRequest, region: Region) -> HttpResponse:
    form = FeedForm(request.POST if request.method == "POST" else None, region=region)
    if request.method == "POST":
        saved = _save_feed(request, region, form, None)
        if saved is not None:
            messages.success(request, _("The feed is saved. Import it now to see its events."))
            return redirect("office:event_feed", region_slug=region.slug, feed_id=saved.pk)
    feed_rows = (
        EventFeed.objects.for_region(region)
        .select_related("organisation")
        .annotate(event_count=Count("events"))
    )
    return render(
        request,
        "events/office/feeds.html",
        {"feeds": feed_rows, "form": form},
        status=400 if request.method == "POST" else 200,
    )


def _import_now(request: HttpRequest, feed: EventFeed) -> None:
    report = feeds.event_feed_import(feed=feed)
    if report.error:
        messages.error(request, _("The import failed: %(error)s") % {"error": report.error})
        return
    messages.success(
        request,
        _(
            "Imported: %(created)d new, %(updated)d changed, %(unchanged)d unchanged, "
            "%(cancelled)d cancelled, %(deleted)d removed, %(skipped)d skipped."
        )
        % {
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "cancelled": report.cancelled,
            "deleted": report.deleted,
            "skipped": report.skipped,
        },
    )
    for message in report.messages[: feeds.MAX_MESSAGES]:
        messages.warning(request, message)


@office_view(MANAGE)
@require_http_methods(GET_OR_POST)
def feed_edit(request: HttpRequest, region: Region, feed_id: int) -> HttpResponse:
    feed = get_object_or_404(
        EventFeed.objects.for_region(region).select_related("organisation"), pk=feed_id
    )
    back = redirect("office:event_feed", region_slug=region.slug, feed_id=feed.pk)
    action = request.POST.get("action", "save") if request.method == "POST" else ""
    if action == "import":
        _import_now(request, feed)
        return back
    if action == "delete":
        try:
            feeds.event_feed_delete(actor=office_user(request), feed=feed)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return back
        messages.success(request, _("The feed and its events are deleted."))
        return redirect("office:event_feeds", region_slug=region.slug)
    form = FeedForm(
        request.POST if action == "save" else None,
        region=region,
        initial=FeedForm.initial_of(feed),
    )
    if action == "save":
        if _save_feed(request, region, form, feed) is not None:
            messages.success(request, _("The feed is saved."))
            return back
    elif action:
        return bad_request_message(request, _("Please choose an action."))
    events = Event.objects.for_region(region).filter(feed=feed).order_by("-starts_at")[:20]
    rows = []
    for event in events:
        event.region = region
        rows.append((event, _title(event, region)))
    return render(
        request,
        "events/office/feed_form.html",
        {
            "feed": feed,
            "form": form,
            "events": rows,
            "event_count": Event.objects.filter(feed=feed).count(),
            "counts": feed.last_counts or {},
        },
        status=400 if action else 200,
    )
