"""Site chrome around a saved page's own content (navigation, a site header or footer, a search
box, page feedback, a cookie banner): never questions or fields of the application.
"""

from __future__ import annotations

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
    return not CONTENT.intersection(stack) and any(
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
