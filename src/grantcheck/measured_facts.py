"""Each measured fact met with its stated one: a form's attachments (its questions, word limit
and fields are measured_form.py's), and the eligibility facts (policies, accounts, insurance,
match funding), each compared at its own tolerance. Beside a document with no text, each
total stands as measure says it (total.standing): what the others ask is "at least" that, or
not known (the accounts level, or none found), never read as the whole and never dropped.
"""

from __future__ import annotations

from typing import Any

from grantcheck.documents.income_bands import below_band
from grantcheck.documents.total import accounts_not_known, standing
from grantcheck.load import KeyPath
from grantcheck.measured_evidence import in_some_cases, join_and, no_text
from grantcheck.measured_kinds import kinds_differ, one_name_each
from grantcheck.measured_meeting import Meeting
from grantcheck.scheme import Scheme
from grantcheck.units import number, pounds


def _at_precision(stated: float, measured: float) -> bool:
    """Whether a measured percentage differs from a stated one at the precision stated: a
    stated 33 agrees with a measured 33.3 ("a third"), 33.5 does not round to 33 (half a unit
    of the stated figure's last place: 0.5 points for a whole number)."""
    places = len(f"{float(stated):.6f}".rstrip("0").split(".")[1])
    return abs(float(stated) - float(measured)) > 0.5 * 10**-places + 1e-9


def differs(stated: float, measured: float, share: float, absolute: float = 0) -> bool:
    gap = abs(stated - measured)
    return gap > absolute and gap > share * max(stated, measured)


def _canonical_policies(names: list[str]) -> set[str]:
    from grantcheck.documents.vocab import load

    vocab = load()
    return {
        next((n for n, p in vocab.policies if p.search(name)), name.strip().lower())
        for name in names
    }


def _not_known(m: Meeting, what: str, t: Any) -> bool:
    """Whether ``t`` misses a document with no text: then ``what`` is not measured (a note)."""
    # (with no other document read, there is no part: trial24 T15)
    part = "the other documents give only part" if t.read else "nothing could be measured"
    why = no_text(t.unreadable, m.out.unread)
    note = f"{what} not measured: {why}, so {part}; state them in the scheme"
    if t.unreadable and note not in m.out.notes:  # stage by stage, the notes are read once
        m.out.notes.append(note)
    return bool(t.unreadable)


def meet_attachments(m: Meeting, path: KeyPath, form: Any, t: Any) -> bool:
    """Meet the attachments ``t`` asks for with the stated ones; whether the documents, every
    one read, ask for none at all (a measurement: none asked, not "not stated"). Beside a
    document that could not be read, what the others ask is a lower bound, as measure says
    (total.standing): at least these, never dropped and never the whole (trial23 T6)."""
    part = standing(t, bool(t.attachments))
    in_some_cases(m.out, t.conditional_attachments, [], lower=bool(part))
    if part == "not known":
        return not _not_known(m, "attachments", t)
    if not (t.attachments or t.conditional_attachments):
        return True
    from grantcheck.documents.facts import kind_words

    kinds = one_name_each([kind_words(a.kind, a.policy) for a in t.attachments])
    stated = form.attachments
    names = [a if isinstance(a, str) else a.name for a in stated or []]
    shown: Any = None if stated is None else len(stated)
    # as many documents but others, or not as many: 'stated 2 (constitution and project plan),
    # measured 3 (...)', never "stated 4, measured 4", nor a count alone (trial22 T7); beside
    # an unread document, only fewer, or without one the documents read ask for
    differ = stated is not None and (
        (len(stated) < len(kinds) if part else len(stated) != len(kinds))
        or kinds_differ(names, t.attachments, bool(part))
    )
    got = f"at least {_counted(kinds)}" if part else None
    if differ:
        shown, got = _counted(names), got or _counted(kinds)
    m.meet(
        path,
        "attachments",
        "application.form.attachments",
        stated,
        kinds,
        [(a.evidence, {"kind": a.kind}) for a in t.attachments or t.conditional_attachments],
        "attachments",
        differ,
        shown=shown,
        got=got,
        part=part,
    )
    return False


def _counted(names: list[str]) -> str:
    """'2 (constitution and project plan)', or 'none'."""
    return f"{len(names)} ({join_and(names)})" if names else "none"


def meet_award(m: Meeting, s: Scheme, total: Any) -> None:
    """The largest award the documents state, compared with the scheme's: the award chooses
    the band and so every threshold, so a figure that differs is named in GC002. The rules
    read the stated award all the same: the scheme must state it, it is the funder's to
    decide, and the documents' figure is read only where its words are clear (award.py)."""
    found, apart = total.award, total.award_apart
    if found is None or s.award.max is None:
        return
    stated = float(s.award.max)
    # documents that state different largest awards: the largest is read, whatever their
    # order, and both are named, as for the accounts (trial22 T15)
    got = f"{pounds(found.max)} (the largest the documents state; {apart})" if apart else None
    m.meet(
        ("award",),
        "max",
        "award.max",
        s.award.max,
        found.max,
        found.evidence,
        "largest award (which sets the band)",
        abs(stated - float(found.max)) > 0.005,
        None,
        lambda v: pounds(float(v)),
        got=got,
        reads=False,
    )
    if apart:
        m.out.facts["award.max"]["documents_disagree"] = apart  # an added key
        m.out.notes.append(
            f"the documents disagree on the largest award: {apart}; the largest, "
            f"{pounds(found.max)}, is compared with award.max, but an applicant who reads only "
            "the other document asks for less: make them agree"
        )


