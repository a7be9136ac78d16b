"""Results: findings and per-scheme results, frozen and typed.

These are what reporters read. They hold plain values only (no models that a
reporter could call back into), so every reporter is a pure function of them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from grantcheck.errors import InputError
from grantcheck.frozen import frozen_dataclass
from grantcheck.safe_text import whole_text

Severity = Literal["error", "warning", "info"]
UnusedWaivers = Literal["error", "warning", "info", "ignore"]  # the severity of GC001, or none
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
KEYED = "GC002"  # the rule whose findings are each about one stated key (Finding.part)


def fails_at(severity: str, fail_on: str) -> bool:
    """True when a finding of ``severity`` fails a run at ``fail_on`` (at or above it; nothing fails
    at "never")."""
    return fail_on != "never" and SEVERITY_RANK[severity] <= SEVERITY_RANK[fail_on]


class BuiltInRule(NamedTuple):
    """A rule of grantcheck's own, not in the rule pack (it checks the scheme file, not the
    process)."""

    id: str
    name: str  # SARIF's rule name
    title: str
    description: str
    advice: str
    basis_text: str  # where its severity comes from, as a finding's basis_text says it
    setting: str  # the config key that sets its severity (or "ignore" to switch it off)


UNUSED_WAIVER = BuiltInRule(
    "GC001",
    "UnusedWaiver",
    "A waiver matches no finding",
    "A waiver in a scheme file names a rule that found nothing; remove it so it hides no "
    "future problem.",
    "Remove the waiver, so that a future problem with this rule is not hidden.",
    "grantcheck's own judgement (a waiver that matches nothing could hide a later finding)",
    "unused_waivers",
)
BUILT_IN_RULES: dict[str, BuiltInRule] = {UNUSED_WAIVER.id: UNUSED_WAIVER}  # explain, rules


@dataclass(
    frozen=True
)  # thousands a run: dataclass's generated __init__ is quicker than frozen_dataclass's
class Finding:
    """One rule that a scheme does not meet, located in the scheme file."""

    rule: str
    severity: Severity
    title: str
    message: str
    advice: str
    metric: str
    value: Any
    threshold: Any
    file: str
    line: int
    column: int
    scheme_id: str
    unknown: bool = False
    waived: bool = False
    waiver_reason: str | None = None
    waiver_source: str | None = None  # "scheme" or "config"
    baseline: str | None = None  # "new" or "unchanged" when a baseline was given
    lower_bound: bool = False  # judged on a lower bound: the true value can only be higher
    basis: str = "judgement"  # where the limit comes from: guide, law, compact, research,
    # judgement (grantcheck's own) or local (the council's own policy)
    basis_text: str = ""  # the same in plain words: "the law (Procurement Act 2023, s.68)"
    # the metric's measurement from the documents, as data (values, each item's document,
    # location and words): JSON's evidence and SARIF's related locations; None when stated
    evidence: dict[str, Any] | None = field(default=None, compare=False, repr=False)
    # which part of its metric, when a rule gives several findings for one scheme (GC002: the
    # stated key a disagreement is about; GC001: the waived rule): each is its own in a baseline
    part: str = ""

    @property
    def live(self) -> bool:
        """True when the finding can fail a run: not waived, not already in the baseline."""
        return not self.waived and self.baseline != "unchanged"

    @property
    def waiver_key(self) -> str | None:
        """The key a waiver for this finding alone names (GC002's stated key), else None."""
        return self.part if self.rule == KEYED and self.part else None

    @property
    def fingerprint(self) -> str:
        """Stable across line moves: rule, scheme, metric and part, never line numbers; whole
        Unicode text (a scheme ID from a file name that is not UTF-8 is shown escaped), so that
        a baseline or a JSON report can hold it."""
        key = f"{self.rule}:{self.scheme_id}:{self.metric}"
        return whole_text(f"{key}:{self.part}" if self.part else key)


@frozen_dataclass
class Assumed:
    """An assumption as used in one report."""

    name: str
    value: float
    label: str
    unit: str
    basis: str


@frozen_dataclass
class SchemeResult:
    """Everything known about one checked scheme."""

    file: str
    id: str
    name: str
    funder: str
    kind: str
    band: str
    band_limit: float | None
    metrics: dict[str, Any]
    findings: tuple[Finding, ...]
    passed: tuple[str, ...]
    not_applicable: tuple[str, ...]
    assumptions: tuple[Assumed, ...]
    effort: tuple[Any, ...]  # effort.Part: the hours behind one application and behind reporting
    notes: tuple[str, ...] = ()  # how figures were worked out
    measured_notes: tuple[str, ...] = ()  # each measured fact, its value and evidence (prose)
    measured: dict[str, Any] = field(default_factory=dict)  # metric -> measurement, as data
    # stated facts the report quotes (dates, frequency)
    facts: dict[str, Any] = field(default_factory=dict)
    documents: tuple[Any, ...] = ()  # guidance.DocumentMeasure, one per guidance document
    lower_bounds: tuple[str, ...] = ()  # metrics whose value is a lower bound ("at least")
    # where its ``id`` is stated, else where it starts (a register's row): for warnings about it
    line: int = 1
    column: int = 1
    # the documents it names, resolved (never shown): an output must not replace one
    sources: tuple[str, ...] = ()


@dataclass
class Tally:
    """Counts kept while results stream past: enough for the summary, the exit code, baselines
    and the portfolio overview."""

    schemes: int = 0
    error: int = 0
    warning: int = 0
    info: int = 0
    waived: int = 0
    known: int = 0
    fingerprints: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)  # documents the schemes name (resolved)
    baseline_entries: set[tuple[str, str, str, str, str, str]] = field(default_factory=set)
    keep_fingerprints: bool = False  # only with a baseline: these grow with the findings
    keep_entries: bool = False
    rows: list[Any] = field(default_factory=list)  # portfolio.Row, one small row a scheme
    keep_rows: bool = False  # only for a format with a portfolio overview
    # each scheme ID's last place (file, line, column); an ID stated again is a repeat
    places: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    repeats: list[tuple[str, tuple[str, int, int], tuple[str, int, int]]] = field(
        default_factory=list
    )

    def add(self, s: SchemeResult) -> None:
        self.schemes += 1
        self.sources.update(s.sources)
        here = (s.file, s.line, s.column)
        if s.id in self.places:
            self.repeats.append((s.id, self.places[s.id], here))
        self.places[s.id] = here
        if self.keep_rows:
            from grantcheck.portfolio import row_of  # (portfolio imports this module)

            self.rows.append(row_of(s))
        for f in s.findings:
            if self.keep_fingerprints:
                self.fingerprints.add(f.fingerprint)
            if f.waived:
                self.waived += 1
                continue
            if self.keep_entries:
                entry = (f.fingerprint, f.rule, f.scheme_id, f.metric, f.file, f.severity)
                self.baseline_entries.add(entry)
            if f.baseline == "unchanged":
                self.known += 1
            else:
                setattr(self, f.severity, getattr(self, f.severity) + 1)

    def counts(self) -> dict[str, int]:
        out = {
            "error": self.error,
            "warning": self.warning,
            "info": self.info,
            "waived": self.waived,
        }
        return out | ({"known": self.known} if self.known else {})

    def fails(self, fail_on: str) -> bool:
        """True when a finding that counts is at or above ``fail_on``: the run's exit code 1."""
        return any(getattr(self, level) and fails_at(level, fail_on) for level in SEVERITY_RANK)


@frozen_dataclass
class Report:
    """A whole run: every scheme checked and every input error."""

    schemes: tuple[SchemeResult, ...]
    errors: tuple[InputError, ...]
    stale_baseline: tuple[str, ...] = ()  # baseline fingerprints that matched nothing

    @property
    def findings(self) -> list[Finding]:
        return [f for s in self.schemes for f in s.findings]

    def counts(self) -> dict[str, int]:
        """Findings that count, by severity; then those waived and those known from a baseline."""
        live = Counter(f.severity for f in self.findings if f.live)
        out = {
            "error": live["error"],
            "warning": live["warning"],
            "info": live["info"],
            "waived": sum(1 for f in self.findings if f.waived),
        }
        known = sum(1 for f in self.findings if not f.waived and f.baseline == "unchanged")
        return out | ({"known": known} if known else {})
