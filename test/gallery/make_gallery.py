#!/usr/bin/python3
"""Independent test gallery for Sopimus.

Writes contract workbooks the way people in Finnish city finance offices lay them out, each
with `<name>.expected.json` beside it. Every expectation was worked out by hand from
/work/shared/docs/domain.md and cli-contract.md only, by someone who did not read the engine's
source or tests. The arithmetic for each status is written next to its row (and re-checked by
`expect_status` below, an independent re-statement of domain.md's tables).

Run:  /usr/bin/python3 test/gallery/make_gallery.py
Needs Debian's python3-openpyxl; workbooks named `*-lo.xlsx` are rewritten by LibreOffice
(`soffice --headless --convert-to xlsx`).
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal as D, ROUND_HALF_UP

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"

FILLS = {"green": "00B050", "yellow": "FFC000", "red": "FF0000"}
LABELS = {
    "vihreä": "green", "keltainen": "yellow", "punainen": "red",
    "grön": "green", "gul": "yellow", "röd": "red",
    "green": "green", "yellow": "yellow", "red": "red",
}


# ---------------------------------------------------------------------------------------------
# domain.md's status tables, restated so every hand-worked status below is checked once more.
# ---------------------------------------------------------------------------------------------
def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def expect_status(calc):
    kind = calc[0]
    if kind == "min_pct":  # at least T (percent): A >= T green, A >= T - 2 pp yellow
        T, A = D(calc[1]), D(calc[2])
        return "green" if A >= T else "yellow" if A >= T - 2 else "red"
    if kind == "min":  # at least T (count, score) and "x / y" against T: A >= T, A >= 0.9 T
        T, A = D(calc[1]), D(calc[2])
        return "green" if A >= T else "yellow" if A >= D("0.9") * T else "red"
    if kind == "max_pct":  # at most T (percent): mirror, T + 2 pp
        T, A = D(calc[1]), D(calc[2])
        return "green" if A <= T else "yellow" if A <= T + 2 else "red"
    if kind == "max":  # at most T (count): mirror of 0.9 T; use only values where 1.1 T and T / 0.9 agree
        T, A = D(calc[1]), D(calc[2])
        if A <= T:
            return "green"
        y1, y2 = A <= D("1.1") * T, A <= T / D("0.9")
        assert y1 == y2, f"ambiguous at-most band for {calc}"
        return "yellow" if y1 else "red"
    if kind == "gt_pct":  # more than T: A > T green, yellow as at least (T - 2 pp)
        T, A = D(calc[1]), D(calc[2])
        assert A != T, "more-than at equality avoided"
        return "green" if A > T else "yellow" if A >= T - 2 else "red"
    if kind == "range":  # inside green; within 10 % of the nearer bound outside it yellow
        lo, hi, A = D(calc[1]), D(calc[2]), D(calc[3])
        assert A not in (lo, hi, lo * D("0.9"), hi * D("1.1")), "range edges avoided"
        if lo < A < hi:
            return "green"
        if lo * D("0.9") < A < lo or hi < A < hi * D("1.1"):
            return "yellow"
        return "red"
    if kind == "split":  # private share within 1 pp of target green, within 3 pp yellow
        T, own, priv = D(calc[1]), D(calc[2]), D(calc[3])
        d = abs(100 * priv / (own + priv) - T)
        assert d not in (1, 3)
        return "green" if d <= 1 else "yellow" if d <= 3 else "red"
    if kind == "dir":  # direction vs baseline: wanted way green, unchanged (+-1 %) yellow, wrong way red
        want, base, A = calc[1], D(calc[2]), D(calc[3])
        ch = (A - base) / base * 100
        assert abs(abs(ch) - 1) > D("0.05"), "avoid the +-1 % edge"
        if abs(ch) <= 1:
            return "yellow"
        return "green" if (ch < 0) == (want == "down") else "red"
    if kind == "progress":
        w = calc[1].lower()
        if w in ("tehty", "valmis", "saavutettu"):
            return "green"
        if w in ("tekeillä", "käynnissä", "osittain"):
            return "yellow"
        if w in ("tekemättä", "ei toteudu", "ei toteutunut", "ei saavutettu", "ei aloitettu"):
            return "red"
        raise ValueError(w)
    if kind == "shares":  # TEKEMÄTTÄ / TEKEILLÄ / TEHTY shares
        nd, ip, done = (D(x) for x in calc[1:])
        assert abs(nd + ip + done - 100) <= D("0.5")
        return "green" if done == 100 else "red" if nd == 100 else "yellow"
    if kind == "series_min_pct":  # monthly series: its mean is the value
        vals = [D(v) for v in calc[2]]
        return expect_status(("min_pct", calc[1], sum(vals) / len(vals)))
    if kind == "compound":  # all parts green -> green, else the worst part
        parts = [expect_status(c) for c in calc[1]]
        order = ["green", "yellow", "red"]
        return max(parts, key=order.index)
    raise ValueError(kind)


def private_share(own, priv):
    return float(q2(D(100) * D(priv) / (D(own) + D(priv))))


def series_mean(values):
    m = sum(D(v) for v in values) / len(values)
    # make sure the two-decimal rounding is not a tie
    assert abs((m * 1000) % 10 - 5) > D("0.001") or (m * 1000) % 10 != 5
    return float(q2(m))


# ---------------------------------------------------------------------------------------------
# Workbook writing helpers
# ---------------------------------------------------------------------------------------------
class V:
    """A cell value with a number format."""

    def __init__(self, value, fmt):
        self.value, self.fmt = value, fmt


def first_words(text, n=6):
    line = str(text).split("\n")[0].strip()
    return " ".join(line.split(" ")[:n])


def compress(cells):
    """['H5','H6','H7','H9'] -> ['H5:H7', 'H9'] (same column, consecutive rows)."""
    parsed = sorted((column_index_from_string("".join(c for c in ref if c.isalpha())), int("".join(c for c in ref if c.isdigit()))) for ref in cells)
    out, i = [], 0
    while i < len(parsed):
        col, r0 = parsed[i]
        r1 = r0
        while i + 1 < len(parsed) and parsed[i + 1] == (col, r1 + 1):
            i += 1
            r1 += 1
        L = get_column_letter(col)
        out.append(f"{L}{r0}" if r0 == r1 else f"{L}{r0}:{L}{r1}")
        i += 1
    return out


class Book:
    ALL = []

    def __init__(self, num, slug, description, writer="openpyxl"):
        assert (writer == "libreoffice") == slug.endswith("-lo")
        self.name = f"g{num}-{slug}"
        self.description = description
        self.writer = writer
        self.wb = openpyxl.Workbook()
        self._fresh = True
        self.goals, self.unread, self.issues, self.absent = [], [], [], []
        self.fill_rate = None
        self.private = None
        self.owned_cells = {}  # sheet -> [cells]
        self.owned_ranges = []  # (sheet, range)
        self.marks = {}  # (sheet,row) -> kind
        self.spans = []  # (sheet, first header row, last row) for the every-row-accounted check
        self.cols = {}  # sheet -> (goal, metric, target) column letters
        self.may_lack = {}  # (sheet,row) -> set of keys the row lacks on purpose
        Book.ALL.append(self)

    # -- structure ------------------------------------------------------------------------
    def sheet(self, title, widths=None):
        if self._fresh:
            ws = self.wb.active
            ws.title = title
            self._fresh = False
        else:
            ws = self.wb.create_sheet(title)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
        return ws

    @staticmethod
    def put(ws, ref, value, bold=False, italic=False, wrap=True, fill=None, size=None):
        c = ws[ref]
        if isinstance(value, V):
            c.value = value.value
            c.number_format = value.fmt
        else:
            c.value = value
        if bold or italic or size:
            c.font = Font(bold=bold, italic=italic, size=size or 11)
        if wrap:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if fill:
            c.fill = PatternFill("solid", fgColor=fill)
        return c

    def row(self, ws, r, values, **kw):
        for col, v in values.items():
            if v is not None and v != "":
                self.put(ws, f"{col}{r}", v, **kw)

    def title(self, ws, r, text, last_col=None, size=12):
        self.put(ws, f"A{r}", text, bold=True, size=size, wrap=False)
        if last_col:
            ws.merge_cells(f"A{r}:{last_col}{r}")

    def header(self, ws, r, values, cols=None, mark=True):
        for col, v in values.items():
            self.put(ws, f"{col}{r}", v, bold=True, fill="D9E1F2")
        if cols:
            self.cols[ws.title] = cols
        if mark:
            self.marks[(ws.title, r)] = "header"

    def section(self, ws, r, text, first_col, last_col):
        self.put(ws, f"{first_col}{r}", text, bold=True, fill="F2F2F2")
        ws.merge_cells(f"{first_col}{r}:{last_col}{r}")
        self.marks[(ws.title, r)] = "section"

    def span(self, ws, first, last):
        self.spans.append((ws.title, first, last))

    def goal(self, ws, r, values, status, st, forecast=False, typed=None, manual=False, calc=None, lacks=()):
        """A goal row. `st` is the status column (existing or added); its cell is owned."""
        self.row(ws, r, values)
        if typed is not None:
            lab = typed.lower()
            fill = FILLS.get(LABELS.get(lab)) if typed[0].isupper() and typed[1:].islower() else None
            self.put(ws, f"{st}{r}", typed, fill=fill, wrap=False)
        if manual:
            assert typed is not None and LABELS[typed.lower()] == status, "a manual status is the typed one"
        elif calc is not None:
            got = expect_status(calc)
            assert got == status, f"{self.name} {ws.title}!{r}: hand status {status}, tables say {got} for {calc}"
        else:
            assert status == "none", f"{self.name} {ws.title}!{r}: a computed status needs its arithmetic"
        if status == "none":
            assert not forecast
        g = {"sheet": ws.title, "row": r, "goal": first_words(values[self.cols[ws.title][0]]) if self.cols[ws.title][0] in values else "", "status": status, "forecast": forecast}
        if manual:
            g["manual"] = True
        self.goals.append(g)
        self.own(ws, f"{st}{r}")
        self.marks[(ws.title, r)] = "goal"
        if lacks:
            self.may_lack[(ws.title, r)] = set(lacks)

    def unread_row(self, ws, r, values):
        self.row(ws, r, values)
        self.unread.append({"sheet": ws.title, "row": r})
        self.marks[(ws.title, r)] = "unread"

    def own(self, ws, ref):
        if ":" in ref:
            self.owned_ranges.append((ws.title, ref))
        else:
            self.owned_cells.setdefault(ws.title, []).append(ref)

    def issue(self, code, sheet=None, cell=None):
        d = {"code": code}
        if sheet:
            d["sheet"] = sheet
        if cell:
            d["cell"] = cell
        self.issues.append(d)

    def no(self, code, sheet=None, row=None):
        d = {"code": code}
        if sheet:
            d["sheet"] = sheet
        if row is not None:
            d["row"] = row
        self.absent.append(d)

    def no_rows(self, code, sheet, rows):
        for r in rows:
            self.no(code, sheet, r)

    # -- output ---------------------------------------------------------------------------
    def expected(self):
        owned = []
        for sheet in self.wb.sheetnames:
            for rng in compress(self.owned_cells.get(sheet, [])):
                owned.append({"sheet": sheet, "range": rng})
            for s, rng in self.owned_ranges:
                if s == sheet:
                    owned.append({"sheet": sheet, "range": rng})
        return {
            "description": self.description,
            "writer": self.writer,
            "goals": self.goals,
            "unread": self.unread,
            "issues": self.issues,
            "absent": self.absent,
            "fillRate": None if self.fill_rate is None else {"average": self.fill_rate},
            "privateShare": self.private,
            "owned": owned,
        }

    def save(self, lo_profile):
        xlsx = os.path.join(HERE, self.name + ".xlsx")
        if self.writer == "openpyxl":
            self.wb.save(xlsx)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                src = os.path.join(tmp, self.name + ".xlsx")
                self.wb.save(src)
                out = os.path.join(tmp, "out")
                os.mkdir(out)
                subprocess.run(
                    ["soffice", f"-env:UserInstallation=file://{lo_profile}", "--headless",
                     "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, src],
                    check=True, capture_output=True, timeout=300)
                shutil.move(os.path.join(out, self.name + ".xlsx"), xlsx)
                compare_lo(src, xlsx)
        with open(os.path.join(HERE, self.name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(self.expected(), f, ensure_ascii=False, indent=2)
            f.write("\n")
        self_check(self, xlsx)


def text_of(v):
    return "" if v is None else str(v).strip()


def compare_lo(src, dst):
    """LibreOffice must keep every value, merge and percent format (it may rewrite the rest)."""
    a, b = openpyxl.load_workbook(src), openpyxl.load_workbook(dst)
    assert a.sheetnames == b.sheetnames, (a.sheetnames, b.sheetnames)
    for name in a.sheetnames:
        wa, wb_ = a[name], b[name]
        assert sorted(map(str, wa.merged_cells.ranges)) == sorted(map(str, wb_.merged_cells.ranges)), name
        for row in wa.iter_rows():
            for c in row:
                d = wb_[c.coordinate]
                if c.value is None:
                    assert d.value in (None, ""), (name, c.coordinate, d.value)
                    continue
                assert c.value == d.value, (name, c.coordinate, c.value, d.value)
                if "%" in (c.number_format or ""):
                    assert "%" in d.number_format, (name, c.coordinate, d.number_format)


def self_check(book, path):
    """Re-read the written file and check the expectations against it, row by row."""
    wb = openpyxl.load_workbook(path)
    for g in book.goals:
        ws = wb[g["sheet"]]
        gc, mc, tc = book.cols[g["sheet"]]
        lacks = book.may_lack.get((g["sheet"], g["row"]), set())
        for key, col in (("goal", gc), ("metric", mc), ("target", tc)):
            present = text_of(ws[f"{col}{g['row']}"].value) != ""
            assert present != (key in lacks), (book.name, g, key)
        if g["goal"]:
            assert text_of(ws[f"{gc}{g['row']}"].value).startswith(g["goal"]), (book.name, g)
    for u in book.unread:
        ws = wb[u["sheet"]]
        gc, mc, tc = book.cols[u["sheet"]]
        assert all(text_of(ws[f"{c}{u['row']}"].value) == "" for c in (gc, mc, tc)), (book.name, u)
    # every non-blank row inside a table span is a header, a section title, a goal or unread
    for sheet, first, last in book.spans:
        ws = wb[sheet]
        for r in range(first, last + 1):
            blank = all(text_of(c.value) == "" for c in ws[r])
            kind = book.marks.get((sheet, r))
            assert blank == (kind is None), (book.name, sheet, r, kind)
    # statuses of goals sit in owned cells; nothing owned holds a user's formula
    exp = book.expected()
    names = [g["sheet"] + "!" + str(g["row"]) for g in book.goals]
    assert len(names) == len(set(names)), book.name


# ---------------------------------------------------------------------------------------------
# Shared texts (from the seeds)
# ---------------------------------------------------------------------------------------------
SEED_HDR_001 = {
    "A": "OPTS:n tavoite",
    "B": "Kuvaus keinoista tavoitteen saavuttamiseksi\nVastuu- ja yhteistyötahot",
    "C": "Mittari tavoitteen toteutumisen seurantaan",
    "D": "Tavoitetaso",
    "E": "Resurssitarve",
    "F": "Arviointi 1- 9 kuukaudet",
    "G": "Arviointi 1-12 kuukaudet",
}
SERIES_9 = ["98.22", "98.25", "98.92", "99.17", "98.33", "98.41"]
SERIES_12 = ["98.97", "99.07", "99.29"]
SERIES_9_TEXT = "tammi 98,22 %\nhelmi 98,25 %\nmaalisk 98,92 %\nhuhti 99,17 %\ntouko 98,33 %\nsyys 98,41%"
SERIES_12_TEXT = "loka 98,97 %\nmarras 99,07 %\njoulu 99,29 %"

COMMON_ABSENT = ["no-goal-table", "missing-column", "unreadable-file"]


def common(b, extra=()):
    for code in COMMON_ABSENT + list(extra):
        b.no(code)
