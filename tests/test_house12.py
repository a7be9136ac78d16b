"""Session 12's product findings (the product as each kind of user meets it), each pinned by a
test that failed before its fix."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import MINIMAL, ROOT, run, write

PDF = "neighbourhood-fund-fillable-pdf.yaml"  # its stated questions and word limit are stale


def _example(project: Path, extra: str = "") -> Path:
    """The fillable-PDF example copied into ``project``, with ``extra`` appended."""
    shutil.copytree(ROOT / "examples" / "forms", project / "forms")
    scheme = project / PDF
    scheme.write_text((ROOT / "examples" / PDF).read_text(encoding="utf-8") + extra, "utf-8")
    return scheme


def _findings(project: Path, *args: str) -> list[dict[str, Any]]:
    out = run("check", PDF, "-f", "json", "--fail-on", "never", *args, cwd=project).output
    return list(json.loads(out)["schemes"][0]["findings"])


def test_a_gc002_finding_gives_its_waiver_key_as_a_json_field(project: Path) -> None:
    """The key a waiver for one disagreement names was only inside the message ("Waiver key:
    X.") and the fingerprint, so a script had to parse English to write the waiver. Each GC002
    finding now carries it as ``waiver_key`` (an added key: schema_version stays 1); every
    other finding has null, GC001 included (its part is the unused waiver, not a stated key)."""
    _example(project)
    found = _findings(project)
    keyed = {f["waiver_key"] for f in found if f["rule"] == "GC002"}
    assert keyed == {"application.form.questions", "application.form.word_limit"}, found
    assert all(f["waiver_key"] is None for f in found if f["rule"] != "GC002")
    for f in found:
        if f["waiver_key"]:
            assert f["message"].endswith(f"Waiver key: {f['waiver_key']}.")
    sarif = run("check", PDF, "-f", "sarif", "--fail-on", "never", cwd=project).output
    keys = [r["properties"].get("waiver_key") for r in json.loads(sarif)["runs"][0]["results"]]
    assert sorted(k for k in keys if k) == sorted(keyed)  # SARIF's results carry it too
    # the key as given waives that disagreement alone
    waiver = (
        "waivers:\n  - rule: GC002\n    key: application.form.questions\n"
        "    reason: The form's two parts are counted as one question each.\n"
    )
    _example(project / "again", waiver)
    again = _findings(project / "again")
    waived = {f["waiver_key"]: f["waived"] for f in again if f["rule"] == "GC002"}
    assert waived == {"application.form.questions": True, "application.form.word_limit": False}


def test_an_unused_keyed_waiver_has_no_waiver_key(project: Path) -> None:
    waiver = (
        "waivers:\n  - rule: GC002\n    key: eligibility.accounts\n"
        "    reason: The notes' accounts line is about audited accounts only.\n"
    )
    _example(project, waiver)
    unused = [f for f in _findings(project) if f["rule"] == "GC001"]
    assert len(unused) == 1 and unused[0]["waiver_key"] is None, unused


# local rules on measures no default rule reads, each judged on a lower bound
LOCAL_RULES = """rules:
  - id: LOCAL1
    title: Applying takes a working day at most
    metric: application.hours
    check: at_most
    advice: Ask for less.
    warning: 8
    unknown: info
  - id: LOCAL2
    title: Reporting takes little time
    metric: reporting.hours_per_year
    check: at_most
    advice: Ask for less.
    warning: 30
    unknown: warning
"""
# questions and attachments stated, the guidance and the answers' words not; no measures
BOUNDED = """name: Test Fund
funder: Test Council
award:
  max: 1000
application:
  form:
    questions: 6
    attachments: [budget, accounts]
reporting:
  frequency: quarterly
"""


def test_a_lower_bound_under_a_local_rule_names_what_it_counts_as_none(project: Path) -> None:
    """A lower bound judged by a rule names what it counts as none (0ffdc1a), but only GC104's
    was tested: no default rule reads the hours to apply or to report. Local rules on both say
    what to state, in text and JSON alike, as not known (never a pass), with the bound. The
    reporting one read "(the measures to report (reporting.measures or ...))": brackets within
    brackets; now a colon."""
    write(project, "policy/local.yaml", LOCAL_RULES)
    write(project, "s.yaml", BOUNDED)
    args = ("check", "s.yaml", "--rules", "policy", "--select", "LOCAL", "--fail-on", "never")
    s = json.loads(run(*args, "-f", "json", cwd=project).output)["schemes"][0]
    by = {f["rule"]: f for f in s["findings"]}
    assert by["LOCAL1"]["message"] == (
        "Hours for one application are at least 3.2 hours, counting as none what is not stated "
        "(reading the guidance and writing answers); whether they are within the warning limit "
        "of 8 hours is not known."  # (a limit the same in every band names none: trial22 T6)
    )
    assert by["LOCAL2"]["message"] == (
        "Reporting hours a year are at least 4 hours, counting as none what is not stated (the "
        "measures to report: reporting.measures or reporting.hours_per_report); whether they are "
        "within the warning limit of 30 hours is not known."
    )
    for f in by.values():
        assert f["unknown"] and f["lower_bound"] and f["threshold"] is None, f
    assert s["passed"] == [] and {"application.hours", "reporting.hours_per_year"} <= set(
        s["lower_bounds"]
    )
    text = " ".join(run(*args, cwd=project).output.split())
    assert "info LOCAL1 s.yaml:6:3 Hours for one application are at least 3.2 hours," in text
    assert "warning LOCAL2 s.yaml:10:3 Reporting hours a year are at least 4 hours," in text


def test_an_error_limit_stricter_than_the_warning_one_is_refused_where_written(
    project: Path,
) -> None:
    """A grants officer's config gave GC101 'warning: 10, error: 40': a 30-day window was an
    error 'below the error limit of 40 days; 10 days or more passes', which contradicts itself.
    An error limit stricter than the warning one (for the band) is now a located exit-2 error,
    in a config (at the level it sets) and in a local rule file alike."""
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 30\n")
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    warning: 10\n    error: 40\n")
    out = run("check", "s.yaml", cwd=project)
    assert out.exit_code == 2, out.output
    assert (
        "grantcheck.yaml:4:5: the error limit 40 is stricter than the warning limit 10 for every "
        "band" in out.output
    )
    # a lower warning alone crosses the pack's error limit for some bands: located at it
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    warning: {small: 10}\n")
    out = run("check", "s.yaml", cwd=project)
    assert out.exit_code == 2, out.output
    assert (
        "grantcheck.yaml:3:15: the error limit 15 is stricter than the warning limit 10 for small "
        "awards" in out.output
    )
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    warning: 35\n    error: 35\n")
    assert run("check", "s.yaml", cwd=project).exit_code == 1  # equal limits: an error
    (project / "grantcheck.yaml").unlink()
    local = LOCAL_RULES.replace("    warning: 8\n", "    warning: 8\n    error: {micro: 4}\n")
    write(project, "policy/local.yaml", local)
    out = run("check", "s.yaml", "--rules", "policy", cwd=project)
    assert out.exit_code == 2, out.output
    assert (
        "policy/local.yaml:8:20: rule LOCAL1: the error limit 4 is stricter than the warning limit "
        "8 for micro awards" in out.output
    )


def test_what_matters_most_puts_a_limit_not_met_before_a_fact_not_stated(project: Path) -> None:
    """An LIO's report from 'init --from': the one-page summary's five findings that matter
    most were four warnings for facts not stated (window, decision time, timetable, LIO) and,
    last, the one warning the form itself fails (GC106, 700 words against 500), because the
    report's order within a severity is by line. A limit measured and not met now comes before
    a fact not known at the same severity; errors still come first."""
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    word_limit: 700\n")
    out = run("check", "s.yaml", "-f", "markdown", cwd=project).output
    top = out[out.index("**What matters most:**") : out.index("**Across the sector:**")]
    items = [line for line in top.splitlines() if line[:1].isdigit()]
    assert len(items) == 5 and items[0].startswith("1. **Warning, GC106 Answers are short: not met")
    assert all(": not known.**" in item for item in items[1:]), items


def test_a_run_on_some_schemes_calls_no_other_schemes_baseline_entry_stale(project: Path) -> None:
    """A CI user's trial: pre-commit passes only the files changed, so a run with the
    repository's baseline checks one scheme of many; every other scheme's entry was printed
    as 'Baseline entry no longer matches: ... (remove it from the baseline)', advice that would
    make those findings fail the next full run. Only entries about a scheme this run checked
    can be stale; one that is fixed still is."""
    write(project, "a.yaml", MINIMAL + "application:\n  window_days: 10\n")
    other = MINIMAL.replace("Test Fund", "Other Fund")
    write(project, "b.yaml", other + "decision:\n  days: 200\n")
    assert run("check", ".", "--write-baseline", "base.json", cwd=project).exit_code == 0
    out = run("check", "a.yaml", "--baseline", "base.json", "-f", "json", cwd=project)
    assert out.exit_code == 0 and json.loads(out.output)["stale_baseline"] == [], out.output
    text = run("check", "a.yaml", "--baseline", "base.json", cwd=project).output
    assert "no longer match" not in text, text
    write(project, "a.yaml", MINIMAL + "application:\n  window_days: 42\n")  # fixed
    out = run("check", "a.yaml", "--baseline", "base.json", "-f", "json", cwd=project)
    assert json.loads(out.output)["stale_baseline"] == ["GC101:a:application.window_days"]


def test_an_input_error_is_said_on_standard_error_when_every_report_goes_to_a_file(
    project: Path,
) -> None:
    """A CI user's trial: 'check -f sarif -o results.sarif schemes/' with a scheme that cannot
    be read ended with exit code 2 and an empty log: the error was only inside the file. It is
    now echoed on standard error whenever standard output carries no text or github report."""
    write(project, "bad.yaml", "name: x\n")
    out = run("check", "bad.yaml", "-f", "sarif", "-o", "r.sarif", cwd=project)
    assert out.exit_code == 2
    assert "grantcheck: bad.yaml:1:1: 'funder' is required" in out.output, out.output
    shown = run("check", "bad.yaml", cwd=project).output  # text shows it once, on stdout
    assert shown.count("'funder' is required") == 1, shown


def test_a_rule_file_missing_a_key_is_not_sent_to_init(project: Path) -> None:
    """A local rule without 'advice' was told "Add 'advice:' here; see 'grantcheck init' for
    a starter file", but init writes a scheme, not a rule file. Only a scheme is sent there."""
    write(project, "policy/local.yaml", LOCAL_RULES.replace("    advice: Ask for less.\n", "", 1))
    write(project, "s.yaml", MINIMAL)
    out = run("check", "s.yaml", "--rules", "policy", cwd=project).output
    assert "policy/local.yaml:2:5: 'advice' is required in rules[0]. Add 'advice:' here\n" in out
    assert "starter file" not in out, out
    write(project, "t.yaml", "name: x\n")  # a scheme still is
    assert "see 'grantcheck init' for a starter file" in run("check", "t.yaml", cwd=project).output


def test_a_disagreement_put_right_while_another_stays_is_fixed_in_diff(project: Path) -> None:
    """A grants officer's trial: correcting the stale 'questions: 2' of the fillable-PDF example
    to the 4 its form asks, diff said 'No change in findings ... 1 finding no longer checked (a
    fact was removed)', though nothing was removed; putting both stale facts right said '2
    findings fixed'. GC002 still gives a finding for the word limit, so it ran: the questions'
    disagreement is fixed."""
    _example(project)
    new = (project / PDF).read_text(encoding="utf-8").replace("questions: 2", "questions: 4")
    write(project, "new.yaml", new)
    out = json.loads(run("diff", PDF, "new.yaml", "-f", "json", cwd=project).output)
    s = out["schemes"][0]
    assert [f["rule"] for f in s["fixed"]] == ["GC002"] and not s["no_longer_checked"], s
    assert "Waiver key: application.form.questions." in s["fixed"][0]["message"]
    assert s["verdict"].startswith("Less onerous: 1 finding fixed, none added"), s["verdict"]


def test_a_total_with_no_document_to_count_does_not_speak_of_others(project: Path) -> None:
    """An LIO measuring one scanned PDF was told 'Not complete (no text in scan.pdf): the counts
    are of the other documents.', though there were none. With no document of text to count
    from, the total says so; beside a readable one the sentence is as before."""
    from documents import write_scanned_pdf

    write_scanned_pdf(project / "scan.pdf")
    shown = run("measure", "scan.pdf", cwd=project).output
    assert "Not complete (no text in scan.pdf): no document had text to count." in shown, shown
    write(project, "form.md", "1. Describe your project. (max 300 words)\n")
    shown = run("measure", "form.md", "scan.pdf", cwd=project).output
    assert "Not complete (no text in scan.pdf): the counts are of the other documents." in shown


def test_jargon_not_known_blames_english_only_when_language_is_why(project: Path) -> None:
    """A register row naming a form that could not be read gave GC111 "... could not be read
    (see its error) (the jargon list and the acronym check are for English text)": the note on
    English is no reason when the document was never read. It follows a language reason only."""
    from documents import write_scanned_pdf

    write_scanned_pdf(project / "scan.pdf")
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [scan.pdf]\n")
    out = run("check", "s.yaml", "-f", "json", "--fail-on", "never", cwd=project).output
    gc111 = [f for f in json.loads(out)["schemes"][0]["findings"] if f["rule"] == "GC111"]
    assert len(gc111) == 1 and "no text could be read in scan.pdf" in gc111[0]["message"], gc111
    assert "for English text" not in gc111[0]["message"]
    write(
        project, "cy.md", "Disgrifiwch eich prosiect a pham mae ei angen yn eich cymuned chi.\n" * 5
    )
    write(project, "s.yaml", MINIMAL + "application:\n  form:\n    documents: [cy.md]\n")
    out = run("check", "s.yaml", "-f", "json", "--fail-on", "never", cwd=project).output
    gc111 = [f for f in json.loads(out)["schemes"][0]["findings"] if f["rule"] == "GC111"]
    assert (
        "in Welsh (the jargon list and the acronym check are for English text)"
        in gc111[0]["message"]
    ), gc111


@pytest.mark.parametrize(
    "toml",
    [
        "[tool.grantcheck.assumptions]\nhourly_cost = 99\n",
        "[ tool.grantcheck ]\nassumptions = {hourly_cost = 99}\n",
        "[tool]\ngrantcheck = {assumptions = {hourly_cost = 99}}\n",
    ],
)
def test_a_pyproject_table_is_found_however_toml_spells_it(project: Path, toml: str) -> None:
    """A grants officer's pyproject.toml holding only '[tool.grantcheck.assumptions]' (or the
    header with spaces, or a [tool] table's inline grantcheck key) was silently not a config:
    discovery looked for the text '[tool.grantcheck]'. It now reads the TOML when the file
    names grantcheck."""
    write(project, "pyproject.toml", toml)
    write(project, "s.yaml", MINIMAL)
    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    assert s["assumptions"]["hourly_cost"] == 99


def test_a_broken_pyproject_naming_grantcheck_is_a_located_error(project: Path) -> None:
    write(project, "pyproject.toml", "[tool.grantcheck\nfail_on = 'warning'\n")
    write(project, "s.yaml", MINIMAL)
    out = run("check", "s.yaml", cwd=project)
    assert out.exit_code == 2 and "pyproject.toml:1:17: invalid TOML: Expected" in out.output, (
        out.output
    )
    write(project, "pyproject.toml", "[project\nname = 'x'\n")  # not ours: still ignored
    assert run("check", "s.yaml", cwd=project).exit_code == 0


def test_the_text_overview_shows_input_controls_escaped_and_forges_no_command(
    project: Path,
) -> None:
    """A hostile trial: the text report's portfolio overview printed scheme names, funders,
    IDs and file names as they came, so an escape sequence in a pull request's scheme cleared
    the screen or retitled the terminal (ESC ] 0;...BEL) and '##[error]' in a name made an
    annotation in a GitHub log. Each line of the overview now shows controls and bidi
    characters escaped, and no line can be read as a workflow command, as every other part of
    the text report."""
    write(project, "a.yaml", 'id: "dup\\e]0;pwned\\a"\nname: A\nfunder: F\naward: {max: 1000}\n')
    write(project, "b.yaml", 'id: "dup\\e]0;pwned\\a"\nname: B\nfunder: F\naward: {max: 1000}\n')
    write(
        project,
        "c.yaml",
        'id: c\nname: "##[error]forged \\e[2J"\nfunder: "F\\u202e"\naward: {max: 1000}\n',
    )
    out = run("check", ".", "--portfolio-only", cwd=project).output
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, out
    assert "dup\\x1b]0;pwned\\x07 in a.yaml and b.yaml" in " ".join(out.split())
    assert "##[error]" not in out and "##\\[error]forged \\x1b[2J (F\\u202e, micro band)" in out


def test_a_pyproject_table_spelt_with_spaces_is_located_at_its_header(project: Path) -> None:
    """An error in '[ tool.grantcheck ]' was located at line 1, not the header: only the exact
    text '[tool.grantcheck]' was looked for."""
    write(project, "pyproject.toml", "[project]\nname = 'x'\n\n[ tool.grantcheck ]\nfail_on = 3\n")
    write(project, "s.yaml", MINIMAL)
    out = run("check", "s.yaml", cwd=project)
    # (session 18: at the key's own line, under the header so spelt)
    assert out.exit_code == 2 and "pyproject.toml:5:1: fail_on must be" in out.output, out.output
