"""Opening a hostile PDF within the budget (note18's open items, pdf_bounded.py): pypdf reads
each object header's padding a byte at a time, and mends a broken cross-reference by reading
every object and trailer it finds and every pair its object streams list, with no bound.

Each case runs grantcheck in a child process killed after hostile_cases.KILL_AFTER seconds:
before the change each was killed (hours of reading) or read a table of millions; now each is
refused, naming the limit to raise, after a small part of that.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from conftest import run
from hostile_cases import child
from hostile_documents import _pdf

PAGE = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
]


def _padded(entries: int, spaces: int) -> bytes:
    """A PDF whose table has ``entries`` more entries, each pointing ``spaces`` bytes before the
    page's object's header, into spaces (pypdf skips them a byte at a time)."""
    made = _pdf(PAGE)
    page = made.index(b"3 0 obj")
    made = made[:page] + b" " * spaces + made[page:]  # (the header still at ``page``)
    body = made[: made.index(b"xref")]
    at = page
    rows = [b"0000000000 65535 f \n", *(b"%010d 00000 n \n" % (at,) for _ in range(entries + 3))]
    rows[1] = b"%010d 00000 n \n" % body.index(b"1 0 obj")
    rows[2] = b"%010d 00000 n \n" % body.index(b"2 0 obj")
    table = b"xref\n0 %d\n" % len(rows) + b"".join(rows)
    trailer = b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % len(body)
    return body + table + trailer


def _mended(body: bytes) -> bytes:
    """A PDF of ``body`` with no cross-reference to read: pypdf mends one from its bytes."""
    return b"%PDF-1.5\n" + body + b"\nstartxref\n0\n%%EOF\n"


def _object_streams(streams: int, pairs: int) -> bytes:
    """Object streams each listing the same object ``pairs`` times (4 million from 30 kB)."""
    listed = b"10 0 " * pairs
    packed = zlib.compress(listed, 9)
    return b"".join(
        b"%d 0 obj\n<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (1000 + n, len(listed), len(packed))
        + packed
        + b"\nendstream\nendobj\n"
        for n in range(streams)
    )


@pytest.mark.parametrize(
    "made,said",
    [  # before: 20,000 entries x 200 kB of spaces, 4 billion bytes read (killed)
        (_padded(20_000, 200_000), "pads its object headers with at least"),
        # before: 4 million entries written (6 s), then 'damaged'
        (_mended(_object_streams(2, 2_000_000)), "packs at least 100,001 objects"),
    ],
    ids=["header-padding", "mended-object-streams"],
)
def test_a_pdf_that_pypdf_would_read_without_end_as_it_opens_it_is_refused(
    tmp_path: Path, made: bytes, said: str
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "x.pdf").write_bytes(made)
    code, _, told, _, peak = child(["measure", "x.pdf"], tmp_path)
    assert code == 2 and said in told and "Raise 'limits: max_document_objects'" in told, told
    assert peak < 150, f"{peak:.0f} MB"


@pytest.mark.parametrize(
    "nested",
    [  # before: each string read to the end of the file (redteam19 B: 10,000, killed)
        b"".join(b"%d 0 obj (" % n for n in range(3, 100_003)),
        # before: each trailer read to the end of the outer one, and kept (9 s, 700 MB)
        b"trailer << /A (" * 6_000 + b")" * 6_000 + b" >>",
    ],
    ids=["objects", "trailers"],
)
def test_objects_and_trailers_nested_in_strings_are_read_once(
    tmp_path: Path, nested: bytes
) -> None:
    """Mending a broken cross-reference, pypdf read every object and trailer it found, each
    nested in the string of the one before read to the end of the outer one. One inside what
    was read already is not read now (a file's objects never nest)."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "x.pdf").write_bytes(_mended(nested))
    code, _, told, _, peak = child(["measure", "x.pdf"], tmp_path)
    assert code == 2 and "is not a PDF or is damaged" in told, told
    assert peak < 100, f"{peak:.0f} MB"


def test_a_genuine_pdf_with_a_few_bytes_of_padding_before_its_headers_is_read(
    tmp_path: Path,
) -> None:
    """Off by a few bytes, as some writers' tables are (and a few entries more): read."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "x.pdf").write_bytes(_padded(50, 20))
    assert run("measure", "x.pdf", cwd=tmp_path).exit_code == 0
