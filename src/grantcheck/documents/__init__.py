"""Measuring a scheme from its own documents: forms and guidance, in any format.

``read`` turns a file (.docx, .pdf, .html/.htm, .md, .txt) into neutral blocks
within a budget; ``measure`` finds in them what documents.md lists (questions,
fields, limits, attachments, policies, accounts, insurance, match funding, jargon,
acronyms, language), each with evidence. This package is imported only when a
scheme names documents, or by ``grantcheck measure`` and ``init --from``.
"""

from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from grantcheck.documents.award import award_range
from grantcheck.documents.bilingual import english_half
from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Extracted
from grantcheck.documents.budget import Budget, DocumentLimits, RunBudget, over
from grantcheck.documents.cells import framed
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.language import acronyms, jargon, language
from grantcheck.documents.named import quoting
from grantcheck.documents.questions import questions_and_fields
from grantcheck.documents.repeated import as_listed
from grantcheck.documents.requirements import Requirements
from grantcheck.documents.total import distinct
from grantcheck.documents.twins import welsh_twins
from grantcheck.documents.vocab import Vocabulary, load
from grantcheck.guidance import Unreadable
from grantcheck.words import count_words

if TYPE_CHECKING:
    from grantcheck.policy import Policy

FORMATS = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
}
SUFFIXES = frozenset(FORMATS)
# formats grantcheck cannot read, that every office program can save as one it can
SAVE_AS = {".doc": "an old Word", ".odt": "an OpenDocument", ".rtf": "a Rich Text"}
SAVE_AS_HINT = "save it as .docx (Word) or PDF"
# cells with words in a table's row (or its header) past which the row is no form's table (a
# documents matrix has a column or two for each kind of applicant): each cell is read alone, as
# reading a cell with its row and header costs the width of both, so a row of 10,000 cells (a
# Markdown table of 160 KB) took 2.4 GB and minutes
WIDE = 50
WORDS_PER_PAGE, CHARACTERS_PER_WORD = 500.0, 6.0


def refused(suffix: str) -> str | None:
    """Why a document in an office format grantcheck cannot read is refused, with what to do."""
    kind = SAVE_AS.get(suffix.lower())
    if kind is None:
        return None
    return f"is {kind} ({suffix.lower()}) document, which grantcheck cannot read: {SAVE_AS_HINT}"


def _protected(path: Path, budget: Budget) -> str | None:
    """Why an old Word document (.doc) cannot be read, when a password is the reason: saved
    as .docx, as a .doc is told to be, it would keep its password (ole.py reads only the
    container's directory and one flag; a file over the size limit is not opened)."""
    if path.suffix.lower() != ".doc" or path.stat().st_size > budget.limits.max_document_bytes:
        return None
    from grantcheck.documents.ole import protected_doc

    return protected_doc(path.read_bytes())


def read(path: Path, budget: Budget) -> Extracted:
    """The blocks of one document. Raises Unreadable (or OverBudget)."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise Unreadable(
            _protected(path, budget)
            or refused(path.suffix)
            or "is not a .docx, .pdf, .html, .htm, .md or .txt file"
        )
    size = path.stat().st_size
    if size > budget.limits.max_document_bytes:
        raise over(f"is {size:,} bytes", "max_document_bytes", budget.limits.max_document_bytes)
    if fmt == "docx":
        from grantcheck.documents.docx_reader import read_docx

        return read_docx(path, budget)
    if fmt == "pdf":
        from grantcheck.documents.pdf_reader import read_pdf

        return read_pdf(path, budget)
    from grantcheck.documents.encoding import decode

    text = decode(path.read_bytes(), fmt)
    if fmt == "html":
        from grantcheck.documents.html_reader import read_html

        return read_html(path, budget, text)
    from grantcheck.documents.text_reader import read_text

    return read_text(text, fmt, budget)


def row_key(where: tuple[tuple[str, int | str], ...]) -> tuple[object, object] | None:
    """A table cell's table and row, whatever else its location names (a line, a page)."""
    if len(where) < 3:
        return None  # a page and line, a paragraph, an element: not a table cell
    place = dict(where)
    return (place["table"], place["row"]) if "table" in place and "row" in place else None


