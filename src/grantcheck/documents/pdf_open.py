"""Opening a PDF with pypdf within the budget, and pypdf's own limits said as limits.

pypdf reads a PDF's whole cross-reference as it opens the file, before any page is reached: what
its tables declare is counted from the bytes first (pdf_xref.py), what its streams declare is
held by pypdf itself to what the tables leave. When pypdf stops at one of its own safety limits
the file is over a limit, named, never "damaged".
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from grantcheck.documents.budget import Budget, OverBudget, over
from grantcheck.documents.pdf_xref import stream_allowance
from grantcheck.guidance import Unreadable

STREAM_ENTRIES = "Maximum XRef stream entry limit"  # (pypdf's words when a stream declares more)
OLD_PYPDF = (
    "is not read: the installed pypdf is older than 7 and cannot bound a PDF's cross-reference "
    "streams; upgrade it (pip install 'pypdf>=7')"
)


def opened(reader: Any, data: BytesIO, budget: Budget) -> Any:
    """pypdf's reader of ``data``, once its cross-reference is counted (pdf_xref.py): what its
    tables declare here, what its streams declare by pypdf as it reads them, within what the
    budget's objects leave. A pypdf older than 7 takes no such allowance (its streams' entries
    unbounded: 1.9 million from 2 kB), so with one no PDF is read (pyproject.toml asks for 7)."""
    allowance = stream_allowance(data.getvalue(), budget)
    try:
        return reader(data, xref_stream_maximum_entries=allowance)
    except TypeError as e:
        if "xref_stream_maximum_entries" not in str(e):
            raise
        raise Unreadable(OLD_PYPDF) from None


def over_limit(said: str, budget: Budget) -> OverBudget:
    """A PDF past one of pypdf's own safety limits (a stream that unpacks to more bytes than it
    allows, a list or a tree too large): over a limit, named, never "damaged" (re-saving a
    compression bomb mends nothing). pypdf's limits are its own: no config raises them, but
    the entries of cross-reference streams, held to what limits: max_document_objects leaves."""
    from pypdf import filters

    if STREAM_ENTRIES in said:
        declared = re.search(r"(\d+) >", said)
        return over(
            f"names at least {int(declared[1]) if declared else 0:,} objects in its "
            "cross-reference streams",
            "max_document_objects",
            budget.limits.max_document_objects,
        )
    if "decompress" in said.lower():
        most = getattr(filters, "ZLIB_MAX_OUTPUT_LENGTH", 75_000_000)
        try:  # (pypdf 6 and later: its configuration, else the module's constant)
            from pypdf import Configuration

            most = Configuration().zlib_maximum_output_length
        except (ImportError, AttributeError):
            pass
        what = f"holds a stream that would unpack to more than {most:,} bytes, a compression bomb?"
        limit = f"limit {most:,} bytes, pypdf's own"
    elif "tokens per stream" in said:  # a page drawn with millions of instructions ('q Q')
        what = "has a page drawn with more instructions than a PDF reader can safely follow"
        limit = "pypdf's own limit"
    else:
        what = "holds a list, tree or set of fields larger than a PDF reader can safely follow"
        limit = "pypdf's own limit"
    return OverBudget(
        f"{what} ({limit}, which no config raises): it is not read; if the document is genuine, "
        "print or export it to PDF again"
    )
