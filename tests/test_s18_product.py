"""Session 18: the product as users meet it (GC304 errs only when full cost recovery is not
allowed, as rules.md says; an unknown currency; 'not known' in spreadsheets; every exit 2
under -f json writes JSON; an old .doc with a password; a tick box's words as its evidence)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from conftest import MINIMAL, grantcheck_process, run, write
from documents import measure, write_ole


@pytest.mark.parametrize(
    "funding,severity",
    [
        ("  overheads_percent_cap: 3\n", "warning"),
        ("  overheads_percent_cap: 3\n  full_cost_recovery: false\n", "error"),
        ("  core_costs: false\n", "error"),  # no running costs at all: no full cost recovery
    ],
)
def test_gc304_errs_only_when_full_cost_recovery_is_not_allowed(
    project: Path, funding: str, severity: str
) -> None:
    """rules.md: GC304's error is 'full_cost_recovery false and cap under 5%'. A cap of 3% on a
    scheme that does not say whether full cost recovery is allowed was an error; it is a
    warning that names the fact to state."""
    write(project, "s.yaml", MINIMAL + "funding:\n" + funding)
    result = run("check", "s.yaml", "--select", "GC304", "-f", "json", cwd=project)
    found = json.loads(result.output)["schemes"][0]["findings"]
    assert [f["severity"] for f in found] == [severity], found
    if severity == "warning":
        assert "funding.full_cost_recovery" in found[0]["message"], found[0]["message"]
        assert "error only when full cost recovery is false" in found[0]["message"]


def test_gc304_explain_says_when_its_error_applies() -> None:
    result = run("explain", "GC304")
    assert "error limits apply only when funding.full_cost_recovery" in result.output


@pytest.mark.parametrize(
    "code,said",
    [
        ("XYZ", "cur.yaml:5:11: input error: currency 'XYZ' is not a known currency code"),
        ("GPB", "Did you mean 'GBP'?"),
    ],
)
def test_an_unknown_currency_code_is_a_located_error(project: Path, code: str, said: str) -> None:
    """``currency: XYZ`` was read silently (every amount then labelled in a currency that does
    not exist): like any mistyped value, it is an input error at the value, exit 2, naming the
    codes known (ISO 4217's) and how to write one."""
    write(project, "cur.yaml", MINIMAL + f"currency: {code}\n")
    result = run("check", "cur.yaml", cwd=project)
    assert result.exit_code == 2, result.output
    assert said in result.output and "ISO 4217" in result.output, result.output
    write(project, "cur.yaml", MINIMAL + "currency: EUR\n")
    assert run("check", "cur.yaml", "--fail-on", "never", cwd=project).exit_code == 0


def test_a_measure_not_known_is_said_in_xlsx_and_csv_never_blank(project: Path) -> None:
    """The workbook left a metric it could not work out as an empty cell, and a finding's value
    too (the CSV as well): a reader takes a blank for zero, or for a fault in the export. Read
    back with openpyxl, every such cell says "not known", as the text report does."""
    import csv
    import io

    import openpyxl

    write(project, "s.yaml", MINIMAL)
    made = run("check", "s.yaml", "-f", "xlsx", "-o", "r.xlsx", "--fail-on", "never", cwd=project)
    assert made.exit_code == 0, made.output
    book = openpyxl.load_workbook(project / "r.xlsx", read_only=True)
    head, row = list(book["Schemes"].iter_rows(values_only=True))[:2]
    scheme = dict(zip(head, row, strict=True))
    assert scheme["application.cost"] == "not known" and scheme["award.max"] == 1000, scheme
    assert None not in [scheme[name] for name in head if "." in str(name)], scheme
    head, *rows = list(book["Findings"].iter_rows(values_only=True))
    gc104 = next(dict(zip(head, r, strict=True)) for r in rows if r[head.index("rule")] == "GC104")
    assert gc104["value"] == "not known", gc104
    text = run("check", "s.yaml", "-f", "csv", "--fail-on", "never", cwd=project).output
    found = list(csv.DictReader(io.StringIO(text)))
    assert next(r for r in found if r["rule"] == "GC104")["value"] == "not known", found


@pytest.mark.parametrize(
    "args,config,said",
    [
        ([], "bogus: 1\n", "unknown key 'bogus'"),
        (["--select", "ZZ9"], None, "--select: 'ZZ9' matches no rule"),
        (["--rules", "missing"], None, "the rule folder does not exist"),
        (["--baseline", "missing.json"], None, "cannot read the baseline"),
    ],
)
def test_every_exit_2_under_json_writes_json_with_its_errors(
    project: Path, args: list[str], config: str | None, said: str
) -> None:
    """A scheme that cannot be loaded gave a JSON report holding the error, but a config,
    rule-folder, --select or baseline error printed nothing on standard output: a CI step
    piping -f json into jq got no JSON at all. Every exit 2 after the command line is
    understood now writes check's JSON shape with the errors (and says why on stderr too)."""
    write(project, "s.yaml", MINIMAL)
    if config is not None:
        write(project, "grantcheck.yaml", config)
    result = grantcheck_process("check", "s.yaml", "-f", "json", *args, cwd=project)
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert report["schema_version"] == 1 and report["schemes"] == [], report
    assert any(said in e["message"] for e in report["errors"]), report["errors"]
    assert {"file", "line", "column", "message"} <= report["errors"][0].keys()
    assert said in result.stderr
    text = grantcheck_process("check", "s.yaml", *args, cwd=project)  # text: as before
    assert text.returncode == 2 and text.stdout == "" and said in text.stderr


def test_measure_json_with_a_config_error_writes_json(project: Path) -> None:
    """measure -f json wrote JSON with the errors for a document it could not read, but
    nothing for a config it could not: now the same shape, no documents, the error."""
    write(project, "form.md", "# Form\n\n1. Describe your project (300 words)\n")
    write(project, "grantcheck.yaml", "bogus: 1\n")
    result = grantcheck_process("measure", "form.md", "-f", "json", cwd=project)
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert report["documents"] == [] and "unknown key 'bogus'" in report["errors"][0]["message"]
    assert report["errors"][0]["file"] == "grantcheck.yaml", report["errors"]


ENCRYPTED_FIB = struct.pack("<HHHHHH", 0xA5EC, 0xC1, 0, 0, 0, 0x0100).ljust(4096, b"\0")
PLAIN_FIB = struct.pack("<HHHHHH", 0xA5EC, 0xC1, 0, 0, 0, 0).ljust(4096, b"\0")


@pytest.mark.parametrize("name", ["form.doc", "form.docx"])
def test_an_old_doc_with_a_password_says_so(project: Path, name: str) -> None:
    """An old Word (.doc) document encrypted with a password was told only "save it as .docx",
    which Word does with the password kept: the File Information Block's fEncrypted flag
    says it is protected, and the message says so and how to clear the password."""
    write_ole(project / name, ["WordDocument", "1Table"], {"WordDocument": ENCRYPTED_FIB})
    result = run("measure", name, cwd=project)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "protected with a password" in result.output, result.output
    assert "clear the password" in result.output, result.output
    write_ole(project / name, ["WordDocument", "1Table"], {"WordDocument": PLAIN_FIB})
    plain = run("measure", name, cwd=project)
    assert plain.exit_code == 2 and "password" not in plain.output, plain.output
    assert "old Word (.doc) document" in plain.output


def test_a_tick_box_is_named_by_the_words_beside_it(tmp_path: Path) -> None:
    """A tick box inside its label, or with its words after it in one paragraph, took the text
    before it as its evidence: the heading above ("Declarations") or the last box's words.
    Its evidence is now the words written beside it, which an applicant reads; a bare "Yes"
    after a box, or an option of a group (one field), still leaves it its question."""
    facts = measure(
        tmp_path,
        "cb.html",
        "<html><body><form><h2>Declarations</h2>\n"
        '<label><input type="checkbox" id="a1"> We have a safeguarding policy</label>\n'
        '<p><input type="checkbox" id="a2"> We have an equality policy</p>\n'
        '<div><input type="checkbox" id="a3"><span>I confirm the information is true</span></div>\n'
        '<table><tr><td>Do you have insurance?</td><td><input type="checkbox" id="a6"> Yes</td>'
        "</tr></table>\n<p>What kind of organisation are you?</p>\n"
        '<label><input type="radio" id="o1" name="org"> Registered charity or CIO</label>\n'
        '<label><input type="radio" id="o2" name="org"> A group with a constitution</label>\n'
        "</form></body></html>\n",
    )
    said = {dict(e.where)["element"]: e.words for e in facts.fields}
    assert said["input#a1"] == "We have a safeguarding policy", said
    assert said["input#a2"] == "We have an equality policy", said
    assert said["input#a3"] == "I confirm the information is true", said
    assert said["input#a6"] == "Do you have insurance?", said
    assert said["input#o1"] == "What kind of organisation are you?", said  # a group's question


def test_diff_json_that_cannot_compare_writes_json(project: Path) -> None:
    """diff -f json on a version that cannot be loaded printed nothing on standard output."""
    write(project, "old.yaml", MINIMAL)
    write(project, "new.yaml", MINIMAL.replace("1000", "lots"))
    result = grantcheck_process("diff", "old.yaml", "new.yaml", "-f", "json", cwd=project)
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert (report["old"], report["new"], report["schemes"]) == ("old.yaml", "new.yaml", [])
    assert report["errors"][0]["file"] == "new.yaml" and report["errors"][0]["line"] == 4


# trial18's deviations (g)


def test_a_scheme_in_another_currency_says_so_at_the_top(project: Path) -> None:
    """D2: 'currency: EUR' was reported as 'Awards up to £1,000' with the note only at the end
    of the assumptions: the band line that opens the scheme (text, Markdown, HTML) says the
    guide's bands and money limits are applied to the amounts as they stand, nothing converted
    (session 20: its sums are shown in euros, test_s20_currency.py)."""
    write(project, "eur.yaml", MINIMAL + "currency: EUR\n")
    for fmt in ("text", "markdown", "html"):
        shown = run("check", "eur.yaml", "-f", fmt, cwd=project).output
        assert "are applied to amounts in EUR as they stand, nothing converted" in shown, fmt
    write(project, "gbp.yaml", MINIMAL)
    assert "nothing converted" not in run("check", "gbp.yaml", cwd=project).output


def test_json_cites_the_guide_in_full(project: Path) -> None:
    """D3: Pack 2 §1 asks every report to cite the guide (title, publishers, year, web address);
    JSON had none of them."""
    write(project, "s.yaml", MINIMAL)
    guide = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["guide"]
    assert "NAVCA" in guide["publishers"] and guide["url"].startswith("https://"), guide
    assert guide["year"] == 2024 and "Local Infrastructure Organisations" in guide["title"]


def test_csv_and_xlsx_locate_a_register_finding_by_cell(project: Path) -> None:
    """D4: a register's finding is located by sheet and cell in every format; CSV and the xlsx
    Findings sheet gave only its line and column (a 'cell' column now, added last)."""
    import csv
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Schemes"
    sheet.append(["name", "funder", "award.max", "application.window_days"])
    sheet.append(["A", "B", 1000, 7])
    book.save(project / "reg.xlsx")
    text = run("check", "reg.xlsx", "-f", "csv", "--select", "GC101", cwd=project).output
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["rule"], r["cell"]) for r in rows] == [("GC101", "Schemes!D2")], rows
    run("check", "reg.xlsx", "-f", "xlsx", "-o", "r.xlsx", "--select", "GC101", cwd=project)
    head, row = list(openpyxl.load_workbook(project / "r.xlsx")["Findings"].values)[:2]
    assert dict(zip(head, row, strict=True))["cell"] == "Schemes!D2"


