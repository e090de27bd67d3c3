from __future__ import annotations

import pytest

from ankunft.core.models import Language, Region
from ankunft.core.region_cache import region_by_slug
from ankunft.core.services import replace_region_languages

pytestmark = pytest.mark.django_db


def test_it_finds_no_unknown_region() -> None:
    assert region_by_slug("atlantis") is None


def test_it_reuses_the_region_while_nothing_changed(region: Region) -> None:
    first = region_by_slug(region.slug)
    assert first is not None
    assert region_by_slug(region.slug) is first
    assert first.language_codes() == region.language_codes()


def test_it_reloads_a_region_saved_without_its_timestamp(region: Region) -> None:
    region_by_slug(region.slug)
    region.features = ["alliance", "events"]
    region.save(update_fields=["features"])
    found = region_by_slug(region.slug)
    assert found is not None
    assert found.features == ["alliance", "events"]


def test_it_reloads_a_region_with_other_languages(region: Region) -> None:
    region_by_slug(region.slug)
    replace_region_languages(region, ["de", "ar"])
    found = region_by_slug(region.slug)
    assert found is not None
    assert found.language_codes() == ["de", "ar"]


def test_it_reloads_when_a_language_changes(region: Region) -> None:
    region_by_slug(region.slug)
    Language.objects.filter(code="ar").update(native_name="Arabisch (neu)")
    found = region_by_slug(region.slug)
    assert found is not None
    arabic = found.language_by_code("ar")
    assert arabic is not None
    assert arabic.native_name == "Arabisch (neu)"