def _row_texts(
    blocks: list[Block],
) -> tuple[dict[tuple[object, object], list[Block]], set[tuple[object, object]]]:
    """Each table row's cells with words, and the rows with an empty answer box."""
    rows: dict[tuple[object, object], list[Block]] = {}
    boxed: set[tuple[object, object]] = set()
    for b in blocks:
        if b.kind == TEXT:
            key = row_key(b.where)
            if key is not None:
                rows.setdefault(key, []).append(b)
        elif b.kind == SPACE and (key := row_key(b.where)) is not None:
            boxed.add(key)
    return rows, boxed


def measure_blocks(
    name: str,
    extracted: Extracted,
    vocab: Vocabulary,
    words_per_page: float = WORDS_PER_PAGE,
    characters_per_word: float = CHARACTERS_PER_WORD,
    tick: Callable[[], object] = lambda: None,
) -> DocumentFacts:
    """Every fact documents.md lists, from one document's blocks; ``tick`` is called as they are
    read for questions and requirements (the document's time budget: Budget.tick_document)."""
    blocks = extracted.blocks
    english = english_half(blocks)  # (in English and Welsh: an applicant reads one language)
    text = extracted.text() if english is None else english
    facts = DocumentFacts(
        name, extracted.format, extracted.pages, count_words(text), language(text)
    )
    facts.english_half, facts.drafted = None if english is None else text, extracted.drafted
    facts.questions, facts.fields = questions_and_fields(
        name, blocks, vocab, words_per_page, characters_per_word, tick
    )
    req = Requirements(name, vocab)
    req.quoting = quoting(text)
    rows, req.answer_rows = _row_texts(blocks)
    req.table_rows, req.marked_by_table = rows, {}
    groups = Counter(b.group for b in blocks if b.kind == FIELD and b.group)
    req.box_sets = frozenset(g for g, n in groups.items() if n > 1)
    # a bilingual row's Welsh cell, its English twin beside it: the row asks once (twins.py)
    twins = {id(b) for cells in rows.values() for b in welsh_twins(cells)}
    if twins:
        rows = {k: [b for b in cells if id(b) not in twins] for k, cells in rows.items()}
        req.table_rows = rows
    boxes = framed(rows, req.answer_rows)
    for n, block in enumerate(blocks):
        if not n % 64:
            tick()  # a table's cells cost more than prose: 5 MB of them took minutes
        if id(block) in twins:
            continue
        key = row_key(block.where)
        # a box drawn round part of the page: a framed row, or a Word text box (a sidebar)
        req.box_edge(key if key in boxes else (("drawn", block.drawn) if block.drawn else None))
        key = None if key in boxes else key  # (a box drawn round prose: its words are the page's)
        row = rows.get(key, []) if key is not None else []
        header = rows.get((key[0], 1), []) if key is not None else []
        if key is None or len(row) > WIDE or len(header) > WIDE:
            req.feed(block)  # (a row too wide for a form's table: each cell read on its own)
        else:
            req.feed(block, row, header if key[1] != 1 else [])
    req.replaced_sent()  # (what some may replace: everyone else's, unless limited elsewhere)
    asked, held = req.settled()  # a checklist repeating the form adds nothing it asked
    asked = as_listed(asked, req.prose_asked, vocab.everyone)  # (a list's condition holds)
    required, conditional = distinct(asked)  # asked twice in one document: once
    facts.attachments, facts.policies = required + conditional, held
    facts.accounts, facts.insurance, facts.match_funding = (
        req.accounts_level(),
        req.insurance,
        req.match,
    )
    facts.award = award_range(name, blocks)
    if facts.language == "en":
        facts.jargon = jargon(name, blocks, vocab)  # the list is English
    elif text.strip():  # Welsh, or a language not told: a rate over it would be a guess
        said = "Welsh text" if facts.language == "cy" else "the language is not known"
        facts.unmeasured = f"jargon and English readability not measured: {said}"
    facts.acronyms, defined = acronyms(name, blocks, vocab)
    facts.defined = frozenset(defined)
    if not text.strip() and not facts.questions and not facts.fields:  # nothing to count
        scanned = " (is it a scanned image?)" if extracted.format in ("pdf", "docx") else ""
        facts.note = f"not measurable: no text could be read{scanned}"
    return facts