def test_diff_a_rule_that_no_longer_applies_is_not_fixed(project: Path) -> None:
    """D6 (Pack 2 §8): changing only funding.ongoing from true to false stops GC302 applying;
    it was listed as fixed, with 'Less onerous'. It is no longer checked."""
    funding = "funding:\n  ongoing: {}\n  renewal:\n    notice_days: 10\n"
    write(project, "d1.yaml", MINIMAL + funding.format("true"))
    write(project, "d2.yaml", MINIMAL + funding.format("false"))
    report = json.loads(run("diff", "d1.yaml", "d2.yaml", "-f", "json", cwd=project).output)
    scheme = report["schemes"][0]
    assert "GC302" not in [f["rule"] for f in scheme["fixed"]], scheme
    assert "GC302" in [f["rule"] for f in scheme["no_longer_checked"]], scheme
    assert "Less onerous" not in scheme["verdict"], scheme["verdict"]


def test_gc001_sarif_help_says_where_its_severity_comes_from() -> None:
    """D7: every rule's SARIF help gives its basis; GC001's (grantcheck's own) gave none."""
    from grantcheck.reporters.sarif import UNUSED_WAIVER_RULE

    help_ = UNUSED_WAIVER_RULE["help"]
    assert "grantcheck's own judgement" in help_["text"], help_
    assert "grantcheck's own judgement" in help_["markdown"], help_


