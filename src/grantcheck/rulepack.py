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
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import field, replace
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from grantcheck.effort import ASSUMPTION_NAMES, Assumption, Vocabulary
from grantcheck.errors import InputError
from grantcheck.findings import Assumed, Severity
from grantcheck.frozen import frozen_dataclass
from grantcheck.load import Position, load_file
from grantcheck.metrics_base import Value
from grantcheck.model import LAX, UNSET, Constraints, described_field, dump, model
from grantcheck.model_errors import model_errors
from grantcheck.parsing import Invalid, parse
from grantcheck.rulecheck import rule_problems
from grantcheck.trust import escapes

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
Basis = Literal["guide", "law", "compact", "research", "judgement"]
BASES: tuple[str, ...] = ("guide", "law", "compact", "research", "judgement")


@model(LAX)
class Condition:
    """A fact that must hold for a rule (or one of its levels) to apply.

    ``equals`` and ``not_equals`` may be null, so "not given" is ``UNSET``.
    """

    metric: str | None = None
    equals: Value = UNSET
    not_equals: Value = UNSET
    in_: list[Value] | None = field(default=None, metadata={"alias": "in"})
    above: float | None = None
    below: float | None = None
    any: list[Condition] | None = None

    def holds(self, metrics: dict[str, Value]) -> bool:
        """True when the condition is met; an unknown fact meets only ``not_equals``."""
        if self.any is not None:
            return any(c.holds(metrics) for c in self.any)
        value = metrics.get(self.metric or "")
        if self.not_equals is not UNSET:
            return value != self.not_equals
        if value is None:
            return False
        if self.equals is not UNSET:
            return value == self.equals
        if self.in_ is not None:
            return value in self.in_
        if self.above is not None:
            return isinstance(value, (int, float)) and value > self.above
        if self.below is not None:
            return isinstance(value, (int, float)) and value < self.below
        return False

    def decided(self, metrics: dict[str, Value]) -> bool | None:
        """``holds`` in three values: None when it fails only because a fact it reads is not
        known (so whether the rule applies is not known either)."""
        if self.any is not None:
            results = [c.decided(metrics) for c in self.any]
            return True if True in results else None if None in results else False
        if self.holds(metrics):
            return True
        unknown = self.not_equals is UNSET and metrics.get(self.metric or "") is None
        return None if unknown else False


@model(LAX)
class Trigger:
    """For a flag check: the values that give a finding, and when (``is`` may be null, so "not given" is ``UNSET``)."""  # noqa: E501 (a model's description)

    values: list[Value] = described_field(factory=list)
    is_: Value = field(default=UNSET, metadata={"alias": "is"})
    when: list[Condition] = described_field(factory=list)

    def matches(self, value: Value, metrics: dict[str, Value]) -> bool:
        hit = value in self.values or (self.is_ is not UNSET and value == self.is_)
        return hit and all(c.holds(metrics) for c in self.when)


@model(LAX)
class Relative:
    """A limit that moves with another fact: ``{metric: award.per_year, times: 2}``."""

    metric: str
    times: float = 1.0

    def of(self, values: dict[str, Value]) -> float | None:
        base = values.get(self.metric)
        if isinstance(base, bool) or not isinstance(base, (int, float)):
            return None
        return base * self.times


# 28 is 28.0
BandLimit = Annotated[float | Relative | None, Constraints(union_mode="left_to_right")]
Level = Annotated[
    Trigger | float | Relative | dict[str, BandLimit] | None,
    Constraints(union_mode="left_to_right"),
]


@model(LAX)
class Quote:
    section: str
    text: str


@model(LAX)
class Ground:
    """Where a rule's limits come from: a kind from a closed set, and what, in a few words.

    ``levels`` and ``bands`` narrow it to some limits (the law may set the error
    limit and the Compact the warning one); a ground with neither covers all.
    """

    kind: Basis
    text: str = ""
    levels: list[Severity] | None = None
    bands: list[str] | None = None

    def covers(self, level: str | None, band: str | None) -> bool:
        return (level is None or self.levels is None or level in self.levels) and (
            band is None or self.bands is None or band in self.bands
        )


