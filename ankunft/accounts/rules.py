"""Object-level permissions, all in one place. The object is a Region or an Organisation."""

from __future__ import annotations

from typing import Any

import rules

from ankunft.accounts.models import STAFF_ROLES, Role, RoleAssignment
from ankunft.core.models import Region


def roles_in(user: Any, region: Region) -> frozenset[str]:
    """The user's roles in the region (partner included), cached on the user object."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    cache: dict[int, frozenset[str]] = user.__dict__.setdefault("_ankunft_roles", {})
    if region.pk not in cache:
        roles = set(
            RoleAssignment.objects.filter(user=user, region=region).values_list("role", flat=True)
        )
        if user.memberships.filter(organisation__region=region).exists():
            roles.add("partner")
        cache[region.pk] = frozenset(roles)
    return cache[region.pk]


def requires_second_factor(user: Any) -> bool:
    if user.is_superuser:
        return True
    return RoleAssignment.objects.filter(user=user, role__in=STAFF_ROLES).exists()


@rules.predicate
def is_platform_admin(user: Any, obj: Any = None) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_superuser)


def _region_of(obj: Any) -> Region | None:
    if isinstance(obj, Region):
        return obj
    return getattr(obj, "region", None)


@rules.predicate
def is_region_admin(user: Any, obj: Any) -> bool:
    region = _region_of(obj)
    return region is not None and Role.REGION_ADMIN in roles_in(user, region)


@rules.predicate
def is_office_staff(user: Any, obj: Any) -> bool:
    region = _region_of(obj)
    return region is not None and bool(STAFF_ROLES & roles_in(user, region))


@rules.predicate
def has_any_role(user: Any, obj: Any) -> bool:
    region = _region_of(obj)
    return region is not None and bool(roles_in(user, region))


@rules.predicate
def is_organisation_member(user: Any, organisation: Any) -> bool:
    if not getattr(user, "is_authenticated", False) or organisation is None:
        return False
    return bool(organisation.memberships.filter(user=user).exists())


@rules.predicate
def is_offer_provider(user: Any, offer: Any) -> bool:
    """Member of the organisation that provides the offer."""
    if not getattr(user, "is_authenticated", False) or offer is None:
        return False
    return is_organisation_member(user, offer.organisation)


@rules.predicate
def is_event_organiser(user: Any, event: Any) -> bool:
    """Member of the organisation that organises the event."""
    if not getattr(user, "is_authenticated", False) or event is None:
        return False
    return is_organisation_member(user, event.organisation)


office_staff = is_platform_admin | is_office_staff
region_admin = is_platform_admin | is_region_admin

rules.add_perm("office.access", is_platform_admin | has_any_role)
rules.add_perm("office.review_signatures", office_staff)
rules.add_perm("office.manage_organisations", office_staff)
rules.add_perm("office.edit_declaration", office_staff)
rules.add_perm("office.manage_users", region_admin)
rules.add_perm("office.manage_region", region_admin)
rules.add_perm("office.manage_districts", region_admin)
rules.add_perm("office.view_audit", region_admin)
rules.add_perm("organisations.edit_profile", office_staff | is_organisation_member)
rules.add_perm("office.manage_offers", office_staff)
rules.add_perm("offers.edit", office_staff | is_offer_provider)
rules.add_perm("office.manage_guide", office_staff)
rules.add_perm("office.manage_events", office_staff)
rules.add_perm("events.edit", office_staff | is_event_organiser)
