"""Add plain German ("Leichte Sprache") to the language catalogue."""

from __future__ import annotations

from django.db import migrations

from ankunft.core.languages import ensure_language_catalogue


def add_languages(apps, schema_editor):  # type: ignore[no-untyped-def]
    ensure_language_catalogue(apps.get_model("core", "Language"))


class Migration(migrations.Migration):
    dependencies = [("core", "0004_region_offer_stale_after_days")]
    operations = [migrations.RunPython(add_languages, migrations.RunPython.noop)]
