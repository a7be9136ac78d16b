"""The portfolio overview: ranking, totals said honestly, common problems, and where
each report shows it (portfolio.md)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, run, write
from grantcheck.pipeline_scheme import check_text
from grantcheck.policy import Policy
from grantcheck.portfolio import Row, as_json, build, place, row_of
from grantcheck.reporters.overview import render_text, totals_sentence, unranked_sentence

SCHEME = """name: {name}
funder: Test Council
id: {id}
award:
  max: {award}
{extra}application:
  window_days: {window}
  guidance:
    pages: {pages}
  form:
    questions: 10
"""


def _row(
    id: str,
    share: float | None,
    cost: float | None = None,
    pot: float | None = None,
    problems: tuple[str, ...] = (),
    hours: float | None = None,
) -> Row:
    return Row(
        id,
        f"{id}.yaml",
        id.title(),
        "Council",
        "small",
        None,
        None,
        hours,
        share,
        cost,
        None,
        None,
        pot,
        0,
        0,
        problems,
        (),
    )


def test_most_onerous_first_and_unknown_cost_share_last() -> None:
    p = build(
        [_row("b", 0.02), _row("unknown", None, hours=99), _row("a", 0.4), _row("c", 0.1)], {}
    )
    assert [r.id for r in p.schemes] == ["a", "c", "b", "unknown"]
    assert p.ranked == 3
    assert "1 scheme is not ranked" in unranked_sentence(
        p
    ) and "not as the least onerous" in unranked_sentence(p)
    text = render_text(p)
    assert (
        "   —  Unknown" in text and "   3  B" in text
    )  # unranked, never numbered as the least onerous


def test_totals_sentence_when_everything_is_known() -> None:
    p = build([_row("a", 0.1, 150_000, 1_000_000), _row("b", 0.2, 62_000, 400_000)], {})
    assert (
        totals_sentence(p)
        == "Across 2 schemes, applicants spend about £212,000 applying to compete for £1.4m."
    )
    assert (p.total_sector_cost, p.total_pot) == (212_000, 1_400_000)


def test_totals_sentence_says_at_least_when_some_figures_are_unknown() -> None:
    p = build(
        [
            _row("a", 0.1, 150_000, 1_000_000),
            _row("b", 0.2, None, 400_000),
            _row("c", 0.2, 5, None),
        ],
        {},
    )
    assert totals_sentence(p) == (
        "Across 3 schemes, applicants spend at least £150,000 applying to compete for "
        "at least £1.4m "
        "(the applicants' cost is known for 2 of the 3 schemes; the total pot is stated for 2)."
    )


def test_totals_when_nothing_is_known() -> None:
    p = build([_row("a", None), _row("b", None)], {})
    assert p.total_pot is None and p.total_sector_cost is None
    assert totals_sentence(p) == (
        "Across 2 schemes, what applicants spend is not known (no scheme says how "
        "many applications it expects)."
    )
    assert as_json(p)["total_pot"] is None and as_json(p)["total_sector_cost"] is None
    pot_only = build([_row("a", None, pot=5000), _row("b", None)], {})
    assert totals_sentence(pot_only).endswith(
        "expects); at least £5,000 is on offer (the total pot is stated for 1)."
    )


def test_common_problems_are_rules_failing_in_two_or_more_schemes() -> None:
    rows = [
        _row("a", 0.3, problems=("GC101", "GC102")),
        _row("b", 0.2, problems=("GC101",)),
        _row("c", 0.1, problems=("GC101", "GC306", "GC102")),
        _row("d", 0.05, problems=("GC306",)),
        _row("e", 0.01, problems=("GC999",)),
    ]
    p = build(rows, {"GC101": "The application window is long enough"})
    assert [(c.rule, c.failing, c.schemes) for c in p.common_problems] == [
        ("GC101", 3, ("a", "b", "c")),
        ("GC102", 2, ("a", "c")),
        ("GC306", 2, ("c", "d")),
    ]
    assert p.common_problems[0].title == "The application window is long enough"
    assert p.common_problems[1].title == "GC102"  # no title known: the ID stands in
    text = " ".join(render_text(p).split())
    assert "GC101 The application window is long enough: not met in 3 of 5 schemes: a, b, c" in text
    assert "- GC102: not met in 2 of 5 schemes: a, c" in text


def _checked(policy: Policy, text: str) -> list:  # type: ignore[type-arg]
    results, errors = check_text(text, "s.yaml", Path("s.yaml"), policy)
    assert not errors, errors
    return results


def test_rows_from_real_results_leave_out_waived_and_info(policy: Policy) -> None:
    text = (
        SCHEME.format(name="A", id="a", award=1000, window=10, pages=20, extra="")
        + "waivers:\n  - rule: GC101\n    reason: an emergency fund\n"
    )
    (s,) = _checked(policy, text)
    row = row_of(s, {r.id: r for r in policy.pack.rules})
    assert "GC101" not in row.problems and "GC102" in row.problems  # waived: not a problem
    assert not any(f.severity == "info" and f.rule in row.problems for f in s.findings)
    assert row.errors == sum(1 for f in s.findings if f.severity == "error" and not f.waived)
    assert row.window_days == 10 and row.guidance_pages == 20
    assert [m.rule for m in row.measures][:2] == ["GC101", "GC102"]
    assert row.measures[0].status == "waived" and row.measures[1].status == "error"


def _two(project: Path) -> None:
    write(
        project,
        "a.yaml",
        SCHEME.format(
            name="Alpha Fund",
            id="alpha",
            award=1000,
            window=10,
            pages=20,
            extra="  total: 20000\n  expected_applications: 40\n",
        ),
    )
    write(
        project,
        "b.yaml",
        SCHEME.format(name="Beta Fund", id="beta", award=50000, window=42, pages=3, extra=""),
    )


def _out(project: Path, *args: str) -> str:
    return str(run("check", *args, cwd=project).output)  # type: ignore[attr-defined]


def test_json_portfolio_has_the_spec_keys(project: Path) -> None:
    _two(project)
    data = json.loads(_out(project, ".", "-f", "json"))
    p = data["portfolio"]
    assert {"schemes", "total_sector_cost", "total_pot", "common_problems"} <= set(p)
    first = p["schemes"][0]
    assert {
        "id",
        "file",
        "name",
        "band",
        "application_cost_share",
        "application_hours",
        "sector_cost",
        "errors",
        "warnings",
    } <= set(first)
    assert [s["id"] for s in p["schemes"]] == [
        "alpha",
        "beta",
    ]  # the £1,000 award is the more onerous
    assert p["total_pot"] == 20000 and p["schemes"][1]["sector_cost"] is None
    for c in p["common_problems"]:
        assert set(c) >= {"rule", "count", "schemes"} and c["count"] == len(c["schemes"]) >= 2


def test_one_scheme_changes_nothing(project: Path) -> None:
    _two(project)
    data = json.loads(_out(project, "a.yaml", "-f", "json"))
    assert "portfolio" not in data
    for fmt in ("text", "markdown", "html"):
        assert "Portfolio overview" not in _out(project, "a.yaml", "-f", fmt)


def test_overview_comes_before_the_schemes_and_can_stand_alone(project: Path) -> None:
    _two(project)
    for fmt, scheme_mark in (
        ("text", "\nAlpha Fund\n"),
        ("markdown", "## Alpha Fund"),
        ("html", '<section class="scheme">'),
    ):
        out = run("check", ".", "-f", fmt, cwd=project).output  # type: ignore[attr-defined]
        assert 0 <= out.index("Portfolio overview") < out.index(scheme_mark), fmt
        only = _out(project, ".", "-f", fmt, "--portfolio-only")
        assert "Portfolio overview" in only and scheme_mark not in only, fmt
        assert "2 schemes checked" in only


def test_text_overview_to_a_file_matches_standard_output(project: Path) -> None:
    _two(project)
    shown = run("check", ".", cwd=project).output  # type: ignore[attr-defined]
    run("check", ".", "-o", "report.txt", cwd=project)
    assert (project / "report.txt").read_text(encoding="utf-8") == shown
    assert shown.count("Alpha Fund") >= 2  # once in the overview, once as its own section


def test_one_unranked_scheme_is_singular_and_several_are_plural() -> None:
    one = unranked_sentence(build([_row("a", 0.1), _row("b", None)], {}))
    assert one.startswith("1 scheme is not ranked") and "so it is listed last" in one
    two = unranked_sentence(build([_row("a", 0.1), _row("b", None), _row("c", None)], {}))
    assert two.startswith("2 schemes are not ranked") and "so they are listed last" in two


def test_versions_of_one_scheme_are_counted_once_from_the_last_file() -> None:
    draft = _row("fund", 0.3, 9_000, 50_000, problems=("GC101",))._replace(file="draft.yaml")
    final = _row("fund", 0.1, 1_000, 50_000, problems=("GC101",))._replace(file="final.yaml")
    p = build([draft, _row("other", 0.2, 500, 10_000, problems=("GC101",)), final], {})
    assert [r.file for r in p.schemes] == ["other.yaml", "final.yaml"]
    assert (p.total_sector_cost, p.total_pot) == (1_500, 60_000)
    assert p.common_problems[0].schemes == ("other", "fund")  # not ("fund", "other", "fund")
    assert as_json(p)["repeated_ids"] == [
        {"id": "fund", "counted": "final.yaml", "not_counted": ["draft.yaml"]}
    ]
    text = " ".join(render_text(p).split())
    assert "1 scheme ID is stated more than once" in text
    assert "counted once, from the last file checked" in text
    assert "fund in draft.yaml and final.yaml" in text


def test_a_repeated_id_is_a_located_warning_naming_both_files(project: Path) -> None:
    for name, window in (("fund-draft.yaml", 10), ("fund-final.yaml", 30)):
        write(
            project,
            name,
            SCHEME.format(name="Fund", id="fund", award=1000, window=window, pages=2, extra=""),
        )
    result = run("check", ".", "-f", "json", cwd=project)
    assert result.exit_code == 1  # a warning, not an input error
    assert (
        "fund-final.yaml:3:1: warning: the scheme id 'fund' is also stated at fund-draft.yaml:3:1"
        in result.stderr
    )
    data = json.loads(result.stdout)
    assert [s["file"] for s in data["portfolio"]["schemes"]] == ["fund-final.yaml"]
    assert data["summary"]["schemes"] == 2  # both are still checked and reported


def test_waived_findings_are_counted_in_the_overview(policy: Policy) -> None:
    text = (
        SCHEME.format(name="A", id="a", award=1000, window=10, pages=20, extra="")
        + "waivers:\n  - rule: GC101\n    reason: an emergency fund\n"
    )
    (s,) = _checked(policy, text)
    row = row_of(s)
    assert row.waived == 1
    p = build([row, _row("b", 0.01)], {})
    assert "1 waived" in render_text(p)
    assert as_json(p)["schemes"][0]["waived"] == 1


def test_register_rows_are_named_by_their_row() -> None:
    assert place("r/register.csv", 7) == "r/register.csv:7"
    assert place("register.XLSX", 7) == "register.XLSX:Schemes!7"
    assert place("a.yaml", 7) == "a.yaml"
    out = _out(ROOT, "examples/register.csv", "--portfolio-only")
    assert "examples/register.csv:3" in out and "examples/register.csv:6" in out


def test_quiet_leaves_out_the_overview_for_files_and_registers(project: Path) -> None:
    _two(project)
    assert "Portfolio overview" not in _out(project, ".", "-q")
    assert "Portfolio overview" not in _out(ROOT, "examples/register.csv", "-q")
    assert "Portfolio overview" in _out(project, ".", "-q", "--portfolio-only")


def test_portfolio_only_json_carries_only_the_portfolio(project: Path) -> None:
    _two(project)
    data = json.loads(_out(project, ".", "-f", "json", "--portfolio-only"))
    assert "schemes" not in data and data["portfolio"]["schemes"][0]["id"] == "alpha"
    assert data["summary"]["schemes"] == 2
