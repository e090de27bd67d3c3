"""Writing the audit log. Called by service functions inside their transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models

from ankunft.core.models import AuditEntry, Region

if TYPE_CHECKING:
    from ankunft.accounts.models import User


def pseudonym_for(user_id: int) -> str:
    """A stable pseudonym that survives the deletion of the account."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:user:{user_id}".encode()).hexdigest()
    return f"user-{digest[:10]}"


def actor_label(actor: User | None) -> str:
    if actor is None:
        return "system"
    return actor.email


def _plain(value: Any) -> Any:
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, dict | list | str | int | float | bool) or value is None:
        return value
    return str(value)


def snapshot(obj: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    return {field: _plain(getattr(obj, field)) for field in fields}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} for every field whose value changed."""
    keys = list(dict.fromkeys([*before, *after]))
    return {
        key: [before.get(key), after.get(key)] for key in keys if before.get(key) != after.get(key)
    }


def audit_record(
    *,
    actor: User | None,
    action: str,
    obj: models.Model,
    region: Region | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    return AuditEntry.objects.create(
        region=region,
        actor=actor,
        actor_label=actor_label(actor),
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:200],
        changes=changes or {},
    )
