"""Machine translation of guide pages through DeepL or a LibreTranslate server.

This module is only the HTTP layer: budgets, states ("machine translated" until a person
approves) and storage live in the guide's services. Texts are HTML fragments; each adapter
sends them in batches and returns the translations in the same order.

Supported languages are static lists checked against the providers' documentation:

- DeepL (https://developers.deepl.com/docs/getting-started/supported-languages): only the
  generally available languages. DeepL's beta languages (among them Persian, Sorani, Pashto,
  Somali, Albanian, Georgian and Urdu) need an opt-in flag and make no promise about HTML
  handling, so they count as unsupported. Tigrinya, Kurmanji and Dari are not offered.
- LibreTranslate (https://docs.libretranslate.com/guides/supported_languages): the Argos
  models published for LibreTranslate. Dari is *not* sent as Persian: the texts would come
  out in Iranian Persian, which is a different written standard for the readers. A
  self-hosted server may have fewer models installed; it then answers "xx is not supported",
  which reaches the office as a readable error.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from http.client import HTTPException
from typing import Any, ClassVar, Protocol
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

DEFAULT_TIMEOUT = 20.0
MAX_RESPONSE_BYTES = 10 * 1024 * 1024
MAX_DETAIL_CHARS = 300
USER_AGENT = "Ankunft machine translation"


class MachineTranslationError(Exception):
    """A failure the office can read: str(error) is a translated, key-free message."""


class Translator(Protocol):
    name: str

    def supports(self, *, source: str, target: str) -> bool: ...

    def translate(self, texts: Sequence[str], *, source: str, target: str) -> list[str]: ...


def characters_of(texts: Sequence[str]) -> int:
    """The characters that count against the region's budget: those of the texts sent.

    Blank texts are never sent (see `_translate_in_batches`), so they cost nothing.
    """
    return sum(len(text) for text in texts if text.strip())


class _HttpTranslator:
    """Shared part of both adapters: batching, the HTTP call and error mapping."""

    name: str
    display_name: str
    max_batch_items: ClassVar[int] = 50
    max_batch_bytes: ClassVar[int | None] = None

    def __init__(
        self, *, base_url: str, api_key: str = "", timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self.base_url = _checked_base_url(base_url)
        self._api_key = api_key
        self.timeout = timeout

    def __repr__(self) -> str:
        # Never show the key, not even in tracebacks or logs of local variables.
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def supports(self, *, source: str, target: str) -> bool:
        return (
            source != target
            and self._source_code(source) is not None
            and self._target_code(target) is not None
        )

    def translate(self, texts: Sequence[str], *, source: str, target: str) -> list[str]:
        source_code = self._source_code(source)
        target_code = self._target_code(target)
        if source == target or source_code is None or target_code is None:
            raise MachineTranslationError(
                _(
                    "Machine translation from %(source)s to %(target)s is not available with "
                    "%(provider)s."
                )
                % {"source": source, "target": target, "provider": self.display_name}
            )
        results = list(texts)
        to_send = [index for index, text in enumerate(texts) if text.strip()]
        batches = _batches(
            [texts[index] for index in to_send],
            max_items=self.max_batch_items,
            max_bytes=self.max_batch_bytes,
        )
        translated: list[str] = []
        for batch in batches:
            translated.extend(self._translate_batch(batch, source_code, target_code))
        for index, text in zip(to_send, translated, strict=True):
            results[index] = text
        return results

    # Provider specifics ------------------------------------------------------------------

    def _source_code(self, code: str) -> str | None:
        raise NotImplementedError

    def _target_code(self, code: str) -> str | None:
        raise NotImplementedError

    def _translate_batch(self, batch: list[str], source: str, target: str) -> list[str]:
        raise NotImplementedError

    def _error_for_status(self, status: int, detail: str) -> MachineTranslationError:
        return _error_for_status(status, detail)

    # HTTP --------------------------------------------------------------------------------

    def _post_json(self, path: str, payload: Mapping[str, Any], headers: Mapping[str, str]) -> Any:
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked in __init__
            self.base_url + path,
            data=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Accept": "application/json",
                "User-Agent": USER_AGENT,
                **headers,
            },
            method="POST",
        )
        try:
            with _OPENER.open(request, timeout=self.timeout) as response:
                body = response.read(MAX_RESPONSE_BYTES + 1)
        except urllib.error.HTTPError as error:
            detail = self._hide_key(_error_detail(_read_quietly(error)))
            raise self._error_for_status(error.code, detail) from None
        except (OSError, HTTPException) as error:  # URLError and timeouts are OSErrors
            raise _connection_error(error) from None
        if len(body) > MAX_RESPONSE_BYTES:
            raise _unreadable_answer()
        try:
            return json.loads(body)
        except ValueError:
            raise _unreadable_answer() from None

    def _hide_key(self, text: str) -> str:
        if self._api_key:
            return text.replace(self._api_key, "***")
        return text


class DeepLTranslator(_HttpTranslator):
    """DeepL API v2 (https://developers.deepl.com/docs/api-reference/translate).

    The base URL is https://api.deepl.com for paid and https://api-free.deepl.com for
    free accounts.
    """

    name = "deepl"
    display_name = "DeepL"
    # DeepL takes at most 50 texts and 128 KiB per request; leave room for the JSON around.
    max_batch_items = 50
    max_batch_bytes = 100 * 1024

    # Ankunft code -> DeepL code. Sources have no regional variants.
    SOURCE_CODES: ClassVar[dict[str, str]] = {
        "ar": "AR", "bg": "BG", "cs": "CS", "da": "DA", "de": "DE", "el": "EL", "en": "EN",
        "es": "ES", "fi": "FI", "fr": "FR", "hu": "HU", "it": "IT", "nl": "NL", "pl": "PL",
        "pt": "PT", "ro": "RO", "ru": "RU", "sk": "SK", "tr": "TR", "uk": "UK", "zh-CN": "ZH",
    }  # fmt: skip
    # Targets must name a variant where DeepL has one: German offices write British English
    # and European Portuguese in their own materials.
    TARGET_CODES: ClassVar[dict[str, str]] = {
        **SOURCE_CODES, "en": "EN-GB", "pt": "PT-PT", "zh-CN": "ZH-HANS",
    }  # fmt: skip

    def __init__(self, *, base_url: str, api_key: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        super().__init__(base_url=base_url, api_key=api_key, timeout=timeout)

    def _source_code(self, code: str) -> str | None:
        return self.SOURCE_CODES.get(code)

    def _target_code(self, code: str) -> str | None:
        return self.TARGET_CODES.get(code)

    def _translate_batch(self, batch: list[str], source: str, target: str) -> list[str]:
        answer = self._post_json(
            "/v2/translate",
            {"text": batch, "source_lang": source, "target_lang": target, "tag_handling": "html"},
            {"Authorization": f"DeepL-Auth-Key {self._api_key}"},
        )
        translations = answer.get("translations") if isinstance(answer, dict) else None
        if not isinstance(translations, list):
            raise _unreadable_answer()
        texts = [item.get("text") if isinstance(item, dict) else None for item in translations]
        return _checked_texts(texts, sent=len(batch))

    def _error_for_status(self, status: int, detail: str) -> MachineTranslationError:
        if status == 456:
            return MachineTranslationError(
                _(
                    "The character quota of the DeepL account is used up. Machine translation "
                    "works again when the quota is renewed or raised at DeepL."
                )
            )
        if status == 529:  # DeepL's own "too many requests"
            return _error_for_status(429, detail)
        return _error_for_status(status, detail)


class LibreTranslateTranslator(_HttpTranslator):
    """A LibreTranslate server (https://libretranslate.com/docs), public or self-hosted.

    Self-hosted servers usually need no API key; libretranslate.com does.
    """

    name = "libretranslate"
    display_name = "LibreTranslate"
    # LibreTranslate has no fixed batch limit, but servers may set one; 50 is modest.
    max_batch_items = 50

    # Ankunft code -> LibreTranslate code (same set for source and target: models pivot
    # through English).
    CODES: ClassVar[dict[str, str]] = {
        "ar": "ar", "bg": "bg", "cs": "cs", "da": "da", "de": "de", "el": "el", "en": "en",
        "es": "es", "fa": "fa", "fi": "fi", "fr": "fr", "hu": "hu", "it": "it", "nl": "nl",
        "pl": "pl", "pt": "pt", "ro": "ro", "ru": "ru", "sk": "sk", "sq": "sq", "tr": "tr",
        "uk": "uk", "ur": "ur", "zh-CN": "zh",
    }  # fmt: skip

    def __init__(
        self, *, base_url: str, api_key: str = "", timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        super().__init__(base_url=base_url, api_key=api_key, timeout=timeout)

    def _source_code(self, code: str) -> str | None:
        return self.CODES.get(code)

    def _target_code(self, code: str) -> str | None:
        return self.CODES.get(code)

    def _translate_batch(self, batch: list[str], source: str, target: str) -> list[str]:
        payload = {"q": batch, "source": source, "target": target, "format": "html"}
        if self._api_key:
            payload["api_key"] = self._api_key
        answer = self._post_json("/translate", payload, {})
        texts = answer.get("translatedText") if isinstance(answer, dict) else None
        if not isinstance(texts, list):
            raise _unreadable_answer()
        return _checked_texts(texts, sent=len(batch))


PROVIDERS: dict[str, type[_HttpTranslator]] = {
    DeepLTranslator.name: DeepLTranslator,
    LibreTranslateTranslator.name: LibreTranslateTranslator,
}


def translator_for(*, provider: str, base_url: str, api_key: str) -> Translator:
    """The adapter for a region's settings; raises MachineTranslationError if unusable."""
    try:
        translator_class = PROVIDERS[provider]
    except KeyError:
        raise MachineTranslationError(
            _("Unknown machine translation provider: %(provider)s.") % {"provider": provider}
        ) from None
    return translator_class(base_url=base_url, api_key=api_key)


# Helpers ---------------------------------------------------------------------------------


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Refuse redirects: urllib would resend the Authorization header to the new host."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirects())


def _checked_base_url(base_url: str) -> str:
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise MachineTranslationError(
            _("The address of the machine translation service must start with http:// or https://.")
        )
    return base_url.strip().rstrip("/")


def _batches(texts: Sequence[str], *, max_items: int, max_bytes: int | None) -> Iterator[list[str]]:
    batch: list[str] = []
    batch_bytes = 0
    for text in texts:
        size = len(json.dumps(text, ensure_ascii=False).encode("utf-8"))
        too_big = max_bytes is not None and batch_bytes + size > max_bytes
        if batch and (len(batch) == max_items or too_big):
            yield batch
            batch, batch_bytes = [], 0
        batch.append(text)
        batch_bytes += size
    if batch:
        yield batch


def _checked_texts(texts: Sequence[object], *, sent: int) -> list[str]:
    if len(texts) != sent:
        raise MachineTranslationError(
            _(
                "The machine translation service returned %(received)s translations for "
                "%(sent)s texts. Please try again."
            )
            % {"received": len(texts), "sent": sent}
        )
    if not all(isinstance(text, str) for text in texts):
        raise _unreadable_answer()
    return [str(text) for text in texts]


def _read_quietly(error: urllib.error.HTTPError) -> bytes:
    try:
        return error.read(64 * 1024)
    except (OSError, HTTPException):
        return b""


def _error_detail(body: bytes) -> str:
    """The provider's own error text (DeepL: "message", LibreTranslate: "error")."""
    try:
        answer = json.loads(body)
    except ValueError:
        return ""
    if not isinstance(answer, dict):
        return ""
    detail = answer.get("message") or answer.get("error") or ""
    return str(detail)[:MAX_DETAIL_CHARS]


def _error_for_status(status: int, detail: str) -> MachineTranslationError:
    if status in (401, 403):
        message = _(
            "The machine translation service did not accept the API key. Please check the key "
            "in the region settings."
        )
    elif status == 404:
        message = _(
            "The machine translation service was not found at this address. Please check the "
            "base URL in the region settings."
        )
    elif status == 413:
        message = _("The text is too long for the machine translation service.")
    elif status == 429:
        message = _(
            "The machine translation service received too many requests. Please try again in a "
            "few minutes."
        )
    elif 300 <= status < 400:
        message = _(
            "The machine translation service redirects to another address (HTTP %(status)s). "
            "Please enter the final address as the base URL."
        ) % {"status": status}
    elif status >= 500:
        message = _(
            "The machine translation service is not available at the moment (HTTP %(status)s). "
            "Please try again later."
        ) % {"status": status}
    elif detail:
        message = _(
            "The machine translation service rejected the request (HTTP %(status)s): %(detail)s"
        ) % {"status": status, "detail": detail}
    else:
        message = _("The machine translation service rejected the request (HTTP %(status)s).") % {
            "status": status
        }
    return MachineTranslationError(message)


def _connection_error(error: BaseException) -> MachineTranslationError:
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError):
        return MachineTranslationError(
            _("The machine translation service did not answer in time. Please try again later.")
        )
    return MachineTranslationError(
        _(
            "The machine translation service could not be reached. Please check the base URL in "
            "the region settings or try again later."
        )
    )


def _unreadable_answer() -> MachineTranslationError:
    return MachineTranslationError(
        _(
            "The machine translation service sent an answer that could not be read. Please try "
            "again later."
        )
    )
