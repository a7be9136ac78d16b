"""Questions and fields (session 10): a prompt that names its own answer (its choices "Yes /
No", "Type one of: ...", 'Type "Agreed"', "Which of (a) to (c) ...?") is a field, whatever it
opens with; a form that marks its own answer places ("Answer:", "Your response:") is a form
even where it mentions a portal. Each rule on small documents of the test's own, in more than
one format and phrasing (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts


def _docx(tmp_path: Path, items: list[str | list[list[str]]]) -> DocumentFacts:
    path = write_form_docx(tmp_path / "form.docx", items)
    return Measurer().measure(path, path.name)[1]


def _texts(facts: DocumentFacts) -> list[str]:
    return [q.text for q in facts.questions]


# --- A prompt that offers its own choices is a field ---------------------------------------

# prompts that say what to answer: a yes/no however the question opens, a choice offered after
# a statement, a list of words to type, a word to type, a choice among lettered options
CHOSEN = [
    "In the last two years, has your group been refused a licence by any council? Yes / No",
    "During the project, will volunteers drive their own cars? YES or NO",
    "Are you applying as the lead member of a group of local organisations (a consortium)? Yes /"
    " No. If yes, the council will post you a short partnership agreement.",
    "Please confirm that every volunteer who will handle food at the lunch club has had basic"
    " food hygiene training. Yes / No",
    "Legal form. Type one of: charity / CIO / CIC / unincorporated group / other",
    "Choose one of: weekly, monthly, a single event",
    "Is your group large or small? Write Large or Small.",
    'Confirm that you keep a complaints procedure. Type "Agreed".',
    "Which of (a) to (c) above are you sending?",
    "Which of the three options listed above are you choosing?",
    # the same in other cases: the quick test before the patterns must let them through
    "Legal form. Type One of: charity / CIO / CIC / unincorporated group / other",
    "HOW OFTEN WILL YOU MEET? CHOOSE ONE OF: WEEKLY, MONTHLY, A SINGLE EVENT",
    "WHICH OF (A) TO (C) ABOVE ARE YOU SENDING?",
]

# prompts that ask for words of the applicant's own (each stays a question)
ASKED = [
    "Tell us what your project will do and who it is for.",
    "Have you run sessions like these before? Yes / No. If yes, describe what you did.",
    "Which of the fund's aims does your project meet? Explain how (up to 150 words).",
]


def _text_form(prompts: list[str]) -> str:
    items = [f"{n}. {p}\n\n   Answer:\n" for n, p in enumerate(prompts, start=1)]
    return "COMMUNITY CHEST APPLICATION\n\n" + "\n".join(items)


@pytest.mark.parametrize("chosen", CHOSEN)
def test_a_prompt_naming_its_own_answer_is_a_field_in_text(tmp_path: Path, chosen: str) -> None:
    facts = measure(tmp_path, "form.txt", _text_form([ASKED[0], chosen, ASKED[1]]))
    assert len(facts.questions) == 2, _texts(facts)
    assert len(facts.fields) == 1


@pytest.mark.parametrize("chosen", CHOSEN)
def test_a_prompt_naming_its_own_answer_is_a_field_in_word(tmp_path: Path, chosen: str) -> None:
    rows = [[f"{n}. {p}", ""] for n, p in enumerate([ASKED[0], chosen, ASKED[2]], start=1)]
    facts = _docx(tmp_path, ["Community Chest application", rows])
    assert len(facts.questions) == 2, _texts(facts)
    assert [q.word_limit for q in facts.questions] == [None, 150]


def test_questions_that_ask_for_words_after_their_choices_stay_questions(tmp_path: Path) -> None:
    facts = measure(tmp_path, "form.txt", _text_form(ASKED))
    assert len(facts.questions) == 3, _texts(facts)


# --- A form marking its own answer places is a form, though it mentions a portal --------------

PORTAL_NOTE = [
    "Questions about the fund can be raised through the portal's message board.",
    "Return the completed form via the portal by 31 March.",
]


@pytest.mark.parametrize("note", PORTAL_NOTE)
def test_answer_markers_keep_a_forms_questions_where_a_portal_is_named(
    tmp_path: Path, note: str
) -> None:
    items: list[str | list[list[str]]] = ["Village Hall Fund: application", note]
    for n, prompt in enumerate(
        ["Describe the repairs you need.", "Why does the hall need them now? (200 words)"], 1
    ):
        items += [f"{n}. {prompt}", "Your response:", ""]
    facts = _docx(tmp_path, items)
    assert [q.word_limit for q in facts.questions] == [None, 200]


# --- "What to include:" over notes is no prompt: the space under them is the question's -----

HEADS = ["What to include:", "What we look for:", "How to answer:", "What to cover"]


@pytest.mark.parametrize("head", HEADS)
def test_notes_headed_what_to_include_are_the_questions_in_text(tmp_path: Path, head: str) -> None:
    text = (
        "PART C  YOUR PROJECT\n\n"
        "C1 What need will the project meet? (200 words)\n\n"
        f"{head}\n- local figures\n- who has asked for it\n\nAnswer:\n\n"
        "C2 Who will run the sessions, and what experience do they have?\n\n"
        f"{head}\n- names and roles\n- training\n\nAnswer:\n"
    )
    facts = measure(tmp_path, "form.txt", text)
    assert [q.word_limit for q in facts.questions] == [200, None], _texts(facts)
