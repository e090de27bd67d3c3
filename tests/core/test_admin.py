from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from ankunft.accounts.models import Role
from ankunft.core.models import Region
from tests.conftest import login_verified, make_user_with_role

pytestmark = pytest.mark.django_db


def test_platform_admins_with_second_factor_reach_the_django_admin(
    client: Client, region: Region
) -> None:
    login_verified(client, make_user_with_role("platform_admin", region))
    assert client.get("/django-admin/core/region/").status_code == 200


def test_the_django_admin_needs_the_second_factor(client: Client, region: Region) -> None:
    client.force_login(make_user_with_role("platform_admin", region))
    assert client.get("/django-admin/core/region/").status_code == 302


def test_region_admins_do_not_reach_the_django_admin(client: Client, region: Region) -> None:
    login_verified(client, make_user_with_role(Role.REGION_ADMIN, region))
    assert client.get("/django-admin/core/region/").status_code == 302


@pytest.mark.parametrize("slug", ["office", "api", "accounts"])
def test_a_region_cannot_take_a_reserved_address(slug: str) -> None:
    with pytest.raises(ValidationError):
        Region._meta.get_field("slug").run_validators(slug)
