"""Reads of the directory of offers: the public search with its filters."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone

from ankunft.core.filters import FilterLinks, as_lists, read_filters
from ankunft.core.models import Region
from ankunft.offers import search
from ankunft.offers.models import (
    WEEKDAY_KEYS,
    Category,
    Cost,
    Offer,
    OfferFacet,
    OfferQuerySet,
    OfferStatus,
    OpeningException,
    OpeningHours,
    ProblemReportStatus,
    TargetGroup,
    Theme,
)

MULTI_FACETS = ["theme", "category", "target_group", "language", "district", "open_on"]
FLAGS = ["free", "step_free", "online", "open_now"]
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class OfferFilters(FilterLinks):
    MULTI = tuple(MULTI_FACETS)
    FLAGS = tuple(FLAGS)

    q: str = ""
    theme: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    target_group: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    district: tuple[str, ...] = ()
    open_on: tuple[str, ...] = ()
    free: bool = False
    step_free: bool = False
    online: bool = False
    open_now: bool = False
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def active(self) -> bool:
        return bool(self.q or any(getattr(self, name) for name in MULTI_FACETS + FLAGS))


def allowed_values(region: Region, name: str) -> set[str] | None:
    """The values a facet accepts (None: any well-formed language tag)."""
    if name == "theme":
        return set(Theme.objects.for_region(region).values_list("key", flat=True))
    if name == "district":
        return set(region.districts.values_list("key", flat=True))
    return {
        "category": set(Category.values),
        "target_group": set(TargetGroup.values),
        "language": None,
        "open_on": set(WEEKDAY_KEYS),
    }[name]


def parse_filters(region: Region, params: Mapping[str, Sequence[str]]) -> OfferFilters:
    """Filters from query parameters; unknown values raise a ValidationError per field."""
    errors: dict[str, str] = {}
    values = read_filters(
        as_lists(params),
        multi=MULTI_FACETS,
        flags=FLAGS,
        allowed=lambda name: allowed_values(region, name),
        max_query_length=MAX_QUERY_LENGTH,
        errors=errors,
    )
    if errors:
        raise ValidationError(errors)
    return OfferFilters(**values)


def _open_at(moment: datetime.datetime) -> Q:
    local = timezone.localtime(moment)
    today, now = local.date(), local.time()
    # `weekday + 0`: tested per offer, the hours must be found through the offer's places.
    # SQLite, which keeps no statistics, would otherwise take the index on (weekday, opens,
    # closes) and read every opening of the day for each offer (25 s at 100,000 offers).
    hours = (
        OpeningHours.objects.alias(day=F("weekday") + 0).filter(
            location__offer=OuterRef("pk"), day=today.weekday(), opens__lte=now, closes__gt=now
        )
    ).exclude(
        Exists(
            OpeningException.objects.filter(location=OuterRef("location"), date=today, closed=True)
        )
    )
    special = OpeningException.objects.filter(
        location__offer=OuterRef("pk"), date=today, closed=False, opens__lte=now, closes__gt=now
    )
    return Q(Exists(hours)) | Q(Exists(special))


def _open_now_candidates(
    filters: OfferFilters, moment: datetime.datetime
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The index tokens of offers open at some time in this hour (regular hours or a special
    opening today); `_open_at` then tests the minutes on these few only."""
    if not filters.open_now:
        return ()
    local = timezone.localtime(moment)
    slots = (search.open_slot(local.weekday(), local.hour), search.open_date(local.date()))
    return (("open_at", slots),)


def _chosen_facets(filters: OfferFilters) -> list[tuple[str, tuple[str, ...]]]:
    return [(name, getattr(filters, name)) for name in MULTI_FACETS if getattr(filters, name)]


def _flags_applied(
    offers: OfferQuerySet, filters: OfferFilters, now: datetime.datetime | None
) -> OfferQuerySet:
    if filters.free:
        offers = offers.filter(cost=Cost.FREE)
    if filters.step_free:
        offers = offers.filter(step_free=True)
    if filters.online:
        offers = offers.filter(online=True)
    if filters.open_now:
        offers = offers.filter(_open_at(now or timezone.now()))
    return offers


def _id_in(offers: OfferQuerySet, ids: Any, *, exclude: bool = False) -> OfferQuerySet:
    """Offers whose id is (not) in a subquery. SQLite, which keeps no statistics, would
    otherwise start from the subquery and read every row it names (wide: texts in 12
    languages) to check status and dates; with `id + 0` it walks the narrow index
    `offers_offer_public` (migration 0003) in the order of the results, and a query with a
    LIMIT stops as soon as it has enough."""
    if connection.vendor == "postgresql":
        return offers.exclude(pk__in=ids) if exclude else offers.filter(pk__in=ids)
    offers = offers.alias(unindexed_id=F("pk") + 0)
    if exclude:
        return offers.exclude(unindexed_id__in=ids)
    return offers.filter(unindexed_id__in=ids)


