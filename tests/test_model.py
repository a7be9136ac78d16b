"""The models' two paths agree: the fast path never accepts what pydantic refuses,
and when it accepts it builds exactly what pydantic builds; the shipped files
take the fast path; and a plain check never imports pydantic (model.py says why)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from conftest import slow_except
from grantcheck import rulepack_load
from grantcheck.config import Config
from grantcheck.fastpath import Decline, compiled
from grantcheck.model import Constraints, model
from grantcheck.parsing import Invalid, _adapter, parse
from grantcheck.rulepack import PackFile, Rule, default_pack_dir
from grantcheck.rulepack_load import load_pack
from grantcheck.scheme import Award, Scheme
from strategies import schemes

ROOT = Path(__file__).resolve().parents[1]

# Values that tempt a validator to coerce: bools and strings for numbers, floats
# for whole numbers, non-finite and huge numbers, datetimes for dates, wrong shapes.
AWKWARD = st.one_of(
    st.sampled_from(
        [
            True,
            False,
            None,
            "",
            " ",
            "5",
            "5k",
            "GC101",
            "GC101\n",
            "grant",
            "gbp",
            "GBP\n",
            0,
            -1,
            1,
            5.0,
            0.5,
            -0.0,
            10**400,
            -(10**400),
            2**63,
            math.nan,
            math.inf,
            -math.inf,
            [],
            {},
            [1],
            {"a": 1},
            dt.date(2025, 1, 1),
            dt.datetime(2025, 1, 1, 9, 30),
            dt.date(1, 1, 1),
            "2025-01-01",
        ]
    ),
    st.integers(),
    st.floats(),
    st.text(max_size=5),
    st.dates(),
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path inside ``data`` (mappings and lists)."""
    out = [prefix] if prefix else []
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else []
    )
    for key, value in items:
        out += _paths(value, (*prefix, key))
    return out


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A copy of ``data`` with the value at ``path`` replaced (or a key added)."""
    if not path:
        return value
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[path[0]] = _set(
        data[path[0]] if path[0] in (data if isinstance(data, dict) else range(len(data))) else {},
        path[1:],
        value,
    )
    return copy


@st.composite
def broken(draw: st.DrawFn, valid: st.SearchStrategy[Any]) -> Any:
    """A valid document with one to three values replaced by awkward ones, or unknown keys added."""
    data = draw(valid)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        if not paths or (draw(st.booleans()) and draw(st.booleans())):
            parent = draw(
                st.sampled_from([()] + [p for p in paths if isinstance(_get(data, p), dict)])
            )
            data = _set(
                data,
                (*parent, draw(st.sampled_from(["bogus", "Name", "in_", "is_", "max "]))),
                draw(AWKWARD),
            )
        else:
            data = _set(data, draw(st.sampled_from(paths)), draw(AWKWARD))
    return data


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def _agree(cls: type, data: Any) -> bool:
    """Assert the two paths agree on ``data``; return whether the fast path accepted it."""
    try:
        fast = compiled(cls)(data)
    except Decline:
        fast = None
    try:
        slow = _adapter(cls).validate_python(data)
    except ValidationError:
        slow = None
    if fast is not None:
        assert slow is not None, f"the fast path accepted what pydantic refuses: {data!r}"
        assert repr(fast) == repr(slow)  # repr, not ==, so that 5 and 5.0 differ
    return fast is not None


@pytest.mark.slow  # a property search: the exhaustive sweeps are slow too
@given(schemes())
def test_the_fast_path_takes_valid_schemes_as_pydantic_does(data: dict[str, Any]) -> None:
    assert _agree(Scheme, data)


@pytest.mark.slow  # a property search: the exhaustive sweeps are slow too
@given(broken(schemes()))
def test_the_fast_path_never_accepts_a_broken_scheme(data: Any) -> None:
    _agree(Scheme, data)


def _pack_files() -> list[Any]:
    return [
        d
        for p in sorted(default_pack_dir().glob("*.yaml"))
        for d in yaml.safe_load_all(p.read_text(encoding="utf-8"))
    ]


@pytest.mark.slow  # a property search: the exhaustive sweeps are slow too
@given(st.sampled_from(_pack_files()).flatmap(lambda d: broken(st.just(d))))
def test_the_fast_path_never_accepts_a_broken_rule_file(data: Any) -> None:
    _agree(PackFile, data)


CONFIGS = st.fixed_dictionaries(
    {},
    optional={
        "select": st.lists(st.sampled_from(["GC1", "GC301"])),
        "fail_on": st.sampled_from(["error", "never"]),
        "bands": st.just({"micro": 2000}),
        "assumptions": st.just({"hourly_cost": 25}),
        "rules": st.just(
            {"GC101": {"warning": {"micro": 21}, "severity": "error"}, "GC302": {"info": None}}
        ),
        "waivers": st.just([{"scheme": "winter-*", "rule": "GC101", "reason": "Agreed."}]),
        "limits": st.just({"max_depth": 20}),
        "scheme_waivers": st.booleans(),
    },
)


@pytest.mark.slow  # a property search: the exhaustive sweeps are slow too
@given(st.one_of(CONFIGS, broken(CONFIGS)))
def test_the_fast_path_never_accepts_a_broken_config(data: Any) -> None:
    _agree(Config, data)


SWEEP = [
    True,
    False,
    None,
    "",
    " ",
    "5",
    "5k",
    "GC101\n",
    "GBP\n",
    "grant",
    0,
    -1,
    1,
    5.0,
    0.5,
    10**400,
    2**63,
    math.nan,
    math.inf,
    -math.inf,
    [],
    {},
    [1],
    {"a": 1},
    dt.date(2025, 1, 1),
    dt.datetime(2025, 1, 1, 9, 30),
    "2025-01-01",
    "x" * 301,
    "x" * 2001,
]
FULL_CONFIG = {
    "select": ["GC1"],
    "ignore": ["GC7"],
    "fail_on": "warning",
    "rule_folders": ["local"],
    "bands": {"micro": 2000},
    "assumptions": {"hourly_cost": 25},
    "rules": {
        "GC101": {
            "severity": "error",
            "warning": {"micro": 21},
            "error": 7,
            "info": None,
            "unknown": "info",
        }
    },
    "waivers": [{"scheme": "winter-*", "rule": "GC101", "reason": "Agreed."}],
    "scheme_waivers": False,
    "limits": {"max_file_bytes": 1000, "max_values": 10, "max_depth": 5},
    "exclude": ["old/"],
    "allow_paths": ["../docs"],
    "unused_waivers": "error",
}


def _sweep(cls: type, data: Any) -> int:
    """Every awkward value at every key path, and an unknown key in every mapping: the paths agree
    each time."""
    checked = 0
    for path in _paths(data):
        for value in SWEEP:
            _agree(cls, _set(data, path, value))
            checked += 1
    for parent in [()] + [p for p in _paths(data) if isinstance(_get(data, p), dict)]:
        _agree(cls, _set(data, (*parent, "bogus"), 1))
    return checked


@pytest.mark.slow  # the deep sweep
def test_the_paths_agree_on_every_awkward_value_at_every_key_of_every_example() -> None:
    """Exhaustive where the random search above is not: it finds a fast path that takes True for a
    whole number."""
    docs = [
        d
        for p in sorted(ROOT.glob("examples/**/*.yaml"))
        for d in yaml.safe_load_all(p.read_text(encoding="utf-8"))
    ]
    assert sum(_sweep(Scheme, d) for d in docs) > 10_000


@pytest.mark.slow  # the deep sweep
def test_the_paths_agree_on_every_awkward_value_in_every_rule_and_the_config() -> None:
    rules = [r for d in _pack_files() for r in d.get("rules", [])]
    assert len(rules) >= 37 and sum(_sweep(Rule, r) for r in rules) > 10_000
    assert _sweep(Config, FULL_CONFIG) > 500 and _agree(Config, FULL_CONFIG)


def test_every_example_and_the_shipped_pack_take_the_fast_path() -> None:
    files = sorted(ROOT.glob("examples/**/*.yaml"))
    assert len(files) >= 10
    for path in files:
        for data in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            assert _agree(Scheme, data), path
    for data in _pack_files():
        assert _agree(PackFile, data)


def test_the_quick_read_of_the_shipped_pack_equals_the_careful_one() -> None:
    folders = [(default_pack_dir(), Path("rules"))]
    quick, careful = load_pack(folders, quick=True), load_pack(folders, quick=False)
    assert quick[1] == careful[1] == [] and quick[0] == careful[0]


def test_the_shipped_pack_is_read_once_quickly_with_no_careful_second_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Any error sends the pack to the careful reader: the quick read must find none of its
    own (it once read each flag rule's ``error_when: []``, a default, as written, and every
    check read the pack twice)."""

    def careful(*_: Any) -> Any:
        raise AssertionError("the careful reader was called")

    monkeypatch.setattr(rulepack_load, "load_file", careful)
    pack, errors = load_pack([(default_pack_dir(), Path("rules"))])
    assert pack is not None and errors == []


