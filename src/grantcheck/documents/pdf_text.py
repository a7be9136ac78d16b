"""A text page's text exactly as pypdf 7.1's ``page.extract_text()`` gives it, in far fewer
Python operations: the content stream read by one regular expression (pdf_tokens.py), the text
operators interpreted with the state in local variables, and strings decoded and measured by
tables made once per font from pypdf's own ``Font`` (pdf_fonts.py).

The logic is pypdf's (``PageObject._extract_text``, ``_text_extraction``): the same float
arithmetic in the same order, the same decisions on spaces and line breaks, the same calls of
the visitors ``before`` (visitor_operand_before) and ``visit`` (visitor_text) with the same
arguments. Where a page holds anything this does not read exactly as pypdf does (a form
XObject, an inline image, an operator outside ``OPERATORS``, right-to-left text, a token of
another form, another pypdf version), ``page_text`` gives None and the caller asks pypdf.
tests/test_pdf_text.py compares the two on every PDF of the tests and on generated streams.
"""

from __future__ import annotations

from typing import Any

from grantcheck.documents.pdf_fonts import page_fonts
from grantcheck.documents.pdf_state import IDENTITY, Declined, TextState, Visitor, num
from grantcheck.documents.pdf_tokens import TOKEN, array, hexadecimal, literal, number

PROVED = ("7", "1")  # the pypdf version (major, minor) this replica was proved against
LONGEST = 1_500_000  # bytes: a longer stream could meet pypdf's parsing limits; left to it
# every operator of the PDF standard but the inline image's (BI, ID, EI): pypdf's extraction
# does nothing with those it does not name below, but a visitor sees each
OPERATORS = frozenset(
    b"b B b* B* BDC BMC BT BX c cm CS cs d d0 d1 Do DP EMC ET EX f F f* G g gs h i j J K k l m "
    b"M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W "
    b"W* y ' \"".split()
)


def page_text(
    page: Any,
    faces: dict[int, Any],
    before: Visitor | None = None,
    visit: Visitor | None = None,
) -> str | None:
    """The page's text as pypdf's ``extract_text`` (with these visitors) gives it, or None
    where this reading is not certainly pypdf's (then ask pypdf; the visitors may have been
    called, so give pypdf fresh ones)."""
    import pypdf
    from pypdf import _text_extraction

    if tuple(pypdf.__version__.split(".")[:2]) != PROVED:
        return None
    rtl = _text_extraction
    if rtl.CUSTOM_RTL_MIN or rtl.CUSTOM_RTL_MAX or rtl.CUSTOM_RTL_SPECIAL_CHARS:
        return None
    try:
        return _extract(page, faces, before, visit)
    except Exception:  # (Declined, or an error pypdf meets as well: pypdf then says so)
        return None


def _extract(
    page: Any, faces: dict[int, Any], before: Visitor | None, visit: Visitor | None
) -> str:
    from pypdf._text_extraction import _get_content_stream_for_text

    setup = page_fonts(page, faces)
    if setup is None:
        return ""
    resources, font_resources, fonts = setup
    visiting = before is not None or visit is not None
    content = _get_content_stream_for_text(page, page.pdf, "/Contents", has_visitor=visiting)
    if content is None:
        return ""
    if content._operations:  # (already parsed: pypdf reads its operations, not its bytes)
        raise Declined
    data = content.get_data()
    if len(data) > LONGEST:
        raise Declined
    return _run(TextState(resources, font_resources, fonts, visit), data, before)


def _run(state: TextState, data: bytes, before: Visitor | None) -> str:
    """The stream's text: pypdf's loop over the operations of ``_extract_text``."""
    operands: list[Any] = []
    for op, digits, name, lit, dct, hexa, arr, bad in TOKEN.findall(data):
        if op:
            if op not in OPERATORS:
                raise Declined
            if before is not None:
                before(op, operands, state.cm, state.tm)
            _operator(state, op, operands)
            operands = []
        elif digits:
            value = number(digits)
            if value is None:
                raise Declined
            operands.append(value)
        elif lit:
            operands.append(literal(lit))
        elif name:
            operands.append(name.decode())
        elif arr:
            items = array(arr)
            if items is None:
                raise Declined
            operands.append(items)
        elif hexa:
            operands.append(hexadecimal(hexa))
        elif dct:
            if len(dct) > 50_000:  # (pypdf's limit on a dictionary's entries)
                raise Declined
            operands.append({})  # (marked content's properties: pypdf reads none)
        elif bad:
            raise Declined
    state.output += state.text
    if state.text != "" and state.visit is not None:
        state.visit(state.text, state.memo_cm, state.memo_tm, state.font_resource, state.size)
    return state.output


def _operator(state: TextState, op: bytes, operands: list[Any]) -> None:
    """One operator, as pypdf's ``_extract_text`` and ``process_operation`` take it."""
    if op == b"Tj":
        state.show(operands)
    elif op == b"T*":
        state.next_line()
    elif op == b"Td":
        state.move(operands)
    elif op == b"TJ":
        state.kerned(operands)
    elif op == b"Tf":
        state.font(operands)
    elif op == b"BT":
        state.tm = list(IDENTITY)
        state.flush()
    elif op == b"ET":
        state.flush()
    elif op == b"Tm":
        state.matrix(operands)
    elif op == b"TD" and len(operands) >= 2:
        if isinstance(operands[1], (int, float)):
            state.leading = float(-operands[1])
        state.move(operands)
    elif op == b"cm":
        state.transform(operands)
    elif op == b"q":
        state.save()
    elif op == b"Q":
        state.restore()
    elif op == b"Tc":
        state.spacing = num(operands, 0, 0.0)
    elif op == b"TL":
        state.leading = num(operands, 0, 0.0)
    elif op == b"'":
        state.next_line()
        state.show(operands)
    elif op == b'"' and len(operands) >= 3:
        state.spacing = num([operands[1]], 0, 0.0)
        state.next_line()
        state.show(operands[2:])
    elif op == b"Do" and operands:
        state.drawn(operands)
