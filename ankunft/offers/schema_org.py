"""schema.org descriptions of the directory's shared records (JSON-LD on offer and event pages)."""

from __future__ import annotations

from typing import Any

from ankunft.offers.models import Place


def place_schema(place: Place) -> dict[str, Any]:
    """A schema.org Place with its postal address and, when known, its coordinates."""
    data: dict[str, Any] = {
        "@type": "Place",
        "name": place.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": place.street,
            "postalCode": place.postcode,
            "addressLocality": place.city,
            "addressCountry": "DE",
        },
    }
    if place.has_coordinates:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),  # type: ignore[arg-type]
            "longitude": float(place.longitude),  # type: ignore[arg-type]
        }
    return data
