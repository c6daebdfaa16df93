#!/usr/bin/python3
"""
Writer corpus for the workbook reader (issue 11, item 1): the same small table written by the Python writers
people use, plus LibreOffice's re-save of one of them. Each file gets an expected-values JSON computed here,
from the data below (never from a reader): dates as 1900-system serials, booleans, numbers, text.

Run from the repository root (needs python3-openpyxl, python3-pandas, python3-xlsxwriter and LibreOffice):
    /usr/bin/python3 scripts/corpus/make-writers.py
The outputs are committed under test/corpus/writers/, so tests need none of these tools.
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
import pandas as pd
import xlsxwriter

OUT = "test/corpus/writers"
HEADER = ["ID", "Rep", "Amount", "Created", "Won", "Note"]
ROWS = [
    ["D1", "Ana Lima", 1200.5, dt.datetime(2026, 1, 5), True, "plain"],
    ["D2", "Zoë & Co <x>", 0, dt.datetime(2026, 2, 28), False, None],
    ["D3", "東京 本社", -7, dt.datetime(2026, 3, 1), None, "two\nlines"],
    ["D4", "  spaced  ", 1e-9, dt.datetime(2026, 3, 1, 12, 0), True, "end"],
    ["D5", "big", 123456789012345, dt.datetime(1900, 3, 1), False, "end"],
]
SETTINGS = [["Setting", "Value"], ["Currency", "EUR"], ["Locale", "nl"]]


def serial(value):
    """1900-system serial of a datetime (days since 1899-12-30, valid from 1900-03-01 on)."""
    delta = value - dt.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


def expected_cell(value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return serial(value)
    return value


def expected_rows(rows):
    out = []
    for number, row in enumerate(rows, start=1):
        cells = [expected_cell(v) for v in row]
        while cells and cells[-1] is None:
            cells.pop()
        if cells:
            out.append({"number": number, "cells": cells})
    return out


EXPECTED = {"Deals": expected_rows([HEADER] + ROWS), "Settings": expected_rows(SETTINGS)}


def save_expected(name, writer, sheets=None, notes=""):
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump({"writer": writer, "notes": notes, "sheets": sheets or EXPECTED}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def fixed_times(path):
    """Rewrite the zip with a fixed timestamp and fixed docProps dates, so reruns give the same bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def openpyxl_file(name, epoch_1904=False):
    wb = openpyxl.Workbook()
    if epoch_1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Deals"
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for row in ws.iter_rows(min_row=2, min_col=4, max_col=4):
        for cell in row:
            cell.number_format = "yyyy-mm-dd hh:mm"
    settings = wb.create_sheet("Settings")
    for row in SETTINGS:
        settings.append(row)
    path = os.path.join(OUT, f"{name}.xlsx")
    wb.save(path)
    fixed_times(path)
    save_expected(name, f"openpyxl {openpyxl.__version__}" + (" (1904 date system)" if epoch_1904 else ""),
                  notes="absolute relationship targets (/xl/worksheets/sheet1.xml)")
    return path


def pandas_file(name, engine):
    deals = pd.DataFrame(ROWS, columns=HEADER)
    settings = pd.DataFrame(SETTINGS[1:], columns=SETTINGS[0])
    path = os.path.join(OUT, f"{name}.xlsx")
    with pd.ExcelWriter(path, engine=engine) as writer:
        deals.to_excel(writer, sheet_name="Deals", index=False)
        settings.to_excel(writer, sheet_name="Settings", index=False)
    fixed_times(path)
    # pandas writes the Won column's missing value as a blank cell and NaN-free numbers as they are.
    save_expected(name, f"pandas {pd.__version__} to_excel, {engine} engine")
    return path


def xlsxwriter_file(name, constant_memory):
    path = os.path.join(OUT, f"{name}.xlsx")
    wb = xlsxwriter.Workbook(path, {"constant_memory": constant_memory, "date_1904": not constant_memory,
                                    "default_date_format": "yyyy-mm-dd hh:mm"})
    ws = wb.add_worksheet("Deals")
    for r, row in enumerate([HEADER] + ROWS):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, dt.datetime):
                ws.write_datetime(r, c, value)
            else:
                ws.write(r, c, value)
    settings = wb.add_worksheet("Settings")
    for r, row in enumerate(SETTINGS):
        settings.write_row(r, 0, row)
    wb.close()
    fixed_times(path)
    save_expected(name, f"XlsxWriter {xlsxwriter.__version__}" +
                  (" constant_memory (inline strings)" if constant_memory else " (1904 date system)"))
    return path


def libreoffice_file(name, source):
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as out:
        # Convert a copy with another name, so LibreOffice writes out.xlsx (not over the source).
        src = os.path.join(out, "src.xlsx")
        shutil.copy(source, src)
        conv = os.path.join(out, "conv")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{home}", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", conv, src], check=True, capture_output=True)
        path = os.path.join(OUT, f"{name}.xlsx")
        shutil.copy(os.path.join(conv, "src.xlsx"), path)
    version = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.split()[1]
    save_expected(name, f"LibreOffice {version} (re-save of the openpyxl file)")
    return path


def main():
    os.makedirs(OUT, exist_ok=True)
    source = openpyxl_file("openpyxl")
    openpyxl_file("openpyxl-1904", epoch_1904=True)
    pandas_file("pandas-openpyxl", "openpyxl")
    pandas_file("pandas-xlsxwriter", "xlsxwriter")
    xlsxwriter_file("xlsxwriter-1904", constant_memory=False)
    xlsxwriter_file("xlsxwriter-constant-memory", constant_memory=True)
    libreoffice_file("libreoffice", source)
    print(f"python writers: files in {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
