"""House 9: product findings of trial S8 (GC002's attachments and award, measure's JSON for an
unreadable document, evidence quotes, config yes/no, short reading times)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, run, write
from grantcheck.config import load_config
from grantcheck.units import fmt


def _config_errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "grantcheck.yaml"
    path.write_text(text, encoding="utf-8")
    loaded, errors = load_config(path, "grantcheck.yaml")
    # with errors, what validates without the wrong values is kept for the later checks only
    assert loaded is not None or errors
    return [f"{e.line}:{e.column} {e.message}" for e in errors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("assumptions:\n  characters_per_word: true\n", "2:24 assumptions.characters_per_word"),
        ("assumptions:\n  words_per_page: no\n", "2:19 assumptions.words_per_page"),
        ("assumptions:\n  words_per_page: '500'\n", "2:19 assumptions.words_per_page"),
        ("bands:\n  micro: yes\n", "2:10 bands.micro"),
        ("limits:\n  max_documents: true\n", "2:18 limits.max_documents"),
        ("rules:\n  GC111:\n    min_words: false\n", "3:16 rules.GC111.min_words"),
    ],
)
def test_a_yes_no_or_quoted_figure_in_config_is_an_error_not_1_or_0(
    tmp_path: Path, text: str, expected: str
) -> None:
    """Trial S8 16: `true` was read as 1 ('must be between 2 and 20 characters, not 1') and
    '500' as 500; a yes/no or quoted text where a figure belongs is a slip to report as written."""
    errors = _config_errors(tmp_path, text)
    assert len(errors) == 1 and errors[0].startswith(expected), errors
    assert "must be a" in errors[0] and "number" in errors[0]
    assert " 1" not in errors[0].split("not")[-1] and " 0" not in errors[0].split("not")[-1]
    assert "True" not in errors[0] and "False" not in errors[0]  # YAML's words, not Python's


def test_a_rule_settings_error_names_its_rule_and_its_line(tmp_path: Path) -> None:
    """A rule ID under rules: is a key, not a union member to drop from the path."""
    assert _config_errors(tmp_path, "rules:\n  GC111:\n    unknown: bogus\n") == [
        "3:14 rules.GC111.unknown must be 'warning', 'info' or 'ignore', not 'bogus'"
    ]


def test_figures_in_config_still_read(tmp_path: Path) -> None:
    text = "assumptions:\n  words_per_page: 450\n  hourly_cost: 22.5\nlimits:\n  max_documents: 9\n"
    assert _config_errors(tmp_path, text) == []


def test_the_fast_path_is_strict_where_a_model_asks_for_strict() -> None:
    from typing import Annotated

    from grantcheck.fastpath import Decline, _check
    from grantcheck.model import Constraints

    check = _check(Annotated[float, Constraints(strict=True)])
    assert check(5) == 5.0 and check(2.5) == 2.5
    for wrong in (True, False, "5", None):
        with pytest.raises(Decline):
            check(wrong)


@pytest.mark.parametrize(
    ("hours", "said"),
    [
        (0.03, "2 minutes"),
        (0.001, "1 minute"),
        (0.0, "0 hours"),
        (0.05, "0.1 hours"),
        (2, "2 hours"),
    ],
)
def test_a_few_minutes_are_never_0_hours(hours: float, said: str) -> None:
    assert fmt(hours, "hours") == said


SHORT = MINIMAL + (
    "application:\n  guidance:\n    documents: [notes.md]\n"
    "  form:\n    questions: 1\n    word_limit: 10\n    attachments: []\n"
)


@pytest.mark.parametrize(
    ("form", "row"),
    [
        ("text", "Reading the guidance: 1 minute ("),
        ("markdown", "| Reading the guidance | 1 minute |"),
        ("html", "Reading the guidance</td><td>1 minute<"),
    ],
)
def test_short_guidance_reads_in_minutes_in_every_report(
    project: Path, form: str, row: str
) -> None:
    """Trial S8: 'Reading the guidance: 0 hours' for a few lines of guidance."""
    write(project, "s.yaml", SHORT)
    write(project, "notes.md", "Apply by the end of March.\n\nTell us what your group does.\n")
    out = run("check", "s.yaml", "-f", form, cwd=project).output
    assert row in out
    assert "0 hours" not in out.split("Attachments")[0]


LEAD = (
    "The Millbrook Neighbourhood Fund is open to residents' associations, clubs, faith groups "
    "and small charities working anywhere in the borough, and it pays for"
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Millbrook Neighbourhood Fund 2027 guidance for applicants Millbrook Town Council "
            "(MTC) offers grants of between £750 and £12,500 to groups.",
            "£12,500",
        ),
        (LEAD + " equipment and rent. Grants of up to £4,000 are available.", "£4,000"),
        (LEAD + " equipment and rent; the maximum grant is £6,000 this year.", "£6,000"),
    ],
)
def test_the_awards_quote_holds_the_figure_it_supports(
    tmp_path: Path, text: str, figure: str
) -> None:
    """Trial S8 11: 'offers grants of between £1,000 and…': the quote stopped before the max."""
    from documents import measure

    award = measure(tmp_path, "notes.txt", text + "\n").award
    assert award is not None and figure in award.evidence.words, award


@pytest.mark.parametrize(
    ("said", "words"),
    [
        (
            "We do not ask for match funding, though many groups bring other money too.",
            "do not ask for match funding",
        ),
        (
            "You do not have to provide match funding for this programme.",
            "do not have to provide match funding",
        ),
        ("Match funding is not required for grants of this size.", "not required"),
    ],
)
def test_a_quote_of_no_match_funding_holds_the_words_that_say_so(
    tmp_path: Path, said: str, words: str
) -> None:
    from documents import measure

    facts = measure(tmp_path, "notes.txt", LEAD + " equipment, room hire and volunteers. " + said)
    assert facts.match_funding is not None and facts.match_funding.value == 0
    assert words in facts.match_funding.evidence.words, facts.match_funding.evidence.words


@pytest.mark.parametrize(
    ("said", "words"),
    [
        (
            "Every group that applies, whatever its size and however long it has been running, "
            "must send its latest accounts, which do not need to be audited.",
            "audited",
        ),
        (
            "Every group that applies, whatever its size and however long it has been running in "
            "the borough or elsewhere, must send us a copy of its latest accounts.",
            "accounts",
        ),
    ],
)
def test_a_quote_of_the_accounts_level_holds_its_words(
    tmp_path: Path, said: str, words: str
) -> None:
    from documents import measure

    facts = measure(tmp_path, "notes.txt", said + "\n")
    assert facts.accounts is not None and facts.accounts.value == "unaudited"
    assert words in facts.accounts.evidence.words, facts.accounts.evidence.words


def test_measure_json_says_not_known_for_what_an_unreadable_document_asks(project: Path) -> None:
    """Trial S8 9: `policies_required: []` for a scanned document beside a readable one read as
    'asks for none' (the text said 'not known'); the scanned document's own lists were [] too."""
    import json

    from documents import write_scanned_pdf

    write(project, "notes.md", "Please send your latest bank statement.\n")
    write_scanned_pdf(project / "scan.pdf")
    data = json.loads(run("measure", "notes.md", "scan.pdf", "-f", "json", cwd=project).stdout)
    total = data["total"]
    assert total["policies_required"] is None and total["conditional_policies"] is None
    assert total["at_least"]["policies_required"] == []
    scan = next(d for d in data["documents"] if d["file"] == "scan.pdf")
    assert scan["note"].startswith("not measurable")
    for key in ("questions", "fields", "attachments", "policies_required", "jargon", "words"):
        assert scan[key] is None, key  # nothing in it could be counted, not even as none
    assert (scan["file"], scan["format"]) == ("scan.pdf", "pdf")
    read = next(d for d in data["documents"] if d["file"] == "notes.md")
    assert read["policies_required"] == [] and read["questions"] == []  # read: none, measured
    alone = json.loads(run("measure", "notes.md", "-f", "json", cwd=project).stdout)["total"]
    assert alone["policies_required"] == [] and "at_least" not in alone


