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

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import BooleanField, Max
from django.db.models.expressions import RawSQL
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ankunft.core.models import Region
from ankunft.offers.models import SearchTerm

MIN_TOKEN = 2
COMPOUND_MIN_WORD = 8
COMPOUND_MIN_PART = 4
COMPOUND_MIN_HEAD = 5
STEM_MIN = 7
MAX_QUERY_WORDS = 8
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
    title: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    vocabulary: set[str] = field(default_factory=set)

    def add(self, text: str, language: str, *, is_title: bool = False) -> None:
        found = words(text) + _hyphen_joins(text)
        self.vocabulary.update(word for word in found if len(word) <= 80)
        if language.split("-")[0] in _GERMAN_LIKE:
            found += [tail for word in found for tail in compound_tails(word)]
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
    """AND over clauses; each clause is an OR over alternatives."""

    clauses: tuple[tuple[Alternative, ...], ...]

    def __bool__(self) -> bool:
        return bool(self.clauses)

    def as_fts5(self) -> str:
        def alternative(terms: Alternative) -> str:
            return "(" + " AND ".join(f'"{term}"*' for term in terms) + ")"

        return " AND ".join(
            "(" + " OR ".join(alternative(alt) for alt in clause) + ")" for clause in self.clauses
        )

    def as_tsquery(self) -> str:
        def alternative(terms: Alternative) -> str:
            return "(" + " & ".join(f"'{term}':*" for term in terms) + ")"

        return " & ".join(
            "(" + " | ".join(alternative(alt) for alt in clause) + ")" for clause in self.clauses
        )


def stem(word: str) -> str:
    """Drop a short ending of a long word so that inflected forms share a prefix."""
    if len(word) >= STEM_MIN:
        return word[: max(STEM_MIN - 2, len(word) - 2)]
    return word


class Vocabulary:
    """The region's indexed words, read from `SearchTerm`."""

    def __init__(self, region: Region) -> None:
        self.region = region

    def has_prefix(self, prefix: str) -> bool:
        return SearchTerm.objects.filter(
            region=self.region, term__gte=prefix, term__lt=prefix + "\U0010ffff"
        ).exists()

    def known(self, candidates: set[str]) -> set[str]:
        """Those of the candidates that are words of the vocabulary (one query)."""
        return set(
            SearchTerm.objects.filter(region=self.region, term__in=candidates).values_list(
                "term", flat=True
            )
        )

    def nearest(self, word: str) -> list[str]:
        limit = 1 if len(word) < 8 else 2
        matches = process.extract(
            word,
            _cached_terms(self.region),
            scorer=Levenshtein.distance,
            score_cutoff=limit,
            limit=3,
        )
        return [term for term, _distance, _index in matches]


_TERM_CACHE: dict[int, tuple[int, list[str]]] = {}


def _cached_terms(region: Region) -> list[str]:
    """All terms of the region, kept per process until a new term is indexed."""
    latest = SearchTerm.objects.filter(region=region).aggregate(latest=Max("id"))["latest"] or 0
    cached = _TERM_CACHE.get(region.pk)
    if cached is None or cached[0] != latest:
        terms = list(SearchTerm.objects.filter(region=region).values_list("term", flat=True))
        _TERM_CACHE[region.pk] = (latest, terms)
        return terms
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
    clauses: list[tuple[Alternative, ...]] = []
    for word in list(dict.fromkeys(words(text)))[:MAX_QUERY_WORDS]:
        alternatives: list[Alternative] = []
        prefix = stem(word)
        if vocabulary.has_prefix(prefix):
            alternatives.append((prefix,))
        if len(word) >= COMPOUND_MIN_WORD and word.isalpha():
            alternatives += _compound_split(word, vocabulary)
        if not alternatives:
            alternatives = [(term,) for term in vocabulary.nearest(word)] or [(word,)]
        clauses.append(tuple(dict.fromkeys(alternatives)))
    return SearchQuery(clauses=tuple(clauses))


# --- The index table ------------------------------------------------------------------------