LOCAL_POLICY = Ground(kind="judgement", text="the rule file states no basis")
_LEADS = {
    "guide": "the guide's",
    "law": "the law",
    "compact": "the Compact",
    "research": "published research",
}


def basis_text(ground: Ground, shipped: bool) -> str:
    """The basis in plain words: "the guide's", "the law (Procurement Act 2023, s.68)" ..."""
    if ground.kind == "judgement":
        lead = "grantcheck's own judgement" if shipped else "local policy"
    else:
        lead = _LEADS[ground.kind]
    return lead + (f" ({ground.text})" if ground.text else "")


def basis_name(ground: Ground, shipped: bool) -> str:
    """The basis in two or three words, for a table cell."""
    if ground.kind == "judgement":
        return "grantcheck's judgement" if shipped else "local policy"
    return {"research": "research"}.get(ground.kind, _LEADS[ground.kind].removesuffix("'s"))


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
    unknown: Literal["warning", "info", "ignore"] = "ignore"
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
            elif not _is_limit(raw):
                raise ValueError(
                    f"{level} must be a number, {{metric: ..., times: ...}}, "
                    "or one of those for each band"
                )
        if all(data.get(level) is None for level in SEVERITIES):
            raise ValueError("give at least one of warning, error or info")
        return data

    def applies(self, metrics: dict[str, Value]) -> bool | None:
        """Whether the rule's ``when`` holds: None when that rests on a fact not known."""
        results = [c.decided(metrics) for c in self.when]
        return False if False in results else None if None in results else True

    def raw_limit(self, level: Severity, band: str) -> float | Relative | None:
        """The limit as written for one severity and band: a number, a relative limit, or None."""
        raw = getattr(self, level)
        return raw.get(band) if isinstance(raw, dict) else raw

    def limit(
        self, level: Severity, band: str, values: dict[str, Value] | None = None
    ) -> float | None:
        """The limit for one severity and band; None when that level has none, or when it is
        relative to a fact that is not known (or no facts are given)."""
        raw = self.raw_limit(level, band)
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
            levels = f"the {_and(g.levels)} limit{plural}" if g.levels else ""
            bands = f"{_and(g.bands)} awards" if g.bands else ""
            scope = " on ".join(x for x in (levels, bands) if x)
            out.append(basis_text(g, self.shipped) + (f", for {scope}" if scope else ""))
        return out

    def trigger(self, level: Severity) -> Trigger | None:
        """For a flag check, the trigger for one severity."""
        raw = getattr(self, level)
        return raw if isinstance(raw, Trigger) else None


