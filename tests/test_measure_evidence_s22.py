"""Evidence on every measured item, in measure's JSON too (trial21 D2, D23): documents.md's
"Every measured item carries evidence: the document, and the place in it ..., and the words
matched ... Reports show it; JSON carries it." The spec's keys stay as its example shows them
(bare values: the key names are the contract); the evidence is added beside them, as
``field_items`` and ``attachments`` already carry it, and schema_version stays 1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import MINIMAL, run, write

FORM = """Riverbank Community Fund: application form

1. Describe your project (max 1,200 characters)

______________________________

2. Tell us who will benefit (no more than one page)

______________________________

Please send with this form:
- a copy of your constitution
- your safeguarding policy
- your health and safety policy, if you employ staff
- your most recent annual accounts

Groups must have public liability insurance of £2 million.
You must find at least 20% match funding from other sources.
The PQX panel will foster good relations with partners.
"""
NOTES = "# Notes\n\nGrants of between £500 and £5,000 are available. Ask the ZZV for help.\n"


def _measured(project: Path, *names: str) -> dict[str, Any]:
    write(project, "form.txt", FORM)
    write(project, "notes.md", NOTES)
    result = run("measure", "-f", "json", *names, cwd=project)
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_the_spec_keys_stay_bare_values(project: Path) -> None:
    """Every key of the spec's example keeps its name and its bare value."""
    data = _measured(project, "form.txt")
    assert data["schema_version"] == 1
    doc = data["documents"][0]
    assert doc["policies_required"] == ["safeguarding"]
    assert doc["conditional_policies"] == ["health_and_safety"]
    assert doc["accounts"] == "unaudited"
    assert doc["public_liability_insurance"] == 2000000
    assert doc["match_funding_percent"] == 20.0
    assert doc["undefined_acronyms"] == ["PQX"]
    assert set(doc["jargon"][0]) >= {"term", "plain", "location"}


def test_each_document_value_carries_its_evidence(project: Path) -> None:
    """Policies, accounts, insurance and match funding were bare values: a script could not
    show where the £2 million came from."""
    doc = _measured(project, "form.txt")["documents"][0]
    assert doc["policy_items"] == [
        {
            "policy": "safeguarding",
            "conditional": False,
            "text": "- your safeguarding policy",
            "location": {"line": 13},
        },
        {
            "policy": "health_and_safety",
            "conditional": True,
            "text": "- your health and safety policy, if you employ staff",
            "location": {"line": 14},
        },
    ]
    assert doc["accounts_evidence"] == {
        "text": "- your most recent annual accounts",
        "location": {"line": 15},
    }
    cover = doc["public_liability_insurance_evidence"]
    assert "£2 million" in cover["text"] and cover["location"] == {"line": 17}
    share = doc["match_funding_evidence"]
    # the line of the words matched, in a paragraph over lines 17 to 19 (trial23 T13)
    assert "20% match funding" in share["text"] and share["location"] == {"line": 18}


def test_acronyms_and_jargon_carry_their_words_place_and_source(project: Path) -> None:
    """An acronym never spelt out was a bare name, with no place or words; a jargon item had
    no words, and no output named the source of an entry's advice."""
    doc = _measured(project, "form.txt")["documents"][0]
    [pqx] = doc["acronym_items"]
    assert pqx["acronym"] == "PQX" and pqx["location"] == {"line": 19}
    assert "The PQX panel" in pqx["words"] and pqx["also_jargon"] is False
    [foster] = doc["jargon"]
    assert foster["term"] == "foster" and "will foster good relations" in foster["words"]
    assert foster["source"].startswith("GOV.UK style guide")


def test_a_limit_in_characters_or_pages_names_its_assumption(project: Path) -> None:
    """check -f json gave each limit's assumption; measure -f json did not."""
    doc = _measured(project, "form.txt")["documents"][0]
    first, second = doc["questions"]
    assert first["limit_assumption"] == "characters_per_word"
    assert first["limit_assumed_value"] == 6
    assert second["limit_assumption"] == "words_per_page"
    assert second["limit_assumed_value"] == 500


def test_the_total_names_the_document_each_value_came_from(project: Path) -> None:
    total = _measured(project, "form.txt", "notes.md")["total"]
    assert total["undefined_acronyms"] == ["PQX", "ZZV"]
    assert [(i["acronym"], i["document"]) for i in total["acronym_items"]] == [
        ("PQX", "form.txt"),
        ("ZZV", "notes.md"),
    ]
    assert total["accounts_evidence"]["document"] == "form.txt"
    assert total["public_liability_insurance_evidence"]["document"] == "form.txt"
    assert total["match_funding_evidence"]["document"] == "form.txt"
    assert total["award"]["document"] == "notes.md"
    assert [(p["policy"], p["document"]) for p in total["policy_items"]] == [
        ("safeguarding", "form.txt"),
        ("health_and_safety", "form.txt"),
    ]
    kinds = [(a["kind"], a["policy"], a["conditional"]) for a in total["attachment_items"]]
    assert kinds == [
        ("governing_document", None, False),
        ("policy", "safeguarding", False),
        ("accounts", None, False),
        ("policy", "health_and_safety", True),
    ]
    assert total["attachments"] == 3 and total["conditional_attachments"] == 1
    # the rate's count is given, so that it can be checked: terms x 1,000 / words
    rate = total["jargon_terms"] * 1000 / total["english_words"]
    assert round(rate, 1) == total["jargon_per_1000_words"]


def test_an_unread_document_leaves_the_totals_evidence_a_lower_bound(project: Path) -> None:
    """What is not known is null, as its value is; at_least holds what the others say."""
    write(project, "form.txt", FORM)
    (project / "broken.docx").write_bytes(b"PK\x03\x04 not a whole zip")
    result = run("measure", "-f", "json", "form.txt", "broken.docx", cwd=project)
    total = json.loads(result.stdout)["total"]
    for key in ("acronym_items", "policy_items", "public_liability_insurance_evidence"):
        assert total[key] is None, key
    assert total["accounts_evidence"] is None
    assert total["at_least"]["acronym_items"][0]["acronym"] == "PQX"
    assert total["at_least"]["public_liability_insurance_evidence"]["document"] == "form.txt"


def test_measure_text_shows_each_acronyms_place_and_each_sources_name(project: Path) -> None:
    write(project, "form.txt", FORM)
    shown = run("measure", "form.txt", cwd=project).stdout
    assert '  Jargon: "foster" (try "encourage"; GOV.UK style guide), from form.txt' in shown
    assert "  Acronyms never spelt out: PQX\n    PQX, first used in form.txt, line 19: " in shown


def test_check_json_gives_each_jargon_terms_source(project: Path) -> None:
    write(project, "form.txt", FORM)
    scheme = MINIMAL + "kind: grant\napplication:\n  form:\n    documents: [form.txt]\n"
    write(project, "s.yaml", scheme)
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)
    measured = data["schemes"][0]["measured"]["documents.jargon_per_1000_words"]
    [foster] = [e for e in measured["evidence"] if e.get("term") == "foster"]
    assert foster["source"].startswith("GOV.UK style guide")
