"""A narrow index for the public search: the results in their order (most recently confirmed
first) with what decides whether an offer is public, so that a search reads no wide rows
(the texts in 12 languages) until it has its page."""

from __future__ import annotations

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

SQLITE = [
    "CREATE INDEX offers_offer_public ON offers_offer "
    "(region_id, status, last_confirmed_at, id, valid_from, valid_until)",
]
POSTGRESQL = [
    "CREATE INDEX offers_offer_public ON offers_offer "
    "(region_id, status, last_confirmed_at, id) INCLUDE (valid_from, valid_until)",
]


def create(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    statements = POSTGRESQL if schema_editor.connection.vendor == "postgresql" else SQLITE
    for statement in statements:
        schema_editor.execute(statement)


def drop(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    schema_editor.execute("DROP INDEX offers_offer_public")


class Migration(migrations.Migration):
    dependencies = [("offers", "0002_search_table")]

    operations = [migrations.RunPython(create, drop)]