def filter_offers(
    offers: OfferQuerySet,
    region: Region,
    filters: OfferFilters,
    *,
    now: datetime.datetime | None = None,
) -> tuple[OfferQuerySet, bool]:
    """Apply the filters; returns the query set and whether it is ordered by relevance."""
    offers = _flags_applied(offers, filters, now)
    for name, chosen in _chosen_facets(filters):
        # An IN subquery: the database can start from the facet index.
        rows = OfferFacet.objects.filter(facet=name, value__in=chosen)
        offers = _id_in(offers, rows.values("offer_id"))
    query = search.parse_query(region, filters.q) if filters.q else None
    if query:
        # Relevance: offers whose title matches first, then the freshest entries.
        in_title = search.matching_ids(query, title_only=True)
        offers = _id_in(offers, search.matching_ids(query)).annotate(
            score=Case(When(pk__in=in_title, then=Value(1)), default=Value(0))
        )
        return offers.order_by("-score", "-last_confirmed_at", "-pk"), True
    return offers, False


def public_offers(
    region: Region, filters: OfferFilters, *, now: datetime.datetime | None = None
) -> OfferQuerySet:
    """What a reader finds: published, valid offers matching the filters, best first."""
    moment = now or timezone.now()
    offers = Offer.objects.for_region(region).published(timezone.localdate(moment))
    offers, ranked = filter_offers(offers, region, filters, now=moment)
    if not ranked:
        offers = offers.order_by(*RECENT_FIRST)
    return offers


RECENT_FIRST = ["-last_confirmed_at", "-pk"]
COUNT_LIMIT = 200


@dataclass(frozen=True)
class ResultPage:
    """One page of a public search: the offer ids in order, how many offers match, counted
    up to `COUNT_LIMIT` (`count_capped` when there are more), and whether more follow this
    page."""

    ids: list[int]
    count: int
    count_capped: bool
    more: bool


def public_offer_page(
    region: Region,
    filters: OfferFilters,
    *,
    offset: int,
    limit: int,
    now: datetime.datetime | None = None,
) -> ResultPage:
    """The results of `public_offers`, one page of them, with a capped count. The search
    index carries the filters and the public order (see `search.write_entry`), so each
    query here stops after the first `max(offset + limit + 1, COUNT_LIMIT + 1)` matches,
    which give the page, the count and whether more follow: a search costs about as much in
    100,000 offers as in 1,000. With a text, the title matches come first, then the others,
    in two such queries (the second only when the title matches do not fill the need).
    Offers confirmed within the same minute may come in another order than in
    `public_offers` (by id instead of by the second)."""
    moment = now or timezone.now()
    wanted = search.PublicSearch(
        region_id=region.pk,
        today=timezone.localdate(moment),
        query=search.parse_query(region, filters.q) if filters.q else None,
        facets=tuple(_chosen_facets(filters)) + _open_now_candidates(filters, moment),
        flags=tuple(name for name in ["free", "step_free", "online"] if getattr(filters, name)),
        offer_filter=_open_at(moment) if filters.open_now else None,
    )
    needed = max(offset + limit + 1, COUNT_LIMIT + 1)
    with search.index_only():
        if not wanted.query:
            ordered = wanted.ids(limit=needed)
        else:
            ordered = wanted.ids(limit=needed, part=search.Part.TITLE)
            if len(ordered) < needed:
                # These are all title matches; the others follow. Title words are words of
                # the whole text too, so the first matches of the text hold enough others.
                titled = set(ordered)
                every = wanted.ids(limit=needed + len(ordered))
                ordered += [pk for pk in every if pk not in titled][: needed - len(ordered)]
    return ResultPage(
        ids=ordered[offset : offset + limit],
        count=min(len(ordered), COUNT_LIMIT),
        count_capped=len(ordered) > COUNT_LIMIT,
        more=len(ordered) > offset + limit,
    )


def offer_for_reader(region: Region, offer_id: int) -> Offer | None:
    return Offer.objects.for_region(region).published().with_relations().filter(pk=offer_id).first()


OFFICE_SORTS = {
    "updated": "-updated_at",
    "confirmed": "last_confirmed_at",
    "created": "-created_at",
}


def office_offers(region: Region, user: Any, params: Mapping[str, Any]) -> OfferQuerySet:
    """The office list: staff see all offers of the region, partners their own.
    `params` is a QueryDict: q, status, organisation (id), stale (1), problems (1), the
    public facets, sort. Unknown values are ignored: this is a working list, not an API."""
    offers = Offer.objects.for_region(region).select_related("organisation")
    if not user.has_perm("office.manage_offers", region):
        offers = offers.filter(organisation__memberships__user=user)
    status = params.get("status", "")
    if status in OfferStatus.values:
        offers = offers.filter(status=status)
    organisation = params.get("organisation", "")
    if organisation.isdigit():
        offers = offers.filter(organisation_id=int(organisation))
    if params.get("stale") == "1":
        offers = offers.stale(region)
    if params.get("problems") == "1":
        offers = offers.filter(problem_reports__status=ProblemReportStatus.OPEN).distinct()
    getlist = getattr(params, "getlist", None)
    facet_params = {
        name: getlist(name) if getlist else [params[name]]
        for name in [*MULTI_FACETS, "q"]
        if name in params
    }
    try:
        filters = parse_filters(region, facet_params)
    except ValidationError:
        filters = OfferFilters()
    offers, ranked = filter_offers(offers, region, filters)
    if not ranked:
        offers = offers.order_by(OFFICE_SORTS.get(params.get("sort", ""), "-updated_at"), "-pk")
    return offers