FORM = (
    "# Application form\n\n1. Describe your project (max 300 words)\n\n"
    "Please send with this form a copy of your constitution, your project budget and your "
    "public liability insurance certificate.\n"
)


def _gc002(project: Path, attachments: str, award: int = 1000, notes: str = "") -> dict:
    import json

    write(project, "form.md", FORM)
    guidance = ""
    if notes:
        write(project, "notes.md", notes)
        guidance = "  guidance:\n    documents: [notes.md]\n"
    scheme = MINIMAL.replace("max: 1000", f"max: {award}") + (
        f"application:\n{guidance}  form:\n    documents: [form.md]\n    questions: 1\n"
        f"    word_limit: 300\n    attachments: {attachments}\n"
    )
    write(project, "s.yaml", scheme)
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)
    return data["schemes"][0]


def _disagreements(s: dict) -> list[str]:
    return [
        f["message"].split("limit of 0 for ")[-1] for f in s["findings"] if f["rule"] == "GC002"
    ]


@pytest.mark.parametrize(
    "stated",
    [
        "[letters of support, business plan, quotes]",
        "[references, annual accounts, safeguarding policy]",
        "[constitution, budget, DBS checks]",  # two the same, one other
    ],
)
def test_gc002_names_a_list_of_other_documents_of_the_same_length(
    project: Path, stated: str
) -> None:
    """Trial S8 5: attachments were compared by number only, so three stated documents agreed
    with three different ones the form asks for, and the rules read the form's silently."""
    s = _gc002(project, stated)
    fact = s["measured"]["application.form.attachments"]
    assert fact["agrees"] is False
    said = [d for d in _disagreements(s) if "Attachments:" in d]
    assert len(said) == 1, _disagreements(s)
    assert (
        "stated 3 (" in said[0]
        and "measured 3 (governing document, budget and insurance" in (said[0])
    )
    line = next(f for f in s["findings"] if f["rule"] == "GC002")["line"]
    assert line == 10  # the stated list's line, not the documents'


