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
        "max_run_characters, max_run_values, max_output_bytes, and for form and guidance documents "
        "max_document_bytes, max_decompressed_bytes, max_compression_ratio, "
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
    """Read and validate a config file (YAML, or a pyproject.toml table)."""
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
    try:
        config = parse(Config, doc.data if doc.data is not None else {})
    except Invalid as exc:
        return None, model_errors(doc, exc, Config)
    loaded = LoadedConfig(config, doc, path.parent)
    errors = _outside(loaded)
    return (None, errors) if errors else (loaded, [])


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
