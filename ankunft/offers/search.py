"""Full-text search over offers in all of a region's languages.

Texts are normalised here, in Python, the same way for the index and for queries; the
database engine only stores and intersects plain tokens: an FTS5 table on SQLite, a tsvector
with a GIN index on PostgreSQL (created in migration 0002). On top of that:

- prefix matching, and a light stemming of long words, so that inflected forms meet;
- German compounds: long German words are also indexed by their tails ("integrationskurs"
  also as "kurs"), and a query word that is a compound of two known words is split
  ("deutschkurs" -> "deutsch" and "kurs", both words of the vocabulary);
- typos: a query word that matches nothing is replaced by the nearest words of the region's
  vocabulary (Levenshtein distance 1, or 2 for long words).
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import enum
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction
from django.db.models import Max, Q
from django.db.models.expressions import RawSQL
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ankunft.core.models import Region
from ankunft.offers.models import Offer, OfferStatus, SearchTerm

MIN_TOKEN = 2
COMPOUND_MIN_WORD = 8
COMPOUND_MIN_PART = 4
COMPOUND_MIN_HEAD = 5
STEM_MIN = 7
MAX_QUERY_WORDS = 8
MAX_TERM = 80  # SearchTerm.term
MAX_EXPANSION = 32  # tokens a prefix is replaced by, at most
ARABIC_ARTICLE = "ال"
_WORD = re.compile(r"\w+", re.UNICODE)
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_GERMAN_LIKE = {"de", "de-simple", "nl", "da", "sv", "nb", "no", "lb"}


def normalise(text: str) -> str:
    """Case-fold, drop diacritics and Arabic vowel marks, unify Arabic letter forms."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    stripped = stripped.replace("ـ", "")  # Arabic tatweel
    return unicodedata.normalize("NFC", stripped.translate(_ARABIC_LETTERS))


def _strip_article(word: str) -> str:
    if word.startswith(ARABIC_ARTICLE) and len(word) > len(ARABIC_ARTICLE) + 2:
        return word[len(ARABIC_ARTICLE) :]
    return word


def words(text: str) -> list[str]:
    """The normalised words of a text (markup removed)."""
    plain = re.sub(r"<[^>]*>", " ", text)
    return [
        _strip_article(word)
        for word in _WORD.findall(normalise(plain).replace("_", " "))
        if len(word) >= MIN_TOKEN
    ]


def compound_tails(word: str) -> list[str]:
    """The tails of a long German word that could be the last part of a compound."""
    if len(word) < COMPOUND_MIN_WORD or not word.isalpha():
        return []
    return [word[i:] for i in range(3, len(word) - COMPOUND_MIN_PART + 1)]


def _hyphen_joins(text: str) -> list[str]:
    """ "Deutsch-Kurs" is also indexed as "deutschkurs"."""
    return [
        normalise(match.group(0)).replace("-", "")
        for match in re.finditer(r"\w+(?:-\w+)+", text, re.UNICODE)
    ]


@dataclass
class IndexDocument:
    """The tokens of an offer; `vocabulary` holds its words, `tails` the compound tails
    indexed besides them (both go into `SearchTerm`, to expand prefixes)."""

    title: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    vocabulary: set[str] = field(default_factory=set)
    tails: set[str] = field(default_factory=set)

    def add(self, text: str, language: str, *, is_title: bool = False) -> None:
        found = words(text) + _hyphen_joins(text)
        self.vocabulary.update(word for word in found if len(word) <= MAX_TERM)
        if language.split("-")[0] in _GERMAN_LIKE:
            tails = [tail for word in found for tail in compound_tails(word)]
            self.tails.update(tail for tail in tails if len(tail) <= MAX_TERM)
            found += tails
        (self.title if is_title else self.body).extend(found)


def build_document(
    *,
    titles: Mapping[str, str],
    texts: Iterable[tuple[str, str]],
) -> IndexDocument:
    """`titles` per language; `texts` as (language, text) pairs for everything else."""
    document = IndexDocument()
    for language, title in titles.items():
        document.add(title, language, is_title=True)
    for language, text in texts:
        document.add(text, language)
    return document


