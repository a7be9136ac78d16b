"""``init --from`` prompts for what it could not find (trial21 D9): documents.md's starter has
"every fact it could not find left as a commented prompt". It prompted for about a third of
the keys plain ``grantcheck init`` writes, so check then reported "not stated" facts the file
never mentioned. Every key of init's template is now in it: measured, or as init's own line
commented out (taken from the template: one list, in one place)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from conftest import run, write

FORM = """# Riverbank Fund: application form

Grants of up to £2,000 are available.

1. Describe your project (max 300 words)

______________________________

Please send a copy of your constitution.
"""


KEY = re.compile(r"^( *)(# ?)?([a-z_]+):")


def _keys(text: str, commented: bool = True) -> set[tuple[str, ...]]:
    """Every key a YAML text writes (``commented``: or prompts for), by its place."""
    found: set[tuple[str, ...]] = set()
    stack: list[tuple[int, str]] = []
    for line in text.splitlines():
        m = KEY.match(line)
        if m is None or (m[2] and not commented):
            continue
        stack = [s for s in stack if s[0] < len(m[1])] + [(len(m[1]), m[3])]
        found.add(tuple(k for _, k in stack))
    return found


def _template() -> str:
    from importlib import resources

    return (resources.files("grantcheck") / "templates" / "starter.yaml").read_text("utf-8")


def _starter(project: Path, *documents: str) -> str:
    write(project, "form.md", FORM)
    write(project, "notes.md", "# Notes\n\nRead these notes before you apply.\n")
    result = run("init", "--from", *documents, "-o", "scheme.yaml", cwd=project)
    assert result.exit_code == 0, result.output
    return (project / "scheme.yaml").read_text(encoding="utf-8")


def test_every_key_plain_init_writes_is_written_or_prompted_for(project: Path) -> None:
    """area, award.typical, application.support, eligibility.legal_forms, decision.feedback,
    funding.core_costs, reporting.measures and engagement were not in the file at all."""
    text = _starter(project, "form.md")
    missing = _keys(_template(), commented=False) - _keys(text)
    assert not missing, sorted(missing)
    for prompt in (
        "# area: mixed",
        "  # typical: 3000",
        "  # support:",
        "    # pre_application: true",
        "  # legal_forms: [",
        "# engagement:",
        "  # rural_proofed: true",
        "# waivers:",
    ):
        assert prompt in text, prompt
    said = [line for line in text.splitlines() if line.lstrip().startswith("# feedback:")]
    assert said and "not measured from documents" in said[0]


def test_measured_facts_are_not_prompted_for_again(project: Path) -> None:
    """A fact the documents give stays written, with its evidence, and has no prompt too."""
    text = _starter(project, "form.md", "notes.md")
    assert re.search(r"^  max: 2000  # measured from form.md, line 3", text, re.M)
    assert len(re.findall(r"^\s*(# )?max:", text, re.M)) == 1
    assert len(re.findall(r"^\s*(# )?questions:", text, re.M)) == 1
    # listed guidance documents are measured for their pages: no stated pages asked for
    assert "# pages:" not in text
    assert '      - "notes.md"' in text


def test_the_starter_with_its_prompts_loads_and_checks(project: Path) -> None:
    text = _starter(project, "form.md", "notes.md")
    data = yaml.safe_load(text)
    assert set(data) == {"format", "name", "funder", "kind", "award", "application"}
    (project / "scheme.yaml").write_text(
        text.replace("funder:   #", "funder: Riverbank Council  #"), encoding="utf-8"
    )
    result = run("check", "scheme.yaml", cwd=project)
    assert result.exit_code in (0, 1), result.output
    assert "input error" not in result.output


def test_a_document_with_no_text_filed_as_guidance_says_it_is_a_guess(project: Path) -> None:
    """trial21 D20: a scanned document went under guidance.documents without a word that the
    choice was a guess (it may be the form)."""
    from documents import write_scanned_pdf

    write_scanned_pdf(project / "scan.pdf")
    text = _starter(project, "form.md", "scan.pdf")
    assert (
        '      - "scan.pdf"  # no text could be read: if it is the form, move it under '
        "form.documents" in text
    )
    assert '      - "form.md"\n' in text  # a form read is listed as it was
