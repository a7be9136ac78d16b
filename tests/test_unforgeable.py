"""Nothing an input holds is forged in any output (issue 10, points 5, 8, 9 and 10).

Hostile text (tests/hostile/forged-output.yaml, file names and config keys made
here) goes through every format. Each output is parsed as its format demands
(JSON and SARIF strictly, JUnit with a strict XML parser, HTML and Markdown for
markup that should not be there), no line of any output (standard output and
standard error) can be taken for a workflow command unless grantcheck wrote it
as one, and no raw escape or bidi character reaches a terminal.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import MINIMAL, ROOT, slow_except

HOSTILE = ROOT / "tests" / "hostile" / "forged-output.yaml"
FORMATS = ["text", "json", "sarif", "github", "junit", "markdown", "html"]
# Anything a terminal acts on, except the line breaks and tabs grantcheck writes itself.
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
OUR_COMMAND = re.compile(r"^::(error|warning|notice) (file=[^,:]*,line=\d+,col=\d+,)?title=[^:]*::")


def grantcheck(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "grantcheck", *args],
        cwd=cwd,
        capture_output=True,
        timeout=120,
        env={**os.environ, "GITHUB_ACTIONS": "", **(env or {})},
    )
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def assert_unforged(text: str, commands: bool = False) -> None:
    """No raw control, no ``##[``, and no line a runner would take for a command we did not
    write."""
    assert RAW.search(text) is None, repr(RAW.search(text))
    assert "##[" not in text
    for line in text.splitlines():
        if line.lstrip().startswith("::"):
            assert commands and OUR_COMMAND.match(line), line


def _strict_json(text: str) -> object:
    def refuse(name: str) -> None:
        raise AssertionError(f"non-finite number {name} in JSON")

    return json.loads(text, parse_constant=refuse)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.comments: list[str] = []
        self.links: set[str | None] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.links |= {value for name, value in attrs if name == "href"}

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def check_parses(fmt: str, out: str) -> None:
    """The output is what its format promises, whatever the input held."""
    if fmt in ("json", "sarif"):
        _strict_json(out)
    elif fmt == "junit":
        ET.fromstring(out.encode("utf-8"))
    elif fmt == "html":
        parser = _Tags()
        parser.feed(out)
        assert "script" not in parser.tags and "img" not in parser.tags and not parser.comments
        # the only link is the guide's own address, from the shipped pack
        assert all(str(link).startswith("https://www.local.gov.uk/") for link in parser.links)
    elif fmt == "markdown":
        prose = re.sub(r"(`+).*?\1", "", out)  # code spans show their text as it is
        # the guide's address, from the pack
        prose = prose.replace("<https://www.local.gov.uk/", "")
        assert "<" not in prose
        assert re.search(r"(?<!\\)\]\(", prose) is None  # no link or image
        for line in out.splitlines():
            if line.startswith("|"):
                header_cells = len(re.findall(r"(?<!\\)\|", line))
                assert header_cells in (4, 5, 6, 8), line  # every row keeps its table's columns


@pytest.mark.parametrize("fmt", slow_except(FORMATS, lambda fmt: fmt == "github"))
def test_hostile_text_is_escaped_in_every_format(fmt: str) -> None:
    code, out, err = grantcheck("check", str(HOSTILE.relative_to(ROOT)), "-f", fmt)
    assert code == 1, err
    assert_unforged(out, commands=fmt == "github")
    assert_unforged(err)
    check_parses(fmt, out)
    if fmt == "json":
        scheme = _strict_json(out)["schemes"][0]  # type: ignore[index]
        assert (
            scheme["name"].startswith("Fund\n::error file=x.yaml") and "\x1b[31m" in scheme["name"]
        )


@pytest.mark.slow  # a subprocess
def test_the_text_report_shows_escapes_visibly() -> None:
    _, out, _ = grantcheck("check", str(HOSTILE.relative_to(ROOT)))
    assert out.startswith("Fund\\n::error file=x.yaml,line=1::forged\\x1b[31m red \\u202eexe.txt")
    assert "forged\\x1b]8;;http://evil\\x07link" in out and "\\x7f" in out  # the waiver's reason


@pytest.mark.parametrize("fmt", slow_except(FORMATS, lambda fmt: fmt == "text"))
def test_a_file_name_with_a_newline_forges_nothing(tmp_path: Path, fmt: str) -> None:
    bad = tmp_path / "a\n::error file=evil.yaml::forged \x1b[2J\u202e.yaml"
    bad.write_text("name: [\n")  # an input error, so the name is echoed in the error line
    (tmp_path / "good.yaml").write_text(MINIMAL)
    code, out, err = grantcheck("check", ".", "-f", fmt, cwd=tmp_path)
    assert code == 2
    assert_unforged(out, commands=fmt == "github")
    assert_unforged(err)
    check_parses(fmt, out)


@pytest.mark.slow  # a subprocess
def test_under_github_actions_errors_on_stderr_are_annotations(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "grantcheck.yaml").write_text('"sel\\n::error::forged\\e[31m": [GC1]\n')
    (tmp_path / "s.yaml").write_text(MINIMAL)
    code, _, err = grantcheck(
        "check", "s.yaml", "-f", "text", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"}
    )
    assert code == 2
    assert_unforged(err, commands=True)
    assert err.startswith(
        "::error file=grantcheck.yaml,line=1,col=1,title=grantcheck input error::unknown key"
    )
    code, _, err = grantcheck("check", "s.yaml", cwd=tmp_path)
    assert (
        code == 2
        and err.startswith("grantcheck: grantcheck.yaml:1:1: unknown key")
        and "\\x1b" in err
    )
    assert_unforged(err)


@pytest.mark.slow  # a subprocess
def test_explain_and_rules_show_a_local_rules_escapes(tmp_path: Path) -> None:
    (tmp_path / "local").mkdir()
    (tmp_path / "local" / "r.yaml").write_text(
        'rules:\n  - id: LOCAL1\n    title: "T\\n::error::forged\\e[31m"\n    metric: '
        "application.window_days\n"
        '    check: at_least\n    warning: 3\n    advice: "a\\n##[error]b\\u202e"\n'
    )
    for args in (["explain", "LOCAL1"], ["rules"]):
        code, out, err = grantcheck(*args, "--rules", "local", cwd=tmp_path)
        assert code == 0, err
        assert_unforged(out)
        assert "\\x1b[31m" in out


@pytest.mark.slow  # a subprocess
def test_diff_shows_escapes(tmp_path: Path) -> None:
    old = MINIMAL.replace("Test Fund", '"Fund\\n::error::x\\e[31m"')
    (tmp_path / "old.yaml").write_text(old)
    (tmp_path / "new.yaml").write_text(old + "application:\n  window_days: 7\n")
    for fmt in ("text", "markdown", "json"):
        code, out, err = grantcheck("diff", "old.yaml", "new.yaml", "-f", fmt, cwd=tmp_path)
        assert code in (0, 1), err
        assert_unforged(out)
        if fmt == "json":
            _strict_json(out)


def test_sarif_uris_are_percent_encoded(tmp_path: Path) -> None:
    (tmp_path / "my scheme #1%.yaml").write_text(MINIMAL)
    _, out, _ = grantcheck("check", ".", "-f", "sarif", cwd=tmp_path)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in _strict_json(out)["runs"][0]["results"]
        for loc in r["locations"]
    }  # type: ignore[index]
    assert uris == {"my%20scheme%20%231%25.yaml"}


# Text from every script and category, bidi and controls included (no surrogates:
# a YAML file holds none).
TEXT = st.text(
    st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",)), min_size=1, max_size=40
)


@pytest.mark.slow  # a property search over every format
@settings(max_examples=40, deadline=None)
@given(name=TEXT, funder=TEXT, reason=TEXT, file=TEXT)
def test_no_text_in_a_scheme_forges_a_line_in_any_format(
    policy,
    name: str,
    funder: str,  # type: ignore[no-untyped-def]
    reason: str,
    file: str,
) -> None:
    from grantcheck.findings import Report
    from grantcheck.pipeline_scheme import check_text
    from grantcheck.reporters import github, html, json_report, junit, markdown, sarif, text

    scheme = (
        f"name: {json.dumps(name)}\nfunder: {json.dumps(funder)}\naward:\n  max: 1000\n"
        "application:\n  window_days: 7\nwaivers:\n  - rule: GC201\n    reason: "
        f"{json.dumps(reason)}\n"
    )
    results, errors = check_text(scheme, file, ROOT / "s.yaml", policy)
    report = Report(tuple(results), tuple(errors))
    rules = {r.id: r for r in policy.pack.rules}
    outputs = {
        "text": text.render(report),
        "json": json_report.render(report, "0"),
        "sarif": sarif.render(report, "0", policy.rules),
        "github": github.render(report),
        "junit": junit.render(report, {r: rules[r].title for r in rules}, "error"),
        "markdown": markdown.render(report, rules, "0", "grantcheck check s.yaml"),
        "html": html.render(report, rules, "0", "grantcheck check s.yaml"),
    }
    outputs["summary"] = github.summary_markdown(report)
    for fmt, out in outputs.items():
        assert_unforged(out, commands=fmt == "github")
        check_parses("markdown" if fmt == "summary" else fmt, out)


@pytest.mark.slow  # a subprocess
def test_a_pdf_library_warning_never_reaches_standard_error(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from documents import pdf_bytes

    data = pdf_bytes([["You can apply for a small grant. We will decide quickly."]])
    (tmp_path / "g.pdf").write_bytes(
        data[: data.rfind(b"startxref")] + b"startxref\n99999\n%%EOF\n"
    )
    (tmp_path / ".git").mkdir()
    (tmp_path / "s.yaml").write_text(
        MINIMAL + "application:\n  guidance:\n    documents: [g.pdf]\n"
    )
    code, _, err = grantcheck("check", "-q", "s.yaml", cwd=tmp_path)
    assert code in (0, 1) and err == ""  # pypdf logs 'incorrect startxref pointer' unless silenced


@pytest.mark.slow  # a subprocess
def test_numbers_too_large_to_compute_are_a_located_error_not_infinity(tmp_path: Path) -> None:
    """A number big enough to overflow an estimate is refused where it is written.

    Every number is read up to 10^15 (issue 10), so no product of them can reach infinity;
    the config value that once did is now a located error, and no output holds a bare
    Infinity or NaN."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "grantcheck.yaml").write_text("assumptions:\n  hourly_cost: 1.0e+308\n")
    (tmp_path / "s.yaml").write_text(
        MINIMAL + "  expected_applications: 100000\napplication:\n  form:\n"
        "    questions: 10\n    word_limit: 1000\n"
    )
    for fmt in ("json", "sarif", "html", "junit"):
        code, out, err = grantcheck("check", "s.yaml", "-f", fmt, cwd=tmp_path)
        assert code == 2 and re.search(r"\b(Infinity|NaN|nan|inf)\b", out + err) is None
        if fmt in ("json", "sarif") and out:
            _strict_json(out)
        assert "grantcheck.yaml:2:16: '1.0e+308' is too large a number" in err


@pytest.mark.parametrize(
    "value,warning,error",
    [(1.7e308, 1.0, 1.6e308), (5.0, 1e308, 1.7e308), (1e-320, 0.0, 0.0), (0.0, 0.0, 0.0)],
)
def test_the_chart_never_draws_nan_or_inf(value: float, warning: float, error: float) -> None:
    from grantcheck.reporters import chart
    from grantcheck.reporters.rows import MeasureRow

    row = MeasureRow(
        rule="GC1",
        label="x",
        metric="award.max",
        unit="pounds",
        value=value,
        direction="at_most",
        warning=warning,
        error=error,
        status="error",
    )
    svg = chart.render([row], "micro", "c")
    assert re.search(r"\b(nan|inf)\b", svg) is None
    ET.fromstring(svg)
