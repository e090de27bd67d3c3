"""Forms of the office pages of events: the event form (with a repeat-rule chooser that works
without JavaScript), the image, the list filter, review notes, capacity, the invitation list
upload, programmes and iCalendar feeds.

The repeat chooser builds an RFC 5545 RRULE value: "does not repeat", daily, weekly on chosen
weekdays, monthly (on the same day of the month, or on the same weekday of the month, e.g. the
second Tuesday) or a custom rule, each with an optional "until" date or a number of dates."""

from __future__ import annotations

import csv
import datetime
import io
import re
from dataclasses import dataclass
from typing import Any, cast
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ankunft.core.forms import (
    TranslatedErrorsMixin,
    apply_validation_error,
    language_codes_from_text,
)
from ankunft.core.html import plain_text_to_html
from ankunft.core.models import District, Language, Region
from ankunft.events.models import Event, EventStatus, Programme
from ankunft.events.services import (
    KEEP_IMAGE,
    MAX_GUESTS,
    MAX_QUESTIONS,
    EventData,
    InviteeData,
    ProgrammeData,
)
from ankunft.offers.models import Contact, Cost, Offer, Place, TargetGroup, Theme
from ankunft.offers.services import PlaceData
from ankunft.organisations.models import Organisation

# The most offers a "related offer" list shows; more would make the page unusably long.
MAX_OFFER_CHOICES = 500
MAX_INVITATION_FILE = 1024 * 1024
MAX_IMAGE_FILE = 5 * 1024 * 1024
MAX_COUNT = 1000
INVITATION_COLUMNS = ("name", "email", "language", "guests")


# --- Small helpers -------------------------------------------------------------------------


def _text_attrs(language: Language, **attrs: Any) -> dict[str, Any]:
    return {**attrs, "lang": language.code, "dir": language.direction}


def _checkboxes() -> forms.CheckboxSelectMultiple:
    return forms.CheckboxSelectMultiple(attrs={"class": "choices"})


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _time_input() -> forms.TimeInput:
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def _set_choices(form: forms.BaseForm, name: str, choices: list[tuple[Any, Any]]) -> None:
    cast(forms.ChoiceField, form.fields[name]).choices = choices


def _set_queryset(form: forms.BaseForm, name: str, queryset: QuerySet[Any]) -> None:
    cast(forms.ModelChoiceField, form.fields[name]).queryset = queryset  # type: ignore[type-arg]


def multilingual_fields(
    form: forms.BaseForm,
    region: Region,
    name: str,
    label: Any,
    *,
    max_length: int,
    rows: int = 0,
) -> list[str]:
    """One field per region language (`<name>_<code>`); returns the field names."""
    names = []
    for language in region.enabled_languages():
        widget: forms.Widget = (
            forms.Textarea(attrs=_text_attrs(language, rows=rows))
            if rows
            else forms.TextInput(attrs=_text_attrs(language))
        )
        field_name = f"{name}_{language.code}"
        form.fields[field_name] = forms.CharField(
            label=_("%(field)s (%(language)s)")
            % {"field": label, "language": language.native_name},
            max_length=max_length,
            required=False,
            widget=widget,
        )
        names.append(field_name)
    return names


def texts_of(form: forms.BaseForm, region: Region, name: str) -> dict[str, str]:
    return {code: form.cleaned_data.get(f"{name}_{code}", "") for code in region.language_codes()}


def texts_initial(region: Region, name: str, values: dict[str, Any]) -> dict[str, Any]:
    return {f"{name}_{code}": values.get(code, "") for code in region.language_codes()}


def apply_service_error(
    form: forms.BaseForm, error: ValidationError, names: dict[str, str]
) -> None:
    """A service's ValidationError on the form, with the service's field names translated to
    the form's (`names`); unknown fields become errors of the whole form."""
    if hasattr(error, "error_dict"):
        error = ValidationError(
            {names.get(field, field): messages for field, messages in error.message_dict.items()}
        )
    apply_validation_error(form, error)


class ContactChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Contact) -> str:
        details = [part for part in [obj.email, obj.phone] if part]
        label = f"{obj.name} ({', '.join(details)})" if details else obj.name
        return f"{label} – {obj.organisation.name}" if obj.organisation else label


class PlaceChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Place) -> str:
        return f"{obj.name} – {obj.one_line}" if obj.name != obj.street else obj.one_line


class TitledChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    """Programmes and offers, labelled by their title in the interface language."""

    def label_from_instance(self, obj: Any) -> str:
        language = get_language() or obj.region.default_language_id
        return obj.text("title", language).text or f"#{obj.pk}"


# --- The repeat rule -----------------------------------------------------------------------

WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
WEEKDAY_CHOICES = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]
REPEAT_CHOICES = [
    ("none", _("Does not repeat")),
    ("daily", _("Daily")),
    ("weekly", _("Weekly, on the days chosen below")),
    ("monthly", _("Monthly")),
    ("custom", _("Custom rule (RFC 5545 RRULE)")),
]
MONTHLY_CHOICES = [
    ("day", _("on the same day of the month (e.g. the 14th)")),
    ("weekday", _("on the same weekday of the month (e.g. the second Tuesday)")),
]
SIMPLE_FREQUENCIES = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly"}


def nth_weekday(day: datetime.date) -> str:
    """The BYDAY value for "the same weekday of the month": 2TU, or -1TU for the last one."""
    number = (day.day - 1) // 7 + 1
    return f"{-1 if number == 5 else number}{WEEKDAY_CODES[day.weekday()]}"


def until_value(until: datetime.date, zone: ZoneInfo) -> str:
    """UNTIL as RFC 5545 wants it with a local start: the end of that local day, in UTC."""
    end = datetime.datetime.combine(until, datetime.time(23, 59, 59), tzinfo=zone)
    return end.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _until_date(value: str, zone: ZoneInfo) -> datetime.date | None:
    text = value.strip().upper()
    try:
        if text.endswith("Z"):
            moment = datetime.datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.UTC)
            return moment.astimezone(zone).date()
        return datetime.datetime.strptime(text[:8], "%Y%m%d").date()
    except ValueError:
        return None


def rule_parts(rule: str) -> dict[str, str] | None:
    parts: dict[str, str] = {}
    for part in rule.strip().removeprefix("RRULE:").split(";"):
        name, equals, value = part.partition("=")
        if not equals or name.upper() in parts:
            return None
        parts[name.upper()] = value.upper()
    return parts


def rule_initial(rule: str, start: datetime.date, zone: ZoneInfo) -> dict[str, Any]:
    """The chooser's fields for a stored rule; anything the chooser cannot show is "custom"."""
    if not rule:
        return {"repeat": "none"}
    custom = {"repeat": "custom", "custom_rule": rule}
    parts = rule_parts(rule)
    if parts is None or parts.get("FREQ") not in SIMPLE_FREQUENCIES:
        return custom
    initial: dict[str, Any] = {"repeat": SIMPLE_FREQUENCIES[parts.pop("FREQ")]}
    interval = parts.pop("INTERVAL", "1")
    if not interval.isdigit() or int(interval) < 1:
        return custom
    initial["interval"] = int(interval)
    if "UNTIL" in parts:
        initial["until"] = _until_date(parts.pop("UNTIL"), zone)
        if initial["until"] is None:
            return custom
    if "COUNT" in parts:
        count = parts.pop("COUNT")
        if not count.isdigit():
            return custom
        initial["count"] = int(count)
    byday = parts.pop("BYDAY", None)
    bymonthday = parts.pop("BYMONTHDAY", None)
    if parts:
        return custom
    if initial["repeat"] == "weekly" and bymonthday is None:
        days = byday.split(",") if byday else [WEEKDAY_CODES[start.weekday()]]
        if not set(days) <= set(WEEKDAY_CODES):
            return custom
        initial["weekdays"] = days
        return initial
    if initial["repeat"] == "monthly":
        if byday is None and bymonthday in (None, str(start.day)):
            return {**initial, "monthly": "day"}
        if bymonthday is None and byday == nth_weekday(start):
            return {**initial, "monthly": "weekday"}
        return custom
    if initial["repeat"] == "daily" and byday is None and bymonthday is None:
        return initial
    return custom


def build_rule(data: dict[str, Any], start: datetime.date, zone: ZoneInfo) -> str:
    """The RRULE value for the chooser's cleaned data (raises ValidationError per field)."""
    repeat = data.get("repeat") or "none"
    until: datetime.date | None = data.get("until")
    count: int | None = data.get("count")
    if repeat == "none":
        return ""
    if repeat == "custom":
        rule = " ".join((data.get("custom_rule") or "").split())
        if not rule:
            raise ValidationError({"custom_rule": _("Please write the rule.")})
        if until or count:
            raise ValidationError(
                {"until": _("For a custom rule, write UNTIL or COUNT into the rule itself.")}
            )
        return rule
    if until and count:
        raise ValidationError(
            {"count": _("Please give either the last date or the number of dates, not both.")}
        )
    if until and until < start:
        raise ValidationError({"until": _("The series ends before its first date.")})
    parts = [f"FREQ={repeat.upper()}"]
    interval = data.get("interval") or 1
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    if repeat == "weekly":
        days = data.get("weekdays") or [WEEKDAY_CODES[start.weekday()]]
        parts.append("BYDAY=" + ",".join(code for code in WEEKDAY_CODES if code in days))
    elif repeat == "monthly":
        if data.get("monthly") == "weekday":
            parts.append(f"BYDAY={nth_weekday(start)}")
        else:
            parts.append(f"BYMONTHDAY={start.day}")
    if until:
        parts.append(f"UNTIL={until_value(until, zone)}")
    if count:
        parts.append(f"COUNT={count}")
    return ";".join(parts)


GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_dates(text: str) -> list[str]:
    """Dates, one per line, as YYYY-MM-DD or DD.MM.YYYY; returned as YYYY-MM-DD."""
    dates = []
    for line in text.splitlines():
        value = line.strip().rstrip(",;")
        if not value:
            continue
        german = GERMAN_DATE.match(value)
        try:
            if german:
                day, month, year = (int(part) for part in german.groups())
                dates.append(datetime.date(year, month, day).isoformat())
            else:
                dates.append(datetime.date.fromisoformat(value).isoformat())
        except ValueError:
            raise ValidationError(
                _("“%(value)s” is not a date. Please write one date per line, like 2026-10-22.")
                % {"value": value[:40]}
            ) from None
    return sorted(set(dates))


# --- The list ------------------------------------------------------------------------------

WHEN_CHOICES = [("", _("all")), ("upcoming", _("upcoming")), ("past", _("past"))]


class EventFilterForm(TranslatedErrorsMixin, forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    status = forms.ChoiceField(label=_("Status"), required=False)
    programme = TitledChoiceField(
        label=_("Programme"), queryset=Programme.objects.none(), required=False
    )
    when = forms.ChoiceField(label=_("When"), required=False, choices=WHEN_CHOICES)

    def __init__(
        self, *args: Any, region: Region, partner_of: QuerySet[Organisation] | None, **kwargs: Any
    ) -> None:
        """`partner_of`: for partners, their organisations; they see the programmes that are
        public, open for submissions or hold one of their events."""
        super().__init__(*args, **kwargs)
        _set_choices(self, "status", [("", _("all")), *EventStatus.choices])
        programmes = Programme.objects.for_region(region).select_related("region")
        if partner_of is not None:
            programmes = programmes.filter(
                Q(published_at__isnull=False)
                | Q(submissions_open=True)
                | Q(events__organisation__in=partner_of)
            ).distinct()
        _set_queryset(self, "programme", programmes)
        cast(forms.ModelChoiceField, self.fields["programme"]).empty_label = _("all")  # type: ignore[type-arg]


# --- The event form ------------------------------------------------------------------------


@dataclass
class TextRow:
    language: Language
    fields: list[forms.BoundField]
    filled: bool
    open: bool


@dataclass
class QuestionRow:
    number: int
    fields: list[forms.BoundField]
    required: forms.BoundField
    filled: bool
    shown: bool


# Where a service's error about a field of EventData is shown on the form.
EVENT_ERROR_FIELDS = {
    "starts_at": "start_date",
    "exdates": "exdates",
    "rrule": "repeat",
    "capacity": "capacity",
}


class EventForm(TranslatedErrorsMixin, forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organiser"), queryset=Organisation.objects.none(), required=False
    )
    programme = TitledChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.none(),
        required=False,
        help_text=_("Events of a programme are reviewed and published together."),
    )
    start_date = forms.DateField(label=_("Date"), widget=_date_input())
    start_time = forms.TimeField(label=_("Begins at"), required=False, widget=_time_input())
    end_date = forms.DateField(
        label=_("Last day"),
        required=False,
        widget=_date_input(),
        help_text=_("Only for an event over several days; empty: the same day."),
    )
    end_time = forms.TimeField(label=_("Ends at"), required=False, widget=_time_input())
    all_day = forms.BooleanField(label=_("All day (no times)"), required=False)
    repeat = forms.ChoiceField(
        label=_("Repeats"), choices=REPEAT_CHOICES, initial="none", widget=forms.RadioSelect
    )
    interval = forms.IntegerField(
        label=_("Every … (days, weeks or months)"),
        min_value=1,
        max_value=52,
        initial=1,
        required=False,
        help_text=_("1: every day, week or month; 2: every other one, and so on."),
    )
    weekdays = forms.MultipleChoiceField(
        label=_("On these weekdays (weekly)"),
        choices=WEEKDAY_CHOICES,
        required=False,
        widget=_checkboxes(),
        help_text=_("None ticked: the weekday of the first date."),
    )
    monthly = forms.ChoiceField(
        label=_("Monthly"),
        choices=MONTHLY_CHOICES,
        initial="day",
        required=False,
        widget=forms.RadioSelect,
    )
    custom_rule = forms.CharField(
        label=_("Custom rule"),
        max_length=400,
        required=False,
        widget=forms.TextInput(attrs={"dir": "ltr", "spellcheck": "false"}),
        help_text=_("For example FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10"),
    )
    until = forms.DateField(
        label=_("Repeats until (last date)"), required=False, widget=_date_input()
    )
    count = forms.IntegerField(
        label=_("… or number of dates"), min_value=1, max_value=MAX_COUNT, required=False
    )
    exdates = forms.CharField(
        label=_("Dates left out"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "ltr"}),
        help_text=_("One date per line, for example 2026-12-24 or 24.12.2026."),
    )
    place = PlaceChoiceField(
        label=_("Place"),
        queryset=Place.objects.none(),
        required=False,
        help_text=_("A place of the city, as used by offers and events."),
    )
    place_name = forms.CharField(label=_("Name of the place"), max_length=200, required=False)
    place_street = forms.CharField(label=_("Street and number"), max_length=200, required=False)
    place_postcode = forms.CharField(label=_("Postcode"), max_length=10, required=False)
    place_city = forms.CharField(label=_("City"), max_length=100, required=False)
    place_district = forms.ModelChoiceField(
        label=_("District of the place"), queryset=District.objects.none(), required=False
    )
    online = forms.BooleanField(label=_("Online"), required=False)
    online_url = forms.URLField(
        label=_("Link to the online event"), required=False, assume_scheme="https"
    )
    district = forms.ModelChoiceField(
        label=_("District"),
        queryset=District.objects.none(),
        required=False,
        help_text=_("Empty: the district of the place."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"), required=False, widget=_checkboxes()
    )
    other_languages = forms.CharField(
        label=_("Other languages spoken"),
        max_length=200,
        required=False,
        help_text=_("Language codes separated by commas, for example: fa, ti, ru"),
    )
    target_groups = forms.MultipleChoiceField(
        label=_("Target groups"), choices=TargetGroup.choices, required=False, widget=_checkboxes()
    )
    themes = forms.MultipleChoiceField(label=_("Themes"), required=False, widget=_checkboxes())
    cost = forms.ChoiceField(
        label=_("Cost"), choices=Cost.choices, initial=Cost.FREE, widget=forms.RadioSelect
    )
    cost_amount = forms.DecimalField(
        label=_("Amount in euros"), max_digits=8, decimal_places=2, min_value=0, required=False
    )
    step_free = forms.BooleanField(label=_("Step-free access"), required=False)
    hearing_loop = forms.BooleanField(label=_("Hearing loop"), required=False)
    contact = ContactChoiceField(
        label=_("Contact"), queryset=Contact.objects.none(), required=False
    )
    offer = TitledChoiceField(
        label=_("Related offer"), queryset=Offer.objects.none(), required=False
    )
    registration = forms.BooleanField(
        label=_("People register on the website"),
        required=False,
        help_text=_("Only for single events, not for series."),
    )
    capacity = forms.IntegerField(
        label=_("Places"),
        min_value=1,
        required=False,
        help_text=_("Empty: no limit. When all places are taken, people join a waiting list."),
    )
    invitation_only = forms.BooleanField(
        label=_("By invitation only"),
        required=False,
        help_text=_("Invitees get a personal link; the event is not open for registration."),
    )

    TEXTS = {"title": 300, "summary": 1000, "description": 20000}
    PLACE_FIELDS = ["place_name", "place_street", "place_postcode", "place_city", "place_district"]

    def __init__(
        self,
        *args: Any,
        region: Region,
        organisations: QuerySet[Organisation],
        may_manage: bool,
        event: Event | None = None,
        new_places: bool = False,
        **kwargs: Any,
    ) -> None:
        self.region, self.event, self.may_manage = region, event, may_manage
        self.zone = ZoneInfo(event.time_zone if event is not None else settings.TIME_ZONE)
        kwargs.setdefault("initial", self._initial(event))
        super().__init__(*args, **kwargs)
        self.text_fields = {
            "title": multilingual_fields(self, region, "title", _("Title"), max_length=300),
            "summary": multilingual_fields(
                self, region, "summary", _("Summary"), max_length=1000, rows=2
            ),
            "description": multilingual_fields(
                self, region, "description", _("Description"), max_length=20000, rows=6
            ),
        }
        self._question_fields(region)
        self._choices(region, organisations)
        if not new_places:
            for name in self.PLACE_FIELDS:
                del self.fields[name]
        else:
            self.fields["place_city"].initial = region.name
        self.new_places = new_places

    # Setting up

    def _choices(self, region: Region, organisations: QuerySet[Organisation]) -> None:
        event = self.event
        organisation = cast(forms.ModelChoiceField, self.fields["organisation"])  # type: ignore[type-arg]
        organisation.queryset = organisations
        if self.may_manage:
            organisation.empty_label = _("The integration office")
        else:
            organisation.required = True
            if event is None and len(choices := list(organisations[:2])) == 1:
                organisation.initial = choices[0].pk
        programmes = Programme.objects.for_region(region).select_related("region")
        if not self.may_manage:
            today = timezone.localdate()
            open_now = Q(submissions_open=True, published_at__isnull=True) & (
                Q(submission_deadline__isnull=True) | Q(submission_deadline__gte=today)
            )
            if event is not None and event.programme_id is not None:
                open_now |= Q(pk=event.programme_id)
            programmes = programmes.filter(open_now)
        _set_queryset(self, "programme", programmes)
        places = Place.objects.for_region(region).order_by("name", "street")
        _set_queryset(self, "place", places)
        districts = District.objects.for_region(region).order_by("name")
        _set_queryset(self, "district", districts)
        if "place_district" in self.fields:
            _set_queryset(self, "place_district", districts)
        self._contact_and_offer_choices(region, organisations)
        language = get_language() or region.default_language_id
        _set_choices(
            self,
            "themes",
            [(theme.key, theme.text(language).text) for theme in Theme.objects.for_region(region)],
        )
        _set_choices(self, "languages", region.language_choices())

    def _contact_and_offer_choices(
        self, region: Region, organisations: QuerySet[Organisation]
    ) -> None:
        event = self.event
        contacts = Contact.objects.for_region(region).select_related("organisation")
        offers = Offer.objects.for_region(region).select_related("region")
        if not self.may_manage:
            mine_contacts = Q(organisation__in=organisations)
            mine_offers = Q(organisation__in=organisations)
            if event is not None and event.contact_id is not None:
                mine_contacts |= Q(pk=event.contact_id)
            if event is not None and event.offer_id is not None:
                mine_offers |= Q(pk=event.offer_id)
            contacts = contacts.filter(mine_contacts)
            offers = offers.filter(mine_offers)
        _set_queryset(self, "contact", contacts)
        _set_queryset(self, "offer", offers)
        # The list shows a bounded number of offers (those of the organiser first); any offer
        # of the queryset is still accepted.
        shown = offers.order_by("organisation__name", "pk")
        if event is not None and event.organisation_id is not None:
            shown = offers.filter(organisation_id=event.organisation_id).order_by("pk")
        field = cast(TitledChoiceField, self.fields["offer"])
        rows = list(shown[:MAX_OFFER_CHOICES])
        if event is not None and event.offer is not None and event.offer not in rows:
            rows.append(event.offer)
        field.widget.choices = [
            ("", field.empty_label),
            *[(row.pk, field.label_from_instance(row)) for row in rows],
        ]

    def _question_fields(self, region: Region) -> None:
        self.question_rows: list[tuple[int, list[str], str]] = []
        for number in range(1, MAX_QUESTIONS + 1):
            names = []
            for language in region.enabled_languages():
                name = f"question_{number}_{language.code}"
                self.fields[name] = forms.CharField(
                    label=_("Question %(number)d (%(language)s)")
                    % {"number": number, "language": language.native_name},
                    max_length=300,
                    required=False,
                    widget=forms.TextInput(attrs=_text_attrs(language)),
                )
                names.append(name)
            required = f"question_{number}_required"
            self.fields[required] = forms.BooleanField(
                label=_("An answer to question %(number)d is required") % {"number": number},
                required=False,
            )
            self.question_rows.append((number, names, required))

    def _initial(self, event: Event | None) -> dict[str, Any]:
        if event is None:
            return {"cost": Cost.FREE, "repeat": "none", "interval": 1, "monthly": "day"}
        region_codes = set(self.region.language_codes())
        start = event.starts_at.astimezone(self.zone)
        end = event.ends_at.astimezone(self.zone)
        last_day = (end - datetime.timedelta(days=1)).date() if event.all_day else end.date()
        initial: dict[str, Any] = {
            "organisation": event.organisation_id,
            "programme": event.programme_id,
            "start_date": start.date(),
            "start_time": None if event.all_day else start.time(),
            "end_date": last_day if last_day != start.date() else None,
            "end_time": None if event.all_day else end.time(),
            "all_day": event.all_day,
            "interval": 1,
            "monthly": "day",
            **rule_initial(event.rrule, start.date(), self.zone),
            "exdates": "\n".join(event.exdates),
            "place": event.place_id,
            "online": event.online,
            "online_url": event.online_url,
            "district": event.district_id,
            "languages": [code for code in event.languages if code in region_codes],
            "other_languages": ", ".join(c for c in event.languages if c not in region_codes),
            "target_groups": event.target_groups,
            "themes": event.themes,
            "cost": event.cost,
            "cost_amount": event.cost_amount,
            "step_free": event.step_free,
            "hearing_loop": event.hearing_loop,
            "contact": event.contact_id,
            "offer": event.offer_id,
            "registration": event.registration,
            "capacity": event.capacity,
            "invitation_only": event.invitation_only,
        }
        for name in self.TEXTS:
            initial.update(texts_initial(self.region, name, getattr(event, name)))
        for number, question in enumerate(event.questions, start=1):
            for code, text in (question.get("label") or {}).items():
                initial[f"question_{number}_{code}"] = text
            initial[f"question_{number}_required"] = bool(question.get("required"))
        return initial

    # For the template

    def text_rows(self) -> list[TextRow]:
        """Per language: its title, summary and description fields."""
        rows = []
        for position, language in enumerate(self.region.enabled_languages()):
            fields = [self[f"{name}_{language.code}"] for name in self.TEXTS]
            rows.append(
                TextRow(
                    language=language,
                    fields=fields,
                    filled=any(field.value() for field in fields),
                    open=position == 0 or any(field.errors for field in fields),
                )
            )
        return rows

    def questions(self) -> list[QuestionRow]:
        """Every question slot; the filled ones and the first empty one are shown openly."""
        rows = []
        empty_shown = False
        for number, names, required in self.question_rows:
            fields = [self[name] for name in names]
            filled = any(field.value() for field in fields)
            shown = filled or not empty_shown or any(field.errors for field in fields)
            empty_shown = empty_shown or not filled
            rows.append(QuestionRow(number, fields, self[required], filled, shown))
        return rows

    @property
    def default_title_field(self) -> str:
        return f"title_{self.region.default_language_id}"

    # Cleaning

    def clean_other_languages(self) -> list[str]:
        return language_codes_from_text(self.cleaned_data.get("other_languages", ""))

    def clean_exdates(self) -> list[str]:
        return parse_dates(self.cleaned_data.get("exdates", ""))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        self._clean_times(data)
        if data.get("start_date") is not None and "repeat" in data:
            try:
                data["rrule"] = build_rule(data, data["start_date"], self.zone)
            except ValidationError as error:
                self.add_error(None, error)
        self._clean_place(data)
        organisation = data.get("organisation")
        contact = data.get("contact")
        if (
            contact is not None
            and organisation is not None
            and contact.organisation_id not in {None, organisation.pk}
        ):
            self.add_error("contact", _("This contact belongs to another organisation."))
        return data

    def _clean_times(self, data: dict[str, Any]) -> None:
        start_date: datetime.date | None = data.get("start_date")
        if start_date is None:
            return
        end_date: datetime.date = data.get("end_date") or start_date
        if data.get("all_day"):
            data["starts_at"] = datetime.datetime.combine(start_date, datetime.time(), self.zone)
            data["ends_at"] = datetime.datetime.combine(
                end_date + datetime.timedelta(days=1), datetime.time(), self.zone
            )
            return
        missing = False
        for name, message in [
            ("start_time", _("Please give the time it begins, or tick “All day”.")),
            ("end_time", _("Please give the time it ends, or tick “All day”.")),
        ]:
            if data.get(name) is None and name not in self.errors:
                self.add_error(name, message)
                missing = True
        if missing or data.get("start_time") is None or data.get("end_time") is None:
            return
        data["starts_at"] = datetime.datetime.combine(start_date, data["start_time"], self.zone)
        data["ends_at"] = datetime.datetime.combine(end_date, data["end_time"], self.zone)

    def _clean_place(self, data: dict[str, Any]) -> None:
        if not self.new_places:
            return
        entered = any(data.get(name) for name in ["place_name", "place_street", "place_postcode"])
        if not entered:
            return
        if data.get("place") is not None:
            self.add_error(
                "place_street",
                _("Please either choose a place or enter a new address, not both."),
            )
        for name in ["place_street", "place_postcode", "place_city"]:
            if not data.get(name):
                self.add_error(name, _("This field is required."))

    # Results

    def place_data(self) -> PlaceData | None:
        """The new address entered, if any."""
        data = self.cleaned_data
        if not self.new_places or not data.get("place_street"):
            return None
        return PlaceData(
            name=data["place_name"],
            street=data["place_street"],
            postcode=data["place_postcode"],
            city=data["place_city"],
            district=data["place_district"],
        )

    def _questions(self) -> list[dict[str, Any]]:
        questions = []
        for number, names, required in self.question_rows:
            label = {
                name.removeprefix(f"question_{number}_"): self.cleaned_data.get(name, "")
                for name in names
            }
            if any(text.strip() for text in label.values()):
                questions.append({"label": label, "required": self.cleaned_data.get(required)})
        return questions

    def event_data(self) -> EventData:
        data = self.cleaned_data
        region = self.region
        return EventData(
            organisation=data.get("organisation"),
            programme=data.get("programme"),
            title=texts_of(self, region, "title"),
            summary=texts_of(self, region, "summary"),
            description={
                code: plain_text_to_html(text)
                for code, text in texts_of(self, region, "description").items()
            },
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            all_day=bool(data.get("all_day")),
            time_zone=str(self.zone.key),
            rrule=data.get("rrule", ""),
            exdates=data.get("exdates", []),
            place=data.get("place"),
            online=bool(data.get("online")),
            online_url=data.get("online_url", ""),
            district=data.get("district"),
            languages=[*data.get("languages", []), *data.get("other_languages", [])],
            target_groups=list(data.get("target_groups", [])),
            themes=list(data.get("themes", [])),
            cost=data["cost"],
            cost_amount=data.get("cost_amount"),
            step_free=bool(data.get("step_free")),
            hearing_loop=bool(data.get("hearing_loop")),
            image_alt=dict(self.event.image_alt) if self.event is not None else {},
            contact=data.get("contact"),
            offer=data.get("offer"),
            registration=bool(data.get("registration")),
            invitation_only=bool(data.get("invitation_only")),
            capacity=data.get("capacity"),
            questions=self._questions(),
        )

    def apply_service_error(self, error: ValidationError) -> None:
        data = self.cleaned_data
        names = {
            **EVENT_ERROR_FIELDS,
            "title": self.default_title_field,
            "ends_at": "end_date" if data.get("all_day") else "end_time",
            "rrule": "custom_rule" if data.get("repeat") == "custom" else "repeat",
        }
        apply_service_error(self, error, names)


class EventImageForm(TranslatedErrorsMixin, forms.Form):
    image = forms.ImageField(
        label=_("Image"),
        required=False,
        help_text=_("JPEG, PNG or WebP, at most 5 MB."),
    )
    remove = forms.BooleanField(label=_("Remove the image"), required=False)

    def __init__(self, *args: Any, region: Region, event: Event, **kwargs: Any) -> None:
        kwargs.setdefault("initial", texts_initial(region, "alt", event.image_alt))
        super().__init__(*args, **kwargs)
        self.region, self.event = region, event
        self.alt_fields = multilingual_fields(
            self, region, "alt", _("Description of the image"), max_length=300
        )
        if not event.image:
            del self.fields["remove"]

    @property
    def alt_bound_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.alt_fields]

    def clean_image(self) -> Any:
        image = self.cleaned_data.get("image")
        if image and image.size > MAX_IMAGE_FILE:
            raise ValidationError(_("The image is too big: at most 5 MB, please."))
        return image

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("image") and not data.get("remove") and not self.event.image:
            self.add_error("image", _("Please choose an image."))
        return data

    def image_to_save(self) -> Any:
        """The new file; None removes the picture; KEEP_IMAGE changes only the description."""
        if self.cleaned_data.get("remove"):
            return None
        if self.cleaned_data.get("image"):
            return self.cleaned_data["image"]
        return KEEP_IMAGE

    def alt(self) -> dict[str, str]:
        return texts_of(self, self.region, "alt")


