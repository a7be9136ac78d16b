"""Shared fixtures: the default pack, and helpers to build schemes in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.config import Policy, build_policy
from grantcheck.rulepack import Pack, default_pack_dir, load_pack

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT.parent / "shared" / "guide" / "good-practice-guide.txt"


@pytest.fixture(scope="session")
def pack() -> Pack:
    loaded, errors = load_pack([(default_pack_dir(), Path("rules"))])
    assert loaded is not None, errors
    return loaded


@pytest.fixture(scope="session")
def policy(pack: Pack) -> Policy:
    built, errors = build_policy(pack, None)
    assert built is not None, errors
    return built


MINIMAL = "name: Test Fund\nfunder: Test Council\naward:\n  max: 1000\n"
