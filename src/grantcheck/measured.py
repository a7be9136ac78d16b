"""Measured facts meet stated ones: what the rules read, and where stated and measured disagree.

A fact only measured is read as measured. A fact both stated and measured that disagrees
(questions or fields by more than 1 and more than 10%; the word limit by more than 10%;
attachments, policies, the accounts level or insurance cover at all; match funding at the
precision stated, within half its last place) is named in GC002. The rules read every
measured fact (what applicants face), even one that
agrees with the stated value within the tolerance, so that questions, words and fields all
come from one source; with GC002 waived they read every stated fact instead. The questions
with no limit belong to the measured word limit: they are counted (at
``words_per_unlimited_answer``) only where the measured word limit is read. Fields cannot be
stated, so they are read as measured even under a waiver (there is no stated value to read
instead, and counting them as none would understate the work).
Every measured fact the rules read gets a note: "measured from <document>, <place>", naming
each item a total sums (the first five, then how many more), and the same as data
(``Measured.facts``: stated and measured values, and each item's document, location and
words) for the JSON and SARIF reports. A finding from a measured fact is located at the
scheme's line listing the document it came from.
A document with no text (scanned) leaves the totals over the documents incomplete: the
counts and lists summed or compared across them (attachments, policies, the easiest
accounts level) are then not known, never what the others hold read as the whole: the
rules read the stated value, or nothing ('not known'), and a note says why.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from grantcheck.load import KeyPath
from grantcheck.measured_evidence import (
    MAX_LISTED,
    Item,
    as_plain,
    cite,
    evidence_data,
    fields_evidence,
    in_some_cases,
    places,
    plain_english,
)
from grantcheck.scheme import Scheme
from grantcheck.units import number, pounds

if TYPE_CHECKING:
    from grantcheck.documents.facts import DocumentFacts, Evidence
    from grantcheck.scheme_documents import SchemeDocuments

DOCUMENTS_KEY: KeyPath = ("application", "form", "documents")
GUIDANCE_KEY: KeyPath = ("application", "guidance", "documents")
LEVELS = ("none", "bank_statements", "unaudited", "independent_examination", "audited")


@dataclasses.dataclass
class Measured:
    """What the documents add to a scheme's metrics."""

    fields: dict[str, int] = dataclasses.field(default_factory=dict)  # by stage name
    # questions with no limit, by stage: only where the measured word limit is read
    unlimited: dict[str, int] = dataclasses.field(default_factory=dict)
    jargon_per_1000_words: float | None = None
    disagreements: list[str] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)
    paths: dict[str, KeyPath] = dataclasses.field(default_factory=dict)  # metric -> documents key
    unknown: dict[str, str] = dataclasses.field(default_factory=dict)  # metric -> why not known
    # metric -> its measurement as data (values, evidence): JSON's and SARIF's evidence
    facts: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    details: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # added to findings


def _at_precision(stated: float, measured: float) -> bool:
    """Whether a measured percentage differs from a stated one at the precision stated: a
    stated 33 agrees with a measured 33.3 ("a third"), 33.5 does not round to 33 (half a unit
    of the stated figure's last place: 0.5 points for a whole number)."""
    places = len(f"{float(stated):.6f}".rstrip("0").split(".")[1])
    return abs(float(stated) - float(measured)) > 0.5 * 10**-places + 1e-9


def _differs(stated: float, measured: float, share: float, absolute: float = 0) -> bool:
    gap = abs(stated - measured)
    return gap > absolute and gap > share * max(stated, measured)


def _canonical_policies(names: list[str]) -> set[str]:
    from grantcheck.documents.vocab import load

    vocab = load()
    return {
        next((n for n, p in vocab.policies if p.search(name)), name.strip().lower())
        for name in names
    }


def _show(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)  # 1,550, as every report writes a count
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


