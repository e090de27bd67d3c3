"""Search latency of the directory of offers, at 1,000 and at 100,000 generated offers.

For each database (SQLite in a temporary directory; PostgreSQL when a server answers at
127.0.0.1:5432 as user postgres, in a database `ankunft_bench` created and dropped here),
a fresh database gets a region with 12 languages, then `ankunft.offers.generator` adds
offers up to each size. At each size the API answers typical public searches, in-process
through the Django test client (server time, no network): free text, text with two
filters, filters only. Prints p50/p95/p99 per kind, the growth of p95 from the smallest to
the largest size, generation rate and database size. Figures are printed, never asserted.

Settings (environment):
  ANKUNFT_BENCH_OFFERS     sizes, e.g. "1000,100000" (the default)
  ANKUNFT_BENCH_REQUESTS   requests per kind and size (default 200)
  ANKUNFT_BENCH_DATABASES  "sqlite,postgresql" (the default; PostgreSQL only if reachable)
  ANKUNFT_BENCH_POSTGRES   server to create the benchmark database on
                           (default postgres://postgres@127.0.0.1:5432/test)
  ANKUNFT_BENCH_TIMEOUT    seconds after which a statement is stopped (default 5)
  ANKUNFT_BENCH_BUDGET     seconds of requests per kind and size (default 120)
  ANKUNFT_BENCH_EXPLAIN=1  also print the slowest SQL statement of each kind with its plan
  ANKUNFT_BENCH_SQLITE_ANALYZE=1  run ANALYZE on SQLite after generating (the app does not)
  ANKUNFT_BENCH_KEEP       a directory: keep one database per size and reuse it in later runs
                           (SQLite files `bench-<size>.sqlite3` there; PostgreSQL databases
                           `ankunft_bench_<size>`, never dropped). New migrations are applied
                           and missing offers generated; to start afresh, delete them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import workers

TARGET_P95_MS = 30.0
TARGET_GROWTH = 3.0
BENCH_DATABASE = "ankunft_bench"
REGION = "benchstadt"
# "open now" is not one of the three kinds; it is here because it cannot be a plain
# token of the index (see `offers.search.open_slot`). It asks the real clock: the local time
# of the run is printed with it, and the hits tell how many offers were open.
KINDS = ["free text", "text + 2 filters", "filters only", "open now"]
READING_LANGUAGES = ["de", "ar", "uk", "en", "tr", "fa", "ru"]
# Words of the generator's lists in several languages, compounds, two-word queries, typos.
FREE_TEXT = [
    "Deutschkurs",
    "Beratung",
    "Integrationskurs",
    "Sprachcafé",
    "Migrationsberatung",
    "Hausaufgabenhilfe",
    "Wohnungssuche",
    "Kinderbetreuung",
    "Hebamme",
    "Frauen",
    "Bewerbungstraining",
    "Tafel",
    "استشارة",
    "دورة الاندماج",
    "консультація",
    "житло",
    "danışmanlık",
    "консультация",
    "counselling women",
    "German course",
    "Migrationsberatnug",
    "Integrazionskurs",
    "Kinderbetreung",
    "Sprachcafe Anfänger",
]
TEXT_WITH_FILTERS = [
    "Beratung",
    "Deutschkurs",
    "Kinder",
    "Wohnung",
    "استشارة",
    "консультація",
    "Sprachcafé",
    "Migrationsberatnug",
]


def sizes() -> list[int]:
    raw = os.environ.get("ANKUNFT_BENCH_OFFERS", "1000,100000")
    return sorted({int(part.replace("_", "")) for part in raw.split(",") if part.strip()})


def requests_per_kind() -> int:
    return int(os.environ.get("ANKUNFT_BENCH_REQUESTS", "200"))


# --- The parent: one worker process per database --------------------------------------------


def keep_directory() -> Path | None:
    raw = os.environ.get("ANKUNFT_BENCH_KEEP", "")
    return Path(raw).resolve() if raw else None


def run_worker(
    engine: str, scratch: Path, *, database: str = BENCH_DATABASE, size: int | None = None
) -> dict[str, Any] | None:
    environment = {"ANKUNFT_BENCH_OFFERS": str(size)} if size is not None else None
    return workers.run_worker(__file__, engine, scratch, database=database, environment=environment)


def main() -> None:
    wanted = os.environ.get("ANKUNFT_BENCH_DATABASES", "sqlite,postgresql").split(",")
    print(
        f"Search benchmark of the directory of offers: sizes {sizes()}, "
        f"{requests_per_kind()} requests per kind, on {os.cpu_count()} CPU cores"
    )
    results: list[dict[str, Any]] = []
    keep = keep_directory()
    if keep is not None:
        results = [
            result
            for engine in ["sqlite", "postgresql"]
            if engine in wanted and (result := run_kept(engine, keep))
        ]
        report(results)
        return
    results = workers.run_on_fresh_databases(__file__, BENCH_DATABASE, "ankunft-offers-bench-")
    report(results)


def run_kept(engine: str, keep: Path) -> dict[str, Any] | None:
    """One worker per size, each on its own kept database; the steps are merged."""
    keep.mkdir(parents=True, exist_ok=True)
    merged: dict[str, Any] | None = None
    for size in sizes():
        if engine == "sqlite":
            result = run_worker(engine, keep, database=f"bench-{size}", size=size)
        else:
            database = f"{BENCH_DATABASE}_{size}"
            error = workers.postgres_execute([f"CREATE DATABASE {database}"])
            if error and "already exists" not in error:
                print(f"PostgreSQL skipped: {error}")
                return merged
            result = run_worker(engine, keep, database=database, size=size)
        if result is None:
            continue
        if merged is None:
            merged = result
        else:
            merged["steps"] += result["steps"]
            merged["explain"] += result["explain"]
    return merged


def report(results: list[dict[str, Any]]) -> None:
    for result in results:
        print(
            f"\n== {result['engine']}: GET {result['api']} in-process, "
            f"statements stopped after {result['timeout']:.0f} s; {result['statistics']}"
        )
        print(
            f"{'offers':>8} {'kind':<18} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
            f"{'hits p50':>9}  p95 <= {TARGET_P95_MS:.0f} ms"
        )
        for step in result["steps"]:
            for kind in KINDS:
                figures = step["kinds"][kind]
                met = "yes" if figures["p95"] <= TARGET_P95_MS else "NO"
                print(
                    f"{step['offers']:>8} {kind:<18} {figures['p50']:>8.2f} {figures['p95']:>8.2f} "
                    f"{figures['p99']:>8.2f} {figures['hits']:>9}  {met}"
                    + (f"  ({figures['failed']} failed or stopped)" if figures["failed"] else "")
                    + (
                        f"  (only {figures['requests']} requests: time budget)"
                        if figures["requests"] < requests_per_kind()
                        else ""
                    )
                )
        for step in result["steps"]:
            print(
                f"{step['offers']:>8} offers: generated {step['generated']} in "
                f"{step['generation_s']:.1f} s ({step['rate']:.0f} offers/s), "
                f"database {step['db_mb']:.1f} MB, {step['terms']} search terms; "
                f"'open now' measured at {step['local_time']} local time"
            )
        steps = result["steps"]
        if len(steps) > 1:
            small, large = steps[0], steps[-1]
            print(
                f"p95 growth from {small['offers']} to {large['offers']} offers "
                f"(target <= {TARGET_GROWTH:.0f}x):"
            )
            for kind in KINDS:
                ratio = large["kinds"][kind]["p95"] / max(small["kinds"][kind]["p95"], 0.001)
                met = "yes" if ratio <= TARGET_GROWTH else "NO"
                print(f"  {kind:<18} {ratio:>6.2f}x  {met}")
        for explained in result.get("explain", []):
            print(
                f"\n-- slowest statement of the slowest '{explained['kind']}' request "
                f"({explained['ms']:.1f} ms), {explained['request']}:"
            )
            print(explained["sql"])
            print(explained["plan"])


# --- The worker: one database, all sizes ---------------------------------------------------

Request = tuple[str, dict[str, str]]


def percentile(timings: list[float], share: int) -> float:
    if len(timings) < 2:
        return timings[0] if timings else float("nan")
    return statistics.quantiles(timings, n=100, method="inclusive")[share - 1]


def query_plan(kind: str, rng: random.Random, setup: dict[str, list[str]]) -> Request:
    """The reading language and parameters of one request of a kind."""
    params: dict[str, str] = {}
    if kind == "free text":
        params["q"] = rng.choice(FREE_TEXT)
    elif kind == "text + 2 filters":
        params["q"] = rng.choice(TEXT_WITH_FILTERS)
        if rng.random() < 0.5:
            params["category"] = rng.choice(setup["categories"])
            params["district"] = rng.choice(setup["districts"])
        else:
            params["free"], params["step_free"] = "1", "1"
    elif kind == "open now":
        params["open_now"] = "1"
        if rng.random() < 0.5:
            params["category"] = rng.choice(setup["categories"])
    else:
        roll = rng.random()
        if roll < 0.4:
            params["category"] = rng.choice(setup["categories"])
            params["language"] = rng.choice(["ar", "uk", "tr", "fa", "ru"])
        elif roll < 0.8:
            params["theme"] = rng.choice(setup["themes"])
            params["open_on"] = rng.choice(["mon", "tue", "wed", "thu", "fri", "sat"])
        else:
            params["district"] = rng.choice(setup["districts"])
            params["target_group"] = rng.choice(setup["target_groups"])
    if rng.random() < 0.1:
        params["page"] = "2"
    return rng.choice(READING_LANGUAGES), params


class Bench:
    """Requests against the API of one database, each stopped after `timeout` seconds."""

    def __init__(self, engine: str) -> None:
        from django.db import connection
        from django.db.backends.signals import connection_created
        from django.test import Client

        self.engine = engine
        self.connection = connection
        self.client = Client()
        self.api_path = f"/api/v1/{REGION}/{{lang}}/offers"
        self.timeout = float(os.environ.get("ANKUNFT_BENCH_TIMEOUT", "5"))
        self.budget = float(os.environ.get("ANKUNFT_BENCH_BUDGET", "120"))
        self.deadline = float("inf")
        self.limiting = False
        connection_created.connect(self.limit_statements, weak=False)

    def limit_statements(self, sender: Any, connection: Any, **kwargs: Any) -> None:
        """While measuring, stop a statement that runs past the request's deadline (SQLite)
        or longer than the timeout (PostgreSQL)."""
        if connection.vendor != "postgresql":
            connection.connection.set_progress_handler(
                lambda: int(time.monotonic() > self.deadline), 10_000
            )
        elif self.limiting:
            with connection.cursor() as cursor:
                cursor.execute(f"SET statement_timeout = {int(self.timeout * 1000)}")

    @contextlib.contextmanager
    def limited(self) -> Iterator[None]:
        """Measure on a connection with a statement timeout (generate on one without)."""
        self.limiting = True
        self.connection.close()
        try:
            yield
        finally:
            self.limiting = False
            self.connection.close()

    def progress(self, message: str) -> None:
        print(f"{self.engine}: {message}", file=sys.stderr, flush=True)

    def search(self, plan: Request) -> tuple[float, int | None]:
        """One request: milliseconds and the number of hits (None when it failed)."""
        from django.db import DatabaseError

        lang, params = plan
        url = self.api_path.format(lang=lang)
        started = time.perf_counter()
        self.deadline = time.monotonic() + self.timeout
        try:
            response = self.client.get(url, params)
        except DatabaseError as error:
            self.progress(f"{url}?{urlencode(params)} stopped: {error}")
            return (time.perf_counter() - started) * 1000, None
        finally:
            self.deadline = float("inf")
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            self.progress(f"{url}?{urlencode(params)} answered {response.status_code}")
            return elapsed, None
        return elapsed, int(response.json()["count"])

    def measure(self, plans: list[Request]) -> tuple[dict[str, Any], Request]:
        """Percentiles over the plans (failed requests count with their time, as lower
        bounds); stops when the time budget is spent. Also returns the slowest request."""
        with self.limited():
            return self._measure(plans)

    def _measure(self, plans: list[Request]) -> tuple[dict[str, Any], Request]:
        for plan in plans[:10]:  # warm up: caches, the vocabulary, connections
            if self.search(plan)[0] > 1000:
                break
        timings: list[float] = []
        hits: list[int] = []
        failed = 0
        slowest = (0.0, plans[0])
        started = time.monotonic()
        for plan in plans:
            if time.monotonic() - started > self.budget:
                break
            elapsed, count = self.search(plan)
            timings.append(elapsed)
            if count is None:
                failed += 1
            else:
                hits.append(count)
            slowest = max(slowest, (elapsed, plan), key=lambda item: item[0])
        figures = {
            "p50": percentile(timings, 50),
            "p95": percentile(timings, 95),
            "p99": percentile(timings, 99),
            "hits": int(statistics.median(hits)) if hits else 0,
            "requests": len(timings),
            "failed": failed,
        }
        return figures, slowest[1]

    def explain(self, kind: str, plan: Request) -> dict[str, Any]:
        """The slowest SQL statement of a request, with its query plan."""
        from django.db import DatabaseError
        from django.test.utils import CaptureQueriesContext

        lang, params = plan
        with self.limited(), CaptureQueriesContext(self.connection) as captured:
            self.deadline = time.monotonic() + self.timeout
            try:
                self.client.get(self.api_path.format(lang=lang), params)
            except DatabaseError:
                pass
            finally:
                self.deadline = float("inf")
        statement = max(captured.captured_queries, key=lambda query: float(query["time"]))
        sql = statement["sql"]
        with self.limited(), self.connection.cursor() as cursor:
            if self.connection.vendor == "postgresql":
                try:
                    cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                except DatabaseError:
                    cursor.execute("EXPLAIN " + sql)
                plan_text = "\n".join(row[0] for row in cursor.fetchall())
            else:
                cursor.execute("EXPLAIN QUERY PLAN " + sql)
                plan_text = "\n".join(f"{row[0]:>4} {row[1]:>4} {row[3]}" for row in cursor)
        return {
            "kind": kind,
            "request": f"{self.api_path.format(lang=lang)}?{urlencode(params)}",
            "ms": float(statement["time"]) * 1000,
            "sql": sql,
            "plan": plan_text,
        }


def worker(engine: str) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.utils import timezone

    from ankunft.offers.generator import generate_offers, generated_count
    from ankunft.offers.models import Category, SearchTerm, TargetGroup, Theme

    # Measure like production: no SQL logging (ANKUNFT_DEBUG=1 only spares a secret key).
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["testserver"]
    Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
    logging.getLogger("django.request").setLevel(logging.CRITICAL)  # stopped requests
    bench = Bench(engine)
    connection = bench.connection
    bench.progress("migrating")
    call_command("migrate", verbosity=0)
    region = existing_region() or create_region()
    result: dict[str, Any] = {
        "engine": f"PostgreSQL {connection.pg_version}"
        if connection.vendor == "postgresql"
        else f"SQLite {connection.Database.sqlite_version}",
        "api": bench.api_path,
        "timeout": bench.timeout,
        "steps": [],
        "explain": [],
    }

    def generation_progress(done: int, total: int) -> None:
        if done % 10_000 == 0 or done == total:
            bench.progress(f"  {done}/{total}")

    slowest: dict[str, Request] = {}
    for size in sizes():
        missing = max(size - generated_count(region), 0)
        started = time.perf_counter()
        if missing:
            bench.progress(f"generating {missing} offers (up to {size})")
            generate_offers(region, missing, progress=generation_progress)
        generation_s = time.perf_counter() - started
        result["statistics"] = prepare_statistics(connection)
        setup = {
            "categories": list(Category.values),
            "districts": list(region.districts.values_list("key", flat=True)),
            "themes": list(Theme.objects.for_region(region).values_list("key", flat=True)),
            "target_groups": list(TargetGroup.values),
        }
        step: dict[str, Any] = {
            "offers": size,
            "local_time": timezone.localtime().strftime("%a %H:%M"),
            "generated": missing,
            "generation_s": generation_s,
            "rate": missing / generation_s if missing else 0.0,
            "db_mb": database_size(connection) / 1e6,
            "terms": SearchTerm.objects.filter(region=region).count(),
            "kinds": {},
        }
        for kind in KINDS:
            bench.progress(f"measuring '{kind}' at {size} offers")
            rng = random.Random(f"{kind}-{size}")
            plans = [query_plan(kind, rng, setup) for _ in range(requests_per_kind())]
            step["kinds"][kind], slowest[kind] = bench.measure(plans)
        result["steps"].append(step)
    if os.environ.get("ANKUNFT_BENCH_EXPLAIN") == "1":
        result["explain"] = [bench.explain(kind, plan) for kind, plan in slowest.items()]
    print("RESULT " + json.dumps(result))


def existing_region() -> Any:
    """The region of a kept database (ANKUNFT_BENCH_KEEP), if there is one."""
    from ankunft.core.models import Region

    return Region.objects.filter(slug=REGION).first()


def create_region() -> Any:
    """A region like Kaiserslautern: 12 languages, its districts, the directory of offers."""
    from decimal import Decimal

    from ankunft.core.languages import ensure_language_catalogue
    from ankunft.core.models import District, Region
    from ankunft.core.services import replace_region_languages
    from ankunft.demo import content

    ensure_language_catalogue()
    data = next(item for item in content.REGIONS if item["slug"] == "kaiserslautern")
    region = Region.objects.create(
        slug=REGION,
        name="Benchstadt",
        ags=data["ags"],
        default_language_id=data["default_language"],
        features=["alliance", "offers"],
    )
    replace_region_languages(region, data["languages"])
    for item in content.DISTRICTS["kaiserslautern"]:
        latitude, longitude = item.get("centre") or (None, None)
        District.objects.create(
            region=region,
            key=item["key"],
            name=item["name"],
            kind=item["kind"],
            latitude=Decimal(str(latitude)) if latitude is not None else None,
            longitude=Decimal(str(longitude)) if longitude is not None else None,
        )
    return region


def prepare_statistics(connection: Any) -> str:
    """PostgreSQL: what autovacuum does soon after a bulk load in production. SQLite keeps
    no statistics unless someone runs ANALYZE, which the app does not do (yet):
    ANKUNFT_BENCH_SQLITE_ANALYZE=1 runs it, to see the difference."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")
            return "VACUUM ANALYZE after generating"
        if os.environ.get("ANKUNFT_BENCH_SQLITE_ANALYZE") == "1":
            cursor.execute("ANALYZE")
            return "ANALYZE after generating"
    return "no ANALYZE, as deployed"


def database_size(connection: Any) -> int:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_database_size(current_database())")
            return int(cursor.fetchone()[0])
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = Path(connection.settings_dict["NAME"])
    return sum(file.stat().st_size for file in path.parent.glob(path.name + "*"))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        worker(sys.argv[2])
    else:
        main()