def test_the_quick_read_is_kept_for_the_same_text_only(tmp_path: Path) -> None:
    """The pack's files parsed are kept for a process's later checks, keyed by their text: a
    file changed on disk is read afresh, never answered from what was kept."""
    folder = tmp_path / "rules"
    shutil.copytree(default_pack_dir(), folder)
    first = rulepack_load._read_shipped(folder)
    assert first is not None and first == rulepack_load._read_shipped(folder)
    path = folder / "gc1-applying.yaml"
    old = "title: The application window is long enough"
    path.write_text(path.read_text(encoding="utf-8").replace(old, old + " (edited)"), "utf-8")
    edited = rulepack_load._read_shipped(folder)
    assert edited is not None and edited != first
    titles = [rule.title for data, _, _ in edited for rule in data.rules]
    assert "The application window is long enough (edited)" in titles


def test_refused_data_gets_pydantics_errors() -> None:
    with pytest.raises(Invalid) as caught:
        parse(Scheme, {"name": "x", "funder": "y", "award": {"max": True}})
    assert [(e["type"], e["loc"]) for e in caught.value.errors] == [
        ("float_type", ("award", "max"))
    ]


def test_a_null_given_on_purpose_is_kept_apart_from_a_key_not_given() -> None:
    rule = parse(
        Rule,
        {
            "id": "X1",
            "title": "t",
            "metric": "award.max",
            "check": "flag",
            "advice": "a",
            "warning": {"values": [1], "when": [{"metric": "kind", "not_equals": None}]},
        },
    )
    condition = rule.warning.when[0]  # type: ignore[union-attr]
    assert (
        condition.not_equals is None
        and not condition.holds({"kind": None})
        and condition.holds({"kind": "grant"})
    )


