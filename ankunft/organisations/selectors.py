"""Reads of the partner alliance."""

from __future__ import annotations

from dataclasses import dataclass, field

from ankunft.core.models import Region
from ankunft.organisations.models import Organisation, Sector, Signature, SignatureKind


@dataclass
class SectorGroup:
    sector: str
    label: str
    names: list[str] = field(default_factory=list)


@dataclass
class Signatories:
    groups: list[SectorGroup]
    unnamed_citizens: int

    @property
    def total(self) -> int:
        return sum(len(group.names) for group in self.groups) + self.unnamed_citizens


def alliance_signatories(region: Region) -> Signatories:
    """Approved signatories of the declaration, grouped by sector in the order of sectors."""
    groups = {value: SectorGroup(value, str(label)) for value, label in Sector.choices}
    for organisation in Organisation.objects.for_region(region).filter(signed_at__isnull=False):
        groups[organisation.sector].names.append(organisation.name)
    unnamed = 0
    citizens = Signature.objects.for_region(region).approved().filter(kind=SignatureKind.CITIZEN)
    for signature in citizens.order_by("name"):
        if signature.show_publicly:
            groups[Sector.CITIZEN].names.append(signature.name)
        else:
            unnamed += 1
    return Signatories(
        groups=[group for group in groups.values() if group.names], unnamed_citizens=unnamed
    )
