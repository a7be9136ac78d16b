"""Wording shared by the human-readable reporters: sentences built from results.

Values in, British English out: key numbers, the headline, the sector view,
assumptions, limits and the summary line. The rows these sentences describe
are in rows.py.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from grantcheck.findings import Assumed, Report, SchemeResult
from grantcheck.reporters.rows import DocumentRow, MeasureRow, reading_time
from grantcheck.units import fmt, number, pounds

if TYPE_CHECKING:
    from grantcheck.rulepack import Rule


def _date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d:%b %Y}"


def band_text(s: SchemeResult) -> str:
    limit = f"awards up to {pounds(s.band_limit)}" if s.band_limit else "the largest awards"
    return f"{s.band} band ({limit})"


def key_numbers(s: SchemeResult) -> list[tuple[str, str]]:
    """(label, sentence) pairs a reader needs at a glance."""
    m, f = s.metrics, s.facts
    rows = [
        ("Awards", _awards(m)),
        ("Application window", _window(m.get("application.window_days"), f)),
    ]
    rows.append(("Guidance", _guidance(m, bool(f.get("guidance.pages_stated")))))
    rows.append(("Help to apply", _help(m)))
    rows.append(("One application", _application(m, s.lower_bounds)))
    rows.append(("Whole sector", _sector(s)))
    days, since = m.get("decision.days"), "submission" if f.get("rolling") else "the closing date"
    rows.append(
        ("Decision", "not stated" if days is None else f"{fmt(days, 'days')} after {since}")
    )
    rows.append(("Agreement", _agreement(m)))
    rows.append(("Reporting", _reporting(m, f)))
    if m.get("procurement.route") or m.get("kind") == "contract":
        rows.append(("Procurement", _procurement(m)))
    return rows


def _awards(m: dict[str, Any]) -> str:
    """The range of awards: the smallest, typical and largest, as stated, and a year's worth."""
    most, least, typical = m["award.max"], m.get("award.min"), m.get("award.typical")
    text = f"{pounds(least)} to {pounds(most)}" if least is not None else f"up to {pounds(most)}"
    if typical is not None and typical != most:
        text += f", typically {pounds(typical)}"
    per_year = m.get("award.per_year")
    if per_year is not None and per_year != most:
        text += f" (about {pounds(per_year)} a year)"
    return text


def _help(m: dict[str, Any]) -> str:
    offered = m.get("application.support.pre_application")
    formats = m.get("application.support.accessible_formats")
    text = {True: "offered", False: "not offered", None: "not stated"}[offered]
    if formats is not None:
        text += "; other formats and languages " + ("on request" if formats else "not offered")
    return text


def _procurement(m: dict[str, Any]) -> str:
    route, lots = m.get("procurement.route"), m.get("procurement.lots")
    together = m.get("procurement.consortium_bids")
    parts = [str(route).replace("_", " ") if route else "route not stated"]
    if lots is not None:
        parts.append(f"{number(lots)} lot{'s' if lots != 1 else ''}")
    if together is not None:
        parts.append("consortium bids " + ("allowed" if together else "not allowed"))
    return "; ".join(parts)


def _window(days: object, facts: dict[str, Any]) -> str:
    if facts.get("rolling"):
        return "open all the time (applications taken at any time)"
    if days is None:
        return "not stated"
    text = fmt(days, "days")
    if "opens" in facts and "closes" in facts:
        text += f" ({_date(facts['opens'])} to {_date(facts['closes'])})"
    return text


