"""Baselines: record today's findings by stable fingerprint, then report only new ones.

A fingerprint is rule, scheme ID and metric, never a line number, so moving
lines in a scheme file does not make old findings look new.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Set as AbstractSet
from typing import Any

from grantcheck.findings import SchemeResult

BASELINE_VERSION = 1


def write_entries(found: set[tuple[str, str, str, str, str]]) -> str:
    """The baseline file for (fingerprint, rule, scheme, metric, file) entries."""
    entries = sorted(found)
    doc = {
        "grantcheck_baseline": BASELINE_VERSION,
        "findings": [
            {"fingerprint": fp, "rule": r, "scheme": s, "metric": m, "file": f}
            for fp, r, s, m, f in entries
        ],
    }
    return json.dumps(doc, indent=2) + "\n"


def parse(text: str) -> set[str] | str:
    """The fingerprints in a baseline file, or a message saying what is wrong with it."""
    try:
        doc: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    except RecursionError:
        return "nested too deeply to read (a baseline is a flat list of findings)"
    except ValueError as exc:  # such as an integer of thousands of digits
        return f"not readable ({str(exc).split(';')[0]})"
    if not isinstance(doc, dict) or doc.get("grantcheck_baseline") != BASELINE_VERSION:
        return 'not a grantcheck baseline (it has no "grantcheck_baseline": 1)'
    findings = doc.get("findings")
    if not isinstance(findings, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in findings
    ):
        return 'its "findings" must be a list of objects with a "fingerprint"'
    return {e["fingerprint"] for e in findings}


def mark(s: SchemeResult, known: AbstractSet[str]) -> SchemeResult:
    """One scheme's findings marked new or unchanged."""
    return dataclasses.replace(
        s,
        findings=tuple(
            dataclasses.replace(f, baseline="unchanged" if f.fingerprint in known else "new")
            for f in s.findings
        ),
    )
