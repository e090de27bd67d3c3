"""Test settings: production mode (DEBUG off) with a test key and fast hashing."""

from __future__ import annotations

import os

os.environ.setdefault("ANKUNFT_SECRET_KEY", "test-secret-key-for-the-test-suite-only")
os.environ.setdefault("ANKUNFT_HTTPS", "0")
# No outside network in tests: the map shows markers without tiles.
os.environ.setdefault("ANKUNFT_MAP_TILE_URL", "")
os.environ.pop("REDIS_URL", None)

from ankunft.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ANKUNFT_SIGNATURE_MIN_SECONDS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
