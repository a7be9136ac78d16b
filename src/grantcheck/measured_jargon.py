"""GC111's terms and acronyms never spelt out, named for check's reports: the first five of
each in the finding, and every one, with its plainer word, the source of the advice (in
short) and where it is, under "Measured from the documents" (trial21 D37: the finding named
five of thirteen terms and the others were nowhere in the report a council reads)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grantcheck.measured_evidence import (
    LISTED,
    MAX_CITED,
    MAX_LISTED,
    evidence_data,
    jargon_count,
)
from grantcheck.safe_text import visible
from grantcheck.units import and_more, number, plural

if TYPE_CHECKING:
    from grantcheck.documents.facts import Evidence, Jargon
    from grantcheck.documents.total import Total
    from grantcheck.measured_meeting import Measured

METRIC = "documents.jargon_per_1000_words"


def plain_english(out: Measured, total: Total) -> None:
    """GC111's terms and acronyms, named in its finding (five of each, then how many more),
    listed whole as a measured fact, and carried as data."""
    english = total.english
    jargon = [j for j in total.jargon if j.evidence.document in english]
    also = total.as_jargon()
    acronyms = [
        (k, e) for k, e in sorted(total.undefined_acronyms.items()) if e.document in english
    ]
    if out.jargon_per_1000_words is None or not (jargon or acronyms):
        return
    counted = [(k, e) for k, e in acronyms if k not in also]
    named, spelt = _named(jargon), [f"{k} ({_at(e)})" for k, e in counted]
    text = _parts(named, spelt, MAX_CITED)
    out.details.append((METRIC, text[:1].upper() + text[1:] + "."))
    rate = f"{number(out.jargon_per_1000_words)} per 1,000 words"
    out.notes.append(
        out.staged(
            f"jargon and acronyms never spelt out: {plural(jargon_count(total), 'term')} in "
            f"{plural(out.jargon_words, 'word')} of English text ({rate}); "
            + _parts(named, spelt, None, sources=True)  # every one: trial22 T4
        )
    )
    # each term with where the advice to avoid it comes from, as measure's JSON gives it
    items = [(j.evidence, {"term": j.term, "plain": j.plain, "source": j.source}) for j in jargon]
    items += [(e, {"acronym": k}) for k, e in counted]
    out.put(
        METRIC,
        {
            "fact": "jargon and acronyms never spelt out per 1,000 words",
            "metric": METRIC,
            "stated": None,
            "measured": out.jargon_per_1000_words,
            "measured_text": None,
            "agrees": None,  # nothing stated to agree with
            "read": "measured",
            "evidence": [evidence_data(e, extra) for e, extra in items[:MAX_LISTED]],
            "evidence_count": len(items),
            "words": out.jargon_words,  # an added key: what the rate is over (GC111 may count more)
        },
    )


def _named(jargon: list[Jargon]) -> list[tuple[str, str, str]]:
    """Each term once: its name, 'try "plainer", N times' and its first place; and its source
    in short, which the full list shows."""
    from grantcheck.documents.output_terms import short_source

    terms: dict[str, list[Jargon]] = {}
    for j in jargon:
        terms.setdefault(j.term, []).append(j)
    return [
        (
            f'{term} (try "{found[0].plain}"' + (f", {len(found)} times" if found[1:] else ""),
            short_source(found[0].source),
            f"{_at(found[0].evidence)})",
        )
        for term, found in terms.items()
    ]


def _parts(
    named: list[tuple[str, str, str]], spelt: list[str], limit: int | None, sources: bool = False
) -> str:
    """'jargon: a (try "b"; form.docx, line 3), ... and 6 more; acronyms never spelt out: ...'
    (``limit`` of each, None for all; ``sources``: with each term's source)."""
    terms = [f"{t}; {s}; {at}" if sources else f"{t}; {at}" for t, s, at in named]
    parts = [f"jargon: {_bounded(terms, limit)}"] if terms else []
    parts += [f"acronyms never spelt out: {_bounded(spelt, limit)}"] if spelt else []
    return "; ".join(parts)


def _at(e: Evidence) -> str:
    from grantcheck.documents.blocks import where_text

    return f"{visible(e.document)}, {where_text(e.place)}"


def _bounded(names: list[str], limit: int | None) -> str:
    """The first ``limit`` (None: all), then 'and N more' and where all are listed."""
    if limit is None:
        return ", ".join(names)
    shown = and_more(", ".join(names[:limit]), len(names), limit)
    return shown + (f" ({LISTED})" if len(names) > limit else "")
