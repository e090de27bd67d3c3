"""Latency of the public shell and the API, measured in-process on a demo database.

Prints p50/p95/p99 server times per URL (Django test client, no network), on SQLite by
default or on the database named by DATABASE_URL. Figures are printed, never asserted.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = int(os.environ.get("ANKUNFT_BENCH_ROUNDS", "200"))
URLS = [
    "/",
    "/kaiserslautern/de/",
    "/kaiserslautern/ar/alliance/",
    "/api/v1/regions",
    "/api/v1/kaiserslautern/uk/organisations",
]


def main() -> None:
    scratch = Path(tempfile.mkdtemp(prefix="ankunft-bench-"))
    os.environ.setdefault("ANKUNFT_SECRET_KEY", "benchmark-" + "x" * 40)
    os.environ.setdefault("ANKUNFT_HTTPS", "0")
    os.environ["ANKUNFT_VAR_DIR"] = str(scratch)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ankunft.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = Client()
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"database: {engine}, rounds per URL: {ROUNDS}")
    print(f"{'URL':<45} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for url in URLS:
        client.get(url)
        timings = []
        for _round in range(ROUNDS):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                sys.exit(f"{url} answered {response.status_code}")
        quantiles = statistics.quantiles(timings, n=100)
        print(f"{url:<45} {quantiles[49]:>8.2f} {quantiles[94]:>8.2f} {quantiles[98]:>8.2f}")


if __name__ == "__main__":
    main()
