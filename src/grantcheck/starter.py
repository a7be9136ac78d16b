"""A starter scheme from documents (``grantcheck init --from``): the measured facts filled
in, each with a comment giving its evidence, and a commented prompt for every fact the
documents do not give. The result loads with ``grantcheck check`` as it stands.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from grantcheck.model_hints import FUNDER_PROMPT, KIND_PROMPT
from grantcheck.safe_text import visible
from grantcheck.starter_facts import award_lines, eligibility_lines, quoted, why
from grantcheck.starter_prompts import with_prompts

if TYPE_CHECKING:
    from grantcheck.documents.facts import Attachment, DocumentFacts, Evidence, Question
    from grantcheck.documents.total import Total


GUESSED = "  # no text could be read: if it is the form, move it under form.documents"
SHOWN = 60  # the items of a sum named one by one (a bound: a hostile form may have thousands)


def _each(items: list[Evidence], pad: str, limits: list[str] | None = None) -> list[str]:
    """Comment lines naming each item a count sums, where it is and its words (SHOWN, then how
    many more): a sum's own line says it is theirs, not only the first's."""
    from grantcheck.documents.blocks import where_text

    if len(items) < 2:
        return []
    lines = [f"{pad}# measured from {len(items)} places:"]
    for i, e in enumerate(items[:SHOWN]):
        said = f" ({limits[i]})" if limits else ""
        words = e.words.replace("\n", " ")
        lines.append(f"{pad}#   {e.document}, {where_text(e.place)}{said}: {words}")
    more = len(items) - SHOWN
    return lines + ([f"{pad}#   and {more} more"] if more > 0 else [])


def _sum(items: list[Evidence], what: str, how: str = "") -> str:
    """The evidence beside a count: its one place, or that it sums the places listed above."""
    return why(items[0]) if len(items) == 1 else f"  # the {len(items)} {what} listed above{how}"


def _limit(q: Question, assumed: dict[str, float]) -> str:
    """'300 words: max 300 words'; a limit in characters or pages with the assumption it rests
    on, as check's reports give it (trial21 D35): '200 words: max 1,200 characters at 6
    characters a word, an assumption (characters_per_word)'."""
    from grantcheck.documents.output_evidence import assumed_words, converted

    if not q.limit_as_written:
        return ""
    said = f"{q.word_limit} words: {q.limit_as_written}"
    how = converted(q.limit_as_written, bool(q.limit_where), assumed)
    if not how:
        return said
    return f"{said} {assumed_words(how['limit_assumption'], how['limit_assumed_value'])}"


def starter_text(
    facts: list[DocumentFacts],
    paths: list[str],
    total: Total,
    titles: dict[str, Evidence] | None = None,
    assumed: dict[str, float] | None = None,
) -> str:
    """The starter scheme's YAML for documents ``paths`` (relative to the scheme file);
    ``titles``: the documents' titles by name, the form's naming the scheme; ``assumed``: the
    assumptions the measurer used (characters_per_word, words_per_page), else the defaults."""
    forms = [
        p
        for f, p in zip(facts, paths, strict=False)
        if filed_as_form(f, (titles or {}).get(f.file))
    ]
    guides = [p for p in paths if p not in forms]
    # named after its form (the first document may be the guidance, or a scanned one)
    title = forms[0] if forms else paths[0] if paths else "the scheme"
    said = _named(facts, paths, titles or {}, title)
    from grantcheck.documents.formats import as_counted

    facts = as_counted(facts, total.again)  # one form in several formats: its questions once
    lines = [
        "# A starter scheme measured from its documents by 'grantcheck init --from'.",
        "# Each measured fact says where it was found; check it, and fill in the prompts.",
        *_partial(total),
        "format: 1",
        f"name: {quoted(said.words)}{why(said)}"
        if said
        else f"name: {quoted('Scheme measured from ' + Path(title).name)}  # the scheme's name",
        # left empty, as award.max is: a placeholder ("The funder") passed check and reached
        # the report an LIO sends; an empty funder is an error until it is filled in
        f"funder:   # {FUNDER_PROMPT}",
        # the default written out, with the question beside it: an empty kind was refused,
        # though the scheme format gives it a default (trial20 D12); a tender is asked about
        # here and in init's closing line, so that none is judged as a grant unawares
        f"kind: grant   # {KIND_PROMPT}",
        "award:",
        *award_lines(total),
        "application:",
    ]
    if guides:
        # a document with no text is filed as guidance by default: the guess is said (D20)
        unread = {p for f, p in zip(facts, paths, strict=False) if f.note}
        lines += ["  guidance:", "    documents:"]
        lines += [f"      - {quoted(p)}{GUESSED * (p in unread)}" for p in guides]
    lines += ["  form:"]
    lines += ["    documents:"] + [f"      - {quoted(p)}" for p in forms] if forms else []
    asked = [q for f in facts for q in f.questions]
    limited = [q for q in asked if q.word_limit]
    from grantcheck.documents.output import assumptions

    per = assumptions(assumed)
    if forms:  # a count sums its items: each is named (five, then how many more)
        lines += _each([q.evidence for q in asked], "    ")
    lines.append(  # (a form with no question found is not measured as none: check reads so)
        f"    questions: {total.questions}{_sum([q.evidence for q in asked], 'questions')}"
        if asked
        else "    # questions:       # not found in the documents"
    )
    if limited:
        lines += _each([q.evidence for q in limited], "    ", [_limit(q, per) for q in limited])
    lines.append(
        f"    word_limit: {total.word_limit}"
        + (  # one limit: with what it rests on, as the list of several gives it
            why(limited[0].evidence, _limit(limited[0], per))
            if len(limited) == 1
            else _sum([q.evidence for q in limited], "limits", ", added up")
        )
        if limited
        else "    # word_limit:      # not found in the documents"
    )
    if total.attachments:
        lines.append("    attachments:")
        lines += [f"      - {quoted(_listed(a))}{why(a.evidence)}" for a in total.attachments]
    else:
        lines.append("    # attachments:     # not found in the documents")
    if total.conditional_attachments:  # shown, not counted: who must send them is not known
        lines.append("    # only in some cases (list any that every applicant must send):")
        lines += [
            f"    #   - {quoted(_listed(a))}{why(a.evidence)}"
            for a in total.conditional_attachments
        ]
    lines += ["eligibility:", *eligibility_lines(total, facts)]
    # a name or id from a document may hold a newline: shown as an escape, so that no comment
    # ends early and nothing after it is read as YAML (the scalars are JSON: already escaped)
    partial = bool(partial_note(total))
    lines = _no_empty_sections(_commented(lines, partial))
    # every other key plain init writes, as its prompt: the guidance's pages are measured
    # from its documents when they are listed
    measured = frozenset({("application", "guidance", "pages")} if guides else ())
    return "\n".join(visible(line) for line in with_prompts(lines, measured)) + "\n"


