"""Limits: what one input file, one run and one output may cost, and the ceilings above them.

grantcheck runs on pull requests anyone may open, so every input is bounded.
Each limit has a default and a hard ceiling. A config file's ``limits:`` may
lower a limit, or raise it up to its ceiling, never beyond: the ceilings are
grantcheck's own judgement of what a runner can afford (30 s and 1 GB for the
worst input), and no file in a repository can lift them.

Every row of ``TABLE`` is one config key; ``Limits`` holds the values in force.
The README and SECURITY.md print this table (``table_markdown``).
"""

from __future__ import annotations

from typing import Any

from grantcheck.frozen import frozen_dataclass


@frozen_dataclass
class Limit:
    """One limit: its config key, default, ceiling, what it counts and over what."""

    key: str
    default: int
    ceiling: int
    scope: str  # "file", "run" or "output"
    counts: str


PACKED_BYTES = 40  # bytes of packed objects a PDF may hold for each of max_document_objects
PADDING_BYTES = 40  # bytes of white space and comments in its objects' headers, the same

TABLE: tuple[Limit, ...] = (
    Limit(
        "max_file_bytes", 2_000_000, 20_000_000, "file", "bytes in one scheme, config or rule file"
    ),
    Limit(
        "max_values",
        100_000,
        500_000,
        "file",
        "values one file expands to after YAML aliases, all its documents together",
    ),
    Limit("max_depth", 50, 200, "file", "levels of nesting of mappings and lists"),
    Limit("max_documents", 1_000, 10_000, "file", "YAML documents (schemes) in one file"),
    Limit(
        "max_errors_per_file",
        100,
        100_000,
        "file",
        "input errors reported for one file (a closing line counts the rest)",
    ),
    # (ceiling: read a finding at a time (baseline_json.py), junk is refused where it starts and
    # 40 MB of the smallest findings, 1.6 million, peak under 300 MB; a real one is 250 bytes)
    Limit("max_baseline_bytes", 20_000_000, 40_000_000, "file", "bytes in a baseline file"),
    Limit(
        "max_run_characters",
        100_000_000,
        400_000_000,
        "run",
        "characters of scheme files read in one run",
    ),
    Limit(
        "max_run_values", 5_000_000, 20_000_000, "run", "values loaded from scheme files in one run"
    ),
    # each rule and config waiver is weighed against every scheme: 12,000 local rules against
    # 1,000 schemes took 30 processor seconds (about 2.5 microseconds a check; a waiver 0.5), a
    # council's run a few hundred thousand (60 rules and 100 waivers, 2,000 schemes)
    Limit(
        "max_run_rule_checks",
        10_000_000,
        50_000_000,
        "run",
        "rules and config waivers weighed against schemes in one run (each scheme counts once "
        "for each rule in force and each waiver)",
    ),
    Limit(
        "max_output_bytes",
        200_000_000,
        2_000_000_000,
        "output",
        "bytes in one report or baseline written",
    ),
    # Form and guidance documents (grantcheck.documents.budget charges its readers to these).
    Limit(
        "max_document_bytes",
        20_000_000,
        100_000_000,
        "document",
        "bytes in one form or guidance document",
    ),
    Limit(
        "max_decompressed_bytes",
        200_000_000,
        1_000_000_000,
        "document",
        "bytes a Word document unpacks to",
    ),
    Limit(
        "max_compression_ratio",
        200,
        1_000,
        "document",
        "how many times smaller than its contents a Word document's zip may be",
    ),
    # python-docx parses every XML part whole, about 130 bytes an element, and reading the body
    # costs as much again (6.6 million empty paragraphs in a 320 KB file took 2.3 GB)
    Limit(
        "max_document_elements",
        1_000_000,
        3_000_000,
        "document",
        "XML elements in one Word document's parts",
    ),
    Limit(
        "max_document_characters",
        5_000_000,
        50_000_000,
        "document",
        "characters of text read from one document",
    ),
    Limit("max_document_pages", 2_000, 10_000, "document", "pages in one PDF"),
    # pypdf builds about 4 KB for each field it parses: 50,000 take about 300 MB in all
    Limit(
        "max_document_fields",
        10_000,
        50_000,
        "document",
        "form fields and other annotations in one PDF",
    ),
    # pypdf parses every object of a compressed object stream when one is reached: about 1 KB
    # for each small one (a dictionary), 35 bytes for each byte of packed numbers ('0 0 0 ...');
    # and it reads the whole cross-reference as it opens a file, about 220 bytes an entry
    Limit(
        "max_document_objects",
        100_000,
        500_000,
        "document",
        "objects one PDF's cross-reference names (its tables' and streams' entries, or object "
        f"headers), or packs in compressed object streams (and {PACKED_BYTES} bytes of them for "
        f"each, and {PADDING_BYTES} of white space or comments in their headers)",
    ),
    Limit(
        "max_document_seconds", 30, 120, "document", "processor seconds spent reading one document"
    ),
    Limit(
        "max_run_document_characters",
        20_000_000,
        200_000_000,
        "run",
        "characters of text read from documents in one run",
    ),
    Limit("max_run_document_pages", 10_000, 50_000, "run", "PDF pages read in one run"),
    Limit(
        "max_run_document_seconds",
        120,
        600,
        "run",
        "processor seconds spent reading documents in one run",
    ),
)
BY_KEY = {limit.key: limit for limit in TABLE}
DEFAULTS = {limit.key: limit.default for limit in TABLE}


