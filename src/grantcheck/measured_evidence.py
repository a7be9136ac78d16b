"""Evidence of measured facts for check's reports: each item a fact came from (its document,
location and words), cited whole in prose under "Measured from the documents" (the evidence an
LIO sends: trial22 T4) and carried as data for JSON and SARIF, with the places a finding names
("Measured from form.docx (line 9)": the first five, then how many more and where they are);
GC111's rate (its terms and acronyms are named in measured_jargon.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grantcheck.rulepack_basis import and_list
from grantcheck.safe_text import visible
from grantcheck.units import and_more, number

if TYPE_CHECKING:
    from grantcheck.documents.facts import Evidence
    from grantcheck.documents.total import Total
    from grantcheck.measured_meeting import Measured


Item = tuple["Evidence", dict[str, Any]]  # an item's evidence, and what else it says (its limit)
MAX_CITED = 5  # places a finding names: the first five, then "and N more" and where they are
LISTED = "each listed under Measured from the documents"  # where a finding's every item is
MAX_LISTED = 50  # items a JSON or SARIF report carries as data, then evidence_count says more


def evidence_data(e: Evidence, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """One item's evidence as data: the document, the location object, the words matched."""
    from grantcheck.documents.blocks import where_dict

    return {
        "document": e.document,
        "location": where_dict(e.place),
        "words": e.words,
        **(extra or {}),
    }


def named(files: list[str]) -> str:
    """'form.docx and notes.md': documents' names as every report shows them (``at``)."""
    return and_list([visible(f) for f in files])


def over_stages(measured: dict[str, Any], metric: str) -> dict[str, Any] | None:
    """A finding's evidence: its metric's measurement, or in a staged scheme (whose metric sums
    the stages: '<metric>@1' ... and '<metric>' the last) every stage's, each in ``stages``,
    with all their items in ``evidence``, so that JSON and SARIF name every stage's items."""
    last = measured.get(metric)
    earlier = [e for key, e in measured.items() if key.startswith(f"{metric}@")]
    if last is None or not earlier:
        return last
    stages = [*earlier, last]
    return {
        "fact": last.get("fact"),
        "metric": metric,
        "stage": None,
        "stages": stages,
        "evidence": [item for e in stages for item in e.get("evidence", [])][:MAX_LISTED],
        "evidence_count": sum(e.get("evidence_count", 0) for e in stages),
    }


def no_text(files: list[str], unread: list[str], ask: bool = True) -> str:
    """Why documents gave nothing: 'no text could be read in scan.pdf (is it a scanned
    image?)' (``ask``: with the question), 'notes.docx could not be read (see its error)',
    'a.doc and b.pdf could not be read (see their errors)'."""
    scanned = [f for f in files if f not in unread]
    broken = [f for f in files if f in unread]
    why = " (is it a scanned image?)" if ask else ""
    said = [f"no text could be read in {named(scanned)}{why}"] * bool(scanned)
    see = "its error" if len(broken) == 1 else "their errors"
    return "; ".join(said + [f"{named(broken)} could not be read (see {see})"] * bool(broken))


def cite(items: list[Item]) -> str:
    """'form.docx, table 2, row 3, cell 1: "..."; notes.md, line 40: "..."': every item, for
    a note is the only place in a report an item past a finding's fifth is shown."""
    shown = []
    for e, extra in items:
        limit = _limit(e, extra, written=True)
        shown.append(at(e) + (f" ({limit})" if limit else ""))
    return "; ".join(shown)


def places(items: list[Item]) -> str:
    """'form.docx (table 2, row 3, cell 1; paragraph 7) and notes.md (line 66)': where a
    finding's value was measured, short enough for a CI annotation: five places at most, then
    how many more and where they are (every fact a finding reads has its note)."""
    from grantcheck.documents.blocks import where_text

    by: dict[str, list[str]] = {}
    for e, extra in items[:MAX_CITED]:
        limit = _limit(e, extra, written=False)
        by.setdefault(visible(e.document), []).append(
            where_text(e.place) + (f": {limit}" if limit else "")
        )
    parts = [f"{doc} ({'; '.join(p)})" for doc, p in by.items()]
    shown = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
    cut = len(items) > MAX_CITED
    return and_more(shown, len(items), MAX_CITED, ", ") + (f" ({LISTED})" if cut else "")


