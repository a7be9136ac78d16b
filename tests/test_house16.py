"""Session 16's house-keeping: the product as users meet it (rule ID suggestions, the starter
from a document, the baseline's summary, the language guess, diff's changes, object streams)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL, run, write


@pytest.mark.parametrize(
    "typed,told",
    [
        ("GC999", "; see 'grantcheck rules'"),  # two edits from GC109: another rule, not a typo
        ("GC799", "; see 'grantcheck rules'"),
        ("GC10", "; see 'grantcheck rules'"),  # one edit from ten rules: no single guess
        ("GC1022", "; did you mean GC102?"),
        ("GC1O1", "; did you mean GC101?"),  # the letter O for a zero
        ("CG101", "; did you mean GC101?"),
    ],
)
def test_explain_suggests_a_rule_only_when_one_is_close(typed: str, told: str) -> None:
    """'explain GC999' said 'did you mean GC109?': difflib finds any two rule IDs alike, as
    they share 'GC' and a digit. Like ruff, suggest only a code one typo away."""
    result = run("explain", typed)
    assert result.exit_code == 2
    assert result.output.strip().endswith(f"{typed!r} is not a rule{told}")


def test_a_config_naming_no_rule_is_told_the_close_one_only(project: Path) -> None:
    """The config's rules: and waivers: sections take the same care as explain."""
    write(project, "s.yaml", MINIMAL)
    write(project, "grantcheck.yaml", "rules:\n  GC999:\n    error: 3\n")
    out = run("check", "s.yaml", cwd=project).output
    assert "GC999 is not a rule. See 'grantcheck rules' for the rule IDs" in out
    write(project, "grantcheck.yaml", "waivers:\n  - {scheme: x, rule: GC999, reason: R.}\n")
    out = run("check", "s.yaml", cwd=project).output
    assert "the waiver names GC999, which is not a rule. See 'grantcheck rules'" in out
    (project / "grantcheck.yaml").unlink()
    waiver = "waivers:\n  - {rule: GC1022, reason: Agreed by the panel.}\n"
    write(project, "s.yaml", MINIMAL + waiver)
    out = run("check", "s.yaml", cwd=project).output
    assert "the waiver names GC1022, which is not a rule. Did you mean GC102?" in out


def test_recording_a_baseline_says_how_many_and_prints_no_report(project: Path) -> None:
    """--write-baseline printed the whole report before its one line: a CI user recording a
    baseline wants, as of ruff --add-noqa, the count; a report only when -f or -o asks."""
    write(project, "s.yaml", MINIMAL + "application:\n  window_days: 7\n")
    made = run("check", "s.yaml", "--write-baseline", "b.json", cwd=project)
    assert made.exit_code == 0 and made.stdout == ""
    assert made.stderr.startswith("grantcheck: Recorded ") and made.stderr.count("\n") == 1
    to_out = run("check", "s.yaml", "--write-baseline", "-", cwd=project)
    assert to_out.exit_code == 0 and to_out.stdout.startswith("{")
    asked = run("check", "s.yaml", "--write-baseline", "b.json", "-f", "json", cwd=project)
    assert asked.exit_code == 0 and '"schemes"' in asked.stdout
    write(project, "bad.yaml", "name: [\n")  # errors are still said, and exit 2
    failed = run("check", "s.yaml", "bad.yaml", "--write-baseline", "b.json", cwd=project)
    assert failed.exit_code == 2 and "bad.yaml:1:8: invalid YAML" in failed.stderr


def _awards(applications: int, awards: int) -> str:
    return MINIMAL + f"  expected_applications: {applications}\n  expected_awards: {awards}\n"


def test_diff_shows_every_change_it_names_and_which_way_the_success_rate_went(
    project: Path,
) -> None:
    """diff printed 'The expected success rate  43% -> 43%  (changed)' for 30 of 70 against 31
    of 72: no change a reader can see, and no direction though a better chance of an award is
    better for applicants whatever the band (GC109 reads it for larger awards only)."""
    write(project, "a.yaml", _awards(70, 30))
    write(project, "b.yaml", _awards(72, 31))
    out = run("diff", "a.yaml", "b.yaml", cwd=project).output
    assert "The expected success rate            42.9% -> 43.1%  (better)" in out, out
    assert "1 measure better, 0 worse" in out
    table = run("diff", "b.yaml", "a.yaml", "-f", "markdown", cwd=project).output
    assert "| The expected success rate | 43.1% | 42.9% | worse |" in table
    for line in out.splitlines():  # no line names a change that is none
        if " -> " in line:
            before, after = line.rsplit("  (", 1)[0].split("  ")[-1].split(" -> ")
            assert before != after, line


def test_diff_counts_reporting_falling_to_the_floor_as_better() -> None:
    """'Reporting on one agreement takes more than the floor  yes -> no' was only 'changed':
    less reporting is plainly less effort, as its hours a year falling were 'better'."""
    pair = [f"examples/before-after/community-chest-{year}.yaml" for year in (2025, 2026)]
    out = " ".join(run("diff", *pair).output.split())
    assert "Reporting on one agreement takes more than the floor yes -> no (better)" in out


