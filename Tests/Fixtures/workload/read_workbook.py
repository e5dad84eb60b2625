#!/usr/bin/env python3
"""A workbook as openpyxl sees it, as JSON: per sheet its name, row count, the cells of its first
and last rows (type and value) and whether any cell is a formula.

Usage: read_workbook.py BOOK.xlsx
"""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1], read_only=True)
sheets = []
for ws in book.worksheets:
    rows = list(ws.iter_rows())
    formulas = any(c.data_type == "f" for row in rows for c in row)

    def cells(row):
        return [{"type": c.data_type, "value": None if c.value is None else str(c.value)} for c in row]

    sheets.append({"name": ws.title, "rows": len(rows), "formulas": formulas,
                   "first": cells(rows[0]) if rows else [], "second": cells(rows[1]) if len(rows) > 1 else [],
                   "last": cells(rows[-1]) if rows else []})
json.dump({"sheets": sheets}, sys.stdout)
