"""Evidence an LIO can send and a CI user can act on (trial S5, findings 8-10, 13, 16): quotes
are a window around the words matched, limits from form controls say what they are and where,
and machine-readable reports carry the evidence as data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from documents import measure
from grantcheck.documents import Measurer
from grantcheck.documents.blocks import clip

LONG = (
    "10. Please give details of any other funding you have applied for or secured for this "
    "project, with the names of the funders and the dates of decisions. Applicants must "
    "contribute at least 20% of the total project cost from other sources (match funding), "
    "in cash or in kind, and tell us where it comes from."
)


def test_a_quote_is_a_window_of_whole_words_around_the_match() -> None:
    at = LONG.index("20%")
    quote = clip(LONG, at=(at, at + 3))
    assert "20%" in quote and len(quote) <= 120
    assert quote.startswith("…") and quote.endswith("…")
    words = set(LONG.split())
    assert all(w in words for w in quote.strip("…").split())  # never a word cut in two
    # without a match: from the start, cut at a word's end
    start = clip(LONG)
    assert start.startswith("10. Please") and start.endswith("…") and len(start) <= 120
    assert start[:-1].split()[-1] in words
    assert clip("short and sweet", at=(6, 9)) == "short and sweet"
    # a match longer than the window: its start, cut, never more than the limit
    assert len(clip("x" * 500, at=(0, 500))) <= 120
    assert clip("a\x1b[31m b", at=(0, 1)) == "a\\x1b[31m b"  # escapes written out


def test_a_quote_writes_out_every_character_with_all_its_digits() -> None:
    # A bidi override in a document's words was shown as "\x202e", which reads as "\x20" (a
    # space) then "2e" (trial 10); a scheme's own name already showed "\u202e"
    assert clip("your \u202eyciloP\u202c policy") == "your \\u202eyciloP\\u202c policy"
    assert clip("zero\u200bwidth tag\U000e0041") == "zero\\u200bwidth tag\\U000e0041"
    assert clip("bell\x07") == "bell\\x07"


def test_match_funding_insurance_and_policies_quote_their_figure(tmp_path: Path) -> None:
    text = (
        "# Notes\n\n"
        + LONG
        + "\n\nInsurance: you must have buildings insurance, contents insurance for the hall and "
        "its equipment, cover for your volunteers, and public liability insurance of "
        "£10 million.\n\nI confirm that the information given in this application is true and "
        "correct, and that the organisation has a data protection policy.\n"
    )
    f = measure(tmp_path, "notes.md", text)
    assert f.match_funding is not None and "20%" in f.match_funding.evidence.words
    assert f.insurance is not None and "£10 million" in f.insurance.evidence.words
    policy = next(p for p in f.policies if p.value == "data_protection")
    assert "data protection" in policy.evidence.words


def test_jargon_is_quoted_from_word_boundaries(tmp_path: Path) -> None:
    text = (
        "# Notes\n\nThe panel wants to see grants lasting up to 12 months, and the panel "
        "will look at how the group meets its KPIs, with the measures agreed at the "
        "start of the project and reported each quarter to the officer.\n"
    )
    f = measure(tmp_path, "notes.md", text)
    quotes = [j.evidence.words for j in f.jargon]
    assert quotes and all("KPIs" in q for q in quotes if "KPI" in q)
    for q in quotes:
        assert all(w in text.split() for w in q.strip("…").split())


PAGE = """<html><body><main>
<h2 id="about">About your project</h2>
<p>Please answer every question.</p>
<p>We read every application.</p>
<label for="q1">1. Tell us about your project (up to 200 words)</label>
<textarea id="q1" name="q1"></textarea>
<label for="q2">2. Why is it needed?</label>
<textarea id="q2" name="q2" maxlength="1200"></textarea>
<label>3. Who will help? <textarea name="helpers" maxlength="600"></textarea></label>
<ul><li>Your constitution</li></ul>
</main></body></html>"""


def test_html_elements_are_named_as_a_user_finds_them(tmp_path: Path) -> None:
    f = measure(tmp_path, "form.html", PAGE)
    places = [dict(q.evidence.where)["element"] for q in f.questions]
    assert places == ["label[for=q1]", "label[for=q2]", "label 3"]  # the third <label> in the file
    q2, q3 = f.questions[1], f.questions[2]
    assert q2.word_limit == 200 and q2.limit_as_written == 'maxlength="1200" on textarea#q2'
    assert dict(q2.limit_where) == {"element": "textarea#q2"}
    assert q3.limit_as_written == 'maxlength="600" on textarea[name=helpers]'
    assert f.questions[0].limit_where == ()  # a limit written in words is at the prompt
    from grantcheck.documents.html_refs import element_name

    assert element_name("p", {}, 2) == "p 2"
    assert element_name("h2", {"id": "about"}, 1) == "h2#about"


def test_a_pdf_fields_maxlen_is_quoted_as_what_it_is() -> None:
    path = Path(__file__).parent.parent / "examples" / "forms" / "neighbourhood-fund-form.pdf"
    f = Measurer().measure(path, "form.pdf")[1]
    q1 = f.questions[0]
    assert q1.limit_as_written == 'MaxLen 1800 on field "q1"' and q1.word_limit == 300
    assert dict(q1.limit_where) == {"page": 1, "element": "q1"}
    from grantcheck.documents.output import as_json
    from grantcheck.documents.output_text import as_text
    from grantcheck.documents.total import combine

    text = as_text([f], combine([f]))
    assert '(MaxLen 1800 on field "q1", page 1, at 6 characters a word)' in text
    assert '"1800 characters"' not in text
    data = json.loads(as_json([f], combine([f])))
    assert data["documents"][0]["questions"][0]["limit_location"] == {"page": 1, "element": "q1"}
    assert data["documents"][0]["questions"][2]["limit_location"] is None


def test_old_office_formats_are_refused_with_what_to_do(tmp_path: Path) -> None:
    from conftest import run

    for suffix in (".doc", ".odt", ".rtf"):
        (tmp_path / f"form{suffix}").write_bytes(b"x")
        result = run("measure", f"form{suffix}", cwd=tmp_path)
        assert result.exit_code == 2 and "save it as .docx (word) or pdf" in result.output.lower()


def test_acronyms_that_are_jargon_are_listed_alike_and_counted_once(tmp_path: Path) -> None:
    from grantcheck.documents.output import as_json
    from grantcheck.documents.output_text import as_text
    from grantcheck.documents.total import combine
    from grantcheck.measured_evidence import jargon_count

    text = "# Notes\n\nWe use KPIs to monitor every grant. Ask the CVS for help with it.\n"
    f = measure(tmp_path, "notes.md", text)
    total = combine([f])
    data = json.loads(as_json([f], total))
    assert data["documents"][0]["undefined_acronyms"] == ["CVS", "KPI"]
    assert data["total"]["undefined_acronyms"] == ["CVS", "KPI"]  # was ["CVS"]: a contradiction
    # KPIs is jargon and an acronym: it counts once in the rate
    assert jargon_count(total) == 2
    shown = as_text([f], total)
    assert shown.count("CVS and KPI (KPI is also jargon: counted once, as jargon)") == 2


FORM = """# Application form

