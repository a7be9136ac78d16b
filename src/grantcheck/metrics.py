"""Metrics: the facts rules are written against, computed from a scheme.

Pure functions of the scheme, the bands, the effort assumptions and any measured
guidance text. Each metric keeps the key path it comes from, so a finding can
point at the line to change. ``None`` means the scheme does not state the fact.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple, Protocol

from grantcheck.effort import Effort, Part, Vocabulary, application_effort, reporting_parts
from grantcheck.frozen import frozen_dataclass
from grantcheck.guidance import GuidanceMeasure
from grantcheck.load import KeyPath
from grantcheck.measured import Measured
from grantcheck.scheme import Scheme
from grantcheck.stages import form_total, stage_count, stage_facts
from grantcheck.units import whole

Value = int | float | bool | str | None


class Put(Protocol):
    """How ``compute``'s helpers record a metric: its name, value and the key path it is from."""

    def __call__(self, name: str, value: Value, *path: str | int, lower: bool = False) -> None: ...


@frozen_dataclass
class MetricInfo:
    """How to name and format a metric."""

    label: str
    unit: str  # see units.fmt
    needs: str = ""  # for a measure worked out from others: what to state so it can be
    plural: bool = False  # the label is plural ("the accounts required are ...")
    whether: str = ""  # a yes-or-no fact as a clause: "the timetable is published"
    # the facts ``needs`` is made of, each with what to state: a hint names only those missing
    needs_from: tuple[tuple[str, str], ...] = ()

    @property
    def subject(self) -> str:
        """The label opening a sentence: 'The accounts required'."""
        return self.label[:1].upper() + self.label[1:]

    @property
    def be(self) -> str:
        """The verb that agrees with the label."""
        return "are" if self.plural else "is"

    def not_stated(self) -> str:
        """'The scheme does not say whether the timetable is published' for a yes-or-no fact,
        else 'The accounts required are not stated'."""
        if self.whether:
            return f"The scheme does not say whether {self.whether}"
        return f"{self.subject} {self.be} not stated"


class Metric(NamedTuple):  # some fifty a scheme: built at C speed
    """One fact about a scheme and the key it comes from."""

    name: str
    value: Value
    path: KeyPath
    lower: bool = False  # the value is a lower bound: some of its inputs are not stated


def _i(label: str, unit: str, needs: str = "", plural: bool = False) -> MetricInfo:
    return MetricInfo(label, unit, needs, plural)


def _yes_no(label: str, whether: str) -> MetricInfo:
    """A yes-or-no fact: its label, and the clause that asks it ("whether ...")."""
    return MetricInfo(label, "bool", whether=whether)


_FORM = "the form's questions, word limit or attachments"


