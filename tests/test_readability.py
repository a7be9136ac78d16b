"""Readability works offline: textstat never reaches for NLTK's cmudict.

The measurement runs in a fresh interpreter with sockets disabled, NLTK's data
path pointed at an empty folder and nltk.download replaced by a tripwire."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from grantcheck.readability import measure

PLAIN = (
    "You can apply for up to five hundred pounds. Tell us what you want to do. We will "
    "decide in four weeks."
)
DENSE = (
    "Notwithstanding the foregoing provisions, the Recipient shall indemnify the Council "
    "against all liabilities, "
    "obligations and expenditure howsoever arising in connection with the administration "
    "of the Programme."
)


def test_measures_offline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    script = textwrap.dedent(f"""
        import json, socket, sys
        def refuse(*a, **k):
            raise OSError("network is blocked in this test")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        import nltk
        def tripwire(*a, **k):
            raise SystemExit("nltk.download was called")
        nltk.download = tripwire
        from grantcheck.readability import measure
        m = measure({PLAIN!r})
        print(json.dumps([m.words, m.sentences, m.reading_ease, m.grade]))
    """)
    env = {"NLTK_DATA": str(tmp_path), "PATH": "", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    words, sentences, ease, grade = json.loads(done.stdout)
    assert (words, sentences) == (22, 3)
    assert ease > 80 and grade < 5


def test_plain_text_reads_easier_than_dense() -> None:
    plain, dense = measure(PLAIN), measure(DENSE)
    assert plain.reading_ease > 60 > 30 > dense.reading_ease
    assert plain.grade < dense.grade


def test_markdown_markup_is_not_counted() -> None:
    m = measure(
        "# How to apply today\n\n- **Fill in** the form online\n- Read [the short "
        "guide](http://example.org) first\n"
    )
    assert m.words == 14  # the link's address and the markup are not words
    assert m.sentences == 3  # the heading and each list item end a sentence


def test_empty_text() -> None:
    assert measure("").words == 0