@dataclass
class Measurer:
    """Measures documents for one run: one budget, one cache (a file listed twice is read once)."""

    limits: DocumentLimits = field(default_factory=DocumentLimits)
    vocab_folders: tuple[Path, ...] = ()
    words_per_page: float = WORDS_PER_PAGE
    characters_per_word: float = CHARACTERS_PER_WORD
    run: RunBudget = field(init=False)
    cache: dict[tuple[str, int, int, int], tuple[Extracted, DocumentFacts]] = field(
        default_factory=dict
    )

    def __post_init__(self) -> None:
        self.run = RunBudget(self.limits)

    @classmethod
    def for_policy(cls, policy: Policy | None) -> Measurer:
        """A measurer with the policy's budgets, its assumptions in force (the config's
        ``characters_per_word`` and ``words_per_page``) and its rule folders' vocabularies."""
        if policy is None:
            return cls()
        return cls(*settings(policy))

    @property
    def assumptions(self) -> dict[str, float]:
        """What turns a limit in characters or pages into words, as this measurer reads them."""
        return {
            "characters_per_word": self.characters_per_word,
            "words_per_page": self.words_per_page,
        }

    def measure(self, path: Path, name: str) -> tuple[Extracted, DocumentFacts]:
        """One document's blocks and facts. Raises Unreadable (or OverBudget)."""
        resolved = path.resolve()
        stat = os.stat(resolved)
        key = (str(resolved), stat.st_size, stat.st_mtime_ns, stat.st_ino)
        if key in self.cache:
            extracted, facts = self.cache[key]
            return extracted, facts if facts.file == name else _renamed(facts, name)
        budget = self.run.document()
        with _collector_paused():
            try:
                extracted = read(resolved, budget)
            finally:
                budget.close()
            facts = measure_blocks(
                name,
                extracted,
                load(self.vocab_folders),
                self.words_per_page,
                self.characters_per_word,
                budget.tick_document,
            )
        self.cache[key] = (extracted, facts)
        return extracted, facts


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while one document is read and measured, then running
    again as it was. Reading makes hundreds of thousands of short-lived objects (blocks, word
    sets, matches): the collector went over the survivors again and again (57 passes, about
    15 ms of a 100-page PDF's measuring), where one pass when it runs again does (about 7 ms).
    Each document is within its budget, so what waits for that pass is bounded."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def settings(policy: Policy) -> tuple[DocumentLimits, tuple[Path, ...], float, float]:
    """A measurer's settings under ``policy`` (budgets, the user's rule folders, words a page,
    characters a word), in the order Measurer takes them: equal settings, an equal measurer."""
    from grantcheck.rulepack import default_pack_dir

    values = policy.pack.assumption_values
    shipped = default_pack_dir().resolve()
    return (
        DocumentLimits.from_limits(policy.limits),
        # the council's rule folders: their documents/ vocabularies join the shipped lists
        tuple(f for f in policy.rule_folders if f.resolve() != shipped),
        values.get("words_per_page", WORDS_PER_PAGE),
        values.get("characters_per_word", CHARACTERS_PER_WORD),
    )


def _renamed(facts: DocumentFacts, name: str) -> DocumentFacts:
    from dataclasses import replace

    return replace(facts, file=name)
