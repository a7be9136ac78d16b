"""The starter scheme's lines for the facts the documents give in total (``init --from``): the
award range and the eligibility facts, each with its evidence as a comment, where documents
disagree each one's figure (trial22 T12, T15), and the quoting both they and starter.py use.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grantcheck.documents.facts import DocumentFacts, Evidence
    from grantcheck.documents.total import Total

PROMPT = "fill in the largest award, in pounds: not found in the documents"
MIN_PROMPT = "the smallest award, in pounds: not found in the documents"


def quoted(text: str) -> str:
    """A YAML scalar that is always read back as the same string (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


def why(e: Evidence | None, said: str = "") -> str:
    """'  # measured from form.docx, paragraph 7: <words>' (``said``: a limit, in brackets)."""
    from grantcheck.documents.blocks import where_text

    if e is None:
        return ""
    words = e.words.replace("\n", " ")
    limit = f" ({said})" if said else ""
    # never cut: the words are already at most 120 characters of whole words around the match
    # (an ellipsis where cut), and cutting the line lost the figure a long file name pushed out
    return f"  # measured from {e.document}, {where_text(e.place)}{limit}: {words}"


def award_lines(total: Total) -> list[str]:
    """The award range as the documents state it, with its evidence; else ``max`` left empty,
    a prompt 'check' reports as an input error at its line until it is filled in (a made-up
    figure would choose the band, and so every threshold)."""
    a = total.award
    if a is None:
        return [f"  max:   # {PROMPT}", f"  # min:   # {MIN_PROMPT}"]
    # documents that state different largest awards: the largest is written, and each
    # document's figure said above it (trial22 T15)
    apart = total.award_apart
    lines = [f"  # the documents disagree: {apart}; the largest is written"] if apart else []
    lines.append(f"  max: {a.max:.0f}{why(a.evidence)}")
    return lines + [
        f"  min: {a.min:.0f}{why(a.evidence)}" if a.min else f"  # min:   # {MIN_PROMPT}"
    ]


def eligibility_lines(total: Total, documents: list[DocumentFacts]) -> list[str]:
    """The accounts level (each document's when they disagree, as measure and check say it),
    the policies (those needed only in some cases each with its evidence too), the cover and
    the match funding."""
    from grantcheck.documents.income_bands import below_band
    from grantcheck.documents.output import accounts_apart

    lines: list[str] = []
    apart = accounts_apart(documents)
    if apart and total.accounts is not None:  # the easiest is written (trial22 T12)
        lines.append(f"  # the documents disagree: {apart}; the easiest is written")
    if total.accounts is not None:
        a = total.accounts  # a level read below an income band says so (trial22 T17)
        lines.append(
            f"  accounts: {a.value}{why(a.evidence, below_band(a.value, a.evidence.words))}"
        )
    else:
        lines.append(
            "  # accounts:          # not found in the documents: none, bank_statements, "
            "unaudited, independent_examination or audited"
        )
    if total.policies:
        lines.append("  policies_required:")
        lines += [f"    - {quoted(str(p.value))}{why(p.evidence)}" for p in total.policies]
    else:
        lines.append("  # policies_required: # not found in the documents")
    if total.conditional_policies:  # each with its evidence, as the attachments in some cases
        lines.append("  # policies needed only in some cases (list any every applicant needs):")
        lines += [
            f"  #   - {quoted(str(p.value))}{why(p.evidence)}" for p in total.conditional_policies
        ]
    for found, key in (
        (total.insurance, "public_liability_insurance"),
        (total.match_funding, "match_funding_percent"),
    ):
        if key == "match_funding_percent" and total.match_apart:  # (trial25 T2)
            lines.append(f"  # the documents disagree: {total.match_apart}; the first is written")
        lines.append(
            f"  {key}: {found.value}{why(found.evidence)}"
            if found is not None
            else f"  # {key}:        # not found in the documents"
        )
    return lines
