"""The loader: positions for every key, and refusals that keep input honest."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.load import Limits, Position, load_file, load_text


def test_positions_of_keys_and_list_items() -> None:
    docs, errors = load_text("a: 1\nb:\n  c: 2025-03-03\n  d: [x, y]\n", "f.yaml")
    assert errors == []
    doc = docs[0]
    assert doc.keys[("b", "c")] == Position(3, 3)
    assert doc.keys[("b", "d", 1)] == Position(4, 10)
    assert doc.values[("b", "c")] == Position(3, 6)
    assert str(doc.data["b"]["c"]) == "2025-03-03"


def test_position_falls_back_to_nearest_stated_parent() -> None:
    doc = load_text("a:\n  b: 1\n", "f.yaml")[0][0]
    assert doc.position(("a", "missing", "deeper")) == Position(1, 1)
    assert doc.position(("nothing",)) == Position(1, 1)


def test_multiple_documents_are_numbered() -> None:
    docs, errors = load_text("a: 1\n---\na: 2\n", "f.yaml")
    assert [d.index for d in docs] == [1, 2] and errors == []
    assert docs[1].keys[("a",)] == Position(3, 1)


def test_error_in_one_document_keeps_the_others() -> None:
    docs, errors = load_text("a: 1\na: 2\n---\nb: 1\n", "f.yaml")
    assert [d.data for d in docs] == [{"b": 1}]
    assert len(errors) == 1 and errors[0].line == 2


@pytest.mark.parametrize(
    "text,line,column,fragment",
    [
        ("a: 1\na: 2\n", 2, 1, "duplicate key 'a' (first given on line 1)"),
        ("a: 2025-02-30\n", 1, 4, "not a real date"),
        ("a: !!python/object:os.system x\n", 1, 4, "tag"),
        ("a: !!python/object/apply:os.system [ls]\n", 1, 4, "tag"),
        ("x: &a {b: 1}\ny:\n  <<: *a\n", 3, 3, "merge keys"),
        ("a: .nan\n", 1, 4, "not a finite number"),
        ("a: .inf\n", 1, 4, "not a finite number"),
        ("a: [\n", 1, 5, "invalid YAML"),  # the end of the last line, never past it
        ("a: b: c\n", 1, 5, "invalid YAML"),
        ("? [a, b]\n: 1\n", 1, 3, "a key must be plain text"),
    ],
)
def test_refusals_are_located(text: str, line: int, column: int, fragment: str) -> None:
    _, errors = load_text(text, "f.yaml")
    assert len(errors) == 1
    e = errors[0]
    assert (e.file, e.line, e.column) == ("f.yaml", line, column)
    assert fragment in e.message and e.hint


def test_alias_bomb_is_bounded() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    _, errors = load_text("\n".join(lines) + "\n", "bomb.yaml")
    assert "more than 100,000 values" in errors[0].message


def test_deep_nesting_is_bounded() -> None:
    text = "a: " + "[" * 200 + "]" * 200 + "\n"
    _, errors = load_text(text, "deep.yaml", Limits(max_depth=50))
    assert errors and "deeper than 50" in errors[0].message


def test_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfname: x\n")
    docs, errors = load_file(path, "bom.yaml")
    assert errors == [] and docs[0].data == {"name": "x"}


def test_invalid_utf8_is_located(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"name: x\nfunder: \xff\xfe\n")
    _, errors = load_file(path, "bad.yaml")
    assert (errors[0].line, errors[0].column) == (2, 9)
    assert "not UTF-8" in errors[0].message


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 200 + "\n")
    _, errors = load_file(path, "big.yaml", Limits(max_file_bytes=100))
    assert "larger than 100 bytes" in errors[0].message


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    _, errors = load_file(tmp_path / "nope.yaml", "nope.yaml")
    assert "cannot read the file" in errors[0].message
