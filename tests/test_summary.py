"""The one-page summary at the top of each scheme in Markdown and HTML (issue 9, item 6)."""

from __future__ import annotations

from pathlib import Path

from conftest import run
from grantcheck.pipeline_scheme import check_text
from grantcheck.policy import Policy
from grantcheck.reporters import summary

WORST = Path("examples/micro-grant-worst-practice.yaml")


def _result(policy: Policy, path: Path = WORST):  # type: ignore[no-untyped-def]
    text = (Path(__file__).resolve().parents[1] / path).read_text(encoding="utf-8")
    results, errors = check_text(
        text, str(path), Path(__file__).resolve().parents[1] / path, policy
    )
    assert not errors
    return results[0]


def test_the_findings_that_matter_most_are_errors_first_and_few(policy: Policy) -> None:
    s = _result(policy)
    top = summary.most_important(s)
    assert len(top) == summary.MOST == 5
    assert all(f.severity == "error" for f in top)  # this scheme has more than five errors
    assert all(not f.waived and f.severity != "info" for f in top)
    order = [f.rule for f in s.findings if f.severity == "error"][:5]
    assert [f.rule for f in top] == order  # the report's own order within a severity


def test_each_finding_in_the_summary_says_whose_limit_it_is(policy: Policy) -> None:
    s = _result(policy)
    rules = {r.id: r for r in policy.pack.rules}
    words = {"the guide", "the law", "the Compact", "research", "grantcheck's judgement"}
    for f in summary.most_important(s):
        assert summary.basis(f, rules, s.band) in words
        assert summary.basis(f, {}, s.band) in words  # from the finding alone
    out = "\n".join(summary.markdown(s, rules, str))
    assert out.count("(limit: ") == 5


def test_markdown_opens_each_scheme_with_its_summary() -> None:
    out = str(run("check", str(WORST), "-f", "markdown").output)  # type: ignore[attr-defined]
    # from the scheme's heading to its first detail
    head = out[out.index("## ") : out.index("### ")]
    assert "**In short:**" in head and "**Verdict:** " in head and "**Across the sector:**" in head
    assert head.count("\n1. **Error, ") == 1 and "\n5. **Error, " in head and "\n6. " not in head


def test_html_opens_each_scheme_with_its_summary() -> None:
    out = str(run("check", str(WORST), "-f", "html").output)  # type: ignore[attr-defined]
    box = out[out.index('<div class="summary">') :]
    box = box[: box.index("</div>")]
    assert (
        "<h3>Summary</h3>" in box and "<strong>Verdict:</strong>" in box and box.count("<li>") == 5
    )
    assert out.index('<div class="summary">') < out.index("<h3>Key measures")


def test_a_scheme_with_nothing_to_change_says_so(policy: Policy) -> None:
    s = _result(policy, Path("examples/emergency-fund-with-waivers.yaml"))
    assert not [f for f in s.findings if f.live] and not summary.most_important(s)
    assert summary.verdict(s) == "nothing to change: the scheme meets every rule that applies."
    assert "What matters most" not in "\n".join(summary.markdown(s, {}, str))
