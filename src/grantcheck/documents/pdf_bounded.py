"""pypdf's reader held to the budget while it opens a PDF, where no pre-count can reach.

Opening a file, pypdf reads every object header its cross-reference points to, one byte at a
time, skipping white space and a comment before each with no bound (100,000 entries pointing
into a run of 1 MB of spaces: hours); and when the cross-reference is broken it mends it by
reading every object and trailer it finds, nested or not (10,000 headers each opening a string
that runs to the end: minutes; 3,000 trailers, each in the string of the one before: 9 s and
178 MB, all kept), unpacking every object stream into a table as long as the streams say (a
30 kB file listed 4 million entries: 6 s). Here:

- each header's padding (white space and comments, found in the bytes before pypdf reads them)
  is charged to the budget: PADDING_BYTES for each object limits: max_document_objects allows;
- an object or a trailer inside one read before is not read (a file's objects never nest);
- each entry of the table mended from object streams is charged as a packed object;
- the budget's time is checked at each header, each such entry and each trailer pypdf mends
  a file from (max_document_seconds).

pypdf passes over any Exception as it mends a file, so the budget's refusal is carried out of
pypdf as ``Stopped`` (a BaseException) and raised again as itself by the PDF reader.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from io import BytesIO
from typing import Any

from grantcheck.documents.budget import Budget, OverBudget
from grantcheck.limits import PADDING_BYTES

SPACE = rb"[\x00\t\n\x0c\r ]*+"  # (pypdf's white space, skipped a byte at a time)
WORD = rb"[^\x00\t\n\x0c\r ]{0,65}+"  # (a header's number: pypdf reads 64 bytes of one at most)
# what pypdf reads of a header ('12 0 obj'): a comment, white space, the object's number, white
# space, its generation, white space, 'obj' and the white space after it
HEADER = re.compile(
    rb"(%[^\r\n]*+)?+(" + SPACE + rb")" + WORD + rb"(" + SPACE + rb")" + WORD
    + rb"(" + SPACE + rb").{0,3}+(" + SPACE + rb")",
    re.DOTALL,
)  # fmt: skip
READ_MOST = 200  # bytes of a header other than its padding (numbers, 'obj'), with room to spare


class Stopped(BaseException):
    """The budget's refusal (its one argument, an OverBudget), carried out of pypdf."""


def charged(charge: Callable[..., Any], *args: int) -> None:
    """``charge(*args)`` on the budget, its refusal carried out of pypdf (Stopped)."""
    try:
        charge(*args)
    except OverBudget as e:
        raise Stopped(e) from None


def padding(data: bytes, at: int, most: int) -> int:
    """The bytes of white space and comments pypdf reads in the header at ``at``, looked at up
    to ``most`` of them and a header's other bytes (so never more than the budget allows)."""
    found = HEADER.match(data, at, at + most + READ_MOST)
    if found is None:  # (past the end: pypdf reads nothing)
        return 0
    return sum(len(part) for part in found.groups(b""))


class Packed(dict[int, Any]):
    """pypdf's table of the objects packed in object streams, each entry charged to the budget
    as it is written (pypdf writes one for each pair a stream lists as it mends a file: the same
    pair 4 million times from a 30 kB file)."""

    def __init__(self, entries: dict[int, Any], budget: Budget) -> None:
        super().__init__(entries)
        self.budget = budget
        self.written = len(entries)

    def __setitem__(self, number: int, entry: Any) -> None:
        self.written += 1
        charged(self.budget.packed, self.written, 0)
        charged(self.budget.tick)
        super().__setitem__(number, entry)


class Mending:
    """A file's bytes as pypdf reads them mending a broken cross-reference: what it reads from
    each header it found is covered, and a header inside what is covered is refused (a
    ValueError, which pypdf passes over there) before its object is read. A file's objects never
    nest; 10,000 headers each opening a string to the end made pypdf read each to the end (110 s
    and more). Reads are the file's own, at its speed: only seeks pass through here."""

    def __init__(self, stream: BytesIO) -> None:
        self.stream = stream
        self.read = stream.read
        self.tell = stream.tell
        self.starts: list[int] = []  # what is covered: spans apart, in order, their starts
        self.ends: list[int] = []  # and their ends
        self.reading: int | None = None  # where the object being read starts

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 0:  # (pypdf goes to the next object's header, or a trailer)
            self._covered()
        return self.stream.seek(offset, whence)

    def header(self) -> None:
        """Before pypdf reads a header where the stream stands: refused if it is covered."""
        self._covered()
        at = self.stream.tell()
        k = bisect_left(self.starts, at) - 1
        if k >= 0 and at < self.ends[k]:
            raise ValueError("an object inside one read before")
        self.reading = at

    def _covered(self) -> None:
        """What was read from the last header to here, joined to what is covered."""
        if self.reading is None:
            return
        start, end, self.reading = self.reading, self.stream.tell(), None
        i, j = bisect_left(self.ends, start), bisect_right(self.starts, end)
        if i < j:  # (spans it meets or touches become one)
            start, end = min(start, self.starts[i]), max(end, self.ends[j - 1])
        self.starts[i:j], self.ends[i:j] = [start], [end]


def bounded(reader: Any, budget: Budget) -> Any:
    """pypdf's reader class ``reader``, held to ``budget`` (a class for each file: its
    budget is the file's)."""

    class Bounded(reader):  # type: ignore[misc,valid-type]
        def __init__(self, stream: BytesIO, **options: Any) -> None:
            self.grantcheck_bytes = stream.getvalue()  # (before pypdf reads any header)
            super().__init__(stream, **options)

        def read_object_header(self, stream: Any) -> tuple[int, int]:
            if isinstance(stream, Mending):
                stream.header()
            most = budget.limits.max_document_objects * PADDING_BYTES - budget.padded
            charged(budget.padding, padding(self.grantcheck_bytes, stream.tell(), most))
            return super().read_object_header(stream)  # type: ignore[no-any-return]

        def _rebuild_xref_table(self, stream: Any) -> None:
            self.xref_objStm = Packed(self.xref_objStm, budget)  # type: ignore[has-type]
            self.grantcheck_stream = stream
            super()._rebuild_xref_table(Mending(stream))

        def _find_pdf_trailers(self, data: bytes) -> Iterator[int]:
            # a trailer inside the one read before (in its string) is not read: nested, each
            # was read to the end of the outer one (3,000 took 9 s and 178 MB, kept as read)
            for found in super()._find_pdf_trailers(data):
                charged(budget.tick)
                if found >= self.grantcheck_stream.tell():
                    yield found

    return Bounded
