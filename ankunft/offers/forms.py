"""Forms of the office pages of the directory of offers.

Opening hours are entered as one line of text per location, for example
"Mo 09:00-12:00, Mi 14:00-16:00" or "Mon-Fri 9-12, Wed 14:00-16:30". German and English
weekday abbreviations are understood (Mo Di Mi Do Fr Sa So, Mon Tue Wed Thu Fri Sat Sun),
as are ranges of days ("Mo-Fr"), several days before the same times ("Mo, Mi 9-12") and
several times for the same days ("Mo 9-12, 14-16").
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ankunft.core.forms import TranslatedErrorsMixin, language_codes_from_text
from ankunft.core.html import plain_text_to_html
from ankunft.core.models import District, Language, Region
from ankunft.offers.models import (
    Category,
    Contact,
    Cost,
    Offer,
    OfferLocation,
    OfferStatus,
    TargetGroup,
    Theme,
)
from ankunft.offers.services import (
    ContactData,
    LocationData,
    OfferData,
    PlaceData,
    validate_coordinates,
)
from ankunft.organisations.models import Organisation

# --- Opening hours as text -----------------------------------------------------------------

WEEKDAY_NAMES: dict[str, int] = {
    "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6,
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
GERMAN_DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
ENGLISH_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
HOURS_EXAMPLE = "Mo 09:00-12:00, Mi 14:00-16:00"
_DASH = r"\s*(?:-|–|—|bis|to)\s*"
_TIME = r"\d{1,2}(?:[:.]\d{2})?"
_HOURS_TOKEN = re.compile(
    rf"""\s*(?:
        (?P<times>(?P<opens>{_TIME}){_DASH}(?P<closes>{_TIME}))(?:\s*uhr\b)?
      | (?P<days>(?P<first>[^\W\d_]+)\.?(?:\s*[-–—]\s*(?P<last>[^\W\d_]+)\.?)?)
      | (?P<separator>[,;/+&])
    )\s*""",
    re.VERBOSE | re.IGNORECASE,
)

Hours = list[tuple[int, datetime.time, datetime.time]]


def _weekday(word: str) -> int:
    try:
        return WEEKDAY_NAMES[word.casefold()]
    except KeyError:
        raise ValidationError(
            _(
                "Unknown weekday “%(day)s”. Use Mo, Di, Mi, Do, Fr, Sa, So "
                "or Mon, Tue, Wed, Thu, Fri, Sat, Sun."
            )
            % {"day": word}
        ) from None


def _time(text: str) -> datetime.time:
    hour, _separator, minute = text.replace(".", ":").partition(":")
    try:
        return datetime.time(int(hour), int(minute or 0))
    except ValueError:
        raise ValidationError(_("“%(time)s” is not a time of day.") % {"time": text}) from None


def _days(first: str, last: str | None) -> list[int]:
    start = _weekday(first)
    if last is None:
        return [start]
    end = _weekday(last)
    return [(start + step) % 7 for step in range((end - start) % 7 + 1)]


def parse_hours(text: str) -> Hours:
    """Opening hours from text such as "Mo 09:00-12:00, Mi 14:00-16:00"."""
    hours: Hours = []
    days: list[int] = []
    days_text = ""
    after_times = True
    position = 0
    text = text.strip()
    while position < len(text):
        match = _HOURS_TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise ValidationError(
                _("“%(text)s” is not understood. Write the opening hours like “%(example)s”.")
                % {"text": text[position:].strip()[:40], "example": HOURS_EXAMPLE}
            )
        position = match.end()
        if match.group("days"):
            if match.group("days").casefold() == "uhr":
                continue
            if after_times:
                days, days_text = [], ""
            days += [day for day in _days(match["first"], match["last"]) if day not in days]
            days_text = f"{days_text}, {match['days']}" if days_text else match["days"]
            after_times = False
        elif match.group("times"):
            if not days:
                raise ValidationError(
                    _("Please write the weekday before the times “%(times)s”.")
                    % {"times": match["times"]}
                )
            opens, closes = _time(match["opens"]), _time(match["closes"])
            if closes <= opens:
                raise ValidationError(
                    _("The opening hours “%(times)s” end before they begin.")
                    % {"times": match["times"]}
                )
            hours += [(day, opens, closes) for day in days]
            after_times = True
    if not after_times:
        raise ValidationError(_("Please write the times after “%(days)s”.") % {"days": days_text})
    return sorted(set(hours))


def format_hours(hours: Iterable[tuple[int, datetime.time, datetime.time]]) -> str:
    """The text form of opening hours, in German abbreviations for a German interface."""
    names = GERMAN_DAYS if (get_language() or "").startswith("de") else ENGLISH_DAYS
    return ", ".join(
        f"{names[weekday]} {opens:%H:%M}-{closes:%H:%M}" for weekday, opens, closes in hours
    )


# --- Widgets and fields --------------------------------------------------------------------


class CoordinateField(forms.DecimalField):
    """A latitude or longitude; a decimal comma is accepted, more than 6 places are rounded."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        number = super().to_python(value)
        if number is None:
            return None
        try:
            return number.quantize(Decimal("0.000001"))
        except InvalidOperation:
            raise ValidationError(_("Enter a number."), code="invalid") from None


