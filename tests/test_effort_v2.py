"""Pack 2's effort model and the scheme's semantics: attachments held and prepared,
guidance reads, stages (a number or a list), rolling schemes, lower bounds that are
never a pass, the reporting floor, renewal notice worked out, core costs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import MINIMAL, run, write
from grantcheck.effort_inputs import Attachment, Vocabulary, kind_of
from grantcheck.engine import evaluate
from grantcheck.findings import Finding, SchemeResult
from grantcheck.load import load_text
from grantcheck.metrics import compute
from grantcheck.policy import Policy
from grantcheck.rulepack import Pack
from grantcheck.validate import validate


def result_for(source: str, policy: Policy) -> SchemeResult:
    docs, errors = load_text(source, "mem.yaml")
    assert errors == []
    parsed, errors = validate(docs[0])
    assert parsed is not None, errors
    pack = policy.pack
    computed = compute(parsed.scheme, pack.bands, pack.assumption_values, None, pack.vocabulary)
    result, errors = evaluate(parsed, computed, policy)
    assert errors == []
    return result


def by_rule(s: SchemeResult) -> dict[str, Finding]:
    return {f.rule: f for f in s.findings}


@pytest.mark.parametrize(
    "name,kind",
    [
        ("annual accounts", "held"),
        ("Safeguarding Policy", "held"),
        ("two years of bank statements", "held"),
        ("governing document", "held"),
        ("public liability insurance certificate", "held"),
        ("project budget", "prepared"),
        ("letters of support", "prepared"),
        ("two references", "prepared"),
        ("three quotes for the equipment", "prepared"),
        ("business plan", "prepared"),
        ("photographs of the hall", "unrecognised"),
        ("policyholder list", "unrecognised"),
    ],
)
def test_attachment_vocabulary(pack: Pack, name: str, kind: str) -> None:
    assert kind_of(Attachment(name, None), pack.vocabulary) == kind


def test_a_scheme_may_say_which_is_which() -> None:
    empty = Vocabulary((), ())
    assert kind_of(Attachment("budget", False), empty) == "held"
    assert kind_of(Attachment("photos", True), empty) == "prepared"


LIGHT = (
    MINIMAL.replace("max: 1000", "max: 500")
    + """application:
  guidance: {pages: 1}
  form:
    questions: 6
    word_limit: 400
    attachments: [bank statement, constitution]
"""
)


def test_light_micro_form_by_hand(policy: Policy) -> None:
    s = result_for(LIGHT, policy)
    # guidance 500 words at 238 a minute, twice: 0.0700 h; 400 words at 300 an hour: 1.3333 h;
    # 6 questions: 1 h; two held documents at 15 minutes: 0.5 h; 2.9034 h x £20 = £58.07
    assert s.metrics["application.hours"] == 2.9
    assert s.metrics["application.cost_share"] == pytest.approx(58.07 / 500, abs=1e-4)
    assert s.lower_bounds == ()
    parts = {p.label: p.hours for p in s.effort}
    assert parts["attachments already held"] == 0.5 and parts["questions"] == 1


TWO_STAGE = (
    MINIMAL.replace(
        "max: 1000",
        "max: 50000\n  total: 500000\n  expected_awards: 10\n  expected_applications: 100",
    )
    + """application:
  stages: {stages}
  guidance: {{pages: 4}}
  form: {{questions: 20, word_limit: 3000, attachments: [accounts, budget]}}