def _guidance(m: dict[str, Any], stated: bool) -> str:
    pages, words, minutes = (
        m.get("guidance.pages"),
        m.get("guidance.words"),
        m.get("guidance.reading_minutes"),
    )
    ease = m.get("guidance.reading_ease")
    if pages is None:
        return "not stated"
    if words is None:
        return fmt(pages, "pages") + (
            "" if minutes is None else f", about {fmt(minutes, 'minutes')} to read"
        )
    if stated:
        text = f"{fmt(pages, 'pages')} as published; the documents given have {fmt(words, 'words')}"
    else:
        text = f"about {fmt(pages, 'pages')} ({fmt(words, 'words')})"
    text += f", about {fmt(minutes, 'minutes')} to read"
    if ease is not None:
        text += (
            f"; reading ease {number(ease)} ({ease_word(ease)}), grade "
            f"{number(m.get('guidance.grade') or 0)}"
        )
    if m.get("guidance.long_sentence_share") is not None:
        text += f"; {fmt(m['guidance.long_sentence_share'], 'share')} of sentences over 25 words"
    return text


def ease_word(score: float) -> str:
    """Flesch's own bands, in words."""
    for limit, word in (
        (90, "very easy"),
        (80, "easy"),
        (70, "fairly easy"),
        (60, "plain English"),
        (50, "fairly difficult"),
        (30, "difficult"),
    ):
        if score >= limit:
            return word
    return "very difficult"


def estimate_word(name: str, lower: tuple[str, ...]) -> str:
    """'at least' for a lower bound, else 'about'."""
    return "at least" if name in lower else "about"


def _application(m: dict[str, Any], lower: tuple[str, ...]) -> str:
    hours, cost, share = (
        m.get("application.hours"),
        m.get("application.cost"),
        m.get("application.cost_share"),
    )
    if hours is None or cost is None:
        return "not known (state the form's questions, word limit or attachments)"
    text = (
        f"{estimate_word('application.hours', lower)} {fmt(hours, 'hours')}, worth {pounds(cost)}"
    )
    if share is not None:
        text += f": {fmt(share, 'share')} of a typical award of {pounds(m['award.typical'])}"
    return text


def _sector(s: SchemeResult) -> str:
    m = s.metrics
    cost, share = m.get("sector.cost"), m.get("sector.cost_share")
    if cost is None and m.get("application.cost") is None:
        return "not known (the cost of one application is not known)"
    if cost is None:
        return "not known (state award.expected_applications)"
    rate = m.get("success_rate")
    text = (
        f"{estimate_word('sector.cost', s.lower_bounds)} {pounds(cost)} spent applying by all "
        "applicants"
    )
    text += " a year" if s.facts.get("rolling") else ""
    if share is not None:
        text += f": {fmt(share, 'share')} of the {pounds(m['award.total'])} total"
    if rate is not None:
        text += f"; {fmt(rate, 'share')} of applications succeed"
    return text


def _agreement(m: dict[str, Any]) -> str:
    months, gap = m.get("funding.months"), m.get("funding.gap_days")
    text = "not stated" if months is None else fmt(months, "months")
    if m.get("funding.ongoing"):
        text += ", for an ongoing service"
    if gap is not None:
        text += f"; gap between agreements {fmt(gap, 'days')}"
    return text


def _reporting(m: dict[str, Any], facts: dict[str, Any]) -> str:
    per_year, frequency = m.get("reporting.per_year"), facts.get("reporting.frequency")
    if per_year is None:
        return "not stated"
    if frequency == "end_only":
        text = "one report at the end"
    else:
        text = (
            f"{str(frequency).replace('_', ' ')}, {number(per_year)} "
            f"report{'' if per_year == 1 else 's'} a year"
        )
    hours, share = m.get("reporting.hours_per_year"), m.get("reporting.cost_share")
    if hours and frequency != "end_only":
        text += f", about {fmt(hours, 'hours')} a year"
    if share:
        text += f"; reporting on one agreement costs {fmt(share, 'share')} of the award"
    evidence = facts.get("reporting.evidence")
    if evidence:
        text += "; evidence asked for: " + ", ".join(str(e).replace("_", " ") for e in evidence)
    template = m.get("reporting.template_provided")
    if template is not None and per_year:
        text += "; a template is given" if template else "; no template is given"
    return text


