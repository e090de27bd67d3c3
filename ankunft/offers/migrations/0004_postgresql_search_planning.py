"""PostgreSQL: help the planner with the public search (see `selectors._Plan`).

- The full-text match runs in SQL functions that may use only the GIN index. The document
  tsvector of an offer (texts in 12 languages) is stored out of line (TOAST), so testing it
  row by row costs far more than the planner assumes, and it would scan the whole table
  for a frequent word. A function with its own settings is not inlined, so the outer query
  still plans freely around the set of matching ids.
- The titles' tsvectors are moved out of line as well (`toast_tuple_target`), so that the
  index table's rows are narrow and reading the ids of many matches reads few pages.
  Existing rows are rewritten once.
- `offers_offer_by_id`, as on SQLite (migration 0003): checking the offers of a set of ids
  reads this narrow index only, not the rows with their texts.
- Statistics over (facet, value) together: each value belongs to one facet, and without
  them the planner multiplies the two shares and expects far too few offers per filter.

SQLite needs none of this."""

from __future__ import annotations

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

MATCH_FUNCTION = (
    "CREATE FUNCTION offers_search_{column}(query tsquery) RETURNS SETOF bigint "
    "LANGUAGE sql STABLE PARALLEL SAFE ROWS 1000 "
    "SET enable_seqscan = off SET enable_indexscan = off "
    "AS 'SELECT rowid FROM offers_search WHERE {column} @@ query'"
)
CREATE = [
    "ALTER TABLE offers_search SET (toast_tuple_target = 128)",
    "ALTER TABLE offers_search ALTER COLUMN title SET STORAGE EXTERNAL",
    "UPDATE offers_search SET title = title || ''::tsvector",
    "CREATE INDEX offers_offer_by_id ON offers_offer (id) INCLUDE "
    "(region_id, status, last_confirmed_at, valid_from, valid_until, cost, step_free, online)",
    MATCH_FUNCTION.format(column="document"),
    MATCH_FUNCTION.format(column="title"),
    "CREATE STATISTICS offers_offerfacet_facet_value (mcv) ON facet, value FROM offers_offerfacet",
    "ANALYZE offers_offerfacet",
]
DROP = [
    "DROP INDEX IF EXISTS offers_offer_by_id",
    "ALTER TABLE offers_search RESET (toast_tuple_target)",
    "ALTER TABLE offers_search ALTER COLUMN title SET STORAGE EXTENDED",
    "DROP STATISTICS IF EXISTS offers_offerfacet_facet_value",
    "DROP FUNCTION IF EXISTS offers_search_title(tsquery)",
    "DROP FUNCTION IF EXISTS offers_search_document(tsquery)",
]


def create(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for statement in CREATE:
            schema_editor.execute(statement)


def drop(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("offers", "0003_public_search_index")]

    operations = [migrations.RunPython(create, drop)]