def _and(items: Sequence[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


def _is_limit(raw: Any) -> bool:
    def number(v: Any) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    def one(v: Any) -> bool:  # a number, or a relative limit: {metric: award.per_year, times: 2}
        return number(v) or (isinstance(v, dict) and "metric" in v)

    return one(raw) or (isinstance(raw, dict) and all(v is None or one(v) for v in raw.values()))


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


def default_pack_dir() -> Path:
    """The pack shipped inside the wheel, or ``rules/`` beside ``src/`` in a checkout."""
    here = Path(__file__).resolve().parent  # the wheel puts rules/ inside the package
    shipped = here / "rules"
    return shipped if shipped.is_dir() else here.parents[1] / "rules"


def _read_shipped(folder: Path) -> list[tuple[PackFile, Any]] | None:
    """The pack grantcheck ships, read quickly: libyaml straight to Python, no positions kept.

    Positions only matter for errors, and the shipped pack has none (tests read it
    both ways). None on any doubt, and the careful reader then explains.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return [
            (parse(PackFile, data), None)
            for path in sorted(folder.glob("*.y*ml"))
            for data in yaml.load_all(path.read_text(encoding="utf-8"), Loader=loader)
            if data is not None
        ]
    except (Invalid, OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def _read_dir(
    folder: Path, display: Path, quick: bool = False
) -> tuple[list[tuple[PackFile, Any]], list[InputError]]:
    files: list[tuple[PackFile, Any]] = []
    errors: list[InputError] = []
    if not folder.is_dir():
        return [], [
            InputError(str(display), 1, 1, "the rule folder does not exist", "Check the path")
        ]
    shipped = _read_shipped(folder) if quick else None
    if shipped is not None:
        return shipped, []
    for path in sorted(folder.glob("*.y*ml")):
        name = str(display / path.name)
        if escapes(path):
            errors.append(
                InputError(
                    name,
                    1,
                    1,
                    "the rule file is a symbolic link to a file outside the repository",
                    "Copy the rule file into the rule folder",
                )
            )
            continue
        docs, errs = load_file(path, name)
        errors += errs
        for doc in docs:
            try:
                files.append((parse(PackFile, doc.data), doc))
            except Invalid as exc:
                errors += model_errors(doc, exc, PackFile)
    return files, errors


def load_pack(
    folders: list[tuple[Path, Path]], quick: bool = True
) -> tuple[Pack | None, list[InputError]]:
    """Read the pack from (folder, display name) pairs; later folders add rules.

    ``quick``: read the shipped pack without positions (other folders, which a
    pull request may change, always get the careful reader with its limits).
    Any error sends the whole pack through the careful reader, to locate it.
    """
    pack, errors = _load_pack(folders, quick)
    return _load_pack(folders, False) if errors and quick else (pack, errors)


def _load_pack(
    folders: list[tuple[Path, Path]], quick: bool
) -> tuple[Pack | None, list[InputError]]:
    rules: dict[str, Rule] = {}
    written: list[tuple[dict[str, Any], Any, int, Path]] = []  # each rule as written, for rulecheck
    bands: list[Band] | None = None
    assumptions: dict[str, Assumption] = {}
    held: list[str] = []
    prepared: list[str] = []
    guide: Citation | None = None
    errors: list[InputError] = []
    shipped = default_pack_dir()
    for folder, display in folders:
        files, errs = _read_dir(folder, display, quick and folder == shipped)
        errors += errs
        if folder != shipped and (folder / "documents").is_dir():  # a council's own vocabularies
            from grantcheck.vocabcheck import vocabulary_errors

            errors += vocabulary_errors(folder, display)
        for data, doc in files:
            bands = data.bands if data.bands is not None else bands
            assumptions.update(data.assumptions or {})
            if data.attachments is not None:  # later folders add words
                held += data.attachments.held
                prepared += data.attachments.prepared
            guide = data.guide or guide
            for i, rule in enumerate(data.rules):
                if folder == shipped:
                    rule = replace(rule, shipped=True)
                if rule.id in rules:  # (no doc: read quickly; the careful re-read will locate it)
                    p = doc.value_position(("rules", i, "id")) if doc else Position(1, 1)
                    errors.append(
                        InputError(
                            doc.file if doc else str(display),
                            p.line,
                            p.column,
                            f"rule {rule.id} is defined twice",
                            "Give local rules IDs of their own, or change a default rule in config",
                        )
                    )
                rules[rule.id] = rule
                written.append((doc.data["rules"][i] if doc else dump(rule), doc, i, display))
    missing = [n for n in ASSUMPTION_NAMES if n not in assumptions]
    if not bands or missing:
        what = "no bands" if not bands else "missing assumptions: " + ", ".join(missing)
        errors.append(
            InputError(
                str(folders[0][1]),
                1,
                1,
                f"the rule pack is incomplete ({what})",
                "Restore the default pack's bands.yaml and effort.yaml",
            )
        )
    names = [b.name for b in bands or []]
    for raw, doc, i, display in written if bands else []:
        for path, message, hint in rule_problems(raw, names):
            where = ("rules", i, *path)
            p = (
                (
                    doc.position(where)
                    if message.endswith("not a band") and len(path) == 2
                    else doc.value_position(where)
                )
                if doc
                else Position(1, 1)
            )
            errors.append(
                InputError(
                    doc.file if doc else str(display),
                    p.line,
                    p.column,
                    f"rule {raw.get('id')}: {message}",
                    hint,
                )
            )
    if errors:
        return None, errors
    band_map = {b.name: b.max for b in bands or []}
    return Pack(
        rules=tuple(rules.values()),
        bands=band_map,
        assumptions=assumptions,
        vocabulary=Vocabulary(tuple(held), tuple(prepared)),
        guide=guide,
    ), []