METRICS: dict[str, MetricInfo] = {
    "kind": _i("kind of scheme", "text"),
    "area": _i("area", "text"),
    "award.band": _i("award band", "text"),
    "award.max": _i("largest award", "pounds"),
    "award.typical": _i("typical award", "pounds"),
    "award.min": _i("smallest award", "pounds"),
    "award.per_year": _i("the yearly value of the largest award", "pounds"),
    "award.total": _i("the total value", "pounds"),
    "award.expected_awards": _i("the number of awards expected", "count"),
    "award.expected_applications": _i("the number of applications expected", "count"),
    "application.window_days": _i("the application window", "days"),
    "application.rolling": _yes_no(
        "applications taken at any time", "applications are taken at any time"
    ),
    "application.stages": _i("the number of stages", "count"),
    "application.form.questions": _i("the number of questions", "count"),
    "application.form.word_limit": _i("the total word limit", "words"),
    # measured forms only: answers with no limit found, counted in the word limit at
    # words_per_unlimited_answer (so that a form with fewer limits never looks lighter)
    "application.form.unlimited_answers": _i("the number of answers with no limit", "count"),
    "application.form.attachments": _i("the number of attachments", "count"),
    "application.support.pre_application": _yes_no(
        "help to apply offered", "help to apply is offered"
    ),
    "application.support.accessible_formats": _yes_no(
        "other formats and languages on request",
        "other formats and languages are offered on request",
    ),
    "documents.disagreements": _i("the number of stated facts the documents contradict", "count"),
    "documents.jargon_per_1000_words": _i(
        "the rate of jargon and undefined acronyms, per 1,000 words of the documents", "number"
    ),
    "guidance.pages": _i("guidance", "pages"),
    "guidance.words": _i("guidance", "words"),
    "guidance.reading_minutes": _i("time to read the guidance", "minutes"),
    "guidance.reading_ease": _i("the reading ease of the guidance (Flesch)", "score"),
    "guidance.grade": _i("the grade level of the guidance", "grade"),
    "guidance.long_sentence_share": _i("the share of guidance sentences over 25 words", "share"),
    "application.hours": _i("hours for one application", "hours", plural=True),
    "application.cost": _i("cost of one application", "pounds"),
    "application.cost_share": _i(
        "the cost of one application against the typical award", "share", _FORM
    ),
    "sector.cost": _i("the sector's total cost of applying", "pounds"),
    "sector.cost_share": MetricInfo(
        "the sector's cost of applying against the total",
        "share",
        f"{_FORM}, award.expected_applications and award.total",
        needs_from=(
            ("application.cost", _FORM),
            ("award.expected_applications", "award.expected_applications"),
            ("award.total", "award.total"),
        ),
    ),
    "success_rate": _i("the expected success rate", "share"),
    "decision.days": _i("the time from closing to decision", "days"),
    "decision.timeline_published": _yes_no("timetable published", "the timetable is published"),
    "decision.feedback": _yes_no(
        "feedback for unsuccessful applicants", "unsuccessful applicants are given feedback"
    ),
    "funding.months": _i("the agreement length", "months"),
    "funding.ongoing": _yes_no("ongoing service", "the funding is for an ongoing service"),
    "funding.gap_days": _i("the gap between agreements", "days"),
    "funding.renewal.notice_days": _i("the notice given of renewal", "days"),
    "funding.inflation_uplift": _yes_no("inflation uplift", "amounts rise with inflation"),
    "funding.overheads_percent": _i("the share of overheads that may be recovered", "percent"),
    "funding.new_activity_required": _yes_no("new activity required", "new activity is required"),
    "funding.payment": _i("payment", "text"),
    "funding.payment_days": _i("the time to pay", "days"),
    "funding.replaces_earlier": _yes_no(
        "replaces earlier funding", "the funding replaces earlier funding"
    ),
    "reporting.per_year": _i("reporting frequency", "per_year"),
    "reporting.hours_per_year": _i("reporting hours a year", "hours", plural=True),
    "reporting.cost_share": _i("the cost of reporting against the award", "share"),
    "reporting.hours_per_agreement": _i(
        "hours of reporting on one agreement", "hours", plural=True
    ),
    "reporting.over_floor": _yes_no(
        "reporting on one agreement takes more than the floor",
        "reporting on one agreement takes more than the floor",
    ),
    "reporting.measures": _i("the number of measures to report", "count"),
    "reporting.evidence": _i("the number of kinds of evidence asked for with reports", "count"),
    "reporting.template_provided": _yes_no(
        "a reporting template given", "a reporting template is given"
    ),
    "eligibility.excludes_unregistered": _yes_no(
        "unregistered groups excluded", "unregistered groups are excluded"
    ),
    "eligibility.min_years_operating": _i("the time operating required", "years"),
    "eligibility.min_annual_income": _i("the minimum annual income", "pounds"),
    "eligibility.match_funding_percent": _i("the match funding required", "percent"),
    "eligibility.accounts_level": _i("the accounts required", "accounts", plural=True),
    "eligibility.policies": _i("the number of policies required", "count"),
    "procurement.lots": _i("the number of lots", "count"),
    "procurement.consortium_bids": _yes_no(
        "consortium bids allowed", "consortium bids are allowed"
    ),
    "procurement.route": _i("the procurement route", "text"),
    "eligibility.public_liability_insurance": _i("the public liability cover required", "pounds"),
    "engagement.lio_involved": _yes_no(
        "LIO involved in design", "the local infrastructure organisation (LIO) helped design it"
    ),
    "engagement.codesigned": _yes_no(
        "co-designed with the sector", "it was co-designed with the sector"
    ),
    "engagement.rural_proofed": _yes_no("rural proofed", "it was rural proofed"),
    "engagement.change_notice_days": _i("the notice of cuts or changes", "days"),
    "engagement.informal_soundings": _yes_no(
        "informal soundings held", "informal soundings were held"
    ),
}

