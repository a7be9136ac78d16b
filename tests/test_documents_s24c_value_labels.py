"""Labels that name a value, read as questions until session 24 (acc24c): small documents of the
test's own, never the labelled corpus.

A place asked for with the funder's own name for it between "which" and the place ("Which
Thistlebrook estate is the project for?") names a place, as "Which estate is it for?" does: a
field over its one line, not a question. A "which" naming people or priorities still asks, and
so does one asking more besides ("..., and why does it need it?").

A label in two scripts, one line under the other (English and Ukrainian, English and Arabic), is
as long as one of them: "If not, which organisation will hold the grant for you?" names a body
whatever its translation adds; a question with its limit, in two scripts, still asks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure
from form_documents import write_form_docx
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

NAMED = [
    "Which Thistlebrook estate or neighbourhood is the project for?",
    "Which Ashby Road Housing estate is your group based on?",
    "2.3 Which Castle Hill neighbourhood will the project take place in?",
]
STILL_ASKED = [
    "Which Ashby Road estate is the project for, and why does it need it?",
    "Which Council priorities will your project meet, and how?",
    "Which Ashby Road residents will benefit, and why?",
    # the place only qualifies who is asked for (review24 F1)
    "2.2 Which Riverside estate residents will take part?",
]
ASKED = "Describe your project and who will take part (no more than 300 words)"
RULE = "   " + "_" * 40


def _docx(tmp_path: Path, label: str) -> DocumentFacts:
    table = [["Name of group", ""], [label, ""], [ASKED, ""]]
    path = write_form_docx(tmp_path / "form.docx", ["Part 1: About you", table])
    return Measurer().measure(path, path.name)[1]


def _text(tmp_path: Path, label: str) -> DocumentFacts:
    lines = ["APPLICATION FORM", "", "1. Name of group", RULE, "", f"2. {label}", RULE, ""]
    lines += [f"3. {ASKED}", RULE, RULE, RULE]
    return measure(tmp_path, "form.txt", "\n".join(lines) + "\n")


@pytest.mark.parametrize("label", NAMED)
def test_a_place_named_after_which_is_a_field_in_word(tmp_path: Path, label: str) -> None:
    f = _docx(tmp_path, label)
    assert [q.word_limit for q in f.questions] == [300]
    assert len(f.fields) == 2


@pytest.mark.parametrize("label", NAMED)
def test_a_place_named_after_which_is_a_field_in_text(tmp_path: Path, label: str) -> None:
    f = _text(tmp_path, label)
    assert [q.word_limit for q in f.questions] == [300]
    assert len(f.fields) == 2


@pytest.mark.parametrize("label", STILL_ASKED)
def test_a_which_naming_people_or_asking_more_still_asks(tmp_path: Path, label: str) -> None:
    for f in (_docx(tmp_path, label), _text(tmp_path, label)):
        assert [q.word_limit for q in f.questions] == [None, 300]


# (English, its translation): a value's label, then a question with its limit
TWO_SCRIPTS = [
    (
        "If not, which organisation will hold the grant for you?",
        "Якщо ні, яка організація отримає грант для вас?",
    ),
    (
        "If not, which organisation will hold the grant for you?",
        "إذا لم يكن كذلك، فما هي المنظمة التي ستحتفظ بالمنحة نيابة عنكم؟",
    ),
]
QUESTION = (
    "What will you do with the grant? (up to 100 words)",
    "Що ви зробите з грантом? (до 100 слів)",
)
DESCRIBE = ("Describe your project (up to 200 words)", "Опишіть свій проєкт (до 200 слів)")


def _two_scripts_text(tmp_path: Path, pair: tuple[str, str]) -> DocumentFacts:
    lines = ["GRANT FORM", "ФОРМА", "", "1. Name of group", "   Назва групи", RULE, ""]
    lines += [f"2. {pair[0]}", f"   {pair[1]}", RULE, "", f"3. {DESCRIBE[0]}", f"   {DESCRIBE[1]}"]
    lines += ["   Answer / Відповідь:", RULE, RULE]
    return measure(tmp_path, "form.txt", "\n".join(lines) + "\n")


def _two_scripts_docx(tmp_path: Path, pair: tuple[str, str]) -> DocumentFacts:
    rows = [["1. Name of group\nНазва групи", ""], [f"2. {pair[0]}\n{pair[1]}", ""]]
    rows.append([f"3. {DESCRIBE[0]}\n{DESCRIBE[1]}", ""])
    path = write_form_docx(tmp_path / "form.docx", ["Grant form", rows])
    return Measurer().measure(path, path.name)[1]


@pytest.mark.parametrize("pair", TWO_SCRIPTS)
def test_a_value_label_in_two_scripts_is_a_field(tmp_path: Path, pair: tuple[str, str]) -> None:
    for f in (_two_scripts_text(tmp_path, pair), _two_scripts_docx(tmp_path, pair)):
        assert [q.word_limit for q in f.questions] == [200]
        assert len(f.fields) == 2


def test_a_question_in_two_scripts_still_asks(tmp_path: Path) -> None:
    for f in (_two_scripts_text(tmp_path, QUESTION), _two_scripts_docx(tmp_path, QUESTION)):
        assert [q.word_limit for q in f.questions] == [100, 200]
