"""Tables as files organisers open in a spreadsheet: CSV (UTF-8 with BOM) and XLSX.

Text a delegate typed may start like a formula (`=HYPERLINK(...)`, `+1 ...`, `@SUM(...)`); a spreadsheet
would run it. A CSV file cannot say which fields are text, so, following OWASP's advice on CSV injection,
such a value (and only such a value) gets a leading apostrophe there. The workbook types each text cell as
text (an inline string, with Excel's "quote prefix" style where the text starts like a formula, so that
editing it keeps it text): its cells read exactly as typed, `+57 311 555 0199` included, and none is ever a
formula.
"""

from __future__ import annotations

import csv
import io
import pickle
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
Cell = str | int | None
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class PackedRows:
    """Rows pickled a batch at a time, as they are made. Handing a large table to a worker process then
    pickles a few bytes objects (a copy) rather than every cell in one C call, which holds the GIL (and
    so the event loop) for 35-50 ms at 10,000 rows; and the garbage collector never sees the cells.
    Only this process's own rows are unpickled, by its own worker."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        self._count = 0

    def add(self, rows: list[list[Cell]]) -> None:
        self._chunks.append(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
        self._count += len(rows)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[list[Cell]]:
        for chunk in self._chunks:
            yield from pickle.loads(chunk)


@dataclass(frozen=True)
class Table:
    """One sheet: a name, its column headers, its rows (text or whole numbers)."""

    name: str
    headers: list[str]
    rows: Sequence[Sequence[Cell]] | PackedRows


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
    """A workbook with one sheet per table: bold frozen headers, filters, text cells never formulas.

    Written in openpyxl's write-only mode (rows streamed, no cell objects kept): about a fifth faster,
    and a fraction of the memory, at 10,000 rows."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for table in tables:
        _write_sheet(book, table)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write_sheet(book: Workbook, table: Table) -> None:
    """Characters XML cannot hold are dropped; a text that starts like a formula (even once a control
    character before it is dropped) becomes a cell typed as text, which openpyxl would otherwise take
    for a formula."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    def as_text(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"
        cell.quotePrefix = value.startswith(FORMULA_STARTS)
        return cell

    def text(value: Cell) -> Cell | WriteOnlyCell:
        if not isinstance(value, str):
            return value
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        return as_text(value) if value.startswith(FORMULA_STARTS) else value  # else an inline string

    sheet = book.create_sheet(SHEET_NAME_FORBIDDEN.sub(" ", table.name).strip()[:31])
    for col_no, header in enumerate(table.headers, start=1):
        sheet.column_dimensions[get_column_letter(col_no)].width = min(max(len(header) + 2, 12), 40)
    sheet.freeze_panes = "A2"
    headers = [as_text(ILLEGAL_CHARACTERS_RE.sub("", h)) for h in table.headers]
    for cell in headers:
        cell.font = Font(bold=True)
    sheet.append(headers)
    for row in table.rows:
        sheet.append([text(v) for v in row])
    if table.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.headers))}{len(table.rows) + 1}"


def documents(key: str, stamp: str, registrations: Table, requests: Table) -> list[tuple[str, bytes]]:
    """(file name, content) of /export's three documents. CPU-bound (seconds at 10,000 registrations):
    run it in a worker process (`bot.offload`)."""
    return [
        (f"{key}-registrations-{stamp}.csv", to_csv(registrations)),
        (f"{key}-sponsorship-{stamp}.csv", to_csv(requests)),
        (f"{key}-{stamp}.xlsx", to_xlsx([registrations, requests])),
    ]