@frozen_dataclass
class Limits:
    """The limits in force (defaults from ``TABLE``; a config may change them within the
    ceilings)."""

    max_file_bytes: int = DEFAULTS["max_file_bytes"]
    max_values: int = DEFAULTS["max_values"]
    max_depth: int = DEFAULTS["max_depth"]
    max_documents: int = DEFAULTS["max_documents"]
    max_errors_per_file: int = DEFAULTS["max_errors_per_file"]
    max_baseline_bytes: int = DEFAULTS["max_baseline_bytes"]
    max_run_characters: int = DEFAULTS["max_run_characters"]
    max_run_values: int = DEFAULTS["max_run_values"]
    max_run_rule_checks: int = DEFAULTS["max_run_rule_checks"]
    max_output_bytes: int = DEFAULTS["max_output_bytes"]
    max_document_bytes: int = DEFAULTS["max_document_bytes"]
    max_decompressed_bytes: int = DEFAULTS["max_decompressed_bytes"]
    max_compression_ratio: int = DEFAULTS["max_compression_ratio"]
    max_document_elements: int = DEFAULTS["max_document_elements"]
    max_document_characters: int = DEFAULTS["max_document_characters"]
    max_document_pages: int = DEFAULTS["max_document_pages"]
    max_document_fields: int = DEFAULTS["max_document_fields"]
    max_document_objects: int = DEFAULTS["max_document_objects"]
    max_document_seconds: int = DEFAULTS["max_document_seconds"]
    max_run_document_characters: int = DEFAULTS["max_run_document_characters"]
    max_run_document_pages: int = DEFAULTS["max_run_document_pages"]
    max_run_document_seconds: int = DEFAULTS["max_run_document_seconds"]


def run_spent(limits: Limits, values: int, characters: int, checks: int = 0) -> str | None:
    """What this run has spent beyond its budget, or None while it lasts."""
    if checks > limits.max_run_rule_checks:
        return (
            f"{checks:,} rule checks (limit {limits.max_run_rule_checks:,}, "
            "limits.max_run_rule_checks)"
        )
    if values > limits.max_run_values:
        return f"{values:,} values (limit {limits.max_run_values:,}, limits.max_run_values)"
    if characters > limits.max_run_characters:
        return (
            f"{characters:,} characters (limit {limits.max_run_characters:,}, "
            "limits.max_run_characters)"
        )
    return None


def raise_hint(key: str) -> str:
    """How a user may raise a limit, and how far."""
    return f"limits.{key} in the config raises it, up to {BY_KEY[key].ceiling:,}"


def settle(given: dict[str, Any]) -> tuple[Limits, list[tuple[str, str, str]]]:
    """The limits a config asks for, and (key, message, hint) for each it may not have."""
    from grantcheck.errors import did_you_mean

    values: dict[str, int] = {}
    problems: list[tuple[str, str, str]] = []
    for key, amount in given.items():
        limit = BY_KEY.get(key)
        if limit is None:
            problems.append((key, f"unknown limit {key!r}", did_you_mean(key, list(BY_KEY))))
        elif isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            problems.append((key, f"limits.{key} must be a whole number above 0", ""))
        elif amount > limit.ceiling:
            problems.append(
                (
                    key,
                    f"limits.{key} is {amount:,}, above grantcheck's ceiling of "
                    f"{limit.ceiling:,}, which no config can lift",
                    "Lower it; see SECURITY.md for why the ceilings exist",
                )
            )
        else:
            values[key] = amount
    return Limits(**values), problems


def table_markdown() -> str:
    """The limits as a Markdown table (for SECURITY.md)."""
    rows = ["| config key | per | counts | default | ceiling |", "| --- | --- | --- | --: | --: |"]
    rows += [
        f"| `{lim.key}` | {lim.scope} | {lim.counts} | {lim.default:,} | {lim.ceiling:,} |"
        for lim in TABLE
    ]
    return "\n".join(rows) + "\n"
