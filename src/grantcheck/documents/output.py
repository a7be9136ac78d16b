"""``grantcheck measure`` output: the JSON contract of documents.md (schema_version 1), and
what the text (output_text.py) shares with it. The plain rate is check's own
(measured_evidence.plain_rate): one computation for both commands."""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any

from grantcheck.documents.award import award_json
from grantcheck.documents.blocks import where_dict
from grantcheck.documents.facts import DocumentFacts, Found
from grantcheck.documents.output_evidence import (
    acronym_items,
    attachment_items,
    found_evidence,
    jargon_item,
    policy_items,
    question_item,
)
from grantcheck.documents.total import Total, distinct, jargon_acronyms, policies, undefined
from grantcheck.measured_evidence import jargon_count, plain_rate
from grantcheck.units import whole

if TYPE_CHECKING:
    from grantcheck.errors import InputError


Assumed = dict[str, float]  # characters_per_word and words_per_page, as the measurer read them


def found_value(found: Found | None) -> Any:
    """A fact's value as JSON holds it; None when it was not found."""
    return None if found is None else found.value


def document_json(
    d: DocumentFacts, defined: frozenset[str], assumed: Assumed | None = None
) -> dict[str, Any]:
    """One document's facts. A document with no text (``note``) has nothing measured: every
    measured key is null (not known), never [] or 0, which would read as 'asks for none'."""
    data = _measured_json(d, defined, assumptions(assumed))
    if d.note:
        keep = ("file", "format", "pages")
        data = {k: (v if k in keep else None) for k, v in data.items()}
    return {**data, **({"note": d.note} if d.note else {})}


def _measured_json(d: DocumentFacts, defined: frozenset[str], assumed: Assumed) -> dict[str, Any]:
    """The spec's keys, each with its evidence beside it (output_evidence.py: keys of ours)."""
    required, conditional = policies(d.policies, d.attachments)
    listed = undefined(d, defined)
    return {
        "file": d.file,
        "format": d.format,
        "pages": d.pages,
        "words": d.words,
        "language": d.language,
        # an added key: in English and Welsh, paragraph by paragraph (its words the English)
        "bilingual": d.english_half is not None,
        "questions": [question_item(q, assumed) for q in d.questions],
        "fields": len(d.fields),
        # an added key (cli.md: keys not listed are ours): which fields were counted, and where
        "field_items": [{"text": e.words, "location": where_dict(e.place)} for e in d.fields],
        "attachments": [
            {
                "kind": a.kind,
                "conditional": a.conditional,
                "text": a.text,
                "location": where_dict(a.evidence.place),
            }
            for a in chain.from_iterable(distinct(d.attachments))
        ],
        "policies_required": [str(f.value) for f in required],
        "conditional_policies": [str(f.value) for f in conditional],
        "policy_items": policy_items([*required, *conditional]),
        "accounts": found_value(d.accounts),
        "accounts_evidence": found_evidence(d.accounts),
        "public_liability_insurance": found_value(d.insurance),
        "public_liability_insurance_evidence": found_evidence(d.insurance),
        "match_funding_percent": found_value(d.match_funding),
        "match_funding_evidence": found_evidence(d.match_funding),
        "award": award_json(d.award),
        "jargon": [jargon_item(j) for j in d.jargon],
        "undefined_acronyms": listed,
        "acronym_items": acronym_items(
            [(k, d.acronyms[k]) for k in listed], jargon_acronyms(listed, d.jargon)
        ),
    }


def accounts_apart(documents: Sequence[DocumentFacts]) -> str | None:
    """Each document's easiest accounts level, when the documents disagree ('form.docx accepts
    audited accounts at the easiest (table 8, row 3, cell 1); notes.pdf accepts bank
    statements (page 1, line 22)'); None when they agree. The total reads the easiest, as
    documents.md says, but an applicant who follows the other document sends more."""
    from grantcheck.documents.blocks import each_says
    from grantcheck.documents.requirements import LEVELS
    from grantcheck.units import ACCOUNTS

    found = [(d.file, d.accounts) for d in documents if d.accounts is not None]
    if len({str(a.value) for _, a in found}) < 2:
        return None
    return each_says(
        [
            (f, f"accepts {ACCOUNTS[LEVELS.index(str(a.value))]} at the easiest", a.evidence.place)
            for f, a in found
        ]
    )


def hardest_accounts(documents: Sequence[DocumentFacts]) -> str | None:
    """The accounts level of the document that asks the most, each document read at its
    easiest (the level an applicant who follows that document must send); None when no
    document names one. The levels run in their burden order."""
    from grantcheck.documents.holdings import LEVELS

    levels = [str(d.accounts.value) for d in documents if d.accounts is not None]
    return max(levels, key=LEVELS.index) if levels else None


