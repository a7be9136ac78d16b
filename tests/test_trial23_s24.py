"""Trial 23's findings fixed in session 24 (house24): T6, check beside a document that could not
be read keeps what the others ask as lower bounds ("at least"), as measure says it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import run, write
from documents import write_scanned_pdf

FORM = (
    "# Small Grants Application Form\n\n"
    "1. Describe your project (max 300 words)\n\n"
    "Please send a copy of your constitution and your safeguarding policy.\n\n"
    "We accept audited accounts.\n\n"
    "You must hold public liability insurance of at least £5m.\n\n"
    "You must find at least 50% of the cost from other sources.\n"
)

SCHEME = """format: 1
name: Test Fund
funder: Test Council
award:
  max: 1000
application:
  form:
    documents: [form.md]
  guidance:
    documents: [notes.pdf]
"""


def _check(project: Path, scheme: str, *flags: str) -> str:
    write(project, "form.md", FORM)
    write_scanned_pdf(project / "notes.pdf")
    write(project, "scheme.yaml", scheme)
    return run("check", "scheme.yaml", *flags, cwd=project).output


def _scheme(project: Path, scheme: str = SCHEME) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(_check(project, scheme, "-f", "json"))["schemes"][0]
    return result


def test_t6_check_keeps_what_the_readable_documents_ask_as_lower_bounds(project: Path) -> None:
    """The scanned notes may ask for more: the form's attachments, policies, cover and match
    funding are read as "at least" (they were dropped, or read as exact figures), and the
    accounts are not known with what the form accepts (the notes may accept easier ones)."""
    s = _scheme(project)
    m, lower = s["metrics"], s["lower_bounds"]
    assert m["application.form.attachments"] == 2
    assert m["eligibility.policies_required"] == 1
    assert m["eligibility.public_liability_insurance"] == 5000000
    assert m["eligibility.match_funding_percent"] == 50
    for metric in (
        "application.form.attachments",
        "eligibility.policies_required",
        "eligibility.public_liability_insurance",
        "eligibility.match_funding_percent",
        "application.hours",  # the attachments counted, and perhaps more
    ):
        assert metric in lower, metric
    assert m["eligibility.accounts_level"] is None
    facts = s["measured"]
    assert facts["eligibility.public_liability_insurance"]["measured_text"] == "at least £5,000,000"
    assert facts["eligibility.public_liability_insurance"]["complete"] is False
    assert facts["eligibility.accounts_level"]["read"] == "not known"
    accounts = [f for f in s["findings"] if f["metric"] == "eligibility.accounts_level"]
    assert "the documents read accept audited at the easiest" in accounts[0]["message"]
    assert "notes.pdf" in accounts[0]["message"]
    assert "GC002" not in {f["rule"] for f in s["findings"] if not f.get("unknown")}


def test_t6_every_report_says_at_least_as_measure_does(project: Path) -> None:
    text = _check(project, SCHEME)
    measured = run("measure", "form.md", "notes.pdf", cwd=project).output
    for said in ("at least 2 (governing document and safeguarding policy)", "at least £5,000,000"):
        assert said in measured and said in " ".join(text.split()), said
    assert "One application at least 1.8 hours" in " ".join(text.split())
    assert "Attachments not measured" not in text
    for fmt in ("markdown", "html"):
        shown = " ".join(_check(project, SCHEME, "-f", fmt).split())
        assert "Public liability insurance at least £5,000,000, measured from form.md" in shown
        assert "Attachments at least 2 (governing document and safeguarding policy)" in shown
        assert "at least 50%" in shown and "attach at least 2 documents" in shown


def test_t6_a_stated_fact_stands_unless_the_documents_read_ask_more(project: Path) -> None:
    """Stated figures at or above what the form asks stand (the notes may ask as much); a
    stated figure below it, or a list without a document the form asks for, contradicts."""
    stated = SCHEME + (
        "eligibility:\n  public_liability_insurance: 5000000\n  match_funding_percent: 60\n"
        "  policies_required: [safeguarding, equality]\n"
    )
    s = _scheme(project, stated)
    facts = s["measured"]
    for metric in ("eligibility.public_liability_insurance", "eligibility.match_funding_percent"):
        assert facts[metric]["read"] == "stated" and facts[metric]["agrees"] is None, metric
        assert metric not in s["lower_bounds"]
    assert s["metrics"]["eligibility.match_funding_percent"] == 60
    assert "match funding at least 50%, measured from form.md, line 11" in " ".join(s["notes"])
    assert "the rules read the stated 60%" in " ".join(s["notes"])
    assert not any("GC002 is waived" in n for n in s["notes"])
    below = SCHEME + "eligibility:\n  public_liability_insurance: 1000000\n"
    s = _scheme(project, below)
    gc002 = next(f for f in s["findings"] if f["rule"] == "GC002")
    assert "stated £1,000,000, measured at least £5,000,000" in gc002["message"]
    assert s["metrics"]["eligibility.public_liability_insurance"] == 5000000
    fewer = SCHEME.replace("[form.md]", "[form.md]\n    attachments: [constitution]")
    s = _scheme(project, fewer)
    assert any(f["rule"] == "GC002" and not f.get("unknown") for f in s["findings"])
    more = fewer.replace("[constitution]", "[constitution, safeguarding policy, budget]")
    s = _scheme(project, more)
    assert s["metrics"]["application.form.attachments"] == 3  # the stated list stands
    assert "application.form.attachments" not in s["lower_bounds"]


def _match(tmp_path: Path, text: str) -> float | None:
    from documents import measure

    found = measure(tmp_path, "notes.txt", f"Small grants guidance\n\n{text}\n").match_funding
    return None if found is None else found.value


def test_t2_match_funding_said_as_half_the_cost_or_from_elsewhere(tmp_path: Path) -> None:
    """The funder's "half the cost" (no "of") leaves half; a share "from elsewhere" is the
    applicant's. Near misses: a share of a part of the cost, or of something else."""
    said = {
        "We will fund up to half the cost of your project.": 50.0,
        "The Town Council will pay up to half the cost of your planting.": 50.0,
        "The Parish Council will normally fund up to half the cost of a project.": 50.0,
        "The fund can pay up to half (50%) of the cost of an event.": 50.0,
        "You must find at least 50% from elsewhere.": 50.0,
        "At least 30% must come from elsewhere.": 30.0,
        "You should raise at least 20% from elsewhere.": 20.0,
        "You must find half from elsewhere.": 50.0,
        # near misses: none of these states match funding
        "We will fund up to half the cost of a venue.": None,
        "We will fund up to half of the cost of a venue.": None,  # (was 50)
        "We will pay up to half the cost of room hire.": None,
        "We will fund up to half the cost of equipment.": None,
        "Last year half of groups also had money from elsewhere.": None,
        "Half the applicants found money from elsewhere.": None,
        "About half the cost of most projects is staff time.": None,
    }
    got = {text: _match(tmp_path, text) for text in said}
    assert got == said


