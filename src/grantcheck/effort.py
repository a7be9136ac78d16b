"""The effort model (version 2): how long applying and reporting take, part by part.

Every number here is an assumption from the rule pack (``rules/effort.yaml``),
overridable in config, and printed with every report. The functions are pure.

An estimate is *known* when at least one input of the application cost (a
form's questions, word limit, attachments or measured documents) is stated; it
is *a lower bound* when some input is still missing (an unstated part counts as
no work, so the true figure can only be higher). The assumptions' names and ranges are in
effort_assumptions.py; the facts the model reads, in effort_inputs.py.
"""

from __future__ import annotations

from grantcheck.effort_inputs import Attachment, FormFacts, StageFacts, Vocabulary, kind_of
from grantcheck.frozen import frozen_dataclass
from grantcheck.units import fmt, plural


@frozen_dataclass
class Part:
    """One piece of the work behind an estimate: hours (None: not stated) and how they were worked
    out."""

    stage: str  # "" for the guidance, else the stage's name
    label: str
    hours: float | None
    detail: str


@frozen_dataclass
class Effort:
    """Hours for one applicant, part by part, and for the whole sector."""

    parts: tuple[Part, ...]
    known: bool  # some input of the application cost is stated
    complete: bool  # every input is stated: the total is an estimate, not a lower bound
    payers: tuple[float | None, ...]  # applicants who pay each stage (None: not known)
    stages: tuple[str, ...]
    reads: float

    @property
    def total(self) -> float | None:
        """One application through every stage; None when no input is known."""
        return sum(p.hours for p in self.parts if p.hours is not None) if self.known else None

    @property
    def missing(self) -> list[str]:
        return [
            (f"{p.stage}: " if p.stage and len(self.stages) > 1 else "") + p.label
            for p in self.parts
            if p.hours is None
        ]

    def stage_hours(self, stage: str) -> float:
        return sum(p.hours for p in self.parts if p.stage == stage and p.hours is not None)

    def sector_hours(self) -> tuple[float | None, bool]:
        """Hours the whole sector spends (guidance read by all), and whether that is a lower
        bound."""
        if self.total is None or not self.payers or self.payers[0] is None:
            return None, False
        guidance = sum(p.hours for p in self.parts if p.stage == "" and p.hours is not None)
        hours = guidance * self.payers[0]
        for name, payers in zip(self.stages, self.payers, strict=False):
            hours += (payers or 0) * self.stage_hours(name)
        return hours, not self.complete or any(p is None for p in self.payers)


def _form_parts(a: dict[str, float], stage: str, f: FormFacts, vocab: Vocabulary) -> list[Part]:
    wph = a["writing_words_per_hour"]
    unlimited = (f.unlimited_questions or 0) * a["words_per_unlimited_answer"]
    words = None if f.word_limit is None and not unlimited else (f.word_limit or 0) + unlimited
    detail = "" if words is None else f"{words:,.0f} words at {wph:g} words an hour"
    if unlimited:
        detail += (  # one clause after another: never brackets inside the report's brackets
            f"; {plural(f.unlimited_questions or 0, 'answer')} with no limit counted at "
            f"{a['words_per_unlimited_answer']:g} words each"
        )
    parts = [Part(stage, "writing answers", None if words is None else words / wph, detail)]
    q = f.questions
    parts.append(
        Part(
            stage,
            "questions",
            None if q is None else q * a["minutes_per_question"] / 60,
            ""
            if q is None
            else f"{plural(q, 'question')} at {fmt(a['minutes_per_question'], 'minutes')} each",
        )
    )
    if f.fields is not None:
        parts.append(
            Part(
                stage,
                "fields",
                f.fields * a["minutes_per_field"] / 60,
                f"{plural(f.fields, 'field')} at {fmt(a['minutes_per_field'], 'minutes')} each",
            )
        )
    parts += _attachment_parts(a, stage, f.attachments, vocab)
    return parts


def _attachment_parts(
    a: dict[str, float], stage: str, items: tuple[Attachment, ...] | None, vocab: Vocabulary
) -> list[Part]:
    if items is None:
        return [Part(stage, "attachments", None, "")]
    cost = {
        "held": a["minutes_per_held_attachment"] / 60,
        "prepared": a["hours_per_prepared_attachment"],
        "unrecognised": a["hours_per_attachment"],
    }
    unit = {
        "held": fmt(a["minutes_per_held_attachment"], "minutes"),
        "prepared": fmt(a["hours_per_prepared_attachment"], "hours"),
        "unrecognised": fmt(a["hours_per_attachment"], "hours"),
    }
    groups: dict[str, list[str]] = {"held": [], "prepared": [], "unrecognised": []}
    for item in items:
        groups[kind_of(item, vocab)].append(item.name)
    if not items:
        return [Part(stage, "attachments", 0.0, "none asked for")]
    label = {
        "held": "attachments already held",
        "prepared": "attachments prepared for this application",
        "unrecognised": "other attachments",
    }
    return [
        Part(stage, label[k], len(names) * cost[k], f"{'; '.join(names)}: {unit[k]} each")
        for k, names in groups.items()
        if names
    ]