def write_entry(offer_id: int, document: IndexDocument) -> None:
    title, body = " ".join(document.title), " ".join(document.title + document.body)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM offers_search WHERE rowid = %s", [offer_id])
        if connection.vendor == "postgresql":
            cursor.execute(
                "INSERT INTO offers_search (rowid, document, title) VALUES "
                "(%s, array_to_tsvector(%s::text[]), array_to_tsvector(%s::text[]))",
                [offer_id, list(set(document.title + document.body)), list(set(document.title))],
            )
        else:
            cursor.execute(
                "INSERT INTO offers_search (rowid, document, title) VALUES (%s, %s, %s)",
                [offer_id, body, title],
            )


# --- Matching -----------------------------------------------------------------------------


# Functions from migration 0004: the match may use only the GIN index.
PG_MATCH = "SELECT rowid FROM offers_search_document((%s)::tsquery) AS rowid"
PG_TITLE_MATCH = "SELECT rowid FROM offers_search_title((%s)::tsquery) AS rowid"
SQLITE_MATCH = "SELECT rowid FROM offers_search WHERE offers_search MATCH %s"


def matching_ids(query: SearchQuery, *, title_only: bool = False) -> RawSQL:
    """A subquery of the ids of offers matching the query (in the title only, if asked).
    The engine evaluates it once; a join would make SQLite run the FTS query per row."""
    # Constant SQL; the query text is always a bound parameter.
    if connection.vendor == "postgresql":
        sql = PG_TITLE_MATCH if title_only else PG_MATCH
        return RawSQL(sql, [query.as_tsquery()])  # noqa: S611
    text = query.as_fts5()
    if title_only:
        text = "{title} : (" + text + ")"
    return RawSQL(SQLITE_MATCH, [text])  # noqa: S611


# PostgreSQL: the match tested for one offer, through the primary key of the index table.
# Cheap while walking the offers in order when many of them match; the GIN index is for
# the other way round (`matching_ids`).
PG_MATCH_TEST = (
    "EXISTS (SELECT 1 FROM offers_search WHERE offers_search.rowid = offers_offer.id "
    "AND offers_search.document @@ (%s)::tsquery)"
)
PG_TITLE_MATCH_TEST = (
    "EXISTS (SELECT 1 FROM offers_search WHERE offers_search.rowid = offers_offer.id "
    "AND offers_search.title @@ (%s)::tsquery)"
)
PG_MATCH_ESTIMATE = (
    "EXPLAIN (FORMAT JSON) SELECT 1 FROM offers_search WHERE document @@ (%s)::tsquery"
)
PG_TITLE_MATCH_ESTIMATE = (
    "EXPLAIN (FORMAT JSON) SELECT 1 FROM offers_search WHERE title @@ (%s)::tsquery"
)


def match_test(query: SearchQuery, *, title_only: bool = False) -> RawSQL | None:
    """PostgreSQL: a condition on `offers_offer` that tests one offer for the match. SQLite
    would run the full-text query once per offer, so there is none there."""
    if connection.vendor != "postgresql":
        return None
    sql = PG_TITLE_MATCH_TEST if title_only else PG_MATCH_TEST
    return RawSQL(sql, [query.as_tsquery()], output_field=BooleanField())  # noqa: S611


def match_count(query: SearchQuery, limit: int, *, title_only: bool = False) -> int:
    """How many index entries match, counting no further than `limit`. PostgreSQL gives
    its planner's estimate (good for words, from the statistics of the tsvector column):
    counting would cost as much as the search."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            sql = PG_TITLE_MATCH_ESTIMATE if title_only else PG_MATCH_ESTIMATE
            cursor.execute(sql, [query.as_tsquery()])
            plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            return min(int(plan[0]["Plan"]["Plan Rows"]), limit)
        match = matching_ids(query, title_only=title_only)
        cursor.execute(
            f"SELECT COUNT(*) FROM ({match.sql} LIMIT %s) AS matches",  # noqa: S608
            [*match.params, limit],
        )
        return int(cursor.fetchone()[0])


def delete_orphans() -> None:
    """Remove index rows of deleted offers (SQLite's FTS5 table has no foreign key)."""
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM offers_search WHERE rowid NOT IN (SELECT id FROM offers_offer)")