def filed_as_form(facts: DocumentFacts, title: Evidence | None) -> bool:
    """Whether a document is filed as a form: it asks questions, or has fields to fill in and
    no title saying it is guidance (a guide's stray box, "Was this page useful?", or a
    checklist's tick boxes make no form of it: its reading time is the guidance's). Measure
    says a form so filed with no question found is not measurable, as check does."""
    from grantcheck.documents.about_questions import guidance_title

    return bool(facts.questions) or bool(
        facts.fields and not (title and guidance_title(title.words))
    )


def _named(
    facts: list[DocumentFacts], paths: list[str], titles: dict[str, Evidence], form: str
) -> Evidence | None:
    """The title naming the scheme: the form's, else the first document's that has one."""
    by_path = {p: titles.get(f.file) for f, p in zip(facts, paths, strict=False)}
    return by_path.get(form) or next((t for t in by_path.values() if t), None)


def _commented(lines: list[str], partial: bool) -> list[str]:
    """With a document unread, the totals over the documents (attachments, policies, the
    easiest accounts level) are a part, never the whole: each is commented out, its
    evidence kept, so that the scheme does not state a part as the whole (check then reads
    them from the documents as not known, and its estimate is 'at least')."""
    if not partial:
        return lines
    out, inside = [], False
    for line in lines:
        key = line.strip().split(":", 1)[0]
        starts = not line.lstrip().startswith(("#", "-")) and key in PARTIAL
        inside = starts or (inside and line.lstrip().startswith("- "))
        out.append(line.replace(line.lstrip(), "# " + line.lstrip(), 1) if inside else line)
    return out


# the facts a document with no text leaves incomplete (the spec's totals over the documents)
PARTIAL = ("attachments", "policies_required", "accounts")


def partial_note(total: Total, where: str = "below") -> str:
    """What a starter from documents some of which have no text cannot know, or ''
    (``where``: where the starter's facts are, as the reader sees them)."""
    if not total.missing:
        return ""
    names = ", ".join(total.missing)
    if not total.read:  # no other documents to speak of (trial23 T12)
        return (
            f"{names} could not be read (no text: a scanned image?), so nothing could be "
            "measured: fill in the questions, limits, attachments, policies and accounts "
            f"{where} from {'the document itself' if len(total.missing) == 1 else 'them'}"
        )
    return (
        f"{names} could not be read (no text: a scanned image?), so the questions, limits, "
        f"attachments, policies and accounts {where} are only what the other documents ask: "
        "check them against it and add what it asks"
    )


def _partial(total: Total) -> list[str]:
    """The starter's warning, as comments, when a document could not be read."""
    import textwrap

    said = partial_note(total)
    return [f"# {line}" for line in textwrap.wrap("NOT COMPLETE: " + said, 94)] if said else []


def _no_empty_sections(lines: list[str]) -> list[str]:
    """Comment out a section whose every key is a prompt ('eligibility:' with nothing found
    would load as an empty value, which check refuses)."""
    out = list(lines)
    for i, line in enumerate(lines):
        body = line.strip()
        if not body.endswith(":") or body.startswith("#"):
            continue
        indent = len(line) - len(body)
        after = next(
            (x for x in lines[i + 1 :] if x.strip() and not x.lstrip().startswith("#")), ""
        )
        if len(after) - len(after.lstrip()) <= indent:
            out[i] = f"{' ' * indent}# {body}"
    return out


def relative(path: Path, to: Path) -> str:
    """``path`` as the scheme file will name it: relative to the scheme's folder."""
    return Path(os.path.relpath(path.resolve(), to.resolve().parent)).as_posix()


def _listed(a: Attachment) -> str:
    """An attachment as the starter lists it: its kind in words ("DBS check", "equality
    policy"), or a document of no known kind by the name the measurer gave it ("risk
    assessment"), "other" only when it has none."""
    from grantcheck.documents.facts import kind_words

    return a.name if a.kind == "other" and a.name else kind_words(a.kind, a.policy)