@pytest.mark.parametrize(
    "stated",
    [
        "[a copy of our constitution, project budget, insurance certificate]",
        "[public liability insurance, governing document, budget for the project]",
        "[constitution, budget, signed declaration]",  # a name of no known kind: by number
    ],
)
def test_gc002_agrees_with_the_same_documents_named_otherwise(project: Path, stated: str) -> None:
    s = _gc002(project, stated)
    assert s["measured"]["application.form.attachments"]["agrees"] is True
    assert not [d for d in _disagreements(s) if "Attachments" in d]


@pytest.mark.parametrize(
    "notes",
    [
        "We offer grants of between £1,000 and £10,000 to community groups.\n",
        "Groups can apply for up to £10,000.\n",
        "The maximum grant is £10,000 for each group.\n",
    ],
)
def test_gc002_names_a_stated_award_the_documents_contradict(project: Path, notes: str) -> None:
    """Trial S8 5b: a stated £30,000 against the guidance's £10,000 moved every limit to a laxer
    band, silently. The award chooses the band: GC002 names it; the rules read the stated one."""
    s = _gc002(project, "[constitution, budget, insurance certificate]", 30000, notes)
    fact = s["measured"]["award.max"]
    assert (fact["agrees"], fact["read"], fact["measured"]) == (False, "stated", 10000)
    assert (
        fact["evidence"][0]["document"] == "notes.md"
        and "£10,000" in (fact["evidence"][0]["words"])
    )
    said = [d for d in _disagreements(s) if "award" in d]
    assert len(said) == 1 and "stated £30,000, measured £10,000" in said[0], said
    f = next(f for f in s["findings"] if f["rule"] == "GC002" and "award" in f["message"])
    assert f["line"] == 4  # award.max's line
    assert s["metrics"]["award.max"] == 30000  # the stated award still chooses the band
    assert not any("GC002 is waived" in n for n in s["notes"])
    agreed = _gc002(project, "[constitution, budget, insurance certificate]", 10000, notes)
    assert agreed["measured"]["award.max"]["agrees"] is True and not _disagreements(agreed)


def test_every_kind_as_init_names_it_reads_back_as_that_kind() -> None:
    """A scheme written by `init --from` states its attachments in the reports' words; `check`
    must read each back as the kind measured, or GC002 would contradict init's own file."""
    from grantcheck.documents.facts import kind_words
    from grantcheck.documents.vocab import load
    from grantcheck.measured_kinds import _comparable, stated_kind

    vocab = load()
    named = [(k, None) for k, _ in vocab.kinds if k not in ("policy", "other")]
    named += [("policy", p) for p, _ in vocab.policies if p != "other"]
    assert len(named) > 15
    for kind, policy in named:
        assert stated_kind(kind_words(kind, policy)) == _comparable(kind, policy), (kind, policy)