def test_t8_md_is_short_for_markdown_wherever_format_is_taken(project: Path) -> None:
    write(project, "scheme.yaml", SCHEME.replace("  guidance:\n    documents: [notes.pdf]\n", ""))
    write(project, "form.md", FORM)
    full = run("check", "scheme.yaml", "-f", "markdown", cwd=project)
    short = run("check", "scheme.yaml", "-f", "md", cwd=project)
    assert short.exit_code == full.exit_code and short.output == full.output
    assert short.output.startswith("# Proportionality report")
    diff = run("diff", "scheme.yaml", "scheme.yaml", "-f", "md", cwd=project)
    assert (
        diff.output
        == run("diff", "scheme.yaml", "scheme.yaml", "-f", "markdown", cwd=project).output
    )
    assert diff.output.startswith("# What changed")
    for command in ("check", "diff"):
        said = " ".join(run(command, "--help").output.split())
        assert "md is short for markdown" in said, command


def test_t6_a_lower_bound_no_rule_settles_is_an_info_finding(project: Path) -> None:
    """review24 F1: "at least 0%" match funding and "at least 1" attachment beside scanned notes
    do not settle GC504 and GC108 (the notes may ask more): each is an info finding saying why,
    never "did not apply" (a pass before T6)."""
    form = (
        "Application form\n\n1. Describe your project (max 300 words)\n\n"
        "Please send a copy of your constitution.\n\n"
        "We do not ask for match funding: we can fund the whole cost.\n"
    )
    write(project, "form.md", form)
    write_scanned_pdf(project / "notes.pdf")
    write(project, "scheme.yaml", SCHEME)
    s = json.loads(run("check", "scheme.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    found = {f["rule"]: f for f in s["findings"]}
    for rule in ("GC504", "GC108"):
        assert rule not in s["not_applicable"] and rule not in s["passed"], rule
        assert found[rule]["severity"] == "info" and found[rule]["unknown"], rule
        assert "no text could be read in notes.pdf" in found[rule]["message"], rule
    assert "at least 0%" in found["GC504"]["message"]


def test_t12_init_from_scanned_documents_alone_says_nothing_could_be_measured(
    project: Path,
) -> None:
    write_scanned_pdf(project / "notes.pdf")
    result = run("init", "--from", "notes.pdf", "-o", "scheme.yaml", cwd=project)
    said = " ".join(result.output.split())
    header = " ".join((project / "scheme.yaml").read_text(encoding="utf-8").split("\n# "))
    for text in (said, header):
        assert "so nothing could be measured" in text
        assert "the other documents" not in text  # there are none
    write(project, "form.md", FORM)
    run("init", "--from", "notes.pdf", "form.md", "-o", "both.yaml", cwd=project)
    both = " ".join((project / "both.yaml").read_text(encoding="utf-8").split("\n# "))
    assert "only what the other documents ask" in both


def test_t13_evidence_in_a_wrapped_paragraph_names_the_line_of_the_words(project: Path) -> None:
    text = (
        "# Prospectus\n\n"
        "Going forward, the fund will empower communities and foster resilience. We will leverage\n"
        "ring-fenced resources to facilitate projects that collaborate with key stakeholders, and\n"
        "Projects must be robust and impactful, and read the JSNA.\n"
    )
    for name in ("notes.md", "notes.txt"):
        write(project, name, text)
        data = json.loads(run("measure", name, "-f", "json", cwd=project).output)["documents"][0]
        lines = {j["term"]: j["location"]["line"] for j in data["jargon"]}
        assert lines["going forward"] == 3 and lines["leverage"] == 3, (name, lines)
        assert lines["ring-fenced"] == 4 and lines["key stakeholders"] == 4, (name, lines)
        assert lines["robust"] == 5, (name, lines)
        shown = run("measure", name, cwd=project).output
        assert f"JSNA, first used in {name}, line 5" in shown, name
