"""The escaping helpers every reporter uses for text that came from input."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grantcheck.safe_text import (
    clip,
    html,
    json_text,
    markdown,
    markdown_code,
    no_commands,
    prose,
    uri,
    visible,
    workflow_data,
    workflow_property,
    xml,
)

NASTY = "a\n::error::forged\r\x1b[31mred\x1b]8;;http://x\x07\x9b1m\u202etxt.exe\u2028##[error]x"


def test_visible_shows_controls_and_bidi_escaped_on_one_line() -> None:
    text = visible(NASTY)
    assert "\n" not in text and "\r" not in text and "\x1b" not in text and "\u202e" not in text
    assert "\x9b" not in text and "\u2028" not in text
    assert "\\x1b[31mred" in text and "\\u202etxt" in text and "a\\n::error" in text
    assert visible("plain £ text — fine") == "plain £ text — fine"


def test_prose_folds_white_space_then_escapes() -> None:
    assert prose("one\n  two\tthree\x1b") == "one two three\\x1b"


def test_clip_bounds_a_quote() -> None:
    assert clip("x" * 10) == "x" * 10
    assert clip("x" * 1000) == "x" * 199 + "…" and len(clip("x" * 1000)) == 200


@pytest.mark.parametrize(
    "attack",
    [
        "<!-- hide -->",
        "<script>alert(1)</script>",
        "[click](http://evil)",
        "![img](http://evil/x.png)",
        "a | b",
        "**bold**",
        "`code`",
        "line\nbreak",
    ],
)
def test_markdown_leaves_no_markup(attack: str) -> None:
    text = markdown(attack)
    assert "<" not in text and "\n" not in text
    for char in "[]|*`":
        assert char not in text.replace("\\" + char, "")


def test_markdown_at_a_line_start_starts_no_list_or_heading() -> None:
    assert markdown("1. one", line_start=True) == "1\\. one"
    assert (
        markdown("# h", line_start=True) == "\\# h" and markdown("- x", line_start=True) == "\\- x"
    )
    assert markdown("0.5 hours") == "0.5 hours"
    assert markdown("hours_per_stage _em_ a__b") == "hours_per_stage \\_em\\_ a\\_\\_b"


def test_markdown_code_spans_hold_any_backticks() -> None:
    assert markdown_code("a.yaml") == "`a.yaml`"
    assert markdown_code("a`b") == "``a`b``"
    assert markdown_code("`x") == "`` `x ``"
    assert markdown_code("a|b", in_table=True) == "`a\\|b`"


def test_html_escapes_markup_and_log_commands() -> None:
    assert html('<b a="1">&') == "&lt;b a=&quot;1&quot;&gt;&amp;"
    assert "##[" not in html("##[error]x") and "\x1b" not in html("\x1b")


def test_xml_is_well_formed_whatever_the_text() -> None:
    text = "".join(chr(c) for c in range(0x120)) + "\ufffe\uffff\ud800\u202e"
    root = ET.Element("r", name=xml(text))
    root.text = xml(text)
    ET.fromstring(ET.tostring(root, encoding="unicode"))


def test_workflow_command_encoding() -> None:
    assert workflow_data("50%\r\nx") == "50%25%0D%0Ax"
    assert workflow_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_no_commands_breaks_command_lines_only() -> None:
    text = "ok\n::error::x\n  ::stop-commands::t\nsee ##[error]y\nfile.yaml:1:2 a::b\n"
    safe = no_commands(text)
    assert all(not line.lstrip().startswith("::") for line in safe.splitlines())
    assert "##[" not in safe and "file.yaml:1:2 a::b" in safe


def test_json_text_keeps_the_data() -> None:
    value = {"name": "\x9b31m\u202eevil ##[error] \x1b"}
    document = json_text(json.dumps(value, ensure_ascii=False))
    assert json.loads(document) == value
    assert "\x9b" not in document and "\u202e" not in document and "##[" not in document


def test_uri_percent_encodes() -> None:
    assert uri("schemes/my file #1%.yaml") == "schemes/my%20file%20%231%25.yaml"
    assert uri("a\udcffb") == "a%FFb"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_no_helper_lets_a_control_through(text: str) -> None:
    for helper in (visible, prose, markdown, html):
        out = helper(text)
        assert "\n" not in out and "\x1b" not in out and "\u202e" not in out
    ET.fromstring(f"<r>{xml(text).replace('&', '&amp;').replace('<', '&lt;')}</r>")


def test_a_huge_waiver_reason_is_quoted_bounded(tmp_path: Path) -> None:
    from conftest import MINIMAL, run

    (tmp_path / "s.yaml").write_text(
        MINIMAL + "waivers:\n  - rule: GC201\n    reason: " + "why " * 400 + "\n"
    )
    result = run("check", "s.yaml", "-f", "json", cwd=tmp_path)
    reasons = [
        f["waiver_reason"]
        for f in json.loads(result.output)["schemes"][0]["findings"]  # type: ignore[attr-defined]
        if f["waived"]
    ]
    assert reasons and len(reasons[0]) == 200 and reasons[0].endswith("…")
