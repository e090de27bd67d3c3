"""Shared form helpers."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

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
            elif isinstance(field, forms.IntegerField):
                field.error_messages["invalid"] = _("Enter a whole number.")
            elif isinstance(field, forms.DecimalField | forms.FloatField):
                field.error_messages["invalid"] = _("Enter a number.")
            if isinstance(field, forms.ChoiceField | forms.ModelChoiceField):
                field.error_messages["invalid_choice"] = _(
                    "Select a valid choice. That choice is not one of the available choices."
                )


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
