"""Local policy: the config file, found like ruff's or yamllint's, applied to the pack.

Discovered as ``grantcheck.yaml`` or ``.grantcheck.yaml`` in the current folder
or the nearest parent (stopping at a ``.git`` folder or the home folder), or the
``[tool.grantcheck]`` table of the nearest ``pyproject.toml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from grantcheck.effort import ASSUMPTION_NAMES, RENAMED, Assumption
from grantcheck.errors import InputError, did_you_mean
from grantcheck.findings import Severity
from grantcheck.load import Document, KeyPath, Limits, Position, load_file
from grantcheck.frozen import frozen_dataclass
from grantcheck.model import LAX, UNSET, Constraints, Invalid, described_field, dump, model, parse
from grantcheck.rulepack import SEVERITIES, Pack, Rule
from grantcheck.validate import model_errors

FailOn = Literal["error", "warning", "info", "never"]
CONFIG_NAMES = ("grantcheck.yaml", ".grantcheck.yaml")


@model(LAX)
class RuleSettings:
    """Changes to one rule: its severity, limits (per band or for all), or unknown handling."""

    # A level may be set to null (no such level), so a key not given is UNSET.
    severity: Severity | None = UNSET
    warning: Any = UNSET
    error: Any = UNSET
    info: Any = UNSET
    unknown: Literal["warning", "info", "ignore"] | None = UNSET


@model(LAX)
class ConfigWaiver:
    """A waiver kept in config, which the organisation controls, for schemes by ID (wildcards allowed)."""

    scheme: Annotated[str, Constraints(description="A scheme ID, or a pattern such as 'winter-*'.")]
    rule: Annotated[str, Constraints(pattern=r"^[A-Z]+[0-9]+$")]
    reason: Annotated[str, Constraints(min_length=1, pattern=r"\S")]


@model(LAX)
class LimitSettings:
    """What one scheme file may cost to load (see load.Limits)."""

    max_file_bytes: Annotated[int, Constraints(gt=0)] = described_field("Largest scheme file read, in bytes.", default=2_000_000)
    max_values: Annotated[int, Constraints(gt=0)] = described_field("Most values a document may expand to (stops alias bombs).", default=100_000)
    max_depth: Annotated[int, Constraints(gt=0)] = described_field("Deepest nesting of mappings and lists.", default=50)


@model(LAX)
class Config:
    """The config file's keys."""

    select: list[str] | None = described_field("Rule IDs or prefixes to run (default: all).", default=None)
    ignore: list[str] = described_field("Rule IDs or prefixes to skip.", factory=list)
    fail_on: FailOn | None = described_field("The lowest severity that makes the exit code 1.", default=None)
    rule_folders: list[str] = described_field("Folders of local rule files, relative to this file.", factory=list)
    bands: dict[str, float] | None = described_field("Upper limits (inclusive) of the award bands, by name.", default=None)
    assumptions: dict[str, float] = described_field("Effort assumptions, by name.", factory=dict)
    rules: dict[str, RuleSettings] = described_field("Changes to rules, by rule ID.", factory=dict)
    waivers: list[ConfigWaiver] = described_field("Waivers the organisation grants, by scheme ID.", factory=list)
    scheme_waivers: bool = described_field("false: refuse waivers written in scheme files.", default=True)
    limits: LimitSettings = described_field("Bounds on what a scheme file may cost to load.", factory=LimitSettings)
    exclude: list[str] = described_field("Glob patterns of files and folders to skip when searching folders.", factory=list)
    allow_paths: list[str] = described_field("Folders outside the repository that guidance may be read from, relative to this file.", factory=list)
    unused_waivers: Literal["error", "warning", "info", "ignore"] = described_field(
        "The severity of a finding for a waiver that matches no finding (GC001).", default="warning")


@frozen_dataclass
class LoadedConfig:
    """A config and where it came from (for relative paths and error positions)."""

    config: Config
    doc: Document
    folder: Path


