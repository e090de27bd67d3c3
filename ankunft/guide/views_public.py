"""Public pages of the welcome guide: /<region>/<lang>/guide/..."""

from __future__ import annotations

import hashlib

from django.db.models import Max
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from ankunft.core.features import region_with_feature
from ankunft.core.models import Feature, Region
from ankunft.core.views_errors import bad_request_message
from ankunft.guide.brochures import PAGE_SIZES, BrochureFile, brochure_file
from ankunft.guide.models import NewsItem, Page
from ankunft.guide.reading import render_page, search_guide
from ankunft.guide.selectors import (
    TreeNode,
    fallback_chain,
    guide_last_modified,
    page_tree,
    reading_texts,
)

SEARCH_MAX_LENGTH = 200


def guide_region(request: HttpRequest) -> Region:
    return region_with_feature(request.region, Feature.GUIDE)  # type: ignore[attr-defined]


@require_safe
def guide_index(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region = guide_region(request)
    nodes = page_tree(region)
    texts = reading_texts(region, lang)
    news = list(NewsItem.objects.for_region(region).published()[:3])
    chain = fallback_chain(region, lang)
    return render(
        request,
        "guide/index.html",
        {
            "sections": [_entry(node, texts) for node in nodes if node.depth == 0],
            "news": [(item, item.title_in(chain), item.text_in(chain)) for item in news],
        },
    )


def _entry(node: TreeNode, texts: dict) -> dict:  # type: ignore[type-arg]
    return {
        "node": node,
        "text": texts.get(node.page.pk),
        "children": [
            {"node": child, "text": texts.get(child.page.pk)}
            for child in node.children
            if texts.get(child.page.pk)
        ],
    }


@require_safe
def guide_page(request: HttpRequest, region_slug: str, lang: str, slug: str) -> HttpResponse:
    region = guide_region(request)
    nodes = page_tree(region)
    node = next((n for n in nodes if n.page.slug == slug), None)
    if node is None:
        raise Http404(_("This page of the welcome guide does not exist."))
    index = nodes.index(node)
    previous_node = nodes[index - 1] if index > 0 else None
    next_node = nodes[index + 1] if index + 1 < len(nodes) else None
    neighbours = [n.page.pk for n in (previous_node, next_node) if n is not None]
    related = [
        node.page.pk,
        *(a.pk for a in node.ancestors),
        *(c.page.pk for c in node.children),
        *neighbours,
    ]
    texts = reading_texts(region, lang, related)  # one read for everything the page names
    text = texts.get(node.page.pk)
    if text is None:
        raise Http404(_("This page of the welcome guide does not exist."))
    rendered = render_page(region, lang, text)
    return render(
        request,
        "guide/page.html",
        {
            "node": node,
            "page": rendered,
            "text": text,
            "breadcrumbs": [(a, texts.get(a.pk)) for a in node.ancestors],
            "children": [(c, texts.get(c.page.pk)) for c in node.children if texts.get(c.page.pk)],
            "previous": (previous_node, texts.get(previous_node.page.pk))
            if previous_node
            else None,
            "next": (next_node, texts.get(next_node.page.pk)) if next_node else None,
        },
    )


@require_safe
def guide_search(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region = guide_region(request)
    query = request.GET.get("q", "").strip()
    if len(query) > SEARCH_MAX_LENGTH:
        return render(
            request,
            "guide/search.html",
            {
                "query": query[:SEARCH_MAX_LENGTH],
                "hits": [],
                "error": _("Please search with fewer words."),
            },
            status=400,
        )
    hits = search_guide(region, lang, query) if query else []
    return render(request, "guide/search.html", {"query": query, "hits": hits})


@require_safe
def news_list(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region = guide_region(request)
    chain = fallback_chain(region, lang)
    items = NewsItem.objects.for_region(region).published()[:50]
    return render(
        request,
        "guide/news.html",
        {"items": [(item, item.title_in(chain), item.text_in(chain)) for item in items]},
    )


def page_or_404(region: Region, slug: str) -> Page:
    page = Page.objects.for_region(region).live().filter(slug=slug).first()
    if page is None:
        raise Http404(_("This page of the welcome guide does not exist."))
    return page


def _brochure_response(
    request: HttpRequest, region: Region, lang: str, root: Page | None
) -> HttpResponseBase:
    size = request.GET.get("size", "A4").upper()
    if size not in PAGE_SIZES:
        return bad_request_message(request, _("Please choose the paper size A4 or A5."))
    brochure = brochure_file(region=region, language=lang, root=root, page_size=size)
    response = brochure_pdf_response(request, brochure)
    response["Cache-Control"] = "public, max-age=300"
    return response


def brochure_pdf_response(request: HttpRequest, brochure: BrochureFile) -> HttpResponseBase:
    """The PDF with its content hash as ETag, or 304 when the client has it (also the API's)."""
    etag = f'"{brochure.key}"'
    response: HttpResponseBase
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
    else:
        response = FileResponse(brochure.path.open("rb"), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{brochure.filename}"'
    response["ETag"] = etag
    return response


@require_safe
def guide_brochure(request: HttpRequest, region_slug: str, lang: str) -> HttpResponseBase:
    return _brochure_response(request, guide_region(request), lang, None)


@require_safe
def guide_page_brochure(
    request: HttpRequest, region_slug: str, lang: str, slug: str
) -> HttpResponseBase:
    region = guide_region(request)
    return _brochure_response(request, region, lang, page_or_404(region, slug))


OFFLINE_STATIC = ["ankunft/site.css", "ankunft/icon.svg", "guide/guide.css", "guide/offline.js"]


@require_safe
def offline_manifest(request: HttpRequest, region_slug: str, lang: str) -> JsonResponse:
    """Everything a phone needs to read the guide in this language without a network."""
    region = guide_region(request)
    texts = reading_texts(region, lang)
    pages = [
        reverse("public:guide_page", args=[region.slug, lang, node.page.slug])
        for node in page_tree(region)
        if node.page.pk in texts
    ]
    urls = [
        reverse("public:guide", args=[region.slug, lang]),
        reverse("public:guide_news", args=[region.slug, lang]),
        *pages,
        *(static(path) for path in OFFLINE_STATIC),
    ]
    newest, changed = guide_last_modified(region)
    news = NewsItem.objects.for_region(region).aggregate(Max("updated_at"))["updated_at__max"]
    # News published in advance become visible without a write: count what is visible now.
    visible_news = NewsItem.objects.for_region(region).published().count()
    key = f"{lang}:{newest}:{changed}:{news}:{visible_news}:{urls}"
    version = hashlib.sha256(key.encode()).hexdigest()[:16]
    response = JsonResponse({"version": version, "pages": len(pages), "urls": urls})
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def service_worker(request: HttpRequest, region_slug: str, lang: str) -> HttpResponse:
    region = guide_region(request)
    scope = reverse("public:guide", args=[region.slug, lang])
    response = render(
        request,
        "guide/sw.js",
        {"cache_name": f"ankunft-guide-{region.slug}-{lang}", "scope": scope},
        content_type="text/javascript; charset=utf-8",
    )
    response["Cache-Control"] = "no-cache"
    return response
