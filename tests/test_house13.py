"""Session 13's product findings (the product as users meet it), each pinned by a test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT, run
from hostile_cases import child


def test_a_scheme_whose_only_form_is_missing_is_checked_not_a_crash(tmp_path: Path) -> None:
    # copied out of examples/ without its Word form: GC105's parts were all unknown for that
    # reason alone, and naming what to state then failed (exit 3, IndexError)
    scheme = (ROOT / "examples" / "community-chest-word-form.yaml").read_text(encoding="utf-8")
    (tmp_path / "s.yaml").write_text(scheme, encoding="utf-8")
    done = run("check", "s.yaml", "-f", "json", cwd=tmp_path)
    assert done.exit_code == 2, done.output
    report = json.loads(done.stdout)
    assert (
        "form document 'forms/community-chest-form.docx' was not found"
        in (report["errors"][0]["message"])
    )
    [gc105] = [f for f in report["schemes"][0]["findings"] if f["rule"] == "GC105"]
    assert gc105["message"].startswith(
        "The sector's cost of applying against the total is not known, so this cannot be "
        "checked: forms/community-chest-form.docx could not be read"
    )


def test_a_report_is_never_written_where_a_check_would_read_it_as_a_scheme(
    tmp_path: Path,
) -> None:
    # `-o out.yaml` wrote a text report that the next check of the folder read as a scheme
    (tmp_path / "s.yaml").write_text(MINIMAL, encoding="utf-8")
    for args in (
        ["check", "s.yaml", "-o", "out.yaml"],
        ["check", "s.yaml", "-f", "json", "-o", "out.yml"],
        ["check", "s.yaml", "--write-baseline", "base.YAML"],
        ["diff", "s.yaml", "s.yaml", "-o", "d.yaml"],
    ):
        done = run(*args, cwd=tmp_path)
        assert done.exit_code == 2, (args, done.output)
        assert "would go to a YAML file, which a later check of its folder would read as a " in (
            done.output
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.yaml"]
    assert run("check", "s.yaml", "-o", "out.txt", cwd=tmp_path).exit_code == 0
    assert run("init", "new.yaml", cwd=tmp_path).exit_code == 0  # a scheme is YAML


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
@pytest.mark.parametrize("value", ["", " ", ","])
def test_an_empty_select_on_the_command_line_is_refused_as_in_the_config(
    tmp_path: Path, flag: str, value: str
) -> None:
    # `--select ''` ran every rule, while the config's select: [""] is refused
    (tmp_path / "s.yaml").write_text(MINIMAL, encoding="utf-8")
    done = run("check", "s.yaml", flag, value, cwd=tmp_path)
    assert done.exit_code == 2
    assert f"{flag}: an empty {flag[2:]} pattern matches every rule" in done.output
    assert run("check", "s.yaml", flag, "GC1,", cwd=tmp_path).exit_code == 0  # a trailing comma


@pytest.mark.parametrize(
    "toml,where",
    [
        (
            '[project]\nname = "x"\n\n[tool.grantcheck]\nselect = ["GC1"\nfail_on = "warning"\n',
            "6:1",
        ),
        ('[tool.grantcheck]\nselect = ["GC1"', "2:16"),  # at the end of the file
    ],
)
def test_a_toml_syntax_error_is_located_where_it_is(project: Path, toml: str, where: str) -> None:
    # Python 3.11's tomllib gives the place only in its message: it was reported at 1:1
    (project / "pyproject.toml").write_text(toml, encoding="utf-8")
    (project / "s.yaml").write_text(MINIMAL, encoding="utf-8")
    done = run("check", "s.yaml", cwd=project)
    assert done.exit_code == 2
    assert f"pyproject.toml:{where}: invalid TOML: Unclosed array. Check the syntax" in done.output


def test_init_from_says_how_to_name_the_file_to_write(tmp_path: Path) -> None:
    # 'init --from form.pdf new.yaml' said only that new.yaml was not found
    form = ROOT / "examples" / "forms" / "neighbourhood-fund-form.pdf"
    (tmp_path / "form.pdf").write_bytes(form.read_bytes())
    done = run("init", "--from", "form.pdf", "new.yaml", cwd=tmp_path)
    assert done.exit_code == 2 and "new.yaml:1:1: a scheme file is not a document to measure; " in (
        done.output
    )
    assert "-o new.yaml" in done.output and not (tmp_path / "new.yaml").exists()
    assert run("init", "--from", "form.pdf", "-o", "new.yaml", cwd=tmp_path).exit_code == 0


@pytest.mark.slow  # a subprocess, for its peak memory
def test_a_line_of_dots_is_read_in_little_memory(tmp_path: Path) -> None:
    # the blank's repeated group kept backtracking state per dot: 4,000,000 dots took 500 MB
    # (within max_document_characters, so 6 GB at its ceiling)
    (tmp_path / ".git").mkdir()
    (tmp_path / "dots.txt").write_text("Name of group" + "." * 4_000_000 + "\n", encoding="utf-8")
    # the child's own peak (VmHWM), not wait4's, which counts the pytest worker's size too
    code, out, err, _, peak = child(["measure", "dots.txt"], tmp_path)
    assert code == 0 and 'Field: dots.txt, line 1: "Name of group"' in out, out + err
    assert 10 < peak < 200  # (an interpreter alone takes more than 10 MB)


def test_a_word_form_of_tables_nested_too_deeply_is_not_called_damaged(tmp_path: Path) -> None:
    # a table in a table ... 90 deep passes lxml's 256 levels: it was 'not a Word document or
    # is damaged', which sends the user to mend a file that is whole
    import docx

    document = docx.Document()
    cell = document.add_table(rows=1, cols=2).cell(0, 0)
    for depth in range(90):
        cell.text = f"{depth + 1}. Tell us about your project (max 50 words)"
        cell = cell.add_table(rows=1, cols=2).cell(0, 0)
    document.save(str(tmp_path / "deep.docx"))
    done = run("measure", "deep.docx", cwd=tmp_path)
    assert done.exit_code == 2
    assert "deep.docx:1:1: input error: 'deep.docx' is nested more than 256 levels deep " in (
        done.output
    )


def test_diff_and_measure_choose_the_format_from_the_output_name_as_check_does(
    tmp_path: Path,
) -> None:
    # 'diff -o changes.json' wrote a text report into a .json file (check's -o reads the suffix)
    (tmp_path / "old.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(MINIMAL.replace("1000", "1500"), encoding="utf-8")
    (tmp_path / "form.txt").write_text("1. Tell us about your group (max 50 words)\n")
    run("diff", "old.yaml", "new.yaml", "-o", "changes.json", cwd=tmp_path)
    assert json.loads((tmp_path / "changes.json").read_text())["schema_version"] == 1
    run("diff", "old.yaml", "new.yaml", "-o", "changes.md", cwd=tmp_path)
    assert (tmp_path / "changes.md").read_text().startswith("# What changed: ")
    assert run("measure", "form.txt", "-o", "facts.json", cwd=tmp_path).exit_code == 0
    assert json.loads((tmp_path / "facts.json").read_text())["total"]["questions"] == 1
    run("measure", "form.txt", "-o", "facts.json", "-f", "text", cwd=tmp_path)
    assert (tmp_path / "facts.json").read_text().startswith("form.txt: plain text")


def test_dash_as_the_output_file_is_standard_output(tmp_path: Path) -> None:
    # '-o -' wrote a file named '-', where most tools print
    (tmp_path / "s.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "form.txt").write_text("1. Tell us about your group (max 50 words)\n")
    done = run("check", "s.yaml", "-f", "json", "-o", "-", cwd=tmp_path)
    assert json.loads(done.stdout)["summary"]["schemes"] == 1
    assert run("diff", "s.yaml", "s.yaml", "-o", "-", cwd=tmp_path).stdout.startswith("Comparing")
    assert run("measure", "form.txt", "-o", "-", cwd=tmp_path).stdout.startswith("form.txt: ")
    assert not (tmp_path / "-").exists()
    both = run("check", "s.yaml", "-f", "json", "-o", "-", "-f", "text", cwd=tmp_path)
    assert both.exit_code == 2 and "only one format can go to standard output" in both.output
