"""Session 11's product findings (trial 10, left open in session 10), each pinned by a test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write

# one form as a Word-like document words it, with its limits in the text
FULL = """# Meadowbank Community Fund: application form

1. Describe your project and what it will do. (max 300 words)

Answer:

2. Why is your project needed? Tell us what evidence you have. (no more than 250 words)

Answer:

3. How will local people be involved in planning and running the project? (max 200 words)

Answer:

4. What difference will the project make to the people taking part? (200 word limit)

Answer:
"""


def _online(*labels: str, limits: tuple[str, ...] = ("1800", "1500", "1200", "1200")) -> str:
    """The same form as an online page words it: short labels, limits as maxlength."""
    rows = "".join(
        f'<label for="q{i}">{text}</label>'
        f'<textarea id="q{i}" name="q{i}" maxlength="{limit}"></textarea>\n'
        for i, (text, limit) in enumerate(zip(labels, limits, strict=True), 1)
    )
    return f"<!DOCTYPE html><html><body><form>\n{rows}</form></body></html>\n"


REWORDED = [
    (  # the trial's own kind of rewording: shorter labels, other endings
        "Describe your project",
        "Why is the project needed and what evidence do you have?",
        "How will local people help plan and run it?",
        "What difference will it make?",
    ),
    (  # another council's web team: other endings, the question's key words and little else
        "Describing the project: what does it do?",
        "Why's there a need for it? Evidence?",
        "Local people: their involvement in plans and running",
        "The difference it will make to those taking part",
    ),
]


@pytest.mark.parametrize("labels", REWORDED)
def test_a_form_and_its_reworded_online_page_are_counted_once(
    project: Path, labels: tuple[str, ...]
) -> None:
    """Trial 10 §12: a Word form listed with its online page, whose labels are shorter, was
    counted twice (10 questions and 1,900 words for 5 and 950), a false GC002. The same
    questions, worded shorter, are one form: counted once, with a note saying so."""
    write(project, "form.md", FULL)
    write(project, "online.html", _online(*labels))
    measured = " ".join(run("measure", "form.md", "online.html", cwd=project).output.split())
    assert "Questions: 4 (0 with no limit) Word limit: 950 words" in measured, measured
    assert "online.html asks the questions form.md asks" in measured
    write(
        project,
        "s.yaml",
        MINIMAL + "application:\n  form:\n    documents: [form.md, online.html]\n"
        "    questions: 4\n",
    )
    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    assert s["metrics"]["application.form.questions"] == 4
    assert not [f for f in s["findings"] if f["rule"] == "GC002"], s["findings"]
    assert any("counted once" in n for n in s["notes"])


PART_B = """# Part B: money

1. What will the grant pay for? (max 150 words)

Answer:

2. How will the project carry on when the grant ends? (max 100 words)

Answer:

3. Who else has been asked to fund the project? (max 100 words)

Answer:
"""


def test_two_parts_that_share_little_are_still_summed(project: Path) -> None:
    write(project, "form.md", FULL)
    write(project, "part-b.md", PART_B)
    measured = " ".join(run("measure", "form.md", "part-b.md", cwd=project).output.split())
    assert "Questions: 7 (0 with no limit)" in measured, measured
    assert "another format" not in measured and "list only one" not in measured


def test_forms_that_share_most_but_not_nearly_all_questions_say_so(project: Path) -> None:
    """Two forms summed that share more than half their questions (a copy out of date, or
    reworded past recognition) are said to be summed, so that a doubled burden is never
    silent."""
    write(project, "form.md", FULL)
    other = _online(
        "Describe your project",
        "Why is the project needed and what evidence do you have?",
        "Tell us about your volunteers' training records",
        "List the risks to your venue's accessibility",
        limits=("1800", "1500", "600", "600"),
    )
    write(project, "online.html", other)
    measured = " ".join(run("measure", "form.md", "online.html", cwd=project).output.split())
    assert "Questions: 8" in measured, measured
    assert "list only one" not in measured  # 2 of 4: as many as two parts may share
    reworded = "What difference will it make?"
    write(
        project,
        "online.html",
        other.replace("Tell us about your volunteers' training records", reworded),
    )
    measured = " ".join(run("measure", "form.md", "online.html", cwd=project).output.split())
    assert "Questions: 8" in measured, measured
    assert (
        "Counted as two parts of the application, though online.html shares 3 of its 4 "
        "questions with form.md: if they are the same form in two formats, list only one"
    ) in measured
    data = json.loads(run("measure", "form.md", "online.html", "-f", "json", cwd=project).output)
    assert [n for n in data["notes"] if n.startswith("counted as two parts")], data["notes"]


# a form whose stated facts two disagreements contradict: attachments and match funding
WAIVER_FORM = """# Hollins Fund: application form