def assumptions_text(assumed: tuple[Assumed, ...]) -> str:
    """The effort model's assumptions in one sentence: each one's name and value."""
    return "; ".join(f"{a.name}: {assumption_value(a)}" for a in assumed)


def summary_line(
    report: Report, counts: dict[str, int] | None = None, schemes: int | None = None
) -> str:
    """One line: schemes checked, findings by severity, waived, and files that failed."""
    c = counts if counts is not None else report.counts()
    n = schemes if schemes is not None else len(report.schemes)
    text = (
        f"{n} scheme{'s' if n != 1 else ''} checked: {c['error']} "
        f"error{'s' if c['error'] != 1 else ''}, "
        f"{c['warning']} warning{'s' if c['warning'] != 1 else ''}, {c['info']} info"
    )
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


def _read(row: DocumentRow) -> str:
    """'about 12 minutes to read', or 'under a minute to read' (never 'about 0 minutes')."""
    time = reading_time(row)
    return f"{time} to read" if time.startswith("under") else f"about {time} to read"


def document_line(row: DocumentRow) -> str:
    """One document in a sentence: words, pages, reading time and scores."""
    pages = f"{row.pages} pages, " if row.pages is not None else ""
    if row.words is None:
        return f"{row.name}: {row.note}"
    if row.reading_ease is None or row.grade is None:  # counted, not scored (not English)
        return f"{row.name}: {pages}{fmt(row.words, 'words')}, {_read(row)}; {row.note}"
    return (
        f"{row.name}: {pages}{fmt(row.words, 'words')}, {_read(row)}; "
        f"reading ease {number(row.reading_ease)} ({ease_word(row.reading_ease)}), grade "
        f"{number(row.grade)}; "
        f"{fmt(row.long_sentence_share, 'share')} of sentences over 25 words"
    )


def _writing(s: SchemeResult) -> str:
    """'write up to 1,550 words', and the answers with no limit apart: counted in the word
    limit at an assumed length, they are not a limit anyone wrote."""
    m = s.metrics
    words, open_ = m["application.form.word_limit"], m.get("application.form.unlimited_answers")
    if not open_:
        return f"write up to {fmt(words, 'words')}"
    each = next((a.value for a in s.assumptions if a.name == "words_per_unlimited_answer"), 250)
    limited = float(words or 0) - float(open_) * float(each)
    answers = f"{number(open_)} answer{'s' if open_ != 1 else ''} with no word limit"
    return (
        f"write up to {fmt(limited, 'words')} (plus {answers})"
        if limited > 0
        else f"write {answers}"
    )


def headline(s: SchemeResult) -> str:
    """The scheme in one sentence of plain words and numbers."""
    m = s.metrics
    asks = []
    if m.get("guidance.pages") is not None:
        asks.append(f"read about {fmt(m['guidance.pages'], 'pages')}")
    if m.get("application.form.questions") is not None:
        asks.append(
            f"answer {number(m['application.form.questions'])} "
            f"question{'s' if m['application.form.questions'] != 1 else ''}"
        )
    if m.get("application.form.word_limit"):
        asks.append(_writing(s))
    if m.get("application.form.attachments"):
        n = m["application.form.attachments"]
        asks.append(f"attach {number(n)} document{'s' if n != 1 else ''}")
    who = f"An applicant for a {s.kind} of up to {pounds(m['award.max'])}"
    if m.get("application.hours") is None:
        asked = f" is asked to {_join(asks)}, but" if asks else ":"
        return (
            f"{who}{asked} the scheme does not state enough about the form (questions, word limit, "
            "attachments) to estimate the work of applying."
        )
    share = m.get("application.cost_share")
    award = (
        "the award"
        if m["award.typical"] == m["award.max"]
        else f"a typical award of {pounds(m['award.typical'])}"
    )
    asked = f" is asked to {_join(asks)}" if asks else ""
    return (
        f"{who}{asked}: {estimate_word('application.hours', s.lower_bounds)} "
        f"{fmt(m['application.hours'], 'hours')} "
        f"of work, worth {pounds(m['application.cost'])}"
        + (f", or {fmt(share, 'share')} of {award}." if share is not None else ".")
    )


