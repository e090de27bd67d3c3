from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from ankunft.core.forms import language_codes_from_text

pytestmark = pytest.mark.django_db


def test_it_reads_language_codes_spelled_as_in_the_catalogue() -> None:
    assert language_codes_from_text("RO, bg;  pl") == ["ro", "bg", "pl"]


def test_it_names_every_unknown_language_code() -> None:
    with translation.override("en"), pytest.raises(ValidationError) as error:
        language_codes_from_text("ro xx zz")
    assert error.value.messages == ["Unknown language code: xx, zz"]
