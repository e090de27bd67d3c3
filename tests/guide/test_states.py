"""Translation states of guide pages, driven through the services as editors would."""

from __future__ import annotations

import re

from ankunft.core.models import Region
from ankunft.guide.diff import TextDiff
from ankunft.guide.models import Page, PageVersion, VersionStatus
from ankunft.guide.selectors import source_diff, states_of_page
from ankunft.guide.services import (
    page_approve_translation,
    page_save_text,
)
from ankunft.guide.states import (
    LanguageState,
    PageStates,
    TranslationState,
    VersionInfo,
    language_sources,
)
from tests.factories import make_page

ORIGINAL = ("Erste Schritte", "<p>Melden Sie Ihre Wohnung an.</p>")
ENGLISH = ("First steps", "<p>Register your flat.</p>")
ARABIC = ("الخطوات الأولى", "<p>سجّل شقتك.</p>")
PERSIAN = ("گام‌های نخست", "<p>آپارتمان خود را ثبت کنید.</p>")




def save(page: Page, language: str, title: str, content: str, **kwargs: object) -> PageVersion:
    return page_save_text(
        page=page, actor=None, language=language, title=title, content=content, **kwargs
    )


def state(page: Page, language: str) -> LanguageState:
    return states_of_page(page).state(language)


def translated_page(region: Region) -> Page:
    return make_page(
        region, title=ORIGINAL[0], content=ORIGINAL[1], translations={"en": ENGLISH, "ar": ARABIC}
    )


def major_german_edit(page: Page) -> PageVersion:
    return save(page, "de", "Erste Schritte", "<p>Melden Sie Ihre neue Wohnung sofort an.</p>")


def marked(tag: str, diff: object) -> list[str]:
    """The words a source diff marks as inserted ("ins") or deleted ("del")."""
    assert isinstance(diff, TextDiff)
    return [words.strip() for words in re.findall(rf"<{tag}>(.*?)</{tag}>", diff.html)]


def persian_page(region: Region) -> Page:
    page = translated_page(region)
    save(page, "fa", *PERSIAN)
    return page


# German original with English and Arabic translations ---------------------------------------


def test_it_marks_new_translations_up_to_date(region: Region) -> None:
    page = translated_page(region)

    assert state(page, "de").state == TranslationState.UP_TO_DATE
    assert state(page, "en").state == TranslationState.UP_TO_DATE
    assert state(page, "ar").state == TranslationState.UP_TO_DATE


def test_it_marks_a_language_without_any_text_missing(region: Region) -> None:
    page = translated_page(region)

    assert state(page, "uk").state == TranslationState.MISSING
    assert state(page, "uk").needs_translation


def test_it_records_what_a_translation_was_made_from(region: Region) -> None:
    page = translated_page(region)

    english = state(page, "en")

    assert (english.source_language, english.translated_from_number) == ("de", 1)
    assert english.source_number == 1


def test_it_keeps_translations_up_to_date_after_a_minor_edit(region: Region) -> None:
    page = translated_page(region)

    save(page, "de", "Erste Schritte", "<p>Melden Sie Ihre Wohnung an!</p>", minor=True)

    assert state(page, "en").state == TranslationState.UP_TO_DATE
    assert state(page, "ar").state == TranslationState.UP_TO_DATE


def test_it_marks_translations_outdated_after_a_major_edit(region: Region) -> None:
    page = translated_page(region)

    major_german_edit(page)

    assert state(page, "de").state == TranslationState.UP_TO_DATE
    assert state(page, "en").state == TranslationState.OUTDATED
    assert state(page, "ar").state == TranslationState.OUTDATED
    assert not state(page, "en").because_of_source


def test_it_keeps_a_language_missing_after_a_major_edit(region: Region) -> None:
    page = translated_page(region)

    major_german_edit(page)

    assert state(page, "uk").state == TranslationState.MISSING


def test_it_shows_the_changed_words_of_the_source(region: Region) -> None:
    page = translated_page(region)
    major_german_edit(page)

    diff = source_diff(page, state(page, "en"))

    assert marked("ins", diff) == ["neue", "sofort"]
    assert marked("del", diff) == []


