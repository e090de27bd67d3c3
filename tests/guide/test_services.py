"""Writes of the welcome guide (services) and the reads that depend on them."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from ankunft.core.models import AuditEntry, Region
from ankunft.guide.embeds import EmbedResolver
from ankunft.guide.models import (
    MachineTranslationUsage,
    NewsItem,
    Page,
    PageVersion,
    VersionStatus,
)
from ankunft.guide.reading import search_guide, with_anchors
from ankunft.guide.selectors import (
    fallback_chain,
    guide_last_modified,
    latest_version,
    page_tree,
    reading_texts,
    states_of_page,
)
from ankunft.guide.services import (
    characters_used,
    guide_language_set_source,
    news_delete,
    news_save,
    page_approve_translation,
    page_create,
    page_machine_translate,
    page_move,
    page_restore_version,
    page_save_text,
    page_set_archived,
    translation_export_xliff,
    translation_import_xliff,
    translation_settings_save,
)
from ankunft.guide.states import TranslationState
from ankunft.guide.xliff import XliffBundle, XliffUnit, bundle_to_xliff, xliff_to_bundle
from ankunft.offers.models import OfferStatus
from tests.factories import RegionFactory, make_offer, make_page
from tests.guide.fake_translation_server import DEFAULT_API_KEY, FakeTranslationServer

TODAY = datetime.date(2025, 3, 14)




@pytest.fixture
def server() -> Iterator[FakeTranslationServer]:
    with FakeTranslationServer.running() as server:
        yield server


def save(page: Page, language: str, title: str, content: str, **kwargs: object) -> PageVersion:
    return page_save_text(
        page=page, actor=None, language=language, title=title, content=content, **kwargs
    )


def message_of(call: Callable[[], object]) -> str:
    """The messages of the ValidationError a call raises, joined."""
    with pytest.raises(ValidationError) as caught:
        call()
    return " ".join(caught.value.messages)


def field_errors(call: Callable[[], object]) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.message_dict


def audit_actions(region: Region) -> list[str]:
    return list(
        AuditEntry.objects.for_region(region).order_by("id").values_list("action", flat=True)
    )


# page_save_text ---------------------------------------------------------------------------


def test_it_numbers_versions_per_language(region: Region) -> None:
    page = make_page(region, translations={"en": ("First steps", "<p>Register.</p>")})

    second_de = save(page, "de", "Erste Schritte", "<p>Anders.</p>")
    second_en = save(page, "en", "First steps", "<p>Different.</p>")
    third_de = save(page, "de", "Erste Schritte", "<p>Noch anders.</p>")

    assert (second_de.number, second_en.number, third_de.number) == (2, 2, 3)


def test_it_creates_no_version_for_an_identical_save(region: Region) -> None:
    page = make_page(region, title="Erste Schritte", content="<p>Melden Sie sich an.</p>")

    again = save(page, "de", "Erste  Schritte ", "<p>Melden Sie sich an.</p>")

    assert again.number == 1
    assert page.versions.count() == 1


def test_it_sanitises_the_html_of_a_text(region: Region) -> None:
    page = make_page(region)

    version = save(
        page,
        "de",
        "Erste Schritte",
        '<h2>Anmelden</h2><script>alert("x")</script><p onclick="x()">Text</p>',
    )

    assert version.content == "<h2>Anmelden</h2><p>Text</p>"


def test_it_rejects_a_title_that_is_too_long(region: Region) -> None:
    page = make_page(region)

    errors = field_errors(lambda: save(page, "de", "x" * 201, "<p>Text</p>"))

    assert "title" in errors


def test_it_rejects_an_empty_title(region: Region) -> None:
    page = make_page(region)

    assert "title" in field_errors(lambda: save(page, "de", "   ", "<p>Text</p>"))


def test_it_rejects_a_language_the_region_has_not_enabled(region: Region) -> None:
    page = make_page(region)

    message = message_of(lambda: save(page, "tr", "İlk adımlar", "<p>Metin</p>"))

    assert "not enabled" in message
    assert not page.versions.filter(language_id="tr").exists()


def test_it_rejects_a_translation_without_a_source_text(tree_region: Region) -> None:
    page = make_page(tree_region)

    message = message_of(lambda: save(page, "fa", "گام‌های نخست", "<p>متن</p>"))

    assert "no text in en" in message


def test_it_rejects_a_source_version_that_does_not_exist(region: Region) -> None:
    page = make_page(region)

    message = message_of(
        lambda: save(page, "en", "First steps", "<p>Text</p>", translated_from_number=2)
    )

    assert "source version" in message
    assert not page.versions.filter(language_id="en").exists()


def test_it_rejects_source_version_zero(region: Region) -> None:
    page = make_page(region)

    with pytest.raises(ValidationError):
        save(page, "en", "First steps", "<p>Text</p>", translated_from_number=0)


def test_it_saves_the_original_as_approved_whatever_the_status_says(region: Region) -> None:
    page = make_page(region)

    version = save(page, "de", "Neu", "<p>Neu</p>", status=VersionStatus.MACHINE)

    assert version.status == VersionStatus.APPROVED
    assert version.source_language_id is None


def test_it_writes_an_audit_entry_for_a_saved_text(region: Region) -> None:
    page = make_page(region)

    save(page, "en", "First steps", "<p>Register.</p>")

    entry = AuditEntry.objects.for_region(region).filter(action="guide.page_text_saved").get()
    assert entry.object_id == str(page.pk)
    assert entry.changes["language"] == "en"
    assert entry.changes["version"] == 1


def test_it_audit_logs_an_approved_translation(region: Region) -> None:
    page = make_page(region)
    save(page, "en", "First steps", "<p>Register.</p>", status=VersionStatus.MACHINE)

    page_approve_translation(page=page, actor=None, language="en")

    entry = AuditEntry.objects.for_region(region).get(action="guide.translation_approved")
    assert entry.changes == {"language": "en", "version": 2}


def test_it_refuses_to_approve_an_approved_text(region: Region) -> None:
    page = make_page(region, translations={"en": ("First steps", "<p>Register.</p>")})

    message = message_of(lambda: page_approve_translation(page=page, actor=None, language="en"))

    assert "no translation waiting" in message


# page_create, page_move, page_set_archived -------------------------------------------------


def test_it_derives_the_slug_from_the_title(region: Region) -> None:
    page = page_create(region=region, actor=None, title="Ärzte und Kliniken", content="")

    assert page.slug == "arzte-und-kliniken"


def test_it_writes_the_first_version_in_the_default_language(region: Region) -> None:
    page = page_create(region=region, actor=None, title="Arbeit", content="<p>Jobs</p>")

    version = page.versions.get()
    assert (version.language_id, version.number, version.title) == ("de", 1, "Arbeit")
    assert audit_actions(region) == ["guide.page_created"]


def test_it_rejects_a_reserved_slug(region: Region) -> None:
    errors = field_errors(
        lambda: page_create(region=region, actor=None, title="Search", content="")
    )

    assert "slug" in errors
    assert not Page.objects.for_region(region).exists()


def test_it_rejects_a_slug_another_page_has(region: Region) -> None:
    make_page(region, title="Arbeit")

    errors = field_errors(
        lambda: page_create(region=region, actor=None, title="Arbeit", content="")
    )

    assert "slug" in errors


def test_it_allows_the_same_slug_in_another_region(region: Region, other_region: Region) -> None:
    make_page(other_region, title="Arbeit")

    page = page_create(region=region, actor=None, title="Arbeit", content="")

    assert page.slug == "arbeit"


def test_it_rejects_a_parent_of_another_region(region: Region, other_region: Region) -> None:
    foreign = make_page(other_region, title="Fremd")

    errors = field_errors(
        lambda: page_create(region=region, actor=None, title="Kind", content="", parent=foreign)
    )

    assert "parent" in errors


def test_it_places_a_new_page_after_its_siblings(region: Region) -> None:
    first = make_page(region, title="Eins")
    second = make_page(region, title="Zwei")

    assert second.position == first.position + 1


def test_it_moves_a_page_below_another(region: Region) -> None:
    parent = make_page(region, title="Wohnen")
    page = make_page(region, title="Miete")

    page_move(page=page, actor=None, parent=parent, position=3, slug="miete-zahlen")

    page.refresh_from_db()
    assert (page.parent_id, page.position, page.slug) == (parent.pk, 3, "miete-zahlen")
    assert "guide.page_moved" in audit_actions(region)


def test_it_cannot_move_a_page_below_itself(region: Region) -> None:
    page = make_page(region, title="Wohnen")

    errors = field_errors(
        lambda: page_move(page=page, actor=None, parent=page, position=1, slug="wohnen")
    )

    assert "parent" in errors


def test_it_cannot_move_a_page_below_its_descendant(region: Region) -> None:
    page = make_page(region, title="Wohnen")
    child = make_page(region, title="Miete", parent=page)
    grandchild = make_page(region, title="Nebenkosten", parent=child)

    errors = field_errors(
        lambda: page_move(page=page, actor=None, parent=grandchild, position=1, slug="wohnen")
    )

    assert "parent" in errors
    page.refresh_from_db()
    assert page.parent_id is None


def test_it_archives_a_page_with_its_subtree(region: Region) -> None:
    page = make_page(region, title="Wohnen")
    child = make_page(region, title="Miete", parent=page)
    grandchild = make_page(region, title="Nebenkosten", parent=child)
    sibling = make_page(region, title="Arbeit")

    page_set_archived(page=page, actor=None, archived=True)

    archived = set(Page.objects.filter(is_archived=True).values_list("pk", flat=True))
    assert archived == {page.pk, child.pk, grandchild.pk}
    assert not Page.objects.get(pk=sibling.pk).is_archived


def test_it_hides_an_archived_subtree_from_readers(region: Region) -> None:
    page = make_page(region, title="Wohnen")
    child = make_page(region, title="Miete", parent=page)
    sibling = make_page(region, title="Arbeit")

    page_set_archived(page=page, actor=None, archived=True)

    assert [node.page.pk for node in page_tree(region)] == [sibling.pk]
    assert set(reading_texts(region, "de")) == {sibling.pk}
    assert {node.page.pk for node in page_tree(region, include_archived=True)} == {
        page.pk,
        child.pk,
        sibling.pk,
    }


def test_it_brings_an_archived_subtree_back(region: Region) -> None:
    page = make_page(region, title="Wohnen")
    child = make_page(region, title="Miete", parent=page)
    page_set_archived(page=page, actor=None, archived=True)

    page_set_archived(page=page, actor=None, archived=False)

    assert [node.page.pk for node in page_tree(region)] == [page.pk, child.pk]
    assert audit_actions(region)[-2:] == ["guide.page_archived", "guide.page_restored"]


def test_it_lists_the_tree_depth_first_with_paths(region: Region) -> None:
    page = make_page(region, title="Wohnen")
    child = make_page(region, title="Miete", parent=page)
    other = make_page(region, title="Arbeit")

    nodes = page_tree(region)

    assert [(node.page.pk, node.depth) for node in nodes] == [
        (page.pk, 0),
        (child.pk, 1),
        (other.pk, 0),
    ]
    assert nodes[1].path == "wohnen/miete"


# page_restore_version -----------------------------------------------------------------------


def test_it_restores_an_old_version_as_a_new_one(region: Region) -> None:
    page = make_page(region, title="Erste Schritte", content="<p>Alt</p>")
    save(page, "de", "Erste Schritte!", "<p>Neu</p>")
    old = page.versions.get(language_id="de", number=1)

    restored = page_restore_version(version=old, actor=None)

    assert (restored.number, restored.title, restored.content) == (
        3,
        "Erste Schritte",
        "<p>Alt</p>",
    )
    assert latest_version(page, "de") == restored
    assert page.versions.filter(language_id="de").count() == 3
    assert "guide.page_version_restored" in audit_actions(region)


def test_it_makes_translations_outdated_when_an_old_original_is_restored(region: Region) -> None:
    page = make_page(region, content="<p>Alt</p>", translations={"en": ("First", "<p>Old</p>")})
    save(page, "de", "Erste Schritte", "<p>Neu</p>")
    save(page, "en", "First", "<p>New</p>")

    page_restore_version(version=page.versions.get(language_id="de", number=1), actor=None)

    assert states_of_page(page).state("en").state == TranslationState.OUTDATED


# The language tree and fallback ----------------------------------------------------------


def test_it_rejects_a_circle_in_the_language_tree(tree_region: Region) -> None:
    message = message_of(
        lambda: guide_language_set_source(
            region=tree_region, actor=None, language="en", source="fa"
        )
    )

    assert "circle" in message
    assert fallback_chain(tree_region, "fa") == ["fa", "en", "de"]


def test_it_rejects_a_language_translated_from_itself(region: Region) -> None:
    with pytest.raises(ValidationError):
        guide_language_set_source(region=region, actor=None, language="en", source="en")


def test_it_gives_the_default_language_no_source(region: Region) -> None:
    message = message_of(
        lambda: guide_language_set_source(region=region, actor=None, language="de", source="en")
    )

    assert "no source" in message


def test_it_rejects_a_source_that_is_not_enabled(region: Region) -> None:
    with pytest.raises(ValidationError):
        guide_language_set_source(region=region, actor=None, language="ar", source="fa")


def test_it_sets_a_language_back_to_the_default_source(tree_region: Region) -> None:
    guide_language_set_source(region=tree_region, actor=None, language="fa", source="de")

    assert fallback_chain(tree_region, "fa") == ["fa", "de"]
    assert audit_actions(tree_region) == ["guide.language_source_set"] * 2


def test_it_changes_the_guides_etag_base_when_the_tree_changes(tree_region: Region) -> None:
    make_page(tree_region)
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    Page.objects.for_region(tree_region).update(updated_at=an_hour_ago)
    before = guide_last_modified(tree_region)

    guide_language_set_source(region=tree_region, actor=None, language="fa", source="de")

    assert guide_last_modified(tree_region) != before


def test_it_builds_the_fallback_chain_along_the_tree(tree_region: Region) -> None:
    assert fallback_chain(tree_region, "fa") == ["fa", "en", "de"]
    assert fallback_chain(tree_region, "ar") == ["ar", "de"]
    assert fallback_chain(tree_region, "de") == ["de"]


def test_it_shows_the_reader_their_own_language(tree_region: Region) -> None:
    page = make_page(
        tree_region,
        translations={"en": ("First steps", "<p>x</p>"), "fa": ("گام‌های نخست", "<p>y</p>")},
    )

    text = reading_texts(tree_region, "fa")[page.pk]

    assert (text.language, text.title, text.is_fallback) == ("fa", "گام‌های نخست", False)


def test_it_falls_back_from_persian_to_english(tree_region: Region) -> None:
    page = make_page(tree_region, translations={"en": ("First steps", "<p>Register.</p>")})

    text = reading_texts(tree_region, "fa")[page.pk]

    assert (text.language, text.title, text.requested) == ("en", "First steps", "fa")
    assert text.is_fallback
    assert text.state.state == TranslationState.MISSING


def test_it_falls_back_from_persian_to_german(tree_region: Region) -> None:
    page = make_page(tree_region, title="Erste Schritte")

    text = reading_texts(tree_region, "fa")[page.pk]

    assert (text.language, text.title) == ("de", "Erste Schritte")


def test_it_does_not_show_drafts_to_readers(region: Region) -> None:
    page = make_page(region, title="Erste Schritte")
    save(page, "en", "First steps", "<p>Draft</p>", status=VersionStatus.IN_TRANSLATION)

    text = reading_texts(region, "en")[page.pk]

    assert text.language == "de"


def test_it_tells_readers_about_an_outdated_translation(region: Region) -> None:
    page = make_page(region, translations={"en": ("First steps", "<p>Register.</p>")})
    save(page, "de", "Erste Schritte", "<p>Ganz neuer Text.</p>")

    text = reading_texts(region, "en")[page.pk]

    assert text.language == "en"
    assert text.is_outdated


def test_it_tells_readers_when_the_source_of_their_language_is_outdated(
    tree_region: Region,
) -> None:
    page = make_page(
        tree_region,
        translations={"en": ("First steps", "<p>x</p>"), "fa": ("گام‌های نخست", "<p>y</p>")},
    )
    save(page, "de", "Erste Schritte", "<p>Ganz neuer Text.</p>")

    text = reading_texts(tree_region, "fa")[page.pk]

    assert text.language == "fa"
    assert text.is_outdated
    assert text.state.because_of_source


def test_it_tells_readers_about_a_machine_translation(region: Region) -> None:
    page = make_page(region)
    save(page, "en", "First steps", "<p>Register.</p>", status=VersionStatus.MACHINE)

    assert reading_texts(region, "en")[page.pk].is_machine


# Tenant isolation -----------------------------------------------------------------------------


def test_it_keeps_pages_of_another_region_out_of_the_tree(
    region: Region, other_region: Region
) -> None:
    make_page(other_region, title="Fremd")
    own = make_page(region, title="Eigen")

    assert [node.page.pk for node in page_tree(region)] == [own.pk]


def test_it_keeps_texts_of_another_region_out_of_reading(
    region: Region, other_region: Region
) -> None:
    foreign = make_page(other_region, title="Fremd")
    own = make_page(region, title="Eigen")

    texts = reading_texts(region, "de", [foreign.pk, own.pk])

    assert set(texts) == {own.pk}


# XLIFF --------------------------------------------------------------------------------------

TARGETS = {"title": "الخطوات الأولى", "content": "<p>سجّل شقتك.</p>"}


def filled(data: bytes, version: str, targets: dict[str, str] = TARGETS) -> bytes:
    """An exported file as a translation agency sends it back: every unit translated."""
    bundle = xliff_to_bundle(data)
    units = tuple(replace(unit, target=targets[unit.field]) for unit in bundle.units)
    return bundle_to_xliff(replace(bundle, units=units), version=version)


def export(region: Region, language: str, pages: list[Page], version: str = "1.2") -> bytes:
    return translation_export_xliff(
        region=region,
        actor=None,
        language=language,
        page_ids=[page.pk for page in pages],
        version=version,
    )


def rejected_import(region: Region, data: bytes) -> str:
    """The message of a refused import, after checking that it wrote no version."""
    before = PageVersion.objects.count()
    message = message_of(lambda: translation_import_xliff(region=region, actor=None, data=data))
    assert PageVersion.objects.count() == before
    return message


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_it_imports_a_translated_export(region: Region, version: str) -> None:
    page = make_page(region)
    save(page, "de", "Erste Schritte", "<p>Melden Sie Ihre Wohnung bald an.</p>")

    saved = translation_import_xliff(
        region=region, actor=None, data=filled(export(region, "ar", [page], version), version)
    )

    arabic = latest_version(page, "ar")
    assert saved == 1
    assert arabic is not None
    assert (arabic.title, arabic.content) == (TARGETS["title"], TARGETS["content"])
    assert (arabic.source_language_id, arabic.source_number) == ("de", 2)
    assert states_of_page(page).state("ar").state == TranslationState.UP_TO_DATE


def test_it_exports_the_current_source_texts(region: Region) -> None:
    page = make_page(region, title="Erste Schritte", content="<p>Melden Sie sich an.</p>")

    bundle = xliff_to_bundle(export(region, "ar", [page]))

    assert (bundle.region, bundle.source_language, bundle.target_language) == (
        "kaiserslautern",
        "de",
        "ar",
    )
    assert [(unit.field, unit.source_version, unit.source) for unit in bundle.units] == [
        ("title", 1, "Erste Schritte"),
        ("content", 1, "<p>Melden Sie sich an.</p>"),
    ]


def test_it_exports_persian_from_english(tree_region: Region) -> None:
    page = make_page(tree_region, translations={"en": ("First steps", "<p>Register.</p>")})

    bundle = xliff_to_bundle(export(tree_region, "fa", [page], "2.0"))

    assert bundle.source_language == "en"
    assert bundle.units[0].source == "First steps"


def test_it_audit_logs_export_and_import(region: Region) -> None:
    page = make_page(region)

    translation_import_xliff(
        region=region, actor=None, data=filled(export(region, "ar", [page]), "1.2")
    )

    assert audit_actions(region)[-3:] == [
        "guide.xliff_exported",
        "guide.page_text_saved",
        "guide.xliff_imported",
    ]


def test_it_refuses_to_export_pages_of_another_region(region: Region, other_region: Region) -> None:
    foreign = make_page(other_region)

    with pytest.raises(ValidationError):
        export(region, "ar", [foreign])


def test_it_rejects_a_file_of_another_region(region: Region, other_region: Region) -> None:
    foreign = make_page(other_region)
    data = filled(export(other_region, "tr", [foreign]), "1.2")

    message = rejected_import(region, data)

    assert "another city (gevelsberg)" in message


def test_it_rejects_a_file_whose_original_changed_since_the_export(region: Region) -> None:
    page = make_page(region)
    data = filled(export(region, "ar", [page]), "1.2")
    save(page, "de", "Erste Schritte", "<p>Ein neuer Text.</p>")

    message = rejected_import(region, data)

    assert "has changed since the file was made" in message


def test_it_imports_nothing_when_one_page_of_the_file_is_stale(region: Region) -> None:
    first = make_page(region, title="Eins")
    second = make_page(region, title="Zwei")
    data = filled(export(region, "ar", [first, second], "2.0"), "2.0")
    save(second, "de", "Zwei", "<p>Geändert.</p>")

    rejected_import(region, data)

    assert not PageVersion.objects.filter(language_id="ar").exists()


def test_it_rejects_a_file_with_the_wrong_source_language(tree_region: Region) -> None:
    page = make_page(tree_region, translations={"en": ("First steps", "<p>Register.</p>")})
    bundle = XliffBundle(
        region=tree_region.slug,
        source_language="de",
        target_language="fa",
        units=(XliffUnit(page.pk, "title", 1, "Erste Schritte", "گام‌های نخست"),),
    )

    message = rejected_import(tree_region, bundle_to_xliff(bundle))

    assert "translated from de" in message
    assert "from en here" in message


def test_it_rejects_a_file_for_a_language_that_is_not_enabled(region: Region) -> None:
    page = make_page(region)
    bundle = XliffBundle(
        region=region.slug,
        source_language="de",
        target_language="tr",
        units=(XliffUnit(page.pk, "title", 1, "Erste Schritte", "İlk adımlar"),),
    )

    message = rejected_import(region, bundle_to_xliff(bundle, version="2.0"))

    assert "has not enabled" in message


def test_it_rejects_a_file_into_the_default_language(region: Region) -> None:
    page = make_page(region)
    bundle = XliffBundle(
        region=region.slug,
        source_language="en",
        target_language="de",
        units=(XliffUnit(page.pk, "title", 1, "First steps", "Erste Schritte"),),
    )

    rejected_import(region, bundle_to_xliff(bundle))


def test_it_rejects_a_hostile_file(region: Region) -> None:
    make_page(region)
    billion_laughs = b"""<?xml version="1.0"?>
