"""Session 15's new user (trial15): what a config sets is credited to it, advice that names a
figure gives way to a local limit, and the other items of their report."""

from __future__ import annotations

from pathlib import Path

from conftest import MINIMAL, run, write

SCHEME = MINIMAL + "application:\n  window_days: 21\n"


def test_an_assumption_the_config_sets_is_credited_to_the_config(project: Path) -> None:
    """2: a config found by itself set hourly_cost: 15, yet the Markdown gave the default's
    reason ("Close to UK median hourly pay"), the text report's assumptions did not say which
    were local, and the reproduce line left the config out."""
    write(project, "s.yaml", SCHEME)
    write(project, "grantcheck.yaml", "assumptions:\n  hourly_cost: 15\n")
    markdown = run("check", "s.yaml", "-f", "markdown", cwd=project).output
    row = next(line for line in markdown.splitlines() if "| £15 |" in line)
    assert "local policy (set in grantcheck.yaml)" in row, row
    assert "median" not in row
    assert "`grantcheck check s.yaml --config grantcheck.yaml --format markdown`" in markdown
    text = " ".join(run("check", "s.yaml", cwd=project).output.split())
    assert "hourly_cost: £15, local policy (set in grantcheck.yaml)." in text, text
    assert "words_per_page: 500 words;" in text  # a default is not marked


def test_advice_with_a_figure_gives_way_to_a_local_limit(project: Path) -> None:
    """3: with GC101's warning limit set to 42 days in the config, the finding said 42 days
    passes under local policy, but its advice still read "at least four weeks"."""
    write(project, "s.yaml", SCHEME)
    write(project, "grantcheck.yaml", "rules:\n  GC101:\n    warning: 42\n    error: 28\n")
    text = " ".join(run("check", "s.yaml", cwd=project).output.split())
    assert (
        "Fix: Meet the limits of local policy (set in grantcheck.yaml). grantcheck's general "
        "advice, written for its own limits: keep the call open for at least four weeks" in text
    ), text
    write(project, "none.yaml", "fail_on: error\n")
    plain = " ".join(run("check", "s.yaml", "--config", "none.yaml", cwd=project).output.split())
    assert "Fix: Keep the call open for at least four weeks" in plain, plain


def test_a_strength_is_narrowed_to_what_the_scheme_allows(project: Path) -> None:
    """4: a scheme whose legal_forms leave out unconstituted groups was said to do well
    because "Unregistered community groups can apply to small awards"."""
    forms = "eligibility:\n  legal_forms: [registered_charity, constituted_group]\n"
    write(project, "s.yaml", SCHEME + forms)
    for fmt in ("markdown", "html"):
        out = run("check", "s.yaml", "-f", fmt, cwd=project).output
        assert "Unregistered community groups can apply" not in out, fmt
        assert "Constituted community groups can apply to small awards (unconstituted" in out
    write(project, "s.yaml", SCHEME + forms.replace("]", ", unconstituted_group]"))
    out = run("check", "s.yaml", "-f", "markdown", cwd=project).output
    assert "- Unregistered community groups can apply to small awards\n" in out


def test_a_mistyped_key_under_a_rule_id_gets_a_suggestion(project: Path) -> None:
    """1: `rules: {GC101: {warnng: 42}}` said "Allowed keys here: " with nothing after it: the
    rule ID was looked up as a field, so no model and no keys were found below it."""
    write(project, "s.yaml", SCHEME)
    for typed, meant in (("warnng", "warning"), ("severty", "severity"), ("min_word", "min_words")):
        write(project, "c.yaml", f"rules:\n  GC101:\n    {typed}: 42\n")
        out = run("check", "s.yaml", "--config", "c.yaml", cwd=project).output
        assert f"unknown key '{typed}' in rules.GC101. Did you mean '{meant}'?" in out, out
    write(project, "c.yaml", "rules:\n  GC101:\n    colour: 42\n")
    out = " ".join(run("check", "s.yaml", "--config", "c.yaml", cwd=project).output.split())
    assert "Allowed keys here: severity, warning, error, info, unknown, min_words" in out, out