def test_it_shows_removed_words_of_the_source(region: Region) -> None:
    page = translated_page(region)
    save(page, "de", "Erste Schritte", "<p>Melden Sie sich an.</p>")

    diff = source_diff(page, state(page, "ar"))

    assert marked("del", diff) == ["Ihre Wohnung"]
    assert marked("ins", diff) == ["sich"]


def test_it_shows_no_source_diff_for_an_up_to_date_translation(region: Region) -> None:
    page = translated_page(region)

    assert source_diff(page, state(page, "en")) is None


def test_it_is_up_to_date_again_after_retranslating(region: Region) -> None:
    page = translated_page(region)
    major_german_edit(page)

    save(page, "en", "First steps", "<p>Register your new flat at once.</p>")

    assert state(page, "en").state == TranslationState.UP_TO_DATE
    assert state(page, "en").translated_from_number == 2
    assert state(page, "ar").state == TranslationState.OUTDATED


def test_it_stays_outdated_when_the_translator_worked_from_the_old_original(
    region: Region,
) -> None:
    page = translated_page(region)
    major_german_edit(page)

    save(page, "en", "First steps", "<p>Please register your flat.</p>", translated_from_number=1)

    assert state(page, "en").state == TranslationState.OUTDATED


# A language translated from English (the language tree) -------------------------------------


def test_it_translates_persian_from_english(tree_region: Region) -> None:
    page = persian_page(tree_region)

    persian = state(page, "fa")

    assert persian.state == TranslationState.UP_TO_DATE
    assert (persian.source_language, persian.translated_from_number) == ("en", 1)


def test_it_cascades_a_major_german_edit_to_persian(tree_region: Region) -> None:
    page = persian_page(tree_region)

    major_german_edit(page)

    assert state(page, "en").state == TranslationState.OUTDATED
    assert state(page, "fa").state == TranslationState.OUTDATED
    assert state(page, "fa").because_of_source
    assert not state(page, "en").because_of_source


def test_it_keeps_persian_outdated_while_english_is_being_retranslated(
    tree_region: Region,
) -> None:
    page = persian_page(tree_region)
    major_german_edit(page)

    save(page, "en", "First steps", "<p>Draft…</p>", status=VersionStatus.IN_TRANSLATION)

    assert state(page, "en").state == TranslationState.IN_TRANSLATION
    assert state(page, "fa").state == TranslationState.OUTDATED
    assert state(page, "fa").because_of_source


def test_it_shows_no_source_diff_when_only_the_source_of_the_source_changed(
    tree_region: Region,
) -> None:
    page = persian_page(tree_region)

    major_german_edit(page)

    assert source_diff(page, state(page, "fa")) is None


def test_it_keeps_persian_up_to_date_after_a_minor_german_edit(tree_region: Region) -> None:
    page = persian_page(tree_region)

    save(page, "de", "Erste Schritte", "<p>Melden Sie Ihre Wohnung an!</p>", minor=True)

    assert state(page, "fa").state == TranslationState.UP_TO_DATE


def test_it_marks_persian_outdated_when_english_is_updated(tree_region: Region) -> None:
    page = persian_page(tree_region)
    major_german_edit(page)

    save(page, "en", "First steps", "<p>Register your new flat at once.</p>")

    assert state(page, "en").state == TranslationState.UP_TO_DATE
    assert state(page, "fa").state == TranslationState.OUTDATED
    assert not state(page, "fa").because_of_source


def test_it_shows_the_english_changes_to_the_persian_translator(tree_region: Region) -> None:
    page = persian_page(tree_region)
    save(page, "en", "First steps", "<p>Register your new flat.</p>")

    diff = source_diff(page, state(page, "fa"))

    assert marked("ins", diff) == ["new"]


def test_it_marks_persian_up_to_date_when_it_is_retranslated(tree_region: Region) -> None:
    page = persian_page(tree_region)
    major_german_edit(page)
    save(page, "en", "First steps", "<p>Register your new flat at once.</p>")

    save(page, "fa", "گام‌های نخست", "<p>آپارتمان جدید خود را فوراً ثبت کنید.</p>")

    assert state(page, "fa").state == TranslationState.UP_TO_DATE
    assert state(page, "fa").translated_from_number == 2


