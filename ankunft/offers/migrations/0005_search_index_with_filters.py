"""The search index carries the filters and the public order (see `search.write_entry`).

SQLite: a new FTS5 table whose rowid is the rank key, with the filter tokens in a column of
their own (`detail=column`: no positions, as no query asks for phrases), and
`offers_search_key` to find an offer's row. PostgreSQL: one tsvector (words, title words
marked, filter tokens) with rank, region, status and validity beside it; the title column and its
function go. Migration 0006 indexes existing offers again."""

from __future__ import annotations

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

SQLITE = [
    "DROP TABLE offers_search",
    "CREATE VIRTUAL TABLE offers_search USING fts5(document, title, facets, "
    "tokenize = 'unicode61 remove_diacritics 0', detail = column)",
    "CREATE TABLE offers_search_key (offer_id INTEGER PRIMARY KEY, key INTEGER NOT NULL)",
]
POSTGRESQL = [
    "DROP FUNCTION IF EXISTS offers_search_title(tsquery)",
    "DROP FUNCTION IF EXISTS offers_search_document(tsquery)",
    "DROP TABLE offers_search",
    "CREATE TABLE offers_search (rowid bigint PRIMARY KEY, rank bigint NOT NULL, "
    "published boolean NOT NULL, valid_from date, valid_until date, region_id integer NOT NULL, "
    "document tsvector NOT NULL) WITH (toast_tuple_target = 128)",
    "CREATE INDEX offers_search_document ON offers_search USING gin (document)",
    # Office lists: the match may use only the GIN index. The tsvector (texts in 12
    # languages) lives out of line, so testing it row by row costs far more than the planner
    # assumes; a function with its own settings is not inlined, and the outer query still
    # plans freely around the set of matching ids.
    "CREATE FUNCTION offers_search_document(query tsquery) RETURNS SETOF bigint "
    "LANGUAGE sql STABLE PARALLEL SAFE ROWS 1000 "
    "SET enable_seqscan = off SET enable_indexscan = off "
    "AS 'SELECT rowid FROM offers_search WHERE document @@ query'",
]


def create(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    postgresql = schema_editor.connection.vendor == "postgresql"
    for statement in POSTGRESQL if postgresql else SQLITE:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("offers", "0004_postgresql_search_planning")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
