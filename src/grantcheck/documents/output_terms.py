"""``grantcheck measure``'s text of a document's jargon and acronyms never spelt out, each with
its evidence (trial21 D2): a jargon term with its plainer word, where the advice comes from
(in short: 'GOV.UK style guide') and its first quote; each acronym with where it is first
used and the words around it."""

from __future__ import annotations

from grantcheck.documents.blocks import where_text
from grantcheck.documents.facts import Evidence, Jargon
from grantcheck.safe_text import visible

SHOWN = 5  # places named beside a jargon term's first quote; the rest are counted


def short_source(source: str) -> str:
    """A jargon entry's source in short, its publisher before the title or the reason ('GOV.UK
    style guide', 'Plain English Campaign', "grantcheck's own judgement"); JSON gives it whole."""
    for mark in (",", ":", " ("):
        source = source.split(mark, 1)[0]
    return source.strip()


def at(e: Evidence) -> str:
    """'<document>, <place>: "<words>"'."""
    return f'{visible(e.document)}, {where_text(e.place)}: "{visible(e.words)}"'


def jargon_lines(found: list[Jargon]) -> list[str]:
    """A line for each jargon term, with how often it is used, its first quote and where
    else (as check groups them): one line a hit made 60 lines of one guidance note."""
    terms: dict[str, list[Jargon]] = {}
    for j in found:
        terms.setdefault(j.term, []).append(j)
    lines = []
    for term, hits in terms.items():
        times = f", {len(hits)} times" if len(hits) > 1 else ""
        first = hits[0]
        advice = f'try "{first.plain}"; {short_source(first.source)}'
        lines.append(f'  Jargon: "{term}" ({advice}){times}, from {at(first.evidence)}')
        places = list(dict.fromkeys(where_text(j.evidence.place) for j in hits))[1:]
        more = f" and {len(places) - SHOWN} more" if len(places) > SHOWN else ""
        lines += [f"    also at {'; '.join(places[:SHOWN])}{more}"] if places else []
    return lines


def acronym_lines(names: list[str], jargon: set[str], first: dict[str, Evidence]) -> list[str]:
    """The acronyms never spelt out, named, then each where it is first used ('    CVS, first
    used in notes.md, line 3: "..."'), as every other item shows its evidence."""
    head = f"  Acronyms never spelt out: {acronyms_named(names, jargon)}"
    return [head] + [f"    {visible(n)}, first used in {at(first[n])}" for n in names]


def acronyms_named(names: list[str], jargon: set[str]) -> str:
    """'CVS, KPI and SROI (KPI is also jargon: counted once, as jargon)'."""
    from grantcheck.documents.output_text import in_words

    also = sorted(jargon.intersection(names))
    if not also:
        return in_words(names)
    verb = "is" if len(also) == 1 else "are"
    which = "" if len(also) == len(names) else f"{in_words(also)} {verb} "
    return f"{in_words(names)} ({which}also jargon: counted once, as jargon)"
