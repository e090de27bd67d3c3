"""Reads of the directory of offers: the public search with its filters."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
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
    hours = OpeningHours.objects.filter(
        location__offer=OuterRef("pk"), weekday=today.weekday(), opens__lte=now, closes__gt=now
    ).exclude(
        Exists(
            OpeningException.objects.filter(location=OuterRef("location"), date=today, closed=True)
        )
    )
    special = OpeningException.objects.filter(
        location__offer=OuterRef("pk"), date=today, closed=False, opens__lte=now, closes__gt=now
    )
    return Q(Exists(hours)) | Q(Exists(special))


@dataclass
class _IdSet:
    """Offer ids the results must be among: as a subquery (`ids`), as a test of one offer
    when the engine can make it cheaply (`test`, an EXISTS on an index), and their number
    up to a limit (`size`, counted or estimated once), from which `_Plan` chooses where to
    start."""

    ids: Any
    counter: Callable[[int], int]
    test: Any = None  # a boolean expression on the offer
    counted: dict[int, int] = field(default_factory=dict)

    def size(self, limit: int) -> int:
        if limit not in self.counted:
            self.counted[limit] = self.counter(limit)
        return self.counted[limit]


def _facet_sets(filters: OfferFilters) -> list[_IdSet]:
    return [
        _facet_set(name, getattr(filters, name)) for name in MULTI_FACETS if getattr(filters, name)
    ]


def _facet_set(name: str, chosen: tuple[str, ...]) -> _IdSet:
    rows = OfferFacet.objects.filter(facet=name, value__in=chosen)

    def size(limit: int) -> int:
        return rows[:limit].count()

    # An IN subquery: the database can start from the facet index.
    return _IdSet(rows.values("offer_id"), size, Exists(rows.filter(offer=OuterRef("pk"))))


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
    for facet in _facet_sets(filters):
        offers = _id_in(offers, facet.ids)
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
# SQLite counts the ids of a set no further than this to choose where to start.
SET_SIZE_LIMIT = 20_000
BY_ID_INDEX = "offers_offer_by_id"
WALKING_COST = 10.0


@dataclass(frozen=True)
class ResultPage:
    """One page of a public search: the offer ids in order, and how many offers match,
    counted up to `COUNT_LIMIT` (`count_capped` when there are more)."""

    ids: list[int]
    count: int
    count_capped: bool


def public_offer_page(
    region: Region,
    filters: OfferFilters,
    *,
    offset: int,
    limit: int,
    now: datetime.datetime | None = None,
) -> ResultPage:
    """The same results as `public_offers`, one page of them, with a capped count, so that
    a search costs about as much in 100,000 offers as in 1,000: every query either stops
    after a page (or after `COUNT_LIMIT` for the count) or starts from a small set."""
    moment = now or timezone.now()
    offers = _flags_applied(
        Offer.objects.for_region(region).published(timezone.localdate(moment)), filters, moment
    )
    facets = _facet_sets(filters)
    query = search.parse_query(region, filters.q) if filters.q else None
    everything = _Plan(offers, [*facets, _text_set(query)] if query else facets)
    in_title = _text_set(query, title_only=True) if query else None
    if everything.starts_from_a_set(wanted=offset + limit):
        ordered = everything.all_ids(first=in_title)
        ids, matching = ordered[offset : offset + limit], len(ordered)
    elif in_title is None:
        ids = everything.ids(offset, limit)
        matching = everything.count(COUNT_LIMIT + 1)
    else:
        # One walk gives the count and, mostly, the page: the first title matches in it are
        # the first of all. Only when it holds too few of them, title matches and the
        # others are read separately.
        walked = everything.walk(COUNT_LIMIT + 1, first=in_title)
        matching = len(walked)
        titled = [pk for pk, in_title_too in walked if in_title_too]
        if len(titled) >= offset + limit or matching <= COUNT_LIMIT:
            others = [pk for pk, in_title_too in walked if not in_title_too]
            ids = (titled + others)[offset : offset + limit]
        else:
            titled_plan = _Plan(offers, [*facets, in_title], estimates=everything.estimates)
            ids = _title_matches_first(everything, titled_plan, in_title, offset, limit)
    return ResultPage(
        ids=ids, count=min(matching, COUNT_LIMIT), count_capped=matching > COUNT_LIMIT
    )


def _text_set(query: search.SearchQuery, *, title_only: bool = False) -> _IdSet:
    return _IdSet(
        search.matching_ids(query, title_only=title_only),
        lambda limit: search.match_count(query, limit, title_only=title_only),
        search.match_test(query, title_only=title_only),
    )


def _title_matches_first(
    everything: _Plan, titled: _Plan, in_title: _IdSet, offset: int, limit: int
) -> list[int]:
    """Offers matching in the title, then the others, each freshest first: two queries
    that stop after a page, instead of ranking every match."""
    # Called when a walk found few title matches: start from them.
    ids = titled.ids(offset, limit, start=in_title)
    if len(ids) == limit:
        return ids
    before = offset + len(ids) if ids or not offset else titled.count(offset)
    others = everything.excluding(in_title)
    return ids + others.ids(max(offset - before, 0), limit - len(ids))


@dataclass
class _Plan:
    """Offers restricted to id sets, and where the database should start.

    PostgreSQL plans from its statistics. SQLite keeps none, and reading an offer row means
    reading its texts in 12 languages, so SQLite is told the way, which avoids the table:
    either it walks the narrow index `offers_offer_public` in the order of the results and
    stops when it has a page (good when many offers match), or, when that would take
    longer, it starts from the smallest id set, checks each id in the narrow index
    `offers_offer_by_id` (named with INDEXED BY; SQLite would read the table by rowid) and
    returns all results at once. Facet sets are tested per offer on the facet index, text
    matches through one evaluation of the full-text query."""

    offers: OfferQuerySet
    sets: list[_IdSet]
    excluded: list[_IdSet] = field(default_factory=list)
    estimates: dict[str, int] = field(default_factory=dict)

    def excluding(self, id_set: _IdSet) -> _Plan:
        return _Plan(self.offers, self.sets, [*self.excluded, id_set], self.estimates)

    def starts_from_a_set(self, wanted: int) -> bool:
        return self._smallest_if_cheaper(wanted) is not None

    def all_ids(self, first: _IdSet | None = None) -> list[int]:
        """All results, those in `first` first, then the freshest."""
        start = self._smallest()
        offers = self._offers(start)
        order = RECENT_FIRST
        if first is not None:
            # Always the set: PostgreSQL would test every row with a scan of the table.
            offers = offers.alias(
                first=Case(When(pk__in=first.ids, then=Value(1)), default=Value(0))
            )
            order = ["-first", *RECENT_FIRST]
        page = offers.order_by(*order).values_list("pk", flat=True)
        return [row[0] for row in self._rows(page, start)]

    def walk(self, limit: int, first: _IdSet) -> list[tuple[int, bool]]:
        """The first `limit` results, freshest first, each with whether it is in `first`."""
        flagged = self._offers(None).annotate(
            first=Case(When(pk__in=first.ids, then=Value(1)), default=Value(0))
        )
        rows = flagged.order_by(*RECENT_FIRST).values_list("pk", "first")[:limit]
        return [(pk, bool(flag)) for pk, flag in self._rows(rows, None)]

    def ids(self, offset: int, limit: int, start: _IdSet | None = None) -> list[int]:
        """A page of results, freshest first, walking the offers in that order (or
        starting from the set `start`)."""
        page = self._offers(start).order_by(*RECENT_FIRST).values_list("pk", flat=True)
        return [row[0] for row in self._rows(page[offset : offset + limit], start)]

    def count(self, limit: int) -> int:
        """How many offers, counting no further than `limit` (SQLite: from the smallest
        set, which stops early when many of its ids match)."""
        start = self._smallest_if_cheaper(wanted=limit)
        # A count reads many entries: SQLite tests facets faster in a set built once.
        offers = self._offers(start, tests=connection.vendor != "sqlite")
        sql, params = self._sql(offers.order_by().values("pk")[:limit], start)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM ({sql}) AS counted", params)  # noqa: S608
            return int(cursor.fetchone()[0])

    def _smallest_if_cheaper(self, wanted: int) -> _IdSet | None:
        """The set to start from, or None to walk the offers in order. Walking reads about
        wanted / (share of offers that match) entries; starting from a set reads all of its
        ids. On PostgreSQL, walking tests the full-text match per offer, which costs about
        ten times as much as reading an id."""
        smallest = self._smallest()
        if smallest is None or smallest.size(SET_SIZE_LIMIT) >= SET_SIZE_LIMIT:
            return None
        size = smallest.size(SET_SIZE_LIMIT)
        if "total" not in self.estimates:
            self.estimates["total"] = max(_offer_count_estimate(), 1)
        total = self.estimates["total"]
        share = 1.0
        for id_set in self.sets:
            share *= min(id_set.size(SET_SIZE_LIMIT) / total, 1.0)
        walking_cost = WALKING_COST if connection.vendor == "postgresql" else 1.0
        walked = wanted / share * walking_cost if share else float("inf")
        return smallest if size < walked else None

    def _smallest(self) -> _IdSet | None:
        return min(self.sets, key=lambda id_set: id_set.size(SET_SIZE_LIMIT), default=None)

    def _offers(self, start: _IdSet | None, *, tests: bool = True) -> OfferQuerySet:
        offers = self.offers
        for id_set in self.sets:
            if id_set is start:
                offers = offers.filter(pk__in=id_set.ids)
            elif tests and id_set.test is not None:
                offers = offers.filter(id_set.test)
            else:
                offers = _id_in(offers, id_set.ids)
        for id_set in self.excluded:
            if id_set.test is not None:
                offers = offers.exclude(id_set.test)
            else:
                offers = _id_in(offers, id_set.ids, exclude=True)
        return offers

    def _rows(self, queryset: Any, start: _IdSet | None) -> list[tuple[Any, ...]]:
        sql, params = self._sql(queryset, start)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return list(cursor.fetchall())

    def _sql(self, queryset: Any, start: _IdSet | None) -> tuple[str, tuple[Any, ...]]:
        sql, params = queryset.query.sql_with_params()
        if start is not None and connection.vendor == "sqlite":
            table = f'FROM "{Offer._meta.db_table}"'
            sql = sql.replace(table, f'{table} INDEXED BY "{BY_ID_INDEX}"', 1)
        return sql, tuple(params)


def _offer_count_estimate() -> int:
    """About how many offers there are (all regions): the highest id, read from the end of
    the primary key."""
    return Offer.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


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
