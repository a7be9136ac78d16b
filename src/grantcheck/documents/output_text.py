"""``grantcheck measure``'s text: each document with its evidence, then the total and the
assumptions used (the JSON contract is in output.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any

from grantcheck.documents.award import award_words
from grantcheck.documents.blocks import where_text
from grantcheck.documents.facts import (
    Attachment,
    DocumentFacts,
    Found,
    Question,
    kind_words,
)
from grantcheck.documents.income_bands import below_band
from grantcheck.documents.output import (
    Assumed,
    accounts_apart,
    assumptions,
    found_value,
    limit_unit,
    plain_rate,
)
from grantcheck.documents.output_terms import acronym_lines, acronyms_named, at, jargon_lines
from grantcheck.documents.total import (
    Total,
    accounts_not_known,
    bounded,
    distinct,
    jargon_acronyms,
    undefined,
)
from grantcheck.safe_text import visible
from grantcheck.units import fmt, number, plural, pounds


def _limit(q: Question, how: dict[str, str]) -> str:
    """'limit 300 words ("max 300 words")'; a limit set on a form control is not words in the
    document: 'limit 300 words (MaxLen 1800 on field "q1", page 1, at 6 characters a word)'."""
    if not q.word_limit:
        return "no limit"
    # a control's name is the document's own text (a PDF field named "q1\nIn total ..."): on one
    # line, so that a form can never print a line of the report as its own
    written = visible(q.limit_as_written or "")
    unit = how.get(limit_unit(written, bool(q.limit_where)), "")
    if not q.limit_where:
        return f'limit {plural(q.word_limit, "word")} ("{written}"{unit})'
    place = where_text(tuple((k, v) for k, v in q.limit_where if k != "element"))
    shown = ", ".join(filter(None, (written, place)))
    return f"limit {plural(q.word_limit, 'word')} ({shown}{unit})"


FORMAT_NAMES = {
    "docx": "Word document",
    "pdf": "PDF",
    "html": "web page",
    "md": "Markdown",
    "txt": "plain text",
}
LANGUAGES = {"en": "English", "cy": "Welsh", "und": "language not known"}


def in_words(items: list[str], empty: str = "none") -> str:
    """'a', 'a and b', 'a, b and c'; ``empty`` for none."""
    items = [i.replace("_", " ") for i in items]
    if not items:
        return empty
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _found(label: str, found: Found | None, say: Callable[[Any], str]) -> str:
    if found is None:
        return f"  {label}: not found"
    return f"  {label}: {say(found.value)}, from {at(found.evidence)}"


def _accounts(level: Any, why: str = "") -> str:
    """'unaudited (the easiest level accepted)', with ``why`` after a semicolon."""
    return f"{str(level).replace('_', ' ')} (the easiest level accepted{'; ' * bool(why)}{why})"


def _award(t: Total) -> str:
    """The award the documents state: the largest, naming each document's when they differ;
    not known, never 'not found', when a document that could not be read may state it, and
    what was found is of the documents read (trial22 T14)."""
    said = award_words(t.award)
    if t.award_apart:
        said += f" (the largest stated); the documents disagree: {t.award_apart}"
    if not t.incomplete:
        return said
    why = f"({_why_not(t)})"
    return f"{said} in the documents read {why}" if t.award else f"not known {why}"


def _money(value: Any) -> str:
    return "not known" if value is None else pounds(float(value))


def _percent(value: Any) -> str:
    return "not known" if value is None else f"{number(float(value))}%"


def _document_text(
    d: DocumentFacts, defined: frozenset[str], per: Assumed, unasked: bool = False
) -> list[str]:
    pages = f", {plural(d.pages, 'page')}" if d.pages else ""
    kind = FORMAT_NAMES.get(d.format, d.format)
    head = f"{visible(d.file)}: {kind}{pages}, {plural(d.words, 'word')}"
    if d.note:  # no text: nothing in it can be counted, not even as none
        return [head, f"  {d.note[:1].upper()}{d.note[1:]}."]
    said = LANGUAGES.get(d.language, d.language)
    if d.english_half is not None:  # (bilingual.py: its words are the English half's)
        said = "English and Welsh, paragraph by paragraph (the English words counted and scored)"
    lines = [f"{head}, {said}"]
    lines += [f"  {d.unmeasured[:1].upper()}{d.unmeasured[1:]}."] if d.unmeasured else []
    lines += [UNASKED] if unasked else []
    lines += [f"  {drafted(d)}."] if d.drafted else []
    how = {
        "characters": f", at {number(per['characters_per_word'])} characters a word",
        "pages": f", at {number(per['words_per_page'])} words a page",
    }
    for n, q in enumerate(d.questions, start=1):
        lines.append(f"  Question {n}, {_limit(q, how)}: {at(q.evidence)}")
    lines.append(f"  Fields to fill in: {len(d.fields):,}")
    lines += [f"  Field: {at(e)}" for e in d.fields]
    for a in chain.from_iterable(distinct(d.attachments)):
        kind = kind_words(a.kind) + (f" ({a.policy.replace('_', ' ')})" if a.policy else "")
        some = ", only in some cases" if a.conditional else ""
        lines.append(f"  Attachment{some}: {kind}, from {at(a.evidence)}")
    for f in d.policies:
        some = " in some cases" if f.conditional else ""
        lines.append(f"  Policy asked for{some}: {fmt(f.value, '')}, from {at(f.evidence)}")
    # a level read below an income band says so beside its quote (trial22 T17)
    why = below_band(d.accounts.value, d.accounts.evidence.words) if d.accounts else ""
    lines.append(_found("Accounts", d.accounts, lambda level: _accounts(level, why)))
    lines.append(_found("Public liability insurance", d.insurance, _money))
    lines.append(_found("Match funding", d.match_funding, _percent))
    award = f", from {at(d.award.evidence)}" if d.award else ""
    lines.append(f"  Award: {award_words(d.award)}{award}")
    lines += jargon_lines(d.jargon)
    listed = undefined(d, defined)
    return lines + acronym_lines(listed, jargon_acronyms(listed, d.jargon), d.acronyms)


def as_text(
    documents: list[DocumentFacts],
    total: Total,
    unread: int = 0,
    assumed: Assumed | None = None,
    unasked: Sequence[str] = (),
) -> str:
    """What ``grantcheck measure`` prints: each document with its evidence, then the total
    (of the ``documents`` read: ``unread`` more could not be), then the assumptions used.
    ``unasked``: the forms with no question found, whose questions are not measurable."""
    defined = frozenset().union(*(d.defined for d in documents)) if documents else frozenset()
    per = assumptions(assumed)
    lines: list[str] = []
    for d in documents:
        lines += [*_document_text(d, defined, per, d.file in unasked), ""]
    also = f" ({plural(unread, 'other')} could not be read)" if unread else ""
    lines.append(f"In total, over {plural(len(documents), 'document')}{also}:")
    t = total
    rate = plain_rate(t)
    from grantcheck.documents.formats import note

    lines += [
        f"  {visible(n[0].upper() + n[1:])}." for n in note(t.again, documents)
    ]  # counted once
    apart = accounts_apart(documents)
    cover, share, acronyms = (
        found_value(t.insurance),
        found_value(t.match_funding),
        t.undefined_acronyms,
    )
    counts = _counts_text(
        t,
        f"; the documents disagree: {apart}" if apart else "",
        others=len(documents) > len(t.unreadable),
    )
    if unasked and not t.questions and not t.incomplete:  # as check says it (trial25 T15)
        why = f"not measurable (no question was found in {_names(list(unasked))})"
        counts = [
            f"  Questions: {why}"
            if c.startswith("  Questions:")
            else f"  Word limit: {why}"
            if c.startswith("  Word limit:")
            else c
            for c in counts
        ]
    lines += [
        *counts,
        f"  Public liability insurance: {bounded(t, _money(cover), cover is not None)}",
        f"  Match funding: {bounded(t, _percent(share), share is not None)}"
        + (
            f" (the first document's); the documents disagree: {t.match_apart}"
            * bool(t.match_apart)
        ),
        f"  Award: {_award(t)}",
        "  Jargon and acronyms never spelt out: "
        + (
            "not known (no English text)"
            if rate is None
            else f"{'not known: ' if t.incomplete else ''}{number(rate)} per 1,000 words (of "
            f"{plural(t.words, 'word')}{' read' if t.incomplete else ''})"
        ),
        "  Acronyms never spelt out: "
        + bounded(t, acronyms_named(sorted(acronyms), t.as_jargon()), bool(acronyms)),
        "Assumptions: a limit in characters is read at "
        f"{number(per['characters_per_word'])} characters a word (spaces included, "
        "characters per word), one in pages at "
        f"{number(per['words_per_page'])} words a page (words per page).",
    ]
    return "\n".join(lines) + "\n"


# a form with no question found (trial25 T15: "Questions: 0" for a form whose questions are
# pictures, where check said "not measurable")
UNASKED = (
    "  No question was found, though it reads as a form: its questions and word limit are not "
    "measured (a layout grantcheck does not read, such as questions in pictures?); check reads "
    "them as not known unless the scheme states them."
)


def drafted(d: DocumentFacts) -> str:
    """What a draft's review marks mean for what was measured (trial25 T14), as measure and
    check both say it."""
    return (
        f"Review marks left in {visible(d.file)}: {d.drafted}, measured as if every change were "
        "accepted; accept or reject them (and delete any comment) before publishing"
    )


def _why_not(t: Total) -> str:
    """'x.pdf could not be read; no text in scan.pdf'."""
    parts = [f"{_names(t.unread)} could not be read"] if t.unread else []
    return "; ".join(parts + ([f"no text in {_names(t.unreadable)}"] if t.unreadable else []))


def _names(files: list[str]) -> str:
    """Documents' names as they are spelt ('my_form.docx', not in_words' 'my form.docx'), a
    newline or escape in one shown, never sent: the text is read one line at a time."""
    shown = [visible(f) for f in files]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _count(t: Total, n: int) -> str:
    """A count as it stands for all the documents: '3', 'at least 3' or 'not known'."""
    return bounded(t, f"{n:,}", bool(n))


def _counts_text(t: Total, apart: str = "", others: bool = True) -> list[str]:
    """The total's counts and lists: when a document could not be read or has no text, what
    the others hold is only a lower bound ('at least 2'), and none found is 'not known'
    (``others``: whether any document with text was read, to count from)."""
    known, why = not t.incomplete, _why_not(t)
    counted = "the counts are of the other documents" if others else "no document had text to count"
    lines = [] if known else [f"  Not complete ({why}): {counted}."]
    if not known and not (t.questions or t.fields or t.word_limit):
        lines.append(f"  Questions, word limit and fields: not known ({why})")
    else:
        unlimited = _count(t, t.unlimited_questions)
        lines += [
            f"  Questions: {_count(t, t.questions)}"
            # "0 (0 with no limit)" says nothing twice: the share only when there are questions
            + (f" ({unlimited} with no limit)" if unlimited != "not known" and t.questions else ""),
            "  Word limit: "
            + (
                bounded(t, plural(t.word_limit, "word"), bool(t.word_limit))
                if t.word_limit or not known
                else "no limit found"
                if t.questions
                else "none (no questions found)"
            ),
            f"  Fields to fill in: {_count(t, t.fields)}",
        ]
    for label, items in (
        ("every applicant sends", t.attachments),
        ("only in some cases", t.conditional_attachments),
    ):
        named = f" ({in_words([_kind(a) for a in items])})" if items else ""
        lines.append(f"  Attachments {label}: {_count(t, len(items))}{named}")
    for label, found in (
        ("every applicant needs", t.policies),
        ("needed only in some cases", t.conditional_policies),
    ):
        names = in_words([str(f.value) for f in found])
        lines.append(f"  Policies {label}: {bounded(t, names, bool(found))}")
    if known and t.accounts is not None:
        lines.append(f"  Accounts: {_accounts(t.accounts.value)}{apart}")
    else:  # an unread document may accept an easier level
        lines.append(f"  Accounts: {accounts_not_known(t)}")
    return lines


def _kind(a: Attachment) -> str:
    return kind_words(a.kind, a.policy) if a.policy or not a.name else a.name
