from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import QuerySet

from ankunft.accounts.models import RoleAssignment, User
from ankunft.core.models import AuditEntry, Region
from ankunft.organisations.models import Membership, Organisation, Signature


def dashboard_figures(region: Region) -> dict[str, int]:
    organisations = Organisation.objects.for_region(region)
    return {
        "pending_signatures": Signature.objects.for_region(region).pending().count(),
        "organisations": organisations.count(),
        "signed_organisations": organisations.filter(signed_at__isnull=False).count(),
        "districts": region.districts.count(),
        "languages": region.region_languages.count(),
    }


@dataclass
class RegionPerson:
    user: User
    assignments: list[RoleAssignment] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)


def region_users(region: Region) -> list[RegionPerson]:
    """Everyone with a role or an organisation membership in the region."""
    people: dict[int, RegionPerson] = {}
    for assignment in RoleAssignment.objects.for_region(region).select_related("user"):
        people.setdefault(assignment.user_id, RegionPerson(assignment.user)).assignments.append(
            assignment
        )
    memberships = Membership.objects.filter(organisation__region=region).select_related(
        "user", "organisation"
    )
    for membership in memberships:
        people.setdefault(membership.user_id, RegionPerson(membership.user)).organisations.append(
            membership.organisation.name
        )
    return sorted(people.values(), key=lambda person: person.user.email)


def filter_audit_entries(
    entries: QuerySet[AuditEntry],
    *,
    action: str = "",
    object_type: str = "",
    actor: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet[AuditEntry]:
    if action:
        entries = entries.filter(action__icontains=action)
    if object_type:
        entries = entries.filter(object_type__icontains=object_type)
    if actor:
        entries = entries.filter(actor_label__icontains=actor)
    if date_from:
        entries = entries.filter(created_at__date__gte=date_from)
    if date_to:
        entries = entries.filter(created_at__date__lte=date_to)
    return entries