def test_gc002_writes_each_list_with_and_so_its_comma_parts_the_values(project: Path) -> None:
    """'Policies required: stated safeguarding, equality, measured safeguarding' read as three
    values on the stated side or two on the measured; 'and' joins each list."""
    import json

    write(project, "notes.md", "You must send your safeguarding policy.\n")
    write(
        project,
        "s.yaml",
        MINIMAL
        + "application:\n  guidance:\n    documents: [notes.md]\n"
        + "eligibility:\n  policies_required: [safeguarding, equality, complaints]\n",
    )
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)
    said = [f["message"] for f in data["schemes"][0]["findings"] if f["rule"] == "GC002"]
    assert any(
        "stated safeguarding, equality and complaints, measured safeguarding" in m for m in said
    ), said


@pytest.mark.parametrize("frequency", ["quarterly", "monthly", "six_monthly"])
def test_reporting_with_no_measures_stated_is_a_lower_bound_never_a_pass(
    project: Path, frequency: str
) -> None:
    """Trial S9 F7: 'plus 0.5 hours for each of 0 measures', 'about 4 hours a year' and GC402
    passed, though the measures were not stated (counted as none)."""
    import json

    base = (
        MINIMAL.replace("1000", "10000")
        + f"funding:\n  months: 12\nreporting:\n  frequency: {frequency}\n"
    )
    write(project, "s.yaml", base)
    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)["schemes"][0]
    assert "reporting.cost_share" in s["lower_bounds"]
    assert "reporting.hours_per_year" in s["lower_bounds"]
    assert "GC402" not in s["passed"]
    text = run("check", "s.yaml", cwd=project).stdout
    assert "each of 0 measures" not in text and "none stated, so counted as none" in text
    assert "at least" in text.split("Reporting ")[1].split("\n")[0]
    for stated in ("  measures: 0\n", "  measures: 3\n", "  hours_per_report: 2\n"):
        write(project, "s.yaml", base + stated)
        s = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)["schemes"][0]
        assert not [b for b in s["lower_bounds"] if b.startswith("reporting.")], stated


@pytest.mark.parametrize("form", ["text", "markdown", "html"])
def test_a_typical_award_not_stated_is_said_to_be_the_largest(project: Path, form: str) -> None:
    """Trial S9 F8: '5.3% of a typical award of £10,000' with no typical award stated; the
    share is understated whenever most awards are smaller, and no assumption said so."""
    scheme = MINIMAL + "application:\n  form:\n    questions: 4\n    word_limit: 600\n"
    scheme += "    attachments: [constitution]\n"
    write(project, "s.yaml", scheme)
    out = " ".join(run("check", "s.yaml", "-f", form, cwd=project).stdout.split())
    assert "of the largest award" in out and "typical award of £1,000" not in out
    assert "typical award not stated, so the largest, £1,000, is taken as typical" in out.lower()
    write(project, "s.yaml", scheme.replace("max: 1000", "max: 1000\n  typical: 600"))
    out = " ".join(run("check", "s.yaml", "-f", form, cwd=project).stdout.split())
    assert "of a typical award of £600" in out and "typical award not stated" not in out.lower()
    assert "largest award" not in out


def _unreadable(project: Path, kind: str, name: str) -> None:
    if kind == "damaged":
        (project / name).write_bytes(b"not a zip at all" if name.endswith(".docx") else b"%PDF-1")
    elif kind == "outside":
        (project.parent / "elsewhere.md").write_text("Guidance held elsewhere.\n", "utf-8")
    # "missing": nothing written


@pytest.mark.parametrize(
    ("kind", "guide"),
    [("missing", "notes.pdf"), ("damaged", "notes.docx"), ("outside", "../elsewhere.md")],
)
def test_documents_that_could_not_be_read_are_named_never_unstated(
    project: Path, kind: str, guide: str
) -> None:
    """Trial S9 F6: a scheme naming a readable form beside one that could not be read was told
    its questions were 'not stated' and to 'state the form's questions'; guidance that could
    not be read at all was 'at least 0 pages' and its reading ease blamed on its language."""
    import json

    write(project, "form.md", "1. Describe your project (max 300 words)\n")
    _unreadable(project, kind, guide)
    _unreadable(project, "damaged" if kind == "damaged" else "missing", "form-v2.docx")
    scheme = MINIMAL + (
        f"application:\n  guidance:\n    documents: ['{guide}']\n"
        "  form:\n    documents: [form.md, form-v2.docx]\n"
    )
    write(project, "s.yaml", scheme)
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)
    s = data["schemes"][0]
    said = {f["rule"]: f["message"] for f in s["findings"]}
    for rule in ("GC106", "GC107", "GC104"):
        assert "form-v2.docx could not be read" in said[rule], said[rule]
        assert "not stated" not in said[rule] and "state the form" not in said[rule]
    assert s["metrics"]["guidance.pages"] is None and "GC102" not in s["passed"]
    assert "at least 0" not in said["GC102"] and "could not be read" in said["GC102"]
    assert "score for English" not in said["GC103"]
    text = " ".join(run("check", "s.yaml", cwd=project).stdout.split())
    assert "One application not known: form-v2.docx could not be read" in text
    assert "Guidance not known:" in text and "at least 0 pages" not in text
    assert "Reading the guidance: not known (" in text
    summary = run("check", "s.yaml", "-f", "markdown", cwd=project).stdout
    assert "form-v2.docx could not be read, so the work of applying is not known" in summary
    assert "scanned image" not in summary.split("In short")[1].split("\n")[0]


