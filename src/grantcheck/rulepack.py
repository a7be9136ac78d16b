"""The rule pack: rules, bands and effort assumptions, read from YAML data.

A rule names a metric, one check kind from a small closed set (``at_least``,
``at_most``, ``flag``), limits or trigger values for each severity (a limit is a
number, or another metric times a factor), optional
``when`` conditions, what an unknown fact gives, the guide's words, and the
basis of its limits (``guide``, ``law``, ``compact``, ``research`` or
``judgement``, each with a few words on what it is). The engine, not the rule,
turns a failed check into a severity.

A rule that states no basis is taken as local policy (a judgement), and says
so; only rules shipped in the default pack may call themselves grantcheck's.

This module is the pack as data (its conditions and limits in rulepack_limits); rulepack_load
reads it from its folders and locates its errors, and rulepack_basis words the basis of a
rule's limits.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any, Literal

from grantcheck.effort_assumptions import Assumption
from grantcheck.effort_inputs import Vocabulary
from grantcheck.errors import closest
from grantcheck.findings import Assumed, Severity
from grantcheck.frozen import frozen_dataclass
from grantcheck.metrics_base import Value
from grantcheck.model import LAX, Constraints, described_field, model
from grantcheck.rulepack_basis import LOCAL_POLICY, Ground, and_list, basis_name, basis_text
from grantcheck.rulepack_dir import default_pack_dir as default_pack_dir
from grantcheck.rulepack_limits import Condition, Level, Relative, Trigger, is_limit

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@model(LAX)
class Quote:
    section: str
    text: str
    # the kinds of scheme the passage is about ("procurement teams": contracts); none: any.
    # A finding quotes it only on a scheme of one of these kinds
    kinds: list[Literal["grant", "contract"]] = described_field(factory=list)

    def fits(self, kind: str) -> bool:
        """Whether the passage is about a scheme of this kind."""
        return not self.kinds or kind in self.kinds

    def place(self) -> str:
        """The section, and which schemes the passage is about when not all:
        'Identifying ... (said of contracts)'."""
        said = " and ".join(f"{k}s" for k in self.kinds)
        return f"{self.section} (said of {said})" if said else self.section


@model(LAX)
class Citation:
    """The guide, cited in full (kept once, in the rule pack)."""

    title: str
    publishers: str
    year: int
    url: str

    def text(self) -> str:
        return f"{self.title} ({self.publishers}, {self.year}), {self.url}"


@model(LAX)
class Rule:
    """One check of the pack, as data."""

    id: Annotated[str, Constraints(pattern=r"^[A-Z]+[0-9]+$")]
    title: str
    metric: str
    check: Literal["at_least", "at_most", "flag"]
    warning: Level = None
    error: Level = None
    info: Level = None
    when: list[Condition] = described_field(factory=list)
    # a threshold's error limit holds only when these hold too (GC304 errs only when full cost
    # recovery is not allowed): otherwise the warning limit is the rule's last word
    error_when: list[Condition] = described_field(factory=list)
    unknown: Literal["warning", "info", "ignore"] = "ignore"
    # a rate per 1,000 words over fewer words than this is judged as if over this many (one
    # term in a 95-word form is 1.0, not 10.5): only on such a rate (rulecheck.py)
    min_words: Annotated[int, Constraints(ge=1, le=1_000_000)] | None = None
    severity: Severity | None = None  # set by config: every finding of the rule gets this severity
    basis: list[Ground] = described_field(factory=list)  # where the limits come from; first wins
    shipped: bool = False  # set by the loader for the default pack's rules, never by a rule file
    problem: str = ""
    advice: str
    guide: list[Quote] = described_field(factory=list)
    sources: list[str] = described_field(factory=list)
    # why the guide is not quoted where its words might seem to apply (they are about
    # something else): reports say so instead of quoting them
    unquoted: str = ""

    @staticmethod
    def prepare(data: Any) -> Any:
        """Flag levels become triggers; threshold levels must be numbers (per band)."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if "shipped" in data:
            raise ValueError("'shipped' is set by grantcheck, not in a rule file")
        legacy = data.pop("judgement", None)  # pack 1's flag: judgement: true
        basis = data.get("basis", [{"kind": "judgement"}] if legacy is True else None)
        if isinstance(basis, (str, dict)):
            basis = [basis]
        if isinstance(basis, list):
            data["basis"] = [{"kind": b} if isinstance(b, str) else b for b in basis]
        for level in SEVERITIES:
            raw = data.get(level)
            if raw is None:
                continue
            if data.get("check") == "flag":
                data[level] = (
                    raw
                    if isinstance(raw, dict)
                    else {"values": raw if isinstance(raw, list) else [raw]}
                )
            elif not is_limit(raw):
                raise ValueError(
                    f"{level} must be a number, {{metric: ..., times: ...}}, "
                    "or one of those for each band"
                )
        # a lone limit mistyped ('warnin: 3') is that key's error, with its did-you-mean, as it
        # is beside a limit spelt right (trial19 N11), not "give at least one" at the rule; the
        # typo search (difflib, every key) runs only for a rule with no limit: run for every
        # rule it took a third of reading the shipped pack
        if all(data.get(level) is None for level in SEVERITIES) and not any(
            closest(str(k)[:60], list(SEVERITIES)) for k in data if k not in SEVERITIES
        ):
            raise ValueError("give at least one of warning, error or info")
        return data

    def applies(self, metrics: dict[str, Value]) -> bool | None:
        """Whether the rule's ``when`` holds: None when that rests on a fact not known."""
        results = [c.decided(metrics) for c in self.when]
        return False if False in results else None if None in results else True

    def error_applies(self, metrics: dict[str, Value]) -> bool:
        """Whether the error limit holds for these facts (always, without ``error_when``)."""
        return all(c.holds(metrics) for c in self.error_when)

    @property
    def banded(self) -> bool:
        """Whether the band matters to the rule: a limit (or its basis) differs by band, or the
        rule applies to some bands only. Else a finding names no band: 'the warning limit of
        0', never '... for small awards', which suggests a limit scaled by band (trial22 T6)."""
        per = any(
            isinstance(raw := getattr(self, level), dict)
            and len({repr(v) for v in raw.values()}) > 1
            for level in SEVERITIES
        )
        gated = any(_on_band(c) for c in [*self.when, *self.error_when])
        return per or gated or any(g.bands for g in self.basis)

    def raw_limit(self, level: Severity, band: str) -> float | Relative | None:
        """The limit as written for one severity and band: a number, a relative limit, or None."""
        raw = getattr(self, level)
        return raw.get(band) if isinstance(raw, dict) else raw

    def limit(
        self, level: Severity, band: str, values: dict[str, Value] | None = None
    ) -> float | None:
        """The limit for one severity and band; None when that level has none, or when it is
        relative to a fact that is not known (or no facts are given), or is an error limit
        whose ``error_when`` the facts given do not meet (an unknown fact does not)."""
        raw = self.raw_limit(level, band)
        if level == "error" and values is not None and not self.error_applies(values):
            return None
        if isinstance(raw, Relative):
            return raw.of(values or {})
        return raw

    def ground(self, level: str | None = None, band: str | None = None) -> Ground:
        """The basis of the limit for one severity and band (the first ground that covers it)."""
        first = self.basis[0] if self.basis else LOCAL_POLICY
        return next((g for g in self.basis if g.covers(level, band)), first)

    def basis_text(self, level: str | None = None, band: str | None = None) -> str:
        return basis_text(self.ground(level, band), self.shipped)

    def basis_name(self, level: str | None = None, band: str | None = None) -> str:
        return basis_name(self.ground(level, band), self.shipped)

    def grounds(self) -> list[str]:
        """Each ground of the limits in plain words, with the limits it covers when not all."""
        out = []
        for g in self.basis or [self.ground()]:
            plural = "s" if g.levels and len(g.levels) > 1 else ""
            levels = f"the {and_list(g.levels)} limit{plural}" if g.levels else ""
            bands = f"{and_list(g.bands)} awards" if g.bands else ""
            scope = " on ".join(x for x in (levels, bands) if x)
            out.append(basis_text(g, self.shipped) + (f", for {scope}" if scope else ""))
        return out

    def trigger(self, level: Severity) -> Trigger | None:
        """For a flag check, the trigger for one severity."""
        raw = getattr(self, level)
        return raw if isinstance(raw, Trigger) else None