def test_models_are_values() -> None:
    a = Award(max=5.0)
    assert a == Award(max=5.0) and hash(a) == hash(Award(max=5.0)) and a != Award(max=6.0)
    assert dataclasses.replace(a, min=1.0).min == 1.0 and pickle.loads(pickle.dumps(a)) == a
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.max = 3.0  # type: ignore[misc]
    with pytest.raises(TypeError, match="needs the keyword argument 'max'"):
        Award()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'bogus'"):
        Award(max=1.0, bogus=2)  # type: ignore[call-arg]


IMPORTED = (
    "import sys; from grantcheck.cli import main; sys.argv = ['grantcheck', *sys.argv[1:]]\n"
    "try:\n    main()\nexcept SystemExit:\n    pass\n"
    "print(sorted(m for m in ('pydantic', 'rich') if m in sys.modules), file=sys.stderr)"
)


@pytest.mark.parametrize("fmt", slow_except(["text", "json"], lambda fmt: fmt == "text"))
def test_a_plain_check_imports_neither_pydantic_nor_rich(fmt: str) -> None:
    """Start-up is most of the time for one file: pydantic only for bad input, rich only for
    colour."""
    done = subprocess.run(
        [sys.executable, "-c", IMPORTED, "check", "-f", fmt, "examples/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stderr.splitlines()[-1] == "[]", done.stderr


def test_a_bad_scheme_still_gets_pydantics_located_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: Fund\nfunder: Council\naward:\n  max: 5k\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", IMPORTED, "check", str(bad)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = done.stderr.splitlines()
    assert lines[-1] == "['pydantic']" and any(
        "bad.yaml:4:8" in line and "award.max must be a number, not '5k'" in line
        for line in done.stdout.splitlines() + lines
    ), done.stdout + done.stderr


# Field's parameters that are not constraints on the value.
_NOT_CONSTRAINTS = {
    "default",
    "default_factory",
    "alias",
    "alias_priority",
    "validation_alias",
    "serialization_alias",
    "title",
    "field_title_generator",
    "description",
    "examples",
    "exclude",
    "exclude_if",
    "discriminator",
    "deprecated",
    "json_schema_extra",
    "frozen",
    "validate_default",
    "repr",
    "init",
    "init_var",
    "kw_only",
    "union_mode",
    "extra",
    "coerce_numbers_to_str",
    "fail_fast",
}


def test_every_constraint_pydantic_knows_is_checked_or_left_to_pydantic() -> None:
    """A constraint the fast path does not implement must never be skipped: it declines instead."""
    import inspect

    from pydantic import Field

    from grantcheck.fastpath import DESCRIPTIVE, IMPLEMENTED, _constrained

    assert _NOT_CONSTRAINTS | {"description", "title", "examples"} >= DESCRIPTIVE
    names = set(inspect.signature(Field).parameters) - _NOT_CONSTRAINTS
    assert {"gt", "ge", "lt", "le", "multiple_of", "pattern"} <= names
    for name in sorted(names - set(IMPLEMENTED)):
        check = _constrained({name: 1}, lambda v: v)
        for value in (0, 1, 2.5, "x"):
            with pytest.raises(Decline):
                check(value)


@model()
class _Below5:
    n: Annotated[int, Constraints(lt=5)]


@model()
class _Even:
    n: Annotated[int, Constraints(multiple_of=2)]


@pytest.mark.parametrize("cls,refused,accepted", [(_Below5, 5, 4), (_Even, 3, 4)])
def test_the_fast_path_agrees_with_pydantic_on_other_constraints(
    cls: type, refused: int, accepted: int
) -> None:
    with pytest.raises(Invalid):
        parse(cls, {"n": refused})
    assert parse(cls, {"n": accepted}).n == accepted  # type: ignore[attr-defined]
