"""Lines drawn on a printed form's PDF to write on (session 23): a stack of ruled lines under a
prompt with no box round them is room for prose, and a label with a
rule drawn after it on its baseline, or on the line under it, is a value to fill in
(pdf_drawn_lines). Text extraction sees only the words, so before these were read a question
over three ruled lines with no limit counted nothing. Pages of the test's own wording, drawn
as a word processor prints them; near misses keep their reading: a table's rows, a heading's
underline, a divider under a paragraph, a rule under a limit's line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from documents import pages_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.budget import DocumentLimits, OverBudget
from grantcheck.documents.facts import DocumentFacts

LEFT, RIGHT = 72, 523  # the page's margins, in points


def _text(x: float, y: float, words: str) -> str:
    escaped = words.replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 11 Tf 1 0 0 1 {x} {y} Tm ({escaped}) Tj ET"


def _rule(y: float, left: float = LEFT, right: float = RIGHT) -> str:
    return f"n {left} {y} m {right} {y} l S"


def _lines(top: float, count: int, gap: float = 20) -> list[str]:
    """``count`` writing lines, the first at ``top``."""
    return [_rule(top - n * gap) for n in range(count)]


def _measure(tmp_path: Path, stream: list[str], name: str = "form.pdf") -> DocumentFacts:
    path = tmp_path / name
    path.write_bytes(pages_pdf(["\n".join(stream)]))
    return Measurer().measure(path, name)[1]


def _asked(facts: DocumentFacts) -> list[str]:
    return [q.text for q in facts.questions]


def test_a_question_over_ruled_lines_is_asked(tmp_path: Path) -> None:
    """No limit, no box: three ruled lines under it are room to write (unnumbered, so no run
    of numbers with a limited item in it counts them either)."""
    stream = [
        _text(LEFT, 760, "Describe your project. (Maximum 200 words)"),
        *_lines(735, 4),
        _text(LEFT, 640, "Have you worked with the council before? Please give details."),
        *_lines(615, 3),
        _text(LEFT, 540, "What difference will the grant make to local people?"),
        *_lines(515, 3, gap=24),
    ]
    facts = _measure(tmp_path, stream)
    assert len(facts.questions) == 3
    assert [q.word_limit for q in facts.questions] == [200, None, None]


def test_a_label_with_a_rule_after_it_is_a_field(tmp_path: Path) -> None:
    """ "Name of group" and a rule drawn from its end to the margin, on its baseline; two on one
    line ("Postcode ___ Telephone ___") are two; "Signed" over its own line is one."""
    stream = [
        _text(LEFT, 760, "Name of group"),
        _rule(758, 160),
        _text(LEFT, 736, "Contact name"),
        _rule(734, 150),
        _text(LEFT, 712, "Postcode"),
        _rule(710, 130, 280),
        _text(300, 712, "Telephone"),
        _rule(710, 360),
        _text(LEFT, 660, "Signed"),
        _rule(630),
        _text(LEFT, 600, "Date"),
        _rule(570),
    ]
    facts = _measure(tmp_path, stream)
    assert [f.words for f in facts.fields] == [
        "Name of group",
        "Contact name",
        "Postcode",
        "Telephone",
        "Signed",
        "Date",
    ]
    assert facts.questions == []


def test_near_misses_keep_their_reading(tmp_path: Path) -> None:
    """A heading underlined (the rule starts under its words), a divider under a paragraph of
    guidance, a table of documents drawn with rows and sides, a limit's line over a single
    rule: no field and no question is made of any."""
    stream = [
        _text(LEFT, 780, "About the fund"),
        _rule(776, LEFT, 180),
        _text(LEFT, 760, "We give grants of up to 2,000 pounds to community groups in the town."),
        _rule(740),
        _text(LEFT, 700, "Documents to send"),
        f"n {LEFT} 690 m {RIGHT} 690 l S n {LEFT} 670 m {RIGHT} 670 l S",
        f"n {LEFT} 650 m {RIGHT} 650 l S n {LEFT} 690 m {LEFT} 650 l S",
        f"n 300 690 m 300 650 l S n {RIGHT} 690 m {RIGHT} 650 l S",
        _text(80, 676, "Your constitution"),
        _text(80, 656, "Your latest accounts"),
    ]
    facts = _measure(tmp_path, stream)
    assert facts.fields == [] and facts.questions == []
    assert {a.kind for a in facts.attachments} == {"governing_document", "accounts"}


def test_a_limit_on_its_own_line_over_a_rule_stays_the_question_s(tmp_path: Path) -> None:
    """A question wrapped before its limit, a single rule under the limit: the limit is the
    question's, never a label of a value."""
    stream = [
        _text(LEFT, 760, "4. Who will benefit from the project, and how will you reach them?"),
        _text(LEFT, 746, "(maximum 250 words)"),
        _rule(720),
    ]
    facts = _measure(tmp_path, stream)
    assert [q.word_limit for q in facts.questions] == [250]
    assert facts.fields == []


def test_a_documents_list_with_a_rule_after_each_keeps_its_documents(tmp_path: Path) -> None:
    """review23 F2 on 4002b71: a rule after each document (to write the date sent) made each
    line a field's label and lost every document. A label and its rule is a field only when it
    names no document; the documents stay every applicant's."""
    names = ["A copy of your constitution", "Your latest annual accounts", "A bank statement"]
    stream = [_text(LEFT, 800, "Name of group"), _rule(798, 160)]
    stream += [_text(LEFT, 780, "Please send these documents with your form:")]
    for n, name in enumerate(names):
        stream += [_text(LEFT, 756 - 24 * n, name), _rule(754 - 24 * n, 300, 450)]
    facts = _measure(tmp_path, stream)
    assert [a.kind for a in facts.attachments if not a.conditional] == [
        "governing_document",
        "accounts",
        "bank_statement",
    ]
    assert [f.words for f in facts.fields] == ["Name of group"]


def test_a_page_of_many_rules_and_words_stays_within_the_time_budget(tmp_path: Path) -> None:
    """Hostile: both readings of drawn lines compare each rule with every word, so pages of
    nearly MOST short rules among thousands of words cost about a second each (0.64 s before
    they were read). The document's processor-time budget is checked after every page: such a
    file stops with a located over-budget error, at most a page past its budget."""

    def page(n: int) -> str:
        rules = [
            _rule(20 + (i % 390) * 2, 50 + 250 * (i // 390), 250 + 250 * (i // 390))
            for i in range(780)
        ]
        words = [_text(40 + (i % 20) * 25, 10 + (i // 20) * 2.7, f"p{n}w{i}") for i in range(3000)]
        return "\n".join(rules + words)

    path = tmp_path / "many.pdf"
    path.write_bytes(pages_pdf([page(n) for n in range(8)]))
    start = time.process_time()
    with pytest.raises(OverBudget, match="took too long to read"):
        Measurer(limits=DocumentLimits(max_document_seconds=1.0)).measure(path, path.name)
    assert time.process_time() - start < 4.0