"""
)


def test_an_expression_of_interest_lowers_the_sectors_cost(policy: Policy) -> None:
    one = result_for(TWO_STAGE.format(stages=1), policy).metrics
    two = result_for(TWO_STAGE.format(stages=2), policy).metrics
    # one applicant pays 2 hours more; the sector pays the form only for 10 x 2 = 20 invited
    assert two["application.hours"] == pytest.approx(one["application.hours"] + 2, abs=0.01)
    assert two["sector.cost"] < one["sector.cost"] / 2
    form = 3000 / 300 + 20 / 6 + 0.25 + 2  # hours for the form stage
    guidance = 2000 / 238 / 60 * 2
    assert two["sector.cost"] == pytest.approx(20 * (100 * (guidance + 2) + 20 * form), abs=0.1)


@settings(max_examples=60, deadline=None)
@given(
    apps=st.integers(2, 500),
    awards=st.integers(1, 250),
    questions=st.integers(0, 60),
    words=st.integers(0, 8000),
    eoi=st.floats(0.25, 4),
)
def test_property_few_invited_means_a_cheaper_sector(
    apps: int, awards: int, questions: int, words: int, eoi: float
) -> None:
    from grantcheck.effort import application_effort
    from grantcheck.effort_inputs import FormFacts, StageFacts

    a = {
        "reading_words_per_minute": 238,
        "guidance_reads": 2,
        "writing_words_per_hour": 300,
        "words_per_unlimited_answer": 250,
        "minutes_per_question": 10,
        "minutes_per_field": 1,
        "minutes_per_held_attachment": 15,
        "hours_per_prepared_attachment": 2,
        "hours_per_attachment": 1,
        "invited_per_award": 2,
    }
    form = FormFacts(questions, words, ())
    one = application_effort(a, 1000, (StageFacts("form", form),), Vocabulary((), ()), apps, awards)
    two = application_effort(
        a,
        1000,
        (StageFacts("eoi", FormFacts(), None, eoi), StageFacts("form", form)),
        Vocabulary((), ()),
        apps,
        awards,
    )
    form_hours = one.stage_hours("form")
    (h1, _), (h2, _) = one.sector_hours(), two.sector_hours()
    assert h1 is not None and h2 is not None
    if awards * 2 <= apps / 2 and form_hours > 2 * eoi:
        assert h2 < h1
    assert two.payers[1] == min(apps, awards * 2)  # never more invited than applied


LISTED = (
    MINIMAL.replace(
        "max: 1000",
        "max: 20000\n  total: 200000\n  expected_awards: 10\n  expected_applications: 80",
    )
    + """application:
  guidance: {pages: 2}
  stages:
    - name: expression of interest
      form: {questions: 3, word_limit: 300, attachments: []}
    - name: full application
      invited: 25
      form:
        questions: 12
        word_limit: 1500
        attachments: [accounts, {name: delivery plan, prepared: true}]
"""
)


def test_a_list_of_stages_by_hand(policy: Policy) -> None:
    s = result_for(LISTED, policy)
    m = s.metrics
    guidance = 1000 / 238 / 60 * 2
    eoi = 1 + 0.5  # 300 words, 3 questions
    full = 5 + 2 + 0.25 + 2  # 1,500 words, 12 questions, accounts, a prepared plan
    assert m["application.hours"] == pytest.approx(guidance + eoi + full, abs=0.01)
    assert m["sector.cost"] == pytest.approx(20 * (80 * (guidance + eoi) + 25 * full), abs=0.1)
    assert m["application.stages"] == 2
    assert m["application.form.questions"] == 15 and m["application.form.attachments"] == 2
    assert s.lower_bounds == ()


def test_invited_all_and_more_than_applied(policy: Policy) -> None:
    text = LISTED.replace("invited: 25", "invited: all")
    assert result_for(text, policy).metrics["sector.cost"] == pytest.approx(
        80 * result_for(text, policy).metrics["application.cost"], abs=0.5
    )
    many = LISTED.replace("invited: 25", "invited: 500")  # never more than applied
    assert (
        result_for(many, policy).metrics["sector.cost"]
        == result_for(text, policy).metrics["sector.cost"]
    )


GUIDE_EXAMPLE = (
    MINIMAL
    + """application:
  window_days: 14
  guidance: {pages: 20}
