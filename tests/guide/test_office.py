"""Office pages of the welcome guide: /office/<region>/guide/..."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from ankunft.accounts.models import Role, User
from ankunft.core.models import Region
from ankunft.guide.models import GuideLanguage, NewsItem, Page, PageVersion, VersionStatus
from ankunft.guide.services import (
    guide_language_set_source,
    news_save,
    page_save_text,
    translation_settings_save,
)
from ankunft.guide.xliff import XliffBundle, bundle_to_xliff, xliff_to_bundle
from tests.conftest import login_verified, make_user_with_role
from tests.factories import make_page
from tests.guide.fake_translation_server import DEFAULT_API_KEY, FakeTranslationServer

pytestmark = pytest.mark.django_db
BASE = "/office/kaiserslautern/guide"


def log_in(client: Client, role: str, region: Region) -> User:
    user = make_user_with_role(role, region)
    login_verified(client, user)
    return user


@pytest.fixture
def staff(client: Client, region: Region) -> User:
    return log_in(client, Role.OFFICE_STAFF, region)


@pytest.fixture
def page(region: Region) -> Page:
    """A page with an approved English translation and no Arabic or Ukrainian one."""
    return make_page(
        region,
        title="Erste Schritte",
        slug="erste-schritte",
        content="<p>Melden Sie Ihre Wohnung an.</p>",
        translations={"en": ("First steps", "<p>Register your flat.</p>")},
    )


def versions(page: Page, language: str) -> list[PageVersion]:
    return list(page.versions.filter(language_id=language).order_by("number"))


def save_source(client: Client, page: Page, content: str, *, minor: bool = False) -> Any:
    data = {"save_text": "1", "title": "Erste Schritte", "content": content}
    if minor:
        data["minor"] = "on"
    return client.post(f"{BASE}/{page.pk}/", data)


def translation_form(**overrides: str) -> dict[str, str]:
    data = {
        "save": "1",
        "title": "Перші кроки",
        "content": "<p>Зареєструйте житло.</p>",
        "translated_from": "1",
        "save_as": "done",
    }
    data.update(overrides)
    return data


def export(client: Client, *pages: Page, language: str = "ar", only_needed: bool = True) -> Any:
    data: dict[str, Any] = {
        "export": "1",
        "language": language,
        "pages": [str(p.pk) for p in pages],
        "version": "1.2",
    }
    if only_needed:
        data["only_needed"] = "on"
    return client.post(f"{BASE}/xliff/", data)


def exported_bundle(response: Any) -> XliffBundle:
    return xliff_to_bundle(response.content)


def filled(bundle: XliffBundle) -> bytes:
    """The bundle as an agency would send it back: every unit translated."""
    units = tuple(
        dataclasses.replace(unit, target=f"<p>ترجمة {unit.page_id}</p>")
        if unit.field == "content"
        else dataclasses.replace(unit, target=f"عنوان {unit.page_id}")
        for unit in bundle.units
    )
    return bundle_to_xliff(dataclasses.replace(bundle, units=units))


def upload(client: Client, data: bytes) -> Any:
    file = SimpleUploadedFile("guide-ar.xlf", data, content_type="application/xliff+xml")
    return client.post(f"{BASE}/xliff/", {"import": "1", "file": file})


# --- Pages and states ----------------------------------------------------------------------


def test_it_lists_the_pages_with_the_state_of_each_language(
    client: Client, staff: User, page: Page
) -> None:
    response = client.get(f"{BASE}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{BASE}/{page.pk}/" lang="de">Erste Schritte</a>' in html
    assert 'aria-label="English: up to date"' in html
    assert 'aria-label="العربية: missing"' in html
    assert 'aria-label="Deutsch' not in html


def test_it_shows_archived_pages_in_the_list(client: Client, staff: User, page: Page) -> None:
    client.post(f"{BASE}/{page.pk}/archive/", {"archived": "1"})
    page.refresh_from_db()
    assert page.is_archived
    html = client.get(f"{BASE}/").content.decode()
    assert 'class="is-archived"' in html


def test_it_creates_a_page_with_its_first_version(
    client: Client, staff: User, region: Region
) -> None:
    response = client.post(
        f"{BASE}/new/",
        {"title": "Gesundheit", "content": "<p>Ärztinnen und Ärzte.</p>", "slug": "", "parent": ""},
    )
    page = Page.objects.get(region=region)
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}/{page.pk}/"
    assert page.slug == "gesundheit"
    [version] = versions(page, "de")
    assert (version.number, version.title, version.author) == (1, "Gesundheit", staff)


def test_it_creates_a_sub_page(client: Client, staff: User, page: Page) -> None:
    client.post(
        f"{BASE}/new/",
        {"title": "Wohnung", "content": "<p>Text.</p>", "slug": "wohnung", "parent": str(page.pk)},
    )
    assert Page.objects.get(slug="wohnung").parent == page


def test_it_refuses_a_page_without_a_title_with_400(
    client: Client, staff: User, region: Region
) -> None:
    response = client.post(f"{BASE}/new/", {"title": "", "content": "<p>Text.</p>"})
    assert response.status_code == 400
    assert not Page.objects.filter(region=region).exists()


def test_it_keeps_translations_up_to_date_after_a_minor_edit(
    client: Client, staff: User, page: Page
) -> None:
    response = save_source(client, page, "<p>Melden Sie Ihre Wohnung an!</p>", minor=True)
    assert response.status_code == 302
    assert [v.minor for v in versions(page, "de")] == [False, True]
    html = client.get(f"{BASE}/").content.decode()
    assert 'aria-label="English: up to date"' in html


def test_it_makes_translations_outdated_after_a_major_edit(
    client: Client, staff: User, page: Page
) -> None:
    save_source(client, page, "<p>Melden Sie Ihre neue Wohnung an.</p>")
    html = client.get(f"{BASE}/").content.decode()
    assert 'aria-label="English: outdated"' in html


def test_it_shows_what_changed_in_the_original_on_the_translate_page(
    client: Client, staff: User, page: Page
) -> None:
    save_source(client, page, "<p>Melden Sie Ihre neue Wohnung sofort an.</p>")
    response = client.get(f"{BASE}/{page.pk}/translate/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<span class="state state--outdated">outdated</span>' in html
    assert "version 1 → 2" in html
    assert "<ins>neue </ins>" in html or "<ins>neue</ins>" in html
    assert "<ins>sofort </ins>" in html or "<ins>sofort</ins>" in html


def test_it_shows_the_removed_words_of_the_original(
    client: Client, staff: User, page: Page
) -> None:
    save_source(client, page, "<p>Melden Sie Ihre Wohnung.</p>")
    html = client.get(f"{BASE}/{page.pk}/translate/en/").content.decode()
    assert "Melden Sie Ihre <del>Wohnung an.</del><ins>Wohnung.</ins>" in html


def test_it_saves_a_translation_with_the_version_it_was_translated_from(
    client: Client, staff: User, page: Page
) -> None:
    response = client.post(f"{BASE}/{page.pk}/translate/uk/", translation_form())
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}/{page.pk}/translate/uk/"
    [version] = versions(page, "uk")
    assert version.title == "Перші кроки"
    assert (version.source_language_id, version.source_number) == ("de", 1)
    assert version.status == VersionStatus.APPROVED
    assert version.author == staff


def test_it_marks_a_translation_made_from_an_older_original_as_outdated(
    client: Client, staff: User, page: Page
) -> None:
    save_source(client, page, "<p>Neu.</p>")
    client.post(f"{BASE}/{page.pk}/translate/uk/", translation_form(translated_from="1"))
    assert versions(page, "uk")[0].source_number == 1
    html = client.get(f"{BASE}/{page.pk}/translate/uk/").content.decode()
    assert "state--outdated" in html


def test_it_keeps_a_draft_in_translation(client: Client, staff: User, page: Page) -> None:
    client.post(f"{BASE}/{page.pk}/translate/uk/", translation_form(save_as="draft"))
    [version] = versions(page, "uk")
    assert version.status == VersionStatus.IN_TRANSLATION
    html = client.get(f"{BASE}/{page.pk}/translate/uk/").content.decode()
    assert '<span class="state state--in_translation">in translation</span>' in html
    assert 'aria-label="Українська: in translation"' in client.get(f"{BASE}/").content.decode()


def test_it_approves_a_machine_translation(client: Client, staff: User, page: Page) -> None:
    page_save_text(
        page=page,
        actor=None,
        language="ar",
        title="الخطوات الأولى",
        content="<p>سجل سكنك.</p>",
        status=VersionStatus.MACHINE,
    )
    before = client.get(f"{BASE}/{page.pk}/translate/ar/").content.decode()
    assert "state--machine" in before
    assert 'name="approve"' in before
    response = client.post(f"{BASE}/{page.pk}/translate/ar/", {"approve": "1"})
    assert response.status_code == 302
    machine, approved = versions(page, "ar")
    assert machine.status == VersionStatus.MACHINE
    assert (approved.status, approved.title, approved.author) == (
        VersionStatus.APPROVED,
        "الخطوات الأولى",
        staff,
    )
    assert "state--up_to_date" in client.get(f"{BASE}/{page.pk}/translate/ar/").content.decode()


def test_it_translates_a_page_by_machine_and_keeps_embeds(
    client: Client, staff: User, region: Region
) -> None:
    page = make_page(region, slug="kurs", content="<p>Lernen.</p><p>[[offer:12]]</p>")
    with FakeTranslationServer.running() as server:
        translation_settings_save(
            region=region,
            actor=None,
            provider="libretranslate",
            base_url=server.base_url,
            api_key=DEFAULT_API_KEY,
            monthly_budget=1000,
        )
        assert 'name="machine_translate"' in (
            client.get(f"{BASE}/{page.pk}/translate/ar/").content.decode()
        )
        response = client.post(f"{BASE}/{page.pk}/translate/ar/", {"machine_translate": "1"})
    assert response.status_code == 302
    [version] = versions(page, "ar")
    assert version.status == VersionStatus.MACHINE
    assert version.title == "[ar] Erste Schritte"
    assert version.content == "[ar] <p>Lernen.</p><p>[[offer:12]]</p>"


def test_it_explains_that_machine_translation_is_not_set_up(
    client: Client, staff: User, page: Page
) -> None:
    response = client.post(f"{BASE}/{page.pk}/translate/ar/", {"machine_translate": "1"})
    assert response.status_code == 400
    assert "Machine translation is not set up for this city." in response.content.decode()
    assert not versions(page, "ar")


def test_it_refuses_to_approve_when_nothing_waits_for_approval(
    client: Client, staff: User, page: Page
) -> None:
    response = client.post(f"{BASE}/{page.pk}/translate/en/", {"approve": "1"})
    assert response.status_code == 400
    assert "There is no translation waiting for approval." in response.content.decode()
    assert len(versions(page, "en")) == 1


def test_it_answers_404_for_a_language_the_region_has_not_enabled(
    client: Client, staff: User, page: Page
) -> None:
    assert client.get(f"{BASE}/{page.pk}/translate/tr/").status_code == 404


def test_it_sends_the_default_language_to_the_page_editor(
    client: Client, staff: User, page: Page
) -> None:
    response = client.get(f"{BASE}/{page.pk}/translate/de/")
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}/{page.pk}/"


def test_it_shows_a_translation_outdated_because_of_its_source(
    client: Client, staff: User, page: Page, region: Region
) -> None:
    guide_language_set_source(region=region, actor=None, language="uk", source="en")
    client.post(f"{BASE}/{page.pk}/translate/uk/", translation_form())
    save_source(client, page, "<p>Neu.</p>")
    html = client.get(f"{BASE}/{page.pk}/translate/uk/").content.decode()
    assert "state--outdated" in html
    assert "The English text this page is translated from is itself outdated." in html


def test_it_refuses_a_translation_without_a_source_text_with_400(
    client: Client, staff: User, region: Region
) -> None:
    guide_language_set_source(region=region, actor=None, language="uk", source="en")
    page = make_page(region, slug="nur-deutsch")
    response = client.post(f"{BASE}/{page.pk}/translate/uk/", translation_form())
    assert response.status_code == 400
    assert "There is no text in en yet to translate from." in response.content.decode()
    assert not versions(page, "uk")


# --- Versions ------------------------------------------------------------------------------


def test_it_compares_two_versions(client: Client, staff: User, page: Page) -> None:
    save_source(client, page, "<p>Melden Sie Ihre Wohnung sofort an.</p>")
    response = client.get(f"{BASE}/{page.pk}/versions/de/", {"from": "1", "to": "2"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Version 1 compared with version 2" in html
    assert "<ins>sofort </ins>" in html or "<ins>sofort</ins>" in html


def test_it_answers_404_when_comparing_an_unknown_version(
    client: Client, staff: User, page: Page
) -> None:
    response = client.get(f"{BASE}/{page.pk}/versions/de/", {"from": "1", "to": "7"})
    assert response.status_code == 404


def test_it_restores_an_old_version_as_a_new_one(client: Client, staff: User, page: Page) -> None:
    save_source(client, page, "<p>Ein Fehler.</p>")
    first = versions(page, "de")[0]
    response = client.post(f"{BASE}/{page.pk}/restore/{first.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}/{page.pk}/versions/de/"
    restored = versions(page, "de")[-1]
    assert restored.number == 3
    assert restored.content == first.content
    assert restored.author == staff


def test_it_answers_404_for_a_version_of_another_page(
    client: Client, staff: User, page: Page, region: Region
) -> None:
    other = make_page(region, slug="andere")
    response = client.post(f"{BASE}/{page.pk}/restore/{other.versions.get().pk}/")
    assert response.status_code == 404
    assert len(versions(page, "de")) == 1


def test_it_moves_a_page_below_another(
    client: Client, staff: User, page: Page, region: Region
) -> None:
    other = make_page(region, title="Arzt", slug="arzt")
    response = client.post(
        f"{BASE}/{other.pk}/",
        {"save_placement": "1", "slug": "aerztin", "parent": str(page.pk), "position": "3"},
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert (other.parent, other.slug, other.position) == (page, "aerztin", 3)


def test_it_cannot_move_a_page_below_its_own_sub_page(
    client: Client, staff: User, page: Page, region: Region
) -> None:
    child = make_page(region, title="Wohnung", slug="wohnung", parent=page)
    response = client.post(
        f"{BASE}/{page.pk}/",
        {"save_placement": "1", "slug": page.slug, "parent": str(child.pk), "position": "1"},
    )
    assert response.status_code == 400
    page.refresh_from_db()
    assert page.parent is None


# --- Coverage ------------------------------------------------------------------------------


def test_it_counts_states_and_words_to_translate_per_language(
    client: Client, staff: User, page: Page, region: Region
) -> None:
    make_page(region, title="Arzt", slug="arzt", content="<p>Gehen Sie zum Arzt.</p>")
    response = client.get(f"{BASE}/coverage/")
    assert response.status_code == 200
    report = {row["language"].code: row for row in response.context["report"]}
    assert set(report) == {"en", "ar", "uk"}
    assert report["en"]["counts"]["up_to_date"] == 1
    assert report["en"]["counts"]["missing"] == 1
    # "Arzt" (1) + "Gehen Sie zum Arzt." (4)
    assert report["en"]["words"] == 5
    assert report["ar"]["counts"]["missing"] == 2
    # plus "Erste Schritte" (2) + "Melden Sie Ihre Wohnung an." (5)
    assert report["ar"]["words"] == 12
    assert "<td>12</td>" in response.content.decode()


def test_it_counts_the_words_of_outdated_pages(client: Client, staff: User, page: Page) -> None:
    save_source(client, page, "<p>Melden Sie sich an.</p>")
    report = {
        row["language"].code: row for row in client.get(f"{BASE}/coverage/").context["report"]
    }
    assert report["en"]["counts"]["outdated"] == 1
    assert report["en"]["words"] == 6


# --- XLIFF ---------------------------------------------------------------------------------


def test_it_exports_the_chosen_pages_as_an_xliff_download(
    client: Client, staff: User, page: Page, region: Region
) -> None:
    second = make_page(region, title="Arzt", slug="arzt")
    make_page(region, title="Schule", slug="schule")
    response = export(client, page, second)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xliff+xml; charset=utf-8"
    assert response["Content-Disposition"] == ('attachment; filename="kaiserslautern-guide-ar.xlf"')
    bundle = exported_bundle(response)
    assert (bundle.source_language, bundle.target_language) == ("de", "ar")
    assert {unit.page_id for unit in bundle.units} == {page.pk, second.pk}


def test_it_exports_only_the_pages_that_need_a_translation(
    client: Client, staff: User, page: Page, region: Region
) -> None:
    second = make_page(region, title="Arzt", slug="arzt")
    bundle = exported_bundle(export(client, page, second, language="en"))
    assert {unit.page_id for unit in bundle.units} == {second.pk}


def test_it_exports_up_to_date_pages_on_request(
    client: Client, staff: User, page: Page, region: Region
) -> None:
    second = make_page(region, title="Arzt", slug="arzt")
    bundle = exported_bundle(export(client, page, second, language="en", only_needed=False))
    assert {unit.page_id for unit in bundle.units} == {page.pk, second.pk}


def test_it_explains_an_export_with_nothing_to_translate(
    client: Client, staff: User, page: Page
) -> None:
    response = export(client, page, language="en")
    assert response.status_code == 400
    assert "Please choose at least one page with a text to translate." in response.content.decode()


def test_it_imports_a_translated_xliff_file(
    client: Client, staff: User, page: Page, region: Region
) -> None:
    second = make_page(region, title="Arzt", slug="arzt")
    data = filled(exported_bundle(export(client, page, second)))
    response = upload(client, data)
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}/xliff/"
    [translation] = versions(second, "ar")
    assert translation.title == f"عنوان {second.pk}"
    assert translation.content == f"<p>ترجمة {second.pk}</p>"
    assert (translation.source_language_id, translation.source_number) == ("de", 1)
    assert translation.author == staff
    assert len(versions(page, "ar")) == 1
    assert "2 translated pages are saved." in client.get(f"{BASE}/xliff/").content.decode()


def test_it_shows_why_a_broken_file_cannot_be_imported_and_saves_nothing(
    client: Client, staff: User, page: Page
) -> None:
    response = upload(client, b'<?xml version="1.0"?>\n<xliff version="1.2"><file>')
    assert response.status_code == 400
    assert "The file is not valid XML (line 2, column 27)." in response.content.decode()
    assert not versions(page, "ar")


def test_it_saves_nothing_when_one_original_changed_since_the_export(
    client: Client, staff: User, page: Page, region: Region
) -> None:
    second = make_page(region, title="Arzt", slug="arzt")
    data = filled(exported_bundle(export(client, page, second)))
    page_save_text(page=second, actor=None, language="de", title="Arzt", content="<p>Neu.</p>")
    response = upload(client, data)
    assert response.status_code == 400
    assert "The original of page arzt has changed since the file was made" in (
        response.content.decode()
    )
    assert not PageVersion.objects.filter(language_id="ar").exists()


def test_it_refuses_a_file_of_another_region(client: Client, staff: User, page: Page) -> None:
    bundle = exported_bundle(export(client, page))
    data = filled(dataclasses.replace(bundle, region="gevelsberg"))
    response = upload(client, data)
    assert response.status_code == 400
    assert "This file belongs to another city (gevelsberg)." in response.content.decode()
    assert not versions(page, "ar")


# --- Settings ------------------------------------------------------------------------------


def test_a_region_admin_sets_the_language_tree(client: Client, region: Region, page: Page) -> None:
    log_in(client, Role.REGION_ADMIN, region)
    response = client.post(
        f"{BASE}/settings/", {"save_tree": "1", "language": "uk", "source": "en"}
    )
    assert response.status_code == 302
    assert GuideLanguage.objects.get(region=region).translated_from_id == "en"
    html = client.get(f"{BASE}/settings/").content.decode()
    assert '<li lang="uk">Українська ← <span lang="en">English</span></li>' in html


def test_a_translation_from_another_language_follows_the_tree(
    client: Client, region: Region, page: Page
) -> None:
    log_in(client, Role.REGION_ADMIN, region)
    client.post(f"{BASE}/settings/", {"save_tree": "1", "language": "uk", "source": "en"})
    client.post(f"{BASE}/{page.pk}/translate/uk/", translation_form())
    [version] = versions(page, "uk")
    assert (version.source_language_id, version.source_number) == ("en", 1)


def test_it_refuses_a_circle_in_the_language_tree_with_400(client: Client, region: Region) -> None:
    log_in(client, Role.REGION_ADMIN, region)
    client.post(f"{BASE}/settings/", {"save_tree": "1", "language": "uk", "source": "en"})
    response = client.post(
        f"{BASE}/settings/", {"save_tree": "1", "language": "en", "source": "uk"}
    )
    assert response.status_code == 400
    assert "Languages cannot be translated from each other in a circle." in (
        response.content.decode()
    )
    assert dict(
        GuideLanguage.objects.filter(region=region).values_list("language_id", "translated_from_id")
    ) == {"uk": "en"}


def test_office_staff_may_not_change_the_guide_settings(
    client: Client, staff: User, region: Region
) -> None:
    assert client.get(f"{BASE}/settings/").status_code == 403
    response = client.post(
        f"{BASE}/settings/", {"save_tree": "1", "language": "uk", "source": "en"}
    )
    assert response.status_code == 403
    assert not GuideLanguage.objects.filter(region=region).exists()


# --- News ----------------------------------------------------------------------------------


def news_form(**overrides: str) -> dict[str, str]:
    data = {
        "published_at": "2025-03-01T09:30",
        "title_de": "Neue Sprechzeiten",
        "text_de": "Ab März dienstags bis 18 Uhr.",
        "title_ar": "مواعيد جديدة",
        "text_ar": "",
        "title_en": "",
        "text_en": "",
        "title_uk": "",
        "text_uk": "",
    }
    data.update(overrides)
    return data


def test_it_creates_a_news_item(client: Client, staff: User, region: Region) -> None:
    response = client.post(f"{BASE}/news/new/", news_form())
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}/news/"
    item = NewsItem.objects.get(region=region)
    assert item.title == {"de": "Neue Sprechzeiten", "ar": "مواعيد جديدة"}
    assert item.text == {"de": "Ab März dienstags bis 18 Uhr."}
    assert timezone.localtime(item.published_at).strftime("%Y-%m-%d %H:%M") == "2025-03-01 09:30"
    assert "Neue Sprechzeiten" in client.get(f"{BASE}/news/").content.decode()


def test_it_refuses_a_news_item_without_a_german_title_with_400(
    client: Client, staff: User, region: Region
) -> None:
    response = client.post(f"{BASE}/news/new/", news_form(title_de=""))
    assert response.status_code == 400
    assert "Please enter a title in the default language." in response.content.decode()
    assert not NewsItem.objects.exists()


def test_it_edits_a_news_item(client: Client, staff: User, region: Region) -> None:
    item = news_save(
        region=region,
        actor=None,
        published_at=timezone.now(),
        title={"de": "Alt"},
        text={"de": "Alter Text."},
    )
    form = client.get(f"{BASE}/news/{item.pk}/").content.decode()
    assert 'value="Alt"' in form
    response = client.post(f"{BASE}/news/{item.pk}/", news_form(title_de="Neu"))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title["de"] == "Neu"
    assert NewsItem.objects.count() == 1


def test_it_deletes_a_news_item(client: Client, staff: User, region: Region) -> None:
    item = news_save(
        region=region,
        actor=None,
        published_at=timezone.now(),
        title={"de": "Weg damit"},
        text={"de": "Text."},
    )
    response = client.post(f"{BASE}/news/{item.pk}/", {"delete": "1"})
    assert response.status_code == 302
    assert not NewsItem.objects.exists()


# --- Who may do what -----------------------------------------------------------------------


def guide_urls(page: Page, news_id: int) -> list[str]:
    version = page.versions.order_by("pk").first()
    assert version is not None
    base = f"/office/{page.region.slug}/guide"
    return [
        f"{base}/",
        f"{base}/new/",
        f"{base}/coverage/",
        f"{base}/xliff/",
        f"{base}/settings/",
        f"{base}/news/",
        f"{base}/news/new/",
        f"{base}/news/{news_id}/",
        f"{base}/{page.pk}/",
        f"{base}/{page.pk}/archive/",
        f"{base}/{page.pk}/translate/en/",
        f"{base}/{page.pk}/versions/de/",
        f"{base}/{page.pk}/restore/{version.pk}/",
    ]


def news_of(region: Region) -> NewsItem:
    return news_save(
        region=region,
        actor=None,
        published_at=timezone.now() - datetime.timedelta(hours=1),
        title={"de": "Hinweis"},
        text={"de": "Text."},
    )


def test_a_partner_gets_403_on_every_guide_office_page(
    client: Client, region: Region, page: Page
) -> None:
    log_in(client, "partner", region)
    for url in guide_urls(page, news_of(region).pk):
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"save_text": "1", "delete": "1"}).status_code == 403, url
    assert page.versions.count() == 2
    assert NewsItem.objects.count() == 1


def test_staff_of_another_region_get_403_on_its_pages(
    client: Client, region: Region, other_region: Region, page: Page
) -> None:
    log_in(client, Role.OFFICE_STAFF, other_region)
    for url in guide_urls(page, news_of(region).pk):
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"delete": "1", "archived": "1"}).status_code == 403, url
    page.refresh_from_db()
    assert not page.is_archived
    assert NewsItem.objects.count() == 1


def test_it_answers_404_for_objects_of_another_region(
    client: Client, region: Region, other_region: Region
) -> None:
    foreign = make_page(other_region, slug="fremd")
    foreign_news = news_of(other_region)
    log_in(client, Role.OFFICE_STAFF, region)
    own = make_page(region, slug="eigen")
    foreign_version = foreign.versions.get()
    for url in [
        f"{BASE}/{foreign.pk}/",
        f"{BASE}/{foreign.pk}/translate/en/",
        f"{BASE}/{foreign.pk}/versions/de/",
        f"{BASE}/news/{foreign_news.pk}/",
    ]:
        assert client.get(url).status_code == 404, url
    assert client.post(f"{BASE}/{foreign.pk}/archive/", {"archived": "1"}).status_code == 404
    assert client.post(f"{BASE}/{own.pk}/restore/{foreign_version.pk}/").status_code == 404
    assert client.post(f"{BASE}/news/{foreign_news.pk}/", {"delete": "1"}).status_code == 404
    foreign.refresh_from_db()
    assert not foreign.is_archived
    assert NewsItem.objects.filter(pk=foreign_news.pk).exists()
    assert own.versions.count() == 1


def test_it_ignores_pages_of_another_region_in_an_export(
    client: Client, staff: User, page: Page, other_region: Region
) -> None:
    foreign = make_page(other_region, slug="fremd")
    response = export(client, page, foreign)
    assert response.status_code == 400
    assert not foreign.versions.exclude(language_id="de").exists()
