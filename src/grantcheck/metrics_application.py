"""Application facts: the window, stages, form, guidance and the effort and cost of applying.

Also the facts about the documents themselves, and the measured form's answers with no limit.
"""

from __future__ import annotations

import dataclasses

from grantcheck.effort import Effort, application_effort
from grantcheck.effort_inputs import Vocabulary
from grantcheck.guidance import GuidanceMeasure
from grantcheck.measured_evidence import named
from grantcheck.measured_meeting import Measured
from grantcheck.metrics_base import Metric, Put, ratio, rounded
from grantcheck.scheme import Scheme
from grantcheck.stages import form_total, stage_count, stage_facts
from grantcheck.units import plural


def put_unlimited(
    m: Measured | None, a: dict[str, float], out: dict[str, Metric], put: Put
) -> list[tuple[str, str]]:
    """The word limit is the sum of the questions' limits (documents.md); a measured answer with
    no limit found adds nothing to it but makes it a lower bound ("at least"), so that a form
    with fewer limits never passes GC106 on a total it does not know. The effort model alone
    counts such an answer, at the ``words_per_unlimited_answer`` assumption, and says so."""
    if m is None:
        return []
    n = sum(m.unlimited.values()) if m.unlimited else None  # None: no form was measured
    limit = out["application.form.word_limit"]
    put("application.form.unlimited_answers", n, *limit.path)
    if not n:
        return []
    out[limit.name] = limit._replace(value=rounded(float(limit.value or 0)), lower=True)
    answers = f"{n} answer{'s' if n != 1 else ''}"
    each = a["words_per_unlimited_answer"]
    return [
        (
            limit.name,
            f"It is a lower bound: {answers} with no limit found {'add' if n != 1 else 'adds'} "
            f"nothing to it (the effort model counts each at {each:g} words, an assumption: "
            "words_per_unlimited_answer).",
        )
    ]


def unscored(g: GuidanceMeasure | None) -> dict[str, str]:
    """Why the guidance has no English reading scores (Welsh, scanned), when it has none."""
    if g is None or g.total is not None:
        return {}
    said, language = [], False
    for d in g.documents:
        if "Welsh" in d.note or "not in English" in d.note:
            language = True
            said.append(
                f"{named([d.name])} is {'in Welsh' if 'Welsh' in d.note else 'not in English'}"
            )
        elif d.unread:  # missing, damaged or refused: never blamed on its language
            said.append(f"{named([d.name])} could not be read (see its error)")
        elif d.note:
            said.append(f"no text could be read in {named([d.name])}")
    why = "; ".join(said) or "no English text could be read"
    english = " (the Flesch reading ease is a score for English)" if language or not said else ""
    out = {"guidance.reading_ease": why + english}
    if nothing_read(g):  # pages, words and reading time are not known, never 0
        out.update(
            dict.fromkeys(("guidance.pages", "guidance.words", "guidance.reading_minutes"), why)
        )
    return out


def nothing_read(g: GuidanceMeasure | None) -> bool:
    """Whether every guidance document named could not be read at all: its size is not known
    (never 'at least 0 pages')."""
    return g is not None and bool(g.documents) and all(d.unread for d in g.documents)


def put_documents(m: Measured | None, put: Put) -> None:
    """Facts about the documents themselves (GC002 and GC111 read these)."""
    put(
        "documents.disagreements",
        # (none compared: the scheme states no fact the documents measure, so nothing agrees)
        None
        if m is None or "documents.disagreements" in m.unknown or not m.compared
        else len(m.disagreements),
        "application",
        "form",
        "documents",
    )
    put(
        "documents.jargon_per_1000_words",
        None if m is None else m.jargon_per_1000_words,
        "application",
        "form",
        "documents",
    )


def _window(s: Scheme) -> tuple[int | None, str]:
    app = s.application
    if app.opens and app.closes:
        return (app.closes - app.opens).days, "closes"
    return app.window_days, "window_days"


def _guidance_words(s: Scheme, a: dict[str, float], g: GuidanceMeasure | None) -> float | None:
    """Words an applicant reads: measured, plus unreadable PDF pages at the words-a-page
    assumption."""
    if nothing_read(g):
        return None  # not known: reading counts as no work, and the estimate is 'at least'
    if g is not None:
        return (g.words() or 0) + g.unmeasured_pages() * a["words_per_page"]
    pages = s.application.guidance.pages
    return None if pages is None else pages * a["words_per_page"]