Grants of up to £2,000. You must find match funding of at least 25% of the project's cost.

1. Describe your project. (max 300 words)

Answer:

2. Who will benefit? (max 200 words)

Answer:

Please send a copy of your constitution and your latest annual accounts.
"""
WAIVED = MINIMAL.replace("1000", "2000") + (
    "application:\n  form:\n    documents: [form.md]\n    attachments: [governing document]\n"
    "eligibility:\n  match_funding_percent: 20\n"
)


def _gc002(project: Path, waivers: str) -> list[dict[str, object]]:
    write(project, "form.md", WAIVER_FORM)
    write(project, "s.yaml", WAIVED + waivers)
    result = run("check", "s.yaml", "-f", "json", "--fail-on", "never", cwd=project)
    assert result.exit_code == 0, result.output
    found: list[dict[str, object]] = json.loads(result.output)["schemes"][0]["findings"]
    return found


@pytest.mark.parametrize(
    "key", ["application.form.attachments", "application.form.attach*", "*.attachments"]
)
def test_a_gc002_waiver_with_a_key_waives_that_disagreement_only(project: Path, key: str) -> None:
    """Trial 10 §4: a waiver written for a misread attachment also waived, with its reason, a
    real disagreement on match funding, and the rules read the stated (wrong) 20%."""
    found = _gc002(project, f"waivers:\n  - rule: GC002\n    key: '{key}'\n    reason: misread\n")
    # (each opens with its disagreement: trial22 T6)
    gc002 = {str(f["message"])[:16]: f for f in found if f["rule"] == "GC002"}
    assert len(gc002) == 2, gc002
    attachments, match = gc002["Attachments: sta"], gc002["Match funding: s"]
    assert attachments["waived"] and attachments["waiver_reason"] == "misread"
    assert not match["waived"] and match["waiver_reason"] is None
    (gc504,) = [f for f in found if f["rule"] == "GC504"]
    assert gc504["value"] == 25, gc504  # the measured share: its disagreement is not waived
    assert not [f for f in found if f["rule"] == "GC001"], found


def test_each_gc002_finding_names_the_key_that_waives_it_alone(project: Path) -> None:
    """A user reading a disagreement must learn the key to write (GC002's advice named one
    example key, the attachments', whatever the fact); that key then waives it alone."""
    found = [f for f in _gc002(project, "") if f["rule"] == "GC002"]
    keys = {str(f["message"]).rsplit("Waiver key: ", 1)[-1] for f in found}
    assert keys == {"application.form.attachments.", "eligibility.match_funding_percent."}, found
    key = "eligibility.match_funding_percent"
    waiver = f"waivers:\n  - rule: GC002\n    key: {key}\n    reason: misread\n"
    found = [f for f in _gc002(project, waiver) if f["rule"] == "GC002"]
    waived = [str(f["message"]).endswith(f"Waiver key: {key}.") for f in found if f["waived"]]
    assert waived == [True], found


def test_a_gc002_waiver_without_a_key_still_waives_every_disagreement(project: Path) -> None:
    found = _gc002(project, "waivers:\n  - rule: GC002\n    reason: all of them\n")
    gc002 = [f for f in found if f["rule"] == "GC002"]
    assert len(gc002) == 2 and all(f["waived"] for f in gc002), gc002
    (gc504,) = [f for f in found if f["rule"] == "GC504"]
    assert gc504["value"] == 20  # every stated fact stands


def test_a_keyed_waiver_beside_a_keyless_one_gives_its_own_reason(project: Path) -> None:
    found = _gc002(
        project,
        "waivers:\n  - rule: GC002\n    reason: every one\n"
        "  - rule: GC002\n    key: eligibility.match_funding_percent\n    reason: the typo\n",
    )
    reasons = sorted(str(f["waiver_reason"]) for f in found if f["rule"] == "GC002")
    assert reasons == ["every one", "the typo"], found


def test_a_keyed_waiver_that_matches_no_disagreement_is_reported(project: Path) -> None:
    found = _gc002(
        project, "waivers:\n  - rule: GC002\n    key: application.form.questions\n    reason: r\n"
    )
    assert not any(f["waived"] for f in found if f["rule"] == "GC002"), found
    (gc001,) = [f for f in found if f["rule"] == "GC001"]
    assert "GC002 on application.form.questions matches no finding" in str(gc001["message"])


def test_a_key_on_a_rule_other_than_gc002_is_a_located_error(project: Path) -> None:
    write(project, "form.md", WAIVER_FORM)
    write(project, "s.yaml", WAIVED + "waivers:\n  - rule: GC101\n    key: x.y\n    reason: r\n")
    result = run("check", "s.yaml", cwd=project)
    assert result.exit_code == 2
    assert "s.yaml:13:10" in result.output and "only GC002's findings" in result.output, (
        result.output
    )


def test_a_config_waiver_can_name_a_key(project: Path) -> None:
    write(
        project,
        "grantcheck.yaml",
        "waivers:\n  - scheme: s\n    rule: GC002\n    key: application.form.attachments\n"
        "    reason: agreed by the board\n",
    )
    found = _gc002(project, "")
    waived = {f["waiver_reason"] for f in found if f["rule"] == "GC002"}
    assert waived == {"agreed by the board", None}, found


@pytest.mark.parametrize(
    ("form", "notes"),
    [
        ("Grants of up to £5,000.", "Grants of between £500 and £5,000 are available."),
        ("The maximum grant is £3,000.", "We award from £250 to £3,000 per group."),
    ],
)
def test_init_from_takes_the_smallest_award_from_any_document(
    project: Path, form: str, notes: str
) -> None:
    """Trial 10 §9: the form's "up to £5,000" was taken and the guidance's "between £500 and
    £5,000" never read for award.min (measure's total award.min null too)."""
    write(project, "form.md", f"# Apply\n\n{form}\n\n1. Describe your project. (max 300 words)\n")
    write(project, "notes.md", f"# Guidance\n\n{notes}\n")
    made = run("init", "--from", "form.md", "notes.md", "-o", "s.yaml", cwd=project)
    assert made.exit_code == 0, made.output
    text = (project / "s.yaml").read_text(encoding="utf-8")
    low = "500" if "500" in notes else "250"
    assert f"\n  min: {low}  # measured from notes.md, " in text, text  # (its evidence: session 16)
    total = json.loads(run("measure", "form.md", "notes.md", "-f", "json", cwd=project).output)
    assert total["total"]["award"]["min"] == int(low), total["total"]["award"]


def test_init_from_prompts_for_the_kind_and_the_smallest_award(project: Path) -> None:
    """Trial 10 §9: the starter never asked whether the scheme is a grant or a contract (a
    tender was judged as a grant by default), nor for the smallest award. The kind is written
    as grant, the default, with the question beside it and in the closing line (an empty kind
    was refused although the format gives it a default: trial20 D12)."""
    write(project, "form.md", "# Tender response\n\n1. Describe your service. (max 500 words)\n")
    made = run("init", "--from", "form.md", "-o", "s.yaml", cwd=project)
    assert "and make kind contract if it is a tender" in made.output
    text = (project / "s.yaml").read_text(encoding="utf-8")
    assert "\nkind: grant   # grant or contract: write contract for a tender" in text, text
    assert "\n  # min:   # the smallest award, in pounds: not found in the documents" in text
    filled = text.replace("funder: ", "funder: Ashby Council ", 1)
    filled = filled.replace("  max: ", "  max: 40000 ", 1)
    write(project, "s.yaml", filled)
    as_grant = run("check", "s.yaml", "-f", "json", cwd=project)
    assert json.loads(as_grant.output)["schemes"][0]["kind"] == "grant", as_grant.output
    write(project, "s.yaml", filled.replace("kind: grant ", "kind: contract ", 1))
    checked = run("check", "s.yaml", "-f", "json", cwd=project)
    assert checked.exit_code in (0, 1), checked.output
    assert json.loads(checked.output)["schemes"][0]["kind"] == "contract"


@pytest.mark.parametrize("fail_on", ["error", "warning", "info"])
def test_writing_a_baseline_succeeds_whatever_the_findings(project: Path, fail_on: str) -> None:
    """Trial 10 §5: `--write-baseline` exited 1 on a scheme with findings, so a set-up script
    chained with && stopped at the step that adopts the tool. Recording accepts the findings
    (ruff --add-noqa, PHPStan's --generate-baseline): exit 0, and standard error says so."""
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 7\n")
    assert run("check", "s.yaml", "--fail-on", fail_on, cwd=project).exit_code == 1
    made = run("check", "s.yaml", "--fail-on", fail_on, "--write-baseline", "b.json", cwd=project)
    assert made.exit_code == 0, made.output
    count = len(json.loads((project / "b.json").read_text(encoding="utf-8"))["findings"])
    assert count > 1
    assert f"Recorded {count} findings in the baseline b.json" in made.stderr
    assert run("check", "s.yaml", "--baseline", "b.json", cwd=project).exit_code == 0
    write(project, "bad.yaml", "name: [unclosed\n")  # a file not read is still exit 2
    made = run("check", "s.yaml", "bad.yaml", "--write-baseline", "b.json", cwd=project)
    assert made.exit_code == 2


@pytest.mark.parametrize(
    ("application", "named"),
    [
        ("  form: {questions: 3}\n", "reading the guidance, writing answers and attachments"),
        (
            "  guidance: {pages: 2}\n  form: {questions: 3, attachments: []}\n",
            "(writing answers)",
        ),
        (
            "  guidance: {pages: 2}\n  form: {questions: 3, word_limit: 500}\n",
            "(attachments)",
        ),
    ],
)
def test_a_lower_bound_names_what_it_counts_as_none(
    project: Path, application: str, named: str
) -> None:
    """A lower bound under its limit said only "not enough is stated to tell whether it is
    within the warning limit": it names the parts of the work not stated, so the user knows
    what to state."""
    write(project, "s.yaml", MINIMAL.replace("1000", "90000") + "application:\n" + application)
    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    (gc104,) = [f for f in s["findings"] if f["rule"] == "GC104"]
    message = str(gc104["message"])
    assert "counting as none what is not stated" in message and named in message, message
    assert "not enough is stated" not in message


ASKED_FORM = "# Application form\n\n1. Describe your project (max 300 words)\n\n______\n\n"
EASY_NOTES = "# Notes\n\nSend your latest accounts or, if you have none, three bank statements.\n"


@pytest.mark.parametrize(
    ("form", "level"),
    [
        ("Please send your audited accounts for the last financial year.\n", 4),
        ("Every group must send accounts, independently examined or audited.\n", 3),
    ],
)
def test_the_accounts_asked_are_a_catalogued_metric_a_rule_can_read(
    project: Path, form: str, level: int
) -> None:
    """eligibility.accounts_asked was in diff's JSON only: a metric of every scheme now (the
    hardest accounts any document asks for, beside the easiest accepted that the rules read),
    so a council's own rule can read it and `check -f json` shows it."""
    write(project, "form.md", ASKED_FORM + "## Documents\n\n" + form)
    write(project, "notes.md", EASY_NOTES)
    write(
        project,
        "s.yaml",
        MINIMAL + "application:\n  guidance:\n    documents: [notes.md]\n"
        "  form:\n    documents: [form.md]\n",
    )
    write(
        project,
        "local/accounts.yaml",
        "rules:\n  - id: LOCAL1\n    title: No document asks for more than unaudited accounts\n"
        "    metric: eligibility.accounts_asked\n    check: at_most\n    warning: 2\n"
        "    basis:\n      - kind: judgement\n        text: our panel's own policy\n"
        "    advice: Ask for the accounts a small group already has.\n",
    )
    checked = run("check", "s.yaml", "--rules", "local", "-f", "json", cwd=project)
    s = json.loads(checked.output)["schemes"][0]
    assert s["metrics"]["eligibility.accounts_asked"] == level, s["metrics"]
    assert s["metrics"]["eligibility.accounts_level"] == 1  # the easiest accepted: statements
    assert [f["value"] for f in s["findings"] if f["rule"] == "LOCAL1"] == [level], checked.output


JARGON_NOTES = "# Guidance\n\n" + "".join(
    f"{line}\n\n"
    for line in (
        "Report against the KPIs each quarter.",
        "We will leverage other funding where we can.",
        "Your KPIs should be agreed with your officer.",
        "Send the KPIs with your claim.",
        "Late KPIs delay payment.",
    )
)


def test_measure_groups_a_jargon_term_s_repeats_on_one_line(project: Path) -> None:
    """Trial 10 §10: `measure` printed a line for every jargon hit (60 lines for one
    guidance note, the same quote again and again); check groups them, and so does measure:
    the term once, how often, its first quote and where else."""
    write(project, "notes.md", JARGON_NOTES)
    lines = run("measure", "notes.md", cwd=project).output.splitlines()
    kpis = [line for line in lines if line.startswith('  Jargon: "KPIs"')]
    assert len(kpis) == 1, lines
    assert ', 4 times, from notes.md, line 3: "Report against the KPIs' in kpis[0], kpis[0]
    also = lines[lines.index(kpis[0]) + 1]
    assert also == "    also at line 7; line 9; line 11", lines
    (leverage,) = [line for line in lines if '"leverage"' in line]
    assert "times" not in leverage


@pytest.mark.parametrize(
    "wording",
    [
        "- A DBS check for each volunteer who works with children",
        "Please include enhanced DBS checks for all staff working with young people.",
    ],
)
def test_a_dbs_check_is_named_in_capitals(project: Path, wording: str) -> None:
    """Trial 10 §10: reports an LIO sends said "dbs check", the vocabulary's id in words."""
    form = "# Form\n\n1. Describe your project. (max 100 words)\n\n______\n\n## Documents\n\n"
    form += f"{wording}\n"
    write(project, "form.md", form)
    measured = run("measure", "form.md", cwd=project).output
    assert "DBS check" in measured and "dbs check" not in measured, measured
    made = run("init", "--from", "form.md", "-o", "s.yaml", cwd=project)
    assert made.exit_code == 0
    assert "dbs check" not in (project / "s.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["my-scheme.yaml", "fund.yml", "schemes.csv"])
def test_measure_on_a_scheme_file_says_to_run_check(project: Path, name: str) -> None:
    """Trial 10 §14: `grantcheck measure my-scheme.yaml` said only "'my-scheme.yaml' is not a
    .docx, .pdf, .html, .htm, .md or .txt file"; a new user is told what to run instead."""
    write(project, name, MINIMAL)
    result = run("measure", name, cwd=project)
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert f"run 'grantcheck check {name}'" in said and "is a scheme file or a register" in said
