"""The trust model: a repository's files cannot reach outside it or switch checking off.

See SECURITY.md. Each hostile case sits beside the good behaviour it must not break.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import MINIMAL, slow_except
from conftest import grantcheck_process as grantcheck

RULE = (
    "rules:\n  - id: LC900\n    title: Local\n    metric: application.window_days\n"
    "    check: at_least\n    warning: 10\n    advice: Keep it open.\n"
)


@pytest.fixture
def world(tmp_path: Path) -> Path:
    """A repository, with a folder beside it that it must not reach."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "s.yaml").write_text(MINIMAL)
    (outside / "guide.md").write_text("You can apply for a small grant.\n")
    (outside / "rules").mkdir()
    (outside / "rules" / "local.yaml").write_text(RULE)
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "s.yaml").write_text(MINIMAL)
    return repo


@pytest.mark.parametrize(
    "config,fragment",
    slow_except(
        [
            (
                "allow_paths: [/]\n",
                "grantcheck.yaml:1:15: allow_paths: / is outside the repository",
            ),
            ("allow_paths: [../outside]\n", "allow_paths: ../outside is outside the repository"),
            (
                "rule_folders: [../outside/rules]\n",
                "rule_folders: ../outside/rules is outside the repository",
            ),
            ("ignore: ['']\n", "grantcheck.yaml:1:10: an empty ignore pattern matches every rule"),
            ("select: ['  ']\n", "an empty select pattern matches every rule"),
            ("ignore: [GC]\n", "'GC' ignores every rule, so nothing would be checked"),
            ("ignore: ['*']\n", "'*' matches no rule"),
            ("exclude: ['*']\n", "the exclude pattern '*' would skip every file"),
            ("exclude: ['']\n", "the exclude pattern '' would skip every file"),
            (
                "waivers:\n  - {scheme: '*', rule: GC101, reason: All.}\n",
                "matches every scheme or none",
            ),
            (
                "waivers:\n  - {scheme: x, rule: GC999, reason: All.}\n",
                "the waiver names GC999, which is not a rule",
            ),
        ],
        lambda case: case[0].startswith("rule_folders"),
    ),
)
def test_a_config_cannot_switch_protections_off(world: Path, config: str, fragment: str) -> None:
    (world / "grantcheck.yaml").write_text(config)
    done = grantcheck("check", "s.yaml", cwd=world)
    assert done.returncode == 2 and fragment in done.stderr and "Traceback" not in done.stderr, (
        done.stderr
    )


@pytest.mark.slow  # a subprocess
@pytest.mark.parametrize(
    "flags,fragment",
    [
        (["--ignore", "GC"], "--ignore: 'GC' ignores every rule"),
        (["--exclude", "*.y*ml"], "--exclude: the exclude pattern '*.y*ml' would skip every file"),
    ],
)
def test_the_command_line_is_held_to_the_same_patterns(
    world: Path, flags: list[str], fragment: str
) -> None:
    done = grantcheck("check", "s.yaml", *flags, cwd=world)
    assert done.returncode == 2 and fragment in done.stderr


@pytest.mark.slow  # a subprocess
def test_inside_the_repository_and_on_the_command_line_still_work(world: Path) -> None:
    (world / "rules").mkdir()
    (world / "rules" / "local.yaml").write_text(RULE)
    (world / "grantcheck.yaml").write_text(
        "rule_folders: [rules]\nallow_paths: [.]\nexclude: [templates]\n"
        "ignore: [GC1]\nwaivers:\n  - {scheme: s*, rule: GC201, reason: Ok.}\n"
    )
    assert grantcheck("check", "s.yaml", cwd=world).returncode in (0, 1)
    (world / "grantcheck.yaml").unlink()
    done = grantcheck("rules", "--rules", "../outside/rules", cwd=world)
    assert done.returncode == 0 and "LC900" in done.stdout


@pytest.mark.parametrize("kind", slow_except(["scheme", "rule", "config"], lambda k: k == "scheme"))
def test_a_symbolic_link_out_of_the_repository_is_refused(world: Path, kind: str) -> None:
    if kind == "scheme":
        (world / "link.yaml").symlink_to(world.parent / "outside" / "s.yaml")
        done = grantcheck("check", ".", cwd=world)
        expected = (
            "link.yaml:1:1: input error: the file is a symbolic link to a file outside the "
            "repository"
        )
        assert expected in done.stdout and "1 scheme checked" in done.stdout  # the others still run
    elif kind == "rule":
        (world / "rules").mkdir()
        (world / "rules" / "local.yaml").symlink_to(
            world.parent / "outside" / "rules" / "local.yaml"
        )
        done = grantcheck("check", "s.yaml", "--rules", "rules", cwd=world)
        assert (
            "rules/local.yaml:1:1: the rule file is a symbolic link to a file outside"
            in done.stderr
        )
    else:
        (world.parent / "outside" / "grantcheck.yaml").write_text("fail_on: never\n")
        (world / "grantcheck.yaml").symlink_to(world.parent / "outside" / "grantcheck.yaml")
        done = grantcheck("check", "s.yaml", cwd=world)
        assert (
            "grantcheck.yaml:1:1: the config file is a symbolic link to a file outside"
            in done.stderr
        )
    assert done.returncode == 2 and "Traceback" not in done.stdout + done.stderr


def test_a_link_inside_the_repository_is_followed(world: Path) -> None:
    (world / "sub").mkdir()
    (world / "sub" / "link.yaml").symlink_to(world / "s.yaml")
    done = grantcheck("check", "sub/link.yaml", cwd=world)
    assert done.returncode in (0, 1) and "1 scheme checked" in done.stdout


@pytest.mark.slow  # a subprocess
def test_allow_path_on_the_command_line_opens_a_linked_scheme(world: Path) -> None:
    (world / "link.yaml").symlink_to(world.parent / "outside" / "s.yaml")
    done = grantcheck(
        "check", "link.yaml", "--allow-path", str(world.parent / "outside"), cwd=world
    )
    assert done.returncode in (0, 1), done.stdout
    assert os.path.islink(world / "link.yaml")
