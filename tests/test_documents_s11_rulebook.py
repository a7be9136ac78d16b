"""The labelling rulebook (tests/forms/README.md, "The rules applied"), rule by rule, on small
documents of the test's own (several wordings, several formats), never the labelled corpus.

Match funding: "0 when the document says outright that none is needed ("we can fund the whole
cost", "you do not need to raise money from anywhere else")". A funder that says it can pay the
whole cost of a project, or that the applicant need not find money elsewhere, states 0%, though
the words "match funding" are absent; a share stated beside it comes first, and "we cannot fund
the whole cost", "the full cost of equipment" or "other funding in place before you apply" say
nothing of the kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure, write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

NONE_NEEDED = [
    "We can fund the whole cost of your project, so there is nothing else to raise.",
    "The parish council can pay for the entire project if it meets the aims above.",
    "You do not have to raise money from anywhere else to apply.",
    "Your group does not need other funding: the panel pays for the whole thing.",
    "There is no need to find money from elsewhere for a project like this.",
    "Grants can cover the full costs of a small event; you do not need to raise money yourselves.",
]
NOT_NONE = [
    "We cannot fund the whole cost of a project, so please tell us who else is helping.",
    "We will not normally pay the full cost of a building project.",
    "We can fund the full cost of equipment that volunteers will use.",
    "You do not need other funding in place before you apply, but tell us who you will ask.",
    "If you have money from elsewhere, tell us about it in the budget.",
    "It is unlikely that we will pay for the whole project.",
]


def _written(tmp_path: Path, fmt: str, lines: list[str]) -> DocumentFacts:
    """The measured facts of a document whose first line is its title and each other line a
    paragraph (in Markdown, a line ending in "?" is an FAQ's "###" heading), in ``fmt``."""
    title, rest = lines[0], lines[1:]
    if fmt in ("txt", "md"):
        heads = "### " if fmt == "md" else ""
        body = "".join(f"{heads if line.endswith('?') else ''}{line}\n\n" for line in rest)
        return measure(tmp_path, f"notes.{fmt}", f"{heads[:2]}{title}\n\n{body}")
    if fmt == "html":
        body = "".join(f"<p>{line}</p>" for line in rest)
        page = f"<html lang=en><body><main><h1>{title}</h1>{body}</main></body></html>"
        return measure(tmp_path, "notes.html", page)
    path = tmp_path / f"notes.{fmt}"
    if fmt == "docx":
        write_docx(path, rest, heading=title)
    else:
        write_pdf(path, [lines])
    return Measurer().measure(path, path.name)[1]


def _document(tmp_path: Path, fmt: str, sentence: str) -> DocumentFacts:
    """Guidance notes for a small grants fund, the sentence in its money section."""
    lines = [
        "Community Small Grants: notes for applicants",
        "Who can apply",
        "Constituted voluntary and community groups working in the district.",
        "How much you can ask for",
        f"Grants are between £250 and £2,000. {sentence}",
        "How to apply",
        "Send the form to the grants officer by the closing date.",
    ]
    return _written(tmp_path, fmt, lines)


def _match(facts: DocumentFacts) -> float | None:
    return None if facts.match_funding is None else float(facts.match_funding.value)


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx", "pdf"])
@pytest.mark.parametrize("sentence", NONE_NEEDED)
def test_the_funder_paying_the_whole_cost_states_no_match_funding(
    tmp_path: Path, fmt: str, sentence: str
) -> None:
    facts = _document(tmp_path, fmt, sentence)
    assert _match(facts) == 0.0
    assert facts.match_funding is not None and facts.match_funding.evidence.words


@pytest.mark.parametrize("fmt", ["md", "docx"])
@pytest.mark.parametrize("sentence", NOT_NONE)
def test_a_whole_cost_refused_or_of_a_part_states_nothing(
    tmp_path: Path, fmt: str, sentence: str
) -> None:
    assert _match(_document(tmp_path, fmt, sentence)) is None


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_a_share_stated_beside_a_whole_cost_for_small_projects_comes_first(
    tmp_path: Path, fmt: str
) -> None:
    sentence = (
        "We can pay the whole cost of projects under £1,000. For larger projects at least 20%"
        " of the total cost must come from other sources."
    )
    assert _match(_document(tmp_path, fmt, sentence)) == 20.0


# --- a form is named by itself, not by the address it posts to ---------------------------------

FORM_PAGE = """<!doctype html><html lang=en><head><title>{title}</title></head><body>
<div id=app><main><h1>{title}</h1><p>Grants of up to £2,000 for groups in the borough.</p>
<form method=post action="{action}">
<input type=hidden name=formId value=x1>
<label for=n>Name of your group</label><input id=n name=n>
<label for=a>{first}</label><p id=ah>No more than 200 words.</p>
<textarea id=a name=a aria-describedby=ah></textarea>
<label for=b>{second}</label><textarea id=b name=b maxlength=900></textarea>
<label for=u>Upload your group's constitution</label><input type=file id=u name=u required>
<button type=submit>Submit</button></form></main>{comments}</div></body></html>"""
COMMENTS = """<div id=respond class=comment-respond><h3>Leave a Reply</h3>
<form id=commentform action="/wp-comments-post.php" method=post>
<label for=c>Comment</label><textarea id=c name=comment></textarea>
<label for=e>Email</label><input id=e name=email><button>Post Comment</button></form></div>"""
ACTIONS = [
    (
        "https://forms.example.org/api/forms/green-streets/respond",
        "Green Streets grants",
        "What will your group plant, and where?",
        "Who will look after the planting once it is in?",
    ),
    (
        "/submissions/respond",
        "Warm Welcome grants: apply",
        "Describe the warm space you will open this winter.",
        "How will people who are lonely hear about it?",
    ),
    (
        "https://apply.example.gov.uk/respond?form=77",
        "Youth Voice fund",
        "What have young people asked you to do?",
        "How will young people lead the project?",
    ),
]


@pytest.mark.parametrize(("action", "title", "first", "second"), ACTIONS)
@pytest.mark.parametrize("comments", ["", COMMENTS])
def test_a_form_posting_to_an_address_named_respond_is_the_application(
    tmp_path: Path, action: str, title: str, first: str, second: str, comments: str
) -> None:
    page = FORM_PAGE.format(
        title=title, action=action, first=first, second=second, comments=comments
    )
    facts = measure(tmp_path, "apply.html", page)
    assert [q.word_limit for q in facts.questions] == [200, 150]
    assert [a.kind for a in facts.attachments] == ["governing_document"]
    assert len(facts.fields) == 1  # the group's name; never the blog's comment or email


# --- an FAQ's answer: "Do we need to find some of the money ourselves? We do not insist on it" --

FAQ_NONE = [
    ("Do we need match funding?", "No. We can consider applications for the whole cost."),
    (
        "Do we need to find some of the money ourselves?",
        "We do not insist on it, though it helps your application to show some local support.",
    ),
    ("Can we ask for the whole cost of our project?", "Yes. Other funding is welcome too."),
    ("Is match funding required?", "No, it is not required for grants of this size."),
    ("Does our club have to raise part of the cost itself?", "No."),
]
FAQ_NOT_NONE = [
    ("Can we count volunteer time as match funding?", "No, it must be money.", None),
    ("Can we ask for the full cost of equipment?", "Yes, if it is for the project.", None),
    (
        "Do we have to provide match funding?",
        "Yes: at least 20% of the total cost must come from other sources.",
        20.0,
    ),
    ("Who can apply?", "No group is too small to apply.", None),
]


def _faq(tmp_path: Path, fmt: str, asked: str, answer: str) -> DocumentFacts:
    lines = [
        "Neighbourhood Grants: questions people ask",
        "How long will a decision take?",
        "About eight weeks from the closing date.",
        asked,
        answer,
        "Where do we send the form?",
        "Email it to the grants team.",
    ]
    return _written(tmp_path, fmt, lines)


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
@pytest.mark.parametrize(("asked", "answer"), FAQ_NONE)
def test_an_faq_answering_that_none_is_needed_states_no_match_funding(
    tmp_path: Path, fmt: str, asked: str, answer: str
) -> None:
    assert _match(_faq(tmp_path, fmt, asked, answer)) == 0.0


@pytest.mark.parametrize("fmt", ["md", "docx"])
@pytest.mark.parametrize(("asked", "answer", "share"), FAQ_NOT_NONE)
def test_an_faq_answer_about_something_else_states_no_none(
    tmp_path: Path, fmt: str, asked: str, answer: str, share: float | None
) -> None:
    assert _match(_faq(tmp_path, fmt, asked, answer)) == share


def test_a_question_and_its_answer_in_one_paragraph(tmp_path: Path) -> None:
    text = (
        "# Community Infrastructure Levy bids\n\n**Can we bid for the whole cost?**\nYes. We"
        " welcome other funding, but it is not a condition.\n"
    )
    assert _match(measure(tmp_path, "bids.md", text)) == 0.0


# --- guidance quoting another stage's form: "The full application form will ask you:" -----------

LEADS = [
    "At stage 2 you will fill in the full application form. It asks:",
    "The stage 2 application form asks:",
    "If we invite you to stage 2, you will be sent a full form with these questions:",
    "Questions on the second stage form:",
    "The full application form will ask you:",
]


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
@pytest.mark.parametrize("lead", LEADS)
def test_guidance_quoting_another_forms_questions_counts_none(
    tmp_path: Path, fmt: str, lead: str
) -> None:
    lines = [
        "Heritage Grants: notes for stage 1",
        "Read these notes before you send your expression of interest.",
        lead,
        "1. What is the heritage and why does it matter? (500 words)",
        "2. Who will be involved in looking after it? (300 words)",
        "Start thinking about your answers now.",
    ]
    assert _written(tmp_path, fmt, lines).questions == []


def test_a_form_saying_what_it_asks_keeps_its_questions(tmp_path: Path) -> None:
    text = (
        "# Heritage Grants: stage 2 application form\n\nThis form asks:\n\n"
        "1. What is the heritage and why does it matter? (500 words)\n\n_Answer here_\n\n"
        "2. Who will be involved in looking after it? (300 words)\n\n_Answer here_\n"
    )
    assert [q.word_limit for q in measure(tmp_path, "form.md", text).questions] == [500, 300]


# --- chrome is the site's, never a part of the application's own form ----------------------------

PARTS = [
    ("div", 'class="question" id="languages"', "Which languages do the people you meet speak?"),
    ("div", 'class="rating-scale"', "How confident are you of running the project, and why?"),
    ("div", 'class="chatroom-question"', "Describe the chat sessions you will run."),
    ("fieldset", 'class="translation-needs"', "Tell us what interpreting you will need."),
    ("section", 'id="search-for-volunteers"', "How will you search for new volunteers?"),
]
SITE = """<header class="site-header"><form class="site-search" action="/search">
<label for=s>Search this site</label><input id=s name=q></form></header>
<div class="newsletter-signup"><label for=e>Your email</label><input id=e name=e></div>"""


@pytest.mark.parametrize(("tag", "names", "question"), PARTS)
def test_a_part_of_the_application_form_named_by_its_topic_is_read(
    tmp_path: Path, tag: str, names: str, question: str
) -> None:
    page = (
        f"<!doctype html><html lang=en><head><title>Apply</title></head><body>{SITE}<main>"
        '<h1>Apply: Welcome Fund</h1><form action="/apply/send" method=post>'
        "<label for=n>Name of your group</label><input id=n name=n>"
        f"<{tag} {names}><label for=a>{question} (100 words)</label>"
        f"<textarea id=a name=a></textarea></{tag}>"
        "<button>Send</button></form></main>"
        '<footer><form class="feedback"><label for=f>Was this page useful?</label>'
        "<textarea id=f name=f></textarea></form></footer></body></html>"
    )
    facts = measure(tmp_path, "apply.html", page)
    assert [q.word_limit for q in facts.questions] == [100]
    assert len(facts.fields) == 1  # the group's name: never the site search or the newsletter