@pytest.mark.parametrize(
    ("form", "notes", "harder", "easier"),
    [
        (
            "Please send your audited accounts for the last financial year.\n",
            "Send your latest annual accounts or, if you do not produce accounts, your last "
            "three bank statements.\n",
            "form.md accepts audited accounts",
            "notes.md accepts bank statements",
        ),
        (
            "All groups must send a copy of their accounts, independently examined or audited.\n",
            "Send your latest accounts. They do not need to be audited.\n",
            "form.md accepts independently examined accounts",
            "notes.md accepts unaudited accounts",
        ),
    ],
)
def test_documents_that_disagree_on_the_accounts_are_named(
    project: Path, form: str, notes: str, harder: str, easier: str
) -> None:
    """Trial S9 F2: a form demanding audited accounts beside guidance accepting bank statements
    passed silently (the easiest level is read, as documents.md says); each document's level
    is now named, in measure's total, check's notes and JSON's measured fact."""
    import json

    write(project, "form.md", "# Form\n\n" + form)
    write(project, "notes.md", "# Guidance\n\n" + notes)
    shown = run("measure", "form.md", "notes.md", cwd=project).stdout
    total = shown.split("In total")[1]
    assert "the documents disagree:" in total and harder in total and easier in total
    scheme = MINIMAL + (
        "application:\n  guidance:\n    documents: [notes.md]\n  form:\n    documents: [form.md]\n"
    )
    write(project, "s.yaml", scheme)
    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)["schemes"][0]
    assert any("the documents disagree on the accounts" in n for n in s["notes"])
    assert harder in s["measured"]["eligibility.accounts_level"]["documents_disagree"]
    write(project, "notes.md", "# Guidance\n\n" + form)  # the same level: nothing to say
    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)["schemes"][0]
    assert not any("disagree on the accounts" in n for n in s["notes"])


@pytest.mark.parametrize("form", ["form.md", "form.txt"])
def test_init_from_an_unreadable_document_states_no_part_as_the_whole(
    project: Path, form: str
) -> None:
    """Trial S9 F12: init --from with a scanned document beside readable ones wrote the
    attachments, policies and accounts found in the others as plain facts, with no word of
    the unread document; check then called the estimate 'about', not 'at least'."""
    import yaml

    from documents import write_scanned_pdf

    write(
        project,
        form,
        "1. Describe your project (max 300 words)\n\nPlease send your constitution, your "
        "safeguarding policy and your latest accounts.\n",
    )
    write_scanned_pdf(project / "scan.pdf")
    result = run("init", "--from", form, "scan.pdf", "-o", "s.yaml", cwd=project)
    assert result.exit_code == 0, result.output
    assert "scan.pdf could not be read" in " ".join(result.output.split())
    text = (project / "s.yaml").read_text("utf-8")
    assert "# NOT COMPLETE: scan.pdf could not be read" in text
    data = yaml.safe_load(text)
    assert "attachments" not in data["application"]["form"]  # a comment, never a fact
    assert "accounts" not in (data.get("eligibility") or {})
    assert "policies_required" not in (data.get("eligibility") or {})
    assert data["application"]["form"]["questions"] == 1  # what was read is kept
    assert '#   - "governing document"' in text or '# - "governing document"' in text
    whole = run("init", "--from", form, "-o", "t.yaml", cwd=project)
    assert whole.exit_code == 0 and "NOT COMPLETE" not in (project / "t.yaml").read_text()
    assert "attachments" in yaml.safe_load((project / "t.yaml").read_text())["application"]["form"]
