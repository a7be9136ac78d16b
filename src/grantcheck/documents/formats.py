"""One form published in several formats: counted once.

Councils publish the same application form as a Word file, a fillable PDF and an online
page, and a scheme (or an LIO's `init --from`) lists them all. Summed, the applicant would
seem to answer every question three times. A document whose questions are, nearly all, the
questions of an earlier document in the same list (and the other way round) is read as that
form in another format: its questions, limits and fields are not counted again. What else it
asks (attachments, policies, accounts) is merged by kind as any repeat is (see total.py).
Guidance published twice (notes as Word and as PDF) is read once the same way, matched on its
runs of words (``repeated``): its reading time is not counted again.

The match is on the questions' own words, after the numbering and the limit are set aside
("1. Describe your project. (maximum 300 words)" in Word, "Describe your project" on a PDF
page, "1. Describe your project. Up to 1,800 characters" as a web label), so the limit as each
format writes it, or its absence, never decides. An online page words its labels shorter
("How will local people help plan and run it?" for "How will local people be involved in
planning and running the project?"), so only the words that carry the question count, each
taken at its stem: the little words of a sentence ("the", "your", "and") and a word's ending
("planning", "plan") say nothing of which question it is. Two parts of one application (Part A about
the group, Part B about the project) share few questions and are still summed.

Copies counted once can still differ: a question one of them lacks (a copy out of date), or a
limit one sets differently (a fillable PDF field left at its tool's default length). Counting
once would hide that, so the note names each difference.
"""

from __future__ import annotations

import dataclasses
import re

from grantcheck.documents.blocks import clip
from grantcheck.documents.facts import DocumentFacts, Question
from grantcheck.units import plural

_WORD = re.compile(r"[^\W\d_]{3,}")
# the words a limit is written in, which differ by format and say nothing of the question
_LIMIT_WORDS = frozenset(
    "max maximum words word characters character limit limits pages page side sides "
    "including spaces more than less fewer".split()
)
# the little words of any sentence, which two different questions share as readily as one
# question worded twice ("what", "why", "how" do say what is asked, so they stay)
_LITTLE = frozenset(
    "the and you your yours our ours their they them this that these those will would can "
    "could should have has had are was were for with from into about any all its "
    "there here been being does did not but also such each per than then very".split()
)
SHARE = 0.8  # of each document's questions found in the other: a form and its copy, not a part


