"""Measured facts meet stated ones: what the rules read, and where stated and measured disagree.

A fact only measured is read as measured. A fact both stated and measured that disagrees
(questions or fields by more than 1 and more than 10%; the word limit by more than 10%;
attachments (by number and kind), policies, the accounts level, insurance cover or the largest
award at all; match funding at the precision stated, within half its last place) is named in
GC002 (the award only compared: the rules read the stated one, which chooses the band).
The rules read every measured fact (what applicants face), even one that
agrees with the stated value within the tolerance, so that questions, words and fields all
come from one source; with GC002 waived they read every stated fact instead. The questions
with no limit belong to the measured word limit: where it is read they make it a lower bound
(the effort model counts each at ``words_per_unlimited_answer``). Fields cannot be
stated, so they are read as measured even under a waiver (there is no stated value to read
instead, and counting them as none would understate the work).
Every measured fact the rules read gets a note: "measured from <document>, <place>", naming
every item a total sums (a finding names five, then how many more), and the same as data
(``Measured.facts``: stated and measured values, and each item's document, location and
words) for the JSON and SARIF reports. A finding from a measured fact is located at the
scheme's line listing the document it came from.
A document with no text (scanned) leaves the totals over the documents incomplete, and each
fact stands as measure says it (total.standing): what the others ask (attachments, policies,
the cover, the match funding share) is a lower bound, read only where nothing is stated or the
stated value is below it; the easiest accounts level, and any of these the others do not
state, is not known; never what the others hold read as the whole, never dropped (trial23 T6).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from grantcheck.load import KeyPath
from grantcheck.measured_evidence import jargon_rate, join_and, named, no_text
from grantcheck.measured_facts import meet_attachments, meet_award, meet_eligibility
from grantcheck.measured_form import meet_form
from grantcheck.measured_jargon import plain_english
from grantcheck.measured_meeting import GUIDANCE_KEY, Measured, Meeting
from grantcheck.scheme import Scheme

if TYPE_CHECKING:
    from grantcheck.documents.facts import DocumentFacts
    from grantcheck.documents.total import Total
    from grantcheck.scheme_documents import SchemeDocuments


def apply(
    s: Scheme,
    docs: SchemeDocuments,
    gc002_waived: Callable[[str], bool],
    assumed: dict[str, float] | None = None,
) -> tuple[Scheme, Measured]:
    """The scheme the rules read, and what the documents add (evidence, GC002, GC111, effort);
    ``gc002_waived``: whether a GC002 waiver covers a stated key (application.form.questions),
    whose value then stands; ``assumed``: the assumptions in force (what a limit in characters
    or pages rests on)."""
    from grantcheck.documents.total import combine
    from grantcheck.stages import form_paths

    listed: dict[str, KeyPath] = {}  # each document's item in the scheme's lists, form first
    for key, facts in [
        *(((*path, "documents"), facts) for path, _, facts in docs.forms),
        (GUIDANCE_KEY, docs.guidance_facts),
    ]:
        for i, f in enumerate(facts):
            listed.setdefault(f.file, (*key, i))
    m = Meeting(gc002_waived, listed, assumed)
    m.out.unread = docs.unread
    m.out.notes += (
        docs.said
    )  # one form in several formats: counted once, and said (how they differ)
    m.out.notes += [  # and guidance published twice (or in Welsh as well): read once
        f"the same guidance in Welsh: {d.name} gives the notes of {d.again} in Welsh, so it is "
        "read once (an applicant reads one language's notes)"
        if d.welsh
        else f"the same guidance in another format: {d.name} repeats {d.again}, so it is read once"
        for d in (docs.guidance.documents if docs.guidance else ())
        if d.again
    ]
    seen: dict[str, DocumentFacts] = {f.file: f for f in [*docs.form_facts, *docs.guidance_facts]}
    total = combine(list(seen.values()))
    jargon_rate(m.out, total)
    plain = [f for f in seen.values() if f.jargon or f.acronyms]
    if plain:  # GC111 points at the document with the most jargon and acronyms
        worst = max(plain, key=lambda f: len(f.jargon) + len(f.acronyms))
        m.out.paths["documents.jargon_per_1000_words"] = listed[worst.file]
    plain_english(m.out, total)
    forms = form_paths(s)
    staged = len(forms) > 1
    own = {path: facts for path, _, facts in docs.forms}
    # each stage's documents: the notes list what the application asks, so they join the last
    groups = [
        (path, form, combine(own.get(path, []) + (docs.guidance_facts if i == len(forms) else [])))
        for i, (path, form) in enumerate(forms, 1)
        if own.get(path) or (i == len(forms) and docs.guidance_facts)
    ]
    m.out.final = _number(groups[-1][0]) if staged and groups else None
    for path, stage, facts in docs.forms:
        m.out.stage = {"number": _number(path), "name": stage} if staged else None
        meet_form(m, path, stage, dict(forms)[path], facts)
    # each form's stage as the documents and the effort model name it (a short first stage of
    # `stages: 2` has no form, so its name is not the form's)
    stage_of = {path: stage for path, stage, _ in docs.forms}
    for path, form, group in groups:
        m.out.stage = {"number": _number(path), "name": _name(s, path)} if staged else None
        if meet_attachments(m, path, form, group) and path in stage_of:
            m.out.none_asked.add(stage_of[path])
    m.out.stage = None  # the eligibility facts are the scheme's
    meet_eligibility(m, s, _hardest(total, [g for _, _, g in groups]) if staged else total)
    meet_award(m, s, total)
    _meet_pages(m, s, docs)
    _accounts_apart(m.out, list(seen.values()))
    _unknowns(m.out, total, list(seen.values()))
    from grantcheck.documents.output_text import drafted

    m.out.notes += [drafted(d) for d in seen.values() if d.drafted]  # (trial25 T14)
    stated = [
        f["fact"] + (f" of the {f['stage']['name']}" if f.get("stage") else "")
        for f in m.out.facts.values()
        # (the award is always the stated; a fact the documents did not show is no waiver's)
        # (nor one of documents read beside an unread one, which only a contradiction reads)
        if f.get("read") == "stated"
        and f.get("metric") != "award.max"
        and f.get("found", True)
        and (f.get("complete", True) or f.get("agrees") is False)
    ]
    if stated:  # every fact the waiver turns back to the scheme file, each by its stage
        # (worded so that no verb agrees with a fact's name: 'the match funding are', trial22 T8)
        m.out.notes.append(f"GC002 is waived, so the rules read the stated {join_and(stated)}")
    return _rebuilt(s, m.changes), m.out


def _meet_pages(m: Meeting, s: Scheme, docs: SchemeDocuments) -> None:
    """Stated guidance pages met with the documents' (PDF pages as published, others estimated
    from their words): a stated 2 silently stood for a 400-page PDF listed beside it, and
    GC102 passed (trial21 D39). More pages than stated by more than 1 and 10% (as questions
    are compared), GC002 names it and the rules read the documents' pages (the stated, under a
    waiver). Fewer is no contradiction: the documents listed may be an excerpt of what an
    applicant reads (an example lists a 445-word part of a 14-page specification). Not met
    while a document could not be read: its pages are not known."""
    from grantcheck.metrics_application import nothing_read

    stated, g = s.application.guidance.pages, docs.guidance
    if stated is None or g is None or g.incomplete or nothing_read(g) or not g.documents:
        return
    measured = g.pages(m.assumed.get("words_per_page", 500))
    if measured <= stated:
        return
    apart = measured - stated > max(1, 0.1 * stated)
    section = GUIDANCE_KEY[:-1]
    m.meet(section, "pages", "guidance.pages", stated, measured, None, "guidance pages", apart)


def _accounts_apart(out: Measured, documents: list[DocumentFacts]) -> None:
    """Documents that disagree on the accounts: the easiest level is read (documents.md), but
    a form that asks harder accounts than its guidance accepts is a contradiction to mend, so
    a note names each document's level (and JSON's fact carries it)."""
    from grantcheck.documents.output import accounts_apart, hardest_accounts

    fact = out.facts.get("eligibility.accounts_level")
    apart = accounts_apart(documents) if fact is not None else None
    if fact is None or apart is None:
        return
    fact["documents_disagree"] = apart  # an added key
    # added too: what the most demanding document asks, so that diff sees a form tightened
    # while its guidance still accepts less (the rules read the easiest)
    fact["hardest"] = hardest_accounts(documents)
    out.notes.append(
        f"the documents disagree on the accounts: {apart}; the easiest is read, but an "
        "applicant who follows the other document sends more: make them agree"
    )


def _name(s: Scheme, path: KeyPath) -> str:
    """A listed stage's name, as the effort model names it."""
    from grantcheck.stages import stage_facts

    return stage_facts(s, 0)[_number(path) - 1].name