@frozen_dataclass
class Policy:
    """The rules in force: the pack after config, the selected rules, and ``fail_on``."""

    pack: Pack
    rules: tuple[Rule, ...]
    fail_on: str
    waivers: tuple[ConfigWaiver, ...] = ()
    scheme_waivers: bool = True
    unused_waivers: str = "warning"
    config_file: str | None = None
    limits: Limits = Limits()
    allow_paths: tuple[Path, ...] = ()
    exclude: tuple[str, ...] = ()
    rule_folders: tuple[Path, ...] = ()  # every folder rules were read from (outputs must not replace them)
    deprecations: tuple[InputError, ...] = ()  # old names that still work: the CLI warns

    @cached_property
    def rule_ids(self) -> frozenset[str]:
        """The IDs of the rules in force (computed once per run)."""
        return frozenset(r.id for r in self.rules)


def discover(start: Path) -> Path | None:
    """The nearest config file at or above ``start``."""
    home = Path.home().resolve()
    for folder in [start.resolve(), *start.resolve().parents]:
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.grantcheck]" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
        if (folder / ".git").exists() or folder == home:
            return None
    return None


def _pyproject_doc(path: Path, display: str) -> tuple[Document | None, InputError | None]:
    import tomllib  # only a pyproject.toml config needs it

    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        data = tomllib.loads(text).get("tool", {}).get("grantcheck", {})
    except tomllib.TOMLDecodeError as exc:
        return None, InputError(display, getattr(exc, "lineno", 1) or 1, getattr(exc, "colno", 1) or 1,
                                f"invalid TOML: {exc}", "Check the syntax of pyproject.toml")
    line = next((i for i, l in enumerate(text.splitlines(), 1) if l.strip() == "[tool.grantcheck]"), 1)
    return Document(display, 1, data, {}, {(): Position(line, 1)}), None


def load_config(path: Path, display: str) -> tuple[LoadedConfig | None, list[InputError]]:
    """Read and validate a config file (YAML, or a pyproject.toml table)."""
    if path.name == "pyproject.toml":
        doc, error = _pyproject_doc(path, display)
        if doc is None:
            return None, [error] if error else []
    else:
        docs, errors = load_file(path, display)
        if errors:
            return None, errors
        doc = docs[0] if docs else Document(display, 1, {}, {}, {})
    try:
        config = parse(Config, doc.data if doc.data is not None else {})
    except Invalid as exc:
        return None, model_errors(doc, exc, Config)
    return LoadedConfig(config, doc, path.parent), []


def _err(doc: Document, path: KeyPath, message: str, hint: str = "") -> InputError:
    p = doc.position(path)
    return InputError(doc.file, p.line, p.column, message, hint)


def _bands(pack: Pack, lc: LoadedConfig) -> tuple[dict[str, float | None], list[InputError]]:
    bands = dict(pack.bands)
    errors = []
    for name, limit in (lc.config.bands or {}).items():
        if name not in bands or bands[name] is None:
            bounded = [n for n, v in bands.items() if v is not None]
            errors.append(_err(lc.doc, ("bands", name), f"{name!r} is not a band with an upper limit", did_you_mean(name, bounded)))
        else:
            bands[name] = limit
    limits = [v for v in bands.values() if v is not None]
    if not errors and limits != sorted(limits):
        errors.append(_err(lc.doc, ("bands",), "band limits must rise from the first band to the last"))
    return bands, errors


def _assumptions(pack: Pack, lc: LoadedConfig) -> tuple[dict[str, Assumption], list[InputError]]:
    out = dict(pack.assumptions)
    errors = []
    for name, amount in lc.config.assumptions.items():
        name = RENAMED.get(name, name)  # old names still work; build_policy warns
        if name not in ASSUMPTION_NAMES:
            errors.append(_err(lc.doc, ("assumptions", name), f"unknown assumption {name!r}", did_you_mean(name, list(ASSUMPTION_NAMES))))
        elif amount <= 0:
            errors.append(_err(lc.doc, ("assumptions", name), f"assumption {name} must be more than 0"))
        else:
            out[name] = replace(out[name], value=amount)
    return out, errors


