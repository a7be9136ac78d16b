"""An empty scheme register to fill in: ``grantcheck init --register FILE`` (.xlsx or .csv).

Row 1 holds every column's dotted key, row 2 says in plain words what goes in
it (``check`` recognises and skips that row), row 3 is a worked example that
``check`` accepts. In a workbook, every closed set of values (kind, area,
accounts, payment, frequency, route, and yes/no) has a drop-down list. Yes/no
columns take ``yes`` or ``no``: plain words, and the reader also accepts
true/false and a spreadsheet's TRUE/FALSE.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from grantcheck.errors import SHEET, letters
from grantcheck.register_columns import Column, columns

EXAMPLE: dict[str, Any] = {  # one scheme of good practice, so the example passes most rules
    "name": "Community Chest 2026",
    "funder": "Example Borough Council",
    "kind": "grant",
    "id": "community-chest-2026",
    "area": "mixed",
    "award.max": 2000,
    "award.min": 250,
    "award.typical": 1500,
    "award.total": 40000,
    "award.expected_awards": 25,
    "award.expected_applications": 60,
    "application.opens": dt.date(2026, 4, 1),
    "application.closes": dt.date(2026, 5, 13),
    "application.stages": 1,
    "application.guidance.pages": 2,
    "application.form.questions": 5,
    "application.form.word_limit": 500,
    "application.form.attachments": "bank statement",
    "application.support.pre_application": "yes",
    "application.support.accessible_formats": "yes",
    "eligibility.legal_forms": "registered_charity; cio; constituted_group; unconstituted_group",
    "eligibility.accounts": "bank_statements",
    "eligibility.policies_required": "safeguarding",
    "decision.date": dt.date(2026, 6, 24),
    "decision.timeline_published": "yes",
    "decision.feedback": "yes",
    "funding.months": 12,
    "funding.core_costs": "yes",
    "funding.full_cost_recovery": "yes",
    "funding.payment": "in_advance",
    "reporting.frequency": "end_only",
    "reporting.measures": 3,
    "reporting.template_provided": "yes",
    "engagement.lio_involved": "yes",
    "engagement.codesigned": "yes",
    "engagement.rural_proofed": "yes",
}
ROWS_WITH_LISTS = 1000  # drop-down lists cover this many rows below the example


def _text(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else "" if value is None else str(value)


def register_csv() -> str:
    """The register as CSV (UTF-8): headers, descriptions, the example."""
    cols = list(columns().values())
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.key for c in cols])
    writer.writerow([c.description for c in cols])
    writer.writerow([_text(EXAMPLE.get(c.key)) for c in cols])
    return out.getvalue()


def _options(column: Column) -> tuple[str, ...]:
    if column.kind == "choice":
        return column.choices
    return ("yes", "no") if column.kind == "yes/no" else ()


def register_xlsx() -> bytes:
    """The register as a workbook: a ``Schemes`` sheet, frozen headings, drop-down lists."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    cols = list(columns().values())
    book = Workbook()
    ws = book.active
    assert ws is not None  # a new workbook always has one sheet
    ws.title = SHEET
    ws.append([c.key for c in cols])
    ws.append([c.description for c in cols])
    ws.append([EXAMPLE.get(c.key) for c in cols])
    ws.freeze_panes = "B3"
    last = 3 + ROWS_WITH_LISTS
    for i, column in enumerate(cols, start=1):
        col = letters(i)
        ws.column_dimensions[col].width = 24
        ws[f"{col}1"].font = Font(bold=True)
        ws[f"{col}2"].alignment = Alignment(wrap_text=True, vertical="top")
        if column.kind == "date":
            for row in range(3, last + 1):
                ws[f"{col}{row}"].number_format = "yyyy-mm-dd"
        options = _options(column)
        if options:
            rule = DataValidation(
                type="list",
                formula1='"' + ",".join(options) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=column.key,
                error="Choose one of: " + ", ".join(options),
            )
            ws.add_data_validation(rule)
            rule.add(f"{col}3:{col}{last}")
    ws.auto_filter.ref = f"A1:{letters(len(cols))}1"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
