from __future__ import annotations

import pytest

from ankunft.core.models import Region
from ankunft.offers import search, selectors
from ankunft.offers.models import Offer, SearchTerm
from ankunft.offers.search import Vocabulary, compound_tails, normalise, parse_query, words
from ankunft.offers.selectors import OfferFilters, public_offer_page, public_offers
from ankunft.offers.services import search_terms_add
from tests.factories import make_offer

pytestmark = pytest.mark.django_db


def found(region: Region, q: str) -> list[Offer]:
    return list(public_offers(region, OfferFilters(q=q)))


@pytest.fixture
def courses(region: Region) -> dict[str, Offer]:
    return {
        "hyphen": make_offer(
            region,
            title={"de": "Deutsch-Kurs für Anfänger", "en": "German course for beginners"},
            categories=["language_course"],
        ),
        "integration": make_offer(
            region,
            title={"de": "Integrationskurs (Deutsch)", "ar": "دورة الاندماج (اللغة الألمانية)"},
            summary={"uk": "Інтеграційний курс німецької мови з дитячим доглядом"},
            categories=["language_course"],
        ),
        "counselling": make_offer(
            region,
            title={"de": "Migrationsberatung für Erwachsene", "en": "Migration counselling"},
            summary={"ar": "استشارة الهجرة للبالغين", "uk": "Консультація з питань міграції"},
        ),
        "sports": make_offer(
            region,
            title={"de": "Offenes Fußballtraining", "en": "Open football training"},
            categories=["leisure_encounter"],
        ),
    }


def test_it_normalises_case_diacritics_and_arabic_letter_forms() -> None:
    assert normalise("Größe") == "großse" or normalise("Größe") == "grosse"
    assert normalise("إستشارة") == normalise("استشارة")
    assert words("Die Beratung (kostenlos)!") == ["die", "beratung", "kostenlos"]


def test_it_strips_the_arabic_article_from_long_words() -> None:
    assert words("الاندماج") == words("اندماج")


def test_it_indexes_tails_of_long_words_as_compound_parts() -> None:
    assert "kurs" in compound_tails("integrationskurs")
    assert compound_tails("kurs") == []


def test_it_finds_a_german_compound_written_with_a_hyphen(
    region: Region, courses: dict[str, Offer]
) -> None:
    results = found(region, "Deutschkurs")
    assert courses["hyphen"] in results


def test_it_finds_a_compound_whose_parts_are_apart(
    region: Region, courses: dict[str, Offer]
) -> None:
    results = found(region, "Deutschkurs")
    assert courses["integration"] in results
    assert courses["counselling"] not in results
    assert courses["sports"] not in results


def test_it_tolerates_a_typo(region: Region, courses: dict[str, Offer]) -> None:
    assert found(region, "Migrationsberatnug") == [courses["counselling"]]


def test_it_finds_arabic_words_with_and_without_the_article(
    region: Region, courses: dict[str, Offer]
) -> None:
    assert found(region, "اندماج") == [courses["integration"]]
    assert found(region, "الهجرة") == [courses["counselling"]]


def test_it_finds_inflected_ukrainian_words(region: Region, courses: dict[str, Offer]) -> None:
    assert found(region, "німецька курс") == [courses["integration"]]


def test_it_finds_english_plural_by_prefix(region: Region, courses: dict[str, Offer]) -> None:
    assert courses["hyphen"] in found(region, "german courses")


def test_it_ranks_title_matches_first(region: Region) -> None:
    mention = make_offer(
        region,
        title={"de": "Elterncafé"},
        summary={"de": "Mit Hinweisen zum Sprachkurs und zur Kita."},
    )
    course = make_offer(region, title={"de": "Sprachkurs am Abend"})
    assert found(region, "Sprachkurs") == [course, mention]


