"""Compound tails join the vocabulary (`SearchTerm.is_word` false), so that a query prefix
can be replaced by the exact tokens that start with it (see `search.SearchQuery`). Existing
offers are indexed again, with the new index of migration 0005 (nothing to do on a new
database)."""

from __future__ import annotations

from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps


def reindex(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM offers_offer LIMIT 1")
        if cursor.fetchone() is None:
            return
    # The current code, not the historical models: the index is what today's search reads.
    from ankunft.offers.indexing import reindex_offers

    reindex_offers()


class Migration(migrations.Migration):
    dependencies = [("offers", "0005_search_index_with_filters")]

    operations = [
        migrations.AddField(
            model_name="searchterm",
            name="is_word",
            field=models.BooleanField(default=True),
        ),
        migrations.RunPython(reindex, migrations.RunPython.noop),
    ]