ACCOUNTS_LEVEL = {
    "none": 0,
    "bank_statements": 1,
    "unaudited": 2,
    "independent_examination": 3,
    "audited": 4,
}
REPORTS_A_YEAR = {"monthly": 12, "quarterly": 4, "six_monthly": 2, "annual": 1, "none": 0}
UNREGISTERED = {"constituted_group", "unconstituted_group"}


def band_for(amount: float, bands: dict[str, float | None]) -> str:
    """The first band whose upper limit (inclusive) covers ``amount``; bands are in order."""
    for name, limit in bands.items():
        if limit is None or amount <= limit:
            return name
    return list(bands)[-1]


def _n(x: float | None, places: int = 2) -> Value:
    """Round for reports; whole numbers print as integers."""
    if x is None:
        return None
    return whole(round(x, places))


def _div(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else a / b


@frozen_dataclass
class Computed:
    """Metrics by name, and the effort breakdown behind the estimates."""

    metrics: dict[str, Metric]
    effort: Effort
    notes: tuple[str, ...]
    reporting: tuple[Part, ...] = ()
    details: tuple[
        tuple[str, str], ...
    ] = ()  # (metric, words added to its finding): GC002's evidence
    unknown: tuple[tuple[str, str], ...] = ()  # (metric, why it is not known): never a pass
    measured: tuple[tuple[str, Any], ...] = ()  # (metric, its measurement as data): evidence


def compute(
    s: Scheme,
    bands: dict[str, float | None],
    a: dict[str, float],
    guidance: GuidanceMeasure | None = None,
    vocab: Vocabulary = Vocabulary((), ()),
    measured: Measured | None = None,
) -> Computed:
    """Every metric for one scheme (``s`` already carries any measured facts: see measured.py)."""
    out: dict[str, Metric] = {}
    notes: list[str] = list(measured.notes) if measured else []
    moved = measured.paths if measured else {}

    def put(name: str, value: Value, *path: str | int, lower: bool = False) -> None:
        out[name] = Metric(name, value, moved.get(name, tuple(path)), lower)

    fund, elig = s.funding, s.eligibility
    typical = s.award.typical or s.award.max
    put("kind", s.kind, "kind")
    put("area", s.area, "area")
    put("award.band", band_for(s.award.max, bands), "award", "max")
    put("award.max", _n(s.award.max), "award", "max")
    put("award.typical", _n(typical), "award", "typical" if s.award.typical else "max")
    put("award.min", _n(s.award.min), "award", "min")
    put("award.per_year", _n(_per_year(s, notes)), "award", "max")
    put("award.total", _n(s.award.total), "award", "total")
    put("award.expected_awards", s.award.expected_awards, "award", "expected_awards")
    put(
        "award.expected_applications",
        s.award.expected_applications,
        "award",
        "expected_applications",
    )
    effort = _effort(s, a, guidance, vocab, measured)
    _documents(measured, put)
    _application(s, a, guidance, effort, put, notes)
    details = _unlimited(measured, a, out, put)
    cost = None if effort.total is None else effort.total * a["hourly_cost"]
    lower = not effort.complete
    where = _cost_path(s)
    put("application.cost", _n(cost), *where, lower=lower)
    put("application.cost_share", _n(_div(cost, typical), 4), *where, lower=lower)
    apps = s.award.expected_applications
    hours, sector_lower = effort.sector_hours()
    sector = None if hours is None else hours * a["hourly_cost"]
    put("sector.cost", _n(sector), "award", "expected_applications", lower=sector_lower)
    put(
        "sector.cost_share",
        _n(_div(sector, s.award.total), 4),
        "award",
        "expected_applications",
        lower=sector_lower,
    )
    _sector_notes(s, effort, notes)
    put("success_rate", _n(_div(s.award.expected_awards, apps), 4), "award", "expected_awards")
    _deciding(s, put)
    put("funding.months", _n(fund.months), "funding", "months")
    put("funding.ongoing", fund.ongoing, "funding", "ongoing")
    _notice(s, put, notes)
    put("funding.inflation_uplift", fund.inflation_uplift, "funding", "inflation_uplift")
    _overheads(s, put)
    put(
        "funding.new_activity_required",
        fund.new_activity_required,
        "funding",
        "new_activity_required",
    )
    put("funding.payment", fund.payment, "funding", "payment")
    put("funding.payment_days", fund.payment_days, "funding", "payment_days")
    put("funding.replaces_earlier", fund.previous_ends is not None, "funding", "previous_ends")
    reporting = _reporting(s, a, typical, put, notes)
    put(
        "eligibility.excludes_unregistered",
        None if elig.legal_forms is None else not UNREGISTERED.intersection(elig.legal_forms),
        "eligibility",
        "legal_forms",
    )
    put(
        "eligibility.min_years_operating",
        _n(elig.min_years_operating),
        "eligibility",
        "min_years_operating",
    )
    put(
        "eligibility.min_annual_income",
        _n(elig.min_annual_income),
        "eligibility",
        "min_annual_income",
    )
    put(
        "eligibility.match_funding_percent",
        _n(elig.match_funding_percent),
        "eligibility",
        "match_funding_percent",
    )
    put(
        "eligibility.accounts_level",
        ACCOUNTS_LEVEL.get(elig.accounts or ""),
        "eligibility",
        "accounts",
    )
    put(
        "eligibility.policies",
        None if elig.policies_required is None else len(elig.policies_required),
        "eligibility",
        "policies_required",
    )
    put("procurement.lots", s.procurement.lots, "procurement", "lots")
    put(
        "procurement.consortium_bids",
        s.procurement.consortium_bids,
        "procurement",
        "consortium_bids",
    )
    put("procurement.route", s.procurement.route, "procurement", "route")
    put(
        "eligibility.public_liability_insurance",
        _n(elig.public_liability_insurance),
        "eligibility",
        "public_liability_insurance",
    )
    for key in (
        "lio_involved",
        "codesigned",
        "rural_proofed",
        "change_notice_days",
        "informal_soundings",
    ):
        put(f"engagement.{key}", getattr(s.engagement, key), "engagement", key)
    if measured and measured.disagreements:
        details.append(("documents.disagreements", "; ".join(measured.disagreements) + "."))
    unknown = {**(measured.unknown if measured else {}), **_unscored(guidance)}
    details += measured.details if measured else []
    facts = tuple(measured.facts.items()) if measured else ()
    return Computed(
        out, effort, tuple(notes), reporting, tuple(details), tuple(unknown.items()), facts
    )


def _unlimited(
    m: Measured | None, a: dict[str, float], out: dict[str, Metric], put: Put
) -> list[tuple[str, str]]:
    """The words asked for count each measured answer with no limit at the
    ``words_per_unlimited_answer`` assumption, as the effort model does: a limit not found is
    not a limit of 0, and a form with fewer limits must never look lighter (GC106)."""
    if m is None:
        return []
    n = sum(m.unlimited.values()) if m.unlimited else None  # None: no form was measured
    limit = out["application.form.word_limit"]
    put("application.form.unlimited_answers", n, *limit.path)
    if not n:
        return []
    each = a["words_per_unlimited_answer"]
    out[limit.name] = limit._replace(value=_n(float(limit.value or 0) + n * each))
    answers = f"{n} answer{'s' if n != 1 else ''}"
    return [
        (
            limit.name,
            f"Of these, {n * each:,.0f} words are {answers} with no limit found, counted at "
            f"{each:g} words each, an assumption (words_per_unlimited_answer).",
        )
    ]


def _unscored(g: GuidanceMeasure | None) -> dict[str, str]:
    """Why the guidance has no English reading scores (Welsh, scanned), when it has none."""
    if g is None or g.total is not None:
        return {}
    said = [
        f"{d.name} is in Welsh"
        if "Welsh" in d.note
        else f"{d.name} is not in English"
        if "not in English" in d.note
        else f"no text could be read in {d.name}"
        for d in g.documents
        if d.note
    ]
    why = "; ".join(said) or "no English text could be read"
    return {"guidance.reading_ease": f"{why} (the Flesch reading ease is a score for English)"}


def _documents(m: Measured | None, put: Put) -> None:
    """Facts about the documents themselves (GC002 and GC111 read these)."""
    put(
        "documents.disagreements",
        None if m is None or "documents.disagreements" in m.unknown else len(m.disagreements),
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


def _per_year(s: Scheme, notes: list[str]) -> float:
    """``award.max`` (the whole agreement) a year: over the agreement's years, at least one.

    An agreement of a year or less is worth its whole value in that year. When its
    length is not stated it is taken as one year, and the report says so where the
    yearly value is used (an income floor).
    """
    months = s.funding.months
    if months is None and s.eligibility.min_annual_income is not None:
        notes.append(
            "agreement length not stated: the award's yearly value taken as the whole award"
        )
    return s.award.max / max(1.0, (months or 12) / 12)


def _window(s: Scheme) -> tuple[int | None, str]:
    app = s.application
    if app.opens and app.closes:
        return (app.closes - app.opens).days, "closes"
    return app.window_days, "window_days"


def _guidance_words(s: Scheme, a: dict[str, float], g: GuidanceMeasure | None) -> float | None:
    """Words an applicant reads: measured, plus unreadable PDF pages at the words-a-page
    assumption."""
    if g is not None:
        return (g.words() or 0) + g.unmeasured_pages() * a["words_per_page"]
    pages = s.application.guidance.pages
    return None if pages is None else pages * a["words_per_page"]


def _effort(
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
                )
            )
            if st.name in m.fields
            else st
            for st in stages
        )
    return application_effort(
        a,
        _guidance_words(s, a, g),
        stages,
        vocab,
        s.award.expected_applications,
        s.award.expected_awards,
    )


