"""Speed of measuring a 100-page text PDF against pypdf's own text extraction of it.

Generates the PDF (varied guidance prose with a few questions and a checklist per
page, each page its own content stream), then times, interleaved run by run so the
machine's ups and downs fall on both alike: (a) pypdf opening the file and
extracting every page's text; (b) grantcheck reading and measuring the same file
(extraction, blocks, questions, requirements, jargon, acronyms). Prints the medians
and the ratio; the target is at most 1.5.

Each timing runs in a fresh Python process, as a user's run does, with the imports done before
the clock starts for both alike: pypdf's side imports its reader, grantcheck's side its PDF
reader (which a run otherwise imports lazily, on its first PDF). Nothing cached by an earlier
run (tokens, cues, the vocabularies) helps a later one. grantcheck's time includes loading its
vocabularies, which every run of ``grantcheck measure`` pays once. ``--warm`` times both in
this process instead, run after run, which is what the figure meant before (caches then carry
from run to run).

Both packages are byte-compiled before the clock, as ``pip install`` leaves them: where
PYTHONDONTWRITEBYTECODE is set (as in some sandboxes) an editable checkout would otherwise
compile grantcheck's lazily imported modules from source inside every fresh run, while pypdf's
installed bytecode spares it the same cost.

    python bench/documents.py [--pages 100] [--runs 7] [--varied] [--warm]
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from documents import pdf_bytes

PROSE = [
    "You can apply for a grant of up to five thousand pounds for work in the borough.",
    "We will look at how your project helps people who find it hard to get support.",
    "Please read these notes before you start, and ask us if anything is unclear.",
    "The Community Resilience Fund (CRF) is paid in advance, in one instalment.",
    "Groups must have a bank account in the name of the group with two signatories.",
    "We utilise the information you give us to decide which projects to fund.",
]


PLACES = (
    "Ashby Brook Castle Dale Elm Fen Grange Heath Isley Jura Kirk Lea Moor Ness Oak Pike".split()
)


TOPICS = ["who can apply", "what we fund", "how to apply", "how we decide", "paying the grant"]
TOPICS += ["monitoring", "your documents"]


def page(n: int, varied: bool = False) -> list[str]:
    # the question and the documents come mid-page, and a page opens and closes with lines of
    # its own: lines that open or close most pages are a running header or footer
    # (documents/furniture.py) and are not read, as a real document's "Page 2 of 4" is not
    lines = [f"Section {n}: {TOPICS[n % len(TOPICS)]}"]
    lines += [PROSE[(n + i) % len(PROSE)] for i in range(30)]
    if varied:  # a place name in each line: no line repeats, as in real guidance
        lines[1:] = [
            line.replace(
                " ", f" {PLACES[(n * 7 + i) % 16]}{PLACES[(n + i * 3) % 16].lower()}{n} ", 1
            )
            for i, line in enumerate(lines[1:])
        ]
    lines.append(f"Section {n + 1} tells you about {TOPICS[(n + 1) % len(TOPICS)]}.")
    lines[16:16] = [
        f"{n}. Describe how your project will help (max 250 words)",
        "Please attach a copy of your constitution and your latest accounts.",
        "If you work with children, you must have a safeguarding policy.",
    ]
    return lines


# Each is run in a fresh interpreter; the clock starts after the imports.
PYPDF = """
import sys, time
from pypdf import PdfReader
start = time.perf_counter()
"\\n".join(p.extract_text() or "" for p in PdfReader(sys.argv[1]).pages)
print(time.perf_counter() - start)
"""
OURS = """
import sys, time
from pathlib import Path
from grantcheck.documents import Measurer
import grantcheck.documents.pdf_reader
import pypdf
start = time.perf_counter()
Measurer().measure(Path(sys.argv[1]), "guidance.pdf")
print(time.perf_counter() - start)
"""


def _fresh(program: str, path: Path) -> float:
    """Seconds the program reports for the file, run in a new Python process."""
    done = subprocess.run(
        [sys.executable, "-c", program, str(path)], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--varied",
        action="store_true",
        help="no line of prose repeats (the default repeats six sentences, so caches keyed on "
        "text help more than they would on real guidance)",
    )
    parser.add_argument(
        "--warm", action="store_true", help="time both in this process, run after run"
    )
    args = parser.parse_args()
    import pypdf
    from pypdf import PdfReader

    import grantcheck
    from grantcheck.documents import Measurer

    for package in (grantcheck, pypdf):  # as an install leaves them (see the docstring)
        compileall.compile_dir(Path(package.__file__).parent, quiet=1)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "guidance.pdf"
        path.write_bytes(pdf_bytes([page(n, args.varied) for n in range(1, args.pages + 1)]))
        pypdf_times, ours = [], []
        for _ in range(args.runs):
            if args.warm:
                start = time.perf_counter()
                reader = PdfReader(str(path))
                "\n".join(p.extract_text() or "" for p in reader.pages)
                pypdf_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                Measurer().measure(path, path.name)
                ours.append(time.perf_counter() - start)
            else:
                pypdf_times.append(_fresh(PYPDF, path))
                ours.append(_fresh(OURS, path))
        text = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
        facts = Measurer().measure(path, path.name)[1]
        a, b = statistics.median(pypdf_times), statistics.median(ours)
        print(
            f"{args.pages}-page text PDF ({path.stat().st_size:,} bytes, "
            f"{len(text.split()):,} words), "
            f"median of {args.runs} runs, "
            f"{'in this process' if args.warm else 'each in a fresh process'}"
        )
        print(f"  pypdf text extraction      {a * 1000:8.1f} ms")
        print(
            f"  grantcheck read + measure  {b * 1000:8.1f} ms  ({len(facts.questions)} questions, "
            f"{len(facts.jargon)} jargon)"
        )
        print(f"  ratio {b / a:.2f}x (target at most 1.5x)")


if __name__ == "__main__":
    main()
