"""Welsh 'must have' (acc22a, session 22): "Rhaid i chi gael yswiriant atebolrwydd cyhoeddus o
£5 miliwn o leiaf" (you must have public liability insurance of at least £5 million) asks for
cover held, not a certificate sent, as "you must hold public liability insurance" already was;
"Rhaid i chi anfon ..." (you must send) and "Anfonwch gopi o'ch tystysgrif ..." (send a copy
of your certificate) still ask for the certificate. Documents of the test's own, a bilingual
checklist's items in several formats (never the corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["Documents / Dogfennau", "Please send / Anfonwch:", "- Your constitution"]

HELD = [
    (".txt", "- Rhaid i chi gael yswiriant atebolrwydd cyhoeddus o £5 miliwn o leiaf."),
    (".docx", "- Rhaid i'ch grŵp gael yswiriant atebolrwydd cyhoeddus o £10 miliwn."),
    (".md", "- Rhaid i bob grŵp gael yswiriant atebolrwydd cyhoeddus ar gyfer ei waith."),
    (".html", "- Rhaid i chi gadw yswiriant atebolrwydd cyhoeddus drwy gydol y prosiect."),
]


@pytest.mark.parametrize("case", range(len(HELD)))
def test_welsh_must_have_insurance_sends_no_certificate(tmp_path: Path, case: int) -> None:
    suffix, line = HELD[case]
    required, conditional = kinds(written(tmp_path, suffix, [*HEAD, line]))
    assert "insurance_certificate" not in required + conditional


SENT = [
    (".txt", "- Rhaid i chi anfon eich tystysgrif yswiriant atebolrwydd cyhoeddus."),
    (".docx", "- Anfonwch gopi o'ch tystysgrif yswiriant atebolrwydd cyhoeddus."),
    (".pdf", "- Eich tystysgrif yswiriant atebolrwydd cyhoeddus."),
]


GET = [
    # "cael" is "get" too: a document to obtain and send (review22 F1)
    (".txt", "- Rhaid i chi gael dau ddyfynbris ar gyfer pob eitem.", "quotes"),
    (
        ".docx",
        "- Rhaid i chi gael tystysgrif yswiriant atebolrwydd cyhoeddus.",
        "insurance_certificate",
    ),
]


@pytest.mark.parametrize("case", range(len(GET)))
def test_welsh_must_get_a_document_still_asks_for_it(tmp_path: Path, case: int) -> None:
    suffix, line, kind = GET[case]
    required, conditional = kinds(written(tmp_path, suffix, [*HEAD, line]))
    assert kind in required + conditional


@pytest.mark.parametrize("case", range(len(SENT)))
def test_welsh_send_the_certificate_still_asks_for_it(tmp_path: Path, case: int) -> None:
    suffix, line = SENT[case]
    required, _ = kinds(written(tmp_path, suffix, [*HEAD, line]))
    assert "insurance_certificate" in required