def _cost_path(s: Scheme) -> tuple[str, ...]:
    """Where a finding on the cost of applying points: the form, or the stages when they are
    listed."""
    return (
        ("application", "stages")
        if isinstance(s.application.stages, list)
        else ("application", "form")
    )


def _sector_notes(s: Scheme, effort: Effort, notes: list[str]) -> None:
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


def _notice(s: Scheme, put: Put, notes: list[str]) -> None:
    """Renewal notice as stated, else the days from the decision to the end of the previous
    agreement."""
    fund, decided = s.funding, s.decision.date
    if fund.renewal.notice_days is not None or decided is None or fund.previous_ends is None:
        put(
            "funding.renewal.notice_days",
            fund.renewal.notice_days,
            "funding",
            "renewal",
            "notice_days",
        )
        return
    days = (fund.previous_ends - decided).days
    put("funding.renewal.notice_days", days, "decision", "date")
    if days < 0:
        notes.append(
            f"renewal notice worked out from decision.date and funding.previous_ends: the decision "
            f"comes {-days} days after the previous agreement ends, so there is no notice at all"
        )
    else:
        notes.append("renewal notice worked out from decision.date and funding.previous_ends")


def _overheads(s: Scheme, put: Put) -> None:
    """100% with full cost recovery; else the cap; else none when core costs are not paid."""
    fund = s.funding
    if fund.full_cost_recovery:
        put("funding.overheads_percent", 100, "funding", "full_cost_recovery")
    elif fund.overheads_percent_cap is not None:
        put(
            "funding.overheads_percent",
            _n(fund.overheads_percent_cap),
            "funding",
            "overheads_percent_cap",
        )
    elif fund.core_costs is False:
        put("funding.overheads_percent", 0, "funding", "core_costs")
    else:
        put("funding.overheads_percent", None, "funding", "overheads_percent_cap")


