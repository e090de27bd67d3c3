"""Forms of the public pages of the directory of offers."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ankunft.core.forms import SpamProtectedForm, TranslatedErrorsMixin


class ProblemReportForm(TranslatedErrorsMixin, SpamProtectedForm):
    message = forms.CharField(
        label=_("What is wrong with this entry?"),
        help_text=_("For example: the opening hours have changed, or the phone number is wrong."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        help_text=_("Only if we may ask you a question about your report."),
        required=False,
    )
