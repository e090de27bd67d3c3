from __future__ import annotations

from collections.abc import Iterator

import pytest

from ankunft.guide.machine_translation import (
    PROVIDERS,
    DeepLTranslator,
    LibreTranslateTranslator,
    MachineTranslationError,
    characters_of,
    translator_for,
)
from tests.guide.fake_translation_server import (
    DEFAULT_API_KEY,
    FakeTranslationServer,
    closed_port_url,
)


@pytest.fixture
def server() -> Iterator[FakeTranslationServer]:
    with FakeTranslationServer.running() as server:
        yield server


def deepl(server: FakeTranslationServer, **kwargs: object) -> DeepLTranslator:
    options: dict = {"base_url": server.base_url, "api_key": DEFAULT_API_KEY, **kwargs}
    return DeepLTranslator(**options)


def libre(server: FakeTranslationServer, **kwargs: object) -> LibreTranslateTranslator:
    options: dict = {"base_url": server.base_url, "api_key": DEFAULT_API_KEY, **kwargs}
    return LibreTranslateTranslator(**options)


def error_of(call: object) -> str:
    with pytest.raises(MachineTranslationError) as caught:
        call()  # type: ignore[operator]
    return str(caught.value)


# DeepL --------------------------------------------------------------------------------------


def test_it_translates_a_batch_with_deepl(server: FakeTranslationServer) -> None:
    result = deepl(server).translate(["<p>Hallo</p>", "Welt"], source="de", target="ar")

    assert result == ["[AR] <p>Hallo</p>", "[AR] Welt"]


def test_it_sends_the_deepl_request_as_documented(server: FakeTranslationServer) -> None:
    deepl(server).translate(["Hallo"], source="de", target="uk")

    (request,) = server.requests
    assert request.path == "/v2/translate"
    assert request.headers["authorization"] == f"DeepL-Auth-Key {DEFAULT_API_KEY}"
    assert request.headers["content-type"].startswith("application/json")
    assert request.json == {
        "text": ["Hallo"],
        "source_lang": "DE",
        "target_lang": "UK",
        "tag_handling": "html",
    }


@pytest.mark.parametrize(
    ("ankunft_code", "deepl_code"),
    [("en", "EN-GB"), ("pt", "PT-PT"), ("zh-CN", "ZH-HANS"), ("tr", "TR"), ("ru", "RU")],
)
def test_it_maps_target_languages_to_deepl_codes(
    server: FakeTranslationServer, ankunft_code: str, deepl_code: str
) -> None:
    deepl(server).translate(["Hallo"], source="de", target=ankunft_code)

    assert server.requests[0].json["target_lang"] == deepl_code


def test_it_maps_source_languages_to_deepl_codes_without_variant(
    server: FakeTranslationServer,
) -> None:
    deepl(server).translate(["Hello"], source="en", target="de")

    assert server.requests[0].json["source_lang"] == "EN"
    assert server.requests[0].json["target_lang"] == "DE"


def test_it_splits_more_than_50_texts_into_batches_in_order(
    server: FakeTranslationServer,
) -> None:
    texts = [f"Text {number}" for number in range(120)]

    result = deepl(server).translate(texts, source="de", target="en")

    assert result == [f"[EN-GB] Text {number}" for number in range(120)]
    assert [len(request.json["text"]) for request in server.requests] == [50, 50, 20]


def test_it_keeps_deepl_requests_below_the_size_limit(server: FakeTranslationServer) -> None:
    texts = ["ü" * 30_000] * 5  # 60 KB each in UTF-8

    result = deepl(server).translate(texts, source="de", target="en")

    assert len(result) == 5
    assert len(server.requests) == 5


def test_it_does_not_send_blank_texts(server: FakeTranslationServer) -> None:
    result = deepl(server).translate(["", "Hallo", "  "], source="de", target="ar")

    assert result == ["", "[AR] Hallo", "  "]
    assert server.requests[0].json["text"] == ["Hallo"]


def test_it_sends_nothing_for_no_texts(server: FakeTranslationServer) -> None:
    assert deepl(server).translate([], source="de", target="ar") == []
    assert server.requests == []


def test_it_explains_a_wrong_deepl_key_without_showing_it(server: FakeTranslationServer) -> None:
    message = error_of(
        lambda: deepl(server, api_key="wrong-secret").translate(["Hallo"], source="de", target="ar")
    )

    assert "did not accept the API key" in message
    assert "wrong-secret" not in message


def test_it_explains_a_used_up_deepl_quota(server: FakeTranslationServer) -> None:
    server.status = 456

    message = error_of(lambda: deepl(server).translate(["Hallo"], source="de", target="ar"))

    assert "quota of the DeepL account is used up" in message