def _on_band(c: Condition) -> bool:
    """Whether a condition reads the award's band (in any of its alternatives)."""
    return c.metric == "award.band" or any(_on_band(x) for x in c.any or [])


@model(LAX)
class Band:
    name: Annotated[str, Constraints(pattern=r"^[a-z_]+$")]
    max: Annotated[float, Constraints(gt=0)] | None = None


@model(LAX)
class AttachmentWords:
    """Attachment names: documents an organisation already holds, and ones written to apply."""

    held: list[str] = described_field(factory=list)
    prepared: list[str] = described_field(factory=list)


@model(LAX)
class PackFile:
    """One YAML file of a rule pack."""

    rules: list[Rule] = described_field(factory=list)
    bands: list[Band] | None = None
    assumptions: dict[str, Assumption] | None = None
    attachments: AttachmentWords | None = None
    guide: Citation | None = None


@frozen_dataclass
class Pack:
    """A whole rule pack, ready for the engine (a plain container: nothing here needs
    validating)."""

    rules: tuple[Rule, ...]
    bands: dict[str, float | None]
    assumptions: dict[str, Assumption]
    vocabulary: Vocabulary = Vocabulary((), ())
    guide: Citation | None = None

    # Derived once per run, not once per scheme (these sit on the per-file path).
    @cached_property
    def rule_ids(self) -> frozenset[str]:
        return frozenset(r.id for r in self.rules)

    @cached_property
    def assumption_values(self) -> dict[str, float]:
        return {name: a.value for name, a in self.assumptions.items()}

    @cached_property
    def assumed(self) -> tuple[Assumed, ...]:
        """The assumptions as every report prints them."""
        return tuple(
            Assumed(n, a.value, a.label, a.unit, a.basis) for n, a in self.assumptions.items()
        )
