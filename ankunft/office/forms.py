from __future__ import annotations

import json
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from ankunft.core.forms import TranslatedErrorsMixin
from ankunft.core.models import District, Feature, Language, Region


class RegionSettingsForm(TranslatedErrorsMixin, forms.ModelForm):
    languages = forms.CharField(
        label=_("Content languages, in order"),
        help_text=_("Language codes separated by commas, e.g. de, en, ar, uk."),
        max_length=500,
    )
    features = forms.MultipleChoiceField(
        label=_("Enabled features"),
        choices=Feature.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Region
        fields = [
            "name",
            "ags",
            "default_language",
            "contact_name",
            "contact_email",
            "contact_phone",
            "address",
            "features",
        ]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["default_language"]).queryset = (  # type: ignore[type-arg]
            Language.objects.active()
        )
        self.initial.setdefault("languages", ", ".join(self.instance.language_codes()))

    def clean_languages(self) -> list[str]:
        return [code.strip() for code in self.cleaned_data["languages"].split(",") if code.strip()]

    def service_data(self) -> dict[str, Any]:
        return {field: self.cleaned_data[field] for field in self.Meta.fields}


class RegionTextsForm(TranslatedErrorsMixin, forms.Form):
    welcome = forms.CharField(
        label=_("Welcome text on the start page"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
    )
    imprint = forms.CharField(
        label=_("Imprint"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
    )
    privacy = forms.CharField(
        label=_("Privacy notice"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=50000,
    )


class DistrictForm(TranslatedErrorsMixin, forms.ModelForm):
    # A form field of its own (JSON text), so that the service's "boundary" errors land here.
    boundary = forms.CharField(
        label=_("Boundary (GeoJSON)"),
        required=False,
        max_length=2_000_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("A GeoJSON Polygon or MultiPolygon; optional."),
    )

    class Meta:
        model = District
        fields = ["key", "name", "kind", "population", "latitude", "longitude"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.boundary:
            self.initial["boundary"] = json.dumps(self.instance.boundary)

    def clean_boundary(self) -> Any:
        text = self.cleaned_data["boundary"].strip()
        if not text:
            return None
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            raise forms.ValidationError(_("This is not valid JSON.")) from None

    def service_data(self) -> dict[str, Any]:
        data = {field: self.cleaned_data[field] for field in self.Meta.fields}
        data["boundary"] = self.cleaned_data["boundary"]
        return data


class AuditFilterForm(TranslatedErrorsMixin, forms.Form):
    action = forms.CharField(label=_("Action"), required=False, max_length=60)
    object_type = forms.CharField(label=_("Kind of object"), required=False, max_length=60)
    actor = forms.CharField(label=_("Changed by"), required=False, max_length=120)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
