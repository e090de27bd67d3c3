"""The interface catalogues are complete: every string of the code, in all 12 languages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES]
LOCALE = Path(settings.PACKAGE_DIR) / "locale"


@pytest.fixture(scope="module")
def source_msgids(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Extract the strings from the code as it is now, into a scratch catalogue."""
    scratch = tmp_path_factory.mktemp("locale")
    source = scratch / "source"
    shutil.copytree(
        settings.PACKAGE_DIR,
        source,
        ignore=shutil.ignore_patterns("locale", "__pycache__", "content.py"),
    )
    environment = {
        **os.environ,
        "ANKUNFT_LOCALE_DIR": str(scratch),
        "ANKUNFT_DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "ankunft.settings",
    }
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "de", "--no-location"],
        cwd=source,
        env=environment,
        check=True,
        capture_output=True,
        timeout=300,
    )
    catalogue = polib.pofile(str(scratch / "de" / "LC_MESSAGES" / "django.po"))
    return {entry.msgid for entry in catalogue}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_has_every_string_of_the_code(language: str, source_msgids: set[str]) -> None:
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    missing = source_msgids - {entry.msgid for entry in catalogue}
    assert not missing, f"run `make messages`; missing in {language}: {sorted(missing)[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_is_fully_translated(language: str) -> None:
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated and not fuzzy, (untranslated + fuzzy)[:5]


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code not in {"en", "de"}])
def test_translations_are_not_english_copies(language: str) -> None:
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    long_entries = [entry for entry in catalogue if len(entry.msgid) > 25 and entry.msgstr]
    copies = [entry.msgid for entry in long_entries if entry.msgstr == entry.msgid]
    assert not copies, copies[:5]