def sector_view(s: SchemeResult) -> str:
    """What all expected applicants together spend, against what is on offer."""
    m = s.metrics
    apps, cost = m.get("award.expected_applications"), m.get("sector.cost")
    if cost is None and m.get("application.cost") is None:
        return (
            "The cost of one application is not known, so the sector's total cost is not "
            "known either."
        )
    if cost is None:
        return (
            "The scheme does not say how many applications it expects, so the sector's total "
            "cost is not known."
        )
    awards = m.get("award.expected_awards")
    expected = (
        f"With about {number(apps)} applications expected"
        if apps is not None
        else "Across all applicants"
    )
    expected += (
        f" for {number(awards)} award{'s' if awards != 1 else ''}" if awards is not None else ""
    )
    text = (
        f"{expected}, applicants together spend "
        f"{estimate_word('sector.cost', s.lower_bounds)} {pounds(cost)} applying"
    )
    text += " a year" if s.facts.get("rolling") else ""
    share = m.get("sector.cost_share")
    return text + (
        f": {fmt(share, 'share')} of the {pounds(m['award.total'])} on offer."
        if share is not None
        else "."
    )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def measure_value(row: MeasureRow) -> str:
    """A measure row's value: 'at least' when it is a lower bound; a composite that cannot be
    worked out is 'not known' (not 'not stated': no single fact is missing)."""
    from grantcheck.metrics import METRICS

    if row.value is None and row.status == "not known" and METRICS[row.metric].needs:
        return "not known"
    text = fmt(row.value, row.unit)
    return f"at least {text}" if row.lower and row.value is not None else text


def status_text(row: MeasureRow) -> str:
    """A measure row's verdict in words: a known value whose rule may or may not apply says
    which fact is missing ('not known: ongoing service not stated'), not a bare 'not known'
    beside a figure that is plainly known."""
    from grantcheck.metrics import METRICS

    if row.status != "not known" or row.value is None or not row.pending:
        return row.status
    names = [METRICS[m].label if m in METRICS else m for m in row.pending]
    return f"not known: {_join(names)} not stated"


def limits_text(row: MeasureRow) -> str:
    """'at least 28 days (under 15 is an error)' for one measure row."""
    unit, warn, err = row.unit, row.warning, row.error
    if row.direction == "at_least":
        parts = [f"at least {fmt(warn, unit)}"] if warn is not None else []
        parts += [f"under {fmt(err, unit)} is an error"] if err is not None else []
    else:
        parts = [f"at most {fmt(warn, unit)}"] if warn is not None else []
        parts += [f"over {fmt(err, unit)} is an error"] if err is not None else []
    return parts[0] + (f" ({parts[1]})" if len(parts) > 1 else "") if parts else "no limit"


def assumption_value(a: Assumed) -> str:
    """An assumption's value with its unit: '£20', '1 hour', '238 words a minute'."""
    if a.unit == "pounds":
        return pounds(a.value)
    if a.unit in ("hours", "minutes", "words"):
        return fmt(a.value, a.unit)
    return f"{number(a.value)} {a.unit}"


SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "info": "Note"}  # a finding's heading


def no_quote(rule: Rule, below: str = "the sources below") -> str:
    """What a report says of a rule the guide is not quoted for: why not, when the rule says
    (its words are about something else), and what the rule rests on instead: ``below`` (its
    sources) when it has any, else the basis of its limit, never sources that are not there."""
    rests = below if rule.sources else "the basis of its limit alone"
    if rule.unquoted:
        why = " ".join(rule.unquoted.split()).rstrip(".")
        return f"The guide is not quoted: {why}. The rule rests on {rests}."
    return f"The guide does not speak to this point; the rule rests on {rests}."
