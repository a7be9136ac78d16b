"""The headline and the sector view: a scheme's burden in one or two plain sentences.

What an applicant is asked to do and what it costs them, and what all expected applicants
spend together against what is on offer. The key numbers behind them are in key_numbers.py.
"""

from __future__ import annotations

from grantcheck.findings import SchemeResult
from grantcheck.reporters.effort_rows import unread_why
from grantcheck.reporters.wording import estimate_word, join_and, share_shown
from grantcheck.units import estimate_pounds, fmt, number, pounds


def _writing(s: SchemeResult) -> str:
    """'write up to 1,550 words', and the answers with no limit apart: the word limit is the
    sum of the limits found, and an answer with no limit is not a limit anyone wrote."""
    m = s.metrics
    words, open_ = m["application.form.word_limit"], m.get("application.form.unlimited_answers")
    if not open_:
        return f"write up to {fmt(words, 'words')}"
    limited = float(words or 0)
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
        least = estimate_word("guidance.pages", s.lower_bounds)  # (trial22 T3)
        asks.append(f"read {least} {fmt(m['guidance.pages'], 'pages')}")
    if m.get("application.form.questions") is not None:
        asks.append(
            f"answer {number(m['application.form.questions'])} "
            f"question{'s' if m['application.form.questions'] != 1 else ''}"
        )
    if m.get("application.form.word_limit") or m.get("application.form.unlimited_answers"):
        asks.append(_writing(s))
    some = len(
        (s.measured.get("application.form.conditional_attachments") or {}).get("measured", [])
    )
    more = f" (and {number(some)} more in some cases)" if some else ""
    if m.get("application.form.attachments"):
        n = m["application.form.attachments"]
        # beside a document that could not be read, at least these (trial23 T6)
        least = "at least " * ("application.form.attachments" in s.lower_bounds)
        asks.append(f"attach {least}{number(n)} document{'s' if n != 1 else ''}{more}")
    elif some:  # none every applicant sends: the ones some must send are still asked
        asks.append(f"attach {number(some)} document{'s' if some != 1 else ''} in some cases")
    who = f"An applicant for a {s.kind} of up to {pounds(m['award.max'])}"
    if m.get("application.hours") is None:
        asked = f" is asked to {join_and(asks)}, but" if asks else ":"
        unread = unread_why(s)
        if unread:  # the scheme named its form; the form has no text to measure, or none read
            scanned = (
                " (a scanned image?)" if unread.startswith("no text") and ";" not in unread else ""
            )
            return (
                f"{who}{asked} {unread}{scanned}, so the work of applying is not known: mend the "
                "document, or state the form's questions, word limit and attachments in the "
                "scheme file."
            )
        return (
            f"{who}{asked} the scheme does not state enough about the form (questions, word limit, "
            "attachments) to estimate the work of applying."
        )
    share = m.get("application.cost_share")
    award = (
        "the largest award"  # (no typical award stated: the notes say it is taken as typical)
        if "award.typical_stated" not in s.facts
        else "the award"
        if m["award.typical"] == m["award.max"]
        else f"a typical award of {pounds(m['award.typical'])}"
    )
    asked = f" is asked to {join_and(asks)}" if asks else ""
    return (
        f"{who}{asked}: {estimate_word('application.hours', s.lower_bounds)} "
        f"{fmt(m['application.hours'], 'hours')} "
        f"of work, worth {estimate_pounds(m['application.cost'])}"
        + (
            f", or {share_shown(s, 'application.cost_share')} of {award}."
            if share is not None
            else "."
        )
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
        f"{estimate_word('sector.cost', s.lower_bounds)} {estimate_pounds(cost)} applying"
    )
    text += " a year" if s.facts.get("rolling") else ""
    share = m.get("sector.cost_share")
    return text + (
        f": {share_shown(s, 'sector.cost_share')} of the {pounds(m['award.total'])} on offer."
        if share is not None
        else "."
    )