1. Describe your project. (max 300 words)

Answer:

2. Why is it needed? (max 200 words)

Answer:

Applicants must contribute a third of the total project cost from other sources.

You must hold public liability insurance of £5 million.

Please send a copy of your constitution and your latest accounts.
"""
NOTES = """# Guidance notes

We use KPIs to monitor every grant, and the panel looks for robust deliverables.
Ask the CVS for help.
"""
SCHEME = (
    "name: Test Fund\nfunder: Test Council\naward:\n  max: 5000\n"
    "application:\n  guidance:\n    documents: [notes.md]\n"
    "  form:\n    documents: [form.md]\n    word_limit: 400\n"
    "eligibility:\n  match_funding_percent: {match}\n  public_liability_insurance: 1000000\n"
)


def _checked(project: Path, match: str, *args: str) -> Any:
    from conftest import run, write

    write(project, "form.md", FORM)
    write(project, "notes.md", NOTES)
    write(project, "s.yaml", SCHEME.format(match=match))
    return run("check", "s.yaml", *args, cwd=project)


def test_check_json_carries_each_measured_fact_as_data(project: Path) -> None:
    data = json.loads(_checked(project, "10", "-f", "json").output)
    scheme = data["schemes"][0]
    assert data["schema_version"] == 1  # keys were added, none renamed
    found = {f["rule"]: f for f in scheme["findings"]}
    insurance = scheme["measured"]["eligibility.public_liability_insurance"]
    assert insurance["stated"] == 1000000 and insurance["measured"] == 5000000
    assert insurance["read"] == "measured" and insurance["agrees"] is False
    item = insurance["evidence"][0]
    assert item["document"] == "form.md" and item["location"] == {"line": 13}
    assert "£5 million" in item["words"]
    limits = scheme["measured"]["application.form.word_limit"]
    assert [i["word_limit"] for i in limits["evidence"]] == [300, 200]  # every item, not the first
    # one GC002 for each disagreement, its evidence that fact's measurement (house8)
    gc002 = [f["evidence"] for f in scheme["findings"] if f["rule"] == "GC002"]
    assert {d["fact"]: (d["stated"], d["measured"]) for d in gc002}["match funding"] == (
        10.0,
        33.3,
    )
    assert found["GC504"]["evidence"]["evidence"][0]["location"] == {"line": 11}
    assert all("evidence" in f for f in scheme["findings"])  # null when not measured
    # GC111 names its terms and acronyms, and sits at the guidance's line in the scheme
    gc111 = found["GC111"]
    assert "KPIs" in gc111["message"] and "CVS" in gc111["message"]
    assert gc111["line"] == 7 and {i.get("acronym") for i in gc111["evidence"]["evidence"]} >= {
        "CVS"
    }
    # a finding from a measured fact is at the scheme line listing its document (the form)
    assert found["GC504"]["line"] == 9 and found["GC504"]["column"] > 5
    assert "Measured from form.md (line 11)" in found["GC504"]["message"]


def test_match_funding_agrees_at_the_precision_stated(project: Path) -> None:
    data = json.loads(_checked(project, "33", "-f", "json").output)
    match = data["schemes"][0]["measured"]["eligibility.match_funding_percent"]
    assert match["measured"] == 33.3 and match["agrees"] is True  # a third: a stated 33 agrees
    from grantcheck.measured_facts import _at_precision

    assert not _at_precision(33, 33.3) and _at_precision(33, 33.6)
    assert not _at_precision(33.3, 33.33) and _at_precision(33.3, 33.4)


def test_sarif_relates_each_measured_item_and_stays_valid(project: Path) -> None:
    from test_ci_formats import SARIF_SCHEMA

    sarif = json.loads(_checked(project, "10", "-f", "sarif").output)
    results = {r["ruleId"]: r for r in sarif["runs"][0]["results"]}
    related = results["GC504"]["relatedLocations"]
    physical = related[0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "form.md"
    assert physical["region"] == {"startLine": 11}
    assert "Measured from form.md, line 11" in related[0]["message"]["text"]
    gc002 = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "GC002"]
    assert sum(len(r["relatedLocations"]) for r in gc002) >= 3  # one GC002 a disagreement
    if SARIF_SCHEMA.exists():
        from jsonschema import Draft4Validator

        validator = Draft4Validator(json.loads(SARIF_SCHEMA.read_text()))
        assert not list(validator.iter_errors(sarif))


def test_junit_and_github_say_where_a_value_was_measured(project: Path) -> None:
    junit = _checked(project, "10", "-f", "junit").output
    assert "Measured from form.md (line 11)" in junit
    github = _checked(project, "10", "-f", "github").output
    assert "Measured from form.md (line 11)" in github


def test_init_from_names_every_question_and_limit_it_counted(project: Path) -> None:
    from conftest import run

    path = Path(__file__).parent.parent / "examples" / "forms" / "neighbourhood-fund-form.pdf"
    (project / "form.pdf").write_bytes(path.read_bytes())
    result = run("init", "--from", "form.pdf", "-o", "s.yaml", cwd=project)
    assert result.exit_code == 0, result.output
    text = (project / "s.yaml").read_text(encoding="utf-8")
    assert "    # measured from 4 places:" in text  # the questions, not the first alone
    # (trial21 D35: with the assumption the conversion rests on)
    assert (
        '#   form.pdf, page 1, line 4 (300 words: MaxLen 1800 on field "q1" at 6 characters a '
        "word, an assumption (characters_per_word))" in text
    )
    assert "#   form.pdf, page 1, line 6 (300 words: 300 words)" in text


def test_sarif_carries_the_assumptions_used(project: Path) -> None:
    sarif = json.loads(_checked(project, "10", "-f", "sarif").output)
    assumed = sarif["runs"][0]["properties"]["assumptions"]
    assert assumed["characters_per_word"] == 6 and assumed["words_per_page"] == 500


def test_a_pdfs_line_within_its_page_is_no_sarif_region(project: Path) -> None:
    from conftest import run, write

    path = Path(__file__).parent.parent / "examples" / "forms" / "neighbourhood-fund-form.pdf"
    (project / "form.pdf").write_bytes(path.read_bytes())
    write(
        project,
        "s.yaml",
        "name: T\nfunder: C\naward:\n  max: 1000\napplication:\n  form:\n"
        "    documents: [form.pdf]\n    questions: 1\n",
    )
    sarif = json.loads(run("check", "s.yaml", "-f", "sarif", cwd=project).output)
    related = [x for r in sarif["runs"][0]["results"] for x in r.get("relatedLocations", [])]
    assert related and all("region" not in x["physicalLocation"] for x in related)
    assert related[0]["physicalLocation"]["artifactLocation"]["uri"] == "form.pdf"