"""
)


def test_guides_headline_example_is_not_known_never_passed(policy: Policy, tmp_path: Path) -> None:
    s = result_for(GUIDE_EXAMPLE, policy)
    found = by_rule(s)
    for rule in ("GC104", "GC105"):
        assert rule not in s.passed
        assert found[rule].severity == "info" and found[rule].unknown
    assert "not known" in found["GC104"].message
    write(tmp_path, "s.yaml", GUIDE_EXAMPLE)
    md = run("check", "-f", "markdown", str(tmp_path / "s.yaml")).output
    good = md.split("What the scheme already does well")[1].split("###")[0]
    assert "One application costs little" not in good and "total cost of applying" not in good


def test_a_lower_bound_above_a_limit_is_a_finding(policy: Policy) -> None:
    s = result_for(MINIMAL + "application:\n  form: {questions: 72}\n", policy)  # 12 hours at least
    f = by_rule(s)["GC104"]
    assert "application.cost_share" in s.lower_bounds
    assert f.severity == "error" and f.lower_bound and not f.unknown
    assert "is at least 24%" in f.message


def test_a_lower_bound_below_a_limit_is_not_known(policy: Policy) -> None:
    text = MINIMAL.replace("max: 1000", "max: 90000") + "application:\n  form: {questions: 3}\n"
    s = result_for(text, policy)
    f = by_rule(s)["GC104"]
    assert "GC104" not in s.passed
    assert f.severity == "info" and f.unknown and f.lower_bound
    # it names what the bound counts as none (session 11: it said "not enough is stated")
    assert "at least" in f.message and "counting as none what is not stated (" in f.message


def test_at_least_in_every_format(tmp_path: Path) -> None:
    write(tmp_path, "s.yaml", MINIMAL + "application:\n  form: {questions: 30}\n")
    for fmt in ("text", "markdown", "html"):
        out = run("check", "-f", fmt, str(tmp_path / "s.yaml")).output
        assert "at least 5 hours" in out, fmt
    data = json.loads(run("check", "-f", "json", str(tmp_path / "s.yaml")).output)
    scheme = data["schemes"][0]
    assert "application.hours" in scheme["lower_bounds"]
    assert next(f for f in scheme["findings"] if f["rule"] == "GC104")["lower_bound"] is True


def test_hours_part_by_part_in_every_format(tmp_path: Path) -> None:
    write(
        tmp_path,
        "s.yaml",
        LIGHT + "reporting: {frequency: quarterly, measures: 4}\nfunding: {months: 12}\n",
    )
    for fmt, marker in (
        ("text", "One application, about"),
        ("markdown", "### How the hours add up"),
        ("html", "<h3>How the hours add up"),
    ):
        out = run("check", "-f", fmt, str(tmp_path / "s.yaml")).output
        assert marker in out and "Attachments already held" in out and "Each report" in out, fmt
        assert "bank statement; constitution: 15 minutes each" in " ".join(out.split()), fmt


ROLLING = (
    MINIMAL
    + """application:
  rolling: true
  form: {questions: 5, word_limit: 500, attachments: []}
