"""The catalogue of metrics: each one's label, unit and how a report words it when not stated."""

from __future__ import annotations

from grantcheck.frozen import frozen_dataclass

# Rates per 1,000 words: a rule may judge a short text as at least ``min_words`` long
PER_1000_WORDS = frozenset({"documents.jargon_per_1000_words"})

# The metrics the effort model works out (hours, and pounds at hourly_cost): estimates, each
# resting on the assumptions a report prints with it
COST = ("application.hours", "application.cost", "application.cost_share")
SECTOR = ("sector.cost", "sector.cost_share")
REPORTING = ("reporting.hours_per_year", "reporting.cost_share", "reporting.hours_per_agreement")
ESTIMATED = COST + SECTOR + REPORTING


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
    # measured forms only: answers with no limit found; the word limit is then a lower bound
    # (documents.md: the sum of the questions' limits), the effort model counts each at
    # words_per_unlimited_answer
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
        "the rate of jargon and undefined acronyms per 1,000 words of the documents", "number"
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
    "funding.overheads_percent_cap": _i("the share of overheads that may be recovered", "percent"),
    "funding.full_cost_recovery": _yes_no(
        "full cost recovery", "overheads may be costed in fully (full cost recovery)"
    ),
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
    # the hardest level any document asks for: the rules' own read the easiest accepted
    # (documents.md), but an applicant following the stricter document sends these
    "eligibility.accounts_asked": _i(
        "the accounts the most demanding document asks for", "accounts", plural=True
    ),
    "eligibility.policies_required": _i("the number of policies required", "count"),
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
