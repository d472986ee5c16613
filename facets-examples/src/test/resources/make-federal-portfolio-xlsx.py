"""Writes examples/federal-portfolio.xlsx from federal-portfolio.csv, as a register is kept in a
spreadsheet: a date cell for asOf beside "# asOf:", budgets formatted with thousands separators,
probabilities and facet weights formatted as percentages (the cells hold shares: 0.85 shows 85%),
texts (openpyxl writes them inline, where Excel keeps a shared-strings table: the tests'
workbooks written with fastexcel's writer cover that), a bold header, a sheet named "Register"
before a "Notes" sheet.

Run from the repository root with Debian's python3-openpyxl (3.0.9):
    python3 facets-examples/src/test/resources/make-federal-portfolio-xlsx.py
The test XlsxInputTest checks that the workbook reads equal to the CSV and the JSON file.
"""
import csv
import datetime

from openpyxl import Workbook
from openpyxl.styles import Font

EXAMPLES = "facets-examples/src/main/resources/examples/"
NUMBERS = {"budget", "position.uncertainty", "position.directedness", "facets.enhancement", "facets.mission",
           "facets.adaptive", "facets.anticipatory", "successProbability", "impact.low", "impact.mode",
           "impact.high"}
SHARES = {"successProbability", "facets.enhancement", "facets.mission", "facets.adaptive", "facets.anticipatory"}

book = Workbook()
sheet = book.active
sheet.title = "Register"
with open(EXAMPLES + "federal-portfolio.csv", newline="", encoding="utf-8") as source:
    rows = list(csv.reader(source))
header = None
for r, row in enumerate(rows, start=1):
    if header is None and row[0].startswith("# asOf:"):
        sheet.cell(r, 1, "# asOf:")
        date = sheet.cell(r, 2, datetime.date.fromisoformat(row[0].split(":", 1)[1].strip()))
        date.number_format = "yyyy-mm-dd"
        continue
    if header is None and row[0].startswith("#"):
        sheet.cell(r, 1, row[0])
        continue
    if header is None:
        header = row
        for c, name in enumerate(row, start=1):
            sheet.cell(r, c, name).font = Font(bold=True)
        continue
    for c, (name, value) in enumerate(zip(header, row), start=1):
        if value == "":
            continue
        if name in NUMBERS:
            cell = sheet.cell(r, c, float(value) if "." in value else int(value))
            cell.number_format = "0%" if name in SHARES else ("#,##0" if name == "budget" else "General")
        else:
            sheet.cell(r, c, value)
notes = book.create_sheet("Notes")
notes["A1"] = "Illustrative data, not official figures; facets reads the first sheet unless --sheet names another."
book.save(EXAMPLES + "federal-portfolio.xlsx")
