"""Forms of the public event pages: registration and answering an invitation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ankunft.core.forms import SpamProtectedForm, TranslatedErrorsMixin
from ankunft.core.translated import Translation, pick
from ankunft.events.models import Event

ANSWER_MAX_LENGTH = 500


@dataclass(frozen=True)
class QuestionField:
    """A registration question's field with its label as a multilingual text, so that the
    template can mark a label shown in another language (lang/dir)."""

    field: forms.BoundField
    label: Translation


class RegistrationForm(TranslatedErrorsMixin, SpamProtectedForm):
    name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send the confirmation there, and a reminder the day before."),
        max_length=254,
    )

    def __init__(self, *args: Any, event: Event, chain: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.labels: dict[str, Translation] = {}
        # The organiser's questions, each a field named by its key (q1, q2, …): the service
        # reports a missing answer under that key, so its message lands on the right field.
        for question in event.questions:
            key = str(question.get("key", ""))
            if not key or key in self.fields:
                continue
            label = pick(question.get("label"), chain)
            self.labels[key] = label
            self.fields[key] = forms.CharField(
                label=label.text,
                required=bool(question.get("required")),
                max_length=ANSWER_MAX_LENGTH,
                widget=forms.TextInput(attrs={"dir": "auto"}),
            )
            if question.get("required"):
                self.fields[key].error_messages["required"] = _("Please answer this question.")

    @property
    def question_fields(self) -> list[QuestionField]:
        return [QuestionField(self[key], label) for key, label in self.labels.items()]

    def answers(self) -> dict[str, str]:
        return {key: str(self.cleaned_data.get(key) or "") for key in self.labels}


class InvitationAnswerForm(TranslatedErrorsMixin, forms.Form):
    coming = forms.ChoiceField(
        label=_("Will you come?"),
        choices=[("yes", _("Yes, I will come")), ("no", _("No, I cannot come"))],
        widget=forms.RadioSelect,
    )
    # No upper limit here: the service checks the invitation's own limit and names it,
    # which is clearer than a generic "at most" message.
    guests = forms.IntegerField(
        label=_("Number of guests you bring"), min_value=0, required=False, initial=0
    )

    def __init__(self, *args: Any, guests_allowed: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if guests_allowed:
            self.fields["guests"].help_text = ngettext(
                "You may bring up to %(count)d guest.",
                "You may bring up to %(count)d guests.",
                guests_allowed,
            ) % {"count": guests_allowed}
            self.fields["guests"].widget.attrs.update({"max": guests_allowed, "min": 0})
        else:
            del self.fields["guests"]

    @property
    def coming_value(self) -> bool:
        return self.cleaned_data.get("coming") == "yes"

    @property
    def guests_value(self) -> int:
        return int(self.cleaned_data.get("guests") or 0)
