"""Budgets for reading documents: bytes, decompressed bytes, characters, pages, fields, time.

A document comes from a stranger's pull request as easily as a scheme file: a small
.docx can decompress to gigabytes, a PDF's thousands of pages can share one slow
content stream, and one large file can be listed many times. Every reader charges
its work to a ``Budget`` (one per document, inside one per run) and stops with
``OverBudget`` (a kind of ``Unreadable``) naming the limit and the config key that
raises it, up to a hard ceiling no config can lift.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, fields

from grantcheck.guidance import Unreadable
from grantcheck.limits import BY_KEY, DEFAULTS, PACKED_BYTES, PADDING_BYTES, Limits


@dataclass(frozen=True, slots=True)
class DocumentLimits:
    """Per document and per run; the config keys under ``limits:`` have these names.

    Defaults and ceilings come from the one limits table (grantcheck.limits.TABLE), so a
    config sets them like every other limit, within the same hard ceilings."""

    max_document_bytes: int = DEFAULTS["max_document_bytes"]
    max_decompressed_bytes: int = DEFAULTS["max_decompressed_bytes"]
    max_compression_ratio: int = DEFAULTS["max_compression_ratio"]
    max_document_elements: int = DEFAULTS["max_document_elements"]
    max_document_characters: int = DEFAULTS["max_document_characters"]
    max_document_pages: int = DEFAULTS["max_document_pages"]
    max_document_fields: int = DEFAULTS["max_document_fields"]
    max_document_objects: int = DEFAULTS["max_document_objects"]
    max_document_seconds: float = DEFAULTS["max_document_seconds"]
    max_run_document_characters: int = DEFAULTS["max_run_document_characters"]
    max_run_document_pages: int = DEFAULTS["max_run_document_pages"]
    max_run_document_seconds: float = DEFAULTS["max_run_document_seconds"]

    @classmethod
    def from_limits(cls, limits: Limits) -> DocumentLimits:
        """The document budgets a policy's limits set."""
        return cls(**{f.name: getattr(limits, f.name) for f in fields(cls)})


DEFAULT_LIMITS = DocumentLimits()


class OverBudget(Unreadable):
    """A document (or the run) would cost more than a limit allows."""


def over(what: str, key: str, limit: float) -> OverBudget:
    shown = f"{limit:,}" if isinstance(limit, int) else f"{limit:g}"
    if key.endswith("_seconds"):  # 'limit 30' alone left the unit to guess (trial S9 F18)
        shown += " processor seconds"
    return OverBudget(
        f"{what} (limit {shown}); raise 'limits: {key}' in the config file "
        f"(at most {BY_KEY[key].ceiling:,}) if the document is genuine"
    )


@dataclass(slots=True)
class RunBudget:
    """What every document in one run has spent so far."""

    limits: DocumentLimits = DEFAULT_LIMITS
    characters: int = 0
    pages: int = 0
    seconds: float = 0.0

    def document(self) -> Budget:
        return Budget(self)


@dataclass(slots=True)
class Budget:
    """One document's spending, charged to its run as it goes."""

    run: RunBudget
    # Processor time, not the wall clock: the same document must meet the same budget on a
    # busy machine as on a quiet one (at load 10 a wall-clock budget refused documents that
    # pass on a quiet machine, trial S9 finding 5), and a stranger's document can spend only
    # what it makes grantcheck compute.
    started: float = field(default_factory=time.process_time)
    characters: int = 0
    pages: int = 0
    fields: int = 0
    padded: int = 0  # bytes of white space and comments read in a PDF's object headers

    @property
    def limits(self) -> DocumentLimits:
        return self.run.limits

    def chars(self, count: int) -> None:
        self.characters += count
        self.run.characters += count
        if self.characters > self.limits.max_document_characters:
            raise over(
                "has more text than grantcheck reads in one document",
                "max_document_characters",
                self.limits.max_document_characters,
            )
        if self.run.characters > self.limits.max_run_document_characters:
            raise over(
                "takes the run past the text grantcheck reads in one run",
                "max_run_document_characters",
                self.limits.max_run_document_characters,
            )
        self.tick()

    def page_count(self, count: int) -> None:
        """Refuse before reading when a document states more pages than the budget."""
        if count > self.limits.max_document_pages:
            raise over(f"has {count:,} pages", "max_document_pages", self.limits.max_document_pages)
        if self.run.pages + count > self.limits.max_run_document_pages:
            raise over(
                "takes the run past the pages grantcheck reads in one run",
                "max_run_document_pages",
                self.limits.max_run_document_pages,
            )
        self.pages += count
        self.run.pages += count

    def field_count(self, count: int, charge: bool = True) -> None:
        """Refuse before parsing them when a PDF's fields (and other annotations) would pass
        the budget: ``count`` more for a page's list, or (``charge`` False) a count for the whole
        file, found before any is read."""
        total = (self.fields if charge else 0) + count
        if total > self.limits.max_document_fields:
            raise over(
                f"has at least {total:,} form fields and other annotations",
                "max_document_fields",
                self.limits.max_document_fields,
            )
        if charge:
            self.fields += count

    def cross_reference(self, objects: int, where: str) -> None:
        """Refuse before pypdf opens it a PDF whose cross-reference (tables, streams or the
        object headers it would be mended from) names more objects than the budget."""
        most = self.limits.max_document_objects
        if objects > most:
            raise over(f"names at least {objects:,} objects {where}", "max_document_objects", most)

    def packed(self, objects: int, size: int) -> None:
        """Refuse before pypdf parses any when a PDF's compressed object streams hold more
        objects, or more bytes of them, than the budget (``objects`` and ``size``: so far)."""
        most = self.limits.max_document_objects
        if objects > most:
            raise over(
                f"packs at least {objects:,} objects in compressed object streams",
                "max_document_objects",
                most,
            )
        if size > most * PACKED_BYTES:
            raise over(
                f"packs at least {size:,} bytes of objects in compressed object streams, more "
                f"than {PACKED_BYTES} for each object allowed",
                "max_document_objects",
                most,
            )

    def padding(self, count: int) -> None:
        """Refuse a PDF once pypdf would read more than PADDING_BYTES of white space and
        comments in its object headers for each object the budget allows, ``count`` more in
        one (it reads them a byte at a time as it opens the file: 100,000 entries pointing into
        1 MB of spaces would take hours); and stop when it has taken too long."""
        self.padded += count
        most = self.limits.max_document_objects
        if self.padded > most * PADDING_BYTES:
            raise over(
                f"pads its object headers with at least {self.padded:,} bytes of white space or "
                f"comments, more than {PADDING_BYTES} for each object allowed",
                "max_document_objects",
                most,
            )
        self.tick()

    def tick(self) -> None:
        """Stop when the document, or the run, has taken too long."""
        spent = self.tick_document()
        if self.run.seconds + spent > self.limits.max_run_document_seconds:
            raise over(
                "takes the run past its reading time",
                "max_run_document_seconds",
                self.limits.max_run_document_seconds,
            )

    def tick_document(self) -> float:
        """Stop when the document has taken too long, reading and measuring it; else the
        processor seconds it has taken. (Measuring, after the run's time is charged, checks
        only this: the run's budget stays one of reading.)"""
        spent = time.process_time() - self.started
        if spent > self.limits.max_document_seconds:
            raise over(
                "took too long to read", "max_document_seconds", self.limits.max_document_seconds
            )
        return spent

    def close(self) -> None:
        self.run.seconds += time.process_time() - self.started