def _hardest(total: Total, stages: list[Total]) -> Total:
    """The accounts an applicant must show to pass every stage: each stage accepts its easiest
    level, and an invited applicant meets every stage's, so the hardest of them (an expression
    of interest's bank statement does not spare the full application's accounts)."""
    from grantcheck.documents.requirements import LEVELS

    found = [t.accounts for t in stages if t.accounts is not None]
    if not found:
        return total
    hardest = max(found, key=lambda f: LEVELS.index(str(f.value)))
    return dataclasses.replace(total, accounts=hardest)


def _number(path: KeyPath) -> int:
    """A listed stage's number, first 1, from its form's path (application.stages[i].form)."""
    return int(path[2]) + 1 if len(path) > 2 else 1


def _unknowns(out: Measured, total: Any, documents: list[DocumentFacts]) -> None:
    """Why GC002 and GC111 cannot be judged, when they cannot: not known is not a pass; and why
    a lower bound read from the documents is no more: a rule it does not settle is at least an
    info finding, never "did not apply" (engine.judge)."""
    for metric in out.at_least:
        out.unknown.setdefault(metric, no_text(total.unreadable, out.unread))
    if total.unreadable and not out.disagreements:  # an unread document may contradict
        out.unknown["documents.disagreements"] = (
            f"{no_text(total.unreadable, out.unread)}, "
            "so the stated facts could not all be compared with the documents"
        )
    if out.jargon_per_1000_words is None:
        other = [
            f"{named([d.file])} is {_language(d.language)}" for d in documents if d.language != "en"
        ]
        # why English matters, only when a language (not an unreadable document) is the cause
        why = " (the jargon list and the acronym check are for English text)" * (
            bool(other) or not total.unreadable
        )
        if total.unreadable:
            other.append(no_text(total.unreadable, out.unread, ask=False))
            if out.jargon_words:  # what the documents read hold, which is no rate of all
                terms = "1 term" if out.jargon_terms == 1 else f"{out.jargon_terms:,} terms"
                other.insert(0, f"{terms} in the {out.jargon_words:,} words read")
        out.unknown["documents.jargon_per_1000_words"] = (
            "; ".join(other) or "the documents hold no English text"
        ) + why


def _language(code: str) -> str:
    return "in Welsh" if code == "cy" else "not in English"


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