def _application(
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
    if pages is None and g is not None:
        pages = g.pages(a["words_per_page"])
        notes.append(
            "guidance pages counted from the documents (PDF pages as published; others "
            "estimated from words)"
        )
    text = g.total if g else None
    put(
        "guidance.pages",
        pages,
        "application",
        "guidance",
        "pages" if guide.pages is not None else "documents",
    )
    put(
        "guidance.words",
        None if g is None else g.words(),
        "application",
        "guidance",
        "documents",
    )
    put(
        "guidance.reading_minutes",
        _n(_div(_guidance_words(s, a, g), a["reading_words_per_minute"]), 0),
        "application",
        "guidance",
    )
    put(
        "guidance.reading_ease",
        None if text is None else _n(text.reading_ease, 1),
        "application",
        "guidance",
        "documents",
    )
    put(
        "guidance.grade",
        None if text is None else _n(text.grade, 1),
        "application",
        "guidance",
        "documents",
    )
    put(
        "guidance.long_sentence_share",
        None if text is None else _n(text.long_sentence_share, 4),
        "application",
        "guidance",
        "documents",
    )
    put("application.hours", _n(effort.total), *_cost_path(s), lower=not effort.complete)
    if effort.known and effort.missing:
        notes.append(
            "not stated, so counted as no work (the estimate is a lower bound): "
            + ", ".join(effort.missing)
        )
    if g is not None and g.unmeasured_pages():
        notes.append(
            f"{g.unmeasured_pages()} pages with no readable text counted at "
            f"{a['words_per_page']:g} words a page"
        )


def _deciding(s: Scheme, put: Put) -> None:
    dec, fund, closes = s.decision, s.funding, s.application.closes
    days = (
        dec.days
        if dec.days is not None
        else ((dec.date - closes).days if dec.date and closes else None)
    )
    put("decision.days", days, "decision", "days" if dec.days is not None else "date")
    put("decision.timeline_published", dec.timeline_published, "decision", "timeline_published")
    put("decision.feedback", dec.feedback, "decision", "feedback")
    decided = (
        dec.date
        or (closes + dt.timedelta(days=days) if closes and days is not None else None)
        or None
    )
    start = max(d for d in (fund.starts, decided) if d) if (fund.starts or decided) else None
    if fund.previous_ends and start:
        put(
            "funding.gap_days",
            max(0, (start - fund.previous_ends).days - 1),
            "funding",
            "previous_ends",
        )
    else:
        put("funding.gap_days", fund.renewal.gap_days, "funding", "renewal", "gap_days")


def _reporting(
    s: Scheme,
    a: dict[str, float],
    typical: float,
    put: Put,
    notes: list[str],
) -> tuple[Part, ...]:
    rep, months = s.reporting, s.funding.months
    if rep.frequency is None:
        per_year: float | None = None
    elif rep.frequency == "end_only":
        per_year = 1 if months is None or months <= 12 else 12 / months
    else:
        per_year = REPORTS_A_YEAR[rep.frequency]
    reports = (
        None
        if per_year is None
        else 0
        if per_year == 0
        else max(1.0, per_year * (months or 12) / 12)
    )
    parts = (
        ()
        if reports is None
        else reporting_parts(a, rep.hours_per_report, rep.measures, reports, months)
    )
    hours = parts[0].hours if parts else None
    put("reporting.per_year", _n(per_year), "reporting", "frequency")
    put(
        "reporting.hours_per_year",
        _n(None if per_year is None or hours is None else per_year * hours),
        "reporting",
        "frequency",
    )
    put("reporting.measures", rep.measures, "reporting", "measures")
    put(
        "reporting.evidence",
        None if rep.evidence is None else len(rep.evidence),
        "reporting",
        "evidence",
    )
    put("reporting.template_provided", rep.template_provided, "reporting", "template_provided")
    on_one = parts[1].hours if parts else None
    share = None if on_one is None else on_one * a["hourly_cost"] / typical
    if per_year is not None and months is None:
        notes.append("agreement length not stated: reporting cost taken over 12 months")
    put("reporting.cost_share", _n(share, 4), "reporting", "frequency")
    put("reporting.hours_per_agreement", _n(on_one), "reporting", "frequency")
    put(
        "reporting.over_floor",
        None if on_one is None else on_one > a["reporting_hours_floor"],
        "reporting",
        "frequency",
    )
    return parts