<!DOCTYPE xliff [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">&lol3;</xliff>"""

    message = rejected_import(region, billion_laughs)

    assert "document type declaration" in message


def test_it_rejects_a_file_that_is_not_xml(region: Region) -> None:
    make_page(region)

    message = rejected_import(region, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    assert "not valid XML" in message


def test_it_rejects_a_page_that_does_not_exist(region: Region) -> None:
    bundle = XliffBundle(
        region=region.slug,
        source_language="de",
        target_language="ar",
        units=(XliffUnit(987654, "title", 1, "Erste Schritte", "الخطوات الأولى"),),
    )

    message = rejected_import(region, bundle_to_xliff(bundle))

    assert "page 987654" in message


def test_it_rejects_a_page_of_another_region_in_an_own_file(
    region: Region, other_region: Region
) -> None:
    foreign = make_page(other_region)
    bundle = XliffBundle(
        region=region.slug,
        source_language="de",
        target_language="ar",
        units=(XliffUnit(foreign.pk, "title", 1, "Erste Schritte", "الخطوات الأولى"),),
    )

    message = rejected_import(region, bundle_to_xliff(bundle))

    assert "does not exist in this city" in message


def test_it_rejects_a_page_whose_text_is_left_untranslated(region: Region) -> None:
    page = make_page(region, translations={"ar": ("الخطوات", "<p>سجّل شقتك.</p>")})
    save(page, "de", "Erste Schritte", "<p>Melden Sie Ihre neue Wohnung an.</p>")
    only_title = filled(export(region, "ar", [page]), "1.2", {**TARGETS, "content": ""})

    message = rejected_import(region, only_title)

    assert "no translated text" in message
    assert latest_version(page, "ar").content == "<p>سجّل شقتك.</p>"  # type: ignore[union-attr]


def test_it_imports_a_title_only_page_whose_original_has_no_text(region: Region) -> None:
    page = make_page(region, content="")

    translation_import_xliff(
        region=region,
        actor=None,
        data=filled(export(region, "ar", [page]), "2.0", {**TARGETS, "content": ""}),
    )

    assert latest_version(page, "ar").title == TARGETS["title"]  # type: ignore[union-attr]


def test_it_rejects_a_file_without_translations(region: Region) -> None:
    page = make_page(region)

    message = rejected_import(region, export(region, "ar", [page]))

    assert "no translations" in message


# Machine translation ------------------------------------------------------------------------

EMBED_CONTENT = "<p>Hier gibt es Hilfe.</p><p>[[offer:12]]</p><p>Fragen Sie nach.</p>"


def configure(
    region: Region,
    server: FakeTranslationServer,
    *,
    provider: str = "deepl",
    api_key: str = DEFAULT_API_KEY,
    monthly_budget: int = 10_000,
) -> None:
    translation_settings_save(
        region=region,
        actor=None,
        provider=provider,
        base_url=server.base_url,
        api_key=api_key,
        monthly_budget=monthly_budget,
    )


def machine_translate(page: Page, language: str = "ar") -> PageVersion:
    return page_machine_translate(page=page, actor=None, language=language, today=TODAY)


def rejected_machine_translation(page: Page, language: str = "ar") -> str:
    """The message of a refused machine translation, after checking nothing was written."""
    versions = PageVersion.objects.count()
    message = message_of(lambda: machine_translate(page, language))
    assert PageVersion.objects.count() == versions
    assert characters_used(page.region, TODAY) == 0
    return message


def test_it_saves_a_deepl_translation_as_machine_translated(
    region: Region, server: FakeTranslationServer
) -> None:
    configure(region, server)
    page = make_page(region, title="Erste Schritte", content="<p>Melden Sie sich an.</p>")

    version = machine_translate(page)

    assert version.status == VersionStatus.MACHINE
    assert (version.title, version.content) == (
        "[AR] Erste Schritte",
        "[AR] <p>Melden Sie sich an.</p>",
    )
    assert (version.source_language_id, version.source_number) == ("de", 1)
    assert states_of_page(page).state("ar").state == TranslationState.MACHINE


def test_it_saves_a_libretranslate_translation(
    region: Region, server: FakeTranslationServer
) -> None:
    configure(region, server, provider="libretranslate")
    page = make_page(region, title="Erste Schritte", content="<p>Melden Sie sich an.</p>")

    version = machine_translate(page, "uk")

    assert version.title == "[uk] Erste Schritte"
    assert server.requests[0].path == "/translate"


def test_it_keeps_embeds_out_of_machine_translation(
    region: Region, server: FakeTranslationServer
) -> None:
    configure(region, server)
    page = make_page(region, title="Hilfe", content=EMBED_CONTENT)

    version = machine_translate(page)

    sent = server.requests[0].json["text"]
    assert not any("[[offer" in text for text in sent)
    assert "<p>[[offer:12]]</p>" in version.content
    assert version.content.index("Hier gibt") < version.content.index("[[offer:12]]")
    assert version.content.index("[[offer:12]]") < version.content.index("Fragen Sie")


def test_it_charges_the_characters_sent(region: Region, server: FakeTranslationServer) -> None:
    configure(region, server)
    page = make_page(region, title="Hilfe", content=EMBED_CONTENT)

    machine_translate(page)

    sent = server.requests[0].json["text"]
    expected = len("Hilfe") + len("<p>Hier gibt es Hilfe.</p>") + len("<p>Fragen Sie nach.</p>")
    assert sum(len(text) for text in sent) == expected
    assert characters_used(region, TODAY) == expected
    usage = MachineTranslationUsage.objects.get(region=region)
    assert usage.month == datetime.date(2025, 3, 1)


def test_it_audit_logs_a_machine_translation(region: Region, server: FakeTranslationServer) -> None:
    configure(region, server)
    page = make_page(region)

    machine_translate(page)

    entry = AuditEntry.objects.for_region(region).get(action="guide.machine_translated")
    assert entry.changes["language"] == "ar"
    assert entry.changes["characters"] == characters_used(region, TODAY)


def test_it_refuses_beyond_the_budget_without_calling_the_provider(
    region: Region, server: FakeTranslationServer
) -> None:
    configure(region, server, monthly_budget=20)
    page = make_page(region, title="Erste Schritte", content="<p>Melden Sie sich an.</p>")

    message = rejected_machine_translation(page)

    assert "budget" in message
    assert server.requests == []
    assert not MachineTranslationUsage.objects.exists()


def test_it_counts_earlier_use_against_the_budget(
    region: Region, server: FakeTranslationServer
) -> None:
    configure(region, server, monthly_budget=1_000)
    MachineTranslationUsage.objects.create(
        region=region, month=datetime.date(2025, 3, 1), characters=990
    )
    page = make_page(region)

    with pytest.raises(ValidationError):
        machine_translate(page)

    assert server.requests == []
    assert characters_used(region, TODAY) == 990


def test_it_starts_a_new_budget_each_month(region: Region, server: FakeTranslationServer) -> None:
    configure(region, server, monthly_budget=1_000)
    MachineTranslationUsage.objects.create(
        region=region, month=datetime.date(2025, 2, 1), characters=1_000
    )
    page = make_page(region)

    machine_translate(page)

    assert characters_used(region, TODAY) > 0


def test_it_reports_a_rejected_api_key_and_writes_nothing(
    region: Region, server: FakeTranslationServer
) -> None:
    configure(region, server, api_key="wrong-key")
    page = make_page(region)

    message = rejected_machine_translation(page)

    assert "did not accept the API key" in message
    assert "wrong-key" not in message
    assert len(server.requests) == 1


def test_it_reports_a_used_up_deepl_quota_and_writes_nothing(
    region: Region, server: FakeTranslationServer
) -> None:
    configure(region, server)
    server.status = 456
    page = make_page(region)

    message = rejected_machine_translation(page)

    assert "quota of the DeepL account" in message


def test_it_rejects_a_language_the_provider_does_not_support(
    server: FakeTranslationServer, db: None
) -> None:
    region = RegionFactory(slug="mainz", language_codes=["de", "en", "ti"])
    configure(region, server)
    page = make_page(region)

    message = rejected_machine_translation(page, "ti")

    assert "cannot translate into this language" in message
    assert server.requests == []


def test_it_rejects_machine_translation_when_not_configured(region: Region) -> None:
    page = make_page(region)

    message = rejected_machine_translation(page)

    assert "not set up" in message


def test_it_rejects_machine_translation_when_the_provider_is_switched_off(
    region: Region, server: FakeTranslationServer
) -> None:
    configure(region, server, provider="")
    page = make_page(region)

    assert "not set up" in rejected_machine_translation(page)


def test_it_rejects_machine_translation_into_the_default_language(
    region: Region, server: FakeTranslationServer
) -> None:
    configure(region, server)
    page = make_page(region)

    rejected_machine_translation(page, "de")

    assert server.requests == []


def test_it_keeps_the_stored_api_key_when_none_is_given(
    region: Region, server: FakeTranslationServer
) -> None:
    configure(region, server)

    settings_row = translation_settings_save(
        region=region,
        actor=None,
        provider="deepl",
        base_url=server.base_url,
        api_key=None,
        monthly_budget=5,
    )

    assert (settings_row.api_key, settings_row.monthly_budget) == (DEFAULT_API_KEY, 5)
    entry = AuditEntry.objects.for_region(region).filter(action="guide.translation_settings_saved")
    assert DEFAULT_API_KEY not in str(list(entry.values_list("changes", flat=True)))


def test_it_requires_an_address_for_a_provider(region: Region) -> None:
    errors = field_errors(
        lambda: translation_settings_save(
            region=region,
            actor=None,
            provider="deepl",
            base_url=" ",
            api_key="key",
            monthly_budget=5,
        )
    )

    assert "base_url" in errors


# News -------------------------------------------------------------------------------------


def save_news(region: Region, title: dict[str, str], text: dict[str, str]) -> NewsItem:
    return news_save(region=region, actor=None, published_at=timezone.now(), title=title, text=text)


def test_it_requires_title_and_text_in_the_default_language(region: Region) -> None:
    errors = field_errors(lambda: save_news(region, {"en": "News"}, {"en": "Text"}))

    assert set(errors) == {"title", "text"}
    assert not NewsItem.objects.exists()


def test_it_drops_news_texts_in_languages_not_enabled(region: Region) -> None:
    item = save_news(
        region, {"de": "Neu", "en": "New", "tr": "Yeni"}, {"de": "Text", "tr": "Metin"}
    )

    item.refresh_from_db()
    assert item.title == {"de": "Neu", "en": "New"}
    assert item.text == {"de": "Text"}
    assert audit_actions(region) == ["guide.news_saved"]


def test_it_changes_a_news_item(region: Region) -> None:
    item = save_news(region, {"de": "Neu"}, {"de": "Text"})

    news_save(
        region=region,
        actor=None,
        published_at=item.published_at,
        title={"de": "Geändert"},
        text={"de": "Text"},
        item=item,
    )

    assert NewsItem.objects.get().title == {"de": "Geändert"}


def test_it_deletes_a_news_item_and_logs_it(region: Region) -> None:
    item = save_news(region, {"de": "Neu"}, {"de": "Text"})

    news_delete(item=item, actor=None)

    assert not NewsItem.objects.exists()
    assert audit_actions(region) == ["guide.news_saved", "guide.news_deleted"]


# Search and reading -------------------------------------------------------------------------


def test_it_finds_pages_by_word_prefix(region: Region) -> None:
    page = make_page(region, title="Wohnung anmelden", content="<p>Beim Bürgeramt.</p>")
    make_page(region, title="Arbeit", content="<p>Jobcenter.</p>")

    hits = search_guide(region, "de", "bürger")

    assert [hit.node.page.pk for hit in hits] == [page.pk]


def test_it_ranks_title_hits_first(region: Region) -> None:
    in_text = make_page(region, title="Ankommen", content="<p>Suchen Sie eine Wohnung.</p>")
    in_title = make_page(region, title="Wohnung finden", content="<p>Tipps.</p>")

    hits = search_guide(region, "de", "wohn")

    assert [hit.node.page.pk for hit in hits] == [in_title.pk, in_text.pk]


def test_it_needs_every_search_word(region: Region) -> None:
    both = make_page(region, title="Wohnung", content="<p>Miete und Kaution.</p>")
    make_page(region, title="Kaution", content="<p>Nur das.</p>")

    hits = search_guide(region, "de", "wohnung kaution")

    assert [hit.node.page.pk for hit in hits] == [both.pk]


def test_it_searches_in_the_readers_language(region: Region) -> None:
    page = make_page(region, translations={"en": ("Housing", "<p>Find a flat.</p>")})

    assert [hit.node.page.pk for hit in search_guide(region, "en", "flat")] == [page.pk]
    assert search_guide(region, "de", "flat") == []


def test_it_searches_the_fallback_text(region: Region) -> None:
    page = make_page(region, title="Wohnung", content="<p>Miete.</p>")

    hits = search_guide(region, "ar", "miet")

    assert [hit.node.page.pk for hit in hits] == [page.pk]
    assert hits[0].text.is_fallback


def test_it_does_not_search_embed_markers(region: Region) -> None:
    make_page(region, title="Hilfe", content="<p>Text.</p><p>[[offer:12]]</p>")

    assert search_guide(region, "de", "offer") == []


def test_it_does_not_search_archived_pages(region: Region) -> None:
    page = make_page(region, title="Wohnung")
    page_set_archived(page=page, actor=None, archived=True)

    assert search_guide(region, "de", "wohnung") == []


def test_it_gives_headings_anchors_and_a_table_of_contents() -> None:
    content, toc = with_anchors("<h2>Ankommen</h2><p>Text</p><h3>Die <em>ersten</em> Tage</h3>")

    assert '<h2 id="section-1">Ankommen</h2>' in content
    assert '<h3 id="section-2">Die <em>ersten</em> Tage</h3>' in content
    assert [(entry.anchor, entry.title, entry.level) for entry in toc] == [
        ("section-1", "Ankommen", 2),
        ("section-2", "Die ersten Tage", 3),
    ]


# Embeds -------------------------------------------------------------------------------------


def rendered(region: Region, language: str, offer_id: int) -> str:
    content = f"<p>Vorher</p><p>[[offer:{offer_id}]]</p><p>Nachher</p>"
    return str(EmbedResolver.for_texts(region, language, [content]).render(content))


def test_it_renders_an_offer_of_the_region_as_a_card(region: Region) -> None:
    offer = make_offer(region)

    html = rendered(region, "en", offer.pk)

    assert "Counselling" in html
    assert f"/kaiserslautern/en/offers/{offer.pk}/" in html
    assert "[[offer" not in html
    assert html.startswith("<p>Vorher</p>")


def test_it_renders_the_offer_title_in_the_fallback_language(region: Region) -> None:
    offer = make_offer(region)

    assert "Beratung" in rendered(region, "ar", offer.pk)


def test_it_renders_nothing_for_an_offer_of_another_region(
    region: Region, other_region: Region
) -> None:
    offer = make_offer(other_region)

    html = rendered(region, "en", offer.pk)

    assert html == "<p>Vorher</p><p>Nachher</p>"


def test_it_renders_nothing_for_an_unpublished_offer(region: Region) -> None:
    offer = make_offer(region, status=OfferStatus.DRAFT)

    assert rendered(region, "en", offer.pk) == "<p>Vorher</p><p>Nachher</p>"
