"""Long runs in one line of a document (spaces, tabs, digits, dots): each is read in bounded time.

A regular expression runs inside one C call, which the document's 30-second budget cannot
interrupt: one that is tried from every character of a run and scans to the run's end each time
is quadratic, and a single line of 100,000 spaces held it for minutes. Each case here is a
corpus form (or a small one) with a run put into one line, measured by the command line in a
child process (as the hostile tests are), which must finish within the document's budget.
"""

from __future__ import annotations

from pathlib import Path

FORMS = Path(__file__).parent / "forms"


def _measured_within_budget(folder: Path, name: str, text: str) -> None:
    from hostile_cases import child

    (folder / name).write_text(text, encoding="utf-8")
    code, _, said, cpu, _ = child(["measure", name], folder)
    assert code == 0, said
    assert cpu < 30.0, f"{cpu:.1f} CPU seconds"


def _with_run(form: str, line: int, run: str) -> str:
    """The form with ``run`` put before the first space after the middle of a line."""
    lines = (FORMS / form).read_text(encoding="utf-8").split("\n")
    at = lines[line].find(" ", len(lines[line]) // 2)
    lines[line] = lines[line][:at] + run + lines[line][at:]
    return "\n".join(lines)


def test_a_list_item_with_a_long_run_of_spaces_is_split_into_sentences_in_bounded_time(
    tmp_path: Path,
) -> None:
    # An attachment's list item is split into sentences where white space follows a sentence's
    # end or opens a bullet: that split was tried from every space of a run, each time to the
    # run's end; 60,000 spaces in '4. a budget for the project;' took 70 s in one call (exit 2
    # here before, over the budget)
    text = _with_run("ashworth-youth-fund.md", 59, " " * 100_000)
    _measured_within_budget(tmp_path, "form.md", text)


def test_a_no_before_a_long_run_of_spaces_is_read_in_bounded_time(tmp_path: Path) -> None:
    # 'no word limit' is looked for in every text naming a unit: with no unit between them,
    # the "\s+" after "no" and the "\s*" before "limit" shared one run every way, quadratic
    # from one "no" when no limit followed; 20,000 spaces took 36 s in one call (exit 2 here
    # before, over the budget)
    lines = (FORMS / "ashworth-youth-fund.md").read_text(encoding="utf-8").split("\n")
    lines[59] += " no" + " " * 100_000 + " words needed"
    _measured_within_budget(tmp_path, "form.md", "\n".join(lines))


def test_a_long_hyphenated_run_is_read_for_policies_held_in_bounded_time(tmp_path: Path) -> None:
    # 'must have', 'the group has a ...': whether a document named is one to hold, not to send,
    # was looked for from every word boundary inside a run like 'a-a-a-...', each start read
    # to the run's end (quadratic): 120,000 characters took 47 CPU seconds in one call (over
    # the budget here before); now tried from a word's start only
    text = _with_run("ashworth-youth-fund.md", 59, " " + "a-" * 60_000)
    _measured_within_budget(tmp_path, "form.md", text)


def test_a_list_item_opening_with_a_long_run_of_figures_is_read_in_bounded_time(
    tmp_path: Path,
) -> None:
    # Whether an item opens with the applicants it is for ('Partnership projects: ...', 'Groups
    # working with children ...') was read after its opening figures given back one at a time,
    # the first word scanned from each to the run's end (quadratic): 60,000 figures took over
    # 36 CPU seconds (session 16; over the budget here before)
    lines = (FORMS / "ashworth-youth-fund.md").read_text(encoding="utf-8").split("\n")
    lines[59] = "4. " + "1" * 100_000 + " a budget for the project;"
    _measured_within_budget(tmp_path, "form.md", "\n".join(lines))


def test_a_tick_column_opening_with_a_long_run_of_apostrophes_is_read_in_bounded_time(
    tmp_path: Path,
) -> None:
    # A costs table's tick column asking whether a document is enclosed ('Quote enclosed?
    # Y/N') was read after its opening apostrophes given back one at a time, the first word
    # scanned from each to the run's end (quadratic): 20,000 took 2.3 CPU seconds more than
    # 10,000 (session 16; over the budget here before)
    column = "'" * 120_000 + " quote enclosed yet? Y/N"
    lines = [
        "Part 3: Costs",
        "",
        f"| What you will buy | Supplier | Cost (£) | {column} |",
        "| --- | --- | --- | --- |",
        "|  |  |  |  |",
        "",
        "Part 4: Documents",
        "",
        "Please send a copy of your constitution with this form.",
    ]
    _measured_within_budget(tmp_path, "form.md", "\n".join(lines) + "\n")


def test_a_long_run_of_spaces_beside_a_file_input_is_read_in_bounded_time(
    tmp_path: Path,
) -> None:
    # A browser's printed file input ('Choose file No file chosen') is split out of every text
    # naming a file; that split was tried from every space of a run, each time to the run's
    # end: 10,000 spaces took 1.4 CPU seconds, 20,000 six (session 16; over the budget here
    # before)
    lines = [
        "# Community grant",
        "",
        "1. Upload your budget",
        "",
        "Choose file No file chosen",
        "",
        "Upload your file" + " " * 100_000 + "here.",
    ]
    _measured_within_budget(tmp_path, "form.md", "\n".join(lines) + "\n")


def test_a_long_run_of_spaces_before_a_closing_brace_is_read_in_bounded_time(
    tmp_path: Path,
) -> None:
    # A Markdown line ending '}' loses its attribute list ('[Apply](form.docx){ .md-button }');
    # the white space before one was tried from every space of a run, each time to the run's
    # end: 20,000 spaces took half a CPU second, four times 10,000's (session 16; over the
    # budget here before)
    lines = (FORMS / "ashworth-youth-fund.md").read_text(encoding="utf-8").split("\n")
    lines[59] = "4. a budget for the project" + " " * 250_000 + "}"
    _measured_within_budget(tmp_path, "form.md", "\n".join(lines))


def test_a_word_count_before_a_long_run_of_spaces_is_read_in_bounded_time(
    tmp_path: Path,
) -> None:
    # 'Word count: 0/300', 'Words 0 of 250', 'max words: 300': a mark between two runs of white
    # space was optional, so with no number after them the two shared one run every way,
    # quadratic after one 'word count': 10,000 spaces took 3 CPU seconds (session 16; over the
    # budget here before)
    lines = (FORMS / "ashworth-youth-fund.md").read_text(encoding="utf-8").split("\n")
    lines[59] = "4. a budget for the project (word count" + " " * 100_000 + "x)"
    _measured_within_budget(tmp_path, "form.md", "\n".join(lines))
