"""``python -m forum policy check``: a text in, the decision, reasons and link classifications out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINKED = ("Our refund backlog fell from 900 to 150 tickets after we read this: "
          "https://blog.example-helpdesk.com/blog/why-refund-queues-grow and copied its triage table.")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "forum", *args], cwd=ROOT, input=stdin, capture_output=True,
                          text=True, encoding="utf-8", timeout=60, check=False)


def test_a_praise_only_comment_names_the_rule_and_exits_2() -> None:
    result = run("policy", "check", "Great post, thanks for sharing!")
    assert result.returncode == 2, result.stderr
    assert "decision: reject" in result.stdout
    assert "too_brief (reject)" in result.stdout
    assert "evidence: “Great post" in result.stdout


def test_the_text_can_come_from_standard_input_and_a_link_is_classified() -> None:
    result = run("policy", "check", "-", stdin=LINKED)
    assert result.returncode in (0, 1, 2), result.stderr
    assert "links:" in result.stdout
    assert "blog.example-helpdesk.com" in result.stdout
    assert "kind: " in result.stdout


def test_no_argument_reads_standard_input_and_a_publish_exits_0() -> None:
    result = run("policy", "check", stdin="We cut hold time from 9 to 4 minutes with a callback button.")
    assert result.returncode == 0, result.stderr
    assert "decision: publish" in result.stdout
    assert "reasons: none" in result.stdout


def test_a_held_comment_exits_1() -> None:
    result = run("policy", "check", "I work nights on a hospital help desk.")
    assert result.returncode == 1
    assert "borderline_value (hold)" in result.stdout


def test_json_output_is_the_verdict_dict() -> None:
    result = run("policy", "check", "--json", LINKED)
    data = json.loads(result.stdout)
    assert set(data) == {"decision", "reasons", "html", "links"}
    assert data["links"][0]["domain"]
    assert {"url", "domain", "kind", "why"} <= set(data["links"][0])
    assert result.returncode == {"publish": 0, "hold": 1, "reject": 2}[data["decision"]]


def test_settings_can_be_read_from_a_json_file(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"max_chars": 10}), encoding="utf-8")
    result = run("policy", "check", "--settings", str(settings), "a comment of more than ten characters")
    assert "too_long (reject)" in result.stdout


@pytest.mark.parametrize("args", [("policy",), ("nonsense",), ("policy", "check", "--bogus")])
def test_a_usage_error_exits_64_not_a_verdict_code(args: tuple[str, ...]) -> None:
    assert run(*args).returncode == 64


def test_evaluate_prints_the_figures_of_each_split_and_all_together() -> None:
    result = run("policy", "evaluate", "--classes")
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0].split()
    splits = [p.stem for p in sorted((Path(__file__).parent / "corpus").glob("*.txt"))]
    assert header == ["figure", *splits, "all"] and {"dev", "heldout", "blind-4"} <= set(splits)
    for figure in ("accuracy", "spam/reject cases published", "valuable comments held", "valuable comments rejected"):
        assert figure in result.stdout
    assert "helpline" in result.stdout