def _counts(t: Total) -> dict[str, Any]:
    """What the documents read hold: the whole, or (one unread) the lower bounds."""
    return {
        "questions": t.questions,
        "fields": t.fields,
        "word_limit": t.word_limit,
        "unlimited_questions": t.unlimited_questions,
        "attachments": len(t.attachments),
        "conditional_attachments": len(t.conditional_attachments),
        # an added key: each document counted, once, with the document that asks for it
        "attachment_items": attachment_items([*t.attachments, *t.conditional_attachments]),
        "policies_required": [str(f.value) for f in t.policies],
        "conditional_policies": [str(f.value) for f in t.conditional_policies],
        "policy_items": policy_items([*t.policies, *t.conditional_policies], document=True),
    }


def total_json(t: Total) -> dict[str, Any]:
    """The total. When a document could not be read or has no text, each count and each list
    of policies is null (not known: documents.md's keys keep their meaning, and [] would read
    as 'asks for none') and ``at_least`` gives what the other documents hold; the easiest
    accounts level is null too (the unread document may accept an easier one). ``incomplete``,
    ``unread`` and ``at_least`` are keys of ours (cli.md allows them), as is each value's
    evidence (output_evidence.py), which names the document it was read in."""
    counts, known = _counts(t), not t.incomplete
    # the unread document may ask for more cover or match funding, or use more jargon: what
    # the others say is a lower bound (at_least), never the whole (trial 10)
    acronyms = sorted(t.undefined_acronyms.items())
    counts |= {
        "public_liability_insurance": found_value(t.insurance),
        "public_liability_insurance_evidence": found_evidence(t.insurance, document=True),
        "match_funding_percent": found_value(t.match_funding),
        "match_funding_evidence": found_evidence(t.match_funding, document=True),
        # an added key: each document's share, when they differ (the first is read)
        **({"match_funding_documents_disagree": t.match_apart} if t.match_apart else {}),
        "undefined_acronyms": [k for k, _ in acronyms],
        "acronym_items": acronym_items(acronyms, t.as_jargon(), document=True),
        # an added key: the terms the rate counts (an acronym that is jargon counted once)
        "jargon_terms": jargon_count(t) if t.words else None,
    }
    return {
        **{key: value if known else None for key, value in counts.items()},
        "accounts": found_value(t.accounts) if known else None,
        "accounts_evidence": found_evidence(t.accounts, document=True) if known else None,
        "award": award_json(t.award, document=True, apart=t.award_apart),
        "jargon_per_1000_words": plain_rate(t) if known else None,
        "english_words": t.words,  # an added key: the words the rate is over
        "incomplete": t.incomplete,
        "unread": t.missing,
        # an added key: each form in another format -> the document it repeats (counted once)
        "same_form_as": dict(t.again),
        **({} if known else {"at_least": counts}),
    }


def limit_unit(written: str, on_control: bool = False) -> str:
    """'characters', 'pages' or 'words': the unit a limit is written in, as measure and check
    both say which assumption turned it into words. A form control's limit ('MaxLen 1800 on
    field "q1"', 'maxlength="1200" on textarea#q1') is in characters unless it says words."""
    if on_control:
        return "words" if "word" in written.split(" on ", 1)[0] else "characters"
    from grantcheck.documents.vocab import load

    low = written.lower()
    said = [(len(w), unit) for w, unit in load().units.items() if w in low]
    return max(said)[1] if said else "words"


def assumptions(assumed: Assumed | None = None) -> Assumed:
    """What turned a limit in characters or pages into words: ``assumed`` (the values the
    measurer used, the config's when it sets them), else documents.md's defaults."""
    from grantcheck.documents import CHARACTERS_PER_WORD, WORDS_PER_PAGE

    default = {"characters_per_word": CHARACTERS_PER_WORD, "words_per_page": WORDS_PER_PAGE}
    return {**default, **(assumed or {})}


def as_json(
    documents: list[DocumentFacts],
    total: Total,
    assumed: Assumed | None = None,
    errors: Sequence[InputError] = (),
) -> str:
    from grantcheck.documents.formats import note

    defined = frozenset().union(*(d.defined for d in documents)) if documents else frozenset()
    data = {
        "schema_version": 1,
        "documents": [document_json(d, defined, assumed) for d in documents],
        "total": total_json(total),
        # an added key (cli.md: keys not listed are ours): what the word limits assume
        "assumptions": {k: whole(v) for k, v in assumptions(assumed).items()},
        # an added key: why a document could not be read, in check -f json's shape
        "errors": [e.as_json() for e in errors],
        # an added key: what text's total says of how the documents were added up (one form
        # in two formats counted once, where copies differ, two forms summed that share most)
        "notes": note(total.again, documents),
    }
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
