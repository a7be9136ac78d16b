"""The policy in force: the rule pack with the config file and command-line choices applied.

The engine reads a ``Policy``; ``build_policy`` makes one, or says why it cannot
(each problem located in the config file or on the command line).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from grantcheck.config import Config, ConfigWaiver, LoadedConfig, RuleSettings
from grantcheck.effort_assumptions import ASSUMPTION_NAMES, PLAUSIBLE, RENAMED, Assumption
from grantcheck.errors import InputError, did_you_mean, rule_hint
from grantcheck.findings import UNUSED_WAIVER, UnusedWaivers
from grantcheck.frozen import frozen_dataclass
from grantcheck.limits import Limits, settle
from grantcheck.load import Document, KeyPath
from grantcheck.model import dump
from grantcheck.parsing import Invalid, parse
from grantcheck.patterns import pattern_errors
from grantcheck.rulecheck import rule_problems
from grantcheck.rulepack import SEVERITIES, Pack, Rule
from grantcheck.rulepack_basis import basis_text, set_in
from grantcheck.units import number


@frozen_dataclass
class Policy:
    """The rules in force: the pack after config, the selected rules, and ``fail_on``."""

    pack: Pack
    rules: tuple[Rule, ...]
    fail_on: str
    waivers: tuple[ConfigWaiver, ...] = ()
    scheme_waivers: bool = True
    unused_waivers: UnusedWaivers = "warning"
    config_file: str | None = None
    limits: Limits = Limits()
    allow_paths: tuple[Path, ...] = ()
    exclude: tuple[str, ...] = ()
    rule_folders: tuple[
        Path, ...
    ] = ()  # every folder rules were read from (outputs must not replace them)
    deprecations: tuple[InputError, ...] = ()  # old names that still work: the CLI warns

    @cached_property
    def rule_ids(self) -> frozenset[str]:
        """The IDs of the rules in force (computed once per run)."""
        return frozenset(r.id for r in self.rules)


def _err(doc: Document, path: KeyPath, message: str, hint: str = "") -> InputError:
    p = doc.position(path)
    return InputError(doc.file, p.line, p.column, message, hint)


def _shown(amount: float) -> str:
    """An assumption as written, short even when absurd (1e+308, not 309 digits)."""
    if not 1e-6 <= abs(amount) < 1e9:
        return f"{amount:.3g}"
    return number(amount, 0) if float(amount).is_integer() else f"{amount:.6g}"


def _bands(pack: Pack, lc: LoadedConfig) -> tuple[dict[str, float | None], list[InputError]]:
    bands = dict(pack.bands)
    errors = []
    for name, limit in (lc.config.bands or {}).items():
        if name not in bands or bands[name] is None:
            bounded = [n for n, v in bands.items() if v is not None]
            errors.append(
                _err(
                    lc.doc,
                    ("bands", name),
                    f"{name!r} is not a band with an upper limit",
                    did_you_mean(name, bounded),
                )
            )
        else:
            bands[name] = limit
    limits = [v for v in bands.values() if v is not None]
    if not errors and limits != sorted(limits):
        errors.append(
            _err(
                lc.doc,
                ("bands",),
                "band limits must rise from the first band to the last",
                f"Give each band a higher limit than the one before it, in this order: "
                f"{', '.join(n for n, v in bands.items() if v is not None)}",
            )
        )
    return bands, errors


def _assumptions(pack: Pack, lc: LoadedConfig) -> tuple[dict[str, Assumption], list[InputError]]:
    out = dict(pack.assumptions)
    errors = []
    for name, amount in lc.config.assumptions.items():
        name = RENAMED.get(name, name)  # old names still work; build_policy warns
        if name not in ASSUMPTION_NAMES:
            errors.append(
                _err(
                    lc.doc,
                    ("assumptions", name),
                    f"unknown assumption {name!r}",
                    did_you_mean(name, list(ASSUMPTION_NAMES)),
                )
            )
        elif not PLAUSIBLE[name][0] <= amount <= PLAUSIBLE[name][1]:
            low, high = (number(n, 2) for n in PLAUSIBLE[name])
            errors.append(
                _err(
                    lc.doc,
                    ("assumptions", name),
                    f"assumption {name} must be between {low} and {high} "
                    f"{out[name].unit}, not {_shown(amount)}",
                    f"grantcheck's default is {number(out[name].value, 2)}",
                )
            )
        else:
            # the council's value, credited to its config, not to the default's reason
            local = basis_text(set_in(lc.doc.file), shipped=False) + "."
            out[name] = replace(out[name], value=amount, basis=local)
    return out, errors


# A figure in advice ("at least four weeks", "£5 million", "60 or more"): a word at a time, so
# nothing here can backtrack.
_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b")


def _local_advice(rule: Rule, file: str) -> str:
    """The advice of a rule whose limits a config sets: advice that names a figure was written
    for the pack's limits, so it is said to be, after the local limits it must not contradict
    (a council that asks for 42 days should not be told 'at least four weeks')."""
    if not _FIGURE.search(rule.advice):
        return rule.advice
    whose = "grantcheck's" if rule.shipped else "the rule file's"
    return (
        f"Meet the limits of {basis_text(set_in(file), shipped=False)}. "
        f"{whose} general advice, written for its own limits: "
        f"{rule.advice[:1].lower()}{rule.advice[1:]}"
    )


def _rule(
    rule: Rule, change: RuleSettings, lc: LoadedConfig, bands: dict[str, float | None]
) -> tuple[Rule, list[InputError]]:
    """One rule with the config's changes: per-band limits merge with the pack's, anything else
    replaces."""
    data = dump(rule)
    data.pop("shipped", None)  # the loader's mark, not a rule file's key
    settings = dump(change)
    for key, setting in settings.items():  # the keys the config gives (null included)
        old = data.get(key)
        merge = (
            isinstance(old, dict)
            and isinstance(setting, dict)
            and key in SEVERITIES
            and rule.check != "flag"
        )
        data[key] = {**old, **setting} if merge else setting
    limits_changed = any(key in settings for key in (*SEVERITIES, "min_words"))
    if limits_changed:  # new limits are the council's, not the pack's
        data["basis"] = [dump(set_in(lc.doc.file))]
        data["advice"] = _local_advice(rule, lc.doc.file)
    try:
        new = parse(Rule, data)
    except Invalid as exc:
        first = exc.errors[0]
        return rule, [
            _err(
                lc.doc,
                ("rules", rule.id),
                f"rule {rule.id}: {first['msg'].removeprefix('Value error, ')}",
                f"See 'grantcheck explain {rule.id}' for its levels as the rule pack writes them",
            )
        ]
    if not limits_changed:
        new = replace(new, shipped=rule.shipped)
    given = dump(change)  # the rule language's checks, on the levels this config changes
    errors = [
        _err(lc.doc, ("rules", rule.id, *path), message, hint)
        for path, message, hint in rule_problems(data, list(bands), given)
        if path[0] in given
    ]
    return new, errors


def _changed_rules(
    rules: dict[str, Rule], lc: LoadedConfig, bands: dict[str, float | None]
) -> tuple[dict[str, Rule], list[InputError]]:
    """The rules with the config's ``rules:`` changes applied."""
    out, errors = dict(rules), []
    for rule_id, change in lc.config.rules.items():
        if rule_id not in out:
            errors.append(
                _err(
                    lc.doc,
                    ("rules", rule_id),
                    f"{rule_id} is not a rule",
                    rule_hint(rule_id, list(out)),
                )
            )
            continue
        out[rule_id], found = _rule(out[rule_id], change, lc, bands)
        errors += found
    return out, errors


