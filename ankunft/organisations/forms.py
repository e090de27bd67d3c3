from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from ankunft.core.forms import SpamProtectedForm, TranslatedErrorsMixin
from ankunft.core.models import District, Region
from ankunft.organisations.models import Organisation, Sector, SignatureKind


def organisation_sectors() -> list[tuple[str, str]]:
    return [(value, str(label)) for value, label in Sector.choices if value != Sector.CITIZEN]


class SignatureForm(TranslatedErrorsMixin, SpamProtectedForm):
    kind = forms.ChoiceField(
        label=_("I sign"),
        choices=SignatureKind.choices,
        widget=forms.RadioSelect,
        initial=SignatureKind.CITIZEN,
    )
    name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We only use it to tell you about your signature."),
    )
    organisation_name = forms.CharField(
        label=_("Name of the organisation"), max_length=200, required=False
    )
    sector = forms.ChoiceField(label=_("Sector"), choices=[("", "—")], required=False)
    website = forms.URLField(
        label=_("Website of the organisation"), required=False, assume_scheme="https"
    )
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.none(), required=False, empty_label="—"
    )
    show_publicly = forms.BooleanField(
        label=_("Show my name on the public list of signatories"), required=False, initial=True
    )
    consent = forms.BooleanField(label=_("I agree"), required=True)

    def __init__(self, *args: Any, region: Region, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["sector"]).choices = [
            ("", "—"),
            *organisation_sectors(),
        ]
        cast(forms.ModelChoiceField, self.fields["district"]).queryset = (  # type: ignore[type-arg]
            District.objects.for_region(region)
        )
        self.fields["consent"].error_messages["required"] = _(
            "Please agree to the consent text to sign."
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == SignatureKind.ORGANISATION:
            if not data.get("organisation_name"):
                self.add_error("organisation_name", _("Please enter the organisation's name."))
            if not data.get("sector"):
                self.add_error("sector", _("Please choose the organisation's sector."))
        return data


class RejectForm(TranslatedErrorsMixin, forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to the person who signed)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class OrganisationForm(TranslatedErrorsMixin, forms.ModelForm):
    class Meta:
        model = Organisation
        fields = [
            "name",
            "sector",
            "street",
            "postcode",
            "city",
            "district",
            "website",
            "email",
            "phone",
        ]

    def __init__(self, *args: Any, region: Region, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["district"]).queryset = (  # type: ignore[type-arg]
            District.objects.for_region(region)
        )
        self.language_fields = []
        description = self.instance.description if self.instance.pk else {}
        for code, name in region.language_choices():
            field_name = f"description_{code}"
            self.fields[field_name] = forms.CharField(
                label=_("Description (%(language)s)") % {"language": name},
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 3, "lang": code}),
                initial=description.get(code, ""),
            )
            self.language_fields.append(field_name)

    def service_data(self) -> dict[str, Any]:
        data = {field: self.cleaned_data[field] for field in self.Meta.fields}
        data["description"] = {
            name.removeprefix("description_"): self.cleaned_data[name]
            for name in self.language_fields
        }
        return data


class MemberForm(TranslatedErrorsMixin, forms.Form):
    full_name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"))


class DeclarationForm(TranslatedErrorsMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300, required=False)
    body = forms.CharField(
        label=_("Text"), widget=forms.Textarea(attrs={"rows": 12}), required=False, max_length=20000
    )
    consent = forms.CharField(
        label=_("Consent text"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
    )

    def __init__(self, *args: Any, guideline_count: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guideline_names = []
        for index in range(guideline_count + 1):
            name = f"guideline_{index}"
            self.fields[name] = forms.CharField(
                label=_("Guideline %(number)s") % {"number": index + 1},
                required=False,
                widget=forms.Textarea(attrs={"rows": 3}),
                max_length=3000,
            )
            self.guideline_names.append(name)

    def guidelines(self) -> list[str]:
        return [self.cleaned_data[name] for name in self.guideline_names]
