"""Questions, limits and fields on layouts the measurer generalised badly to (session 6), each
shown on a small document of the test's own, never the labelled corpus: text exported from a
PDF with running headers and footers, limits in prose that bound nothing, Welsh limits in
words, sums asked for in a numbered row, a continuation box, a ward asked for by name, and
required questions marked with an asterisk."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from grantcheck.documents.facts import DocumentFacts


def limits(f: DocumentFacts) -> list[int | None]:
    return [q.word_limit for q in f.questions]


# --- text exported from a PDF: page furniture ------------------------------------------------

EXPORTED = (
    "OAKWOOD PARISH COUNCIL                    Small Grants 2027\n\n"
    "Q1  Who runs your group, and how are decisions made? Tell us how\n"
    "    members have a say.\n"
    "Oakwood Parish Council - Small Grants 2027                Page 1 of 3\n"
    "\f"
    "OAKWOOD PARISH COUNCIL                    Small Grants 2027\n\n"
    "    (maximum 150 words)\n"
    "    ______________________________________________________________\n"
    "    ______________________________________________________________\n\n"
    "Q2  What will the grant buy? (up to 100 words)\n"
    "    ______________________________________________________________\n\n"
    "Date of your AGM  ___/___/______\n"
    "Oakwood Parish Council - Small Grants 2027                Page 2 of 3\n"
    "\f"
    "OAKWOOD PARISH COUNCIL                    Small Grants 2027\n\n"
    'Q3  How will you thank volunteers? If there are none, write "not applic-\n'
    '    able".\n'
    "    ______________________________________________________________\n"
    "Oakwood Parish Council - Small Grants 2027                Page 3 of 3\n"
)


def test_running_headers_and_footers_of_an_exported_pdf_are_not_a_questions_words(
    tmp_path: Path,
) -> None:
    f = measure(tmp_path, "exported.txt", EXPORTED)
    # Q1's limit is over the page break; the footer's "Page 1" is no limit of 500 words
    assert limits(f) == [150, 100, None]
    assert "Page" not in f.questions[0].text
    assert "not applicable" in f.questions[2].text  # a word broken at the line's end is whole


def test_a_date_written_as_blanks_between_slashes_is_one_field(tmp_path: Path) -> None:
    f = measure(tmp_path, "date.txt", "Date of birth  ___/___/______\nSigned  ________\n")
    assert [e.words for e in f.fields] == ["Date of birth", "Signed"]


def test_a_page_number_after_a_year_is_not_a_number_of_pages(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "footer.txt",
        "3. Tell us about your project. Annual Grants 2026-27 Page 4\n____________\n",
    )
    assert limits(f) == [None]


# --- a limit must bound the answer ------------------------------------------------------------


def test_figures_in_a_paragraph_of_prose_under_a_heading_bound_nothing(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.md",
        "# Community chest: notes\n\n"
        "### How long should our page be?\n\n"
        "There is no word limit. Most groups write a page or two, and pages of around 600 to\n"
        "900 words tend to do best with backers, who read on their phones.\n\n"
        "## 7. Reporting\n\n"
        "When the project ends we will ask for receipts for everything the grant bought and a\n"
        "two-page report on what happened, with photographs if you have them.\n",
    )
    assert f.questions == []


def test_a_limit_said_as_a_most_in_the_guidance_under_a_prompt_is_its_limit(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "bounded.md",
        "## 4. What will you do?\n\n"
        "Say what the activities are, who will lead them, where they happen and how often\n"
        "people can come along. Please write no more than 300 words in the box below.\n\n"
        "______________\n\n"
        "## 5. Why is it needed?\n\n(200 words)\n\n______________\n",
    )
    assert limits(f) == [300, 200]


# --- Welsh ------------------------------------------------------------------------------------


def test_welsh_limits_in_half_pages_and_pages_are_read(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "cais.md",
        "1. Disgrifiwch eich prosiect. (hanner tudalen ar y mwyaf)\n\n__________\n\n"
        "2. Pam mae angen y prosiect? (dwy dudalen)\n\n__________\n",
    )
    assert limits(f) == [250, 1000]


# --- fields asked in question rows ------------------------------------------------------------


def test_a_numbered_row_asking_for_a_sum_is_a_field(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "costs.md",
        "| No. | Item | Answer |\n|---|---|---|\n"
        "| 4.1 | Money raised by the group so far (£) | |\n"
        "| 4.2 | Grants promised by others (£) | |\n"
        "| 4.3 | Why do you need this grant now? | |\n",
    )
    assert len(f.questions) == 1 and len(f.fields) == 2


def test_a_ward_asked_for_by_name_is_a_field(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "ward.md",
        "| Question | Answer |\n|---|---|\n"
        "| Which ward will the project be in? | |\n"
        "| What difference will the project make there? | |\n",
    )
    assert len(f.questions) == 1 and len(f.fields) == 1


def test_a_continuation_box_asks_no_new_question(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "more.md",
        "1. Describe your project.\n\n__________\n\n"
        "Extra space\n\nIf you have run out of space in any of your answers, carry on here and\n"
        "say which question you are continuing.\n\n__________\n",
    )
    assert limits(f) == [None]


def test_a_required_questions_asterisk_does_not_hide_its_question_mark(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "required.html",
        "<form><label for='a'>Who will lead the sessions? *</label>"
        "<textarea id='a'></textarea></form>",
    )
    assert limits(f) == [None]
