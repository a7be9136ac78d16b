"""Baselines: record today's findings by stable fingerprint, then report only new ones.

A fingerprint is rule, scheme ID and metric (and the part, for a rule that gives one scheme
several findings: GC002, GC001), never a line number, so moving lines in a scheme file does not
make old findings look new, and a baseline holding one part never hides another. Each entry
also records its severity: a finding that has since become more severe (a warning now an
error) is new, as it is in ``diff``, so an edit that crosses an error limit cannot pass CI as
"known".
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Container, Mapping
from collections.abc import Set as AbstractSet

from grantcheck.findings import SEVERITY_RANK, Finding, SchemeResult
from grantcheck.safe_text import whole_text

BASELINE_VERSION = 1


class Known(frozenset[str]):
    """The fingerprints of a baseline, with the severity each was recorded at (an entry written
    before severities were recorded has none, and matches at any severity) and the scheme ID
    it is about (so that a run checking only some schemes calls no other scheme's entry
    stale)."""

    severity: Mapping[str, str]
    scheme: Mapping[str, str]

    def __new__(
        cls, recorded: Mapping[str, str | None], schemes: Mapping[str, str] | None = None
    ) -> Known:
        known = super().__new__(cls, recorded)
        known.severity = {fp: sev for fp, sev in recorded.items() if sev is not None}
        known.scheme = dict(schemes or {})
        return known

    def __reduce__(
        self,
    ) -> tuple[type[Known], tuple[dict[str, str | None], dict[str, str]]]:
        return (Known, (dict.fromkeys(self) | dict(self.severity), dict(self.scheme)))


def stale(known: AbstractSet[str], found: AbstractSet[str], checked: Container[str]) -> list[str]:
    """The baseline's entries that matched no finding of a scheme this run checked, sorted: an
    entry about a scheme not checked (pre-commit passes only the files changed) is not stale.
    An entry that names no scheme is judged by the run, as before schemes were read."""
    about = getattr(known, "scheme", {})
    return sorted(fp for fp in known - found if fp not in about or about[fp] in checked)


def write_entries(found: set[tuple[str, str, str, str, str, str]]) -> str:
    """The baseline file for (fingerprint, rule, scheme, metric, file, severity) entries."""
    entries = sorted(found)
    doc = {
        "grantcheck_baseline": BASELINE_VERSION,
        "findings": [
            # a name that is not UTF-8 shown escaped, as the fingerprint has it: JSON holds text
            {"fingerprint": fp, "rule": r, "scheme": whole_text(s), "metric": m}
            | {"file": whole_text(f), "severity": sev}
            for fp, r, s, m, f, sev in entries
        ],
    }
    return json.dumps(doc, indent=2) + "\n"


def parse(text: str) -> Known | str:
    """The fingerprints in a baseline file, or a message saying what is wrong with it."""
    from grantcheck import baseline_json

    try:
        found = baseline_json.read(text)  # a finding at a time: see baseline_json
    except json.JSONDecodeError as exc:
        return f"not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    except baseline_json.Shape as exc:
        return str(exc)
    except ValueError as exc:  # such as an integer of thousands of digits
        return f"not readable ({str(exc).split(';')[0]})"
    if found.version != BASELINE_VERSION:
        return baseline_json.NOT_BASELINE
    if not found.listed:
        return baseline_json.NOT_LIST
    if any(str("error" if s is None else s) not in SEVERITY_RANK for s in found.severities):
        return 'not readable (each "severity" must be "error", "warning" or "info")'
    return Known(found.severity, found.scheme)  # names in whole text, as fingerprints have them


def _is_known(f: Finding, known: AbstractSet[str]) -> bool:
    """True when the baseline holds ``f`` at its severity or a graver one."""
    if f.fingerprint not in known:
        return False
    was = getattr(known, "severity", {}).get(f.fingerprint)
    return was is None or SEVERITY_RANK[f.severity] >= SEVERITY_RANK[was]


def mark(s: SchemeResult, known: AbstractSet[str]) -> SchemeResult:
    """One scheme's findings marked new or unchanged."""
    return dataclasses.replace(
        s,
        findings=tuple(
            dataclasses.replace(f, baseline="unchanged" if _is_known(f, known) else "new")
            for f in s.findings
        ),
    )
