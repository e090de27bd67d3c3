from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Messages raised by services and modules are compared in English (whatever language an
    earlier test left active)."""
    with translation.override("en"):
        yield
