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
