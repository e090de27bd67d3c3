"""Public pages of the welcome guide: /<region>/<lang>/guide/..."""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from ankunft.core.models import Region
from ankunft.events.services import event_cancel
from ankunft.guide.models import Page, VersionStatus
from ankunft.guide.revision import guide_revision
from ankunft.guide.services import (
    guide_language_set_source,
    news_save,
    page_save_text,
    page_set_archived,
)
from tests.factories import RegionFactory, make_event, make_offer, make_page

pytestmark = pytest.mark.django_db

HEADINGS = "<h2>Anmelden</h2><p>Im Bürgerbüro.</p><h2>Kosten</h2><p>Keine.</p>"




@pytest.fixture
def tree(region: Region) -> dict[str, Page]:
    """arriving > (housing > registration), health: reading order arriving, housing,
    registration, health."""
    arriving = make_page(
        region,
        title="Ankommen",
        slug="ankommen",
        translations={"en": ("Arriving", "<p>The first days.</p>")},
    )
    housing = make_page(
        region,
        title="Wohnen",
        slug="wohnen",
        parent=arriving,
        content=HEADINGS,
        translations={"en": ("Housing", "<h2>Register</h2><p>At the office.</p><h2>Costs</h2>")},
    )
    registration = make_page(
        region,
        title="Wohnung anmelden",
        slug="anmelden",
        parent=housing,
        translations={"en": ("Registering your flat", "<p>Within two weeks.</p>")},
    )
    health = make_page(
        region,
        title="Gesundheit",
        slug="gesundheit",
        translations={"en": ("Health", "<p>Doctors.</p>")},
    )
    return {
        "arriving": arriving,
        "housing": housing,
        "registration": registration,
        "health": health,
    }


def url(region: Region, lang: str, path: str = "") -> str:
    return f"/{region.slug}/{lang}/guide/{path}"


def article_tag(html: str) -> str:
    match = re.search(r"<article[^>]*>", html)
    assert match is not None
    return match.group(0)


def news(region: Region, title: str, published_at: datetime.datetime) -> None:
    news_save(
        region=region,
        actor=None,
        published_at=published_at,
        title={"de": title},
        text={"de": f"Text zu {title}"},
    )


# --- Index and pages ---------------------------------------------------------------------


