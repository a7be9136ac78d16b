"""Findings of the sixth user trial (/work/team/trial-s6.md), each pinned by a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, run, write

FORM = "1. Describe your project (no more than 1,500 characters)\n\nAnswer:\n"


@pytest.mark.parametrize(
    "setting",
    [
        "characters_per_word: 1000000",  # turned "1,500 characters" into "no limit"
        "characters_per_word: 1e308",  # a YAML string the 10^15 bound never saw
        "words_per_page: 100000000",
        "hourly_cost: 1e300",
        "reading_words_per_minute: 0.000001",
    ],
)
def test_an_implausible_assumption_is_a_located_error(project: Path, setting: str) -> None:
    """P1: only 0 and negative numbers were refused, so a config could make a written limit
    vanish ("no limit") or an estimate run to hundreds of digits."""
    name = setting.split(":")[0]
    write(project, "grantcheck.yaml", f"assumptions:\n  {setting}\n")
    write(project, "s.yaml", MINIMAL)
    write(project, "form.md", FORM)
    for args in (("check", "s.yaml"), ("measure", "form.md")):
        result = run(*args, cwd=project)
        assert result.exit_code == 2, result.output
        value = setting.split(": ")[1]
        if "e3" in value:  # YAML text (no point): refused as no number written plainly
            assert f"'{value}' is not a number written plainly (YAML reads it as text" in (
                result.output
            )
        else:
            assert f"grantcheck.yaml:2:3: assumption {name} must be between" in result.output


def test_plausible_assumptions_are_still_read(project: Path) -> None:
    write(project, "grantcheck.yaml", "assumptions:\n  characters_per_word: 5\n  hourly_cost: 25\n")
    write(project, "form.md", FORM)
    shown = run("measure", "form.md", cwd=project)
    assert shown.exit_code == 0 and "limit 300 words" in shown.output


NOTES = "# Notes\n\nGrants of up to £2,000 are available.\n\nPlease send your constitution.\n"


def test_init_from_never_lets_a_document_name_out_of_its_comment(project: Path) -> None:
    """P2: a newline in a document's name ended the evidence comment, and what followed was
    read as YAML: 'g\\n  typical: 1\\n#.md' set award.typical to 1."""
    import yaml

    name = "g\n  typical: 1\n#.md"
    write(project, name, NOTES)
    result = run("init", "--from", name, "-o", "s.yaml", cwd=project)
    assert result.exit_code == 0, result.output
    text = (project / "s.yaml").read_text(encoding="utf-8")
    assert "\n  typical: 1" not in text and "g\\n  typical: 1\\n#.md" in text
    scheme = yaml.safe_load(text)
    assert scheme["award"] == {"max": 2000}
    assert scheme["application"]["guidance"]["documents"] == [name]


def test_measure_shows_a_newline_in_a_name_as_an_escape(project: Path) -> None:
    """P2: measure printed the name raw, so a document's heading and every evidence line
    split in two ('new' / 'line.md: Markdown, ...')."""
    write(project, "new\nline.md", NOTES)
    shown = run("measure", "new\nline.md", cwd=project).output
    assert "new\\nline.md: Markdown" in shown
    assert "\nnew\n" not in "\n" + shown and "\nline.md" not in shown


def test_measure_names_an_unread_document_as_it_is_spelt(project: Path) -> None:
    """P2 (found beside it): the list of unread documents turned '_' into ' '."""
    write(project, "bad_form.docx", "not a zip\n")
    write(project, "notes.md", NOTES)
    shown = run("measure", "bad_form.docx", "notes.md", cwd=project).output
    assert "bad_form.docx could not be read" in shown and "bad form" not in shown


SIX = "".join(
    f"{i}. Describe part {i} of your project (max 300 words)\n\nAnswer:\n\n" for i in range(1, 7)
)
STATED = (
    MINIMAL + "application:\n  form:\n    documents: [form.md]\n    questions: 2\n"
    "    word_limit: 300\n"
)
WAIVER = "waivers:\n  - rule: GC002\n    reason: The panel says the stated figures are right.\n"


def test_diff_never_calls_a_gc002_waiver_a_lighter_process(project: Path) -> None:
    """P3: waiving GC002 (the documents unchanged) was reported as 'Less onerous': questions
    6 -> 2 'better', GC106 'fixed', and GC002 'no longer checked (a fact was removed)'."""
    import json

    write(project, "form.md", SIX)
    write(project, "old.yaml", STATED)
    write(project, "new.yaml", STATED + WAIVER)
    shown = run("diff", "old.yaml", "new.yaml", cwd=project).output
    assert "Findings fixed" not in shown and "(better)" not in shown, shown
    assert "Waived in the new version" in shown and "The panel says" in shown
    assert "read the scheme file's stated facts" in shown
    data = json.loads(run("diff", "old.yaml", "new.yaml", "-f", "json", cwd=project).output)
    scheme = data["schemes"][0]
    # one for each disagreement (questions, word limit): diff pairs GC002 findings by the
    # stated key each is about, as baselines do (trial 10)
    assert scheme["fixed"] == [] and [f["rule"] for f in scheme["waived"]] == ["GC002", "GC002"]
    assert {m["direction"] for m in scheme["metrics"]} == {"changed"}
    back = run("diff", "new.yaml", "old.yaml", cwd=project).output  # the waiver withdrawn
    assert "(worse)" not in back and "read the documents' measured facts" in back, back


TWO = (
    "1. Describe your project (max 400 words)\n\nAnswer:\n\n"
    "2. Explain who will benefit (no more than 1,200 characters)\n\nAnswer:\n"
)


def test_a_measured_word_limit_shows_each_questions_limit_in_every_report(project: Path) -> None:
    """P4: 'Measured from form.md (line 1; line 5)' gave places but not the limit counted at
    each, so a limit read wrongly (a section's 900 words counted for four questions) could
    not be seen in check's reports."""
    write(project, "form.md", TWO)
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [form.md]\n")
    text = run("check", "s.yaml", cwd=project).output
    flat = " ".join(text.split())
    # a limit in characters names the assumption it rests on (house8, trial S7 finding 7)
    conv = (
        "no more than 1,200 characters at 6 characters a word, an assumption (characters_per_word)"
    )
    assert f"Measured from form.md (line 1: 400 words; line 5: 200 words ({conv}))" in flat
    assert (
        'line 5: "2. Explain who will benefit (no more than 1,200 characters)" (200 words: ' + conv
        in flat
    )
    for fmt in ("markdown", "github", "junit"):
        shown = " ".join(run("check", "s.yaml", "-f", fmt, cwd=project).output.split())
        assert f"line 1: 400 words; line 5: 200 words ({conv})" in shown, fmt


FIELDS = (
    "Name of your group: ____________\n\nEmail address: ____________\n\n"
    "1. Describe your project (max 400 words)\n\nAnswer:\n"
)


def test_the_measured_fields_have_evidence_in_checks_reports(project: Path) -> None:
    """P5: 'Fields: 0.2 hours (15 fields at 1 minute each)' was in the estimate, but no
    report of check said where the fields were (JSON's measured had no entry for them)."""
    import json

    write(project, "form.md", FIELDS)
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [form.md]\n")
    flat = " ".join(run("check", "s.yaml", cwd=project).output.split())
    assert 'Fields 2, measured from form.md, line 1: "Name of your group"; form.md, line 3' in flat
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    fields = data["schemes"][0]["measured"]["application.form.fields"]
    assert fields["measured"] == 2 and fields["read"] == "measured"
    assert [e["location"] for e in fields["evidence"]] == [{"line": 1}, {"line": 3}]


CONDITIONAL = (
    "1. Describe your project (max 300 words)\n\nAnswer:\n\n"
    "Please send with your form:\n\n"
    "- a copy of your constitution;\n"
    "- your safeguarding policy, if your project works with children;\n"
    "- two quotes for any item of equipment over £1,000.\n"
)


def test_documents_asked_only_in_some_cases_are_shown_by_check_and_init(
    project: Path,
) -> None:
    """P6: measure found the documents only some applicants send, but check's reports and
    the starter scheme from init --from never mentioned them (a safeguarding policy lost)."""
    import json

    write(project, "form.md", CONDITIONAL)
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [form.md]\n")
    flat = " ".join(run("check", "s.yaml", cwd=project).output.split())
    summary = run("check", "s.yaml", "-f", "markdown", cwd=project).output
    assert "attach 1 document (and 2 more in some cases)" in summary
    assert "Documents only some applicants send: safeguarding policy and quotes" in flat
    assert "Policies needed only in some cases: safeguarding" in flat
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    some = data["schemes"][0]["measured"]["application.form.conditional_attachments"]
    assert some["measured"] == ["safeguarding policy", "quotes"] and len(some["evidence"]) == 2
    assert run("init", "--from", "form.md", "-o", "new.yaml", cwd=project).exit_code == 0
    text = (project / "new.yaml").read_text(encoding="utf-8")
    assert '#   - "safeguarding policy"  # measured from form.md, line 8' in text, text
    assert "# policies needed only in some cases (list any every applicant needs):" in text
    assert '#   - "safeguarding"  # measured from form.md, line 8' in text  # (trial22 T12)


POLICIES = (
    "1. Describe your project (max 300 words)\n\nAnswer:\n\n"
    "Please send with your form:\n\n"
    "- your health and safety policy;\n"
    "- your data protection policy;\n"
    "- your latest annual accounts (they need not be audited or independently examined).\n"
)


def test_reports_name_policies_and_accounts_in_words_not_identifiers(project: Path) -> None:
    """P9: 'stated independent_examination, measured unaudited', 'health_and_safety policy;
    data_protection policy' and 'accounts accepted bank_statements' reached reports written
    for councillors."""
    write(project, "form.md", POLICIES)
    write(
        project,
        "s.yaml",
        MINIMAL + "application:\n  form:\n    documents: [form.md]\n"
        "eligibility:\n  accounts: independent_examination\n",
    )
    for fmt in ("text", "markdown"):
        shown = " ".join(run("check", "s.yaml", "-f", fmt, cwd=project).output.split())
        for raw in ("health_and_safety", "data_protection", "independent_examination"):
            assert raw not in shown, (fmt, raw)
        assert "health and safety policy" in shown and "stated independent examination" in shown


def test_gc002_says_a_policy_is_asked_in_some_cases_and_a_waiver_names_every_fact(
    project: Path,
) -> None:
    """P11: 'Policies required: stated safeguarding, measured equality' hid that the form asks
    for safeguarding in some cases. P13: the waiver's note named only the questions and word
    limit, though every stated fact is then read (match funding, accounts, ...)."""
    form = POLICIES + "- your safeguarding policy, if you work with children.\n"
    form += "\nYou must find 20% match funding.\n"
    write(project, "form.md", form)
    scheme = (
        MINIMAL + "application:\n  form:\n    documents: [form.md]\n    questions: 1\n"
        "eligibility:\n  policies_required: [equality]\n  match_funding_percent: 10\n"
    )
    write(project, "s.yaml", scheme)
    flat = " ".join(run("check", "s.yaml", cwd=project).output.split())
    assert "and safeguarding only in some cases)" in flat, flat
    write(project, "w.yaml", scheme + WAIVER)
    flat = " ".join(run("check", "w.yaml", cwd=project).output.split())
    assert "GC002 is waived, so the rules read the stated questions, policies required" in flat
    assert "and match funding." in flat  # (trial22 T8: worded with no verb to agree)


@pytest.mark.parametrize("fmt", ["github", "junit"])
def test_ci_formats_say_whose_limit_each_finding_applies(project: Path, fmt: str) -> None:
    """P10: text, Markdown, HTML and SARIF say whose limit it is (the guide's, the law's or
    grantcheck's own judgement); GitHub annotations and JUnit did not, so a CI reviewer saw
    'above the warning limit of 0%' with no hint that the line is grantcheck's own."""
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 10\n")
    args = ("check", "s.yaml", "-f", fmt, "--fail-on", "info")
    flat = " ".join(run(*args, cwd=project).output.split())
    assert "Limit: grantcheck's own judgement (calibrated on the guide's example" in flat, flat
    assert "Limit: the guide's" in flat  # a finding whose limit is the guide's own


def test_the_one_page_summary_gives_gc002s_disagreements_without_their_evidence(
    project: Path,
) -> None:
    """P7: 'What matters most' pasted GC002's whole evidence (every question quoted, about 450
    words) into the summary meant for a council paper; the detail below keeps it."""
    short = "".join(f"{i}. Describe part {i} (max 50 words)\n\nAnswer:\n\n" for i in range(1, 7))
    write(project, "form.md", short)
    write(
        project,
        "s.yaml",
        MINIMAL + "application:\n  window_days: 42\n  form:\n    documents: [form.md]\n"
        "    questions: 2\n    word_limit: 100\n  support: {pre_application: true}\n"
        "decision: {days: 20, timeline_published: true, feedback: true}\n"
        "engagement: {lio_involved: true, codesigned: true}\n",
    )
    shown = run("check", "s.yaml", "-f", "markdown", cwd=project).output
    summary = shown.split("### Key measures")[0]
    # one GC002 a disagreement (house8), each short in the summary
    assert "Questions: stated 2, measured 6 (evidence in the finding below)" in summary
    assert "Word limit: stated 100, measured 300 (evidence in the finding below)" in summary
    assert "measured from form.md" not in summary and "(evidence in the finding below)" in summary
    assert "(measured from form.md (line 1" in shown.split("### What to change")[1]
    html = run("check", "s.yaml", "-f", "html", cwd=project).output
    top = html.split("What matters most")[1].split("</ol>")[0]
    assert "measured from form.md" not in top and "measured 300" in top


def test_one_jargon_word_in_a_short_form_is_not_an_error(project: Path) -> None:
    """P12: one 'KPIs' in a 95-word form was 10.5 per 1,000 words, an error, while the same
    word in a 400-word form passed. Documents shorter than 1,000 words together are counted as
    1,000 words long: in a short form the limits count terms (more than 3 warns, 8 errs)."""
    import json

    one = "1. Describe your project (max 300 words)\n\nAnswer:\n\nWe use KPIs to monitor grants.\n"
    write(project, "form.md", one)
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [form.md]\n")
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    # one term in 14 words is 71.4 a thousand; GC111's min_words (1,000 in the rule pack:
    # policy) judges it as 1.0 per 1,000 words, a pass, and that is the figure shown (trial17)
    assert data["schemes"][0]["metrics"]["documents.jargon_per_1000_words"] == 1.0
    assert "GC111" in data["schemes"][0]["passed"]
    many = one + "".join(f"Our {w} matter.\n" for w in ["KPIs", "stakeholders", "KPIs"] * 3)
    write(project, "form.md", many)
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    assert [f["severity"] for f in data["schemes"][0]["findings"] if f["rule"] == "GC111"] == [
        "error"
    ]


def test_a_short_guidance_is_under_a_minute_to_read_in_the_key_numbers(project: Path) -> None:
    """P14: the key numbers said 'about 0 minutes to read' where the line below said 'under a
    minute to read'."""
    write(project, "notes.md", "# Notes\n\nGrants of up to £1,000 for local groups.\n")
    write(project, "s.yaml", MINIMAL + "application:\n  guidance:\n    documents: [notes.md]\n")
    shown = run("check", "s.yaml", cwd=project).output
    assert "0 minutes" not in shown and shown.count("under a minute to read") == 2, shown
