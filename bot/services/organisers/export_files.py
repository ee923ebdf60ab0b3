"""Tables as files organisers open in a spreadsheet: CSV (UTF-8 with BOM) and XLSX.

Text a delegate typed may start like a formula (`=HYPERLINK(...)`, `+1 ...`, `@SUM(...)`); a spreadsheet
would run it. Following OWASP's advice on CSV injection, such a value gets a leading apostrophe in both
files, and XLSX cells are always written as text, never as formulas.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
Cell = str | int | None
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Table:
    """One sheet: a name, its column headers, its rows (text or whole numbers)."""

    name: str
    headers: list[str]
    rows: list[list[Cell]]


def neutralise(value: str) -> str:
    """A text that no spreadsheet reads as a formula: a leading apostrophe when it starts like one."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell(value: Cell) -> Cell:
    return neutralise(value) if isinstance(value, str) else value


def to_csv(table: Table) -> bytes:
    """RFC 4180 CSV, every field quoted, UTF-8 with a byte order mark (so Excel reads accents right)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in table.headers])
    for row in table.rows:
        writer.writerow(["" if v is None else _cell(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(tables: list[Table]) -> bytes:
    """A workbook with one sheet per table: bold frozen headers, filters, text cells never formulas."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, TYPE_STRING
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(SHEET_NAME_FORBIDDEN.sub(" ", table.name).strip()[:31])
        for row_no, row in enumerate([table.headers, *table.rows], start=1):
            for col_no, value in enumerate(row, start=1):
                cell = sheet.cell(row=row_no, column=col_no)
                if isinstance(value, str):
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", neutralise(value))
                    cell.data_type = TYPE_STRING  # set after the value: openpyxl guesses "=..." is a formula
                else:
                    cell.value = value
        for col_no, header in enumerate(table.headers, start=1):
            sheet.cell(row=1, column=col_no).font = Font(bold=True)
            sheet.column_dimensions[get_column_letter(col_no)].width = min(max(len(header) + 2, 12), 40)
        sheet.freeze_panes = "A2"
        if table.rows:
            sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
