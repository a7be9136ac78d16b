"""The questionnaire behind ``grantcheck init --interactive``: questions, checks and the file
written.

Pure functions only (the CLI asks and prints). Each answer is read as a
register cell is (register_columns.cell_value: text to a number, a yes/no, a
date or a list) and checked by the scheme validation itself, with the answers
so far, so a question never has rules of its own: what ``check`` would refuse,
the questionnaire refuses as it is typed, with the same words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from grantcheck.errors import InputError
from grantcheck.frozen import frozen_dataclass
from grantcheck.load import Document, KeyPath, Position
from grantcheck.register_columns import cell_value, columns

# the scheme file to be written, and the folders check may read its documents from
Files = tuple[Path, tuple[Path, ...]]


@frozen_dataclass
class Question:
    """One question: the key it fills, how it is asked, and why it matters."""

    key: str
    ask: str
    why: str
    unless: tuple[str, ...] = ()  # not asked when all of these keys are already known


QUESTIONS: tuple[Question, ...] = (
    Question("name", "What is the scheme called?", "So that the report and the file can name it."),
    Question(
        "funder",
        "Who runs it (the council or other funder)?",
        "So that the report can say whose scheme it is.",
    ),
    Question(
        "kind",
        "Is it a grant or a contract?",
        "Contracts and grants are judged against different practice.",
    ),
    Question(
        "award.max",
        "What is the largest single award, in pounds?",
        "The limits grow with the award: a small grant should need a small process.",
    ),
    Question(
        "award.typical",
        "What is a typical award, in pounds?",
        "The cost of applying is weighed against what a typical applicant receives.",
    ),
    Question(
        "award.total",
        "How much is in the whole pot, in pounds?",
        "So that what all applicants spend applying can be set against what is given out.",
    ),
    Question(
        "award.expected_applications",
        "How many applications do you expect?",
        "The whole local sector's cost of applying is one application's cost times this.",
    ),
    Question(
        "application.opens",
        "On what date does it open for applications (YYYY-MM-DD)?",
        "Short windows shut out small organisations run by volunteers.",
    ),
    Question(
        "application.closes",
        "On what date does it close (YYYY-MM-DD)?",
        "With the opening date, this gives the time applicants have.",
    ),
    Question(
        "application.window_days",
        "How many days is it open for applications?",
        "Short windows shut out small organisations run by volunteers.",
        unless=("application.opens", "application.closes"),
    ),
    Question(
        "application.guidance.pages",
        "How many pages of guidance are there?",
        "Long guidance for a small award costs applicants more than it is worth.",
    ),
    Question(
        "application.guidance.documents",
        "Guidance files grantcheck can measure (paths, separated by ;)?",
        "grantcheck measures their length and how easy they are to read.",
    ),
    # a grants officer with the form in hand is offered the measuring before typing its counts
    Question(
        "application.form.documents",
        "The application form's own files, if you have them (paths, separated by ;)?",
        "grantcheck counts their questions, word limits and attachments, with evidence.",
    ),
    Question(
        "application.form.questions",
        "How many questions does the application form ask?",
        "Each question is work; the hours are estimated from the form.",
        unless=("application.form.documents",),
    ),
    Question(
        "application.form.word_limit",
        "What is the total word limit across all answers?",
        "Words to write are most of the work of applying.",
        unless=("application.form.documents",),
    ),
    Question(
        "application.form.attachments",
        "What must applicants attach (separated by ;)?",
        "Documents to find or write add hours, and some shut out small groups.",
        unless=("application.form.documents",),
    ),
    Question(
        "decision.date",
        "On what date will applicants hear the decision (YYYY-MM-DD)?",
        "Long waits for a decision leave organisations unable to plan.",
    ),
    Question(
        "decision.days",
        "How many days from closing to the decision?",
        "Long waits for a decision leave organisations unable to plan.",
        unless=("decision.date",),
    ),
    Question(
        "funding.months",
        "How many months does one agreement last?",
        "Short agreements for continuing work mean constant reapplying and gaps.",
    ),
    Question(
        "funding.payment",
        "How is the money paid?",
        "Payment in arrears means small organisations pay for the work before they are paid.",
    ),
    Question(
        "reporting.frequency",
        "How often must funded organisations report?",
        "Frequent reporting on a small award takes time away from the work.",
    ),
    Question(
        "engagement.lio_involved",
        "Did a local infrastructure organisation (such as your CVS) help design it?",
        "Those who support local groups know what a process costs them.",
    ),
)


def options(key: str) -> tuple[str, ...]:
    """The answers a closed question takes (yes/no included), else ()."""
    column = columns()[key]
    return ("yes", "no") if column.kind == "yes/no" else column.choices


def closed_answer(key: str, text: str) -> str:
    """An answer to a closed question as its value, written as a user types it: 'in advance' or
    'In-Advance' for in_advance (any case; spaces or hyphens for underscores), item by item for
    a list; anything else unchanged, for validation to say what the answers are."""
    choices = options(key)
    if not choices:
        return text

    def one(item: str) -> str:
        word = re.sub(r"[\s_-]+", "_", item.strip().lower())
        return word if word in choices else item

    if columns()[key].kind == "choices":
        return "; ".join(one(item) for item in text.split(";")) if text.strip() else text
    return one(text)


def _path(key: str) -> KeyPath:
    return tuple(key.split("."))


def _nested(answers: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in answers.items():
        parts = key.split(".")
        target = data
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
    return data


_STAND_INS = {"name": "(not yet given)", "funder": "(not yet given)", "award.max": 10**9}


def check_answer(
    key: str, text: str, answers: dict[str, Any], files: Files | None = None
) -> tuple[Any, str | None]:
    """The answer as a value (None: not known), or why it is not valid, judged with the answers so
    far; documents named are looked for as ``check`` looks for them (``files``: the scheme file to
    be written and the folders it may read documents from)."""
    value = cell_value(columns()[key], closed_answer(key, text))
    if value is None:
        return None, None
    if files and key.endswith(".documents") and isinstance(value, list):
        from grantcheck.scheme_documents import named_problem

        what = "guidance document" if key.startswith("application.guidance") else "form document"
        for name in value:
            if problem := named_problem(files[0], str(name), list(files[1]), what):
                return None, problem
    trial = {
        **{k: v for k, v in _STAND_INS.items() if k not in answers and k != key},
        **answers,
        key: value,
    }
    keys = {_path(k): Position(1, 1) for k in trial}
    # the answer being checked; errors about it come back on line 2
    keys[_path(key)] = Position(2, 1)
    from grantcheck.validate import validate

    _, errors = validate(Document("answer", 1, _nested(trial), keys, dict(keys)))
    mine = [e for e in errors if e.line == 2]
    return (None, _reason(mine[0])) if mine else (value, None)


def _reason(error: InputError) -> str:
    return f"{error.message}. {error.hint}" if error.hint else error.message


def to_ask(answers: dict[str, Any]) -> Iterator[Question]:
    """The questions still worth asking, in order, given the answers so far."""
    for q in QUESTIONS:
        if q.key in answers or (q.unless and all(k in answers for k in q.unless)):
            continue
        yield q


def _yaml(value: Any) -> str:
    """A value as YAML: JSON's strings and lists are valid YAML, and safe for any text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def scheme_yaml(answers: dict[str, Any], name: str = "FILE") -> str:
    """A commented scheme file of the answers; questions left unanswered are listed as comments
    (not those the answers make unnecessary: the window when both dates are given)."""
    lines = [
        f"# Written by 'grantcheck init --interactive'. Check it with: grantcheck check {name}",
        "# Lines starting '# not known:' were left blank: add the key when it is known.",
        "format: 1",
    ]
    opened: set[str] = set()
    for q in QUESTIONS:
        parts = q.key.split(".")
        for depth in range(
            1, len(parts)
        ):  # open each mapping; commented out while nothing in it is known
            head = ".".join(parts[:depth])
            if head not in opened:
                opened.add(head)
                known = any(k.startswith(head + ".") for k in answers)
                lines.append(f"{'  ' * (depth - 1)}{'' if known else '# '}{parts[depth - 1]}:")
        indent = "  " * (len(parts) - 1)
        if q.key in answers:
            lines += [f"{indent}# {q.why}", f"{indent}{parts[-1]}: {_yaml(answers[q.key])}"]
        elif not (q.unless and all(k in answers for k in q.unless)):
            lines.append(f"{indent}# not known: {parts[-1]}  ({q.ask})")
    return "\n".join(lines) + "\n"
