from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ankunft.core.audit import diff


def run_settings(**env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ANKUNFT_")}
    environment.update(env)
    environment["DJANGO_SETTINGS_MODULE"] = "ankunft.settings"
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DEBUG, settings.SECURE_HSTS_SECONDS)",
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key() -> None:
    result = run_settings(ANKUNFT_DEBUG="0")
    assert result.returncode != 0
    assert "ANKUNFT_SECRET_KEY must be set in production" in result.stderr


def test_production_refuses_the_development_key() -> None:
    result = run_settings(
        ANKUNFT_DEBUG="0", ANKUNFT_SECRET_KEY="ankunft-development-key-not-for-production"
    )
    assert result.returncode != 0


def test_production_sends_hsts() -> None:
    result = run_settings(ANKUNFT_DEBUG="0", ANKUNFT_SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "31536000"]


def test_development_starts_without_configuration() -> None:
    result = run_settings(ANKUNFT_DEBUG="1")
    assert result.returncode == 0 and result.stdout.split() == ["True", "0"]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ({"a": 1}, {"a": 1}, {}),
        ({"a": 1}, {"a": 2}, {"a": [1, 2]}),
        ({}, {"b": "x"}, {"b": [None, "x"]}),
    ],
)
def test_audit_diff_lists_only_changed_fields(before: dict, after: dict, expected: dict) -> None:  # type: ignore[type-arg]
    assert diff(before, after) == expected
