"""GC111's headline on a short text (trial21 D31): it read "The rate of jargon and undefined
acronyms per 1,000 words of the documents is 13" of documents whose rate was 36 per 1,000
(13 terms in 359 words, judged as 1,000 words long), so a council quoting the headline
understated its documents' jargon threefold. The finding now opens with the counts and the
plain rate, and names the figure it compares with its limit the rate judged."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL, run, write

NOTES = (
    "# Notes\n\nWe facilitate, foster and liaise with groups. Projects commence in May and "
    "the panel will ascertain needs.\n"
)


def test_a_short_texts_finding_opens_with_its_plain_rate(project: Path) -> None:
    write(project, "notes.md", NOTES)
    write(project, "s.yaml", MINIMAL + "application:\n  guidance:\n    documents: [notes.md]\n")
    data = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).stdout)
    scheme = data["schemes"][0]
    [gc111] = [f for f in scheme["findings"] if f["rule"] == "GC111"]
    words = scheme["measured"]["documents.jargon_per_1000_words"]["words"]
    plain = scheme["measured"]["documents.jargon_per_1000_words"]["measured"]
    assert gc111["message"].startswith(
        f"The documents hold 5 jargon terms and acronyms never spelt out in {words} words "
        f"({plain:g} per 1,000 words); a text under 1,000 words is judged as 1,000 words long, "
        "so the rate judged is 5: above the warning limit of 3"
    ), gc111["message"]
    assert "The rate of jargon and undefined acronyms per 1,000 words" not in gc111["message"]
    # the metric is the rate judged, as session 17 made it (README says which is which)
    assert gc111["value"] == 5.0 == scheme["metrics"]["documents.jargon_per_1000_words"]
