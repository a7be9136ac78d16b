"""Shared hypothesis strategies and profiles for the property tests (test_properties, test_model).

Bounded and repeatable in CI (derandomised, a fixed number of examples); set
HYPOTHESIS_PROFILE=deep for a longer, random search.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

settings.register_profile(
    "ci",
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "deep",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)


def examples(ci: int) -> int:
    """A costly property test's examples: ``ci`` in the bounded profile, ten times as many in
    the deep one (an explicit count would otherwise fix the deep search at the ci size)."""
    return ci if PROFILE == "ci" else ci * 10


YAMLISH = st.text(
    alphabet=st.sampled_from(
        list("{}[]:,-#&*!|>'\"%@`?<= \n\t\\abknmx019.") + ["\ufeff", "\x00", "é"]
    ),
    max_size=200,
)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


@st.composite
def schemes(draw: st.DrawFn, max_award: float | None = None) -> dict[str, Any]:
    """A valid scheme with any mix of stated and unstated facts."""
    top = max_award or draw(st.floats(1, 5_000_000, allow_nan=False))
    award: dict[str, Any] = {"max": top}
    if draw(st.booleans()):
        award["typical"] = draw(st.floats(1, top))
    if draw(st.booleans()):
        award["total"] = top * draw(st.integers(1, 100))
    apps = draw(_maybe(st.integers(0, 500)))
    if apps is not None:
        award["expected_applications"] = apps
        award["expected_awards"] = draw(st.integers(0, apps))
    opens = draw(st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)))
    application: dict[str, Any] = {
        "opens": opens,
        "closes": opens + dt.timedelta(days=draw(st.integers(1, 120))),
    }
    application["stages"] = draw(st.integers(1, 3))
    application["guidance"] = {"pages": draw(st.integers(0, 80))} if draw(st.booleans()) else {}
    application["form"] = {
        k: v
        for k, v in {
            "questions": draw(_maybe(st.integers(0, 100))),
            "word_limit": draw(_maybe(st.integers(0, 20000))),
            "attachments": draw(_maybe(st.lists(st.text(max_size=20), max_size=12))),
        }.items()
        if v is not None
    }
    scheme = {
        "name": "Property Fund",
        "funder": "Council",
        "kind": draw(st.sampled_from(["grant", "contract"])),
        "area": draw(st.sampled_from(["urban", "rural", "mixed"])),
        "award": award,
        "application": application,
        "decision": {"days": draw(st.integers(0, 400)), "feedback": draw(st.booleans())},
        "funding": {
            "months": draw(st.integers(1, 60)),
            "ongoing": draw(st.booleans()),
            "payment": draw(st.sampled_from(["in_advance", "in_arrears", "on_milestones"])),
            "new_activity_required": draw(st.booleans()),
        },
        "reporting": {
            "frequency": draw(
                st.sampled_from(["monthly", "quarterly", "annual", "end_only", "none"])
            ),
            "measures": draw(st.integers(0, 40)),
        },
        "eligibility": {
            "accounts": draw(st.sampled_from(["none", "bank_statements", "audited"])),
            "policies_required": draw(st.lists(st.sampled_from(["a", "b", "c"]), max_size=8)),
        },
        "procurement": {"lots": draw(st.integers(1, 10)), "consortium_bids": draw(st.booleans())},
    }
    if draw(st.booleans()):
        scheme["waivers"] = [
            {"rule": draw(st.sampled_from(["GC101", "GC301", "GC702"])), "reason": "Because."}
        ]
    return scheme
