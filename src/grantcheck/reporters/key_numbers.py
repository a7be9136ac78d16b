"""The key numbers: a scheme's measures at a glance, one sentence each.

Values in, British English out: the awards, the window, the guidance, the help offered,
one application and the whole sector, the decision, the agreement, reporting and
procurement. The words several sentences share (estimates, reading ease) are in wording.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from grantcheck.findings import SchemeResult
from grantcheck.reporters.effort_rows import unread_why
from grantcheck.reporters.wording import ease_word, estimate_word, share_shown
from grantcheck.units import estimate_pounds, fmt, number, pounds, reading_span


def _date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d:%b %Y}"


def key_numbers(s: SchemeResult) -> list[tuple[str, str]]:
    """(label, sentence) pairs a reader needs at a glance."""
    m, f = s.metrics, s.facts
    rows = [
        ("Awards", _awards(m)),
        ("Application window", _window(m.get("application.window_days"), f)),
    ]
    unread = unread_why(s, "guidance")
    # every guidance document a PDF: its pages are as published, not "about" (trial25 T17)
    read = [d for d in s.documents if d.role == "guidance" and not d.again]
    published = bool(read) and all(d.pages is not None for d in read)
    guidance = _guidance(m, bool(f.get("guidance.pages_stated")), s.lower_bounds, published)
    rows.append(
        (
            "Guidance",
            f"not known: {unread}" if m.get("guidance.pages") is None and unread else guidance,
        )
    )
    rows.append(("Help to apply", _help(m)))
    # not known: a form named but not read says so (as the hours' own heading), never "state"
    application = _application(s)
    unread = unread_why(s)
    rows.append(
        (
            "One application",
            application
            or (
                f"not known: {unread}"
                if unread
                else "not known (state the form's questions, word limit or attachments)"
            ),
        )
    )
    rows.append(("Whole sector", _sector(s)))
    days, since = m.get("decision.days"), "submission" if f.get("rolling") else "the closing date"
    rows.append(
        ("Decision", "not stated" if days is None else f"{fmt(days, 'days')} after {since}")
    )
    rows.append(("Agreement", _agreement(m)))
    rows.append(("Reporting", _reporting(s)))
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


def _guidance(
    m: dict[str, Any], stated: bool, lower: tuple[str, ...] = (), published: bool = False
) -> str:
    """The guidance's pages, words and reading time, then how easy it reads."""
    if m.get("guidance.pages") is None:
        return "not stated"
    text = _guidance_size(m, stated, lower, published)
    ease = m.get("guidance.reading_ease")
    if ease is not None:
        text += (
            f"; reading ease {number(ease)} ({ease_word(ease)}), grade "
            f"{number(m.get('guidance.grade') or 0)}"
        )
    if m.get("guidance.long_sentence_share") is not None:
        text += f"; {fmt(m['guidance.long_sentence_share'], 'share')} of sentences over 25 words"
    return text


def _guidance_size(
    m: dict[str, Any], stated: bool, lower: tuple[str, ...], published: bool = False
) -> str:
    """'about 2 pages (900 words), about 8 minutes to read': a floor ('at least 1 page (61
    words in the documents read, ...)') when one of its documents could not be read, as GC102
    says it (trial22 T3); '302 pages' with no 'about' when each is a PDF's as published
    (``published``), and a long reading time in hours (units.reading_span)."""
    pages, words, minutes = (
        m["guidance.pages"],
        m.get("guidance.words"),
        m.get("guidance.reading_minutes"),
    )
    least = "guidance.pages" in lower
    if words is None:  # pages only (stated, or a scanned PDF's)
        text = ("at least " if least else "") + fmt(pages, "pages")
        if minutes is None:
            return text
        time = reading_span(minutes)
        return f"{text}, {estimate_word('guidance.reading_minutes', lower)} {time} to read"
    # as each document's line says it: never 'about 0 minutes'
    short = minutes == 0 and words
    read = "under a minute to read" if short else f"about {reading_span(minutes)} to read"
    if stated:
        given = "read" if least else "given"
        have = f"the documents {given} have {fmt(words, 'words')}"
        return f"{fmt(pages, 'pages')} as published; {have}, {read}"
    if least:  # what was read is a fact; the whole is at least that
        return (
            f"at least {fmt(pages, 'pages')} ({fmt(words, 'words')} in the documents read, {read})"
        )
    about = "" if published else "about "
    return f"{about}{fmt(pages, 'pages')} ({fmt(words, 'words')}), {read}"


def _application(s: SchemeResult) -> str | None:
    m, lower, typical = s.metrics, s.lower_bounds, "award.typical_stated" in s.facts
    hours, cost, share = (
        m.get("application.hours"),
        m.get("application.cost"),
        m.get("application.cost_share"),
    )
    if hours is None or cost is None:
        return None
    said = estimate_word("application.hours", lower)
    text = f"{said} {fmt(hours, 'hours')}, worth {estimate_pounds(cost)}"
    if share is not None:
        award = pounds(m["award.typical"])
        # never 'a typical award' the scheme did not state: the largest, said as such
        of = f"a typical award of {award}" if typical else f"the largest award, {award}"
        text += f": {share_shown(s, 'application.cost_share')} of {of}"
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
        f"{estimate_word('sector.cost', s.lower_bounds)} {estimate_pounds(cost)} spent applying "
        "by all applicants"
    )
    text += " a year" if s.facts.get("rolling") else ""
    if share is not None:
        text += f": {share_shown(s, 'sector.cost_share')} of the {pounds(m['award.total'])} total"
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


def _reporting(s: SchemeResult) -> str:
    m, facts, lower = s.metrics, s.facts, s.lower_bounds
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
        text += f", {estimate_word('reporting.hours_per_year', lower)} {fmt(hours, 'hours')} a year"
    if share:
        costs = "costs at least" if "reporting.cost_share" in lower else "costs"
        shown = share_shown(s, "reporting.cost_share")
        text += f"; reporting on one agreement {costs} {shown} of the award"
    evidence = facts.get("reporting.evidence")
    if evidence:
        text += "; evidence asked for: " + ", ".join(str(e).replace("_", " ") for e in evidence)
    template = m.get("reporting.template_provided")
    if template is not None and per_year:
        text += "; a template is given" if template else "; no template is given"
    return text