def _rule(rule: Rule, change: RuleSettings, lc: LoadedConfig, bands: dict[str, float | None]) -> tuple[Rule, list[InputError]]:
    data = dump(rule)
    for key, setting in dump(change).items():  # the keys the config gives (null included)
        old = data.get(key)
        data[key] = {**old, **setting} if isinstance(old, dict) and isinstance(setting, dict) and key in SEVERITIES and rule.check != "flag" else setting
    try:
        new = parse(Rule, data)
    except Invalid as exc:
        first = exc.errors[0]
        return rule, [_err(lc.doc, ("rules", rule.id), f"rule {rule.id}: {first['msg'].removeprefix('Value error, ')}")]
    errors = [_err(lc.doc, ("rules", rule.id, level, band), f"{band!r} is not a band", did_you_mean(band, list(bands)))
              for level in SEVERITIES if isinstance(v := getattr(change, level), dict) and rule.check != "flag"
              for band in v if band not in bands]
    return new, errors


def _matches_any(pattern: str, rules: dict[str, Rule]) -> bool:
    return any(r.startswith(pattern) for r in rules)


def _matches(rule_id: str, patterns: list[str]) -> bool:
    return any(rule_id.startswith(p) for p in patterns)


def build_policy(pack: Pack, lc: LoadedConfig | None, select: list[str] | None = None,
                 ignore: list[str] | None = None, fail_on: str | None = None,
                 allow_paths: list[Path] | None = None, exclude: list[str] | None = None) -> tuple[Policy | None, list[InputError]]:
    """Apply config and command-line choices to the pack; CLI --select replaces config's."""
    errors: list[InputError] = []
    rules = {r.id: r for r in pack.rules}
    bands, assumptions = pack.bands, pack.assumptions
    cfg = lc.config if lc else Config()
    if lc:
        bands, e1 = _bands(pack, lc)
        assumptions, e2 = _assumptions(pack, lc)
        errors += e1 + e2
        for rule_id, change in cfg.rules.items():
            if rule_id not in rules:
                errors.append(_err(lc.doc, ("rules", rule_id), f"{rule_id} is not a rule", did_you_mean(rule_id, list(rules))))
                continue
            rules[rule_id], e3 = _rule(rules[rule_id], change, lc, bands)
            errors += e3
    chosen_select = select if select else cfg.select
    chosen_ignore = [*cfg.ignore, *(ignore or [])]
    for pattern in [*(select or []), *(ignore or [])]:
        if not _matches_any(pattern, rules):
            errors.append(InputError("<command line>", 1, 1, f"{pattern!r} matches no rule",
                                     "See 'grantcheck rules' for the rule IDs"))
    for key in ("select", "ignore"):
        for i, pattern in enumerate(getattr(cfg, key) or []):
            if lc and not _matches_any(pattern, rules):
                errors.append(_err(lc.doc, (key, i), f"{pattern!r} matches no rule", "See 'grantcheck rules' for the rule IDs"))
    in_force = tuple(r for r in rules.values()
                     if (not chosen_select or _matches(r.id, chosen_select)) and not _matches(r.id, chosen_ignore))
    if errors:
        return None, errors
    final = Pack(rules=tuple(rules.values()), bands=bands, assumptions=assumptions,
                 vocabulary=pack.vocabulary)
    lim = cfg.limits
    old_names = () if lc is None else tuple(
        _err(lc.doc, ("assumptions", n), f"assumption {n} is now called {RENAMED[n]}",
             "Rename it; the old name will stop working in a later version")
        for n in cfg.assumptions if n in RENAMED)
    allowed = [*(lc.folder / p for p in cfg.allow_paths if lc), *(allow_paths or [])]
    return Policy(final, in_force, fail_on or cfg.fail_on or "error", tuple(cfg.waivers), cfg.scheme_waivers,
                  cfg.unused_waivers, lc.doc.file if lc else None,
                  Limits(lim.max_file_bytes, lim.max_values, lim.max_depth),
                  tuple(p.resolve() for p in allowed), tuple([*cfg.exclude, *(exclude or [])]),
                  deprecations=old_names), []
