"""Writes of tenancy data: region settings and districts."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ankunft.core.audit import audit_record, diff, snapshot
from ankunft.core.models import District, Feature, Language, Region, RegionLanguage
from ankunft.core.translated import set_texts

if TYPE_CHECKING:
    from ankunft.accounts.models import User

REGION_FIELDS = [
    "name",
    "ags",
    "default_language",
    "features",
    "contact_name",
    "contact_email",
    "contact_phone",
    "address",
]
DISTRICT_FIELDS = ["key", "name", "kind", "population", "latitude", "longitude", "boundary"]
GEOMETRY_TYPES = {"Polygon", "MultiPolygon"}


def replace_region_languages(region: Region, language_codes: list[str]) -> None:
    """Store the region's content languages in the given order (duplicates dropped)."""
    RegionLanguage.objects.filter(region=region).delete()
    RegionLanguage.objects.bulk_create(
        RegionLanguage(region=region, language_id=code, position=position)
        for position, code in enumerate(dict.fromkeys(language_codes))
    )


@transaction.atomic
def region_update_settings(
    *,
    actor: User,
    region: Region,
    data: dict[str, Any],
    language_codes: list[str],
) -> Region:
    """Update a region's settings and its ordered list of content languages."""
    region = Region.objects.select_for_update().get(pk=region.pk)
    if not language_codes:
        raise ValidationError({"languages": _("Enable at least one language.")})
    known = set(Language.objects.filter(code__in=language_codes).values_list("code", flat=True))
    unknown = [code for code in language_codes if code not in known]
    if unknown:
        raise ValidationError({"languages": _("Unknown language: %s") % ", ".join(unknown)})
    default_language: Language = data.get("default_language", region.default_language)
    if default_language.code not in language_codes:
        raise ValidationError(
            {"default_language": _("The default language must be one of the enabled languages.")}
        )
    features = data.get("features", region.features)
    if any(feature not in Feature.values for feature in features):
        raise ValidationError({"features": _("Unknown feature.")})
    before = {**snapshot(region, REGION_FIELDS), "languages": region.language_codes()}
    for field, value in data.items():
        if field not in REGION_FIELDS:
            raise ValueError(f"{field} cannot be changed here")
        setattr(region, field, value)
    region.full_clean()
    region.save()
    replace_region_languages(region, language_codes)
    after = {**snapshot(region, REGION_FIELDS), "languages": list(dict.fromkeys(language_codes))}
    audit_record(
        actor=actor, action="region.updated", obj=region, region=region, changes=diff(before, after)
    )
    return region


@transaction.atomic
def region_update_texts(
    *, actor: User, region: Region, language: str, welcome: str, imprint: str, privacy: str
) -> Region:
    """Set the welcome, imprint and privacy texts in one language."""
    if language not in region.language_codes():
        raise ValidationError(_("This language is not enabled for the region."))
    region = Region.objects.select_for_update().get(pk=region.pk)
    before, after = set_texts(
        region,
        language=language,
        texts={"welcome": welcome, "imprint": imprint, "privacy": privacy},
        allowed=region.language_codes(),
    )
    region.save()
    audit_record(
        actor=actor,
        action="region.texts_updated",
        obj=region,
        region=region,
        changes=diff(before, after),
    )
    return region


def _ring_is_valid(ring: Any) -> bool:
    if not isinstance(ring, list) or len(ring) < 4 or ring[0] != ring[-1]:
        return False
    for point in ring:
        if not (isinstance(point, list) and len(point) >= 2):
            return False
        lon, lat = point[0], point[1]
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lon, lat)):
            return False
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            return False
    return True


def validate_boundary(boundary: Any) -> dict[str, Any] | None:
    """Accept a GeoJSON Polygon or MultiPolygon (bare or as a Feature); return the geometry."""
    if boundary in (None, "", {}):
        return None
    message = _("The boundary must be a GeoJSON Polygon or MultiPolygon with valid coordinates.")
    if not isinstance(boundary, dict):
        raise ValidationError({"boundary": message})
    if boundary.get("type") == "Feature":
        boundary = boundary.get("geometry")
        if not isinstance(boundary, dict):
            raise ValidationError({"boundary": message})
    kind, coordinates = boundary.get("type"), boundary.get("coordinates")
    if kind not in GEOMETRY_TYPES or not isinstance(coordinates, list) or not coordinates:
        raise ValidationError({"boundary": message})
    polygons = coordinates if kind == "MultiPolygon" else [coordinates]
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon or not all(map(_ring_is_valid, polygon)):
            raise ValidationError({"boundary": message})
    return {"type": kind, "coordinates": coordinates}


def _district_values(data: dict[str, Any]) -> dict[str, Any]:
    values = dict(data)
    if "boundary" in values:
        values["boundary"] = validate_boundary(values["boundary"])
    for axis in ("latitude", "longitude"):
        if values.get(axis) is not None:
            values[axis] = Decimal(str(values[axis])).quantize(Decimal("0.000001"))
    return values


@transaction.atomic
def district_create(*, actor: User, region: Region, data: dict[str, Any]) -> District:
    values = _district_values(data)
    if District.objects.for_region(region).filter(key=values.get("key")).exists():
        raise ValidationError({"key": _("A district with this key exists already.")})
    district = District(region=region, **values)
    district.full_clean()
    district.save()
    audit_record(
        actor=actor,
        action="district.created",
        obj=district,
        region=region,
        changes=diff({}, snapshot(district, DISTRICT_FIELDS)),
    )
    return district


@transaction.atomic
def district_update(*, actor: User, district: District, data: dict[str, Any]) -> District:
    values = _district_values(data)
    district = District.objects.select_for_update().get(pk=district.pk)
    clash = (
        District.objects.for_region(district.region)
        .filter(key=values.get("key", district.key))
        .exclude(pk=district.pk)
    )
    if clash.exists():
        raise ValidationError({"key": _("A district with this key exists already.")})
    before = snapshot(district, DISTRICT_FIELDS)
    for field, value in values.items():
        if field not in DISTRICT_FIELDS:
            raise ValueError(f"{field} cannot be changed here")
        setattr(district, field, value)
    district.full_clean()
    district.save()
    changes = diff(before, snapshot(district, DISTRICT_FIELDS))
    if changes:
        audit_record(
            actor=actor,
            action="district.updated",
            obj=district,
            region=district.region,
            changes=changes,
        )
    return district


@transaction.atomic
def district_delete(*, actor: User, district: District) -> None:
    audit_record(
        actor=actor,
        action="district.deleted",
        obj=district,
        region=district.region,
        changes=diff(snapshot(district, DISTRICT_FIELDS), {}),
    )
    district.delete()
