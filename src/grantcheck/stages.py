"""A scheme's application stages, as the effort model reads them.

``application.stages`` is a number or a list. A list gives each stage its own
form and who is invited. A number with the one ``application.form`` means:
every stage but the last is a short stage (an expression of interest, at the
``hours_per_expression_of_interest`` assumption), and the last is the form,
paid by those invited (``expected_awards`` x ``invited_per_award``, at most all).
"""

from __future__ import annotations

from grantcheck.effort_inputs import Attachment, FormFacts, StageFacts
from grantcheck.load import KeyPath
from grantcheck.scheme import Scheme
from grantcheck.scheme_application import Form, Stage


def form_facts(form: Form) -> FormFacts:
    """A stated form as the effort model reads it."""
    items = (
        None
        if form.attachments is None
        else tuple(
            Attachment(a, None) if isinstance(a, str) else Attachment(a.name, a.prepared)
            for a in form.attachments
        )
    )
    return FormFacts(form.questions, form.word_limit, items)


def stage_list(s: Scheme) -> list[Stage] | None:
    """The stages when the scheme lists them, else None."""
    stages = s.application.stages
    return stages if isinstance(stages, list) else None


def stage_facts(s: Scheme, eoi_hours: float) -> tuple[StageFacts, ...]:
    """Every stage, first first."""
    listed = stage_list(s)
    if listed is not None:
        return tuple(
            StageFacts(st.name or f"stage {i}", form_facts(st.form), st.invited)
            for i, st in enumerate(listed, 1)
        )
    count = s.application.stages if isinstance(s.application.stages, int) else 1
    form = StageFacts(
        "application form" if count > 1 else "application", form_facts(s.application.form)
    )
    short = tuple(
        StageFacts(
            "expression of interest" if count == 2 else f"stage {i}", FormFacts(), None, eoi_hours
        )
        for i in range(1, count)
    )
    return (*short, form)


def stage_count(s: Scheme) -> int | None:
    stages = s.application.stages
    return len(stages) if isinstance(stages, list) else stages


def form_paths(s: Scheme) -> list[tuple[KeyPath, Form]]:
    """Each stated form and where it is in the file."""
    listed = stage_list(s)
    if listed is None:
        return [(("application", "form"), s.application.form)]
    return [(("application", "stages", i, "form"), st.form) for i, st in enumerate(listed)]


def form_total(s: Scheme, key: str) -> tuple[int | None, KeyPath]:
    """A form fact over every stage: None when no stage states it. Attachments are counted,
    a document asked for at two stages once (as documents.md counts one asked twice)."""
    total: int | None = None
    path: KeyPath = ("application", "form", key)
    names: set[str] = set()
    for where, form in form_paths(s):
        got = getattr(form, key)
        if isinstance(got, list):
            names |= {a.name.strip().lower() for a in form_facts(form).attachments or ()}
            total, path = len(names), (*where, key)
        elif got is not None:
            total = (total or 0) + got
            path = (*where, key)
    if total is None and len(form_paths(s)) > 1:
        path = ("application", "stages")
    return total, path
