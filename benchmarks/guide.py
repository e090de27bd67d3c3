"""Welcome guide: the full-guide API answer for 500 pages, its 304 answer, and an Arabic
brochure of 30 pages (uncached and cached).

For each database (SQLite in a temporary directory; PostgreSQL when a server answers at
127.0.0.1:5432, in a database `ankunft_bench_guide` created and dropped here) a fresh
database gets a region with 12 languages and 500 pages in German and Arabic (three levels
deep, texts of realistic length). The API is called in-process through the Django test
client (server time, no network). Figures are printed, never asserted.

Targets from the issue: full guide <= 100 ms, 304 <= 5 ms, brochure of 30 pages in Arabic
<= 3 s uncached and served from cache instantly.

Settings (environment):
  ANKUNFT_BENCH_REQUESTS   requests per measurement (default 100)
  ANKUNFT_BENCH_DATABASES  "sqlite,postgresql" (the default; PostgreSQL only if reachable)
  ANKUNFT_BENCH_POSTGRES   server to create the database on
                           (default postgres://postgres@127.0.0.1:5432/test)
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from typing import Any

from workers import run_on_fresh_databases

DATABASE = "ankunft_bench_guide"
REGION = "benchstadt"
PAGES = 500
BROCHURE_PAGES = 30
LANGUAGES = ["de", "ar", "en", "uk", "tr", "ru", "fa", "ro", "bg", "pl", "kmr", "ti"]
GERMAN = (
    "<h2>Was Sie wissen müssen</h2><p>Melden Sie Ihre neue Wohnung innerhalb von zwei Wochen "
    "im Bürgerbüro an. Bringen Sie Ihren Pass und die Bestätigung des Vermieters mit.</p>"
    "<ul><li>Termin online buchen</li><li>Unterlagen mitbringen</li><li>Gebühren: keine"
    "</li></ul><h2>Hilfe</h2><p>Die Migrationsberatung hilft Ihnen beim Ausfüllen der "
    "Formulare. Sie können eine Person mitbringen, die übersetzt.</p>"
) * 2
ARABIC = (
    "<h2>ما يجب أن تعرفه</h2><p>سجّل سكنك الجديد خلال أسبوعين في مكتب المواطنين. أحضر جواز "
    "سفرك وتأكيد المؤجر.</p><ul><li>احجز موعداً عبر الإنترنت</li><li>أحضر الأوراق</li>"
    "<li>الرسوم: لا يوجد</li></ul><h2>المساعدة</h2><p>يساعدك مكتب استشارات الهجرة في ملء "
    "الاستمارات. يمكنك إحضار شخص يترجم لك.</p>"
) * 2


def requests_count() -> int:
    return int(os.environ.get("ANKUNFT_BENCH_REQUESTS", "100"))


def main() -> None:
    print(f"Welcome guide benchmark: {PAGES} pages, {requests_count()} requests per figure")
    report(run_on_fresh_databases(__file__, DATABASE, "ankunft-guide-bench-"))


def report(results: list[dict[str, Any]]) -> None:
    print()
    print(f"{'database':<12}{'measurement':<44}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}  target")
    for result in results:
        for row in result["rows"]:
            print(
                f"{result['engine']:<12}{row['name']:<44}{row['p50']:>9.1f}{row['p95']:>9.1f}"
                f"{row['p99']:>9.1f}  {row['target']}"
            )
        print(f"{result['engine']:<12}answer size of the full guide: {result['bytes']:,} bytes")


# --- The worker: one database ----------------------------------------------------------------


def worker(engine: str) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("migrate", verbosity=0)
    region, page_ids = build_guide()
    client = Client()
    url = f"/api/v1/{region.slug}/ar/pages"
    first = client.get(url)
    assert first.status_code == 200, first.status_code
    etag = first["ETag"]
    from django.core.cache import cache

    def built() -> Any:
        cache.clear()  # as after any change of the guide: nothing kept
        return client.get(url)

    rows = [
        measure("full guide, Arabic (200, built)", built, "<= 100 ms"),
        measure("full guide, Arabic (200, kept answer)", lambda: client.get(url), "<= 100 ms"),
        measure(
            "full guide, Arabic (304 with If-None-Match)",
            lambda: client.get(url, HTTP_IF_NONE_MATCH=etag),
            "<= 5 ms",
        ),
    ]
    brochure_url = f"/api/v1/{region.slug}/ar/pages/{page_ids[0]}/pdf?size=A4"
    started = time.perf_counter()
    response = client.get(brochure_url)
    b"".join(response.streaming_content)  # type: ignore[attr-defined]
    uncached = (time.perf_counter() - started) * 1000
    rows.append(
        {
            "name": f"brochure, {BROCHURE_PAGES} pages, Arabic, uncached",
            "p50": uncached,
            "p95": uncached,
            "p99": uncached,
            "target": "<= 3000 ms",
        }
    )

    def cached() -> Any:
        answer = client.get(brochure_url)
        b"".join(answer.streaming_content)  # type: ignore[attr-defined]
        return answer

    rows.append(measure(f"brochure, {BROCHURE_PAGES} pages, Arabic, cached", cached, "instant"))
    size = len(first.content)
    print("RESULT " + json.dumps({"engine": engine, "rows": rows, "bytes": size}))


def build_guide() -> tuple[Any, list[int]]:
    """500 pages in German and Arabic; the first is the root of a subtree of exactly 30
    pages (the brochure), the others hang in a tree of three levels beside it."""
    from ankunft.core.languages import ensure_language_catalogue
    from ankunft.core.models import Language, Region, RegionLanguage
    from ankunft.guide.services import page_create, page_save_text

    ensure_language_catalogue()
    region = Region.objects.create(
        slug=REGION,
        name="Benchstadt",
        ags="07312000",
        default_language=Language.objects.get(code="de"),
        features=["guide"],
        contact_name="Integrationsbüro",
        contact_email="integration@example.org",
    )
    for position, code in enumerate(LANGUAGES):
        RegionLanguage.objects.create(region=region, language_id=code, position=position)
    page_ids: list[int] = []
    parents: list[Any] = []  # pages outside the brochure's subtree that get sub-pages
    root: Any = None
    for number in range(PAGES):
        if number < BROCHURE_PAGES:
            parent = root
        else:
            parent = parents[(number * 7) % len(parents)] if number % 5 and parents else None
        page = page_create(
            region=region,
            actor=None,
            title=f"Seite {number}: Anmeldung und Wohnung",
            content=GERMAN,
            slug=f"seite-{number}",
            parent=parent,
        )
        page_save_text(
            page=page,
            actor=None,
            language="ar",
            title=f"الصفحة {number}: التسجيل والسكن",
            content=ARABIC,
        )
        page_ids.append(page.pk)
        if number == 0:
            root = page
        elif number >= BROCHURE_PAGES and len(parents) < 100:
            parents.append(page)
    return region, page_ids


def measure(name: str, call: Any, target: str) -> dict[str, Any]:
    timings = []
    for _ in range(requests_count()):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "name": name,
        "p50": statistics.median(timings),
        "p95": timings[int(len(timings) * 0.95) - 1],
        "p99": timings[int(len(timings) * 0.99) - 1],
        "target": target,
    }


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        worker(sys.argv[2])
    else:
        main()
