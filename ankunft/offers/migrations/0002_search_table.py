"""The full-text index of offers: an FTS5 table on SQLite, a tsvector + GIN on PostgreSQL."""

from __future__ import annotations

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

SQLITE = [
    "CREATE VIRTUAL TABLE offers_search USING fts5("
    "document, title, tokenize = 'unicode61 remove_diacritics 0')",
    # A match in the title counts five times as much as one in the other texts.
    "INSERT INTO offers_search (offers_search, rank) VALUES ('rank', 'bm25(1.0, 5.0)')",
]
POSTGRESQL = [
    # No foreign key, as on SQLite: Django's flush (used between transactional tests) truncates
    # only the tables it manages. The join on offers_offer ignores rows of deleted offers
    # (offers are archived, not deleted), and `ankunft reindex_offers` clears any left behind.
    "CREATE TABLE offers_search ("
    "rowid bigint PRIMARY KEY, document tsvector NOT NULL, title tsvector NOT NULL)",
    "CREATE INDEX offers_search_document ON offers_search USING gin (document)",
    "CREATE INDEX offers_search_title ON offers_search USING gin (title)",
]


def create(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    statements = POSTGRESQL if schema_editor.connection.vendor == "postgresql" else SQLITE
    for statement in statements:
        schema_editor.execute(statement)


def drop(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    schema_editor.execute("DROP TABLE offers_search")


class Migration(migrations.Migration):
    dependencies = [("offers", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