def _stem(word: str) -> str:
    """The word without an ending a rewording changes ("planning", "planned", "plans": plan)."""
    if word[-3:] in ("ies", "ied"):
        word = word[:-3] + "y"
    elif word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif len(word) > 4 and word.endswith(("ed", "ses", "xes", "zes", "hes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # "runn", "plann": the consonant doubled before -ing or -ed
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def _words(q: Question) -> frozenset[str]:
    return frozenset(
        _stem(w)
        for w in _WORD.findall(q.text.lower())
        if w not in _LIMIT_WORDS and w not in _LITTLE
    )


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same question: most of the shorter one's words are in the other."""
    if not a or not b:
        return False
    return len(a & b) >= 0.8 * min(len(a), len(b))


def _matched(ours: list[frozenset[str]], theirs: list[frozenset[str]]) -> int:
    return sum(1 for q in ours if any(_alike(q, t) for t in theirs))


def same_form(a: DocumentFacts, b: DocumentFacts) -> bool:
    """Whether ``b`` asks the questions ``a`` asks (and no more than a few others): two
    questions at least, so that one shared prompt ("Describe your project") never joins two
    different forms."""
    if len(a.questions) < 2 or len(b.questions) < 2:
        return False
    qa, qb = [_words(q) for q in a.questions], [_words(q) for q in b.questions]
    return _matched(qb, qa) >= SHARE * len(qb) and _matched(qa, qb) >= SHARE * len(qa)


def translated(a: DocumentFacts, b: DocumentFacts) -> bool:
    """Whether one is the other's form in Welsh (as the Welsh Language Standards have councils
    publish it): one English and one Welsh, asking as many questions (two at least) with the
    same limits in the same order. Their words cannot be matched, so the shape is (trial21
    D24: an applicant answers one language's form, and both were summed)."""
    if {a.language, b.language} != {"en", "cy"} or len(a.questions) < 2:
        return False
    return [q.word_limit for q in a.questions] == [q.word_limit for q in b.questions]


def alternatives(documents: list[DocumentFacts]) -> dict[str, str]:
    """Each document that is an earlier one's form in another format, or in the other language,
    with that earlier one."""
    found: dict[str, str] = {}
    # Only a document asking two questions or more can be another's copy (same_form and
    # translated both ask it), so the pairs are taken among those alone: a scheme may list
    # thousands of documents that could not be read, and every pair of them was compared
    # (redteam21 R9: 60,000 missing files, some forty minutes).
    earlier: list[DocumentFacts] = []
    for later in documents:
        if len(later.questions) < 2:
            continue
        first = next((d for d in earlier if same_form(d, later) or translated(d, later)), None)
        if first is None:
            earlier.append(later)  # a copy is never matched again: its first stands for it
        else:
            found[later.file] = first.file
    return found


def as_counted(
    documents: list[DocumentFacts], again: dict[str, str] | None = None
) -> list[DocumentFacts]:
    """``documents`` with each other format's questions and fields left out (counted once);
    ``again``: ``alternatives(documents)``, when known."""
    again = alternatives(documents) if again is None else again
    return [
        dataclasses.replace(d, questions=[], fields=[]) if d.file in again else d for d in documents
    ]


def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    """The text's runs of three words: the same notes extracted from Word, PDF or a web page
    share nearly all of them, whatever their line breaks, headers and page numbers."""
    words = _WORD.findall(text.lower())
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def repeated(texts: list[tuple[str, str]]) -> dict[str, str]:
    """Each document (name, text) whose words are an earlier one's (the same guidance published
    in another format), with that earlier one: nearly all of each one's runs of words are in
    the other (SHARE), so a summary quoting the notes, or a second part, is never one."""
    runs = [(name, _shingles(text)) for name, text in texts]
    found: dict[str, str] = {}
    for i, (name, mine) in enumerate(runs):
        for first, theirs in runs[:i]:
            small, large = sorted((len(mine), len(theirs)))
            if first in found or not small or small < SHARE * large:
                continue
            if len(mine & theirs) >= SHARE * small:
                found[name] = first
                break
    return found


def welsh_copies(documents: list[tuple[str, str, int]]) -> dict[str, str]:
    """Each Welsh document (name, language, words) that is an English one's notes in Welsh,
    with that English one: paired one to one, in order, each within half again of the other's
    length (Welsh runs a little longer). An applicant reads one language's notes (D24)."""
    english = [(n, w) for n, lang, w in documents if lang == "en" and w]
    found: dict[str, str] = {}
    for name, language, words in documents:
        if language != "cy" or not words:
            continue
        match = next((n for n, w in english if max(w, words) <= 1.5 * min(w, words)), None)
        if match is not None:
            found[name] = match
            english = [(n, w) for n, w in english if n != match]
    return found


_LANGUAGES = {"cy": "Welsh", "en": "English"}
SHOWN = 5  # differences named in a note; the rest are counted


def note(again: dict[str, str], documents: list[DocumentFacts] | None = None) -> list[str]:
    """A sentence for each document counted once, for the reports, naming where it differs
    from the copy counted when ``documents`` (as read, before ``as_counted``) are given."""
    by_file = {d.file: d for d in documents or []}
    said = []
    for later, first in again.items():
        text = (
            f"the same form in another format: {later} asks the questions {first} asks, so its "
            "questions, limits and fields are counted once"
        )
        if (
            first in by_file
            and later in by_file
            and by_file[first].language != (by_file[later].language)
        ):
            text = (
                f"the same form in {_LANGUAGES[by_file[later].language]}: {later} asks as many "
                f"questions as {first}, with the same limits, so its questions, limits and "
                "fields are counted once (an applicant answers one language's form)"
            )
            said.append(text)
            continue
        if first in by_file and later in by_file:
            differ = differences(by_file[first], by_file[later])
            more = f"; and {len(differ) - SHOWN} more" if len(differ) > SHOWN else ""
            if differ:
                text += f" (as in {first}), but the copies differ: " + "; ".join(differ[:SHOWN])
                text += more
        said.append(text)
    return said + _near(again, documents or [])


def _near(again: dict[str, str], documents: list[DocumentFacts]) -> list[str]:
    """A sentence for each two forms summed that share more than half of each one's questions:
    two parts of an application rarely do, a form and an out-of-date or reworded copy do, and
    a silent sum would double the burden."""
    said = []
    for i, later in enumerate(documents):
        for first in documents[:i]:
            if (
                later.file in again
                or first.file in again
                or min(len(first.questions), len(later.questions)) < 2
            ):
                continue
            qa = [_words(q) for q in first.questions]
            qb = [_words(q) for q in later.questions]
            shared = _matched(qb, qa)
            if shared > len(qb) / 2 and _matched(qa, qb) > len(qa) / 2:
                said.append(
                    f"counted as two parts of the application, though {later.file} shares "
                    f"{shared} of its {plural(len(qb), 'question')} with {first.file}: "
                    "if they are the same form in two formats, list only one"
                )
    return said


def differences(first: DocumentFacts, later: DocumentFacts) -> list[str]:
    """Each question only one copy asks, and each question the two limit differently."""
    ours, theirs = [_words(q) for q in first.questions], [_words(q) for q in later.questions]
    out = []
    for q, words in zip(first.questions, ours, strict=True):
        match = next((i for i, t in enumerate(theirs) if _alike(words, t)), None)
        if match is None:
            out.append(f'only {first.file} asks "{clip(q.text, 80)}"')
        elif (other := later.questions[match]).word_limit != q.word_limit:
            out.append(
                f'"{clip(q.text, 80)}" has {_limit(q)} in {first.file}, '
                f"{_limit(other)} in {later.file}"
            )
    out += [
        f'only {later.file} asks "{clip(q.text, 80)}"'
        for q, words in zip(later.questions, theirs, strict=True)
        if not any(_alike(words, t) for t in ours)
    ]
    return out


def _limit(q: Question) -> str:
    return "no limit" if q.word_limit is None else f"a limit of {q.word_limit:,} words"
