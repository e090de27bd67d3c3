"""A token that changes whenever anything readers see of a region's guide changes.

It is the base of the API's ETags. The token is kept in the cache, so a conditional request
is answered without reading the database; every service that writes guide pages or news
forgets it after the commit; a change of an embedded offer or contact (written by the offers
app) is noticed by two indexed lookups. News published in advance become visible without a write, so
the token never outlives the next scheduled news item."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from ankunft.core.models import Feature, Region
from ankunft.events.models import Event
from ankunft.guide.models import NewsItem, Page, PageVersion
from ankunft.offers.models import Contact, Offer

MAX_AGE = 600


@dataclass(frozen=True)
class GuideRevision:
    token: str
    last_modified: datetime.datetime
    languages: tuple[str, ...]
    region_id: int
    embedded: str  # when offers, contacts and events last changed: pages show them as cards


def _embedded_stamp(region_id: int) -> str:
    """Offers, contacts and events are written by their own apps; three indexed lookups tell
    whether one changed since the revision was made. Embedded event lists also move on each
    day, so the date is part of the stamp."""
    offers = Offer.objects.filter(region_id=region_id).aggregate(Max("updated_at"))
    contacts = Contact.objects.filter(region_id=region_id).aggregate(Max("updated_at"))
    events = Event.objects.filter(region_id=region_id).aggregate(Max("updated_at"))
    return (
        f"{offers['updated_at__max']}|{contacts['updated_at__max']}|"
        f"{events['updated_at__max']}|{timezone.localdate()}"
    )


def _key(region_slug: str) -> str:
    return f"guide:revision:{region_slug}"


def cached_guide_revision(region_slug: str) -> GuideRevision | None:
    revision = cache.get(_key(region_slug))
    if not isinstance(revision, GuideRevision):
        return None
    if _embedded_stamp(revision.region_id) != revision.embedded:
        cache.delete(_key(region_slug))
        return None
    return revision


def guide_revision(region: Region) -> GuideRevision:
    """The current revision, computed from the database and cached (guide regions only)."""
    revision = cached_guide_revision(region.slug)
    if revision is not None:
        return revision
    now = timezone.now()
    newest_version = (
        PageVersion.objects.filter(page__region=region).aggregate(Max("id"))["id__max"] or 0
    )
    pages = Page.objects.for_region(region).aggregate(Max("updated_at"))["updated_at__max"]
    news = NewsItem.objects.for_region(region)
    news_changed = news.aggregate(Max("updated_at"))["updated_at__max"]
    visible = news.filter(published_at__lte=now).count()
    upcoming = (
        news.filter(published_at__gt=now)
        .order_by("published_at")
        .values_list("published_at", flat=True)
    ).first()
    stamps = [region.updated_at, *(stamp for stamp in (pages, news_changed) if stamp)]
    languages = tuple(region.language_codes())
    embedded = _embedded_stamp(region.pk)
    parts = [
        region.pk,
        newest_version,
        pages,
        news_changed,
        visible,
        region.updated_at,
        languages,
        embedded,
    ]
    revision = GuideRevision(
        token=hashlib.sha256(repr(parts).encode()).hexdigest()[:24],
        last_modified=max(stamps),
        languages=languages,
        region_id=region.pk,
        embedded=embedded,
    )
    timeout = MAX_AGE
    if upcoming is not None:
        timeout = max(1, min(MAX_AGE, int((upcoming - now).total_seconds()) + 1))
    if region.has_feature(Feature.GUIDE):
        cache.set(_key(region.slug), revision, timeout)
    return revision


def forget_guide_revision(region: Region) -> None:
    """Called by every write of the guide: the next request computes a new revision."""
    slug = region.slug
    transaction.on_commit(lambda: cache.delete(_key(slug)))