class _Meeting:
    """Stated facts meet measured ones, fact by fact; changes collect by section path."""

    def __init__(self, waived: bool, listed: dict[str, KeyPath] | None = None) -> None:
        self.out = Measured()
        self.waived = waived
        self.changes: dict[KeyPath, dict[str, Any]] = {}
        self.listed = listed or {}  # document -> its item in the scheme's documents: lists

    def place(self, items: list[Item], section: KeyPath) -> KeyPath:
        """Where a finding from a measured fact is located: a form's counts at its documents:
        list; a fact found in one document (the cover, the match funding share) at that
        document's item, form or guidance."""
        one = self.listed.get(items[0][0].document) if items and section[-1] != "form" else None
        return one or ((*section, "documents") if section[-1] == "form" else GUIDANCE_KEY)

    def meet(
        self,
        section: KeyPath,
        key: str,
        metric: str,
        stated: Any,
        measured: Any,
        evidence: Evidence | list[Item] | None,
        label: str,
        disagree: bool,
        shown: Any = None,
        say: Callable[[Any], str] = _show,
        got: str | None = None,
    ) -> bool:
        """Compare, and read the measured value unless a stated one stands under a waiver;
        whether the measured value is read. ``evidence``: the item, or every item a total
        sums. ``got``: the measured value in words, when a number would mislead ("no limit
        found on 4 questions", never "0")."""
        items: list[Item] = (
            evidence if isinstance(evidence, list) else [(evidence, {})] if evidence else []
        )
        where = f"measured from {cite(items)}" if items else "measured from the documents"
        read = stated is None or not self.waived
        data = {
            "fact": label,
            "metric": metric,
            "stated": as_plain(stated),
            "measured": as_plain(measured),
            "measured_text": got,
            "agrees": not (stated is not None and disagree),
            "read": "measured" if read else "stated",
            "evidence": [evidence_data(e, extra) for e, extra in items[:MAX_LISTED]],
            "evidence_count": len(items),
        }
        self.out.facts[metric] = data
        if stated is not None and disagree:
            gc002 = self.out.facts.setdefault("documents.disagreements", {"disagreements": []})
            gc002["disagreements"].append(data)
            self.out.paths.setdefault("documents.disagreements", self.place(items, section))
            said = say(shown if shown is not None else stated)
            count = got or say(len(measured) if shown is not None else measured)
            gap = ": " if count.startswith("no ") else " "
            self.out.disagreements.append(
                f"{label[:1].upper() + label[1:]}: stated {said}, measured{gap}{count} ({where})"
            )
        if stated is not None and self.waived:
            return False  # GC002 waived: the funder's stated value stands
        self.changes.setdefault(section, {})[key] = measured
        self.out.paths.setdefault(metric, self.place(items, section))
        if items:  # the finding itself says where its value was measured (CI annotations too)
            self.out.details.append((metric, f"Measured from {places(items)}."))
        value = got or say(measured)
        self.out.notes.append(f"{label}{': ' if value.startswith('no ') else ' '}{value}, {where}")
        return True


def apply(s: Scheme, docs: SchemeDocuments, gc002_waived: bool) -> tuple[Scheme, Measured]:
    """The scheme the rules read, and what the documents add (evidence, GC002, GC111, effort)."""
    from grantcheck.documents.total import combine
    from grantcheck.stages import form_paths

    listed: dict[str, KeyPath] = {}  # each document's item in the scheme's lists, form first
    for key, facts in [
        *(((*path, "documents"), facts) for path, _, facts in docs.forms),
        (GUIDANCE_KEY, docs.guidance_facts),
    ]:
        for i, f in enumerate(facts):
            listed.setdefault(f.file, (*key, i))
    m = _Meeting(gc002_waived, listed)
    seen: dict[str, DocumentFacts] = {f.file: f for f in [*docs.form_facts, *docs.guidance_facts]}
    total = combine(list(seen.values()))
    m.out.jargon_per_1000_words = total.jargon_per_1000_words
    plain = [f for f in seen.values() if f.jargon or f.acronyms]
    if plain:  # GC111 points at the document with the most jargon and acronyms
        worst = max(plain, key=lambda f: len(f.jargon) + len(f.acronyms))
        m.out.paths["documents.jargon_per_1000_words"] = listed[worst.file]
    plain_english(m.out, total)
    stated_forms = dict(form_paths(s))
    for path, stage, facts in docs.forms:
        _form(m, path, stage, stated_forms[path], facts)
    last = form_paths(s)[-1]
    own = docs.forms[-1][2] if docs.forms and docs.forms[-1][0] == last[0] else []
    if len(form_paths(s)) == 1 or not own:  # the notes' attachments belong to the (last) form
        _attachments(m, last[0], last[1], combine(own + docs.guidance_facts) if own else total)
    _eligibility(m, s, total)
    _unknowns(m.out, total, list(seen.values()))
    return _rebuilt(s, m.changes), m.out


