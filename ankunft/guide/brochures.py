"""Brochures of the welcome guide: the PDF of a subtree in one language, cached by content.

Between writes of the guide, the file of a selection is found through the guide's revision
without reading the pages (embedded offers are then up to ten minutes late). The file name
is made of every version shown, every embedded offer's last change, the
region's contact and the paper size, so a brochure is rebuilt exactly when something in it
changed. Files live under MEDIA_ROOT/brochures/; a new file replaces the older ones of the
same subtree, language and size."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from ankunft.core.models import Region
from ankunft.guide.brochure import Brochure, BrochureSection, render_brochure
from ankunft.guide.embeds import EmbedResolver
from ankunft.guide.models import Page
from ankunft.guide.revision import MAX_AGE, guide_revision
from ankunft.guide.selectors import page_tree, reading_texts, subtree

PAGE_SIZES = ("A4", "A5")


@dataclass(frozen=True)
class BrochureFile:
    path: Path
    key: str
    filename: str


def brochure_directory() -> Path:
    return Path(settings.MEDIA_ROOT) / "brochures"


def brochure_file(
    *, region: Region, language: str, root: Page | None, page_size: str
) -> BrochureFile:
    """The cached PDF for this selection, rendered first if nothing in it is cached."""
    shortcut = (
        f"guide:brochure:{guide_revision(region).token}:{language}:"
        f"{root.pk if root else 0}:{page_size}"
    )
    known = cache.get(shortcut)
    if isinstance(known, BrochureFile) and known.path.exists():
        return known
    result = _brochure_file(region=region, language=language, root=root, page_size=page_size)
    cache.set(shortcut, result, MAX_AGE)
    return result


def _brochure_file(
    *, region: Region, language: str, root: Page | None, page_size: str
) -> BrochureFile:
    nodes = page_tree(region)
    if root is not None:
        nodes = subtree(nodes, root.pk)
    texts = reading_texts(region, language, [node.page.pk for node in nodes])
    nodes = [node for node in nodes if node.page.pk in texts]
    resolver = EmbedResolver.for_texts(region, language, [t.content for t in texts.values()])
    fingerprint = {
        "language": language,
        "size": page_size,
        "pages": [(node.page.pk, node.depth, texts[node.page.pk].version_id) for node in nodes],
        "offers": sorted((pk, o.updated_at.isoformat()) for pk, o in resolver.offers.items()),
        "contacts": sorted((pk, c.updated_at.isoformat()) for pk, c in resolver.contacts.items()),
        "events": resolver.events_stamp,
        "region": [
            region.name,
            region.contact_name,
            region.address,
            region.contact_phone,
            region.contact_email,
        ],
        "renderer": 1,
    }
    digest = hashlib.sha256(json.dumps(fingerprint, sort_keys=True).encode()).hexdigest()[:24]
    prefix = f"{region.slug}-{language}-{root.slug if root else 'guide'}-{page_size}-"
    path = brochure_directory() / f"{prefix}{digest}.pdf"
    filename = f"{region.slug}-{root.slug if root else 'welcome-guide'}-{language}-{page_size}.pdf"
    if not path.exists():
        pdf = _render(region, language, root, page_size, nodes, texts, resolver)
        _write_replacing(path, prefix, pdf)
    return BrochureFile(path=path, key=digest, filename=filename)


def _render(region, language, root, page_size, nodes, texts, resolver) -> bytes:  # type: ignore[no-untyped-def]
    directions = {lang.code: lang.direction for lang in region.enabled_languages()}
    site = settings.ANKUNFT_SITE_URL
    base_depth = nodes[0].depth if nodes else 0
    sections = tuple(
        BrochureSection(
            title=texts[node.page.pk].title,
            html=str(resolver.render(texts[node.page.pk].content, absolute=site)),
            depth=node.depth - base_depth,
            lang=texts[node.page.pk].language,
            direction=directions.get(texts[node.page.pk].language, "ltr"),
        )
        for node in nodes
    )
    if root is not None:
        online = reverse("public:guide_page", args=[region.slug, language, root.slug])
        title = texts[root.pk].title if root.pk in texts else root.slug
    else:
        online = reverse("public:guide", args=[region.slug, language])
        with override(language):
            title = _("Welcome guide")
    issued = max((text.updated_at for text in texts.values()), default=None)
    contact = [
        region.contact_name,
        *region.address.splitlines(),
        region.contact_phone,
        region.contact_email,
    ]
    return render_brochure(
        Brochure(
            title=title,
            region_name=region.name,
            language=language,
            direction=directions.get(language, "ltr"),
            sections=sections,
            contact_lines=tuple(line.strip() for line in contact if line and line.strip()),
            online_url=site + online,
            page_size=page_size,
            issued=issued.date() if issued else region.updated_at.date(),
        )
    )


def _write_replacing(path: Path, prefix: str, pdf: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "wb") as file:
        file.write(pdf)
    Path(temporary).replace(path)
    for old in path.parent.glob(f"{prefix}*.pdf"):
        if old != path:
            old.unlink(missing_ok=True)
