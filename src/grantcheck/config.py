"""The config file: its keys as models, read and validated.

Where the file is found is config_files.py; how it changes the rule pack is
policy.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from grantcheck.config_files import CONFIG_NAMES, discover, pyproject_doc
from grantcheck.errors import InputError
from grantcheck.findings import Severity, UnusedWaivers
from grantcheck.frozen import frozen_dataclass
from grantcheck.load import Document, load_file
from grantcheck.model import LAX, UNSET, Constraints, described_field, model
from grantcheck.model_errors import model_errors
from grantcheck.parsing import Invalid, parse
from grantcheck.trust import escapes, folder_problem, project_root

# where the file is found, too
__all__ = ["CONFIG_NAMES", "Config", "LoadedConfig", "discover", "load_config"]

FailOn = Literal["error", "warning", "info", "never"]
# A figure in config is a number as written: `true` is not 1 nor `'500'` 500 (a yes/no or
# quoted text where a figure belongs is a slip to report, never a value to convert)
Figure = Annotated[float, Constraints(strict=True)]
Whole = Annotated[int, Constraints(strict=True)]


@model(LAX)
class RuleSettings:
    """Changes to one rule: its severity, limits (per band or for all), or unknown handling."""

    # A level may be set to null (no such level), so a key not given is UNSET.
    severity: Severity | None = UNSET
    warning: Any = UNSET
    error: Any = UNSET
    info: Any = UNSET
    unknown: Literal["warning", "info", "ignore"] | None = UNSET
    # a rate over fewer words is judged as over this many
    min_words: Whole | None = UNSET


@model(LAX)
class ConfigWaiver:
    """A waiver kept in config, which the organisation controls, for schemes by ID (wildcards allowed)."""  # noqa: E501 (the schema's description)

    scheme: Annotated[str, Constraints(description="A scheme ID, or a pattern such as 'winter-*'.")]
    rule: Annotated[str, Constraints(pattern=r"^[A-Z]+[0-9]+$")]
    reason: Annotated[str, Constraints(min_length=1, pattern=r"\S")]
    key: Annotated[str, Constraints(pattern=r"^[A-Za-z0-9_*?.]+$")] | None = described_field(
        "GC002 only: the stated key whose disagreement this waives.", default=None
    )


@model(LAX)
class Config:
    """The config file's keys."""

    select: list[str] | None = described_field(
        "Rule IDs or prefixes to run (default: all).", default=None
    )
    ignore: list[str] = described_field("Rule IDs or prefixes to skip.", factory=list)
    fail_on: FailOn | None = described_field(
        "The lowest severity that makes the exit code 1.", default=None
    )
    rule_folders: list[str] = described_field(
        "Folders of local rule files, relative to this file.", factory=list
    )
    bands: dict[str, Annotated[float, Constraints(gt=0, strict=True)]] | None = described_field(
        "Upper limits (inclusive) of the award bands, by name.", default=None
    )
    assumptions: dict[str, Figure] = described_field("Effort assumptions, by name.", factory=dict)
    rules: dict[str, RuleSettings] = described_field("Changes to rules, by rule ID.", factory=dict)
    waivers: list[ConfigWaiver] = described_field(
        "Waivers the organisation grants, by scheme ID.", factory=list
    )
    scheme_waivers: bool = described_field(
        "false: refuse waivers written in scheme files.", default=True
    )
    limits: dict[str, Whole] = described_field(
        "Lower what one file, one run or one output may cost, or raise it up to "
        "grantcheck's ceiling "
        "(see SECURITY.md): max_file_bytes, max_values, max_depth, max_documents, "
        "max_baseline_bytes, "
        "max_run_characters, max_run_values, max_run_rule_checks, max_output_bytes, and for form "
        "and guidance documents "
        "max_document_bytes, max_decompressed_bytes, max_compression_ratio, max_document_elements, "
        "max_document_characters, "
        "max_document_pages, max_document_fields, max_document_objects, max_document_seconds, "
        "max_run_document_characters, "
        "max_run_document_pages, max_run_document_seconds.",
        factory=dict,
    )
    exclude: list[str] = described_field(
        "Glob patterns of files and folders to skip when searching folders.", factory=list
    )
    allow_paths: list[str] = described_field(
        "More folders guidance may be read from, relative to this file; inside this "
        "file's repository "
        "(a folder outside it only with --allow-path on the command line).",
        factory=list,
    )
    unused_waivers: UnusedWaivers = described_field(
        "The severity of a finding for a waiver that matches no finding (GC001).", default="warning"
    )


@frozen_dataclass
class LoadedConfig:
    """A config and where it came from (for relative paths and error positions)."""

    config: Config
    doc: Document
    folder: Path


def load_config(path: Path, display: str) -> tuple[LoadedConfig | None, list[InputError]]:
    """Read and validate a config file (YAML, or a pyproject.toml table). With errors, the
    config is what validates without its wrong values (or None), for the later checks only:
    any error refuses it."""
    if escapes(path):
        return None, [
            InputError(
                display,
                1,
                1,
                "the config file is a symbolic link to a file outside the repository",
                "Copy the config into the repository, or name it with --config",
            )
        ]
    if path.name == "pyproject.toml":
        doc, error = pyproject_doc(path, display)
        if doc is None:
            return None, [error] if error else []
    else:
        docs, errors = load_file(path, display)
        if errors:
            return None, errors
        doc = docs[0] if docs else Document(display, 1, {}, {}, {})
    data = doc.data if doc.data is not None else {}
    errors = []
    try:
        config: Config | None = parse(Config, data)
    except Invalid as exc:
        errors = model_errors(doc, exc, Config)
        config = _salvaged(data, [tuple(e["loc"]) for e in exc.errors])
    if config is None:
        return None, errors
    loaded = LoadedConfig(config, doc, path.parent)
    if outside := _outside(loaded):  # never read: the config is refused, its folders unopened
        errors += outside
        loaded = LoadedConfig(
            parse(Config, {**data, "allow_paths": [], "rule_folders": []}), doc, path.parent
        )
    return loaded, errors


def _salvaged(data: Any, wrong: list[tuple[Any, ...]]) -> Config | None:
    """The config without its wrong values (a rule's, a limit's, else the whole key's), so the
    checks that follow report their mistakes in the same run, as linters do (trial16: one
    mistake a run, 'fail_onn' then 'reading_wpm'); None if it still does not validate."""
    if not isinstance(data, dict):
        return None
    kept = dict(data)
    for loc in wrong:
        if not loc:
            return None
        inner = kept.get(loc[0])
        if isinstance(inner, dict) and len(loc) > 1 and loc[1] in inner:
            kept[loc[0]] = {k: v for k, v in inner.items() if k != loc[1]}
        else:  # (a list's item is not dropped alone: the items after it would move)
            kept.pop(loc[0], None)
    try:
        return parse(Config, kept)
    except Invalid:
        return None


def _outside(lc: LoadedConfig) -> list[InputError]:
    """Folders the config names outside its repository: only the command line may open those."""
    root = project_root(lc.folder / "grantcheck.yaml")
    hints = {
        "allow_paths": "Allow the folder on the command line with --allow-path instead",
        "rule_folders": "Add the folder on the command line with --rules instead",
    }
    errors = []
    for key in ("allow_paths", "rule_folders"):
        for i, name in enumerate(getattr(lc.config, key)):
            problem = folder_problem(lc.folder / name, root, name)
            if problem is not None:
                p = lc.doc.position((key, i))
                errors.append(
                    InputError(lc.doc.file, p.line, p.column, f"{key}: {problem}", hints[key])
                )
    return errors
