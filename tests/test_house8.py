"""Session 8's house-keeping: the product findings of trial S7 still open (stages in JSON, a
guidance's attachments in the stages, a damaged document, limits' conversions, GC002's places,
small items), each test written to fail before its fix."""

from __future__ import annotations


def test_the_plain_rate_is_computed_in_one_place() -> None:
    """Item 7: measure's plain rate and check's GC111 fact were two computations of one thing
    (documents/output.plain_rate and measured_evidence.jargon_rate): now one function."""
    from grantcheck import measured_evidence
    from grantcheck.documents import output
    from grantcheck.documents.total import combine
    from grantcheck.measured_meeting import Measured

    assert output.plain_rate is measured_evidence.plain_rate
    empty = combine([])
    out = Measured()
    measured_evidence.jargon_rate(out, empty)
    assert out.jargon_per_1000_words is None is measured_evidence.plain_rate(empty)
