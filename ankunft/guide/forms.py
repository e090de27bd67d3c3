"""Office forms of the welcome guide. They parse input; the services validate and write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ankunft.core.forms import TranslatedErrorsMixin
from ankunft.core.models import Language, Region
from ankunft.guide.models import Page, TranslationSettings
from ankunft.guide.selectors import page_tree

CONTENT_HELP = _(
    "Headings, paragraphs, lists, bold, italic and links. To show an offer or a contact "
    "with its current address, put [[offer:ID]] or [[contact:ID]] alone on a line; for the "
    "next events, [[events]] or, filtered like the calendar, [[events:theme=KEY,language=ar]]."
)


def _language_attrs(language: Language) -> dict[str, str]:
    return {"lang": language.code, "dir": language.direction}


class PageTextForm(TranslatedErrorsMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    content = forms.CharField(
        label=_("Text"),
        required=False,
        max_length=100_000,
        widget=forms.Textarea(attrs={"rows": 18}),
        help_text=CONTENT_HELP,
    )

    def __init__(self, *args: Any, language: Language, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.update(_language_attrs(language))


class SourceTextForm(PageTextForm):
    minor = forms.BooleanField(
        label=_("Minor edit (a correction that does not need a new translation)"),
        required=False,
    )


class TranslationTextForm(PageTextForm):
    SAVE_DONE = "done"
    SAVE_DRAFT = "draft"

    translated_from = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)
    save_as = forms.ChoiceField(
        label=_("State"),
        choices=[
            (SAVE_DONE, _("Finished: publish this translation")),
            (SAVE_DRAFT, _("Not finished yet: keep it in translation")),
        ],
        initial=SAVE_DONE,
        widget=forms.RadioSelect,
    )


def parent_choices(region: Region, exclude: Page | None = None) -> list[tuple[str, str]]:
    choices = [("", str(_("(top level)")))]
    for node in page_tree(region):
        if exclude is not None and (
            node.page.pk == exclude.pk or any(a.pk == exclude.pk for a in node.ancestors)
        ):
            continue
        choices.append((str(node.page.pk), "— " * node.depth + node.page.slug))
    return choices


class PagePlacementForm(TranslatedErrorsMixin, forms.Form):
    slug = forms.SlugField(label=_("Short name in addresses"), max_length=80)
    parent = forms.TypedChoiceField(
        label=_("Parent page"), required=False, coerce=int, empty_value=None
    )
    position = forms.IntegerField(
        label=_("Position among its siblings"), min_value=0, max_value=10_000
    )

    def __init__(self, *args: Any, region: Region, page: Page | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.region = region
        self.fields["parent"].choices = parent_choices(region, page)  # type: ignore[attr-defined]

    def parent_page(self) -> Page | None:
        parent_id = self.cleaned_data.get("parent")
        if parent_id is None:
            return None
        return Page.objects.for_region(self.region).filter(pk=parent_id).first()


class NewPageForm(PageTextForm):
    slug = forms.SlugField(
        label=_("Short name in addresses"),
        max_length=80,
        required=False,
        help_text=_("Made from the title when left empty."),
    )
    parent = forms.TypedChoiceField(
        label=_("Parent page"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args: Any, region: Region, **kwargs: Any) -> None:
        super().__init__(*args, language=region.default_language, **kwargs)
        self.region = region
        self.fields["parent"].choices = parent_choices(region)  # type: ignore[attr-defined]

    def parent_page(self) -> Page | None:
        parent_id = self.cleaned_data.get("parent")
        if parent_id is None:
            return None
        return Page.objects.for_region(self.region).filter(pk=parent_id).first()


class LanguageSourceForm(TranslatedErrorsMixin, forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    source = forms.ChoiceField(label=_("Translated from"))

    def __init__(self, *args: Any, region: Region, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = region.language_choices()
        self.fields["language"].choices = [  # type: ignore[attr-defined]
            choice for choice in choices if choice[0] != region.default_language_id
        ]
        self.fields["source"].choices = choices  # type: ignore[attr-defined]


class TranslationSettingsForm(TranslatedErrorsMixin, forms.ModelForm):  # type: ignore[type-arg]
    api_key = forms.CharField(
        label=_("API key"),
        required=False,
        widget=forms.PasswordInput(render_value=False),
        help_text=_("Leave empty to keep the stored key."),
    )

    class Meta:
        model = TranslationSettings
        fields = ["provider", "base_url", "monthly_budget"]


class XliffExportForm(TranslatedErrorsMixin, forms.Form):
    language = forms.ChoiceField(label=_("Target language"))
    pages = forms.TypedMultipleChoiceField(
        label=_("Pages"), coerce=int, widget=forms.CheckboxSelectMultiple
    )
    version = forms.ChoiceField(
        label=_("XLIFF version"), choices=[("1.2", "XLIFF 1.2"), ("2.0", "XLIFF 2.0")]
    )
    only_needed = forms.BooleanField(
        label=_("Only pages that are missing or outdated in this language"),
        required=False,
        initial=True,
    )

    def __init__(self, *args: Any, region: Region, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [  # type: ignore[attr-defined]
            choice
            for choice in region.language_choices()
            if choice[0] != region.default_language_id
        ]
        self.fields["pages"].choices = [  # type: ignore[attr-defined]
            (node.page.pk, "— " * node.depth + node.page.slug) for node in page_tree(region)
        ]


class XliffImportForm(TranslatedErrorsMixin, forms.Form):
    file = forms.FileField(label=_("XLIFF file"))


class NewsForm(TranslatedErrorsMixin, forms.Form):
    published_at = forms.DateTimeField(
        label=_("Publish from"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        initial=timezone.now,
    )

    def __init__(self, *args: Any, region: Region, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.languages = region.enabled_languages()
        for language in self.languages:
            attrs = _language_attrs(language)
            self.fields[f"title_{language.code}"] = forms.CharField(
                label=_("Title (%(language)s)") % {"language": language.native_name},
                required=False,
                max_length=200,
                widget=forms.TextInput(attrs=attrs),
            )
            self.fields[f"text_{language.code}"] = forms.CharField(
                label=_("Text (%(language)s)") % {"language": language.native_name},
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 3, **attrs}),
            )

    def texts(self, name: str) -> dict[str, str]:
        return {
            language.code: self.cleaned_data.get(f"{name}_{language.code}", "")
            for language in self.languages
        }
