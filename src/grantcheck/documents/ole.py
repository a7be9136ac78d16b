"""What an OLE compound file named .docx really is: a password-protected Word document, or
an old Word (.doc) document.

Word's 'Encrypt with Password' does not save a .docx as a zip: it saves an OLE compound file
(the format of the old .doc) holding the encrypted document in a stream named
EncryptedPackage, beside the EncryptionInfo stream that says how it is encrypted. An old .doc
is the same kind of file with a WordDocument stream; encrypted with a password, it keeps its
streams and sets a flag in the stream's first bytes (the File Information Block's
fEncrypted). Only the directory's stream names are read, and that one flag (never a whole
stream), each sector at most once, so a hostile file costs one pass at most.
"""

from __future__ import annotations

import struct

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED, OLD_WORD, OLD_WORD_ENCRYPTED = "encrypted", "old word", "old word encrypted"
_WORD_IDENT, _FIB_ENCRYPTED = 0xA5EC, 0x0100  # a Word FIB's wIdent, and its fEncrypted bit
_HEADER, _ENTRY = 512, 128
_LAST = 0xFFFFFFFA  # sector numbers above this mark a chain's end or a free sector
_DIFAT_IN_HEADER = 109


def ole_kind(data: bytes) -> str | None:
    """ENCRYPTED, OLD_WORD, OLD_WORD_ENCRYPTED, or None (not an OLE file, another kind, or a
    damaged one)."""
    if not data.startswith(SIGNATURE) or len(data) < _HEADER:
        return None
    names = _stream_names(data)
    if {"EncryptionInfo", "EncryptedPackage"} <= names.keys():
        return ENCRYPTED
    if "WordDocument" not in names:
        return None
    return OLD_WORD_ENCRYPTED if _fib_encrypted(data, names["WordDocument"]) else OLD_WORD


def _fib_encrypted(data: bytes, start: int) -> bool:
    """Whether an old Word document's File Information Block, the first bytes of its
    WordDocument stream (in the sector ``start``), marks it encrypted with a password."""
    size = 1 << struct.unpack_from("<H", data, 30)[0]
    fib = data[size * (start + 1) : size * (start + 1) + 12]
    if len(fib) < 12 or struct.unpack_from("<H", fib, 0)[0] != _WORD_IDENT:
        return False  # (a stream under 4,096 bytes lives elsewhere: no Word document is so small)
    return bool(struct.unpack_from("<H", fib, 10)[0] & _FIB_ENCRYPTED)


def _stream_names(data: bytes) -> dict[str, int]:
    """The names in the file's directory, each with its stream's first sector ({} when the
    directory cannot be followed). Only the directory's chain is walked, each FAT entry it
    needs looked up where it is (never the whole table built: a hostile header may claim
    millions of entries)."""
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12):
        return {}
    size = 1 << shift
    per = size // 4  # sector numbers in a sector
    sectors = len(data) // size - 1  # whole sectors after the header's (a bound)

    def sector(n: int) -> bytes:  # sector 0 follows the header, padded to a sector
        return data[size * (n + 1) : size * (n + 2)]

    fat_count, first_dir = struct.unpack_from("<II", data, 44)
    difat_next, difat_left = struct.unpack_from("<II", data, 68)
    fat_sectors = list(struct.unpack_from(f"<{_DIFAT_IN_HEADER}I", data, 76))
    seen: set[int] = set()

    def following(n: int) -> int:
        """The sector after ``n`` in its chain (past _LAST: the end, or no such sector)."""
        nonlocal difat_next, difat_left
        k, at = divmod(n, per)
        while k >= len(fat_sectors) and difat_left and difat_next < sectors:
            if difat_next in seen:
                return _LAST + 1
            seen.add(difat_next)  # a DIFAT sector: FAT sector numbers, then the next one's
            more = struct.unpack(f"<{per}I", sector(difat_next))
            fat_sectors.extend(more[:-1])
            difat_next, difat_left = more[-1], difat_left - 1
        if k >= min(len(fat_sectors), fat_count) or fat_sectors[k] >= sectors:
            return _LAST + 1
        return int(struct.unpack_from("<I", sector(fat_sectors[k]), at * 4)[0])

    names: dict[str, int] = {}
    walked: set[int] = set()
    n = first_dir
    while n <= _LAST and n < sectors and n not in walked:
        walked.add(n)
        block = sector(n)
        for at in range(0, len(block) - _ENTRY + 1, _ENTRY):
            length = min(struct.unpack_from("<H", block, at + 64)[0], 64)
            if length >= 2:
                name = block[at : at + length - 2].decode("utf-16-le", errors="replace")
                names.setdefault(name, struct.unpack_from("<I", block, at + 116)[0])
        n = following(n)
    return names


ENCRYPTED_DOCX = (
    "is a Word document protected with a password (encrypted), which grantcheck cannot open; "
    "save a copy without the password and name that (in Word: File, Info, Protect Document, "
    "Encrypt with Password, clear the password, then Save As)"
)


ENCRYPTED_DOC = (
    "is an old Word (.doc) document protected with a password (encrypted), which grantcheck "
    "cannot read; open it in Word with the password, clear the password (File, Info, Protect "
    "Document, Encrypt with Password), then save it as .docx (Word) or PDF"
)


def not_a_zip(data: bytes, damaged: str) -> str:
    """Why a .docx that is no zip cannot be read: a password (not damage: opening and saving
    it again keeps the password), an old .doc named .docx, else ``damaged``."""
    kind = ole_kind(data)
    if kind == ENCRYPTED:
        return ENCRYPTED_DOCX
    if kind == OLD_WORD_ENCRYPTED:
        return ENCRYPTED_DOC.replace("document protected", "document named .docx, protected", 1)
    if kind == OLD_WORD:
        from grantcheck.documents import refused

        return str(refused(".doc")).replace("document,", "document named .docx,", 1)
    return damaged


def protected_doc(data: bytes) -> str | None:
    """Why a file named .doc cannot be read, when a password is the reason (an old Word
    document's, or a .docx's saved in the same container): saving it as .docx alone, the
    plain advice for a .doc, would keep the password."""
    kind = ole_kind(data)
    return ENCRYPTED_DOC if kind in (ENCRYPTED, OLD_WORD_ENCRYPTED) else None