# --- Queries -------------------------------------------------------------------------------

Alternative = tuple[str, ...]  # prefix terms that must all match


@dataclass(frozen=True)
class SearchQuery:
    """AND over clauses; each clause is an OR over alternatives; an alternative is an AND of
    prefix terms. `expansions` replaces a prefix by the tokens of the vocabulary that start
    with it: engines match a few exact tokens much faster than a prefix of many (SQLite
    merges the postings of every token of a prefix before it can stop after a page)."""

    clauses: tuple[tuple[Alternative, ...], ...]
    expansions: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def __bool__(self) -> bool:
        return bool(self.clauses)

    def as_fts5(self) -> str:
        def term(prefix: str) -> str:
            if prefix in self.expansions:
                return "(" + " OR ".join(f'"{token}"' for token in self.expansions[prefix]) + ")"
            return f'"{prefix}"*'

        def alternative(terms: Alternative) -> str:
            return "(" + " AND ".join(term(prefix) for prefix in terms) + ")"

        return " AND ".join(
            "(" + " OR ".join(alternative(alt) for alt in clause) + ")" for clause in self.clauses
        )

    def as_tsquery(self, *, title: bool = False) -> str:
        """PostgreSQL; with `title`, the words marked as title words (see `write_entry`)."""
        mark = TITLE_MARK if title else ""

        def term(prefix: str) -> str:
            if prefix in self.expansions:
                return (
                    "(" + " | ".join(f"'{mark}{token}'" for token in self.expansions[prefix]) + ")"
                )
            return f"'{mark}{prefix}':*"

        def alternative(terms: Alternative) -> str:
            return "(" + " & ".join(term(prefix) for prefix in terms) + ")"

        return " & ".join(
            "(" + " | ".join(alternative(alt) for alt in clause) + ")" for clause in self.clauses
        )


def stem(word: str) -> str:
    """Drop a short ending of a long word so that inflected forms share a prefix."""
    if len(word) >= STEM_MIN:
        return word[: max(STEM_MIN - 2, len(word) - 2)]
    return word


