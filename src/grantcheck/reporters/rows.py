"""Typed rows that several reporters show: the key measures and the guidance documents.

A row holds values, not wording (wording.py turns values into sentences).
``DocumentRow.as_json`` is the shape of ``guidance_documents`` in the
versioned JSON report, so changing a field here is a change to that contract.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grantcheck.findings import SchemeResult
from grantcheck.safe_text import clip, visible
from grantcheck.units import fmt, reading_span

if TYPE_CHECKING:
    from grantcheck.rulepack import Rule

# The measures every human-readable report tabulates, by metric (a fact, so the
# same whichever rule checks it), with the label a reader sees.
KEY_MEASURES = {
    "application.window_days": "Application window",
    "guidance.pages": "Guidance",
    "application.cost_share": "Cost of applying, against the award",
    "decision.days": "Time to a decision",
    "funding.months": "Agreement length",
    "reporting.per_year": "Reporting frequency",
}


@dataclass(frozen=True)
class MeasureRow:
    """One key measure of a scheme against the limits of the rule that checks it, for the scheme's
    band."""

    rule: str
    label: str
    metric: str
    unit: str
    value: Any
    direction: str  # "at_least" or "at_most"
    warning: float | None
    error: float | None
    # "passes", a severity, "waived", "not stated", "not known", "does not apply" or "not checked"
    status: str
    lower: bool = False  # the value is a lower bound (some part of it was not stated)
    basis: str = ""  # where the limit comes from, in two or three words ("the guide", "the law")
    # with a known value but status "not known": the unstated facts deciding whether it applies
    pending: tuple[str, ...] = ()


def _status(s: SchemeResult, rule: Rule) -> str:
    from grantcheck.metrics import METRICS

    composite = rule.metric in METRICS and bool(METRICS[rule.metric].needs)  # worked out
    for f in s.findings:
        if f.rule == rule.id:
            return (
                "waived"
                if f.waived
                else "not known"
                if f.unknown and (f.lower_bound or composite)
                else "not stated"
                if f.unknown
                else f.severity
            )
    if rule.id in s.passed:
        return "passes"
    if rule.id not in s.not_applicable:
        return "not checked"
    applies = rule.applies(s.metrics)  # False, or a fact it rests on is missing (never a pass)
    if applies is None:
        return "not known"
    if applies and s.metrics.get(rule.metric) is None:
        return "not known" if composite else "not stated"
    return "does not apply"


def measure_rows(s: SchemeResult, rules: dict[str, Rule]) -> list[MeasureRow]:
    """The key measures, each with the first rule in force that puts a limit on it."""
    from grantcheck.metrics import METRICS

    rows = []
    for metric, label in KEY_MEASURES.items():
        rule = next((r for r in rules.values() if r.metric == metric and r.check != "flag"), None)
        if rule is None:
            continue
        level = next((f.severity for f in s.findings if f.rule == rule.id), None)
        value = s.metrics.get(metric)
        if metric == "application.window_days" and s.facts.get("rolling"):
            value = "open all year (rolling)"  # no window to measure: say why, not "not stated"
        rows.append(
            MeasureRow(
                rule.id,
                label,
                metric,
                METRICS[metric].unit,
                value,
                rule.check,
                rule.limit("warning", s.band, s.metrics),
                rule.limit("error", s.band, s.metrics),
                _status(s, rule),
                metric in s.lower_bounds,
                rule.basis_name(level, s.band),
                _pending(rule, s.metrics),
            )
        )
    return rows


def _pending(rule: Rule, metrics: dict[str, Any]) -> tuple[str, ...]:
    """The facts not stated that leave open whether ``rule`` applies (its ``when``)."""
    if rule.applies(metrics) is not None:
        return ()
    found: list[str] = []
    todo = list(rule.when)
    while todo:
        c = todo.pop(0)
        todo += c.any or []
        if c.metric and c.decided(metrics) is None and metrics.get(c.metric) is None:
            found.append(c.metric)
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class LongSentence:
    """One of a document's longest sentences."""

    words: int
    text: str


