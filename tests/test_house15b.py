"""Session 15's house-keeping: problems in the order of the inputs, the JSON hint, bounded
reading of hostile PDFs and of long plain tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_problems_are_reported_in_the_order_of_the_inputs(project: Path, jobs: str) -> None:
    """A name that is no file was reported before every file's own problems, though given
    after them ('bad.yaml gone.yaml' listed gone.yaml first), as ruff and yamllint do not."""
    write(project, "bad.yaml", "name: [\n")
    write(project, "good.yaml", MINIMAL)
    write(project, "worse.yaml", "award: {max: 1\n")
    args = ["bad.yaml", "gone.yaml", "good.yaml", "-", "worse.yaml", "lost.yaml"]
    out = run("check", *args, "-f", "json", "-j", jobs, cwd=project).stdout
    files = [e["file"] for e in json.loads(out)["errors"]]
    assert files == ["bad.yaml", "gone.yaml", "-", "worse.yaml", "lost.yaml"]


NO_HINT = "name: [1]\nfunder: Test Council\naward:\n  max: 1000\n"  # 'must be text': no hint


def test_an_error_with_no_hint_has_a_null_hint_in_json(project: Path) -> None:
    """An error with no hint carried '"hint": ""' in JSON: a versioned schema's values that are
    not there are null (a finding's waiver_reason), and the key stays for every error."""
    write(project, "s.yaml", NO_HINT)
    write(project, "t.yaml", "name: [\n")
    errors = json.loads(run("check", "s.yaml", "t.yaml", "-f", "json", cwd=project).stdout)
    assert [e["hint"] for e in errors["errors"]] == [
        None,
        "Check the indentation and quoting on this line",
    ]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_reports_for_people_end_an_error_without_an_empty_hint(project: Path, fmt: str) -> None:
    """Markdown and HTML wrote 'message. ' and nothing when an error had no hint, and left the
    hint without its full stop; text and SARIF write sentences: now all four do."""
    write(project, "s.yaml", NO_HINT)
    write(project, "t.yaml", "name: [\n")
    out = run("check", "s.yaml", "t.yaml", "-f", fmt, cwd=project).stdout
    one = "not a list (\\[1\\])." if fmt == "markdown" else "not a list (&#91;1])."
    assert f"{one}\n" in out if fmt == "markdown" else f"{one}</li>" in out
    assert "quoting on this line." in out


def _measured_in_time(folder: Path, name: str) -> None:
    """``measure`` of ``name`` in a child process ends well inside the 30-second budget."""
    from hostile_cases import child

    code, _, said, cpu, _ = child(["measure", name], folder)
    assert code == 0, said
    assert cpu < 30.0, f"{cpu:.1f} CPU seconds"


def test_a_table_of_figures_in_plain_text_is_read_in_linear_time(tmp_path: Path) -> None:
    # Lines of figures run on into one paragraph (no line ends a sentence), and whether the
    # paragraph was all capitals was asked of all of it at each line: quadratic. A table of
    # 8 columns and 8,000 rows (377 KB) took 9 CPU seconds; 20,000 rows passed the budget
    (tmp_path / ".git").mkdir()
    rows = (
        "\t".join(str((r * 7919 + c * 104729) % 99991) for c in range(8)) for r in range(20_000)
    )
    (tmp_path / "figures.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    _measured_in_time(tmp_path, "figures.txt")


def test_short_lines_each_stopping_mid_sentence_are_read_in_linear_time(tmp_path: Path) -> None:
    # A line stopping on a word that needs the next ("... attach your") is read again with the
    # next, and that with the next, without end: 40 KB of such lines took 9 CPU seconds, 80 KB
    # passed the budget. A sentence now carries on over at most 8 lines (the forms': 4)
    (tmp_path / ".git").mkdir()
    words = ("grant", "hall", "budget", "river", "group", "money")
    lines = (f"{words[i % 6]} {words[i * 5 % 6]} {words[i * 7 % 6]} and your" for i in range(5_000))
    (tmp_path / "lines.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _measured_in_time(tmp_path, "lines.txt")


@pytest.mark.slow  # a 12 MB document, read in a child process
def test_a_paragraph_of_megabytes_is_read_in_linear_time(tmp_path: Path) -> None:
    # Each line run on into a paragraph copied the paragraph: 4 MB of lines that all run on
    # took 5.6 CPU seconds, 12 MB (with the document limits raised) passed the budget. A
    # paragraph now takes lines up to 20,000 characters, the next starting a block of its own
    (tmp_path / ".git").mkdir()
    (tmp_path / "grantcheck.yaml").write_text(
        "limits:\n  max_document_characters: 50000000\n  max_document_bytes: 100000000\n"
    )
    words = ("grant", "hall", "budget", "river", "group", "money", "apple", "form", "sum")
    line = " ".join(words)
    text = "\n".join(f"{line} {words[i % 9]}" for i in range(12_000_000 // (len(line) + 7)))
    (tmp_path / "long.txt").write_text(text + "\n", encoding="utf-8")
    _measured_in_time(tmp_path, "long.txt")


@pytest.mark.parametrize("escaped", [False, True])
def test_fields_packed_in_an_object_stream_are_counted_before_they_are_parsed(
    tmp_path: Path, escaped: bool
) -> None:
    # A page packed in a compressed object stream, its fields written inside its list: the
    # name '/Widget' is not in the file's bytes, so pypdf parsed the page whole before the page's
    # list was counted (100,000 fields: 272 MB and 5.7 CPU seconds; at the 100 MB ceiling
    # about 3 GB). Now each object stream's fields are counted before any page is reached
    from hostile_cases import child
    from hostile_documents import packed_fields_pdf

    (tmp_path / ".git").mkdir()
    packed_fields_pdf(tmp_path / "packed.pdf", 100_000, escaped)
    code, _, said, _, peak = child(["measure", "packed.pdf"], tmp_path)
    assert code == 2, said
    assert "'packed.pdf' has at least 100,000 form fields and other annotations" in said
    assert peak < 150, f"{peak:.0f} MB"
    packed_fields_pdf(tmp_path / "packed.pdf", 40, escaped)
    assert run("measure", "packed.pdf", cwd=tmp_path).exit_code == 0


@pytest.mark.parametrize("config", ["grantcheck.yaml", ".grantcheck.yaml"])
def test_the_config_file_named_to_check_is_said_to_be_the_config(
    project: Path, config: str
) -> None:
    """'grantcheck check *.yaml' (or pre-commit's 'types: [yaml]') named the config file too:
    read as a scheme, it gave four errors ('name' is required ..., unknown key 'fail_on')."""
    write(project, config, "fail_on: warning\n")
    write(project, "s.yaml", MINIMAL)
    out = json.loads(run("check", config, "s.yaml", "-f", "json", cwd=project).stdout)
    assert [(e["file"], e["message"]) for e in out["errors"]] == [
        (config, "this is grantcheck's config file, not a scheme file: check reads it itself")
    ]
    assert len(out["schemes"]) == 1


def test_diff_calls_fewer_hours_of_reporting_on_one_agreement_better(project: Path) -> None:
    """The shipped before-and-after example showed 'Reporting hours a year  20 hours -> 2.5
    hours  (better)' over 'Hours of reporting on one agreement  20 hours -> 2.5 hours
    (changed)': both are plainly effort, less being better for applicants."""
    out = run(
        "diff",
        "examples/before-after/community-chest-2025.yaml",
        "examples/before-after/community-chest-2026.yaml",
    ).output
    line = next(x for x in out.splitlines() if "Hours of reporting on one agreement" in x)
    assert line.endswith("20 hours -> 2.5 hours  (better)"), line
