from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.utils import translation

from ankunft.core.models import Region
from ankunft.guide.services import guide_language_set_source
from tests.factories import RegionFactory


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Messages raised by services and modules are compared in English."""
    with translation.override("en"):
        yield


@pytest.fixture
def tree_region(db: None) -> Region:
    """A region whose Persian guide is translated from English, not from German."""
    region = RegionFactory(slug="worms", language_codes=["de", "en", "ar", "uk", "fa"])
    guide_language_set_source(region=region, actor=None, language="fa", source="en")
    return region
