"""``grantcheck measure`` output: the JSON contract of documents.md (schema_version 1), and text."""

from __future__ import annotations

import json
from itertools import chain
from typing import Any

from grantcheck.documents.blocks import where_dict, where_text
from grantcheck.documents.facts import DocumentFacts, Evidence, Found
from grantcheck.documents.total import Total, distinct, policies, undefined


def _value(found: Found | None) -> Any:
    return None if found is None else found.value


def document_json(d: DocumentFacts, defined: frozenset[str]) -> dict[str, Any]:
    required, conditional = policies(d.policies, d.attachments)
    return {
        "file": d.file,
        "format": d.format,
        "pages": d.pages,
        "words": d.words,
        "language": d.language,
        "questions": [
            {
                "text": q.text,
                "word_limit": q.word_limit,
                "limit_as_written": q.limit_as_written,
                "location": where_dict(q.evidence.where),
            }
            for q in d.questions
        ],
        "fields": len(d.fields),
        "attachments": [
            {
                "kind": a.kind,
                "conditional": a.conditional,
                "text": a.text,
                "location": where_dict(a.evidence.where),
            }
            for a in chain.from_iterable(distinct(d.attachments))
        ],
        "policies_required": [str(f.value) for f in required],
        "conditional_policies": [str(f.value) for f in conditional],
        "accounts": _value(d.accounts),
        "public_liability_insurance": _value(d.insurance),
        "match_funding_percent": _value(d.match_funding),
        "jargon": [
            {"term": j.term, "plain": j.plain, "location": where_dict(j.evidence.where)}
            for j in d.jargon
        ],
        "undefined_acronyms": undefined(d, defined),
        **({"note": d.note} if d.note else {}),
    }


def total_json(t: Total) -> dict[str, Any]:
    return {
        "questions": t.questions,
        "fields": t.fields,
        "word_limit": t.word_limit,
        "unlimited_questions": t.unlimited_questions,
        "attachments": len(t.attachments),
        "conditional_attachments": len(t.conditional_attachments),
        "policies_required": [str(f.value) for f in t.policies],
        "conditional_policies": [str(f.value) for f in t.conditional_policies],
        "accounts": _value(t.accounts),
        "public_liability_insurance": _value(t.insurance),
        "match_funding_percent": _value(t.match_funding),
        "jargon_per_1000_words": t.jargon_per_1000_words,
        "undefined_acronyms": sorted(t.undefined_acronyms),
    }


def as_json(documents: list[DocumentFacts], total: Total) -> str:
    defined = frozenset().union(*(d.defined for d in documents)) if documents else frozenset()
    data = {
        "schema_version": 1,
        "documents": [document_json(d, defined) for d in documents],
        "total": total_json(total),
    }
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def at(e: Evidence) -> str:
    """'measured from <document>, <place>: "<words>"'."""
    return f'{e.document}, {where_text(e.where)}: "{e.words}"'


def as_text(documents: list[DocumentFacts], total: Total) -> str:
    lines: list[str] = []
    for d in documents:
        lines.append(
            f"{d.file} ({d.format}{f', {d.pages} pages' if d.pages else ''}, {d.words:,} words, "
            f"language {d.language})" + (f": {d.note}" if d.note else "")
        )
        for q in d.questions:
            limit = f"{q.word_limit} words ({q.limit_as_written})" if q.word_limit else "no limit"
            lines.append(f"  question, {limit}: {at(q.evidence)}")
        lines.append(f"  fields: {len(d.fields)}")
        for a in chain.from_iterable(distinct(d.attachments)):
            lines.append(
                f"  attachment {a.kind}{' (conditional)' if a.conditional else ''}: "
                f"{at(a.evidence)}"
            )
        for f in d.policies:
            lines.append(
                f"  policy {f.value}{' (conditional)' if f.conditional else ''}: {at(f.evidence)}"
            )
        for label, found in (
            ("accounts", d.accounts),
            ("public liability insurance", d.insurance),
            ("match funding %", d.match_funding),
        ):
            if found is not None:
                lines.append(f"  {label}: {found.value}: {at(found.evidence)}")
        for j in d.jargon:
            lines.append(f"  jargon {j.term!r} (try {j.plain!r}): {at(j.evidence)}")
    t = total_json(total)
    lines.append(
        "total: " + ", ".join(f"{k} {v}" for k, v in t.items() if not isinstance(v, list) or v)
    )
    return "\n".join(lines) + "\n"
