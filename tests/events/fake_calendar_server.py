"""A fake calendar host on 127.0.0.1 for tests of the iCalendar import.

Start it in a fixture (port 0, so tests never collide):

    @pytest.fixture
    def calendar_server() -> Iterator[FakeCalendarServer]:
        with FakeCalendarServer.running() as server:
            yield server

then say what a path answers and point a feed at `server.url(path)`:

- `server.serve("/feed.ics", body)`: 200 with these bytes (str is encoded as UTF-8), as
  `text/calendar` unless `content_type` says otherwise.
- `server.serve("/down.ics", b"oops", status=500)`: that status with that body.
- `server.redirect("/old.ics", "/feed.ics")`: 302 with this `Location` (a path or an address).

Anything else is a 404. `requests` lists the paths asked for, in arrival order.
`closed_port_url()` gives an address where nothing listens ("server down").
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]


@dataclass
class FakeCalendarServer:
    base_url: str = ""
    answers: dict[str, Answer] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)

    @classmethod
    @contextmanager
    def running(cls) -> Iterator[FakeCalendarServer]:
        fake = cls()
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(fake))
        fake.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
        # A short poll interval keeps shutdown() (and so each test) fast.
        thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
        thread.start()
        try:
            yield fake
        finally:
            httpd.shutdown()
            httpd.server_close()
            thread.join(timeout=5)

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def serve(
        self,
        path: str,
        body: bytes | str,
        *,
        status: int = 200,
        content_type: str = "text/calendar; charset=utf-8",
    ) -> str:
        """Answer `path` with this body; returns the full address."""
        raw = body.encode("utf-8") if isinstance(body, str) else body
        self.answers[path] = Answer(status, raw, {"Content-Type": content_type})
        return self.url(path)

    def redirect(self, path: str, location: str) -> str:
        self.answers[path] = Answer(302, b"", {"Location": location})
        return self.url(path)

    def answer(self, path: str) -> Answer:
        self.requests.append(path)
        return self.answers.get(path) or Answer(404, b"Not found", {"Content-Type": "text/plain"})


def closed_port_url() -> str:
    """An address on 127.0.0.1 whose port had a listener a moment ago and now has none."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.ics"


def _handler_for(fake: FakeCalendarServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            answer = fake.answer(self.path)
            try:
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading (bodies that are too large)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