def estimate_effort(
    s: Scheme,
    a: dict[str, float],
    g: GuidanceMeasure | None,
    vocab: Vocabulary,
    m: Measured | None = None,
) -> Effort:
    stages = stage_facts(s, a["hours_per_expression_of_interest"])
    if m is not None:  # a measured form adds its fields and its questions with no limit
        stages = tuple(
            st._replace(
                form=st.form._replace(
                    fields=m.fields[st.name],
                    unlimited_questions=m.unlimited[st.name],
                    measured=True,
                    # documents read whole that ask for nothing ask for none (a measurement);
                    # with a document unread, the attachments stay not known (None)
                    attachments=()
                    if st.form.attachments is None and st.name in m.none_asked
                    else st.form.attachments,
                )
            )
            if st.name in m.fields
            else st
            for st in stages
        )
    effort = application_effort(
        a,
        _guidance_words(s, a, g),
        stages,
        vocab,
        s.award.expected_applications,
        s.award.expected_awards,
    )
    if g is not None and g.incomplete:  # a guidance document not read: reading is at least
        return dataclasses.replace(effort, complete=False)
    if m is not None and "application.form.attachments" in m.at_least:  # (trial23 T6)
        return dataclasses.replace(effort, complete=False)  # an unread document may ask more
    return effort


def cost_path(s: Scheme) -> tuple[str, ...]:
    """Where a finding on the cost of applying points: the form, or the stages when they are
    listed."""
    return (
        ("application", "stages")
        if isinstance(s.application.stages, list)
        else ("application", "form")
    )


def sector_notes(s: Scheme, effort: Effort, notes: list[str]) -> None:
    if (
        len(effort.stages) > 1
        and s.award.expected_applications is not None
        and any(p is None for p in effort.payers[1:])
    ):
        notes.append(
            "how many are invited to later stages is not known (state award.expected_awards "
            "or each stage's invited): only the first stage is counted for the sector"
        )
    if s.application.rolling:
        notes.append(
            "applications are taken at any time: expected applications, the total and the "
            "sector's cost are taken as a year's"
        )


def put_application(
    s: Scheme,
    a: dict[str, float],
    g: GuidanceMeasure | None,
    effort: Effort,
    put: Put,
    notes: list[str],
) -> None:
    app, guide = s.application, s.application.guidance
    window, key = _window(s)
    put("application.window_days", window, "application", key)
    put("application.rolling", app.rolling, "application", "rolling")
    put("application.stages", stage_count(s), "application", "stages")
    for key in ("questions", "word_limit", "attachments"):
        total, path = form_total(s, key)
        put(f"application.form.{key}", total, *path)
    put(
        "application.support.pre_application",
        app.support.pre_application,
        "application",
        "support",
        "pre_application",
    )
    put(
        "application.support.accessible_formats",
        app.support.accessible_formats,
        "application",
        "support",
        "accessible_formats",
    )
    pages: float | None = guide.pages
    if pages is None and g is not None and not nothing_read(g):
        pages = g.pages(a["words_per_page"])
        notes.append(
            "guidance pages counted from the documents (PDF pages as published; others "
            "estimated from words)"
        )
    text = g.total if g else None
    # a guidance document that could not be read: what the others hold is a lower bound
    part = g is not None and g.incomplete
    put(
        "guidance.pages",
        pages,
        "application",
        "guidance",
        "pages" if guide.pages is not None else "documents",
        lower=part and guide.pages is None,
    )
    put(
        "guidance.words",
        None if g is None else g.words(),
        "application",
        "guidance",
        "documents",
        lower=part,
    )
    put(
        "guidance.reading_minutes",
        rounded(ratio(_guidance_words(s, a, g), a["reading_words_per_minute"]), 0),
        "application",
        "guidance",
        lower=part,
    )
    put(
        "guidance.reading_ease",
        None if text is None else rounded(text.reading_ease, 1),
        "application",
        "guidance",
        "documents",
    )
    put(
        "guidance.grade",
        None if text is None else rounded(text.grade, 1),
        "application",
        "guidance",
        "documents",
    )
    put(
        "guidance.long_sentence_share",
        None if text is None else rounded(text.long_sentence_share, 4),
        "application",
        "guidance",
        "documents",
    )
    put("application.hours", rounded(effort.total), *cost_path(s), lower=not effort.complete)
    if effort.known and effort.missing:
        notes.append(
            "not stated, so counted as no work (the estimate is a lower bound): "
            + ", ".join(effort.missing)
        )
    if g is not None and g.unmeasured_pages():
        notes.append(
            f"{plural(g.unmeasured_pages(), 'page')} with no readable text counted at "
            f"{a['words_per_page']:g} words a page"
        )