def _and_some(names: list[str], conditional: list[Any]) -> str | None:
    """'equality (and safeguarding only in some cases)': a policy the documents ask for in
    some cases is still asked, so GC002 says so beside the policies every applicant needs."""
    if not conditional:
        return None
    some = join_and([str(p.value).replace("_", " ") for p in conditional])
    every = ", ".join(n.replace("_", " ") for n in names)
    return f"{every} (and {some} only in some cases)"


def meet_eligibility(m: Meeting, s: Scheme, total: Any) -> None:
    """The policies, the accounts, the cover and the match funding the documents ask for, met
    with the stated ones; beside a document that could not be read, each as measure says it
    (total.standing): at least what the others ask, or not known (trial23 T6)."""
    _meet_policies(m, s.eligibility.policies_required, total)
    _meet_accounts(m, s.eligibility.accounts, total)
    _meet_figures(m, s, total)


def _meet_policies(m: Meeting, stated: list[str] | None, total: Any) -> None:
    """The policies every applicant needs (an unread document may ask for more)."""
    part = standing(total, bool(total.policies))
    in_some_cases(m.out, [], total.conditional_policies, lower=total.incomplete)
    if part == "not known":
        _not_known(m, "policies required", total)
    if part == "not known" or not total.policies:
        return
    names = [str(p.value) for p in total.policies]
    ours = set() if stated is None else _canonical_policies(stated)
    got = _and_some(names, total.conditional_policies)
    if part:  # at least these: a stated list disagrees only when it lacks one of them
        got = f"at least {got or join_and([n.replace('_', ' ') for n in names])}"
    m.meet(
        ("eligibility",),
        "policies_required",
        "eligibility.policies_required",
        stated,
        names,
        [(p.evidence, {"policy": str(p.value)}) for p in total.policies],
        "policies required",
        stated is not None and (not set(names) <= ours if part else ours != set(names)),
        got=got,
        part=part,
    )


def _meet_accounts(m: Meeting, stated: str | None, total: Any) -> None:
    """The easiest accounts level accepted: beside an unread document not known (it may
    accept an easier one), so never read; a stated level harder than the documents read
    accept disagrees all the same."""
    from grantcheck.documents.requirements import LEVELS

    part = standing(total, True, easiest=True)
    metric = "eligibility.accounts_level"
    if part and stated is None:  # the rules say why, never "not stated"
        why = no_text(total.unreadable, m.out.unread)
        m.out.unknown.setdefault(
            metric, f"{why}, so the accounts accepted are {accounts_not_known(total)}"
        )
    if total.accounts is None:
        if part:
            _not_known(m, "accounts accepted", total)
        return
    level = str(total.accounts.value)
    why = below_band(level, total.accounts.evidence.words)  # (trial22 T17)
    harder = stated is not None and LEVELS.index(stated) > LEVELS.index(level)
    m.meet(
        ("eligibility",),
        "accounts",
        metric,
        stated,
        level,
        total.accounts.evidence,
        "accounts accepted",
        harder if part else stated is not None and stated != level,
        got=accounts_not_known(total)
        if part
        else f"{level.replace('_', ' ')} ({why})"
        if why
        else None,
        part=part,
    )


def _meet_figures(m: Meeting, s: Scheme, total: Any) -> None:
    """The cover and the match funding share: a sum or a percentage differs at all (as the
    accounts level); beside an unread document at least what the others ask (it may ask more),
    so a stated figure disagrees only when it is below."""
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
        if found is None:
            continue
        stated, part = getattr(s.eligibility, name), standing(total, True)
        differs = stated is not None and (
            _at_precision(stated, found.value)  # "a third" is 33.3: a stated 33 agrees
            if name == "match_funding_percent"
            else abs(float(stated) - float(found.value)) > 0.005
        )
        if part:  # the documents read ask at least this: more stated is no contradiction
            differs = differs and float(stated) < float(found.value)
        got = f"at least {say(found.value)}" if part else None
        m.meet(
            ("eligibility",),
            name,
            metric,
            stated,
            found.value,
            found.evidence,
            label,
            differs,
            None,
            say,
            got=got,
            part=part,
        )
    _shares_apart(m, total)


def _shares_apart(m: Meeting, total: Any) -> None:
    """Documents that state different match funding (trial25 T2): the first is read, but an
    applicant who follows another finds a different share, so a note names each document's
    (and JSON's fact carries it), as for the award and the accounts."""
    apart = getattr(total, "match_apart", None)
    fact = m.out.facts.get("eligibility.match_funding_percent")
    if not apart or fact is None:
        return
    fact["documents_disagree"] = apart  # an added key
    m.out.notes.append(
        f"the documents disagree on the match funding: {apart}; the first document's is "
        "read, but an applicant who follows another finds a different share: make them agree"
    )