def _limit(e: Evidence, extra: dict[str, Any], written: bool) -> str:
    """The limit an item adds to a word-limit total ('250 words'), so that a limit read wrongly
    shows; ``written``: with the words that set it when the quote does not hold them (a form
    control's 'MaxLen 1800 on field "q1"', a limit found away from its question)."""
    n = extra.get("word_limit")
    if not n:
        return ""
    said = extra.get("limit_as_written")
    words = f"{number(n)} word{'s' if n != 1 else ''}"
    hidden = said and (extra.get("limit_location") or said.lower() not in e.words.lower())
    name, value = extra.get("limit_assumption"), extra.get("limit_assumed_value")
    if name and value is not None:  # a limit in characters or pages rests on an assumption
        from grantcheck.documents.output_evidence import assumed_words

        how = f"{said} {assumed_words(name, value)}"
        return f"{words}: {how}" if written else f"{words} ({how})"
    return f"{words}: {said}" if written and hidden and said != words else words


def as_plain(value: Any) -> Any:
    """A value as JSON holds it: lists of strings, numbers, strings, null."""
    if isinstance(value, (list, tuple)):
        return [as_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def at(e: Evidence) -> str:
    from grantcheck.documents.blocks import where_text

    # a control character in a name shown as an escape, as errors and measure show it: the
    # reports fold white space in prose, so a raw newline would read as a space (another name)
    return f'{visible(e.document)}, {where_text(e.place)}: "{e.words}"'


def fields_evidence(out: Measured, count: int, items: list[Item]) -> None:
    """The fields counted into the estimate, with where each is: they are always read as
    measured (a scheme cannot state them), so this is their only evidence."""
    if not items:
        return
    out.put(
        "application.form.fields",
        {
            "fact": "fields",
            "metric": "application.form.fields",
            "stated": None,
            "measured": count,
            "measured_text": None,
            "agrees": None,  # nothing stated to agree with
            "read": "measured",
            "evidence": [evidence_data(e, extra) for e, extra in items[:MAX_LISTED]],
            "evidence_count": len(items),
        },
    )
    out.notes.append(out.staged(f"fields {count}, measured from {cite(items)}"))


def in_some_cases(
    out: Measured, attachments: list[Any], policies: list[Any], lower: bool = False
) -> None:
    """The documents and policies asked of only some applicants: not counted in the estimate
    (who must send them is not known), but shown, so that no demand goes unseen (``lower``:
    beside a document that could not be read, at least these)."""
    from grantcheck.documents.facts import kind_words

    kinds = [kind_words(a.kind, a.policy) for a in attachments]
    for metric, label, names, items in (
        (
            "application.form.conditional_attachments",
            "documents only some applicants send",
            kinds,
            [(a.evidence, {"kind": a.kind}) for a in attachments],
        ),
        (
            "eligibility.conditional_policies",
            "policies needed only in some cases",
            [str(p.value) for p in policies],
            [(p.evidence, {"policy": str(p.value)}) for p in policies],
        ),
    ):
        if not items:
            continue
        out.put(
            metric,
            {
                "fact": label,
                "metric": metric,
                "stated": None,
                "measured": [n.replace("_", " ") for n in names],
                "measured_text": None,
                "agrees": None,  # nothing stated to agree with
                "read": "measured",
                "evidence": [evidence_data(e, extra) for e, extra in items[:MAX_LISTED]],
                "evidence_count": len(items),
                **({"complete": False} if lower else {}),
            },
        )
        listed = "at least " * lower + join_and([n.replace("_", " ") for n in names])
        out.notes.append(out.staged(f"{label}: {listed}, measured from {cite(items)}"))


def join_and(items: list[str]) -> str:
    """'a, b and c' (the reporters' own join is not imported here: they import this)."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def jargon_rate(out: Measured, total: Total) -> None:
    """GC111's fact: jargon and acronyms never spelt out per 1,000 words of English text, the
    plain rate, with the count and the words it is over (not known without English text, or
    when a document could not be read: trial21 D6; the count and words read are kept)."""
    if not total.words:
        return
    out.jargon_terms, out.jargon_words = jargon_count(total), total.words
    if not total.incomplete:  # a document not read may hold any number of terms and words
        out.jargon_per_1000_words = plain_rate(total)


def plain_rate(total: Total) -> float | None:
    """Jargon and acronyms never spelt out per 1,000 words of English text: the plain rate, a
    fact, as check and measure both print it; None (not known) without English text. How short
    a text GC111 judges as longer is policy, in the rule pack (its min_words), not here."""
    return per_1000(jargon_count(total), total.words) if total.words else None


def jargon_count(total: Total) -> int:
    """The jargon terms and the acronyms never spelt out in English text, an acronym that is
    also a jargon term counted once, as jargon."""
    jargon = total.as_jargon()
    acronyms = sum(
        1
        for k, e in total.undefined_acronyms.items()
        if e.document in total.english and k not in jargon
    )
    return len(total.jargon) + acronyms


def per_1000(count: int, words: int) -> float:
    """A rate per 1,000 words, as every report prints it (one decimal place)."""
    return round(count * 1000 / words, 1)
