"""A fake DeepL + LibreTranslate server on 127.0.0.1 for tests.

Start it in a fixture (port 0, so tests never collide):

    @pytest.fixture
    def translation_server() -> Iterator[FakeTranslationServer]:
        with FakeTranslationServer.running() as server:
            yield server

and point a translator at `server.base_url`. Both APIs answer on the same server:

- `POST /v2/translate` imitates DeepL. It wants `Authorization: DeepL-Auth-Key <api_key>`
  (else 403), at most 50 texts (else 400) and answers
  `{"translations": [{"detected_source_language": ..., "text": "[<target_lang>] <text>"}]}`.
- `POST /translate` imitates LibreTranslate. When `api_key` is set it wants the same key in
  the JSON body (else 403); it answers `{"translatedText": ["[<target>] <text>", ...]}`.
- Anything else is a 404.

So `"Hallo"` translated to Arabic comes back as `"[AR] Hallo"` (DeepL) or `"[ar] Hallo"`
(LibreTranslate).

Failure modes (plain attributes; set them in the test, `reset()` clears them):

- `status = 456`: answer every request with this status and a JSON error body in the
  provider's format (`{"message": ...}` / `{"error": ...}`), text from `error_message`.
- `raw_body = b"not json"`: answer 200 with exactly these bytes.
- `delay = 1.0`: wait this many seconds before answering (use with a small client timeout).
- `missing_translations = 1`: leave off this many translations at the end.
- `redirect_to = "/elsewhere"`: answer 302 with this `Location` (clients must not follow).

What it records: `requests`, a list of `ReceivedRequest(path, headers, json)` in arrival
order (headers with lower-case names, `json` the parsed body or None).

`closed_port_url()` gives an http URL on 127.0.0.1 where nothing listens ("server down").
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_API_KEY = "test-key-0123456789"
DEEPL_MAX_TEXTS = 50


@dataclass
class ReceivedRequest:
    path: str
    headers: dict[str, str]
    json: Any


@dataclass
class FakeTranslationServer:
    api_key: str = DEFAULT_API_KEY
    status: int | None = None
    error_message: str = "Something went wrong"
    raw_body: bytes | None = None
    delay: float = 0.0
    missing_translations: int = 0
    redirect_to: str | None = None
    requests: list[ReceivedRequest] = field(default_factory=list)
    base_url: str = ""
    _stopping: threading.Event = field(default_factory=threading.Event)

    @classmethod
    @contextmanager
    def running(cls, *, api_key: str = DEFAULT_API_KEY) -> Iterator[FakeTranslationServer]:
        fake = cls(api_key=api_key)
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(fake))
        fake.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
        # A short poll interval keeps shutdown() (and so each test) fast.
        thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
        thread.start()
        try:
            yield fake
        finally:
            fake._stopping.set()  # wakes handlers that are still "slow"
            httpd.shutdown()
            httpd.server_close()
            thread.join(timeout=5)

    def reset(self) -> None:
        self.status = None
        self.error_message = "Something went wrong"
        self.raw_body = None
        self.delay = 0.0
        self.missing_translations = 0
        self.redirect_to = None
        self.requests.clear()

    # Answers ------------------------------------------------------------------------------

    def answer(self, request: ReceivedRequest) -> tuple[int, dict[str, str], bytes]:
        """Status, extra headers and body for one request."""
        self.requests.append(request)
        if self.delay:
            self._stopping.wait(self.delay)
        if self.redirect_to is not None:
            return 302, {"Location": self.redirect_to}, b""
        status, body = self._answer_for_path(request)
        return status, {}, body

    def _answer_for_path(self, request: ReceivedRequest) -> tuple[int, bytes]:
        if request.path == "/v2/translate":
            return self._deepl(request)
        if request.path == "/translate":
            return self._libretranslate(request)
        return 404, b'{"message": "Not found"}'

    def _deepl(self, request: ReceivedRequest) -> tuple[int, bytes]:
        if self.status is not None:
            return self.status, _json({"message": self.error_message})
        if request.headers.get("authorization") != f"DeepL-Auth-Key {self.api_key}":
            return 403, _json({"message": "Authorization failure, check auth_key"})
        if self.raw_body is not None:
            return 200, self.raw_body
        body = request.json if isinstance(request.json, dict) else {}
        texts = body.get("text")
        if not isinstance(texts, list) or not body.get("target_lang"):
            return 400, _json({"message": "Bad request"})
        if len(texts) > DEEPL_MAX_TEXTS:
            return 400, _json({"message": "Too many texts"})
        translated = self._translated(texts, body["target_lang"])
        source = body.get("source_lang") or "DE"
        return 200, _json(
            {"translations": [{"detected_source_language": source, "text": t} for t in translated]}
        )

    def _libretranslate(self, request: ReceivedRequest) -> tuple[int, bytes]:
        if self.status is not None:
            return self.status, _json({"error": self.error_message})
        body = request.json if isinstance(request.json, dict) else {}
        if self.api_key and body.get("api_key") != self.api_key:
            return 403, _json({"error": "Invalid API key"})
        if self.raw_body is not None:
            return 200, self.raw_body
        texts = body.get("q")
        if not texts or not body.get("source") or not body.get("target"):
            return 400, _json({"error": "Invalid request: missing q parameter"})
        if isinstance(texts, str):
            return 200, _json({"translatedText": self._translated([texts], body["target"])[0]})
        return 200, _json({"translatedText": self._translated(texts, body["target"])})

    def _translated(self, texts: list[str], target: str) -> list[str]:
        translated = [f"[{target}] {text}" for text in texts]
        if self.missing_translations:
            return translated[: -self.missing_translations]
        return translated


def closed_port_url() -> str:
    """A URL on 127.0.0.1 whose port had a listener a moment ago and now has none."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _handler_for(fake: FakeTranslationServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                parsed = json.loads(raw) if raw else None
            except ValueError:
                parsed = None
            request = ReceivedRequest(
                path=self.path,
                headers={name.lower(): value for name, value in self.headers.items()},
                json=parsed,
            )
            status, headers, body = fake.answer(request)
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout tests)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
