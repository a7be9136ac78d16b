"""examples/forms/make_forms.py makes the committed example documents byte for byte (session 22,
trial21 D13: README says it makes both; run in a fresh clone, it changed both files)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FORMS = Path(__file__).resolve().parents[1] / "examples" / "forms"


@pytest.mark.parametrize(
    ("make", "name"),
    [("word_form", "community-chest-form.docx"), ("fillable_pdf", "neighbourhood-fund-form.pdf")],
)
def test_make_forms_remakes_the_committed_documents(tmp_path: Path, make: str, name: str) -> None:
    spec = importlib.util.spec_from_file_location("make_forms", FORMS / "make_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    getattr(module, make)(tmp_path)
    assert (tmp_path / name).read_bytes() == (FORMS / name).read_bytes()
