"""The welcome guide in the JSON API: /api/v1/<region>/<lang>/pages, /news, ..."""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.http import http_date

from ankunft.core.models import Region
from ankunft.guide.models import Page, VersionStatus
from ankunft.guide.services import news_save, page_save_text, page_set_archived
from ankunft.offers.services import OfferData, offer_update
from tests.factories import make_offer, make_page

pytestmark = pytest.mark.django_db

PAGE_FIELDS = {
    "id",
    "parent",
    "order",
    "path",
    "url",
    "title",
    "content",
    "language",
    "translation_state",
    "last_updated",
    "available_languages",
}




@pytest.fixture
def tree(region: Region) -> dict[str, Page]:
    """arriving > (housing > registration), health."""
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
        translations={"en": ("Housing", "<p>Where to live.</p>")},
    )
    registration = make_page(
        region, title="Wohnung anmelden", slug="anmelden", parent=housing, content="<p>Amt.</p>"
    )
    health = make_page(
        region,
        title="Gesundheit",
        slug="gesundheit",
        translations={"en": ("Health", "<p>Doctors.</p>"), "ar": ("الصحة", "<p>أطباء.</p>")},
    )
    return {
        "arriving": arriving,
        "housing": housing,
        "registration": registration,
        "health": health,
    }


def api(region: Region, lang: str, path: str) -> str:
    return f"/api/v1/{region.slug}/{lang}/{path}"


