"""Long runs injected into Word and PDF documents: does any take the measurer past 25 seconds?

Session 14 put runs of 120,000 characters into lines of text, Markdown and web documents; this
puts them where Word and PDF keep words: a Word paragraph, a list item, a table cell and a
content control (into a corpus form's own XML), and a PDF's text line, a form field's value and
its tooltip (a small form built with reportlab). The runs are spaces, tabs, newlines, no-break
and em spaces, dots, hyphens, underscores, digits, letters, and repeated pairs ('and ', '1 ',
'a-', 'no ' ...). Each document is measured by ``grantcheck measure`` in a child process (this
checkout's src) and its CPU seconds printed; over ``--seconds`` (25) is a bug.

Run it with the writer venv's Python (reportlab, for the PDFs; the Word forms need nothing):

    /work/writer-venv/bin/python bench/inject_runs.py [--length N] [--only TEXT]
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
WORD_FORM = ROOT / "tests" / "forms" / "cwmderwen-cvc-community-small-grants-application.docx"
UNITS = {
    "spaces": " ",
    "tabs": "\t",
    "newlines": "\n",
    "nbsp": "\u00a0",
    "em-spaces": "\u2003",
    "dots": ".",
    "hyphens": "-",
    "underscores": "_",
    "digits": "7",
    "letters": "a",
    "and": "and ",
    "digit-space": "1 ",
    "letter-hyphen": "a-",
    "no": "no ",
    "dot-space": ". ",
    "bullet-space": "• ",
}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def word(where: str) -> Callable[[str, Path], None]:
    """A builder putting the run into the corpus Word form at ``where``: the first <w:t> after
    a marker (a paragraph of prose, a bulleted item, a table cell, a content control)."""
    marker = {
        "paragraph": "Grants of up to",
        "list item": 'w:val="ListBullet"',
        "table cell": "<w:tc>",
        "content control": "<w:sdtContent>",
    }[where]

    def build(run: str, path: Path) -> None:
        with zipfile.ZipFile(WORD_FORM) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        xml = parts["word/document.xml"].decode("utf-8")
        at = xml.index(marker)
        found = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>").search(xml, max(0, at - 200))
        assert found is not None, where
        text = found[1]
        middle = text.find(" ", len(text) // 2)
        middle = len(text) if middle < 0 else middle
        new = text[:middle] + _escape(run) + text[middle:]
        element = f'<w:t xml:space="preserve">{new}</w:t>'
        parts["word/document.xml"] = (xml[: found.start()] + element + xml[found.end() :]).encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in parts.items():
                target.writestr(name, data)

    return build


def pdf(where: str) -> Callable[[str, Path], None]:
    """A builder of a one-page fillable form with the run in a text line, a field's value or
    a field's tooltip."""

    def build(run: str, path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        page = canvas.Canvas(str(path), pagesize=A4)
        page.setFont("Helvetica-Bold", 14)
        page.drawString(72, 780, "Community Grants Fund: application form")
        page.setFont("Helvetica", 10)
        line = "Please read the guidance before you answer each question."
        if where == "text line":
            line = line[:11] + run + line[11:]
        page.drawString(72, 750, line)
        page.drawString(72, 720, "1. Describe your project and who it helps (max 300 words)")
        page.acroForm.textfield(
            name="q1",
            tooltip=("Describe your project" + run) if where == "field tooltip" else "Project",
            value=("Our project" + run) if where == "field value" else "",
            x=72,
            y=560,
            width=450,
            height=140,
            fieldFlags="multiline",
        )
        page.drawString(72, 520, "2. How much are you asking for? (max 50 words)")
        page.acroForm.textfield(name="q2", tooltip="Amount", x=72, y=470, width=450, height=40)
        page.save()

    return build


TARGETS: dict[str, tuple[str, Callable[[str, Path], None]]] = {
    **{f"word {w}": (".docx", word(w)) for w in ("paragraph", "list item", "table cell")},
    "word content control": (".docx", word("content control")),
    **{f"pdf {w}": (".pdf", pdf(w)) for w in ("text line", "field value", "field tooltip")},
}


def measured(folder: Path, name: str, limit: float) -> tuple[int, float]:
    """Exit code and CPU seconds of ``grantcheck measure NAME``, killed after ``limit`` s."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [str(PYTHON), "-m", "grantcheck", "measure", name]
    with open(os.devnull, "wb") as quiet:
        proc = subprocess.Popen(command, cwd=folder, env=env, stdout=quiet, stderr=quiet)
        timer = threading.Timer(limit, lambda: os.kill(proc.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
    return os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=100_000, help="Characters in a run.")
    parser.add_argument("--seconds", type=float, default=25.0, help="A bug beyond this.")
    parser.add_argument("--only", help="Only targets or runs whose name holds this.")
    options = parser.parse_args()
    slow = 0
    with tempfile.TemporaryDirectory(prefix="grantcheck-inject-") as name:
        folder = Path(name)
        for target, (suffix, build) in TARGETS.items():
            for unit_name, unit in UNITS.items():
                if options.only and options.only not in f"{target} {unit_name}":
                    continue
                run = (unit * (options.length // len(unit) + 1))[: options.length]
                path = folder / f"form{suffix}"
                try:
                    build(run, path)
                except (KeyError, UnicodeError) as exc:  # reportlab's fonts: Latin-1 only
                    print(f"{target:<22} {unit_name:<14} not built ({type(exc).__name__})")
                    continue
                code, cpu = measured(folder, path.name, options.seconds * 4)
                bad = cpu > options.seconds or code not in (0, 1)
                slow += bad
                verdict = "SLOW" if bad else "ok"
                print(f"{target:<22} {unit_name:<14} exit {code:>3} {cpu:6.1f} s  {verdict}")
                sys.stdout.flush()
    print(f"{slow} documents over {options.seconds:.0f} s or failing")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
