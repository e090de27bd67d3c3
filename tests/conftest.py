from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY

from ankunft.accounts.models import Role, User
from ankunft.core.models import Region
from tests.factories import (
    DeclarationFactory,
    MembershipFactory,
    OrganisationFactory,
    RegionFactory,
    RoleAssignmentFactory,
    TOTPDeviceFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def _clear_cache() -> None:
    cache.clear()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings: Any, tmp_path: Path) -> None:
    """Uploaded and generated files (brochures are cached under MEDIA_ROOT) stay out of the
    project's var/ and out of other tests."""
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def committed(django_capture_on_commit_callbacks: Any) -> Callable[[], Any]:
    """Mail goes out and cached guide revisions are forgotten after the commit:
    `with committed():` runs those callbacks, as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def region(db: None) -> Region:
    region = RegionFactory(slug="kaiserslautern", name="Kaiserslautern")
    DeclarationFactory(region=region)
    return region


@pytest.fixture
def other_region(db: None) -> Region:
    region = RegionFactory(slug="gevelsberg", name="Gevelsberg", language_codes=["de", "tr"])
    DeclarationFactory(region=region)
    return region


def make_user_with_role(role: str, region: Region) -> User:
    """A user holding `role` in `region`; "partner" means an organisation member,
    "platform_admin" a superuser; staff get a confirmed authenticator."""
    if role == "platform_admin":
        user = UserFactory(is_superuser=True, is_staff=True)
    elif role == "partner":
        user = MembershipFactory(organisation=OrganisationFactory(region=region)).user
    elif role == "anonymous_user":
        user = UserFactory()
    else:
        user = RoleAssignmentFactory(region=region, role=role).user
    if role in {"platform_admin", Role.REGION_ADMIN, Role.OFFICE_STAFF}:
        TOTPDeviceFactory(user=user)
    return user


def login_verified(client: Client, user: User) -> Client:
    """Log in as if the user had also entered a valid code from their authenticator."""
    client.force_login(user)
    device = user.totpdevice_set.filter(confirmed=True).first()
    if device is not None:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


@pytest.fixture
def client_as(client: Client, region: Region) -> Callable[[str], tuple[Client, User]]:
    def log_in(role: str, in_region: Region | None = None) -> tuple[Client, User]:
        user = make_user_with_role(role, in_region or region)
        return login_verified(client, user), user

    return log_in


@pytest.fixture
def client() -> Client:
    """A browser that prefers English, so that assertions can name the source strings."""
    return Client(headers={"accept-language": "en"})
