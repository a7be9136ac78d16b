"""The labelled corpus (tests/forms/) is well formed: every document has a truth
file in the agreed shape, with values from the spec's closed lists. This does
not run the measurer; the benchmark over the corpus does that."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import load_bench
from grantcheck.documents import FORMATS  # the suffixes grantcheck reads

FORMS = Path(__file__).resolve().parent / "forms"
KINDS = {
    "governing_document",
    "accounts",
    "bank_statement",
    "budget",
    "project_plan",
    "business_plan",
    "policy",
    "insurance_certificate",
    "quotes",
    "references",
    "letters_of_support",
    "dbs_check",
    "other",
}
POLICIES = {
    "safeguarding",
    "equality",
    "health_and_safety",
    "data_protection",
    "environmental",
    "volunteering",
    "complaints",
    "whistleblowing",
    "lone_working",
    "anti_fraud",
    "other",
}
ACCOUNTS = {None, "none", "bank_statements", "unaudited", "independent_examination", "audited"}
KEYS = [
    "document",
    "format",
    "kind",
    "language",
    "questions",
    "unlimited_questions",
    "word_limit",
    "fields",
    "attachments",
    "conditional_attachments",
    "attachment_kinds",
    "conditional_attachment_kinds",
    "policies_required",
    "conditional_policies",
    "accounts",
    "public_liability_insurance",
    "match_funding_percent",
    "notes",
]
DOCUMENTS = sorted(p for p in FORMS.iterdir() if p.suffix in FORMATS and p.name != "README.md")
TRUTHS = sorted(FORMS.glob("*.truth.yaml"))
# a second labeller's blind answers for some documents, kept to measure the labels themselves
SECOND = sorted((FORMS / "second").glob("*.truth.yaml"))
read_truth = load_bench("forms").read_truth  # (libyaml's safe loader, in C, where built)


def test_corpus_size_and_spread() -> None:
    formats = [FORMATS[p.suffix] for p in DOCUMENTS]
    assert len(DOCUMENTS) >= 18
    assert all(formats.count(f) >= 3 for f in ("docx", "pdf", "html"))
    assert all(formats.count(f) >= 2 for f in ("md", "txt"))
    assert {p.name for p in DOCUMENTS} == {read_truth(t)["document"] for t in TRUTHS}


@pytest.mark.parametrize("truth", TRUTHS + SECOND, ids=lambda p: p.parent.name + "/" + p.name)
def test_truth_file(truth: Path) -> None:
    t = read_truth(truth)
    assert [k for k in KEYS if k not in t] == []
    assert set(t) <= set(KEYS) | {"fields_tolerance"}
    doc = FORMS / t["document"]
    assert doc.is_file() and truth.name == doc.stem + ".truth.yaml"
    assert t["format"] == FORMATS[doc.suffix]
    assert t["kind"] in {"form", "guidance"} and t["language"] in {"en", "cy"}
    assert 0 <= t["unlimited_questions"] <= t["questions"]
    assert (t["word_limit"] is None) == (t["questions"] == t["unlimited_questions"])
    if t["kind"] == "guidance":
        assert t["questions"] == 0 and t["fields"] == 0
    assert set(t["attachment_kinds"]) <= KINDS and set(t["conditional_attachment_kinds"]) <= KINDS
    assert len(set(t["attachment_kinds"])) <= t["attachments"]
    assert len(set(t["conditional_attachment_kinds"])) <= t["conditional_attachments"]
    assert set(t["policies_required"]) <= POLICIES and set(t["conditional_policies"]) <= POLICIES
    assert t["accounts"] in ACCOUNTS
    assert len(t["notes"]) > 100


def test_second_reading_is_scored_by_the_same_rules(tmp_path: Path) -> None:
    """bench/forms.py --second puts a second labeller where the measurer was: an identical
    second reading agrees on everything, and one count read differently is a miss naming both
    readings; documents nobody labelled twice are left out."""
    forms = load_bench("forms")
    first = TRUTHS[0]
    (tmp_path / first.name).write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    same = forms.score(FORMS, second=tmp_path)
    assert same.documents == 1 and same.misses == []
    t = yaml.safe_load(first.read_text(encoding="utf-8"))
    t["questions"] += 3
    (tmp_path / first.name).write_text(yaml.safe_dump(t), encoding="utf-8")
    other = forms.score(FORMS, second=tmp_path)
    assert other.exact["questions"] == 0 and other.exact["word_limit"] == 1
    assert other.misses == [
        f"{t['document']}: questions second reading {t['questions']}, first"
        f" {t['questions'] - 3} (+3)"
    ]