class Vocabulary:
    """The region's indexed words and compound tails, read from `SearchTerm`."""

    def __init__(self, region: Region) -> None:
        self.region = region

    def expand(self, prefixes: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """The tokens starting with each prefix, up to `MAX_EXPANSION` + 1 (more means too
        many to list), in one query."""
        wanted = list(dict.fromkeys(prefixes))
        if not wanted:
            return {}
        select = (
            "SELECT * FROM (SELECT term FROM offers_searchterm WHERE region_id = %s "
            "AND term >= %s AND term < %s ORDER BY term LIMIT %s) AS t{}"
        )
        sql = " UNION ALL ".join(select.format(number) for number in range(len(wanted)))
        params: list[Any] = []
        for prefix in wanted:
            params += [self.region.pk, prefix, prefix + "\U0010ffff", MAX_EXPANSION + 1]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            found = sorted({row[0] for row in cursor.fetchall()})
        return {
            prefix: tuple(token for token in found if token.startswith(prefix)) for prefix in wanted
        }

    def known(self, candidates: set[str]) -> set[str]:
        """Those of the candidates that are words of the vocabulary (one query)."""
        return set(
            SearchTerm.objects.filter(
                region=self.region, term__in=candidates, is_word=True
            ).values_list("term", flat=True)
        )

    def nearest(self, word: str) -> list[str]:
        limit = 1 if len(word) < 8 else 2
        by_length = _cached_terms(self.region)
        # Only words whose length is within the distance can be that near.
        candidates = [
            term
            for length in range(len(word) - limit, len(word) + limit + 1)
            for term in by_length.get(length, [])
        ]
        matches = process.extract(
            word, candidates, scorer=Levenshtein.distance, score_cutoff=limit, limit=3
        )
        return [term for term, _distance, _index in matches]


_TERM_CACHE: dict[int, tuple[int, dict[int, list[str]]]] = {}


def _cached_terms(region: Region) -> dict[int, list[str]]:
    """All terms of the region by their length, kept per process until a term is added."""
    latest = SearchTerm.objects.filter(region=region).aggregate(latest=Max("id"))["latest"] or 0
    cached = _TERM_CACHE.get(region.pk)
    if cached is None or cached[0] != latest:
        by_length: dict[int, list[str]] = {}
        words = SearchTerm.objects.filter(region=region, is_word=True)
        for term in words.values_list("term", flat=True):
            by_length.setdefault(len(term), []).append(term)
        _TERM_CACHE[region.pk] = (latest, by_length)
        return by_length
    return cached[1]


def _compound_candidates(word: str) -> list[tuple[str, str]]:
    """(head, tail) cuts of a word, longest head first; a linking "s" drops from the head."""
    cuts = []
    for cut in range(len(word) - COMPOUND_MIN_PART, COMPOUND_MIN_HEAD - 1, -1):
        head, tail = word[:cut], word[cut:]
        if head.endswith("s") and len(head) > COMPOUND_MIN_HEAD:
            cuts.append((head[:-1], tail))  # the linking "s" of "Integration-s-kurs"
        cuts.append((head, tail))
    return cuts


def _compound_split(word: str, vocabulary: Vocabulary) -> list[Alternative]:
    """The split into two words of the vocabulary with the longest head, if there is one.
    Both parts must be whole words, so that "beratung" does not become "bera" + "tung"."""
    cuts = _compound_candidates(word)
    known = vocabulary.known({part for cut in cuts for part in cut})
    for head, tail in cuts:
        if head in known and tail in known:
            return [(head, tail)]
    return []


def parse_query(region: Region, text: str) -> SearchQuery:
    vocabulary = Vocabulary(region)
    query_words = list(dict.fromkeys(words(text)))[:MAX_QUERY_WORDS]
    expanded = vocabulary.expand(stem(word) for word in query_words)
    clauses: list[tuple[Alternative, ...]] = []
    for word in query_words:
        alternatives: list[Alternative] = []
        prefix = stem(word)
        if expanded[prefix]:
            alternatives.append((prefix,))
        if len(word) >= COMPOUND_MIN_WORD and word.isalpha():
            alternatives += _compound_split(word, vocabulary)
        if not alternatives:
            alternatives = [(term,) for term in vocabulary.nearest(word)] or [(word,)]
        clauses.append(tuple(dict.fromkeys(alternatives)))
    others = {term for clause in clauses for alt in clause for term in alt} - set(expanded)
    expanded |= vocabulary.expand(sorted(others))
    return SearchQuery(
        clauses=tuple(clauses),
        expansions={
            prefix: tokens
            for prefix, tokens in expanded.items()
            if tokens and len(tokens) <= MAX_EXPANSION
        },
    )


# --- The index table ------------------------------------------------------------------------
# One row per offer: its words, its title words apart, and as tokens its region and the values
# the filters ask for (theme, category, district, ..., free, step-free, online). So one
# full-text query applies the text and every filter at once, and the engine intersects posting
# lists instead of joining tables. Each row also knows the offer's place in the public order
# (`rank_key`: most recently confirmed first, then the newest id):
# - SQLite: the FTS5 rowid *is* the rank key, so `ORDER BY rowid DESC LIMIT n` walks the
#   matches in public order and stops after n, however many offers match. The table
#   `offers_search_key` remembers each offer's current key, to replace its row.
# - PostgreSQL: a tsvector with a GIN index; rank, region, status and validity are columns of
#   the same narrow row (the tsvector lives out of line), so sorting the matches reads no
#   other table.


RANK_EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
ID_BITS = 38
ID_MASK = (1 << ID_BITS) - 1
MAX_RANK_MINUTES = (1 << (63 - ID_BITS)) - 1  # the year 2063
TITLE_MARK = "^"  # PostgreSQL: title words are indexed a second time with this mark


def rank_key(confirmed: datetime.datetime, offer_id: int) -> int:
    """Sorts like (last confirmed to the minute, id); fits a signed 64-bit integer."""
    if not 0 < offer_id <= ID_MASK:
        raise ValueError(f"offer id {offer_id} does not fit the rank key")
    minutes = int((confirmed - RANK_EPOCH).total_seconds() // 60)
    return (min(max(minutes, 0), MAX_RANK_MINUTES) << ID_BITS) | offer_id


def facet_token(facet: str, value: str) -> str:
    """The token of a filter value. SQLite keeps them in a column of their own, in letters
    and digits only (its tokenizer splits at anything else); PostgreSQL in the one tsvector,
    starting with "=", which no query word can produce."""
    if connection.vendor == "postgresql":
        return f"={facet}={value}"
    encoded = base64.b32encode(value.encode()).decode().rstrip("=").lower()
    return f"f{facet.replace('_', '')}0{encoded}"


def open_slot(weekday: int, hour: int) -> str:
    """The value of facet "open_at" for "open at some time in this hour of this weekday"
    (0 is Monday)."""
    return f"{weekday}h{hour:02d}"


def open_date(date: datetime.date) -> str:
    """The value of facet "open_at" for "open at some time on this date by an exception"."""
    return date.isoformat()


def region_token(region_id: int) -> str:
    return facet_token("region", str(region_id))


@dataclass(frozen=True)
class EntryState:
    """What decides whether and where an offer is listed publicly."""

    offer_id: int
    region_id: int
    published: bool
    valid_from: datetime.date | None
    valid_until: datetime.date | None
    confirmed: datetime.datetime

    @property
    def key(self) -> int:
        return rank_key(self.confirmed, self.offer_id)

    @classmethod
    def of(cls, offer: Offer) -> EntryState:
        return cls(
            offer_id=offer.pk,
            region_id=offer.region_id,
            published=offer.status == OfferStatus.PUBLISHED,
            valid_from=offer.valid_from,
            valid_until=offer.valid_until,
            confirmed=offer.last_confirmed_at,
        )


def write_entry(
    state: EntryState, document: IndexDocument, facets: Iterable[tuple[str, str]]
) -> None:
    """Replace the index row of an offer."""
    tokens = sorted({region_token(state.region_id), *(facet_token(f, v) for f, v in facets)})
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            lexemes = {*document.title, *document.body, *tokens}
            lexemes |= {TITLE_MARK + word for word in document.title}
            cursor.execute(
                "INSERT INTO offers_search "
                "(rowid, rank, published, valid_from, valid_until, region_id, document) "
                "VALUES (%s, %s, %s, %s, %s, %s, array_to_tsvector(%s::text[])) "
                "ON CONFLICT (rowid) DO UPDATE SET rank = EXCLUDED.rank, "
                "published = EXCLUDED.published, valid_from = EXCLUDED.valid_from, "
                "valid_until = EXCLUDED.valid_until, region_id = EXCLUDED.region_id, "
                "document = EXCLUDED.document",
                [
                    state.offer_id,
                    state.key,
                    state.published,
                    state.valid_from,
                    state.valid_until,
                    state.region_id,
                    sorted(lexemes),
                ],
            )
            return
        _sqlite_delete(cursor, state.offer_id)
        cursor.execute(
            "INSERT INTO offers_search (rowid, document, title, facets) VALUES (%s, %s, %s, %s)",
            [
                state.key,
                " ".join(document.title + document.body),
                " ".join(document.title),
                " ".join(tokens),
            ],
        )
        _sqlite_remember(cursor, state)


def write_state(state: EntryState) -> None:
    """Move an offer's index row after a change of status, validity or confirmation."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "UPDATE offers_search SET rank = %s, published = %s, valid_from = %s, "
                "valid_until = %s WHERE rowid = %s",
                [state.key, state.published, state.valid_from, state.valid_until, state.offer_id],
            )
            return
        # Status and validity are read from the offer; only the rowid (the rank) moves.
        cursor.execute("SELECT key FROM offers_search_key WHERE offer_id = %s", [state.offer_id])
        found = cursor.fetchone()
        if found is None or found[0] == state.key:
            return
        cursor.execute(
            "INSERT INTO offers_search (rowid, document, title, facets) "
            "SELECT %s, document, title, facets FROM offers_search WHERE rowid = %s",
            [state.key, found[0]],
        )
        cursor.execute("DELETE FROM offers_search WHERE rowid = %s", [found[0]])
        _sqlite_remember(cursor, state)


def _sqlite_delete(cursor: Any, offer_id: int) -> None:
    cursor.execute(
        "DELETE FROM offers_search WHERE rowid = "
        "(SELECT key FROM offers_search_key WHERE offer_id = %s)",
        [offer_id],
    )


def _sqlite_remember(cursor: Any, state: EntryState) -> None:
    cursor.execute(
        "INSERT INTO offers_search_key (offer_id, key) VALUES (%s, %s) "
        "ON CONFLICT (offer_id) DO UPDATE SET key = excluded.key",
        [state.offer_id, state.key],
    )


def delete_orphans() -> None:
    """Remove index rows of deleted offers (the index tables have no foreign keys)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "DELETE FROM offers_search WHERE rowid NOT IN (SELECT id FROM offers_offer)"
            )
            return
        cursor.execute(
            "DELETE FROM offers_search WHERE rowid IN (SELECT key FROM offers_search_key "
            "WHERE offer_id NOT IN (SELECT id FROM offers_offer))"
        )
        cursor.execute(
            "DELETE FROM offers_search_key WHERE offer_id NOT IN (SELECT id FROM offers_offer)"
        )


# --- Office lists: the ids matching a query --------------------------------------------------


# From migration 0005: the match may use only the GIN index (see there).
PG_MATCH = "SELECT rowid FROM offers_search_document((%s)::tsquery) AS rowid"
SQLITE_MATCH = f"SELECT rowid & {ID_MASK} FROM offers_search WHERE offers_search MATCH %s"  # noqa: S608


def matching_ids(query: SearchQuery, *, title_only: bool = False) -> RawSQL:
    """A subquery of the ids of offers matching the query (in the title only, if asked).
    The engine evaluates it once; a join would make SQLite run the FTS query per row."""
    # Constant SQL; the query text is always a bound parameter.
    if connection.vendor == "postgresql":
        return RawSQL(PG_MATCH, [query.as_tsquery(title=title_only)])  # noqa: S611
    column = "title" if title_only else "document"
    return RawSQL(SQLITE_MATCH, [f"{{{column}}} : ({query.as_fts5()})"])  # noqa: S611


# --- The public search -----------------------------------------------------------------------


class Part(enum.Enum):
    """Which matches of a text query: all, or those matching in the title."""

    ALL = "all"
    TITLE = "title"


@dataclass(frozen=True)
class PublicSearch:
    """Published offers of a region valid on `today`, matching the text query (if any), at
    least one value of each facet, every flag, and, if given, the condition `offer_filter`
    on the offer (such as "open now", which no token can hold)."""

    region_id: int
    today: datetime.date
    query: SearchQuery | None = None
    facets: tuple[tuple[str, tuple[str, ...]], ...] = ()
    flags: tuple[str, ...] = ()
    offer_filter: Q | None = None

    def ids(self, *, limit: int, part: Part = Part.ALL) -> list[int]:
        """The first `limit` offer ids in public order (most recently confirmed first)."""
        if connection.vendor == "postgresql":
            sql, params = self._pg_select(part)
            order = "rank DESC"
        else:
            sql, params = self._sqlite_select(part)
            order = "offers_search.rowid DESC"
        return [row[0] for row in _rows(f"{sql} ORDER BY {order} LIMIT %s", [*params, limit])]

    def _filter_tokens(self) -> list[list[str]]:
        """AND over the inner lists, OR within each. The region is checked on the row (or
        the offer): intersecting the postings with a token that every offer of a large
        region has would cost more than it saves (twice the time at 100,000 offers). The
        token only serves when nothing else is asked for."""
        groups = [[facet_token(name, value) for value in values] for name, values in self.facets]
        groups += [[facet_token("flag", flag)] for flag in self.flags]
        if not groups and not self.query:
            groups.append([region_token(self.region_id)])
        return groups

    def _sqlite_select(self, part: Part) -> tuple[str, list[Any]]:
        conditions = []
        if groups := self._filter_tokens():
            filters = " AND ".join(
                "(" + " OR ".join(f'"{token}"' for token in group) + ")" for group in groups
            )
            conditions.append(f"{{facets}} : ({filters})")
        if self.query:
            column = "title" if part is Part.TITLE else "document"
            conditions.append(f"{{{column}}} : ({self.query.as_fts5()})")
        match = " AND ".join(conditions)
        offer_id = f"(offers_search.rowid & {ID_MASK})"
        # The offer's status and validity, from the narrow index of migration 0003.
        # Constants only; every value is a bound parameter.
        sql = (
            f"SELECT {offer_id} FROM offers_search WHERE offers_search MATCH %s "  # noqa: S608
            "AND EXISTS (SELECT 1 FROM offers_offer INDEXED BY offers_offer_by_id "
            f"WHERE offers_offer.id = {offer_id} AND offers_offer.region_id = %s "
            "AND offers_offer.status = %s "
            "AND (offers_offer.valid_from IS NULL OR offers_offer.valid_from <= %s) "
            "AND (offers_offer.valid_until IS NULL OR offers_offer.valid_until >= %s))"
        )
        today = self.today.isoformat()
        params: list[Any] = [match, self.region_id, OfferStatus.PUBLISHED.value, today, today]
        return self._with_offer_filter(sql, params, offer_id)

    def _pg_select(self, part: Part) -> tuple[str, list[Any]]:
        groups = [
            "(" + " | ".join(_tsquery_term(token) for token in group) + ")"
            for group in self._filter_tokens()
        ]
        if self.query:
            groups.append(self.query.as_tsquery(title=part is Part.TITLE))
        sql = (
            "SELECT rowid, rank FROM offers_search WHERE document @@ (%s)::tsquery "
            "AND region_id = %s AND published "
            "AND (valid_from IS NULL OR valid_from <= %s) "
            "AND (valid_until IS NULL OR valid_until >= %s)"
        )
        params: list[Any] = [" & ".join(groups), self.region_id, self.today, self.today]
        if self.offer_filter is None:
            return sql, params
        # PostgreSQL would test the condition on every match before sorting them; sorted
        # first (the subquery, kept apart by OFFSET 0, is cheap to sort), the condition is
        # tested only until the LIMIT is reached. `sql` holds constants; values are bound.
        candidates = f"SELECT rowid, rank FROM ({sql} ORDER BY rank DESC OFFSET 0) AS candidates"  # noqa: S608
        return self._with_offer_filter(f"{candidates} WHERE TRUE", params, "candidates.rowid")

    def _with_offer_filter(
        self, sql: str, params: list[Any], offer_id: str
    ) -> tuple[str, list[Any]]:
        """Add `offer_filter`, tested for the offer of each row (`offer_id`, an SQL
        expression): only the rows the search reads, not every offer."""
        if self.offer_filter is None:
            return sql, params
        # `offer_id` is one of two constant expressions of this class.
        row_offer = RawSQL(offer_id, [])  # noqa: S611
        offer = Offer.objects.filter(self.offer_filter, pk=row_offer).values("pk")
        condition, extra = offer.query.sql_with_params()
        return f"{sql} AND EXISTS ({condition})", [*params, *extra]


def _rows(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


@contextlib.contextmanager
def index_only() -> Iterator[None]:
    """Around the statements of a public search: PostgreSQL must take the GIN index. The
    planner does not know that testing the out-of-line tsvector row by row costs far more
    than it assumes, and with a LIMIT it would rather scan the table (10 ms instead of 1 at
    100,000 offers). One transaction, so that the settings cost two statements per search."""
    if connection.vendor != "postgresql":
        yield
        return
    nested = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        # No JIT either: these statements take milliseconds, compiling them takes more.
        cursor.execute(
            "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL jit = off"
        )
        yield
        if nested:
            # Later statements of the longer transaction plan as usual again (a failure
            # rolls the settings back with the savepoint; a commit ends them anyway).
            cursor.execute("RESET enable_seqscan; RESET enable_indexscan; RESET jit")


def _tsquery_term(token: str) -> str:
    return "'" + token.replace("'", "''") + "'"
