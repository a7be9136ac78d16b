"""The evidence ``measure -f json`` carries beside the bare values documents.md's example
shows (trial21 D2, D23): where each policy, the accounts level, the insurance cover and the
match funding were found; each acronym never spelt out, where it is first used; a jargon
term's words and the source of the advice; and the assumption a limit in characters or pages
rests on, as check's JSON gives it. They are keys of ours beside the spec's, which keep their
names and meaning (cli.md: its keys are a minimum), so ``schema_version`` stays 1.

A document's items name no document (they sit under it, as ``field_items`` and
``attachments`` do); the total's name the document each came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from grantcheck.documents.blocks import where_dict
from grantcheck.documents.facts import Attachment, Evidence, Found, Jargon, Question


def evidence_json(e: Evidence, document: bool = False) -> dict[str, Any]:
    """The words matched and their place (``document``: and which document they are in)."""
    named = {"document": e.document} if document else {}
    return {**named, "text": e.words, "location": where_dict(e.place)}


def found_evidence(found: Found | None, document: bool = False) -> dict[str, Any] | None:
    """Where a single fact (accounts level, cover, match funding) was read; None if not found."""
    return None if found is None else evidence_json(found.evidence, document)


def policy_items(found: Iterable[Found], document: bool = False) -> list[dict[str, Any]]:
    """Each policy with whether it is asked only in some cases and where it was asked."""
    return [
        {
            "policy": str(f.value),
            "conditional": f.conditional,
            **evidence_json(f.evidence, document),
        }
        for f in found
    ]


def attachment_items(found: Iterable[Attachment]) -> list[dict[str, Any]]:
    """The total's attachments, each counted once, with the document that asks for it (and a
    policy's name: the total's lists name the policies, not which attachment asked)."""
    return [
        {
            "kind": a.kind,
            "policy": a.policy,
            "conditional": a.conditional,
            **evidence_json(a.evidence, document=True),
        }
        for a in found
    ]


def acronym_items(
    acronyms: Iterable[tuple[str, Evidence]], jargon: set[str], document: bool = False
) -> list[dict[str, Any]]:
    """Each acronym never spelt out, at its first use, with the words around it (``words``, as
    a jargon term's); ``also_jargon`` when it is counted once, as the jargon term it is."""
    return [
        {
            "acronym": name,
            **({"document": e.document} if document else {}),
            "words": e.words,
            "location": where_dict(e.place),
            "also_jargon": name in jargon,
        }
        for name, e in acronyms
    ]


def jargon_item(j: Jargon) -> dict[str, Any]:
    """A jargon term as the spec shows it (term, plain, location), with the words around it
    and where the advice to avoid it comes from (its entry's source in the pack)."""
    return {
        "term": j.term,
        "plain": j.plain,
        "location": where_dict(j.evidence.place),
        "words": j.evidence.words,
        "source": j.source,
    }


def question_item(q: Question, assumed: dict[str, float]) -> dict[str, Any]:
    """A question as the spec shows it, with where a limit set on a form control is, and the
    assumption a limit in characters or pages was turned into words by."""
    return {
        "text": q.text,
        "word_limit": q.word_limit,
        "limit_as_written": q.limit_as_written,
        "location": where_dict(q.evidence.place),
        # an added key: where a limit set on a form control (MaxLen, maxlength) is
        "limit_location": where_dict(q.limit_where) if q.limit_where else None,
        **(
            converted(q.limit_as_written or "", bool(q.limit_where), assumed)
            if q.word_limit
            else {}
        ),
    }


def converted(written: str, on_control: bool, assumed: dict[str, float]) -> dict[str, Any]:
    """The assumption a limit in characters or pages rests on, and its value (check's item
    evidence and measure's questions alike carry them: the reports tie the limit to it); none
    for a limit in words."""
    from grantcheck.documents.output import limit_unit

    name = {"characters": "characters_per_word", "pages": "words_per_page"}.get(
        limit_unit(written, on_control)
    )
    if name is None or name not in assumed:
        return {}
    return {"limit_assumption": name, "limit_assumed_value": assumed[name]}


def assumed_words(name: str, value: float) -> str:
    """What a converted limit rests on, as every report says it: 'at 6 characters a word, an
    assumption (characters_per_word)'."""
    from grantcheck.units import number

    unit = "characters a word" if name == "characters_per_word" else "words a page"
    return f"at {number(value)} {unit}, an assumption ({name})"