def _unknowns(out: Measured, total: Any, documents: list[DocumentFacts]) -> None:
    """Why GC002 and GC111 cannot be judged, when they cannot: not known is not a pass."""
    if total.unreadable and not out.disagreements:  # an unread document may contradict
        out.unknown["documents.disagreements"] = (
            f"no text could be read in {', '.join(total.unreadable)} (is it a scanned image?), "
            "so the stated facts could not all be compared with the documents"
        )
    if out.jargon_per_1000_words is None:
        other = [f"{d.file} is {_language(d.language)}" for d in documents if d.language != "en"]
        if total.unreadable:
            other.append(f"no text could be read in {', '.join(total.unreadable)}")
        out.unknown["documents.jargon_per_1000_words"] = (
            "; ".join(other) or "the documents hold no English text"
        ) + " (the jargon list and the acronym check are for English text)"


def _language(code: str) -> str:
    return "in Welsh" if code == "cy" else "not in English"


def _form(m: _Meeting, path: KeyPath, stage: str, form: Any, facts: list[DocumentFacts]) -> None:
    from grantcheck.documents.total import combine

    t = combine(facts)
    if t.unreadable:  # a scanned form: its questions and limits are not known, never none
        names = ", ".join(t.unreadable)
        m.out.notes.append(
            f"questions, word limit and fields not measured: no text could be read in {names} "
            "(is it a scanned image?); state them in the scheme"
        )
        return
    asked: list[Item] = [(q.evidence, {}) for f in facts for q in f.questions]
    metric = "application.form.questions"
    m.meet(
        path,
        "questions",
        metric,
        form.questions,
        t.questions,
        asked,
        "questions",
        form.questions is not None and _differs(form.questions, t.questions, 0.10, 1),
    )
    from grantcheck.documents.blocks import where_dict

    limited: list[Item] = [
        (
            q.evidence,
            {
                "word_limit": q.word_limit,
                "limit_as_written": q.limit_as_written,
                "limit_location": where_dict(q.limit_where) if q.limit_where else None,
            },
        )
        for f in facts
        for q in f.questions
        if q.word_limit
    ]
    read = m.meet(
        path,
        "word_limit",
        "application.form.word_limit",
        form.word_limit,
        t.word_limit,
        limited or asked[:1],
        "word limit",
        form.word_limit is not None and _differs(form.word_limit, t.word_limit, 0.10),
        got=limit_words(t.questions, t.word_limit, t.unlimited_questions),
    )
    # the questions with no limit are part of the measured word limit: a stated limit that
    # stands (GC002 waived) is the funder's word for every answer, so none are added to it
    m.out.unlimited[stage] = t.unlimited_questions if read else 0
    m.out.fields[stage] = t.fields
    fields_evidence(m.out, t.fields, [(e, {}) for f in facts for e in f.fields])
    if m.waived and (form.questions is not None or form.word_limit is not None):
        m.out.notes.append(
            f"GC002 is waived, so the stated questions and word limit are read; the {t.fields} "
            "fields measured are read all the same (a scheme cannot state its fields, and "
            "counting none would understate the work)"
        )
    if len(facts) and path != ("application", "form"):
        _attachments(m, path, form, t)


