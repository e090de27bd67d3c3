from __future__ import annotations

from django.db.models import Q, QuerySet

from ankunft.accounts.models import User
from ankunft.core.models import Region


def office_regions_for(user: User) -> QuerySet[Region]:
    """Regions whose office area the user may enter."""
    if user.is_platform_admin:
        return Region.objects.all()
    return Region.objects.filter(
        Q(role_assignments__user=user) | Q(organisations__memberships__user=user)
    ).distinct()
