"""Running one scheme: loaded, validated, measured against its documents, computed, judged.

A document (a form or guidance) given where a scheme file is expected gets a located error
that says what to do with it instead.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

from grantcheck.engine import evaluate
from grantcheck.errors import InputError
from grantcheck.findings import SchemeResult
from grantcheck.guidance_files import measure_documents
from grantcheck.load import Cost, Document, load_text
from grantcheck.metrics import Computed, compute
from grantcheck.pipeline_errors import rule_checks, too_many_checks
from grantcheck.policy import Policy
from grantcheck.units import in_currency
from grantcheck.validate import Parsed, validate


def check_text(
    text: str, name: str, scheme_file: Path, policy: Policy, cost: Cost | None = None
) -> tuple[list[SchemeResult], list[InputError]]:
    """Every scheme in ``text`` (named ``name``); guidance is read relative to ``scheme_file``."""
    docs, errors = load_text(text, name, policy.limits, cost)
    if len(docs) * rule_checks(policy) > policy.limits.max_run_rule_checks:
        return [], [*errors, too_many_checks(name, len(docs), policy)]  # (before any is checked)
    if not docs and not errors:
        errors.append(
            InputError(
                name, 1, 1, "the file holds no scheme", "Run 'grantcheck init' for a starter file"
            )
        )
    results = []
    for doc in docs:
        result, errs = check_document(doc, scheme_file, policy)
        errors += errs
        results += [result] if result is not None else []
    return results, errors


def check_document(
    doc: Document, scheme_file: Path, policy: Policy
) -> tuple[SchemeResult | None, list[InputError]]:
    """One scheme document (from a YAML file or a register row): validated, measured and judged."""
    parsed, errs = validate(doc)
    if parsed is None:
        return None, errs
    with in_currency(parsed.scheme.currency):  # every sum said in a finding or note, in it
        return _checked(parsed, scheme_file, policy)


def _checked(
    parsed: Parsed, scheme_file: Path, policy: Policy
) -> tuple[SchemeResult | None, list[InputError]]:
    """A valid scheme measured against its documents, computed and judged."""
    doc = parsed.doc
    # a document that cannot be read is a located error, and the scheme is still reported,
    # with what that document could hold not known (the brief: the others are still checked)
    documents, doc_errors = measure_documents(parsed, scheme_file, policy)
    if doc_errors and documents is None:
        return None, doc_errors
    scheme, measured, guidance = parsed.scheme, None, None
    if documents is not None:  # facts measured from the documents meet the stated ones
        from grantcheck.engine_waivers import waives
        from grantcheck.measured import apply

        waived = waives(parsed, "GC002", policy)  # each stated fact a waiver covers stands
        scheme, measured = apply(scheme, documents, waived, policy.pack.assumption_values)
        guidance = documents.guidance
    pack = policy.pack
    computed = compute(
        scheme, pack.bands, pack.assumption_values, guidance, pack.vocabulary, measured
    )
    if errs := _not_finite(doc, computed):  # never 'Infinity' or 'nan' in a report
        return None, doc_errors + errs
    result, errs = evaluate(parsed, computed, policy, documents.everything if documents else None)
    if result is not None and documents is not None and documents.paths:
        result = dataclasses.replace(result, sources=tuple(documents.paths))
    return result, doc_errors + errs


def _not_finite(doc: Document, computed: Computed) -> list[InputError]:
    """A located error for the first metric too large to compute (the others follow from it)."""
    for m in computed.metrics.values():
        if isinstance(m.value, float) and not math.isfinite(m.value):
            p = doc.position(m.path)
            return [
                InputError(
                    doc.file,
                    p.line,
                    p.column,
                    f"{m.name} cannot be computed: the numbers it comes from are too large",
                    "Check the amounts and the config's assumptions",
                )
            ]
    return []


# a form or guidance document named where a scheme file is expected
DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".pdf", ".docx", ".doc", ".html", ".htm", ".odt")


def not_a_scheme(path: Path, name: str) -> InputError | None:
    """A document or grantcheck's own config file given to ``check``: say what to do with it
    instead (read as a scheme, the config gave one error for each scheme key it lacks, as a
    shell's '*.yaml' or pre-commit's 'types: [yaml]' names it); None for any other file."""
    import shlex

    from grantcheck.config_files import CONFIG_NAMES
    from grantcheck.safe_text import clip

    if path.name in CONFIG_NAMES:
        return InputError(
            name,
            1,
            1,
            "this is grantcheck's config file, not a scheme file: check reads it itself",
            "Name the scheme files or their folder (a folder's search skips it); with "
            "pre-commit, narrow the hook to your schemes with 'files:'",
        )
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        return None
    shown = clip(shlex.quote(name), 80)
    return InputError(
        name,
        1,
        1,
        "this is a document (a form or guidance), not a scheme file",
        f"Measure it with 'grantcheck measure {shown}', or start a scheme file from it with "
        f"'grantcheck init --from {shown}' and check that",
    )
