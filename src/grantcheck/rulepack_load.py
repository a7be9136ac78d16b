"""Reading a rule pack from its folders, and locating every error in it.

The shipped pack is read quickly (no positions); any other folder, or any error, gets the
careful reader, which keeps a position for every key so that an error can point at it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from grantcheck.effort_assumptions import ASSUMPTION_NAMES, Assumption
from grantcheck.effort_inputs import Vocabulary
from grantcheck.errors import InputError
from grantcheck.load import Position, load_file
from grantcheck.model_errors import model_errors
from grantcheck.parsing import Invalid, parse
from grantcheck.rulecheck import rule_problems
from grantcheck.rulepack import Band, Citation, Pack, PackFile, Rule, default_pack_dir
from grantcheck.trust import escapes

# Each file of a pack: the file parsed, its document with positions (None when read
# quickly) and its data as written (what rulecheck reads: parsing fills in defaults).
Read = tuple[PackFile, Any, dict[str, Any]]


def _read_shipped(folder: Path) -> list[Read] | None:
    """The pack grantcheck ships, read quickly: libyaml straight to Python, no positions kept.

    Positions only matter for errors, and the shipped pack has none (tests read it
    both ways). None on any doubt, and the careful reader then explains.
    """
    try:
        texts = tuple(path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.y*ml")))
    except (OSError, UnicodeDecodeError):
        return None
    parsed = _parsed(texts)
    return None if parsed is None else list(parsed)


@lru_cache(maxsize=4)
def _parsed(texts: tuple[str, ...]) -> tuple[Read, ...] | None:
    """The files' texts parsed, once a process for the same texts: a process that checks many
    times (the tests' in-process CLI calls) reads the pack once, and an edited file is new
    text, read afresh. What it gives is shared, so never changed (the models are frozen)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return tuple(
            (parse(PackFile, data), None, data)
            for text in texts
            for data in yaml.load_all(text, Loader=loader)
            if data is not None
        )
    except (Invalid, yaml.YAMLError):
        return None


def _read_dir(
    folder: Path, display: Path, quick: bool = False
) -> tuple[list[Read], list[InputError]]:
    files: list[Read] = []
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
                files.append((parse(PackFile, doc.data), doc, doc.data))
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
        for data, doc, raw in files:
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
                written.append((raw["rules"][i], doc, i, display))
    errors += _incomplete(bands, assumptions, folders)
    errors += _rule_errors(written, bands)
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


def _incomplete(
    bands: list[Band] | None, assumptions: dict[str, Assumption], folders: list[tuple[Path, Path]]
) -> list[InputError]:
    """The pack as a whole lacks its bands or an assumption the effort model needs."""
    errors: list[InputError] = []
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
    return errors


def _rule_errors(
    written: list[tuple[dict[str, Any], Any, int, Path]], bands: list[Band] | None
) -> list[InputError]:
    """Each rule's problems (rulecheck), located in the file as written."""
    errors: list[InputError] = []
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
    return errors
