"""The query language: what people type becomes words, phrases, exclusions and filters, and nothing they
type survives as FTS5 or tsquery syntax."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from forum.services.search_fts5 import match_expression
from forum.services.search_query import MAX_TERMS, SearchQuery, parse_query
from forum.services.search_tsquery import prefix_text, websearch_text


def test_words_are_terms_and_the_last_bare_word_is_a_prefix() -> None:
    query = parse_query("Outage hold times")
    assert query.terms == (("outage",), ("hold",)) and query.prefix == "times"


def test_a_quoted_phrase_is_one_term_and_is_never_a_prefix() -> None:
    query = parse_query('escalation "hold times"')
    assert query.terms == (("escalation",), ("hold", "times")) and query.prefix == ""


def test_an_unclosed_quote_runs_to_the_end() -> None:
    assert parse_query('"hold times').terms == (("hold", "times"),)


def test_a_minus_excludes_a_word_or_a_phrase() -> None:
    query = parse_query('outage -refund -"hold music"')
    assert query.excluded == (("refund",), ("hold", "music")) and query.prefix == "outage"


def test_filters_are_read_and_kept_apart_from_the_words() -> None:
    query = parse_query("board:Ops tag:Billing tag:incidents @Maya after:2026-01 before:2026-02-15 in:title x")
    assert (query.board, query.tags, query.author) == ("ops", ("billing", "incidents"), "maya")
    assert (query.after, query.before, query.in_title) == (date(2026, 1, 1), date(2026, 2, 15), True)
    assert query.terms == () and query.prefix == "x"


def test_author_filter_spelled_out_is_the_same_as_the_handle() -> None:
    assert parse_query("author:maya").author == parse_query("@maya").author == "maya"


def test_unreadable_filters_are_listed_as_ignored() -> None:
    query = parse_query("before:2026-02-30 in:body board:<script>")
    assert query.ignored == ("before:2026-02-30", "in:body", "board:<script>") and query.is_empty


def test_punctuation_inside_a_token_makes_a_phrase_of_its_words() -> None:
    assert parse_query("e-mail title:foo don't x").terms == (("e", "mail"), ("title", "foo"), ("don", "t"))


def test_operators_and_keywords_are_plain_words() -> None:
    query = parse_query("a AND OR NOT NEAR b")
    assert query.terms == (("a",), ("and",), ("or",), ("not",), ("near",)) and query.prefix == "b"


def test_empty_and_operator_only_input_is_an_empty_query() -> None:
    for raw in ("", None, "   ", "\x00\x00", '""', "- -- *", "()"):
        assert parse_query(raw).is_empty


def test_exclusions_alone_are_not_text_to_match() -> None:
    query = parse_query("-refund")
    assert not query.has_text and query.is_empty


def test_terms_and_length_are_capped() -> None:
    assert len(parse_query(" ".join(f"w{n}" for n in range(50))).terms) == MAX_TERMS - 1
    assert parse_query("x" * 10_000).prefix == "x" * 400


def test_fts5_expression_quotes_every_word_and_stars_the_prefix() -> None:
    query = parse_query('NEAR "hold times" -refund escal')
    assert match_expression(query) == '("near" "hold times" "escal"*) NOT "refund"'
    assert match_expression(query, title_only=True).startswith("{title} : (")


def test_a_last_word_shorter_than_three_letters_is_matched_whole() -> None:
    query = parse_query("hold ti")
    assert query.prefix == "ti" and not query.prefix_is_partial
    assert match_expression(query) == '"hold" "ti"' and prefix_text(query) == "ti"
    assert parse_query("hold tim").prefix_is_partial and prefix_text(parse_query("hold tim")) == "tim:*"


def test_websearch_text_is_rebuilt_from_the_structure() -> None:
    query = parse_query('outage or "hold times" -refund escal')
    assert websearch_text(query) == 'outage "hold times" -refund' and prefix_text(query) == "escal:*"


@given(st.text(max_size=300))
def test_any_input_leaves_only_word_characters_in_terms(raw: str) -> None:
    query = parse_query(raw)
    assert isinstance(query, SearchQuery)
    for words in (*query.terms, *query.excluded, (query.prefix,) if query.prefix else ()):
        assert all(re.fullmatch(r"\w+", word) for word in words)
    expression = match_expression(query)
    assert expression.count('"') % 2 == 0