def test_junit_says_which_findings_are_known_from_the_baseline(project: Path) -> None:
    """6: a baselined error was a passing test case whose system-out began "error: ...", as if
    an error below --fail-on; text, GitHub annotations and SARIF all say it is known."""
    import xml.etree.ElementTree as ET

    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 10\n")
    assert run("check", "s.yaml", "--write-baseline", "b.json", cwd=project).exit_code == 0
    xml = run("check", "s.yaml", "--baseline", "b.json", "-f", "junit", cwd=project).output
    case = next(c for c in ET.fromstring(xml).iter("testcase") if c.get("name", "")[:5] == "GC101")
    assert case.find("failure") is None
    out = case.findtext("system-out") or ""
    assert out.startswith("known from the baseline, error: The application window is 10 days")
    plain = run("check", "s.yaml", "--fail-on", "never", "-f", "junit", cwd=project).output
    assert "known from the baseline" not in plain


def test_one_stale_baseline_entry_no_longer_matches(project: Path) -> None:
    """5: the summary line said "1 baseline entry no longer match"."""
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 10\n")
    run("check", "s.yaml", "--write-baseline", "b.json", cwd=project)
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 60\n")
    out = run("check", "s.yaml", "--baseline", "b.json", cwd=project).output
    assert "; 1 baseline entry no longer matches." in " ".join(out.split()), out


def test_wording_a_new_user_tripped_over() -> None:
    """7: '1 hours' (0.96 shown as 1), a stray comma in GC111's measure, internal file and old
    names in what reports say, and one sentence repeated as three of the longest."""
    from grantcheck.metrics_catalogue import METRICS
    from grantcheck.readability import measure
    from grantcheck.rulepack import default_pack_dir
    from grantcheck.rulepack_load import load_pack
    from grantcheck.units import fmt

    assert (fmt(0.96, "hours"), fmt(1, "hours"), fmt(2, "hours")) == ("1 hour", "1 hour", "2 hours")
    assert ", per 1,000" not in METRICS["documents.jargon_per_1000_words"].label
    pack, _ = load_pack([(default_pack_dir(), Path("rules"))])
    assert pack is not None
    said = [r.advice for r in pack.rules] + [r.basis_text() for r in pack.rules]
    said += [a.basis for a in pack.assumptions.values()]
    assert not [s for s in said if "jargon.yaml" in s or "formerly" in s]
    long = "This sentence goes on " + "and on " * 20 + "until it ends."
    text = " ".join([long] * 3 + ["A short one.", long.replace("ends", "stops")])
    assert [n for n, _ in measure(text).longest] == [47, 47]  # each once


def test_several_documents_that_could_not_be_read_take_their_errors(project: Path) -> None:
    """7: 'docs/form.doc, docs/locked.pdf, docs/missing.pdf could not be read (see its
    error)'."""
    write(project, "s.yaml", SCHEME + "  guidance:\n    documents: [a.pdf, b.pdf]\n")
    out = " ".join(run("check", "s.yaml", cwd=project).output.split())
    assert "a.pdf and b.pdf could not be read (see their errors)" in out, out
    assert "a.pdf, b.pdf" not in out


def test_bad_inputs_are_named_for_what_they_are(project: Path) -> None:
    """8: a locked PDF said only "Publish an unlocked copy" (an LIO cannot), an empty .docx
    was "not a Word document or is damaged", and a tab indenting a line gave PyYAML's "found
    character that cannot start any token" without naming the tab."""
    from documents import write_encrypted_pdf

    write_encrypted_pdf(project / "locked.pdf")
    out = " ".join(run("measure", "locked.pdf", cwd=project).output.split())
    assert "ask the council that publishes it for one" in out, out
    write(project, "empty.docx", "")
    out = " ".join(run("measure", "empty.docx", cwd=project).output.split())
    assert "'empty.docx' is empty (0 bytes). Download or save it again" in out, out
    write(project, "s.yaml", "name: x\nfunder: y\naward:\n\tmax: 500\n")
    out = " ".join(run("check", "s.yaml", cwd=project).output.split())
    assert "s.yaml:4:1: input error: invalid YAML: a tab character here" in out, out
    assert "Replace the tab with spaces" in out
