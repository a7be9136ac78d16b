"""Wording shared by the human-readable reporters: key numbers, assumptions, summary."""

from __future__ import annotations

import datetime as dt

from grantcheck.findings import Assumed, Report, SchemeResult
from grantcheck.units import fmt, number, pounds


def _date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d:%b %Y}"


def band_text(s: SchemeResult) -> str:
    limit = f"awards up to {pounds(s.band_limit)}" if s.band_limit else "the largest awards"
    return f"{s.band} band ({limit})"


def key_numbers(s: SchemeResult) -> list[tuple[str, str]]:
    """(label, sentence) pairs a reader needs at a glance."""
    m, f = s.metrics, s.facts
    rows = [("Application window", _window(m.get("application.window_days"), f))]
    rows.append(("Guidance", _guidance(m, bool(f.get("guidance.pages_stated")))))
    rows.append(("One application", _application(m)))
    rows.append(("Whole sector", _sector(s)))
    days = m.get("decision.days")
    rows.append(("Decision", "not stated" if days is None else f"{fmt(days, 'days')} after the closing date"))
    rows.append(("Agreement", _agreement(m)))
    rows.append(("Reporting", _reporting(m, f)))
    return rows


def _window(days: object, facts: dict) -> str:  # type: ignore[type-arg]
    if days is None:
        return "not stated"
    text = fmt(days, "days")
    if "opens" in facts and "closes" in facts:
        text += f" ({_date(facts['opens'])} to {_date(facts['closes'])})"
    return text


def _guidance(m: dict, stated: bool) -> str:  # type: ignore[type-arg]
    pages, words, minutes = m.get("guidance.pages"), m.get("guidance.words"), m.get("guidance.reading_minutes")
    ease = m.get("guidance.reading_ease")
    if pages is None:
        return "not stated"
    if words is None:
        return fmt(pages, "pages") + ("" if minutes is None else f", about {fmt(minutes, 'minutes')} to read")
    if stated:
        text = f"{fmt(pages, 'pages')} as published; the documents given have {fmt(words, 'words')}"
    else:
        text = f"about {fmt(pages, 'pages')} ({fmt(words, 'words')})"
    text += f", about {fmt(minutes, 'minutes')} to read"
    if ease is not None:
        text += f"; reading ease {number(ease)} ({ease_word(ease)}), grade {number(m.get('guidance.grade') or 0)}"
    return text


def ease_word(score: float) -> str:
    """Flesch's own bands, in words."""
    for limit, word in ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "plain English"),
                        (50, "fairly difficult"), (30, "difficult")):
        if score >= limit:
            return word
    return "very difficult"


def _application(m: dict) -> str:  # type: ignore[type-arg]
    hours, cost, share = m.get("application.hours"), m.get("application.cost"), m.get("application.cost_share")
    if hours is None:
        return "not known (state the guidance, questions, word limit or attachments)"
    text = f"about {fmt(hours, 'hours')}, worth about {pounds(cost)}"
    if share is not None:
        text += f": {fmt(share, 'share')} of a typical award of {pounds(m['award.typical'])}"
    return text


def _sector(s: SchemeResult) -> str:
    m = s.metrics
    cost, share = m.get("sector.cost"), m.get("sector.cost_share")
    if cost is None:
        return "not known (state award.expected_applications)"
    rate = m.get("success_rate")
    text = f"about {pounds(cost)} spent applying by all applicants"
    if share is not None:
        text += f": {fmt(share, 'share')} of the {pounds(m['award.total'])} total"
    if rate is not None:
        text += f"; {fmt(rate, 'share')} of applications succeed"
    return text


def _agreement(m: dict) -> str:  # type: ignore[type-arg]
    months, gap = m.get("funding.months"), m.get("funding.gap_days")
    text = "not stated" if months is None else fmt(months, "months")
    if m.get("funding.ongoing"):
        text += ", for an ongoing service"
    if gap is not None:
        text += f"; gap between agreements {fmt(gap, 'days')}"
    return text