FORM = (
    "# Application form\n\n"
    "1. What will you do? (max 250 words)\n\n"
    "2. Who will benefit? (up to 200 words)\n\n"
    "3. How will you know it worked? (no more than 100 words)\n"
)


def test_a_starter_gives_every_measured_value_its_evidence_and_every_gap_a_prompt(
    project: Path,
) -> None:
    """init --from put the first question's words beside 'word_limit: 550' (a sum of three),
    as if it came from there; the other two were named by place only. And check's error on
    the starter's empty funder gave no hint of what to write."""
    write(project, "form.md", FORM)
    assert run("init", "--from", "form.md", "-o", "s.yaml", cwd=project).exit_code == 0
    text = (project / "s.yaml").read_text(encoding="utf-8")
    assert "    word_limit: 550  # the 3 limits listed above, added up\n" in text, text
    assert "    questions: 3  # the 3 questions listed above\n" in text
    assert "(200 words: up to 200 words): 2. Who will benefit? (up to 200 words)" in text
    assert "  # accounts:          # not found in the documents" in text


ENGLISH_TEXT = (
    "Community grants guidance. You can apply for up to £2,000 for a project that will help "
    "people in your area. Tell us what you want to do, who will benefit and how much it will "
    "cost. We will let you know our decision within eight weeks of the closing date, and we "
    "can help you with your application if you ask us."
)
WELSH_TEXT = (
    "Canllawiau grantiau cymunedol. Gallwch wneud cais am hyd at £2,000 ar gyfer prosiect a "
    "fydd yn helpu pobl yn eich ardal. Dywedwch wrthym beth yr ydych chi eisiau ei wneud, pwy "
    "fydd yn elwa a faint y bydd yn ei gostio. Mae rhaid i chi anfon eich cyfrifon gyda'r cais. "
    "Byddwn yn rhoi gwybod i chi am ein penderfyniad o fewn wyth wythnos."
)
BOTH = "English and Welsh, paragraph by paragraph (the English words counted and scored)"
# made-up words of short syllables, many of them Welsh's shortest function words by chance
NONSENSE = " ".join(
    ["bary yn lochy ar eiwy y ddan gan eu nyll chyba wyar lo y yn ei ryeu banlo"] * 6
)


@pytest.mark.parametrize(
    "text,said",
    [
        (ENGLISH_TEXT, "English"),
        (WELSH_TEXT, "Welsh"),
        # bilingual, each language a quarter of the words or more: its English half is read
        # (an applicant reads one language: trial21 D8, house22b)
        (WELSH_TEXT + "\n\n" + ENGLISH_TEXT + "\n\n" + WELSH_TEXT, BOTH),
        (ENGLISH_TEXT + "\n\n" + ENGLISH_TEXT + "\n\n" + WELSH_TEXT, BOTH),
        # a short Welsh line quoted in English notes leaves them English
        (ENGLISH_TEXT + "\n\n" + ENGLISH_TEXT + "\n\nDiolch yn fawr i chi.", "English"),
        (NONSENSE, "language not known"),
    ],
)
def test_a_language_is_named_only_on_real_evidence(project: Path, text: str, said: str) -> None:
    """A made-up word list was measured as Welsh (its 'y', 'yn', 'ar', 'ei' are Welsh function
    words, and any jumble of short syllables has them): a longer text is Welsh only when it
    uses a few telling Welsh words (three letters or more), else its language is not known."""
    write(project, "doc.txt", text + "\n")
    out = run("measure", "doc.txt", cwd=project).output
    assert out.splitlines()[0].endswith(f" words, {said}"), out


@pytest.mark.parametrize(
    "streams,each,body,said",
    [  # many small objects: 1 KB each when parsed (150,000: about 200 MB unbounded)
        # (its cross-reference stream names them all: refused as it is opened, pdf_xref.py)
        (3, 50_000, b"<< /A 0 >>", "names at least 150,007 objects in its cross-reference"),
        # numbers packed in arrays: 10 MB of '0 0 0' from a 10 kB file, 350 MB and 11 s
        (1, 50, b"[" + b"0 " * 99_990 + b"]", "bytes of objects in compressed object streams"),
    ],
)
def test_a_pdf_packing_many_small_objects_is_refused_before_pypdf_parses_them(
    tmp_path: Path, streams: int, each: int, body: bytes, said: str
) -> None:
    """pypdf parses every object of a compressed object stream as soon as one is reached (a
    page): many small objects that are no fields passed every budget until they were built.
    Each stream's objects (/N, at most one for each 3 bytes) and bytes are now counted as it
    is unpacked, before any is parsed, against limits: max_document_objects."""
    from hostile_cases import child
    from hostile_documents import packed_objects_pdf

    (tmp_path / ".git").mkdir()
    packed_objects_pdf(tmp_path / "packed.pdf", streams, each, body)
    code, _, told, _, peak = child(["measure", "packed.pdf"], tmp_path)
    assert code == 2 and said in told and "Raise 'limits: max_document_objects'" in told, told
    assert peak < 120, f"{peak:.0f} MB"
    packed_objects_pdf(tmp_path / "packed.pdf", 3, 200)  # a genuine few hundred: read
    assert run("measure", "packed.pdf", cwd=tmp_path).exit_code == 0
