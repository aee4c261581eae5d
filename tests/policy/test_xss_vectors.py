"""Every hostile vector renders to markup a browser would find harmless, and the nh3 gate agrees with bleach.

The oracle (:func:`tests.policy.xss_vectors.forbidden_constructs`) parses the output as a full document.
The gate comparison parses bleach's output and the gate's output as fragments and compares the trees
exactly after one documented normalisation: attributes sorted by name (bleach and nh3 order them
differently). Any other difference means nh3 removed or changed something bleach let through.
"""

from __future__ import annotations

import pytest
from bleach._vendor import html5lib

from forum.policy.sanitize import clean_html, render_comment, render_stages
from tests.policy.xss_vectors import ALL_VECTORS, VECTORS, forbidden_constructs

_CASES = [pytest.param(vector, id=f"{category}-{i}") for category, vectors in VECTORS.items()
          for i, vector in enumerate(vectors)]

Tree = tuple[object, ...]


def _tree(element: object) -> Tree:
    children = tuple(_tree(child) for child in element)  # type: ignore[attr-defined]
    return (element.tag, tuple(sorted(element.attrib.items())), element.text or "",  # type: ignore[attr-defined]
            children, element.tail or "")  # type: ignore[attr-defined]


def normalised(fragment: str) -> Tree:
    """The fragment's parse tree with attributes in name order; text, structure and values exact."""
    return _tree(html5lib.parseFragment(fragment))


def test_the_corpus_holds_at_least_a_hundred_distinct_vectors_in_every_category() -> None:
    assert len(set(ALL_VECTORS)) == len(ALL_VECTORS) >= 100
    assert all(len(vectors) >= 8 for vectors in VECTORS.values())


def test_the_oracle_catches_what_it_is_meant_to_catch() -> None:
    safe = '<p>fine <a href="https://ok.example.com" rel="nofollow ugc noopener">x</a></p>'
    assert forbidden_constructs(safe) == []
    assert forbidden_constructs("<img src=x onerror=alert(1)>") == ["element <img>", "attribute src on <img>",
                                                                  "attribute onerror on <img>"]
    assert forbidden_constructs("<a href=\"java&#x09;script:alert(1)\" rel=\"nofollow ugc noopener\">x</a>") == [
        "href='java\\tscript:alert(1)'"]
    assert forbidden_constructs("<svg><a>x</a></svg>") == ["foreign element {http://www.w3.org/2000/svg}svg",
                                                           "foreign element {http://www.w3.org/2000/svg}a"]
    assert forbidden_constructs("<!-- x --><p style=\"color:red\">x</p>") != []


@pytest.mark.parametrize("vector", _CASES)
def test_a_hostile_vector_renders_to_nothing_a_browser_would_run(vector: str) -> None:
    assert forbidden_constructs(render_comment(vector)) == []


@pytest.mark.parametrize("vector", _CASES)
def test_the_nh3_gate_changes_nothing_that_bleach_produced(vector: str) -> None:
    stages = render_stages(vector)
    assert normalised(stages.html) == normalised(stages.bleach_html)


@pytest.mark.parametrize("vector", _CASES)
def test_cleaning_the_rendered_html_again_changes_nothing(vector: str) -> None:
    rendered = render_comment(vector)
    assert clean_html(rendered) == rendered


@pytest.mark.parametrize("vector", _CASES)
def test_cleaning_the_raw_vector_as_html_is_safe_too(vector: str) -> None:
    assert forbidden_constructs(clean_html(vector)) == []


@pytest.mark.parametrize(
    ("vector", "visible"),
    [
        ("<script>alert('s1')</script>", "&lt;script&gt;alert('s1')&lt;/script&gt;"),
        ("<img src=x onerror=alert('s5')>", "&lt;img src=x onerror=alert('s5')&gt;"),
        ("[click me](javascript:alert('k1'))", "[click me](javascript:alert('k1'))"),
        ("<javascript:alert('k10')>", "&lt;javascript:alert('k10')&gt;"),
    ],
)
def test_a_disallowed_construct_is_shown_as_the_text_the_author_typed(vector: str, visible: str) -> None:
    assert visible in render_comment(vector)


@pytest.mark.parametrize(
    "vector",
    ["<a href=\"javascript:alert('u1')\">plain</a>", "<a href=\"&#x6a;avascript:alert('u3')\">hex entity</a>",
     "<a href=\"//evil.example.net/path\">protocol relative</a>", "<a href=\"/relative/path\">relative</a>",
     "<a href=\"https://trusted.example.com@evil.example.net/\">user info</a>"],
)
def test_an_anchor_with_an_unsafe_href_keeps_its_text_but_loses_the_href(vector: str) -> None:
    rendered = render_comment(vector)
    assert "href" not in rendered
    assert f'<a rel="nofollow ugc noopener">{vector.split(">")[1].split("<")[0]}</a>' in rendered