def test_it_lists_top_level_pages_and_their_children_in_the_reading_language(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    response = client.get(url(region, "en"))
    html = response.content.decode()
    assert response.status_code == 200
    assert [section["node"].page for section in response.context["sections"]] == [
        tree["arriving"],
        tree["health"],
    ]
    assert f'href="{url(region, "en", "wohnen/")}">Housing</a>' in html
    assert "Arriving" in html and "Health" in html
    assert "Ankommen" not in html and "Wohnen" not in html


def test_it_shows_breadcrumbs_of_the_ancestors(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    html = client.get(url(region, "en", "anmelden/")).content.decode()
    breadcrumbs = html.split('class="breadcrumb"')[1].split("</nav>")[0]
    assert f'href="{url(region, "en")}"' in breadcrumbs
    assert f'href="{url(region, "en", "ankommen/")}">Arriving<' in breadcrumbs
    assert f'href="{url(region, "en", "wohnen/")}">Housing<' in breadcrumbs


def test_it_shows_a_table_of_contents_with_two_headings(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    html = client.get(url(region, "de", "wohnen/")).content.decode()
    assert 'class="toc"' in html
    assert '<a href="#section-1">Anmelden</a>' in html
    assert '<a href="#section-2">Kosten</a>' in html
    assert '<h2 id="section-1">Anmelden</h2>' in html


def test_it_shows_no_table_of_contents_with_one_heading(client: Client, region: Region) -> None:
    make_page(region, slug="kurz", content="<h2>Nur eine</h2><p>Text.</p>")
    html = client.get(url(region, "de", "kurz/")).content.decode()
    assert 'class="toc"' not in html


def test_it_links_the_children_of_a_page(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    html = client.get(url(region, "en", "wohnen/")).content.decode()
    children = html.split('class="guide-children"')[1].split("</nav>")[0]
    assert f'href="{url(region, "en", "anmelden/")}">Registering your flat<' in children


def test_it_links_the_previous_and_next_page_in_reading_order(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    html = client.get(url(region, "en", "anmelden/")).content.decode()
    previous = url(region, "en", "wohnen/")
    following = url(region, "en", "gesundheit/")
    assert f'href="{previous}" rel="prev">Previous: <span>Housing<' in html
    assert f'href="{following}" rel="next">Next: <span>Health<' in html


def test_it_has_no_previous_link_on_the_first_page(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    html = client.get(url(region, "en", "ankommen/")).content.decode()
    assert 'rel="prev"' not in html
    assert 'rel="next"' in html


def test_it_shows_the_german_text_with_a_notice_when_the_translation_is_missing(
    client: Client, region: Region
) -> None:
    make_page(region, title="Nur Deutsch", slug="nur-deutsch")
    html = client.get(url(region, "en", "nur-deutsch/")).content.decode()
    assert 'lang="de"' in article_tag(html)
    assert "<h1>Nur Deutsch</h1>" in html
    assert "This page is not yet translated into your language." in html


def test_it_falls_back_along_the_language_tree(client: Client, region: Region) -> None:
    guide_language_set_source(region=region, actor=None, language="uk", source="en")
    make_page(region, slug="amt", translations={"en": ("Office", "<p>Text.</p>")})
    html = client.get(url(region, "uk", "amt/")).content.decode()
    assert "<h1>Office</h1>" in html
    assert 'lang="en"' in article_tag(html)


def test_it_shows_an_outdated_translation_with_a_notice_and_a_link_to_the_original(
    client: Client, region: Region
) -> None:
    page = make_page(region, slug="amt", translations={"en": ("Office", "<p>Old.</p>")})
    page_save_text(page=page, actor=None, language="de", title="Amt", content="<p>Neu.</p>")
    html = client.get(url(region, "en", "amt/")).content.decode()
    assert "<h1>Office</h1>" in html
    assert 'lang="de"' not in article_tag(html)
    assert "The original of this page has changed since it was translated." in html
    assert f'<a href="{url(region, "de", "amt/")}">Read the current original</a>' in html


def test_it_keeps_a_translation_up_to_date_after_a_minor_edit(
    client: Client, region: Region
) -> None:
    page = make_page(region, slug="amt", translations={"en": ("Office", "<p>Old.</p>")})
    page_save_text(
        page=page, actor=None, language="de", title="Amt", content="<p>Neu.</p>", minor=True
    )
    html = client.get(url(region, "en", "amt/")).content.decode()
    assert "has changed since it was translated" not in html


def test_it_marks_a_machine_translation(client: Client, region: Region) -> None:
    page = make_page(region, slug="amt")
    page_save_text(
        page=page,
        actor=None,
        language="en",
        title="Office (machine)",
        content="<p>Text.</p>",
        status=VersionStatus.MACHINE,
    )
    html = client.get(url(region, "en", "amt/")).content.decode()
    assert "<h1>Office (machine)</h1>" in html
    assert "This page was translated by a machine and not yet checked by a person." in html


def test_it_hides_a_translation_in_progress_from_readers(client: Client, region: Region) -> None:
    page = make_page(region, title="Amt", slug="amt")
    page_save_text(
        page=page,
        actor=None,
        language="en",
        title="Unfinished",
        content="<p>Text.</p>",
        status=VersionStatus.IN_TRANSLATION,
    )
    html = client.get(url(region, "en", "amt/")).content.decode()
    assert "Unfinished" not in html
    assert "<h1>Amt</h1>" in html


def test_it_sets_language_and_direction_of_an_arabic_page(client: Client, region: Region) -> None:
    make_page(region, slug="amt", translations={"ar": ("المكتب", "<p>نص عربي.</p>")})
    html = client.get(url(region, "ar", "amt/")).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "<h1>المكتب</h1>" in html
    assert "lang=" not in article_tag(html)


def test_it_answers_an_unknown_page_with_a_translated_404(client: Client, region: Region) -> None:
    make_page(region, slug="amt")
    response = client.get(url(region, "ar", "gibt-es-nicht/"))
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "الصفحة غير موجودة" in html


def test_it_answers_an_archived_page_with_404(client: Client, region: Region) -> None:
    page = make_page(region, slug="alt")
    page_set_archived(page=page, actor=None, archived=True)
    assert client.get(url(region, "de", "alt/")).status_code == 404


def test_it_answers_the_sub_page_of_an_archived_page_with_404(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    page_set_archived(page=tree["housing"], actor=None, archived=True)
    assert client.get(url(region, "de", "anmelden/")).status_code == 404
    assert client.get(url(region, "de", "ankommen/")).status_code == 200


def test_it_answers_a_disabled_reading_language_with_404(client: Client, region: Region) -> None:
    make_page(region, slug="amt")
    assert client.get(url(region, "tr", "amt/")).status_code == 404


def test_it_answers_404_in_a_region_without_the_guide(client: Client, region: Region) -> None:
    make_page(region, slug="amt")
    region.features = ["alliance"]
    region.save()
    assert client.get(url(region, "de")).status_code == 404
    assert client.get(url(region, "de", "amt/")).status_code == 404


# --- Search --------------------------------------------------------------------------------


def test_it_finds_pages_by_words_of_their_text(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    response = client.get(url(region, "de", "search/"), {"q": "bürgerbü"})
    assert response.status_code == 200
    assert [hit.node.page for hit in response.context["hits"]] == [tree["housing"]]


def test_it_says_how_many_pages_it_found(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    html = client.get(url(region, "en", "search/"), {"q": "offic"}).content.decode()
    assert "1 page found" in html
    assert f'href="{url(region, "en", "wohnen/")}">Housing</a>' in html


def test_it_ranks_title_hits_first(client: Client, region: Region) -> None:
    make_page(region, title="Schule", slug="a", content="<p>Kinder lernen.</p>")
    title_hit = make_page(region, title="Kita", slug="b", content="<p>Für Kinder.</p>")
    make_page(region, title="Kinder", slug="c", content="<p>Spielplätze.</p>")
    response = client.get(url(region, "de", "search/"), {"q": "kinder"})
    slugs = [hit.node.page.slug for hit in response.context["hits"]]
    assert slugs[0] == "c"
    assert set(slugs) == {"a", "b", "c"}
    assert title_hit.slug in slugs


def test_it_finds_arabic_text_with_an_arabic_query(client: Client, region: Region) -> None:
    make_page(
        region,
        slug="wohnung",
        translations={"ar": ("تسجيل السكن", "<p>سجل عنوانك خلال أسبوعين.</p>")},
    )
    make_page(region, slug="arzt", translations={"ar": ("الطبيب", "<p>اذهب إلى الطبيب.</p>")})
    response = client.get(url(region, "ar", "search/"), {"q": "عنوانك"})
    assert [hit.node.page.slug for hit in response.context["hits"]] == ["wohnung"]
    assert "تسجيل السكن" in response.content.decode()


def test_it_refuses_a_too_long_query_with_400_and_a_message(client: Client, region: Region) -> None:
    make_page(region)
    response = client.get(url(region, "en", "search/"), {"q": "wort " * 50})
    assert response.status_code == 400
    assert "Please search with fewer words." in response.content.decode()


# --- News ----------------------------------------------------------------------------------


def test_it_shows_published_news_but_not_future_ones(client: Client, region: Region) -> None:
    make_page(region)
    now = timezone.now()
    news(region, "Neue Sprechzeiten", now - datetime.timedelta(days=1))
    news(region, "Noch geheim", now + datetime.timedelta(days=1))
    html = client.get(url(region, "de", "news/")).content.decode()
    assert "Neue Sprechzeiten" in html
    assert "Noch geheim" not in html


def test_it_shows_published_news_on_the_start_page_but_not_future_ones(
    client: Client, region: Region
) -> None:
    make_page(region)
    now = timezone.now()
    news(region, "Neue Sprechzeiten", now - datetime.timedelta(days=1))
    news(region, "Noch geheim", now + datetime.timedelta(days=1))
    html = client.get(url(region, "de")).content.decode()
    assert "Neue Sprechzeiten" in html
    assert "Noch geheim" not in html


# --- Embeds --------------------------------------------------------------------------------


def test_it_renders_an_embedded_offer_as_a_card_with_a_link(client: Client, region: Region) -> None:
    offer = make_offer(region, title={"de": "Sprachcafé", "en": "Language café"})
    make_page(region, slug="deutsch", content=f"<p>Üben Sie hier:</p><p>[[offer:{offer.pk}]]</p>")
    html = client.get(url(region, "en", "deutsch/")).content.decode()
    assert "[[offer:" not in html
    assert 'class="embed embed--offer"' in html
    assert f'<a href="/{region.slug}/en/offers/{offer.pk}/">Language café</a>' in html


def test_it_drops_an_embed_of_an_offer_of_another_region(
    client: Client, region: Region, other_region: Region
) -> None:
    foreign = make_offer(other_region, title={"de": "Fremdes Angebot"})
    make_page(region, slug="deutsch", content=f"<p>[[offer:{foreign.pk}]]</p>")
    html = client.get(url(region, "de", "deutsch/")).content.decode()
    assert "Fremdes Angebot" not in html
    assert "[[offer:" not in html


def test_it_lists_the_next_events_where_a_page_embeds_an_event_list(
    client: Client, region: Region
) -> None:
    make_event(region, title={"de": "Weltcafé", "en": "World Café"})
    make_event(region, title={"de": "Sprachtreff"}, languages=["ar"])
    make_page(region, slug="treffen", content="<p>Kommen Sie vorbei:</p><p>[[events]]</p>")
    html = client.get(url(region, "en", "treffen/")).content.decode()
    assert "[[events" not in html
    assert 'class="embed embed--events"' in html
    assert "World Café" in html and "Sprachtreff" in html


def test_it_filters_an_embedded_event_list_like_the_calendar(
    client: Client, region: Region
) -> None:
    make_event(region, title={"de": "Weltcafé"})
    make_event(region, title={"de": "Sprachtreff"}, languages=["ar"])
    make_page(region, slug="treffen", content="<p>[[events:language=ar]]</p>")
    html = client.get(url(region, "de", "treffen/")).content.decode()
    assert "Sprachtreff" in html
    assert "Weltcafé" not in html
    assert f"/{region.slug}/de/events/?language=ar" in html


def test_it_gives_the_guide_a_new_revision_when_an_event_changes(region: Region) -> None:
    event = make_event(region, title={"de": "Weltcafé"})
    make_page(region, slug="treffen", content="<p>[[events]]</p>")
    before = guide_revision(region).token
    event_cancel(actor=None, event=event)
    assert guide_revision(region).token != before


def test_it_drops_an_event_list_when_the_region_has_no_events(
    client: Client, region: Region
) -> None:
    make_event(region, title={"de": "Weltcafé"})
    region.features = [feature for feature in region.features if feature != "events"]
    region.save(update_fields=["features"])
    make_page(region, slug="treffen", content="<p>[[events]]</p>")
    html = client.get(url(region, "de", "treffen/")).content.decode()
    assert "[[events" not in html
    assert "Weltcafé" not in html


# --- Offline reading -----------------------------------------------------------------------


def test_it_lists_every_page_and_the_static_files_for_offline_reading(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    response = client.get(url(region, "en", "offline.json"))
    body = response.json()
    assert response.status_code == 200
    assert body["pages"] == 4
    for slug in ["ankommen", "wohnen", "anmelden", "gesundheit"]:
        assert url(region, "en", f"{slug}/") in body["urls"]
    assert url(region, "en") in body["urls"]
    assert url(region, "en", "news/") in body["urls"]
    assert "/static/guide/offline.js" in body["urls"]
    assert "/static/ankunft/site.css" in body["urls"]


def test_it_changes_the_offline_version_when_a_page_text_changes(
    client: Client, region: Region, tree: dict[str, Page], committed: Callable[[], Any]
) -> None:
    before = client.get(url(region, "en", "offline.json")).json()["version"]
    assert client.get(url(region, "en", "offline.json")).json()["version"] == before
    with committed():
        page_save_text(
            page=tree["health"], actor=None, language="en", title="Health", content="<p>New.</p>"
        )
    assert client.get(url(region, "en", "offline.json")).json()["version"] != before


def test_it_changes_the_offline_version_when_a_news_item_becomes_visible(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    """News published in advance appear without a write; this waits for one (2 seconds)."""
    news(region, "Bald", timezone.now() + datetime.timedelta(seconds=1.5))
    before = client.get(url(region, "de", "offline.json")).json()["version"]
    time.sleep(2.1)
    assert "Bald" in client.get(url(region, "de", "news/")).content.decode()
    assert client.get(url(region, "de", "offline.json")).json()["version"] != before


def test_it_serves_the_service_worker_as_javascript_with_its_scope(
    client: Client, region: Region
) -> None:
    make_page(region)
    response = client.get(url(region, "ar", "sw.js"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert f'const SCOPE = "{url(region, "ar")}";' in response.content.decode()


# --- Brochure (only the HTTP side; the PDF's contents are tested elsewhere) --------------


def test_it_refuses_an_unknown_paper_size_with_400(client: Client, region: Region) -> None:
    make_page(region)
    assert client.get(url(region, "de", "brochure.pdf"), {"size": "B5"}).status_code == 400


def test_it_answers_a_brochure_request_as_pdf_and_304_for_a_known_etag(
    client: Client, region: Region
) -> None:
    """Renders a real PDF, so it takes a moment."""
    make_page(region)
    response = client.get(url(region, "de", "brochure.pdf"), {"size": "A5"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")  # type: ignore[attr-defined]
    etag = response["ETag"]
    again = client.get(
        url(region, "de", "brochure.pdf"), {"size": "A5"}, headers={"if-none-match": etag}
    )
    assert again.status_code == 304
    assert again["ETag"] == etag


def test_it_changes_the_brochure_etag_when_a_translation_changes(
    client: Client, region: Region, committed: Callable[[], Any]
) -> None:
    """Renders two real PDFs, so it takes a moment."""
    page = make_page(region, translations={"en": ("First steps", "<p>Register.</p>")})
    first = client.get(url(region, "en", "brochure.pdf"), {"size": "A5"})
    b"".join(first.streaming_content)  # type: ignore[attr-defined]
    with committed():
        page_save_text(
            page=page, actor=None, language="en", title="First steps", content="<p>New.</p>"
        )
    second = client.get(
        url(region, "en", "brochure.pdf"), {"size": "A5"}, headers={"if-none-match": first["ETag"]}
    )
    assert second.status_code == 200
    b"".join(second.streaming_content)  # type: ignore[attr-defined]
    assert second["ETag"] != first["ETag"]


def test_it_serves_plain_german_as_its_own_language_translated_from_german(
    client: Client,
) -> None:
    region = RegionFactory(
        slug="leichtstadt", features=["guide"], language_codes=["de", "de-x-ls", "en"]
    )
    page = make_page(
        region,
        title="Anmeldung",
        content="<p>Melden Sie Ihre Wohnung binnen zwei Wochen an.</p>",
        slug="anmeldung",
        translations={"de-x-ls": ("Wohnung anmelden", "<p>Sie haben eine Wohnung.</p>")},
    )
    response = client.get("/leichtstadt/de-x-ls/guide/anmeldung/")
    assert response.status_code == 200
    assert '<html lang="de-x-ls" dir="ltr">' in response.content.decode()
    assert "Wohnung anmelden" in response.content.decode()
    version = page.versions.get(language_id="de-x-ls")
    assert (version.source_language_id, version.source_number) == ("de", 1)
