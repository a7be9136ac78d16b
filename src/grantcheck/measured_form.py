"""A form's measured questions, word limit and fields met with the stated ones: each question
with its limit as written (and the assumption a limit in characters or pages rests on); a form
whose documents could not all be read leaves its facts not known, or (what the readable ones
ask) a lower bound, never the part read as the whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grantcheck.load import KeyPath
from grantcheck.measured_evidence import Item, fields_evidence, named, no_text
from grantcheck.measured_facts import differs
from grantcheck.measured_meeting import Meeting
from grantcheck.units import number

if TYPE_CHECKING:
    from grantcheck.documents.facts import DocumentFacts


# what a form that could not be read leaves not known (and says why): its own facts and the
# estimate of applying worked out from them
FORM_FACTS = (
    "application.form.questions",
    "application.form.word_limit",
    "application.hours",
    "application.cost",
    "application.cost_share",
)


def meet_form(m: Meeting, path: KeyPath, stage: str, form: Any, facts: list[DocumentFacts]) -> None:
    from grantcheck.documents.total import combine

    t = combine(facts)
    if t.unreadable:  # a scanned form: its questions and limits are not known, never none
        why = no_text(t.unreadable, m.out.unread)
        m.out.notes.append(
            f"questions, word limit and fields not measured: {why}; state them in the scheme"
        )
        # the findings that need them say why, never "not stated" of a form the scheme names
        part = _part_read(m, form, t)
        for metric in FORM_FACTS:
            m.out.unknown.setdefault(
                metric,
                f"{why}, so {'only part of ' * part}the form is {'not ' * (not part)}measured",
            )
        return
    asked: list[Item] = [(q.evidence, {}) for f in facts for q in f.questions]
    # a form in which no question at all was found is most likely laid out in a way the
    # measurer does not read (whole forms were, in about one in twelve new documents): its
    # questions and word limit are not known, never none, and the stated ones are read
    found = t.questions > 0
    metric = "application.form.questions"
    m.meet(
        path,
        "questions",
        metric,
        form.questions,
        t.questions,
        asked,
        "questions",
        form.questions is not None and differs(form.questions, t.questions, 0.10, 1),
        got=None if found else "no questions found",
        found=found,
    )
    from grantcheck.documents.blocks import where_dict
    from grantcheck.documents.output_evidence import converted

    limited: list[Item] = [
        (
            q.evidence,
            {
                "word_limit": q.word_limit,
                "limit_as_written": q.limit_as_written,
                "limit_location": where_dict(q.limit_where) if q.limit_where else None,
                **converted(q.limit_as_written or "", bool(q.limit_where), m.assumed),
            },
        )
        for f in facts
        for q in f.questions
        if q.word_limit
    ]
    read = m.meet(
        path,
        "word_limit",
        "application.form.word_limit",
        form.word_limit,
        t.word_limit,
        limited or asked[:1],
        "word limit",
        form.word_limit is not None and differs(form.word_limit, t.word_limit, 0.10),
        got=limit_words(t.questions, t.word_limit, t.unlimited_questions),
        found=found,
    )
    if not found:
        _none_found(m, facts)
    # the questions with no limit are part of the measured word limit: a stated limit that
    # stands (GC002 waived) is the funder's word for every answer, so none are added to it
    m.out.unlimited[stage] = t.unlimited_questions if read else 0
    m.out.fields[stage] = t.fields
    fields_evidence(m.out, t.fields, [(e, {}) for f in facts for e in f.fields])
    if any(getattr(form, k) is not None and m.stands(path, k) for k in ("questions", "word_limit")):
        m.out.notes.append(
            f"GC002 is waived, but the {t.fields} fields measured are read all the same (a "
            "scheme cannot state its fields, and counting none would understate the work)"
        )


def _none_found(m: Meeting, facts: list[DocumentFacts]) -> None:
    """No question found in a form's documents, all of them read: what the scheme states is
    read; what it does not state is not known (and so is the estimate of applying)."""
    names = ", ".join(dict.fromkeys(f.file for f in facts))
    m.out.notes.append(
        m.out.staged(
            f"no question was found in the form ({names}): its questions and word limit are "
            "not measured (a layout grantcheck does not read?); state them in the scheme"
        )
    )
    # (a reason is given only where a fact is not known); the documents named, as the note
    # names them (trial21 D17: GC104 said "the form's documents" and never which)
    files = named(list(dict.fromkeys(f.file for f in facts)))
    for metric in FORM_FACTS:
        m.out.unknown.setdefault(metric, f"no question was found in {files}, so it is not measured")


def _part_read(m: Meeting, form: Any, t: Any) -> bool:
    """Whether the documents of a form read beside one that could not be read ask anything: what
    they ask is then a lower bound of the whole (unless the scheme states the fact: it is
    read)."""
    got = False
    for key, value in (("questions", t.questions), ("word_limit", t.word_limit)):
        if value and getattr(form, key) is None:
            metric = f"application.form.{key}"
            m.out.lower[metric] = m.out.lower.get(metric, 0) + value
            got = True
    return got


def limit_words(questions: int, limit: int, unlimited: int) -> str | None:
    """A measured word limit in words where a number would mislead: no questions, or
    questions with no limit found (a limit not found is not a limit of 0)."""
    if not questions:
        return "no questions found"
    more = f"{unlimited} {'more ' if limit else ''}question{'s' if unlimited != 1 else ''}"
    if not unlimited:
        return None
    if not limit:
        return f"no limit found on {more}"
    return f"{number(limit)}, and no limit found on {more}"
