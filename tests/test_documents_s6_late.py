"""A page's own furniture that is not the application: each general rule shown on a small
document of the test's own (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

from documents import measure

APPLY = (
    "<main><h1>Village green fund</h1><form action='/apply' method='post'>"
    "<label for='plan'>Describe what you will do with the money (up to 250 words)</label>"
    "<textarea id='plan' name='plan' maxlength='1500'></textarea>"
    "<button type='submit'>Send</button></form></main>"
)


def test_a_blog_comment_form_under_the_page_is_not_the_application(tmp_path: Path) -> None:
    """A blog's 'Leave a Reply' form (#respond, form#commentform) under the application:
    its comment box and name inputs are the site's, not questions the funder asks."""
    comments = (
        "<div id='comments' class='comments-area'><div id='respond' class='comment-respond'>"
        "<h3 class='comment-reply-title'>Leave a Reply</h3>"
        "<form action='/wp-comments-post.php' method='post' id='commentform' "
        "class='comment-form'><label for='comment'>Comment</label>"
        "<textarea id='comment' name='comment' maxlength='65525' required></textarea>"
        "<label for='author'>Name</label><input id='author' name='author' maxlength='245'>"
        "</form></div></div>"
    )
    f = measure(tmp_path, "fund.html", APPLY + comments)
    assert [q.word_limit for q in f.questions] == [250]
    assert f.word_limit == 250


def test_a_database_default_length_is_no_word_limit(tmp_path: Path) -> None:
    """A box whose maxlength is a platform's default (65,535 characters) sets no limit the
    author chose: the question is counted, without a limit of some ten thousand words."""
    page = (
        "<form><label for='why'>Why does your village need this project?</label>"
        "<textarea id='why' name='why' maxlength='65535'></textarea>"
        "<label for='who'>Who will take part? (no more than 150 words)</label>"
        "<textarea id='who' name='who' maxlength='900'></textarea></form>"
    )
    f = measure(tmp_path, "village.html", page)
    assert [q.word_limit for q in f.questions] == [None, 150]
    assert f.word_limit == 150


def test_a_newsletter_telling_of_the_online_forms_questions_asks_none(tmp_path: Path) -> None:
    """A bulletin with nowhere to write that tells what the online form will ask ("you'll be
    asked for ..., then four questions, one of up to 300 words") asks nothing itself; nor does
    a later article's consultation question with a word count."""
    text = (
        "Parish bulletin, spring\n\n"
        "Small projects fund now open\n\n"
        "The online form takes about an hour. You'll be asked for your group's details,\n"
        "then four questions about your project, one of them a summary of up to 300 words.\n\n"
        "Have your say\n\n"
        "What do you think of the new bus timetable? Reply in no more than 150 words.\n"
    )
    assert measure(tmp_path, "bulletin.txt", text).questions == []


def test_guidance_saying_apply_on_our_online_form_lists_its_questions(tmp_path: Path) -> None:
    """'Apply on our online form ... It has six questions. The longest, ..., has a limit of
    500 words', under a bilingual heading: the limit is the online form's, told here so
    applicants can plan."""
    text = (
        "# Heritage open days grants\n\n"
        "## Sut i ymgeisio / How to apply\n\n"
        "Apply on our online form at <https://example.org.uk/apply>. It has six questions.\n"
        'The longest, "What will visitors see and do?", has a limit of 500 words.\n'
    )
    assert measure(tmp_path, "heritage.md", text).questions == []