class FlagInput(forms.CheckboxInput):
    """A checkbox that sends "1", as the office list expects in its query string."""

    def format_value(self, value: Any) -> str:
        return "1"


def _number_messages(form: forms.Form) -> None:
    """DecimalField is a subclass of IntegerField, so TranslatedErrorsMixin gives it the
    "whole number" message; decimals get the right one here."""
    for field in form.fields.values():
        if isinstance(field, forms.DecimalField):
            field.error_messages["invalid"] = _("Enter a number.")


def _checkboxes() -> forms.CheckboxSelectMultiple:
    return forms.CheckboxSelectMultiple(attrs={"class": "choices"})


def _text_attrs(language: Language | None, **attrs: Any) -> dict[str, Any]:
    if language is not None:
        attrs.update({"lang": language.code, "dir": language.direction})
    return attrs


class ContactChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Contact) -> str:
        details = [part for part in [obj.email, obj.phone] if part]
        label = f"{obj.name} ({', '.join(details)})" if details else obj.name
        return f"{label} – {obj.organisation.name}" if obj.organisation else label


# --- The office list -----------------------------------------------------------------------


class OfferFilterForm(TranslatedErrorsMixin, forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    status = forms.ChoiceField(label=_("Status"), required=False)
    organisation = forms.ModelChoiceField(
        label=_("Provider"), queryset=Organisation.objects.none(), required=False
    )
    category = forms.ChoiceField(label=_("Category"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    district = forms.ChoiceField(label=_("District"), required=False)
    stale = forms.BooleanField(
        label=_("Only offers that need confirmation"), required=False, widget=FlagInput
    )
    problems = forms.BooleanField(
        label=_("Only offers with open problem reports"), required=False, widget=FlagInput
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("", _("last change")),
            ("confirmed", _("last confirmed, oldest first")),
            ("created", _("newest first")),
        ],
    )

    def __init__(self, *args: Any, region: Region, may_manage: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        everything = [("", _("all"))]
        self._choices("status", [*everything, *OfferStatus.choices])
        self._choices("category", [*everything, *Category.choices])
        language = get_language() or region.default_language_id
        self._choices(
            "theme",
            [*everything]
            + [(t.key, t.text(language).text) for t in Theme.objects.for_region(region)],
        )
        self._choices(
            "district",
            [*everything]
            + [(d.key, d.name) for d in District.objects.for_region(region).order_by("name")],
        )
        if may_manage:
            field = cast(forms.ModelChoiceField, self.fields["organisation"])  # type: ignore[type-arg]
            field.queryset = Organisation.objects.for_region(region)
            field.empty_label = _("all")
        else:
            del self.fields["organisation"]

    def _choices(self, name: str, choices: list[tuple[str, Any]]) -> None:
        cast(forms.ChoiceField, self.fields[name]).choices = choices


BULK_ACTIONS = {
    "publish": _("Publish"),
    "archive": _("Archive"),
    "request_confirmation": _("Ask the providers to confirm"),
}


# --- The offer form ------------------------------------------------------------------------


class OfferForm(TranslatedErrorsMixin, forms.Form):
    """Everything of an offer except the locations; the texts in one language."""

    organisation = forms.ModelChoiceField(label=_("Provider"), queryset=Organisation.objects.none())
    external_id = forms.CharField(
        label=_("External id"),
        max_length=100,
        required=False,
        help_text=_("The offer's id in your own spreadsheet; re-imports update by this id."),
    )
    title = forms.CharField(label=_("Title"), max_length=300)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two short sentences, shown in the list of offers."),
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=20000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Separate paragraphs with an empty line. Simple HTML (paragraphs, lists, bold, "
            "italics, links) is kept."
        ),
    )
    themes = forms.MultipleChoiceField(label=_("Themes"), required=False, widget=_checkboxes())
    categories = forms.MultipleChoiceField(
        label=_("Categories"), choices=Category.choices, widget=_checkboxes()
    )
    target_groups = forms.MultipleChoiceField(
        label=_("Target groups"), choices=TargetGroup.choices, required=False, widget=_checkboxes()
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
    cost = forms.ChoiceField(
        label=_("Cost"), choices=Cost.choices, initial=Cost.FREE, widget=forms.RadioSelect
    )
    cost_amount = forms.DecimalField(
        label=_("Amount in euros"), max_digits=8, decimal_places=2, min_value=0, required=False
    )
    cost_note = forms.CharField(label=_("Note on the cost"), max_length=500, required=False)
    registration_required = forms.BooleanField(label=_("Registration needed"), required=False)
    step_free = forms.BooleanField(label=_("Step-free access"), required=False)
    hearing_loop = forms.BooleanField(label=_("Hearing loop"), required=False)
    online = forms.BooleanField(label=_("Online or by phone"), required=False)
    online_url = forms.URLField(
        label=_("Address of the online offer"), required=False, assume_scheme="https"
    )
    valid_from = forms.DateField(
        label=_("Valid from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    valid_until = forms.DateField(
        label=_("Valid until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    contact = ContactChoiceField(
        label=_("Contact"),
        queryset=Contact.objects.none(),
        required=False,
        help_text=_("Choose an existing contact, or enter a new one below."),
    )
    contact_name = forms.CharField(label=_("Name of a new contact"), max_length=150, required=False)
    contact_email = forms.EmailField(label=_("E-mail of the new contact"), required=False)
    contact_phone = forms.CharField(
        label=_("Phone of the new contact"), max_length=60, required=False
    )
    create_anyway = forms.BooleanField(
        label=_("Create anyway: this is not a duplicate"), required=False
    )

    TEXT_FIELDS = ["title", "summary", "description", "cost_note"]

    def __init__(
        self,
        *args: Any,
        region: Region,
        organisations: QuerySet[Organisation],
        language: str,
        offer: Offer | None = None,
        all_contacts: bool = False,
        **kwargs: Any,
    ) -> None:
        self.region, self.offer, self.language = region, offer, language
        kwargs.setdefault("initial", self._initial(offer, language, region))
        super().__init__(*args, **kwargs)
        _number_messages(self)
        self.language_object = region.language_by_code(language)
        language_name = self.language_object.native_name if self.language_object else language
        for name in self.TEXT_FIELDS:
            field = self.fields[name]
            field.label = _("%(field)s (%(language)s)") % {
                "field": field.label,
                "language": language_name,
            }
            field.widget.attrs.update(_text_attrs(self.language_object))
        if offer is not None and any(
            text for code, text in offer.title.items() if code != language
        ):
            self.fields["title"].required = False
        organisation_field = cast(forms.ModelChoiceField, self.fields["organisation"])  # type: ignore[type-arg]
        organisation_field.queryset = organisations
        if offer is None and len(choices := list(organisations[:2])) == 1:
            organisation_field.initial = choices[0].pk
        contacts = Contact.objects.for_region(region).select_related("organisation")
        if not all_contacts:
            mine = Q(organisation__in=organisations)
            if offer is not None and offer.contact_id is not None:
                mine |= Q(pk=offer.contact_id)
            contacts = contacts.filter(mine)
        cast(forms.ModelChoiceField, self.fields["contact"]).queryset = contacts  # type: ignore[type-arg]
        ui_language = get_language() or region.default_language_id
        cast(forms.ChoiceField, self.fields["themes"]).choices = [
            (theme.key, theme.text(ui_language).text) for theme in Theme.objects.for_region(region)
        ]
        cast(forms.ChoiceField, self.fields["languages"]).choices = region.language_choices()
        if offer is not None:
            del self.fields["create_anyway"]

    @staticmethod
    def _initial(offer: Offer | None, language: str, region: Region) -> dict[str, Any]:
        if offer is None:
            return {"cost": Cost.FREE}
        region_codes = set(region.language_codes())
        initial: dict[str, Any] = {
            "organisation": offer.organisation_id,
            "external_id": offer.external_id,
            "themes": offer.themes,
            "categories": offer.categories,
            "target_groups": offer.target_groups,
            "languages": [code for code in offer.languages if code in region_codes],
            "other_languages": ", ".join(c for c in offer.languages if c not in region_codes),
            "cost": offer.cost,
            "cost_amount": offer.cost_amount,
            "registration_required": offer.registration_required,
            "step_free": offer.step_free,
            "hearing_loop": offer.hearing_loop,
            "online": offer.online,
            "online_url": offer.online_url,
            "valid_from": offer.valid_from,
            "valid_until": offer.valid_until,
            "contact": offer.contact_id,
        }
        for name in OfferForm.TEXT_FIELDS:
            initial[name] = getattr(offer, name).get(language, "")
        return initial

    @property
    def text_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.TEXT_FIELDS]

    def clean_other_languages(self) -> list[str]:
        return language_codes_from_text(self.cleaned_data.get("other_languages", ""))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        contact: Contact | None = data.get("contact")
        organisation: Organisation | None = data.get("organisation")
        if (
            contact is not None
            and organisation is not None
            and contact.organisation_id not in {None, organisation.pk}
        ):
            self.add_error("contact", _("This contact belongs to another organisation."))
        new_contact = any(data.get(name) for name in ["contact_email", "contact_phone"])
        if contact is None and new_contact and not data.get("contact_name"):
            self.add_error("contact_name", _("Please enter the name of the new contact."))
        if contact is not None and data.get("contact_name"):
            self.add_error(
                "contact_name",
                _("Please either choose an existing contact or enter a new one, not both."),
            )
        return data

    def new_contact(self) -> ContactData | None:
        data = self.cleaned_data
        if data.get("contact") is not None or not data.get("contact_name"):
            return None
        return ContactData(
            name=data["contact_name"], email=data["contact_email"], phone=data["contact_phone"]
        )

    def _texts(self, name: str) -> dict[str, str]:
        existing = dict(getattr(self.offer, name)) if self.offer is not None else {}
        text = self.cleaned_data.get(name, "")
        if name == "description":
            text = plain_text_to_html(text)
        return {**existing, self.language: text}

    def offer_data(self) -> OfferData:
        data = self.cleaned_data
        return OfferData(
            organisation=data["organisation"],
            title=self._texts("title"),
            summary=self._texts("summary"),
            description=self._texts("description"),
            cost_note=self._texts("cost_note"),
            external_id=data["external_id"],
            themes=list(data["themes"]),
            categories=list(data["categories"]),
            target_groups=list(data["target_groups"]),
            languages=[*data["languages"], *data["other_languages"]],
            cost=data["cost"],
            cost_amount=data["cost_amount"],
            registration_required=data["registration_required"],
            step_free=data["step_free"],
            hearing_loop=data["hearing_loop"],
            online=data["online"],
            online_url=data["online_url"],
            valid_from=data["valid_from"],
            valid_until=data["valid_until"],
            contact=data["contact"],
        )


# --- Locations -----------------------------------------------------------------------------


class LocationForm(TranslatedErrorsMixin, forms.Form):
    location = forms.IntegerField(widget=forms.HiddenInput, required=False)
    name = forms.CharField(label=_("Name of the place"), max_length=200, required=False)
    street = forms.CharField(label=_("Street and number"), max_length=200)
    postcode = forms.CharField(label=_("Postcode"), max_length=10, required=False)
    city = forms.CharField(label=_("City"), max_length=100)
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.none(), required=False
    )
    latitude = CoordinateField(label=_("Latitude"), required=False)
    longitude = CoordinateField(label=_("Longitude"), required=False)
    by_appointment = forms.BooleanField(label=_("By appointment"), required=False)
    hours = forms.CharField(
        label=_("Opening hours"),
        max_length=500,
        required=False,
        help_text=_(
            "For example: “Mo 09:00-12:00, Mi 14:00-16:00” or “Mon-Fri 9-12”. "
            "Weekdays: Mo Di Mi Do Fr Sa So or Mon Tue Wed Thu Fri Sat Sun."
        ),
    )

    def __init__(self, *args: Any, region: Region, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _number_messages(self)
        cast(forms.ModelChoiceField, self.fields["district"]).queryset = (  # type: ignore[type-arg]
            District.objects.for_region(region).order_by("name")
        )
        self.fields["city"].initial = region.name

    def has_changed(self) -> bool:
        """An extra row counts as empty while only the preset city is in it."""
        return any(name not in {"city", "location"} for name in self.changed_data)

    def clean_hours(self) -> Hours:
        return parse_hours(self.cleaned_data.get("hours", ""))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if "latitude" in data and "longitude" in data:
            try:
                validate_coordinates(data["latitude"], data["longitude"])
            except ValidationError as error:
                self.add_error("latitude", error)
        return data


class BaseLocationFormSet(forms.BaseFormSet):  # type: ignore[type-arg]
    def __init__(self, *args: Any, offer: Offer | None = None, **kwargs: Any) -> None:
        self.offer = offer
        super().__init__(*args, **kwargs)

    def add_fields(self, form: forms.Form, index: int | None) -> None:
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Remove this location")

    def location_data(self) -> list[LocationData]:
        """The filled-in locations, keeping the exceptions of locations that stay."""
        exceptions: dict[int, list[dict[str, Any]]] = {}
        if self.offer is not None:
            for location in OfferLocation.objects.filter(offer=self.offer).prefetch_related(
                "exceptions"
            ):
                exceptions[location.pk] = [
                    {
                        "date": row.date,
                        "closed": row.closed,
                        "opens": row.opens,
                        "closes": row.closes,
                        "note": row.note,
                    }
                    for row in location.exceptions.all()
                ]
        locations = []
        for form in self.forms:
            data = form.cleaned_data
            if not data or data.get("DELETE"):
                continue
            locations.append(
                LocationData(
                    place=PlaceData(
                        name=data["name"],
                        street=data["street"],
                        postcode=data["postcode"],
                        city=data["city"],
                        district=data["district"],
                        latitude=data["latitude"],
                        longitude=data["longitude"],
                    ),
                    by_appointment=data["by_appointment"],
                    hours=data["hours"],
                    exceptions=exceptions.get(data.get("location") or 0, []),
                )
            )
        return locations

    def addresses(self) -> list[tuple[str, str]]:
        return [(place.place.street, place.place.postcode) for place in self.location_data()]


LocationFormSet = cast(
    type[BaseLocationFormSet],
    forms.formset_factory(
        LocationForm, formset=BaseLocationFormSet, extra=1, can_delete=True, max_num=50
    ),
)


def location_initial(offer: Offer | None) -> list[dict[str, Any]]:
    if offer is None:
        return []
    rows = []
    for location in offer.locations.select_related("place").prefetch_related("hours"):
        place = location.place
        rows.append(
            {
                "location": location.pk,
                "name": place.name,
                "street": place.street,
                "postcode": place.postcode,
                "city": place.city,
                "district": place.district_id,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "by_appointment": location.by_appointment,
                "hours": format_hours(
                    (hours.weekday, hours.opens, hours.closes) for hours in location.hours.all()
                ),
            }
        )
    return rows


# --- Status, translations, themes ----------------------------------------------------------


class ReturnForm(TranslatedErrorsMixin, forms.Form):
    note = forms.CharField(
        label=_("What should the provider change?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class TranslationForm(TranslatedErrorsMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300, required=False)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=20000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=OfferForm.base_fields["description"].help_text,
    )
    cost_note = forms.CharField(label=_("Note on the cost"), max_length=500, required=False)

    def __init__(self, *args: Any, language: Language, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.update(_text_attrs(language))
            field.label = _("%(field)s (%(language)s)") % {
                "field": field.label,
                "language": language.native_name,
            }

    def texts(self) -> dict[str, str]:
        texts = dict(self.cleaned_data)
        texts["description"] = plain_text_to_html(texts.get("description", ""))
        return texts


class ThemeForm(TranslatedErrorsMixin, forms.Form):
    key = forms.SlugField(
        label=_("Key"),
        max_length=60,
        help_text=_("Lower-case letters, digits and hyphens; used in addresses and imports."),
    )
    position = forms.IntegerField(label=_("Position"), min_value=0, max_value=1000, initial=0)

    def __init__(self, *args: Any, region: Region, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.name_fields = []
        for language in region.enabled_languages():
            name = f"name_{language.code}"
            self.fields[name] = forms.CharField(
                label=_("Name (%(language)s)") % {"language": language.native_name},
                max_length=120,
                required=False,
                widget=forms.TextInput(attrs=_text_attrs(language)),
            )
            self.name_fields.append(name)

    def names(self) -> dict[str, str]:
        return {name.removeprefix("name_"): self.cleaned_data[name] for name in self.name_fields}
