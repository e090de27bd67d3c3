"""Features a region switches on; pages and API answers of a switched-off feature are 404."""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _

from ankunft.core.models import Feature, Region


def _missing_message(feature: str) -> str:
    messages: dict[str, str] = {
        Feature.ALLIANCE: _("This city has no alliance for integration on this platform yet."),
        Feature.OFFERS: _("This city has no directory of offers on this platform yet."),
        Feature.GUIDE: _("This city has no welcome guide on this platform yet."),
        Feature.EVENTS: _("This city has no events calendar on this platform yet."),
    }
    return messages.get(feature, _("This page does not exist."))


def region_with_feature(region: Region, feature: str) -> Region:
    """The region, or a 404 that says the city does not use this part of the platform."""
    if not region.has_feature(feature):
        raise Http404(_missing_message(feature))
    return region