def limit_words(questions: int, limit: int, unlimited: int) -> str | None:
    """A measured word limit in words where a number would mislead: no questions, or
    questions with no limit found (a limit not found is not a limit of 0)."""
    if not questions:
        return "no questions found"
    more = f"{unlimited} {'more ' if limit else ''}question{'s' if unlimited != 1 else ''}"
    if not unlimited:
        return None
    if not limit:
        return f"no limit found on {more}"
    return f"{number(limit)}, and no limit found on {more}"


def _not_known(m: _Meeting, what: str, t: Any) -> bool:
    """Whether ``t`` misses a document with no text: then ``what`` is not measured (a note)."""
    note = (
        f"{what} not measured: no text could be read in {', '.join(t.unreadable)} (is it a "
        "scanned image?), so the other documents give only part; state them in the scheme"
    )
    if t.unreadable and note not in m.out.notes:  # stage by stage, the notes are read once
        m.out.notes.append(note)
    return bool(t.unreadable)


def _attachments(m: _Meeting, path: KeyPath, form: Any, t: Any) -> None:
    if _not_known(m, "attachments", t) or not (t.attachments or t.conditional_attachments):
        return
    in_some_cases(m.out, t.conditional_attachments, [])
    kinds = [f"{a.policy} policy" if a.policy else a.kind.replace("_", " ") for a in t.attachments]
    stated = form.attachments
    m.meet(
        path,
        "attachments",
        "application.form.attachments",
        stated,
        kinds,
        [(a.evidence, {"kind": a.kind}) for a in t.attachments or t.conditional_attachments],
        "attachments",
        stated is not None and len(stated) != len(kinds),
        shown=None if stated is None else len(stated),
    )


def _eligibility(m: _Meeting, s: Scheme, total: Any) -> None:
    elig, key = s.eligibility, ("eligibility",)
    # an unread document may ask more policies, or accept easier accounts
    known = not _not_known(m, "policies required and the accounts accepted", total)
    if known:
        in_some_cases(m.out, [], total.conditional_policies)
    if known and total.policies:
        names = [str(p.value) for p in total.policies]
        m.meet(
            key,
            "policies_required",
            "eligibility.policies",
            elig.policies_required,
            names,
            [(p.evidence, {"policy": str(p.value)}) for p in total.policies],
            "policies required",
            elig.policies_required is not None
            and _canonical_policies(elig.policies_required) != set(names),
        )
    if total.accounts is not None and not total.unreadable:
        level = str(total.accounts.value)
        m.meet(
            key,
            "accounts",
            "eligibility.accounts_level",
            elig.accounts,
            level,
            total.accounts.evidence,
            "accounts accepted",
            elig.accounts is not None and elig.accounts != level,
        )
    for found, name, metric, label, say in (
        (
            total.insurance,
            "public_liability_insurance",
            "eligibility.public_liability_insurance",
            "public liability insurance",
            lambda v: pounds(float(v)),
        ),
        (
            total.match_funding,
            "match_funding_percent",
            "eligibility.match_funding_percent",
            "match funding",
            lambda v: f"{number(float(v))}%",
        ),
    ):
        if found is not None:  # a sum or a percentage differs at all: as the accounts level
            stated = getattr(elig, name)
            differs = stated is not None and (
                _at_precision(stated, found.value)  # "a third" is 33.3: a stated 33 agrees
                if name == "match_funding_percent"
                else abs(float(stated) - float(found.value)) > 0.005
            )
            m.meet(
                key, name, metric, stated, found.value, found.evidence, label, differs, None, say
            )


def _rebuilt(s: Scheme, changes: dict[KeyPath, dict[str, Any]]) -> Scheme:
    """``s`` with the measured facts in place (stage forms included)."""
    for path, values in changes.items():
        s = _replace_at(s, path, values)
    return s


def _replace_at(node: Any, path: KeyPath, values: dict[str, Any]) -> Any:
    if not path:
        return dataclasses.replace(node, **values)
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(node)
        items[head] = _replace_at(items[head], rest, values)
        return items
    return dataclasses.replace(node, **{head: _replace_at(getattr(node, head), rest, values)})
