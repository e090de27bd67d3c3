"""Reads of the directory of offers: the public search with its filters."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

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
class OfferFilters:
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

    def params(self) -> list[tuple[str, str]]:
        pairs: list[tuple[str, str]] = [("q", self.q)] if self.q else []
        for name in MULTI_FACETS:
            pairs += [(name, value) for value in getattr(self, name)]
        pairs += [(name, "1") for name in FLAGS if getattr(self, name)]
        return pairs

    def querystring(self) -> str:
        return urlencode(self.params())

    def toggled(self, name: str, value: str = "1") -> str:
        """The query string with one filter value switched on or off."""
        change: dict[str, Any]
        if name in FLAGS:
            change = {name: not getattr(self, name)}
        else:
            values: tuple[str, ...] = getattr(self, name)
            change = {
                name: tuple(v for v in values if v != value)
                if value in values
                else (*values, value)
            }
        return replace(self, **change).querystring()

    def is_on(self, name: str, value: str = "1") -> bool:
        if name in FLAGS:
            return bool(getattr(self, name))
        return value in getattr(self, name)


def _flag(raw: str, name: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"", "0", "false", "no", "off"}:
        return False
    raise ValidationError({name: _("Use 1 or 0.")})


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
    getlist = getattr(params, "getlist", None)
    if getlist is not None:  # a QueryDict: .get() would give only the last value
        params = {name: getlist(name) for name in params}
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    q = " ".join((params.get("q") or [""])[-1].split())
    if len(q) > MAX_QUERY_LENGTH:
        errors["q"] = _("The search text is too long.")
    values["q"] = q
    for name in MULTI_FACETS:
        given = tuple(dict.fromkeys(v.strip() for v in params.get(name, []) if v.strip()))
        options = allowed_values(region, name) if given else None
        wrong = [v for v in given if (v not in options if options is not None else len(v) > 20)]
        if wrong:
            errors[name] = _("Unknown value: %s") % ", ".join(wrong)
        values[name] = given
    for name in FLAGS:
        try:
            values[name] = _flag((params.get(name) or [""])[-1], name)
        except ValidationError as error:
            errors[name] = error.messages[0]
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


def _facets_applied(
    offers: OfferQuerySet, filters: OfferFilters, now: datetime.datetime | None
) -> OfferQuerySet:
    for name in MULTI_FACETS:
        chosen = getattr(filters, name)
        if chosen:
            offers = _id_in(
                offers, OfferFacet.objects.filter(facet=name, value__in=chosen).values("offer_id")
            )
    if filters.free:
        offers = offers.filter(cost=Cost.FREE)
    if filters.step_free:
        offers = offers.filter(step_free=True)
    if filters.online:
        offers = offers.filter(online=True)
    if filters.open_now:
        offers = offers.filter(_open_at(now or timezone.now()))
    return offers


def _id_in(offers: OfferQuerySet, ids: Any) -> OfferQuerySet:
    """Offers whose id is in a subquery. SQLite, which keeps no statistics, would otherwise
    start from the subquery and read every matching row (wide: texts in 12 languages) to
    check status and dates; with `id + 0` it walks the narrow index `offers_offer_public`
    in the order of the results (migration 0003) and stops as soon as it has a page."""
    if connection.vendor == "postgresql":
        return offers.filter(pk__in=ids)
    return offers.alias(unindexed_id=F("pk") + 0).filter(unindexed_id__in=ids)


def _id_not_in(offers: OfferQuerySet, ids: Any) -> OfferQuerySet:
    if connection.vendor == "postgresql":
        return offers.exclude(pk__in=ids)
    return offers.alias(unindexed_id=F("pk") + 0).exclude(unindexed_id__in=ids)


def filter_offers(
    offers: OfferQuerySet,
    region: Region,
    filters: OfferFilters,
    *,
    now: datetime.datetime | None = None,
) -> tuple[OfferQuerySet, bool]:
    """Apply the filters; returns the query set and whether it is ordered by relevance."""
    offers = _facets_applied(offers, filters, now)
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
COUNT_LIMIT = 1000


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
    """The same results as `public_offers`, one page of them, with a capped count. Every
    query reads the results in order and stops after a page (or after `COUNT_LIMIT` for the
    count), so that a frequent word costs about as much in 100,000 offers as in 1,000."""
    moment = now or timezone.now()
    offers = _facets_applied(
        Offer.objects.for_region(region).published(timezone.localdate(moment)), filters, moment
    )
    query = search.parse_query(region, filters.q) if filters.q else None
    if query:
        offers = _id_in(offers, search.matching_ids(query))
        ids = _title_matches_first(
            offers, search.matching_ids(query, title_only=True), offset, limit
        )
    else:
        ids = _ids(offers, offset, limit)
    matching = offers.order_by().values("pk")[: COUNT_LIMIT + 1].count()
    return ResultPage(
        ids=ids, count=min(matching, COUNT_LIMIT), count_capped=matching > COUNT_LIMIT
    )


def _ids(offers: OfferQuerySet, offset: int, limit: int) -> list[int]:
    return list(
        offers.order_by(*RECENT_FIRST).values_list("pk", flat=True)[offset : offset + limit]
    )


def _title_matches_first(
    offers: OfferQuerySet, in_title: Any, offset: int, limit: int
) -> list[int]:
    """Offers matching in the title, then the others, each freshest first; as two queries
    that stop after a page, instead of ranking every match."""
    ids = _ids(_id_in(offers, in_title), offset, limit)
    if len(ids) == limit:
        return ids
    if ids or not offset:
        titled = offset + len(ids)
    else:
        titled = _id_in(offers, in_title).order_by().values("pk")[:offset].count()
    return ids + _ids(_id_not_in(offers, in_title), max(offset - titled, 0), limit - len(ids))


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