def test_renewal_gap_days_beside_the_dates_is_shown(project: Path) -> None:
    """D12, as settled in session 20 (trial20 D1): renewal.gap_days is the USUAL gap
    (scheme-format.md), so a usual gap of 60 beside dates giving 31 is no contradiction; it is
    no longer read silently either: the rules read the dates' 31 and a note gives both."""
    dates = "funding:\n  previous_ends: 2025-06-30\n  starts: 2025-08-01\n"
    write(project, "gd.yaml", MINIMAL + dates + "  renewal:\n    gap_days: 60\n")
    result = run("check", "gd.yaml", "--fail-on", "never", cwd=project)
    assert result.exit_code == 0, result.output
    assert "the usual gap, funding.renewal.gap_days, is 60 days" in result.output, result.output


def test_the_questionnaire_asks_again_without_a_stray_full_stop(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """D13: 'grnat' got "Did you mean 'grant'?. Try again"."""
    from grantcheck.cli.interactive import ask_all as _ask_all

    answers = iter(["Village Fund", "Example Council", "grnat"])

    def typed(prompt: str = "") -> str:
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None

    monkeypatch.setattr("builtins.input", typed)
    with pytest.raises(EOFError):
        _ask_all()
    out = capsys.readouterr().out
    assert "Did you mean 'grant'? Try again" in out and "?." not in out, out


def test_a_pyproject_config_error_names_the_keys_line(project: Path) -> None:
    """D9: every error in pyproject.toml's [tool.grantcheck] pointed at the table's header
    (4:1), where grantcheck.yaml's point at the key: now at the key's own line."""
    write(project, "s.yaml", MINIMAL)
    write(
        project,
        "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.grantcheck]\nignor = ["GC101"]\n  fail_on = "warnin"\n'
        '\n[tool.grantcheck.rules.GC101]\nwarning = "x"\n',
    )
    result = grantcheck_process("check", "s.yaml", cwd=project)
    assert result.returncode == 2, result.stderr
    assert "pyproject.toml:5:1: unknown key 'ignor'" in result.stderr, result.stderr
    assert "pyproject.toml:6:3: fail_on must be" in result.stderr, result.stderr
    assert "pyproject.toml:8:1: rule GC101: warning must be a number" in result.stderr