def test_it_keeps_persian_up_to_date_after_a_minor_english_edit(tree_region: Region) -> None:
    page = persian_page(tree_region)

    save(page, "en", "First steps", "<p>Register your flat!</p>", minor=True)

    assert state(page, "fa").state == TranslationState.UP_TO_DATE


# Drafts, machine translations and approval ---------------------------------------------------


def test_it_marks_a_first_draft_in_translation(region: Region) -> None:
    page = translated_page(region)

    save(page, "uk", "Перші кроки", "<p>Зареєструйте…</p>", status=VersionStatus.IN_TRANSLATION)

    assert state(page, "uk").state == TranslationState.IN_TRANSLATION
    assert state(page, "uk").current is None


def test_it_marks_a_draft_over_an_outdated_translation_in_translation(region: Region) -> None:
    page = translated_page(region)
    major_german_edit(page)

    save(page, "en", "First steps", "<p>Register…</p>", status=VersionStatus.IN_TRANSLATION)

    english = state(page, "en")
    assert english.state == TranslationState.IN_TRANSLATION
    assert english.current is not None and english.current.number == 1
    assert english.draft is not None and english.draft.number == 2


def test_it_marks_a_machine_translation_as_such(region: Region) -> None:
    page = translated_page(region)

    save(page, "uk", "Перші кроки", "<p>Зареєструйте квартиру.</p>", status=VersionStatus.MACHINE)

    assert state(page, "uk").state == TranslationState.MACHINE
    assert not state(page, "uk").needs_translation


def test_it_marks_an_approved_machine_translation_up_to_date(region: Region) -> None:
    page = translated_page(region)
    save(page, "uk", "Перші кроки", "<p>Зареєструйте квартиру.</p>", status=VersionStatus.MACHINE)

    page_approve_translation(page=page, actor=None, language="uk")

    assert state(page, "uk").state == TranslationState.UP_TO_DATE


def test_it_publishes_an_approved_draft(region: Region) -> None:
    page = translated_page(region)
    save(page, "uk", "Перші кроки", "<p>Зареєструйте…</p>", status=VersionStatus.IN_TRANSLATION)

    approved = page_approve_translation(page=page, actor=None, language="uk")

    assert approved.status == VersionStatus.APPROVED
    assert state(page, "uk").state == TranslationState.UP_TO_DATE


def test_it_marks_an_outdated_machine_translation_outdated(region: Region) -> None:
    page = translated_page(region)
    save(page, "uk", "Перші кроки", "<p>Зареєструйте квартиру.</p>", status=VersionStatus.MACHINE)

    major_german_edit(page)

    assert state(page, "uk").state == TranslationState.OUTDATED


# The computation on its own ---------------------------------------------------------------


def info(language: str, number: int, source: str | None = None, **kwargs: object) -> VersionInfo:
    values: dict[str, object] = {
        "page_id": 1,
        "language": language,
        "number": number,
        "minor": False,
        "status": VersionStatus.APPROVED,
        "source_language": source,
        "source_number": 1 if source else None,
        **kwargs,
    }
    return VersionInfo(**values)  # type: ignore[arg-type]


def test_it_gives_every_language_its_source() -> None:
    sources = language_sources("de", ["de", "en", "fa"], {"fa": "en"})

    assert sources == {"de": None, "en": "de", "fa": "en"}


def test_it_ends_a_circle_in_the_language_tree_instead_of_recursing() -> None:
    versions = [info("de", 1), info("en", 1, "fa"), info("fa", 1, "en")]

    states = PageStates(1, versions, {"de": None, "en": "fa", "fa": "en"})

    assert states.state("en").state == TranslationState.UP_TO_DATE
    assert states.state("fa").state == TranslationState.UP_TO_DATE


def test_it_ignores_a_draft_older_than_the_current_version() -> None:
    versions = [
        info("de", 1),
        info("en", 1, "de", status=VersionStatus.IN_TRANSLATION),
        info("en", 2, "de"),
    ]

    states = PageStates(1, versions, {"de": None, "en": "de"})

    assert states.draft("en") is None
    assert states.state("en").state == TranslationState.UP_TO_DATE
