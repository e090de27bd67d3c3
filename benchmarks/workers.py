"""What the benchmarks share: a fresh database per engine, and a worker process per database
that prints its figures as one `RESULT {json}` line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


def postgres_admin_url() -> str:
    return os.environ.get("ANKUNFT_BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432/test")


def postgres_execute(statements: list[str]) -> str | None:
    """Run statements on the benchmark server; returns an error message, or None."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    try:
        with psycopg.connect(postgres_admin_url(), connect_timeout=3, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]
    except psycopg.Error as error:
        return str(error).strip().splitlines()[0]
    return None


def run_worker(
    script: str,
    engine: str,
    scratch: Path,
    *,
    database: str,
    environment: dict[str, str] | None = None,
) -> dict[str, Any] | None:
    """Run `script --worker engine` on the database `database` (a file in `scratch` for
    SQLite) in development settings; return what it printed after `RESULT `."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ankunft.settings",
        "ANKUNFT_DEBUG": "1",
        "ANKUNFT_VAR_DIR": str(scratch),
        "PYTHONUNBUFFERED": "1",
        **(environment or {}),
    }
    env.pop("REDIS_URL", None)
    if engine == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{scratch / (database + '.sqlite3')}"
    else:
        parts = urlsplit(postgres_admin_url())
        env["DATABASE_URL"] = parts._replace(path=f"/{database}").geturl()
    process = subprocess.run(
        [sys.executable, script, "--worker", engine],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    for line in process.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[len("RESULT ") :])
            return result
    print(f"{engine}: the benchmark failed (exit code {process.returncode})", file=sys.stderr)
    return None


def run_on_fresh_databases(script: str, database: str, prefix: str) -> list[dict[str, Any]]:
    """The worker once on SQLite and once on PostgreSQL (when it answers), each on a new,
    empty database that is dropped afterwards (ANKUNFT_BENCH_DATABASES chooses)."""
    wanted = os.environ.get("ANKUNFT_BENCH_DATABASES", "sqlite,postgresql").split(",")
    results: list[dict[str, Any]] = []
    if "sqlite" in wanted:
        with tempfile.TemporaryDirectory(prefix=prefix) as scratch:
            result = run_worker(script, "sqlite", Path(scratch), database=database)
            results += [result] if result else []
    if "postgresql" in wanted:
        error = postgres_execute(
            [f"DROP DATABASE IF EXISTS {database}", f"CREATE DATABASE {database}"]
        )
        if error:
            print(f"PostgreSQL skipped: {error}")
            return results
        try:
            with tempfile.TemporaryDirectory(prefix=prefix) as scratch:
                result = run_worker(script, "postgresql", Path(scratch), database=database)
                results += [result] if result else []
        finally:
            postgres_execute([f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"])
    return results