@pytest.mark.parametrize("status", [429, 529])
def test_it_explains_too_many_requests(server: FakeTranslationServer, status: int) -> None:
    server.status = status

    message = error_of(lambda: deepl(server).translate(["Hallo"], source="de", target="ar"))

    assert "too many requests" in message


@pytest.mark.parametrize("status", [500, 503])
def test_it_explains_an_unavailable_provider(server: FakeTranslationServer, status: int) -> None:
    server.status = status

    message = error_of(lambda: deepl(server).translate(["Hallo"], source="de", target="ar"))

    assert "not available at the moment" in message
    assert str(status) in message


def test_it_shows_the_providers_reason_for_a_rejected_request_without_the_key(
    server: FakeTranslationServer,
) -> None:
    server.status = 400
    server.error_message = f"Value for 'target_lang' not supported (key {DEFAULT_API_KEY})"

    message = error_of(lambda: deepl(server).translate(["Hallo"], source="de", target="ar"))

    assert "rejected the request (HTTP 400)" in message
    assert "target_lang' not supported" in message
    assert DEFAULT_API_KEY not in message


def test_it_explains_a_wrong_base_url_path(server: FakeTranslationServer) -> None:
    translator = DeepLTranslator(base_url=server.base_url + "/nothing", api_key=DEFAULT_API_KEY)

    message = error_of(lambda: translator.translate(["Hallo"], source="de", target="ar"))

    assert "not found at this address" in message


def test_it_does_not_follow_redirects(server: FakeTranslationServer) -> None:
    server.redirect_to = "/v2/translate-elsewhere"

    message = error_of(lambda: deepl(server).translate(["Hallo"], source="de", target="ar"))

    assert "redirects to another address (HTTP 302)" in message
    assert [request.path for request in server.requests] == ["/v2/translate"]


def test_it_explains_an_unreachable_server() -> None:
    translator = DeepLTranslator(base_url=closed_port_url(), api_key=DEFAULT_API_KEY)

    message = error_of(lambda: translator.translate(["Hallo"], source="de", target="ar"))

    assert "could not be reached" in message


def test_it_gives_up_after_the_timeout(server: FakeTranslationServer) -> None:
    server.delay = 2.0

    message = error_of(
        lambda: deepl(server, timeout=0.2).translate(["Hallo"], source="de", target="ar")
    )

    assert "did not answer in time" in message


def test_it_explains_an_answer_that_is_not_json(server: FakeTranslationServer) -> None:
    server.raw_body = b"<html>Gateway</html>"

    message = error_of(lambda: deepl(server).translate(["Hallo"], source="de", target="ar"))

    assert "could not be read" in message


def test_it_explains_json_of_the_wrong_shape(server: FakeTranslationServer) -> None:
    server.raw_body = b'{"translations": [{"text": 42}]}'

    message = error_of(lambda: deepl(server).translate(["Hallo"], source="de", target="ar"))

    assert "could not be read" in message


def test_it_refuses_an_answer_with_the_wrong_number_of_texts(
    server: FakeTranslationServer,
) -> None:
    server.missing_translations = 1

    message = error_of(lambda: deepl(server).translate(["A", "B"], source="de", target="ar"))

    assert "returned 1 translations for 2 texts" in message


def test_it_refuses_an_unsupported_language_without_calling_deepl(
    server: FakeTranslationServer,
) -> None:
    message = error_of(lambda: deepl(server).translate(["Hallo"], source="de", target="ti"))

    assert "from de to ti is not available with DeepL" in message
    assert server.requests == []


@pytest.mark.parametrize("target", ["en", "ar", "uk", "tr", "ru", "ro", "bg", "pl", "zh-CN"])
def test_it_says_deepl_supports_its_languages(target: str) -> None:
    translator = DeepLTranslator(base_url="https://api-free.deepl.com", api_key="k")

    assert translator.supports(source="de", target=target)


@pytest.mark.parametrize("target", ["ti", "kmr", "ckb", "prs", "fa", "so", "de"])
def test_it_says_deepl_does_not_support_other_languages(target: str) -> None:
    translator = DeepLTranslator(base_url="https://api-free.deepl.com", api_key="k")

    assert not translator.supports(source="de", target=target)


# LibreTranslate ------------------------------------------------------------------------------


def test_it_translates_with_libretranslate(server: FakeTranslationServer) -> None:
    result = libre(server).translate(["<p>Hallo</p>", "Welt"], source="de", target="fa")

    assert result == ["[fa] <p>Hallo</p>", "[fa] Welt"]
    (request,) = server.requests
    assert request.path == "/translate"
    assert request.json == {
        "q": ["<p>Hallo</p>", "Welt"],
        "source": "de",
        "target": "fa",
        "format": "html",
        "api_key": DEFAULT_API_KEY,
    }


