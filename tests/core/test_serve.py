"""`ankunft serve` runs gunicorn with WhiteNoise in production mode."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("ANKUNFT_", "DJANGO_"))}
    environment.update(
        ANKUNFT_SECRET_KEY="serve-test-" + "x" * 40,
        ANKUNFT_DEBUG="0",
        ANKUNFT_HTTPS="0",
        ANKUNFT_VAR_DIR=str(tmp_path),
    )
    environment.pop("DATABASE_URL", None)
    ankunft = [sys.executable, "-m", "ankunft"]
    subprocess.run([*ankunft, "migrate", "-v0"], env=environment, check=True, timeout=300)
    process = subprocess.Popen(
        [*ankunft, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        # `serve` collects and compresses (gzip and Brotli) every static file first, which
        # takes half a minute on a busy 2-core machine.
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
        shutil.rmtree(tmp_path, ignore_errors=True)


def test_it_serves_pages_and_compressed_static_files(served: str) -> None:
    with urllib.request.urlopen(f"{served}/healthz", timeout=5) as response:
        assert response.status == 200
    with urllib.request.urlopen(f"{served}/", timeout=5) as response:
        page = response.read().decode()
    stylesheet = page.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
    assert stylesheet.startswith("/static/ankunft/site.") and stylesheet.endswith(".css")
    request = urllib.request.Request(served + stylesheet, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert "max-age" in response.headers["Cache-Control"]