@dataclass(frozen=True)
class DocumentRow:
    """One guidance document's measures (or all of them together)."""

    name: str
    pages: int | float | None  # as published (PDF) or stated; None when not known
    words: int | float | None
    reading_minutes: int | float | None
    reading_ease: float | None
    grade: float | None
    long_sentence_share: float | None
    longest_sentences: tuple[LongSentence, ...]
    note: str | None
    estimated_pages: int | None  # from the words, at the words_per_page assumption; not in JSON
    role: str = "guidance"  # or "form": JSON's guidance_documents holds both, with a role

    @property
    def shown(self) -> str:
        """The name as every report's prose shows it: a newline in it escaped, as errors and
        ``measure`` show it (a raw one folds to a space, another file's name)."""
        return visible(self.name)

    def as_json(self) -> dict[str, object]:
        """The row in the JSON report (``guidance_documents``)."""
        return {
            "name": self.name,
            "pages": self.pages,
            "words": self.words,
            "reading_minutes": self.reading_minutes,
            "reading_ease": self.reading_ease,
            "grade": self.grade,
            "long_sentence_share": self.long_sentence_share,
            "longest_sentences": [
                {"words": x.words, "text": x.text} for x in self.longest_sentences
            ],
            "note": self.note,
            "role": self.role,  # an added key: "form" or "guidance" (the list holds both)
        }


def _assumed(s: SchemeResult, name: str, default: float) -> float:
    return next((a.value for a in s.assumptions if a.name == name), default)


def _estimated_pages(words: float | None, words_per_page: float) -> int | None:
    return (
        None if words is None or words_per_page <= 0 else max(1, math.ceil(words / words_per_page))
    )


def document_rows(s: SchemeResult) -> list[DocumentRow]:
    """Each guidance document's measures."""
    per_minute = _assumed(s, "reading_words_per_minute", 238.0)
    per_page = _assumed(s, "words_per_page", 500.0)
    rows = []
    for d in s.documents:
        t = d.text
        words = d.words or None  # counted whatever the language; scores only for English
        rows.append(
            DocumentRow(
                d.name,
                d.pages,
                words,
                None if words is None else round(words / per_minute),
                round(t.reading_ease, 1) if t else None,
                round(t.grade, 1) if t else None,
                round(t.long_sentence_share, 4) if t else None,
                tuple(LongSentence(n, clip(text, 1000)) for n, text in t.longest) if t else (),
                d.note or None,
                _estimated_pages(words, per_page),
                getattr(d, "role", "guidance"),
            )
        )
    return rows


def total_row(s: SchemeResult) -> DocumentRow | None:
    """All the guidance documents together, when there are several."""
    if len(s.documents) < 2:
        return None
    m = s.metrics
    rows = document_rows(s)
    if any(r.role == "form" for r in rows):  # the form's words too; its scores are not read
        return DocumentRow(
            "All documents (scores: the guidance)",
            _sum([r.pages for r in rows]),
            _sum([r.words for r in rows]),
            _sum([r.reading_minutes for r in rows]),
            m.get("guidance.reading_ease"),
            m.get("guidance.grade"),
            m.get("guidance.long_sentence_share"),
            (),
            None,
            None,
        )
    return DocumentRow(
        "All documents",
        m.get("guidance.pages"),
        m.get("guidance.words"),
        m.get("guidance.reading_minutes"),
        m.get("guidance.reading_ease"),
        m.get("guidance.grade"),
        m.get("guidance.long_sentence_share"),
        (),
        None,
        None,
    )


def _sum(values: list[int | float | None]) -> int | float | None:
    """A column's total: not known when any document's value is not known."""
    return None if any(v is None for v in values) else sum(v for v in values if v is not None)


def documents_heading(rows: list[DocumentRow]) -> str:
    """The documents table's heading: guidance alone, or the form as well."""
    return "Documents" if any(r.role == "form" for r in rows) else "Guidance documents"


DOCUMENT_HEAD = [
    "document",
    "pages",
    "words",
    "reading time",
    "reading ease",
    "grade",
    "sentences over 25 words",
]


def reading_time(row: DocumentRow) -> str:
    """'12 minutes', '11 hours' (units.reading_span); 'under a minute' for a short text (never
    'about 0 minutes')."""
    if row.reading_minutes == 0 and row.words:
        return "under a minute"
    return reading_span(row.reading_minutes)


def document_pages(row: DocumentRow) -> str:
    """A document's pages: as published (PDF), else estimated from its words."""
    if row.pages is not None:
        return str(row.pages)
    return "—" if row.estimated_pages is None else f"about {row.estimated_pages}"


def document_cells(row: DocumentRow) -> list[str]:
    """One document (or the total) as table cells, for Markdown and HTML alike."""
    name = f"{row.shown} (form)" if row.role == "form" else row.shown
    if row.words is None:
        return [name, document_pages(row), "—", "—", "—", "—", row.note or "—"]
    if row.reading_ease is None:  # counted, not scored (not English)
        minutes = reading_time(row)
        return [name, document_pages(row), f"{row.words:,}", minutes, "—", "—", row.note or "—"]
    return [
        name,
        document_pages(row),
        f"{row.words:,}",
        reading_time(row),
        str(row.reading_ease),
        str(row.grade),
        fmt(row.long_sentence_share, "share"),
    ]