def _matches(rule_id: str, patterns: list[str]) -> bool:
    return any(rule_id.startswith(p) for p in patterns)


def _unused_waivers(
    severity: UnusedWaivers, select: list[str] | None, ignore: list[str]
) -> UnusedWaivers:
    """GC001's severity, or "ignore" when select or ignore leave it out (as for any rule)."""
    chosen = not select or _matches(UNUSED_WAIVER.id, select)
    return severity if chosen and not _matches(UNUSED_WAIVER.id, ignore) else "ignore"


def build_policy(
    pack: Pack,
    lc: LoadedConfig | None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    fail_on: str | None = None,
    allow_paths: list[Path] | None = None,
    exclude: list[str] | None = None,
) -> tuple[Policy | None, list[InputError]]:
    """Apply config and command-line choices to the pack; CLI --select replaces config's."""
    cfg = lc.config if lc else Config()
    rules = {r.id: r for r in pack.rules}
    bands, assumptions, errors = pack.bands, pack.assumptions, []
    if lc:
        bands, band_errors = _bands(pack, lc)
        assumptions, assumption_errors = _assumptions(pack, lc)
        rules, rule_errors = _changed_rules(rules, lc, bands)
        errors = band_errors + assumption_errors + rule_errors
    errors += pattern_errors(rules, lc, cfg, select or [], ignore or [], exclude or [])
    limits, problems = settle(cfg.limits)
    if lc is not None:
        errors += [_err(lc.doc, ("limits", key), message, hint) for key, message, hint in problems]
    if errors:
        return None, errors
    chosen_select = select if select else cfg.select
    chosen_ignore = [*cfg.ignore, *(ignore or [])]
    in_force = tuple(
        r
        for r in rules.values()
        if (not chosen_select or _matches(r.id, chosen_select))
        and not _matches(r.id, chosen_ignore)
    )
    final = Pack(
        rules=tuple(rules.values()),
        bands=bands,
        assumptions=assumptions,
        vocabulary=pack.vocabulary,
        guide=pack.guide,
    )
    allowed = [*(lc.folder / p for p in cfg.allow_paths if lc), *(allow_paths or [])]
    return Policy(
        final,
        in_force,
        fail_on or cfg.fail_on or "error",
        tuple(cfg.waivers),
        cfg.scheme_waivers,
        _unused_waivers(cfg.unused_waivers, chosen_select, chosen_ignore),
        lc.doc.file if lc else None,
        limits,
        tuple(p.resolve() for p in allowed),
        (*cfg.exclude, *(exclude or [])),
        deprecations=_old_names(lc),
    ), []


def _old_names(lc: LoadedConfig | None) -> tuple[InputError, ...]:
    """A warning for each assumption given by a name that has changed (it still works, for now)."""
    if lc is None:
        return ()
    return tuple(
        _err(
            lc.doc,
            ("assumptions", n),
            f"assumption {n} is now called {RENAMED[n]}",
            "Rename it; the old name will stop working in a later version",
        )
        for n in lc.config.assumptions
        if n in RENAMED
    )
