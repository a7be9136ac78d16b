"""Wording shared by the human-readable reporters: sentences built from results.

Values in, British English out: the band, estimates and reading ease in words,
assumptions, limits, measure rows, documents and the summary line. The key numbers
are in key_numbers.py, the headline and the sector view in headline.py; the rows
these sentences describe are in rows.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from grantcheck.findings import Assumed, Finding, Report, SchemeResult
from grantcheck.reporters.rows import DocumentRow, MeasureRow, reading_time
from grantcheck.rulepack_basis import LOCAL
from grantcheck.units import fmt, fmt_apart, number, plural, pounds

if TYPE_CHECKING:
    from grantcheck.rulepack import Rule


def finding_title(f: Finding) -> str:
    """A finding's headline: the rule's title states the good practice ("There are few
    attachments"), so alone above a finding it reads as the opposite; it is framed as the test
    and its outcome ("There are few attachments: not met", or "not known")."""
    return f"{f.title}: {'not known' if f.unknown else 'not met'}"


def band_text(s: SchemeResult) -> str:
    """'micro band (awards up to £2,000)'; a scheme in another currency ('€2,000': every sum is
    shown in the scheme's currency) says, here at the top, that the bands and money limits are
    the guide's pounds applied as they stand: the band's '€2,000' would else be taken as a
    conversion."""
    limit = f"awards up to {pounds(s.band_limit)}" if s.band_limit else "the largest awards"
    currency = s.facts.get("currency") or "GBP"
    read_as = (
        f"; the bands and money limits, the guide's pounds, are applied to amounts in {currency} "
        "as they stand, nothing converted"
        if currency != "GBP"
        else ""
    )
    return f"{s.band} band ({limit}){read_as}"


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


def share_shown(s: SchemeResult, metric: str) -> str:
    """A share as ``fmt`` says it, with the decimal that parts it from the limit a finding on
    it names ('10.4%' beside 'above the warning limit of 10%', never '10%': trial22 T13)."""
    value = s.metrics[metric]
    limits = [f.threshold for f in s.findings if f.metric == metric and f.threshold is not None]
    return fmt_apart(value, limits[0], "share") if limits else fmt(value, "share")


def estimate_word(name: str, lower: tuple[str, ...]) -> str:
    """'at least' for a lower bound, else 'about'."""
    return "at least" if name in lower else "about"


def assumptions_text(assumed: tuple[Assumed, ...], words: bool = False) -> str:
    """The effort model's assumptions in one sentence: each one's name (``words``: its label, for
    a report a council reads) and value, and for a value the config sets, that it is local policy
    and where it is set."""
    return "; ".join(
        f"{a.label if words else a.name}: {assumption_value(a)}"
        + (f", {a.basis.removesuffix('.')}" if a.basis.startswith(LOCAL) else "")
        for a in assumed
    )


# A pass that the scheme's own facts qualify: (fact, what the reports say instead of the title)
_PARTLY = {
    "GC501": (
        "unconstituted_excluded",
        "Constituted community groups can apply to small awards (unconstituted groups cannot)",
    ),
}


# Passes that are no practice of the scheme: GC002 compares the scheme file with its own
# documents, a check of the file, and after `init --from` copied the measured values into it
# the two agree by construction (trial25 T11); it stays in the passed list, never "done well"
NOT_PRACTICE = frozenset({"GC002"})


def strengths(s: SchemeResult, rules: dict[str, Rule]) -> list[str]:
    """What the scheme already does well: the titles of the rules it passes, each narrowed to
    what its facts support (a title claims no more than the scheme allows: an LIO quoting
    "unregistered groups can apply" of a scheme that turns unconstituted ones away would be
    undercut by the scheme's own guidance); a check of the scheme file (NOT_PRACTICE) none."""
    out = []
    for rule_id in s.passed:
        if rule_id in rules and rule_id not in NOT_PRACTICE:
            fact, narrowed = _PARTLY.get(rule_id, ("", ""))
            out.append(narrowed if fact and s.facts.get(fact) else rules[rule_id].title)
    return out


def summary_line(
    report: Report, counts: dict[str, int] | None = None, schemes: int | None = None
) -> str:
    """One line: schemes checked, findings by severity, waived, and files that failed."""
    c = counts if counts is not None else report.counts()
    n = schemes if schemes is not None else len(report.schemes)
    text = (
        f"{plural(n, 'scheme')} checked: {plural(c['error'], 'error')}, "
        f"{plural(c['warning'], 'warning')}, {number(c['info'])} info"
    )
    # every count with the same thousands separator plural() gives ("3,000 schemes")
    if c["waived"]:
        text += f", {number(c['waived'])} waived"
    if c.get("known"):
        text += f", {number(c['known'])} known from the baseline"
    if report.stale_baseline:
        n = len(report.stale_baseline)
        text += f"; {n} baseline " + (
            "entries no longer match" if n != 1 else "entry no longer matches"
        )
    if report.errors:
        e = len(report.errors)
        text += f"; {plural(e, 'input error')}"
    return text + "."


def _read(row: DocumentRow) -> str:
    """'about 12 minutes to read', or 'under a minute to read' (never 'about 0 minutes')."""
    time = reading_time(row)
    return f"{time} to read" if time.startswith("under") else f"about {time} to read"


def document_line(row: DocumentRow) -> str:
    """One document in a sentence: words, pages, reading time and scores."""
    pages = f"{plural(row.pages, 'page')}, " if row.pages is not None else ""  # "1 page"
    if row.words is None:
        return f"{row.shown}: {row.note}"
    if row.reading_ease is None or row.grade is None:  # counted, not scored (not English)
        return f"{row.shown}: {pages}{fmt(row.words, 'words')}, {_read(row)}; {row.note}"
    return (
        f"{row.shown}: {pages}{fmt(row.words, 'words')}, {_read(row)}; "
        f"reading ease {number(row.reading_ease)} ({ease_word(row.reading_ease)}), grade "
        f"{number(row.grade)}; "
        f"{fmt(row.long_sentence_share, 'share')} of sentences over 25 words"
        + (f"; {row.note}" if row.note else "")  # (the same guidance again: read once)
    )


def note_line(text: str) -> str:
    """A note as the reports list it: a capital first, a full stop last (units.sentence adds
    none after a quote ending in '?', but a note's quote is not its end)."""
    return text[:1].upper() + text[1:] + "."


def join_and(items: list[str]) -> str:
    """'a, b and c': a list in a sentence."""
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
    return f"not known: {join_and(names)} not stated"


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


def no_quote(rule: Rule, below: str = "the sources below", kind: str = "") -> str:
    """What a report says of a rule the guide is not quoted for: why not, when the rule says
    (its words are about something else), and what the rule rests on instead: ``below`` (its
    sources) when it has any, else the basis of its limit, never sources that are not there."""
    rests = below if rule.sources else "the basis of its limit alone"
    about = sorted({k for q in rule.guide for k in q.kinds})
    if rule.guide and kind and about:  # every passage is about another kind of scheme
        said = " and ".join(f"{k}s" for k in about)
        return (
            f"The guide's words on this are said of {said}, not quoted for a {kind}; "
            f"the rule rests on {rests}."
        )
    if rule.unquoted:
        why = " ".join(rule.unquoted.split()).rstrip(".")
        return f"The guide is not quoted: {why}. The rule rests on {rests}."
    if not rule.shipped:  # a council's rule: whether the guide speaks to it is not known
        return f"This local rule quotes no passage of the guide; it rests on {rests}."
    return f"The guide does not speak to this point; the rule rests on {rests}."


def why_heading(rule: Rule, lead: str = "Why it matters") -> str:
    """The heading over a rule's quotes: the guide's words for a shipped rule, whose quotes are
    checked against the guide's text (tests/test_quotes.py); a local rule's are its
    writer's reading, printed as such."""
    if rule.shipped:
        return f"{lead}, in the guide's words"
    return f"{lead}, in the guide's words as local policy quotes them (not checked by grantcheck)"
