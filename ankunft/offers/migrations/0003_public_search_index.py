"""Narrow indexes for the public search: what decides whether an offer is public and passes
the yes/no filters, so that a search reads no offer rows (wide: texts in 12 languages) until
it has its page. `offers_offer_public` holds them in the order of the results (most recently
confirmed first). SQLite also gets `offers_offer_by_id`, to check the offers of a small set
of ids (see `selectors._Plan`); PostgreSQL keeps the texts out of line and plans with
statistics, so it needs only the first.

They are created here and not in `Offer.Meta.indexes`, because PostgreSQL's index carries
columns with INCLUDE, which Django does not create on SQLite."""

from __future__ import annotations

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

CHECKED = "valid_from, valid_until, cost, step_free, online"
SQLITE = [
    f"CREATE INDEX offers_offer_public ON offers_offer "
    f"(region_id, status, last_confirmed_at, id, {CHECKED})",
    f"CREATE INDEX offers_offer_by_id ON offers_offer "
    f"(id, region_id, status, last_confirmed_at, {CHECKED})",
]
POSTGRESQL = [
    f"CREATE INDEX offers_offer_public ON offers_offer "
    f"(region_id, status, last_confirmed_at, id) INCLUDE ({CHECKED})",
]


def create(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    statements = POSTGRESQL if schema_editor.connection.vendor == "postgresql" else SQLITE
    for statement in statements:
        schema_editor.execute(statement)


def drop(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    schema_editor.execute("DROP INDEX IF EXISTS offers_offer_by_id")
    schema_editor.execute("DROP INDEX offers_offer_public")


class Migration(migrations.Migration):
    dependencies = [("offers", "0002_search_table")]

    operations = [migrations.RunPython(create, drop)]