def by_id(items: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return {item["id"]: item for item in items}


# --- Pages ---------------------------------------------------------------------------------


def test_it_lists_all_pages_flat_in_reading_order(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    response = client.get(api(region, "en", "pages"))
    assert response.status_code == 200
    body = response.json()
    assert [item["id"] for item in body] == [
        tree[name].pk for name in ["arriving", "housing", "registration", "health"]
    ]
    assert all(set(item) == PAGE_FIELDS for item in body)


def test_it_gives_each_page_its_place_in_the_tree(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    pages = by_id(client.get(api(region, "en", "pages")).json())
    registration = pages[tree["registration"].pk]
    assert registration["parent"] == tree["housing"].pk
    assert registration["path"] == "ankommen/wohnen/anmelden"
    assert registration["order"] == tree["registration"].position
    assert pages[tree["arriving"].pk]["parent"] is None
    assert pages[tree["arriving"].pk]["order"] < pages[tree["health"].pk]["order"]
    assert registration["url"].endswith(f"/{region.slug}/en/guide/anmelden/")


def test_it_gives_the_text_in_the_reading_language_with_its_state(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    health = by_id(client.get(api(region, "en", "pages")).json())[tree["health"].pk]
    assert (health["title"], health["content"]) == ("Health", "<p>Doctors.</p>")
    assert (health["language"], health["translation_state"]) == ("en", "up_to_date")
    assert health["available_languages"] == ["de", "en", "ar"]
    last_updated = datetime.datetime.fromisoformat(health["last_updated"])
    saved = tree["health"].versions.get(language_id="en").created_at
    assert abs(last_updated - saved) < datetime.timedelta(milliseconds=1)


def test_it_marks_pages_in_the_original_language_as_fallback(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    registration = by_id(client.get(api(region, "en", "pages")).json())[tree["registration"].pk]
    assert (registration["title"], registration["language"]) == ("Wohnung anmelden", "de")
    assert registration["translation_state"] == "fallback"
    assert registration["available_languages"] == ["de"]


def test_it_marks_outdated_and_machine_translations(client: Client, region: Region) -> None:
    outdated = make_page(region, slug="alt", translations={"en": ("Old", "<p>Old.</p>")})
    page_save_text(page=outdated, actor=None, language="de", title="Alt", content="<p>Neu.</p>")
    machine = make_page(region, slug="maschine")
    page_save_text(
        page=machine,
        actor=None,
        language="en",
        title="Machine",
        content="<p>Text.</p>",
        status=VersionStatus.MACHINE,
    )
    pages = by_id(client.get(api(region, "en", "pages")).json())
    assert pages[outdated.pk]["translation_state"] == "outdated"
    assert pages[outdated.pk]["title"] == "Old"
    assert pages[machine.pk]["translation_state"] == "machine"


def test_it_leaves_out_archived_pages(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    page_set_archived(page=tree["housing"], actor=None, archived=True)
    ids = [item["id"] for item in client.get(api(region, "en", "pages")).json()]
    assert ids == [tree["arriving"].pk, tree["health"].pk]


def test_it_renders_embedded_offers_with_absolute_links(client: Client, region: Region) -> None:
    offer = make_offer(region, title={"de": "Sprachcafé"})
    page = make_page(region, slug="deutsch", content=f"<p>[[offer:{offer.pk}]]</p>")
    content = client.get(api(region, "de", f"pages/{page.pk}")).json()["content"]
    assert "[[offer:" not in content
    assert f'href="http://127.0.0.1:8000/{region.slug}/de/offers/{offer.pk}/"' in content


def test_it_answers_one_page(client: Client, region: Region, tree: dict[str, Page]) -> None:
    response = client.get(api(region, "ar", f"pages/{tree['health'].pk}"))
    assert response.status_code == 200
    body = response.json()
    assert set(body) == PAGE_FIELDS
    assert (body["id"], body["title"], body["language"]) == (tree["health"].pk, "الصحة", "ar")


def test_it_answers_the_children_of_a_page(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    children = client.get(api(region, "en", f"pages/{tree['arriving'].pk}/children")).json()
    assert [item["id"] for item in children] == [tree["housing"].pk]
    assert children[0]["title"] == "Housing"
    leaf = client.get(api(region, "en", f"pages/{tree['registration'].pk}/children"))
    assert leaf.status_code == 200 and leaf.json() == []


def test_it_answers_an_unknown_page_with_a_json_404(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    for path in ["pages/999999", "pages/999999/children", "pages/999999/pdf"]:
        response = client.get(api(region, "en", path))
        assert response.status_code == 404, path
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["detail"] == "This page of the welcome guide does not exist."


def test_it_answers_an_archived_page_with_404(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    page_set_archived(page=tree["health"], actor=None, archived=True)
    assert client.get(api(region, "en", f"pages/{tree['health'].pk}")).status_code == 404


def test_it_answers_a_page_of_another_region_with_404(
    client: Client, region: Region, other_region: Region, tree: dict[str, Page]
) -> None:
    foreign = make_page(other_region, slug="fremd")
    for path in [f"pages/{foreign.pk}", f"pages/{foreign.pk}/children", f"pages/{foreign.pk}/pdf"]:
        assert client.get(api(region, "de", path)).status_code == 404, path
    ids = [item["id"] for item in client.get(api(region, "de", "pages")).json()]
    assert foreign.pk not in ids


def test_it_answers_404_in_a_region_without_the_guide(client: Client, region: Region) -> None:
    response = client.get(api(region, "de", "pages"))
    assert response.status_code == 404
    assert response.json()["detail"] == "This city has no welcome guide on this platform yet."


def test_it_answers_a_disabled_language_with_404(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    assert client.get(api(region, "tr", "pages")).status_code == 404


# --- News ----------------------------------------------------------------------------------


def test_it_lists_published_news_newest_first_in_the_reading_language(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    now = timezone.now()
    older = news_save(
        region=region,
        actor=None,
        published_at=now - datetime.timedelta(days=2),
        title={"de": "Alt", "ar": "قديم"},
        text={"de": "Alter Text.", "ar": "نص قديم."},
    )
    newer = news_save(
        region=region,
        actor=None,
        published_at=now - datetime.timedelta(days=1),
        title={"de": "Neu"},
        text={"de": "Neuer Text."},
    )
    news_save(
        region=region,
        actor=None,
        published_at=now + datetime.timedelta(days=1),
        title={"de": "Zukunft"},
        text={"de": "Noch nicht."},
    )
    body = client.get(api(region, "ar", "news")).json()
    assert [item["id"] for item in body] == [newer.pk, older.pk]
    assert (body[0]["title"], body[0]["text"], body[0]["language"]) == ("Neu", "Neuer Text.", "de")
    assert (body[1]["title"], body[1]["text"], body[1]["language"]) == ("قديم", "نص قديم.", "ar")


# --- Conditional requests ------------------------------------------------------------------


def test_it_sends_etag_and_last_modified(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    response = client.get(api(region, "en", "pages"))
    assert response["ETag"].startswith('"') and response["ETag"].endswith('"')
    assert response["Last-Modified"]
    assert response["Cache-Control"] == "public, max-age=60"


def test_it_answers_a_matching_if_none_match_with_304(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    for path in ["pages", f"pages/{tree['health'].pk}", "news"]:
        etag = client.get(api(region, "en", path))["ETag"]
        again = client.get(api(region, "en", path), headers={"if-none-match": etag})
        assert again.status_code == 304, path
        assert again.content == b""


def test_it_answers_if_modified_since_with_304(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    last_modified = client.get(api(region, "en", "pages"))["Last-Modified"]
    again = client.get(api(region, "en", "pages"), headers={"if-modified-since": last_modified})
    assert again.status_code == 304


def test_it_changes_the_etag_after_a_new_version(
    client: Client, region: Region, tree: dict[str, Page], committed: Callable[[], Any]
) -> None:
    etag = client.get(api(region, "en", "pages"))["ETag"]
    with committed():
        page_save_text(
            page=tree["health"], actor=None, language="en", title="Health", content="<p>New.</p>"
        )
    response = client.get(api(region, "en", "pages"), headers={"if-none-match": etag})
    assert response.status_code == 200
    assert response["ETag"] != etag
    assert by_id(response.json())[tree["health"].pk]["content"] == "<p>New.</p>"


def test_it_gives_each_language_and_page_its_own_etag(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    etags = {
        client.get(api(region, "en", "pages"))["ETag"],
        client.get(api(region, "ar", "pages"))["ETag"],
        client.get(api(region, "en", f"pages/{tree['health'].pk}"))["ETag"],
    }
    assert len(etags) == 3


def test_it_changes_the_etag_when_a_news_item_becomes_visible(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    """News published in advance appear without a write; this waits for one (2 seconds)."""
    news_save(
        region=region,
        actor=None,
        published_at=timezone.now() + datetime.timedelta(seconds=1.5),
        title={"de": "Bald"},
        text={"de": "Text."},
    )
    first = client.get(api(region, "de", "news"))
    assert first.json() == []
    time.sleep(2.1)
    response = client.get(api(region, "de", "news"), headers={"if-none-match": first["ETag"]})
    assert response.status_code == 200
    assert [entry["title"] for entry in response.json()] == ["Bald"]


def test_its_last_modified_follows_the_newest_change(
    client: Client, region: Region, tree: dict[str, Page], committed: Callable[[], Any]
) -> None:
    client.get(api(region, "en", "pages"))
    with committed():
        page_save_text(
            page=tree["health"], actor=None, language="en", title="Health", content="<p>New.</p>"
        )
    tree["health"].refresh_from_db()
    response = client.get(api(region, "en", "pages"))
    assert response["Last-Modified"] == http_date(tree["health"].updated_at.timestamp())


def test_it_changes_the_etag_when_an_embedded_offer_changes(
    client: Client, region: Region, committed: Callable[[], Any]
) -> None:
    offer = make_offer(region, title={"de": "Sprachcafé"})
    page = make_page(region, slug="deutsch", content=f"<p>[[offer:{offer.pk}]]</p>")
    first = client.get(api(region, "de", f"pages/{page.pk}"))
    with committed():
        offer_update(
            actor=None,
            offer=offer,
            data=OfferData(
                organisation=offer.organisation,
                title={"de": "Sprachcafé am Abend"},
                categories=["counselling"],
            ),
        )
    response = client.get(
        api(region, "de", f"pages/{page.pk}"), headers={"if-none-match": first["ETag"]}
    )
    assert response.status_code == 200
    assert "Sprachcafé am Abend" in response.json()["content"]


# --- Brochure ------------------------------------------------------------------------------


def test_it_answers_a_page_brochure_as_pdf(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    """Renders a real PDF, so it takes a moment; its contents are tested elsewhere."""
    response = client.get(api(region, "en", f"pages/{tree['housing'].pk}/pdf"), {"size": "A5"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")  # type: ignore[attr-defined]
    again = client.get(
        api(region, "en", f"pages/{tree['housing'].pk}/pdf"),
        {"size": "A5"},
        headers={"if-none-match": response["ETag"]},
    )
    assert again.status_code == 304


def test_it_refuses_an_unknown_paper_size_with_a_json_400(
    client: Client, region: Region, tree: dict[str, Page]
) -> None:
    response = client.get(api(region, "en", f"pages/{tree['housing'].pk}/pdf"), {"size": "X"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"] == "Please choose the paper size A4 or A5."


# --- OpenAPI -------------------------------------------------------------------------------


def test_it_describes_the_guide_endpoints_in_openapi(client: Client) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in [
        "/api/v1/{region}/{lang}/pages",
        "/api/v1/{region}/{lang}/pages/{page_id}",
        "/api/v1/{region}/{lang}/pages/{page_id}/children",
        "/api/v1/{region}/{lang}/pages/{page_id}/pdf",
        "/api/v1/{region}/{lang}/news",
    ]:
        assert "get" in paths[path], path
    pages = paths["/api/v1/{region}/{lang}/pages"]["get"]
    assert pages["tags"] == ["welcome guide"]
    assert set(pages["responses"]) == {"200", "404"}