def test_it_searches_only_the_readers_region(
    region: Region, other_region: Region, courses: dict[str, Offer]
) -> None:
    make_offer(other_region, title={"de": "Deutsch-Kurs in Gevelsberg"})
    assert set(found(region, "Deutschkurs")) == {courses["hyphen"], courses["integration"]}


def test_it_finds_nothing_for_an_unknown_word(region: Region, courses: dict[str, Offer]) -> None:
    assert found(region, "Zahnarzttermin") == []


def test_it_turns_a_query_into_clauses_per_word(region: Region, courses: dict[str, Offer]) -> None:
    query = parse_query(region, "Deutschkurs Anfänger")
    assert len(query.clauses) == 2
    assert ("deutsch", "kurs") in query.clauses[0]


def test_it_does_not_split_a_word_into_fragments(region: Region, courses: dict[str, Offer]) -> None:
    make_offer(region, title={"de": "Beratung"}, summary={"de": "Bera und Tung"})
    assert parse_query(region, "Beratung").clauses == ((("beratu",),),)


@pytest.mark.parametrize("page_size", [1, 2, 3, 10])
@pytest.mark.parametrize("count_limit", [1, 200])  # a count that holds every match, or not
def test_it_pages_title_matches_first_like_the_full_list(
    region: Region,
    page_size: int,
    count_limit: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(selectors, "COUNT_LIMIT", count_limit)
    make_offer(region, title={"de": "Elterncafé"}, summary={"de": "Hinweise zum Sprachkurs."})
    make_offer(region, title={"de": "Sprachkurs am Abend"})
    make_offer(region, title={"de": "Lernhilfe"}, summary={"de": "Sprachkurs für Kinder."})
    make_offer(region, title={"de": "Sprachkurs am Morgen"})
    filters = OfferFilters(q="Sprachkurs", category=("counselling",))
    everything = [offer.pk for offer in public_offers(region, filters)]
    pages = [
        public_offer_page(region, filters, offset=offset, limit=page_size).ids
        for offset in range(0, len(everything) + page_size, page_size)
    ]
    assert [pk for page in pages for pk in page] == everything
    assert pages[-1] == []


def test_it_keeps_compound_tails_out_of_the_words(
    region: Region, courses: dict[str, Offer]
) -> None:
    tails = set(
        SearchTerm.objects.filter(region=region, is_word=False).values_list("term", flat=True)
    )
    assert "grationskurs" in tails
    assert Vocabulary(region).known({"grationskurs", "integrationskurs"}) == {"integrationskurs"}


def test_it_makes_a_known_tail_a_word_when_it_is_one(region: Region) -> None:
    search_terms_add(region, [], ["kurs"])
    search_terms_add(region, ["kurs"], [])
    search_terms_add(region, [], ["kurs"])
    assert SearchTerm.objects.get(region=region, term="kurs").is_word


def test_it_replaces_a_prefix_by_the_tokens_that_start_with_it(
    region: Region, courses: dict[str, Offer]
) -> None:
    query = parse_query(region, "Migrationsberatungen")
    assert query.expansions["migrationsberatung"] == ("migrationsberatung",)
    assert '"migrationsberatung"' in query.as_fts5()
    assert "*" not in query.as_fts5()


def test_it_keeps_a_prefix_that_too_many_tokens_start_with(
    region: Region, courses: dict[str, Offer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "MAX_EXPANSION", 0)
    query = parse_query(region, "Kurs")
    assert "kurs" not in query.expansions
    assert set(found(region, "Kurs")) == {courses["hyphen"], courses["integration"]}


@pytest.mark.parametrize("text", ["Integrationskurs", "Kurs", "Beratung", "консультація"])
def test_it_finds_the_same_with_and_without_prefix_expansion(
    region: Region, courses: dict[str, Offer], text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expanded = public_offer_page(region, OfferFilters(q=text), offset=0, limit=20).ids
    monkeypatch.setattr(search, "MAX_EXPANSION", 0)
    assert public_offer_page(region, OfferFilters(q=text), offset=0, limit=20).ids == expanded
    assert expanded