def _reporting(m: dict, facts: dict) -> str:  # type: ignore[type-arg]
    per_year, frequency = m.get("reporting.per_year"), facts.get("reporting.frequency")
    if per_year is None:
        return "not stated"
    if frequency == "end_only":
        text = "one report at the end"
    else:
        text = f"{str(frequency).replace('_', ' ')}, {number(per_year)} report{'' if per_year == 1 else 's'} a year"
    hours, share = m.get("reporting.hours_per_year"), m.get("reporting.cost_share")
    if hours and frequency != "end_only":
        text += f", about {fmt(hours, 'hours')} a year"
    if share:
        text += f"; reporting on one agreement costs {fmt(share, 'share')} of the award"
    return text


def assumptions_text(assumed: tuple[Assumed, ...]) -> str:
    """The effort model's assumptions in one sentence."""
    a = {x.name: x.value for x in assumed}
    return (f"reading {number(a['reading_words_per_minute'])} words a minute; "
            f"{number(a['words_per_page'])} words a page where only pages are stated; "
            f"writing {number(a['writing_words_per_hour'])} words an hour; "
            f"{number(a['minutes_per_question'])} minutes a question; "
            f"{fmt(a['hours_per_attachment'], 'hours')} an attachment; "
            f"{fmt(a['hours_per_extra_stage'], 'hours')} for each extra stage; "
            f"a report takes {fmt(a['report_base_hours'], 'hours')} plus "
            f"{fmt(a['report_hours_per_measure'], 'hours')} a measure unless the funder says; "
            f"time costs {pounds(a['hourly_cost'])} an hour")


def summary_line(report: Report) -> str:
    """One line: schemes checked, findings by severity, waived, and files that failed."""
    c = report.counts()
    n = len(report.schemes)
    text = (f"{n} scheme{'s' if n != 1 else ''} checked: {c['error']} error{'s' if c['error'] != 1 else ''}, "
            f"{c['warning']} warning{'s' if c['warning'] != 1 else ''}, {c['info']} info")
    if c["waived"]:
        text += f", {c['waived']} waived"
    if c.get("known"):
        text += f", {c['known']} known from the baseline"
    if report.stale_baseline:
        n = len(report.stale_baseline)
        text += f"; {n} baseline entr{'ies' if n != 1 else 'y'} no longer match"
    if report.errors:
        e = len(report.errors)
        text += f"; {e} input error{'s' if e != 1 else ''}"
    return text + "."


def document_rows(s: SchemeResult) -> list[dict[str, object]]:
    """Each guidance document's measures, as plain values for any reporter."""
    wpm = next((a.value for a in s.assumptions if a.name == "reading_words_per_minute"), 238.0)
    rows: list[dict[str, object]] = []
    for d in s.documents:
        t = d.text
        rows.append({
            "name": d.name, "pages": d.pages, "words": t.words if t else None,
            "reading_minutes": round(t.words / wpm) if t else None,
            "reading_ease": round(t.reading_ease, 1) if t else None, "grade": round(t.grade, 1) if t else None,
            "long_sentence_share": round(t.long_sentence_share, 4) if t else None,
            "longest_sentences": [{"words": n, "text": text} for n, text in t.longest] if t else [],
            "note": d.note or None,
        })
    return rows


def document_line(row: dict[str, object]) -> str:
    """One document in a sentence: words, pages, reading time and scores."""
    if row["words"] is None:
        return f"{row['name']}: {row['note']}"
    pages = f"{row['pages']} pages, " if row["pages"] is not None else ""
    ease = float(row["reading_ease"])  # type: ignore[arg-type]
    return (f"{row['name']}: {pages}{fmt(row['words'], 'words')}, about {fmt(row['reading_minutes'], 'minutes')} to read; "
            f"reading ease {number(ease)} ({ease_word(ease)}), grade {number(float(row['grade']))}; "  # type: ignore[arg-type]
            f"{fmt(row['long_sentence_share'], 'share')} of sentences over 25 words")
