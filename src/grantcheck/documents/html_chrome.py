"""Site chrome around a saved page's own content (navigation, a site header or footer, a search
box, page feedback, a cookie banner): never questions or fields of the application. A page
saved or printed as text (``lynx -dump``, copied from the browser) keeps only the chrome's
words: its page-feedback widget is known by the question it opens with.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import Block

# a page-feedback widget's opening question, as sites word it: "Was this page helpful?", "Is
# this page useful?", "Did you find what you were looking for?", "Is there anything wrong with
# this page?"
FEEDBACK = re.compile(
    r"^\W*(?:was|is)\s+this\s+(?:page|information|content)\s+(?:helpful|useful)\b"
    r"|^\W*did\s+you\s+find\s+what\s+you\s+(?:were|are)\s+looking\s+for\b"
    r"|^\W*is\s+there\s+anything\s+wrong\s+with\s+this\s+page\b",
    re.IGNORECASE,
)
WIDGET_BLOCKS, WIDGET_WORDS = 8, 25  # a widget's blocks at most, and each one's words at most

# a dialog over the page (a cookie banner, "Save and resume later", a session about to end)
CHROME_TAGS = {"nav", "aside", "dialog"}
CHROME_OUTSIDE_CONTENT = {"header", "footer"}  # a site's header; an article's own header is content
CONTENT = {"main", "article", "form"}
PAGE = {"html", "body", "main"}
CHROME_ROLES = {
    "search",
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "toolbar",
    "dialog",
    "alertdialog",
}
# words in an element's id, class, action or label that name a site widget, not the form
# (a word starting with one of these: "cookie-banner", "webchat-panel")
CHROME_WORDS = (
    "search",
    "feedback",
    "newsletter",
    "cookie",
    "login",
    "signin",
    "subscribe",
    "breadcrumb",
    "skiplink",
    "megamenu",
    "rating",
    "chat",
    "webchat",
    "livechat",
    "language",
    "translat",
    "a11y",
    "toolbar",
    "reportaproblem",
    "reportproblem",
    # a box drawn over the page ("Send a message to the buyer", "Save and come back later"), as
    # a dialog is, where the page names it by its class alone
    "modal",
    "lightbox",
)
CHROME_EXACT = {
    "lang",
    "commentform",
    "respond",
}  # whole words only: "lang-switch", not "langley-hall"
# several words together: "report-a-problem", "Accessibility tools", "site-footer"
CHROME_PHRASES = (
    "report a problem",
    "report problem",
    "problem with this page",
    "accessibility tool",
    "accessibility bar",
    "accessibility menu",
    "text size",
    "skip to",
    # a blog's comment form under the page (WordPress: #respond, form#commentform posting to
    # wp-comments-post.php, "Leave a Reply"): readers' comments, not the application
    "comment respond",
    "comment form",
    "comments area",
    "comments post",
    "leave a reply",
    "leave a comment",
)
# a site's header or footer named by its class or id, outside the page's form and main content
CHROME_OUTSIDE_WORDS = ("footer", "header", "masthead", "topbar", "sitemap")


def is_chrome(tag: str, values: dict[str, str], stack: list[str]) -> bool:
    """Whether an element is site chrome: navigation, a site header or footer, a search box,
    page feedback, a newsletter sign-up, a cookie banner or a login form. The page itself is
    never chrome: a body's class names the state of the site's widgets ("toolbar-tray-open")."""
    if tag in PAGE:
        return False
    if tag in CHROME_TAGS or values.get("role", "").lower() in CHROME_ROLES:
        return True
    if tag in CHROME_OUTSIDE_CONTENT and not CONTENT.intersection(stack):
        return True
    if "form" in stack:  # (a form found to be chrome is passed by whole: this one is not)
        return False  # its parts are named by what they ask: "languages", "rating-scale"
    own = _words(" ".join(values.get(k, "") for k in ("id", "class", "aria-label", "name")))
    words = own + _words(values.get("action", ""))
    # a whole word names the element only in its own names: a form builder posts every form to
    # ".../respond", which is no comment form (WordPress's is "#respond")
    if any(w.startswith(CHROME_WORDS) for w in words) or any(w in CHROME_EXACT for w in own):
        return True
    joined = f" {' '.join(words)} "
    if any(f" {phrase}" in joined for phrase in CHROME_PHRASES):
        return True
    # a form builder's own header ("office-form-header", "form-header"): the form's title and
    # its description (who may apply, what is needed), not the site's header
    own_header = "form" in own and "header" in own
    return not (CONTENT.intersection(stack) or own_header) and any(
        w.startswith(CHROME_OUTSIDE_WORDS) for w in words
    )


def _words(names: str) -> list[str]:
    """The lower-case words of names (camelCase names are words too: an e-mail template's
    "templateFooter", "siteHeader")."""
    return (
        "".join(
            f" {c}" if c.isupper() and before.islower() else c if c.isalnum() else " "
            for before, c in zip(" " + names, names, strict=False)
        )
        .lower()
        .split()
    )


def without_feedback(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a page-feedback widget written out as words (a saved page's text):
    its question, its choices and boxes ("What went wrong? (maximum 500 characters)") up to the
    next heading, a longer passage or a few blocks on."""
    out: list[Block] = []
    skip = 0
    for block in blocks:
        if skip and not block.heading and len(block.text.split(None, WIDGET_WORDS)) <= WIDGET_WORDS:
            skip -= 1
            continue
        skip = 0
        head = block.text[:40]  # (a quick test before FEEDBACK)
        if ("this" in head or "find" in head) and FEEDBACK.search(block.text[:120]):
            skip = WIDGET_BLOCKS
            continue
        out.append(block)
    return out
