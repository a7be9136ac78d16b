"""Session 19's house-keeping (house19a): the product items left open by trial18 and trial19.

A radio or tick-box group's evidence is the question the applicant reads over it (its legend or
the line asking it), not its first option's label (trial19 D11: "Yes", "Children"). measure's
JSON when its config cannot be read says its totals are not known, as when a document cannot
be read, not 0. The README says where the jargon list is, and why not where the spec says.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, run, write
from documents import measure
from grantcheck.documents.total import undefined

FORM = """<!doctype html><html lang="en"><body><form>
<label for="n">Organisation name</label><input id="n" type="text">
<fieldset><legend>Is your group a registered charity?</legend>
<input type="radio" name="ch" id="c1" value="y"><label for="c1">Yes</label>
<input type="radio" name="ch" id="c2" value="n"><label for="c2">No</label></fieldset>
<fieldset><legend>Which groups will benefit? Tick all that apply</legend>
<input type="checkbox" id="k1"><label for="k1">Children</label>
<input type="checkbox" id="k2"><label for="k2">Older people</label></fieldset>
<p>Does your group have a bank account?</p>
<input type="radio" name="bank" id="b1"><label for="b1">Yes</label>
<input type="radio" name="bank" id="b2"><label for="b2">No</label>
<fieldset><legend>Which wards will your project cover?</legend>
<div class="hint">Select all that apply.</div>
<input type="checkbox" name="ward" id="w1"><label for="w1">Abbey</label>
<input type="checkbox" name="ward" id="w2"><label for="w2">Castle</label></fieldset>
<h2>Declaration</h2>
<input type="checkbox" name="agree" id="a"><label for="a">I confirm the information in this
form is correct</label>
</form></body></html>
"""


@pytest.mark.parametrize("name", ["form.html", "form.htm"])
def test_a_groups_evidence_is_its_question_not_its_first_option(tmp_path: Path, name: str) -> None:
    """Before: "Yes", "Children", "Yes", "Abbey" (the first option's label beside its box)."""
    words = [e.words for e in measure(tmp_path, name, FORM).fields]
    assert words == [
        "Organisation name",
        "Is your group a registered charity?",
        "Which groups will benefit? Tick all that apply",
        "Does your group have a bank account?",
        "Which wards will your project cover? Select all that apply.",
        # a tick box of its own keeps its statement: what the applicant confirms
        "I confirm the information in this form is correct",
    ]


def test_the_readme_says_where_the_jargon_list_is_and_why() -> None:
    """documents.md names ``rules/jargon.yaml``; the list is ``rules/documents/jargon.yaml``
    (trial18 D8, trial19): the README says so, and why, where it describes the jargon rate.
    Before: it named the file without a word on the spec's other name."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert (ROOT / "rules" / "documents" / "jargon.yaml").is_file()
    assert not (ROOT / "rules" / "jargon.yaml").exists()  # (it would be read as a rule file)
    said = readme[readme.index("(`rules/documents/jargon.yaml`") :][:500]
    assert "calls it `rules/jargon.yaml`" in said
    assert "read as a rule file" in said


def test_measure_json_with_a_config_error_knows_no_totals(project: Path) -> None:
    """Before: "total" said 0 questions, 0 fields and a word limit of 0, which a CI step gating
    on the totals reads as documents asking for nothing. Now the documents named are unread
    and the totals null, "incomplete", as for a document that cannot be read."""
    write(project, "form.md", "# Form\n\n1. Describe your project (300 words)\n")
    write(project, "grantcheck.yaml", "assumptions:\n  characters_per_word: banana\n")
    result = run("measure", "form.md", "-f", "json", cwd=project)
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    total = report["total"]
    assert total["questions"] is None and total["word_limit"] is None, total
    assert total["incomplete"] is True and total["unread"] == ["form.md"], total
    assert report["documents"] == [] and report["errors"][0]["file"] == "grantcheck.yaml"
    unreadable = json.loads(run("measure", "gone.md", "-f", "json", cwd=project).stdout)
    assert unreadable["total"].keys() == total.keys()  # (the shape a missing document gives)


@pytest.mark.parametrize(
    "sentence",
    [
        "The PCN (primary care network) will help.",
        "Ask the CVS (council for voluntary service) for help.",
        "People with COPD (chronic obstructive pulmonary disease) may join.",
    ],
)
def test_an_acronym_spelt_out_after_it_in_lower_case_is_spelt_out(
    tmp_path: Path, sentence: str
) -> None:
    """trial19 N13: "PCN (primary care network)" was listed as never spelt out, though "primary
    care network (PCN)" and "VSIF (Voluntary Sector Initiative Fund)" were not."""
    facts = measure(tmp_path, "notes.md", f"# Notes\n\n{sentence} The ABC (a big cheque) is not.\n")
    assert undefined(facts, facts.defined) == ["ABC"]
