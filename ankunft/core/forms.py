"""Shared form helpers."""

from __future__ import annotations

import re
import time
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from ankunft.core.models import Language

# Django's own validation messages, repeated here so that our catalogue carries them in
# every interface language (Django itself has no Kurmanji or Tigrinya translation).
DJANGO_MESSAGES = [
    _("This field is required."),
    _("Enter a valid email address."),
    _("Enter a valid URL."),
    _("Enter a whole number."),
    _("Enter a number."),
    _("Select a valid choice. That choice is not one of the available choices."),
    _("Enter a valid date."),
    _("Ensure this value is greater than or equal to %(limit_value)s."),
    _("Ensure this value is less than or equal to %(limit_value)s."),
    _("Enter a valid JSON."),
    _(
        "Please enter a correct %(username)s and password. Note that both fields may be case-sensitive."  # noqa: E501
    ),
    _("This account is inactive."),
    _("The two password fields didn’t match."),
    _("This password is too common."),
    _("This password is entirely numeric."),
    _("The password is too similar to the %(verbose_name)s."),
]


class TranslatedErrorsMixin:
    """Render every field error via our catalogue."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        for field in self.fields.values():  # type: ignore[attr-defined]
            field.error_messages["required"] = _("This field is required.")
            if isinstance(field, forms.EmailField):
                field.error_messages["invalid"] = _("Enter a valid email address.")
            elif isinstance(field, forms.URLField):
                field.error_messages["invalid"] = _("Enter a valid URL.")
            elif isinstance(field, forms.DecimalField | forms.FloatField):
                # Before IntegerField: both are subclasses of it.
                field.error_messages["invalid"] = _("Enter a number.")
            elif isinstance(field, forms.IntegerField):
                field.error_messages["invalid"] = _("Enter a whole number.")
            if isinstance(field, forms.ChoiceField | forms.ModelChoiceField):
                field.error_messages["invalid_choice"] = _(
                    "Select a valid choice. That choice is not one of the available choices."
                )


def language_codes_from_text(text: str) -> list[str]:
    """Language codes typed as text ("ro, bg pl"), spelled as in the catalogue; unknown
    codes raise a ValidationError naming them."""
    codes = [code.strip() for code in re.split(r"[,;\s]+", text) if code.strip()]
    known = {code.casefold(): code for code in Language.objects.values_list("code", flat=True)}
    unknown = [code for code in codes if code.casefold() not in known]
    if unknown:
        raise ValidationError(
            _("Unknown language code: %(codes)s") % {"codes": ", ".join(unknown)}
        )
    return [known[code.casefold()] for code in codes]


def apply_validation_error(form: forms.BaseForm, error: ValidationError) -> None:
    """Attach a service's ValidationError to the form (per field where the field exists)."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            target = field if field in form.fields else None
            for message in messages:
                form.add_error(target, message)
    else:
        for message in error.messages:
            form.add_error(None, message)


FORM_CLOCK_SALT = "ankunft.form-clock"


class SpamProtectedForm(forms.Form):
    """A public form with a field people never see, and the time the form was shown."""

    homepage = forms.CharField(label=_("Leave this field empty"), required=False)
    shown_at = forms.CharField(widget=forms.HiddenInput, required=False)

    @property
    def fresh_shown_at(self) -> str:
        """A new form clock for every rendering, so a refused form can be sent again."""
        return signing.dumps(time.time(), salt=FORM_CLOCK_SALT)

    def clean_homepage(self) -> str:
        if self.cleaned_data.get("homepage"):
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""

    def clean_shown_at(self) -> str:
        message = _("The form has expired or was sent too quickly. Please fill it in again.")
        try:
            shown = float(
                signing.loads(
                    self.cleaned_data.get("shown_at") or "", salt=FORM_CLOCK_SALT, max_age=24 * 3600
                )
            )
        except (signing.BadSignature, ValueError, TypeError):
            raise forms.ValidationError(message) from None
        if time.time() - shown < settings.ANKUNFT_SIGNATURE_MIN_SECONDS:
            raise forms.ValidationError(message)
        return ""


def too_many_submissions(request: HttpRequest, bucket: str, per_hour: int) -> bool:
    """Count a public form submission per connection; True once over the hourly limit."""
    key = f"{bucket}:{request.META.get('REMOTE_ADDR', '')}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:
        return False
    return count > per_hour
