"""Generated documents are current: docs/rules.md and the JSON Schemas."""

from __future__ import annotations

import pytest

from conftest import ROOT
from grantcheck.docs import generated


@pytest.mark.parametrize("name,text", sorted(generated().items()))
def test_generated_file_is_current(name: str, text: str) -> None:
    path = ROOT / name
    assert path.exists(), f"{name} is missing: run 'make docs'"
    assert path.read_text(encoding="utf-8") == text, f"{name} is out of date: run 'make docs'"


def test_rules_reference_names_every_rule() -> None:
    text = generated()["docs/rules.md"]
    for n in ("GC101", "GC305", "GC601", "GC705"):
        assert f"### {n}:" in text


@pytest.mark.parametrize(
    "name,title",
    [
        ("docs/schemas/scheme.schema.json", "grantcheck scheme file (format 1)"),
        ("docs/schemas/config.schema.json", "grantcheck config file"),
    ],
)
def test_schemas_carry_their_own_title(name: str, title: str) -> None:
    """Editors show the title; pydantic's (the class name) once overwrote it."""
    import json

    assert json.loads(generated()[name])["title"] == title


def test_readme_basis_table_is_current(pack: object) -> None:
    from grantcheck.reporters.rules_reference import basis_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n".join(basis_table(pack)) in readme, (
        "README's basis table is out of date: copy it from docs/rules.md"
    )  # type: ignore[arg-type]


def test_every_scheme_field_has_a_description() -> None:
    """Editors (yaml-language-server) show these on hover: none may be missing."""
    import json

    schema = json.loads(
        (ROOT / "docs" / "schemas" / "scheme.schema.json").read_text(encoding="utf-8")
    )
    missing = [
        f"{name}.{key}"
        for name, node in [("scheme", schema), *schema["$defs"].items()]
        for key, prop in node.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert missing == []
