"""The state of one page's text extraction for pdf_text.py, and what each text operator does
to it: pypdf 7.1's ``TextExtraction`` (``_text_extraction/_text_extractor.py``) and
``crlf_space_check``, the same float arithmetic in the same order, the same decisions on spaces
and line breaks, and the visitor ``visit`` (pypdf's visitor_text) called where pypdf calls it
with the same arguments. What pypdf keeps but never reads (Tz, Tw) is not kept.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from grantcheck.documents.pdf_fonts import Face, initial, unknown

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
Visitor = Callable[..., None]


class Declined(Exception):
    """The page holds something read here otherwise than pypdf reads it."""


def num(operands: list[Any], index: int, default: float) -> float:
    if index < len(operands) and isinstance(operands[index], (int, float)):
        return float(operands[index])
    return default


class TextState:
    """One page's extraction: pypdf's TextExtraction's state and its handlers."""

    def __init__(self, resources: Any, font_resources: dict[Any, Any], fonts: dict[Any, Face],
                 visit: Visitor | None) -> None:  # fmt: skip
        self.resources = resources
        self.font_resources = font_resources
        self.fonts = fonts
        self.visit = visit
        self.cm = list(IDENTITY)
        self.tm = list(IDENTITY)
        self.memo_cm = list(IDENTITY)
        self.memo_tm = list(IDENTITY)
        self.prev = list(IDENTITY)  # pypdf's mult(tm_prev, cm_prev): the last post's matrix
        self.text = ""
        self.output = ""
        self.acc = 0.0  # pypdf's _actual_str_size["str_widths"]
        self.height = 0.0  # pypdf's _actual_str_size["str_height"]
        self.size = 12.0
        self.half = 500.0  # pypdf's _space_width (half a space), until the first Tf
        self.previous_space: float | None = None
        self.spacing = 0.0  # Tc
        self.leading = 0.0  # TL
        self.span: tuple[int, float, float] | None = None
        self.font_resource: Any = None
        self.face: Face | None = None
        self.stack: list[tuple[Any, ...]] = []

    def flush(self) -> None:
        """pypdf's _flush_text (BT, ET)."""
        self.output += self.text
        if self.visit is not None:
            self.visit(self.text, self.memo_cm, self.memo_tm, self.font_resource, self.size)
            self.memo_cm = self.cm.copy()
            self.memo_tm = self.tm.copy()
        self.text = ""

    def save(self) -> None:  # q
        self.stack.append(
            (self.cm, self.font_resource, self.face, self.size, self.spacing, self.leading)
        )

    def restore(self) -> None:  # Q
        if self.stack:
            self.cm, self.font_resource, self.face, self.size, self.spacing, self.leading = (
                self.stack.pop()
            )
        else:
            self.cm = list(IDENTITY)

    def memo(self) -> None:
        if self.visit is not None:
            self.memo_cm = self.cm.copy()
            self.memo_tm = self.tm.copy()

    def post(self, str_widths: float) -> None:
        """pypdf's _post_process_text_operation and crlf_space_check: a space or a line break
        where the text moved (after Td, TD, Tm, T*, ', " and every string shown)."""
        text = self.text
        was_empty = text == ""
        space = self.size * self.half
        if self.previous_space is not None:
            space = min(space, self.previous_space)
        tm, cm, p = self.tm, self.cm, self.prev
        m0 = tm[0] * cm[0] + tm[1] * cm[2]
        m1 = tm[0] * cm[1] + tm[1] * cm[3]
        m2 = tm[2] * cm[0] + tm[3] * cm[2]
        m3 = tm[2] * cm[1] + tm[3] * cm[3]
        m4 = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        m5 = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale_prev_x = math.sqrt(p[0] ** 2 + p[1] ** 2)
        scale_prev_y = math.sqrt(p[2] ** 2 + p[3] ** 2)
        scale_y = math.sqrt(m2**2 + m3**2)
        if m3 > 1e-6 or m3 < -1e-6:  # (orientation 0 or 180)
            moved_height, moved_width, index, axis = m5 - p[5], m4 - p[4], 5, m5
        else:
            moved_height, moved_width, index, axis = m4 - p[4], m5 - p[5], 4, m4
        span = self.span
        if span is None or span[0] != index:
            distance = abs(moved_height)
        else:
            lower, upper = span[1], span[2]
            if lower <= axis <= upper:
                distance = 0.0
            else:
                distance = min(abs(axis - lower), abs(axis - upper))
        last = text[-1:] or self.output[-1:]
        threshold = 0.8 * min(self.height * scale_prev_y, self.size * scale_y)
        if distance > threshold:
            if last not in ("", "\n"):
                self.output += text + "\n"
                if self.visit is not None:
                    self.visit(
                        text + "\n", self.memo_cm, self.memo_tm, self.font_resource, self.size
                    )
                text = ""
            self.span = (index, axis, axis)
        else:
            other = abs(moved_height) > threshold
            if (
                other or moved_width >= (space / 1000 + str_widths) * scale_prev_x
            ) and last not in (
                "",
                " ",
            ):
                text += " "
            if last in ("", "\n") or span is None or span[0] != index:
                self.span = (index, axis, axis)
            else:
                self.span = (index, min(span[1], axis), max(span[2], axis))
        self.prev = [m0, m1, m2, m3, m4, m5]
        self.text = text
        if self.visit is not None and (was_empty or text == ""):
            self.memo_cm = cm.copy()
            self.memo_tm = tm.copy()

    def show(self, operands: list[Any]) -> None:
        """pypdf's Tj and its post-processing."""
        if operands and isinstance(operands[0], (str, bytes)):
            self.previous_space = None
            face = self.face if self.face is not None else initial()
            raw = operands[0]
            if isinstance(raw, str):  # (a name, or the space pypdf adds in TJ: as it is)
                shown, widths, count = raw, face.plain(raw), len(raw)
            else:
                read = face.show(raw)
                if read is None:
                    raise Declined
                shown, widths, count = read
            self.text += shown
            self.acc += widths * self.size + 1000 * self.spacing * count
            self.height = self.size
        self.post(0.0)

    def moved(self) -> None:
        """The post-processing after Td, Tm and T*: the width shown since the last move."""
        str_widths = self.acc / 1000
        self.acc = 0.0
        self.post(str_widths)

    def next_line(self) -> None:  # T*
        tm = self.tm
        tm[4] -= self.leading * tm[2]
        tm[5] -= self.leading * tm[3]
        self.moved()

    def move(self, operands: list[Any]) -> None:  # Td
        tx = num(operands, 0, 0.0)
        ty = num(operands, 1, 0.0)
        tm = self.tm
        tm[4] += tx * tm[0] + ty * tm[2]
        tm[5] += tx * tm[1] + ty * tm[3]
        self.moved()

    def kerned(self, operands: list[Any]) -> None:  # TJ
        gap = self.half * 0.95
        if not operands or not isinstance(operands[0], list):
            return
        for item in operands[0]:
            if isinstance(item, bytes):
                self.show([item])
            elif isinstance(item, (int, float)):
                offset = float(item)
                str_widths = self.acc - offset * self.size
                previous = self.text or self.output
                if -offset >= gap and previous and previous[-1] not in " \n":
                    self.show([" "])
                self.acc = str_widths

    def font(self, operands: list[Any]) -> None:  # Tf
        if self.text != "":
            self.previous_space = self.size * self.half
            self.output += self.text
            if self.visit is not None:
                self.visit(self.text, self.memo_cm, self.memo_tm, self.font_resource, self.size)
        self.text = ""
        self.memo()
        try:
            self.font_resource = self.font_resources[operands[0]]
            self.face = self.fonts[operands[0]]
        except (KeyError, IndexError):  # (a font the page does not name, or no operand)
            self.font_resource = None
            self.face = unknown()
        self.half = self.face.half_space
        with suppress(Exception):  # (pypdf keeps the size: so does this)
            self.size = float(operands[1])

    def transform(self, operands: list[Any]) -> None:  # cm
        self.output += self.text
        if self.visit is not None:
            self.visit(self.text, self.memo_cm, self.memo_tm, self.font_resource, self.size)
        self.text = ""
        try:
            n = [float(operand) for operand in operands[:6]]
            c = self.cm
            self.cm = [
                n[0] * c[0] + n[1] * c[2],
                n[0] * c[1] + n[1] * c[3],
                n[2] * c[0] + n[3] * c[2],
                n[2] * c[1] + n[3] * c[3],
                n[4] * c[0] + n[5] * c[2] + c[4],
                n[4] * c[1] + n[5] * c[3] + c[5],
            ]
        except Exception:  # (pypdf: a damaged cm resets the matrix)
            self.cm = list(IDENTITY)
        self.memo()

    def matrix(self, operands: list[Any]) -> None:  # Tm
        try:
            tm = [float(operand) for operand in operands[:6]]
        except (TypeError, ValueError):
            tm = []
        self.tm = tm if len(tm) == 6 else list(IDENTITY)
        self.moved()

    def drawn(self, operands: list[Any]) -> None:  # Do: an image ends the line; a form declines
        self.output += self.text
        if self.visit is not None:
            self.visit(self.text, self.memo_cm, self.memo_tm, self.font_resource, self.size)
        if self.output and self.output[-1] != "\n":
            self.output += "\n"
            if self.visit is not None:
                self.visit("\n", self.memo_cm, self.memo_tm, self.font_resource, self.size)
        try:
            form = self.resources["/XObject"][operands[0]]["/Subtype"] != "/Image"
        except Exception:  # (pypdf: a missing or damaged XObject adds no text)
            form = False
        if form:
            raise Declined
        self.text = ""
        self.memo()
