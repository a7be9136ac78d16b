"""Regenerate the generated documents: docs/rules.md and the JSON Schemas.

Run ``make docs`` (or ``python -m grantcheck.docs``) after changing rules/ or
the models; tests/test_docs.py fails while they are out of date.
"""

from __future__ import annotations

import json
from pathlib import Path

from grantcheck.config import Config
from grantcheck.parsing import json_schema as model_schema
from grantcheck.reporters.rules_reference import rules_markdown
from grantcheck.rulepack import default_pack_dir
from grantcheck.rulepack_load import load_pack
from grantcheck.scheme import Scheme

ROOT = Path(__file__).resolve().parents[2]


def json_schema(model: type, title: str) -> str:
    """A draft 2020-12 JSON Schema for ``model`` (written by pydantic), for editors
    (yaml-language-server)."""
    schema = model_schema(model)
    rest = {k: v for k, v in schema.items() if k != "title"}  # pydantic's title is the class name
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title, **rest}
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def generated() -> dict[str, str]:
    """Each generated file's path (relative to the repository) and content."""
    pack, errors = load_pack([(default_pack_dir(), Path("rules"))])
    assert pack is not None, errors
    return {
        "docs/rules.md": rules_markdown(pack),
        "docs/schemas/scheme.schema.json": json_schema(Scheme, "grantcheck scheme file (format 1)"),
        "docs/schemas/config.schema.json": json_schema(Config, "grantcheck config file"),
    }


if __name__ == "__main__":
    for name, text in generated().items():
        path = ROOT / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {name}")
