"""The welcome guide in the JSON API: pages (flat, with their place in the tree), one page,
its children, its brochure, and the news. Conditional GET with ETag and Last-Modified."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from ankunft.api.api import ErrorOut, _region_and_language, api
from ankunft.core.features import region_with_feature
from ankunft.core.models import Feature, Region
from ankunft.guide.brochures import PAGE_SIZES, brochure_file
from ankunft.guide.embeds import EmbedResolver
from ankunft.guide.models import NewsItem, Page
from ankunft.guide.revision import cached_guide_revision, guide_revision
from ankunft.guide.selectors import (
    ReadingText,
    TreeNode,
    available_languages,
    fallback_chain,
    page_tree,
    reading_texts,
)
from ankunft.guide.views_public import brochure_pdf_response

router = Router(tags=["welcome guide"])
ANSWER_CACHE_SECONDS = 600


class PageOut(Schema):
    id: int
    parent: int | None
    order: int
    path: str
    url: str
    title: str
    content: str
    language: str
    translation_state: str
    last_updated: datetime.datetime
    available_languages: list[str]


class NewsOut(Schema):
    id: int
    published_at: datetime.datetime
    title: str
    text: str
    language: str


class BrochureQuery(Schema):
    size: str = "A4"


def _guide_region(slug: str, lang: str) -> Region:
    region, _code = _region_and_language(slug, lang)
    return region_with_feature(region, Feature.GUIDE)


def _conditional(
    request: HttpRequest, slug: str, lang: str, build: Callable[[Region], HttpResponse]
) -> HttpResponse:
    """Answer 304 from the cached revision when the client has the current answer (no
    database access then); otherwise load the region and build the answer."""
    revision = cached_guide_revision(slug)
    region: Region | None = None
    if revision is None or lang not in revision.languages:
        region = _guide_region(slug, lang)
        revision = guide_revision(region)
    key = f"{revision.token}|{lang}|{request.get_full_path()}"
    etag = '"' + hashlib.sha256(key.encode()).hexdigest()[:32] + '"'
    response = get_conditional_response(
        request, etag=etag, last_modified=int(revision.last_modified.timestamp())
    )
    if response is None:
        response = _cached_answer(etag) or _build_and_keep(
            etag, lambda: build(region or _guide_region(slug, lang))
        )
    response["ETag"] = etag
    response["Last-Modified"] = http_date(revision.last_modified.timestamp())
    response["Cache-Control"] = "public, max-age=60"
    return response


def _cached_answer(etag: str) -> HttpResponse | None:
    body = cache.get(f"guide:answer:{etag}")
    return HttpResponse(body, content_type="application/json") if body is not None else None


def _build_and_keep(etag: str, build: Callable[[], HttpResponse]) -> HttpResponse:
    """Answers only change with the revision (which is in the ETag), so they are kept."""
    response = build()
    if response.status_code == 200:
        cache.set(f"guide:answer:{etag}", response.content, ANSWER_CACHE_SECONDS)
    return response


def _pages_out(
    region: Region, lang: str, nodes: list[TreeNode], texts: dict[int, ReadingText]
) -> list[dict[str, Any]]:
    """Plain dicts in the shape of `PageOut` (building 500 pydantic objects only to dump them
    again doubled the time of the full guide)."""
    languages = available_languages(region)
    resolver = EmbedResolver.for_texts(region, lang, [text.content for text in texts.values()])
    site = settings.ANKUNFT_SITE_URL
    guide_url = site + reverse("public:guide", args=[region.slug, lang])
    result = []
    for node in nodes:
        text = texts.get(node.page.pk)
        if text is None:
            continue
        result.append(
            {
                "id": node.page.pk,
                "parent": node.page.parent_id,
                "order": node.page.position,
                "path": node.path,
                "url": f"{guide_url}{node.page.slug}/",
                "title": text.title,
                "content": str(resolver.render(text.content, absolute=site)),
                "language": text.language,
                "translation_state": ("fallback" if text.is_fallback else str(text.state.state)),
                "last_updated": text.updated_at,
                "available_languages": languages.get(node.page.pk, []),
            }
        )
    return result


@router.get(
    "/{region}/{lang}/pages",
    response={200: list[PageOut], 404: ErrorOut},
    summary="All pages of the welcome guide, flat, in reading order",
)
def list_pages(request: HttpRequest, region: str, lang: str) -> HttpResponse:
    """Every published page with its parent, order and path. Texts are in `lang` where
    translated, else in the language it is translated from (`language` tells which;
    `translation_state` is `up_to_date`, `outdated`, `machine`, or `fallback`)."""

    def build(the_region: Region) -> HttpResponse:
        nodes = page_tree(the_region)
        texts = reading_texts(the_region, lang)
        return api.create_response(request, _pages_out(the_region, lang, nodes, texts), status=200)

    return _conditional(request, region, lang, build)


def _node(region: Region, page_id: int) -> tuple[list[TreeNode], TreeNode]:
    nodes = page_tree(region)
    node = next((n for n in nodes if n.page.pk == page_id), None)
    if node is None:
        raise Http404(_("This page of the welcome guide does not exist."))
    return nodes, node


@router.get(
    "/{region}/{lang}/pages/{page_id}",
    response={200: PageOut, 404: ErrorOut},
    summary="One page of the welcome guide",
)
def get_page(request: HttpRequest, region: str, lang: str, page_id: int) -> HttpResponse:
    def build(the_region: Region) -> HttpResponse:
        _nodes, node = _node(the_region, page_id)
        texts = reading_texts(the_region, lang, [page_id])
        pages = _pages_out(the_region, lang, [node], texts)
        if not pages:
            raise Http404(_("This page of the welcome guide does not exist."))
        return api.create_response(request, pages[0], status=200)

    return _conditional(request, region, lang, build)


@router.get(
    "/{region}/{lang}/pages/{page_id}/children",
    response={200: list[PageOut], 404: ErrorOut},
    summary="The pages directly below one page",
)
def page_children(request: HttpRequest, region: str, lang: str, page_id: int) -> HttpResponse:
    def build(the_region: Region) -> HttpResponse:
        _nodes, node = _node(the_region, page_id)
        children = node.children
        texts = reading_texts(the_region, lang, [child.page.pk for child in children])
        return api.create_response(
            request, _pages_out(the_region, lang, children, texts), status=200
        )

    return _conditional(request, region, lang, build)


@router.get(
    "/{region}/{lang}/pages/{page_id}/pdf",
    response={200: None, 400: ErrorOut, 404: ErrorOut},
    summary="A printable brochure (PDF) of the page and its sub-pages",
)
def page_pdf(
    request: HttpRequest, region: str, lang: str, page_id: int, query: Query[BrochureQuery]
) -> HttpResponseBase:
    """`size` is `A4` (the default) or `A5`. Cached by content: the same texts give the same
    file and ETag."""
    the_region = _guide_region(region, lang)
    size = query.size.upper()
    if size not in PAGE_SIZES:
        raise HttpError(400, _("Please choose the paper size A4 or A5."))
    root = Page.objects.for_region(the_region).live().filter(pk=page_id).first()
    if root is None:
        raise Http404(_("This page of the welcome guide does not exist."))
    brochure = brochure_file(region=the_region, language=lang, root=root, page_size=size)
    return brochure_pdf_response(request, brochure)


@router.get(
    "/{region}/{lang}/news",
    response={200: list[NewsOut], 404: ErrorOut},
    summary="News of the integration office, newest first",
)
def list_news(request: HttpRequest, region: str, lang: str) -> HttpResponse:
    def build(the_region: Region) -> HttpResponse:
        chain = fallback_chain(the_region, lang)
        items = []
        for item in NewsItem.objects.for_region(the_region).published()[:100]:
            title = item.title_in(chain)
            items.append(
                NewsOut(
                    id=item.pk,
                    published_at=item.published_at,
                    title=title.text,
                    text=item.text_in(chain).text,
                    language=title.language,
                )
            )
        return api.create_response(request, items, status=200)

    return _conditional(request, region, lang, build)