decision: {days: 21}
"""
)


def test_rolling_scheme(policy: Policy, tmp_path: Path) -> None:
    s = result_for(ROLLING, policy)
    assert "GC101" in s.not_applicable and "GC101" not in by_rule(s)
    write(
        tmp_path,
        "s.yaml",
        ROLLING.replace("max: 1000", "max: 1000\n  total: 50000\n  expected_applications: 120"),
    )
    out = run("check", str(tmp_path / "s.yaml")).output
    assert "21 days after submission" in out and "applying by all applicants a year" in out
    assert "taken as a year's" in out


def test_rolling_with_a_closing_date_is_an_error(tmp_path: Path) -> None:
    write(
        tmp_path, "s.yaml", ROLLING.replace("rolling: true", "rolling: true\n  closes: 2026-01-31")
    )
    result = run("check", str(tmp_path / "s.yaml"))
    assert result.exit_code == 2
    assert "application.rolling says applications are taken at any time" in result.output


def test_reporting_floor(policy: Policy) -> None:
    light = (
        MINIMAL.replace("max: 1000", "max: 500") + "reporting: {frequency: end_only, measures: 2}\n"
    )
    s = result_for(light, policy)  # one report of 2 hours: under the 3-hour floor
    assert s.metrics["reporting.hours_per_agreement"] == 2 and "GC402" in s.not_applicable
    heavy = light.replace("measures: 2", "measures: 6")  # 4 hours: over the floor, 16% of £500
    assert by_rule(result_for(heavy, policy))["GC402"].severity == "error"


ONGOING = (
    MINIMAL + "funding: {{ongoing: true, previous_ends: 2026-03-31}}\ndecision: {{date: {date}}}\n"
)


def test_renewal_notice_worked_out(policy: Policy) -> None:
    early = result_for(ONGOING.format(date="2025-12-01"), policy)
    assert early.metrics["funding.renewal.notice_days"] == 120 and "GC302" in early.passed
    late = result_for(ONGOING.format(date="2026-04-20"), policy)
    # no notice at all (trial20 D10: '-1 days'); the note and the finding say why
    assert late.metrics["funding.renewal.notice_days"] == 0
    assert by_rule(late)["GC302"].severity == "error"
    assert any("20 days after the previous agreement ends" in n for n in late.notes)


def test_no_core_costs_means_no_overheads(policy: Policy) -> None:
    s = result_for(MINIMAL + "funding: {core_costs: false}\n", policy)
    assert s.metrics["funding.overheads_percent_cap"] == 0
    assert by_rule(s)["GC304"].severity == "error"


def test_old_assumption_name_still_works_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "grantcheck.yaml", "assumptions:\n  hours_per_extra_stage: 5\n")
    write(tmp_path, "s.yaml", MINIMAL + "application:\n  stages: 2\n  form: {questions: 6}\n")
    (tmp_path / ".git").mkdir()
    result = run("check", "-f", "json", "s.yaml", cwd=tmp_path)
    data = json.loads(result.stdout)
    assert data["schemes"][0]["assumptions"]["hours_per_expression_of_interest"] == 5
    assert "hours_per_extra_stage is now called hours_per_expression_of_interest" in result.stderr


@pytest.mark.parametrize(
    "text,message",
    [
        ("application:\n  stages: 0\n", "application.stages must be greater than or equal to 1"),
        ("application:\n  stages: two\n", "application.stages must be a whole number or a list"),
        (
            "application:\n  stages: [{invited: 3}, {}]\n",
            "the first stage is open to every applicant",
        ),
        (
            "application:\n  stages: [{}, {invited: 0}]\n",
            "application.stages[1].invited must be greater than",
        ),
        (
            "application:\n  stages: [{}]\n  form: {questions: 3}\n",
            "application.form is given as well",
        ),
        (
            "application:\n  form: {attachments: [{name: x, prepard: true}]}\n",
            "unknown key 'prepard'",
        ),
        ("application:\n  form: {attachments: [{prepared: true}]}\n", "'name' is required"),
    ],
)
def test_stage_and_attachment_errors(tmp_path: Path, text: str, message: str) -> None:
    write(tmp_path, "s.yaml", MINIMAL + text)
    result = run("check", str(tmp_path / "s.yaml"))
    assert result.exit_code == 2 and message in result.output
    assert result.output.count("input error:") == 1


def test_examples_read_as_a_grants_officer_would(policy: Policy) -> None:
    root = Path(__file__).resolve().parents[1] / "examples"
    guide = result_for((root / "guide-headline-example.yaml").read_text(), policy)
    assert "GC104" not in guide.passed and by_rule(guide)["GC102"].severity == "error"
    staged = result_for((root / "youth-fund-three-stages.yaml").read_text(), policy)
    assert staged.metrics["application.stages"] == 3 and staged.lower_bounds == ()
    rolling = result_for((root / "rolling-small-grants.yaml").read_text(), policy)
    assert "GC101" in rolling.not_applicable


def test_starter_points_to_the_format_document() -> None:
    root = Path(__file__).resolve().parents[1]
    starter = (root / "src" / "grantcheck" / "templates" / "starter.yaml").read_text()
    assert "docs/scheme-format.md" in starter and (root / "docs" / "scheme-format.md").is_file()


def test_light_micro_form_gets_at_most_a_warning_from_gc104(policy: Policy) -> None:
    root = Path(__file__).resolve().parents[1] / "examples"
    light = result_for((root / "ward-members-light-form.yaml").read_text(), policy)
    assert by_rule(light)["GC104"].severity == "warning"
    assert "GC402" in light.not_applicable  # one 2-hour report: under the reporting floor
    assert by_rule(result_for(LIGHT, policy))["GC104"].severity == "warning"


def test_rolling_window_in_the_key_measures(tmp_path: Path) -> None:
    write(tmp_path, "s.yaml", ROLLING)
    md = run("check", "-f", "markdown", str(tmp_path / "s.yaml")).output
    assert "| Application window | open all year (rolling) |" in md