def test_it_maps_chinese_to_the_libretranslate_code(server: FakeTranslationServer) -> None:
    libre(server).translate(["Hallo"], source="de", target="zh-CN")

    assert server.requests[0].json["target"] == "zh"


def test_it_leaves_out_an_empty_libretranslate_key() -> None:
    with FakeTranslationServer.running(api_key="") as server:
        result = libre(server, api_key="").translate(["Hallo"], source="de", target="ar")

        assert result == ["[ar] Hallo"]
        assert "api_key" not in server.requests[0].json


def test_it_splits_libretranslate_batches_in_order(server: FakeTranslationServer) -> None:
    texts = [f"Text {number}" for number in range(51)]

    result = libre(server).translate(texts, source="de", target="ar")

    assert result == [f"[ar] Text {number}" for number in range(51)]
    assert len(server.requests) == 2


def test_it_explains_a_wrong_libretranslate_key(server: FakeTranslationServer) -> None:
    message = error_of(
        lambda: libre(server, api_key="wrong-secret").translate(["Hallo"], source="de", target="ar")
    )

    assert "did not accept the API key" in message
    assert "wrong-secret" not in message


def test_it_shows_why_libretranslate_rejected_a_request(server: FakeTranslationServer) -> None:
    server.status = 400
    server.error_message = "ar is not supported"

    message = error_of(lambda: libre(server).translate(["Hallo"], source="de", target="ar"))

    assert "rejected the request (HTTP 400): ar is not supported" in message


def test_it_explains_a_libretranslate_server_error(server: FakeTranslationServer) -> None:
    server.status = 500

    message = error_of(lambda: libre(server).translate(["Hallo"], source="de", target="ar"))

    assert "not available at the moment (HTTP 500)" in message


def test_it_explains_garbage_from_libretranslate(server: FakeTranslationServer) -> None:
    server.raw_body = b'{"translatedText": "only one string"}'

    message = error_of(lambda: libre(server).translate(["A", "B"], source="de", target="ar"))

    assert "could not be read" in message


def test_it_refuses_a_short_libretranslate_answer(server: FakeTranslationServer) -> None:
    server.missing_translations = 1

    message = error_of(lambda: libre(server).translate(["A", "B"], source="de", target="ar"))

    assert "returned 1 translations for 2 texts" in message


def test_it_explains_an_unreachable_libretranslate_server() -> None:
    translator = LibreTranslateTranslator(base_url=closed_port_url())

    message = error_of(lambda: translator.translate(["Hallo"], source="de", target="ar"))

    assert "could not be reached" in message


@pytest.mark.parametrize("target", ["ar", "fa", "uk", "tr", "ru", "en", "zh-CN"])
def test_it_says_libretranslate_supports_its_languages(target: str) -> None:
    assert LibreTranslateTranslator(base_url="http://lt:5000").supports(source="de", target=target)


@pytest.mark.parametrize("target", ["ti", "kmr", "ckb", "prs", "so", "am"])
def test_it_says_libretranslate_does_not_support_other_languages(target: str) -> None:
    translator = LibreTranslateTranslator(base_url="http://lt:5000")

    assert not translator.supports(source="de", target=target)


# Choosing a provider -------------------------------------------------------------------------


def test_it_offers_both_providers() -> None:
    assert set(PROVIDERS) == {"deepl", "libretranslate"}


@pytest.mark.parametrize(
    ("provider", "expected"),
    [("deepl", DeepLTranslator), ("libretranslate", LibreTranslateTranslator)],
)
def test_it_builds_the_translator_for_a_provider(provider: str, expected: type) -> None:
    translator = translator_for(provider=provider, base_url="https://example.org/", api_key="k")

    assert isinstance(translator, expected)
    assert translator.name == provider


def test_it_refuses_an_unknown_provider() -> None:
    message = error_of(
        lambda: translator_for(provider="babelfish", base_url="https://x.org", api_key="k")
    )

    assert "Unknown machine translation provider: babelfish" in message


@pytest.mark.parametrize("base_url", ["file:///etc/passwd", "ftp://x.org", "api.deepl.com", ""])
def test_it_refuses_base_urls_other_than_http(base_url: str) -> None:
    message = error_of(lambda: translator_for(provider="deepl", base_url=base_url, api_key="k"))

    assert "must start with http:// or https://" in message


def test_it_does_not_show_the_key_in_its_repr() -> None:
    translator = DeepLTranslator(base_url="https://api.deepl.com", api_key="very-secret")

    assert "very-secret" not in repr(translator)


# Budget ----------------------------------------------------------------------------------------


def test_it_counts_the_characters_sent() -> None:
    assert characters_of(["<p>Hallo</p>", "Welt", "ü"]) == 12 + 4 + 1


def test_it_does_not_count_blank_texts() -> None:
    assert characters_of(["", "   ", "ab"]) == 2
