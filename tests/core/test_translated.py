from __future__ import annotations

from ankunft.core.translated import clean_translations, pick


def test_it_picks_the_requested_language() -> None:
    text = pick({"de": "Hallo", "ar": "مرحبا"}, ["ar", "de"])
    assert (text.text, text.language, text.is_fallback) == ("مرحبا", "ar", False)


def test_it_falls_back_along_the_chain_and_says_so() -> None:
    text = pick({"de": "Hallo"}, ["uk", "de"])
    assert (text.text, text.language, text.is_fallback) == ("Hallo", "de", True)


def test_it_treats_blank_text_as_missing() -> None:
    assert pick({"uk": "  ", "de": "Hallo"}, ["uk", "de"]).language == "de"


def test_it_returns_empty_text_when_nothing_exists() -> None:
    text = pick({}, ["uk", "de"])
    assert not text and not text.is_fallback


def test_clean_translations_drops_unknown_languages_and_blanks() -> None:
    assert clean_translations({"de": " A ", "xx": "B", "en": ""}, ["de", "en"]) == {"de": "A"}