def _complete(f: FormFacts) -> bool:
    """Every input known. A measured form with no limit found has none (its answers are
    counted at words_per_unlimited_answer), but attachments not measured (a document with no
    text) are not known: the total is then a lower bound, as for a stated form."""
    if f.measured:
        return None not in (f.questions, f.attachments)
    return None not in (f.questions, f.word_limit, f.attachments)


def _known(f: FormFacts) -> bool:
    return f.measured or any(x is not None for x in (f.questions, f.word_limit, f.attachments))


def _payers(
    a: dict[str, float],
    stages: tuple[StageFacts, ...],
    applications: int | None,
    awards: int | None,
) -> tuple[float | None, ...]:
    """Applicants who pay each stage: all at the first, then those invited (never more than
    before)."""
    out: list[float | None] = []
    before: float | None = None if applications is None else float(applications)
    for i, st in enumerate(stages):
        if i == 0 or st.invited == "all":
            now = before
        elif isinstance(st.invited, int):
            now = st.invited if before is None else min(float(st.invited), before)
        elif awards is not None:
            invited = awards * a["invited_per_award"]
            now = invited if before is None else min(invited, before)
        else:
            now = None
        out.append(now)
        before = now
    return tuple(out)


def application_effort(
    a: dict[str, float],
    guidance_words: float | None,
    stages: tuple[StageFacts, ...],
    vocab: Vocabulary,
    applications: int | None = None,
    awards: int | None = None,
) -> Effort:
    """Hours to read, write and assemble one application through every stage, and who pays each."""
    reads = a["guidance_reads"]
    wpm = a["reading_words_per_minute"]
    parts = [
        Part(
            "",
            "reading the guidance",
            None if guidance_words is None else guidance_words / wpm / 60 * reads,
            ""
            if guidance_words is None
            else f"{guidance_words:,.0f} words at {wpm:g} words a minute, read {reads:g} times",
        )
    ]
    known = False
    complete = guidance_words is not None
    for st in stages:
        if st.fixed_hours is not None:
            parts.append(
                Part(
                    st.name,
                    "expression of interest",
                    st.fixed_hours,
                    f"a short first stage, at {fmt(st.fixed_hours, 'hours')}",
                )
            )
            continue
        parts += _form_parts(a, st.name, st.form, vocab)
        known = known or _known(st.form)
        complete = complete and _complete(st.form)
    return Effort(
        tuple(parts),
        known,
        complete and known,
        _payers(a, stages, applications, awards),
        tuple(st.name for st in stages),
        reads,
    )


def hours_per_report(a: dict[str, float], stated: float | None, measures: int | None) -> float:
    """The funder's own estimate if given, else a base plus a share per measure."""
    if stated is not None:
        return stated
    return a["report_base_hours"] + (measures or 0) * a["report_hours_per_measure"]


def report_detail(a: dict[str, float], stated: float | None, measures: int | None) -> str:
    """How the hours of one report were worked out."""
    if stated is not None:
        return f"{fmt(stated, 'hours')} a report, the funder's own estimate"
    each = f"{fmt(a['report_base_hours'], 'hours')} a report plus " + fmt(
        a["report_hours_per_measure"], "hours"
    )
    if measures is None:  # never 'each of 0 measures', which reads as a measured none
        return f"{each} for each measure reported (none stated, so counted as none)"
    return f"{each} for each of {plural(measures, 'measure')}"


def reporting_parts(
    a: dict[str, float],
    stated: float | None,
    measures: int | None,
    reports: float,
    months: float | None,
) -> tuple[Part, ...]:
    """The hours behind reporting on one agreement: each report, and how many."""
    each = hours_per_report(a, stated, measures)
    over = "an agreement whose length is not stated" if months is None else f"{months:g} months"
    return (
        Part("reporting", "each report", each, report_detail(a, stated, measures)),
        Part(
            "reporting",
            "reports on one agreement",
            each * reports,
            f"{plural(round(reports, 2), 'report')} over {over}",
        ),
    )