# --- Review, capacity, invitations ---------------------------------------------------------


class NoteForm(TranslatedErrorsMixin, forms.Form):
    note = forms.CharField(
        label=_("Note to the organiser"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class CapacityForm(TranslatedErrorsMixin, forms.Form):
    capacity = forms.IntegerField(
        label=_("Places"), min_value=1, required=False, help_text=_("Empty: no limit.")
    )


@dataclass
class InvitationRow:
    number: int
    cells: dict[str, str]


def _sniff_delimiter(first_line: str) -> str:
    return ";" if first_line.count(";") > first_line.count(",") else ","


class InvitationUploadForm(TranslatedErrorsMixin, forms.Form):
    """A CSV file with the columns name, email, language, guests (a header row first)."""

    file = forms.FileField(
        label=_("List of invitees (CSV)"),
        help_text=_(
            "A CSV file (UTF-8, separated by commas or semicolons, at most 1 MB) with a header "
            "row and the columns name, email, language, guests. Rows are counted without the "
            "header row."
        ),
    )

    def clean_file(self) -> list[InviteeData]:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_INVITATION_FILE:
            raise ValidationError(_("The file is too big: at most 1 MB, please."))
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(
                _("This is not a CSV file in UTF-8. Please save the list as “CSV UTF-8”.")
            ) from None
        if "\x00" in text:
            raise ValidationError(_("This is not a CSV file."))
        lines = text.splitlines()
        if not lines or not lines[0].strip():
            raise ValidationError(_("The file is empty."))
        try:
            rows = list(csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(lines[0])))
        except csv.Error:
            raise ValidationError(
                _("The CSV file cannot be read; please check its quotes.")
            ) from None
        header = [cell.strip().lower() for cell in rows[0]]
        missing = [name for name in INVITATION_COLUMNS if name not in header]
        if missing:
            raise ValidationError(
                _(
                    "The header row needs the columns name, email, language, guests; "
                    "missing: %(columns)s."
                )
                % {"columns": ", ".join(missing)}
            )
        position = {name: header.index(name) for name in INVITATION_COLUMNS}
        return self._invitees(rows[1:], position)

    @staticmethod
    def _invitees(rows: list[list[str]], position: dict[str, int]) -> list[InviteeData]:
        invitees, errors = [], []
        number = 0
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            number += 1
            cells = {
                name: row[index].strip() if index < len(row) else ""
                for name, index in position.items()
            }
            guests = cells["guests"] or "0"
            if not guests.isdigit():
                errors.append(
                    _("Row %(row)d: “%(value)s” is not a number of guests (0 to %(max)d).")
                    % {"row": number, "value": guests[:20], "max": MAX_GUESTS}
                )
                continue
            invitees.append(
                InviteeData(
                    name=cells["name"],
                    email=cells["email"],
                    language=cells["language"],
                    guests_allowed=int(guests),
                )
            )
        if errors:
            raise ValidationError(errors)
        return invitees


# --- Programmes ----------------------------------------------------------------------------


class ProgrammeForm(TranslatedErrorsMixin, forms.Form):
    starts_on = forms.DateField(label=_("First day"), widget=_date_input())
    ends_on = forms.DateField(label=_("Last day"), widget=_date_input())
    submission_deadline = forms.DateField(
        label=_("Submission deadline"),
        required=False,
        widget=_date_input(),
        help_text=_("Organisations can submit events until the end of this day."),
    )
    publish_on = forms.DateField(
        label=_("Publication date"),
        required=False,
        widget=_date_input(),
        help_text=_("Accepted events are published together on this day."),
    )

    def __init__(
        self, *args: Any, region: Region, programme: Programme | None = None, **kwargs: Any
    ) -> None:
        if programme is not None:
            initial = {
                "starts_on": programme.starts_on,
                "ends_on": programme.ends_on,
                "submission_deadline": programme.submission_deadline,
                "publish_on": programme.publish_on,
                **texts_initial(region, "title", programme.title),
                **texts_initial(region, "description", programme.description),
            }
            kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        self.region = region
        self.title_fields = multilingual_fields(self, region, "title", _("Title"), max_length=200)
        self.description_fields = multilingual_fields(
            self, region, "description", _("Description"), max_length=20000, rows=4
        )

    def programme_data(self) -> ProgrammeData:
        data = self.cleaned_data
        return ProgrammeData(
            title=texts_of(self, self.region, "title"),
            description={
                code: plain_text_to_html(text)
                for code, text in texts_of(self, self.region, "description").items()
            },
            starts_on=data["starts_on"],
            ends_on=data["ends_on"],
            submission_deadline=data.get("submission_deadline"),
            publish_on=data.get("publish_on"),
        )

    def apply_service_error(self, error: ValidationError) -> None:
        apply_service_error(self, error, {"title": f"title_{self.region.default_language_id}"})


# --- iCalendar feeds -----------------------------------------------------------------------


class FeedForm(TranslatedErrorsMixin, forms.Form):
    name = forms.CharField(label=_("Name"), max_length=150)
    url = forms.URLField(
        label=_("Address of the iCalendar feed"),
        max_length=500,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"dir": "ltr"}),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organiser"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("The organisation whose events the feed lists."),
    )
    language = forms.ChoiceField(label=_("Language of the feed's texts"))
    interval_hours = forms.IntegerField(
        label=_("Import every (hours)"), min_value=1, max_value=24 * 7, initial=24
    )
    active = forms.BooleanField(label=_("Active"), required=False, initial=True)

    def __init__(self, *args: Any, region: Region, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"language": region.default_language_id})
        super().__init__(*args, **kwargs)
        organisation = cast(forms.ModelChoiceField, self.fields["organisation"])  # type: ignore[type-arg]
        organisation.queryset = Organisation.objects.for_region(region).order_by("name")
        organisation.empty_label = _("The integration office")
        _set_choices(self, "language", region.language_choices())

    @staticmethod
    def initial_of(feed: Any) -> dict[str, Any]:
        return {
            "name": feed.name,
            "url": feed.url,
            "organisation": feed.organisation_id,
            "language": feed.language,
            "interval_hours": feed.interval_hours,
            "active": feed.active,
        }
