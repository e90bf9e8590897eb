#!/usr/bin/python3
"""Second independent test gallery for Sopimus (test/gallery3/).

Contract workbooks of services and places the first gallery did not cover (home care, elderly care, social
work, culture, sports, technical services, a wellbeing services county; Swedish and English contracts), laid
out the way other cities write them, each with `<name>.expected.json` beside it in the format
test/gallery/gallery.test.ts reads (goals, unread, issues, absent, fillRate, privateShare, owned).

Every expectation was worked out by hand from /work/shared/docs/domain.md (mainly its section "Periods,
several columns, and figures in free text") and cli-contract.md only, by someone who did not read the
engine's source or tests. The arithmetic for each status is written as a comment next to its row and is
re-checked by `expect`, a restatement of domain.md's status tables written for this gallery.

Run:  /usr/bin/python3 test/gallery3/make_gallery3.py
Needs Debian's python3-openpyxl; workbooks named `*-lo.xlsx` are rewritten by LibreOffice (soffice).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal as D

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
FILLS = {"green": "00B050", "yellow": "FFC000", "red": "FF0000"}

# Status words domain.md lists: the labels (fi/sv/en) and the words users already type.
TYPED = {
    "vihreä": "green", "keltainen": "yellow", "punainen": "red",
    "grön": "green", "gul": "yellow", "röd": "red",
    "green": "green", "yellow": "yellow", "red": "red",
    "toteutuu": "green", "toteutunut": "green", "✓": "green", "☺": "green",
    "osittain": "yellow", "osittain toteutunut": "yellow", "kesken": "yellow",
    "ei toteudu": "red", "✗": "red", "☹": "red",
    "uppnås": "green", "delvis": "yellow", "uppnås inte": "red",
    "achieved": "green", "partly": "yellow", "not achieved": "red",
}


# ---------------------------------------------------------------------------------------------
# domain.md's status tables, restated
# ---------------------------------------------------------------------------------------------
def expect(calc):
    kind = calc[0]
    if kind == "min_pct":  # at least T (percent): A >= T green; A >= T - 2 pp yellow
        T, A = D(calc[1]), D(calc[2])
        return "green" if A >= T else "yellow" if A >= T - 2 else "red"
    if kind == "min":  # at least T (count, score), "x / y" against a count: A >= T; A >= 0.9 T
        T, A = D(calc[1]), D(calc[2])
        return "green" if A >= T else "yellow" if A >= D("0.9") * T else "red"
    if kind == "max_pct":  # at most T (percent): A <= T green; A <= T + 2 pp yellow
        T, A = D(calc[1]), D(calc[2])
        return "green" if A <= T else "yellow" if A <= T + 2 else "red"
    if kind == "max":  # at most T (count): A <= T green; A <= T / 0.9 yellow (domain.md states T / 0.9)
        T, A = D(calc[1]), D(calc[2])
        return "green" if A <= T else "yellow" if A <= T / D("0.9") else "red"
    if kind == "gt_pct":  # more than T (strict): A > T green; yellow bound inclusive A >= T - 2 pp
        T, A = D(calc[1]), D(calc[2])
        return "green" if A > T else "yellow" if A >= T - 2 else "red"
    if kind == "gt":  # more than T (count, strict): A > T green; yellow bound inclusive A >= 0.9 T
        T, A = D(calc[1]), D(calc[2])
        return "green" if A > T else "yellow" if A >= D("0.9") * T else "red"
    if kind == "lt_pct":  # less than T (strict): A < T green; yellow bound inclusive A <= T + 2 pp
        T, A = D(calc[1]), D(calc[2])
        return "green" if A < T else "yellow" if A <= T + 2 else "red"
    if kind == "lt":  # less than T (count, strict): A < T green; A <= T / 0.9 yellow
        T, A = D(calc[1]), D(calc[2])
        return "green" if A < T else "yellow" if A <= T / D("0.9") else "red"
    if kind == "range":  # inside green; within 10 % of the nearer bound outside it yellow (edges avoided)
        lo, hi, A = D(calc[1]), D(calc[2]), D(calc[3])
        assert A not in (lo, hi, lo * D("0.9"), hi * D("1.1"))
        if lo < A < hi:
            return "green"
        return "yellow" if lo * D("0.9") < A < lo or hi < A < hi * D("1.1") else "red"
    if kind == "dir":  # direction vs baseline: wanted way green, unchanged (+-1 %) yellow, wrong way red
        want, base, A = calc[1], D(calc[2]), D(calc[3])
        ch = (A - base) / base * 100
        assert abs(abs(ch) - 1) > D("0.05")
        if abs(ch) <= 1:
            return "yellow"
        return "green" if (ch < 0) == (want == "down") else "red"
    if kind == "progress":  # progress words and the negative phrases
        w = calc[1].lower()
        if w in ("tehty", "valmis", "saavutettu"):
            return "green"
        if w in ("tekeillä", "käynnissä", "osittain"):
            return "yellow"
        if w in ("tekemättä", "ei toteudu"):
            return "red"
        raise ValueError(w)
    if kind == "negative":  # a cell beginning with a negative phrase is red whatever figures follow
        assert calc[1].lower() in ("ei toteudu", "ei toteutunut", "ei saavutettu", "ei aloitettu", "ei käynnistynyt",
                                   "toteutumatta", "uppnås inte", "not achieved", "not started")
        return "red"
    if kind == "delayed":  # a delayed phrase at the start: yellow on an interim review, red on the actual
        assert calc[1].lower() in ("viivästyy", "viivästynyt", "siirtyy", "försenad", "delayed")
        return "yellow" if calc[2] == "interim" else "red"
    if kind == "shares":  # TEKEMÄTTÄ / TEKEILLÄ / TEHTY shares
        nd, ip, done = (D(x) for x in calc[1:])
        assert abs(nd + ip + done - 100) <= D("0.5")
        return "green" if done == 100 else "red" if nd == 100 else "yellow"
    if kind == "prorata":  # count that adds up, interim count at month m: projection count * 12 / m, at least T
        T, count, m = D(calc[1]), D(calc[2]), D(calc[3])
        return expect(("min", T, count * 12 / m))
    if kind == "rel":  # relative target: level = baseline x (1 -+ p) (or -+ p itself in %-points), judged at most/least
        direction, base, p, unit, A = calc[1], D(calc[2]), D(calc[3]), calc[4], D(calc[5])
        if unit == "pp":
            level = base - p if direction == "down" else base + p
        else:
            level = base * (1 - p / 100) if direction == "down" else base * (1 + p / 100)
        if unit == "count":
            return expect(("max" if direction == "down" else "min", level, A))
        # a baseline in percent: use only actuals where the percent band (2 pp) and the count band (0.9) agree
        a = expect(("max_pct" if direction == "down" else "min_pct", level, A))
        b = expect(("max" if direction == "down" else "min", level, A))
        assert a == b, f"relative percent target band ambiguous for {calc}: {a} vs {b}"
        return a
    raise ValueError(kind)


class V:
    """A cell value with a number format."""

    def __init__(self, value, fmt):
        self.value, self.fmt = value, fmt


def first_words(text, n=6):
    return " ".join(str(text).split("\n")[0].strip().split(" ")[:n])


def text_of(v):
    return "" if v is None else str(v).strip()


def compress(cells):
    parsed = sorted((column_index_from_string(re.sub(r"\d", "", c)), int(re.sub(r"\D", "", c))) for c in cells)
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


def merged_value(ws, ref):
    c = ws[ref]
    for rng in ws.merged_cells.ranges:
        if c.coordinate in rng:
            return ws.cell(rng.min_row, rng.min_col).value
    return c.value


# ---------------------------------------------------------------------------------------------
# A workbook and its expectations
# ---------------------------------------------------------------------------------------------
class Book:
    def __init__(self, num, slug, description, writer="openpyxl"):
        assert (writer == "libreoffice") == slug.endswith("-lo")
        self.name = f"h{num}-{slug}"
        self.description = description
        self.writer = writer
        self.wb = openpyxl.Workbook()
        self._fresh = True
        self.goals, self.unread, self.issues, self.absent = [], [], [], []
        self.owned_cells, self.owned_ranges = {}, []
        self.marks, self.spans, self.cols, self.typed = {}, [], {}, {}
        self.errors = []  # (sheet, ref, text) error values that must survive the writer

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
    def put(ws, ref, value, bold=False, wrap=True, fill=None, size=None):
        c = ws[ref]
        if isinstance(value, V):
            c.value = value.value
            c.number_format = value.fmt
        else:
            c.value = value
        if bold or size:
            c.font = Font(bold=bold, size=size or 11)
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

    def header(self, ws, r, values, cols, rows=1):
        """A header row (or the top row of a band of `rows` rows); cols = (goal, metric, target) columns."""
        for col, v in values.items():
            self.put(ws, f"{col}{r}", v, bold=True, fill="D9E1F2")
        self.cols[ws.title] = cols
        for i in range(rows):
            self.marks[(ws.title, r + i)] = "header"

    def sub(self, ws, r, values):
        for col, v in values.items():
            self.put(ws, f"{col}{r}", v, bold=True, fill="D9E1F2")

    def section(self, ws, r, text, first_col, last_col):
        self.put(ws, f"{first_col}{r}", text, bold=True, fill="F2F2F2")
        ws.merge_cells(f"{first_col}{r}:{last_col}{r}")
        self.marks[(ws.title, r)] = "section"

    def span(self, ws, first, last):
        self.spans.append((ws.title, first, last))

    def goal(self, ws, r, values, status, st, calc=None, forecast=False, typed=None, manual=False):
        """A goal row; `st` is the status column, whose cell on the row is owned."""
        self.row(ws, r, values)
        if typed is not None:
            self.put(ws, f"{st}{r}", typed, wrap=False)
            self.typed[(ws.title, r)] = (f"{st}{r}", typed)
        if manual:
            assert calc is None and TYPED[typed.strip().lower()] == status, "a manual status is the typed one"
        elif calc is not None:
            got = expect(calc)
            assert got == status, f"{self.name} {ws.title}!{r}: hand status {status}, tables say {got} for {calc}"
        else:
            assert status == "none", f"{self.name} {ws.title}!{r}: a computed status needs its arithmetic"
        if status == "none":
            assert not forecast
        gc = self.cols[ws.title][0]
        g = {"sheet": ws.title, "row": r, "goal": first_words(values.get(gc, "")), "status": status, "forecast": forecast}
        if manual:
            g["manual"] = True
        self.goals.append(g)
        self.own(ws, f"{st}{r}")
        self.marks[(ws.title, r)] = "goal"

    def mark(self, ws, r, kind):
        self.marks[(ws.title, r)] = kind

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

    def goal_rows(self, sheet):
        return [g["row"] for g in self.goals if g["sheet"] == sheet]

    def no_except(self, code, sheet, rows):
        """`code` on no goal row of `sheet` other than `rows`."""
        self.no_rows(code, sheet, [r for r in self.goal_rows(sheet) if r not in rows])

    def common(self, extra=()):
        for code in ["no-goal-table", "missing-column", "unreadable-file", "unsupported-content", *extra]:
            self.no(code)

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
            "fillRate": None,
            "privateShare": None,
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


def compare_lo(src, dst):
    """LibreOffice must keep every value (formulas as formulas), merge and percent format."""
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
                if isinstance(c.value, str) and c.value.startswith("="):
                    assert isinstance(d.value, str) and d.value.replace(" ", "") == c.value.replace(" ", ""), (name, c.coordinate, d.value)
                    continue
                assert c.value == d.value, (name, c.coordinate, c.value, d.value)
                if "%" in (c.number_format or ""):
                    assert "%" in d.number_format, (name, c.coordinate, d.number_format)


def self_check(book, path):
    """Re-read the written file: goal rows hold goal/metric/target, spans hold only marked rows, typed texts stay."""
    wb = openpyxl.load_workbook(path)
    for g in book.goals:
        ws = wb[g["sheet"]]
        for col in book.cols[g["sheet"]]:
            assert text_of(merged_value(ws, f"{col}{g['row']}")) != "", (book.name, g, col)
    for sheet, first, last in book.spans:
        ws = wb[sheet]
        for r in range(first, last + 1):
            blank = all(text_of(merged_value(ws, c.coordinate)) == "" for c in ws[r])
            kind = book.marks.get((sheet, r))
            assert blank == (kind is None), (book.name, sheet, r, kind)
    for (sheet, r), (ref, text) in book.typed.items():
        assert wb[sheet][ref].value == text, (book.name, sheet, ref, wb[sheet][ref].value)
    names = [g["sheet"] + "!" + str(g["row"]) for g in book.goals]
    assert len(names) == len(set(names)), book.name
    if book.errors:
        wv = openpyxl.load_workbook(path, data_only=True)
        for sheet, ref, text in book.errors:
            assert wv[sheet][ref].value == text, (book.name, sheet, ref, wv[sheet][ref].value, text)


P = lambda x: V(x, "0%")  # noqa: E731  a share held as a real number with a percent format
EUR = lambda x: V(x, "#,##0")  # noqa: E731


# ---------------------------------------------------------------------------------------------
# h01  Home care: one review column 'Toteuma tammi–kesäkuu 2025' (a month-name period ending in June)
# ---------------------------------------------------------------------------------------------
def h01():
    b = Book("01", "kotihoito-tammi-kesakuu",
             "Home care (Kotihoito, Lahti-like city): the only review column is 'Toteuma tammi–kesäkuu 2025', a month-name "
             "period that ends before the contract year's end, so it is the interim review and every computed status is a "
             "forecast; levels (score, shares, a queue in days) are judged as they are, home visits per year are projected "
             "pro rata (x 12 / 6); a delayed phrase on the interim review is yellow; a typed 'Osittain' on a qualitative "
             "row is kept as manual; no duplicate-column.")
    ws = b.sheet("Kotihoito", {"A": 40, "B": 30, "C": 20, "D": 30, "E": 26, "F": 20, "G": 12})
    sh, st = ws.title, "G"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Kotihoito ja kotiutustiimi", "G")
    b.put(ws, "A2", "Puolivuotisraportti, käsitelty johtoryhmässä 20.8.2025", wrap=False)
    b.header(ws, 4, {"A": "Tavoite", "B": "Keinot", "C": "Vastuuhenkilö", "D": "Mittari", "E": "Tavoitetaso",
                     "F": "Toteuma tammi–kesäkuu 2025", "G": "Värikoodi"}, ("A", "D", "E"))
    # score, at least 4,2: 4,0 >= 0.9 * 4,2 = 3.78 -> yellow; interim -> forecast (a score is a level: no pro rata)
    b.goal(ws, 5, {"A": "Asiakkaat ovat tyytyväisiä kotihoitoon", "B": "Asiakaspalautteen käsittely tiimeissä",
                   "C": "Kotihoidon päällikkö", "D": "Asiakastyytyväisyys, asteikko 1–5",
                   "E": "vähintään 4,2 (asteikolla 1–5)", "F": "4,0"},
           "yellow", st, calc=("min", "4.2", "4.0"), forecast=True)
    # share, at least 60 %: 61,5 >= 60 -> green; forecast
    b.goal(ws, 6, {"A": "Hoitajien välitön työaika lisääntyy", "B": "Toiminnanohjaus ja reittisuunnittelu",
                   "C": "Palveluesimies", "D": "Välittömän työajan osuus, %", "E": "vähintään 60 %", "F": "61,5 %"},
           "green", st, calc=("min_pct", 60, "61.5"), forecast=True)
    # share, at most 6 %: 8,5 > 6 + 2 = 8 -> red; forecast
    b.goal(ws, 7, {"A": "Henkilöstön sairauspoissaolot pysyvät kurissa", "B": "Varhaisen tuen malli",
                   "C": "Kotihoidon päällikkö", "D": "Sairauspoissaoloprosentti", "E": "enintään 6 %", "F": "8,5 %"},
           "red", st, calc=("max_pct", 6, "8.5"), forecast=True)
    # queue in days (a level, never pro rata), at most 7: 6 <= 7 -> green; forecast
    b.goal(ws, 8, {"A": "Palvelutarpeen arviointi alkaa viipymättä", "B": "Arviointitiimi",
                   "C": "Palveluohjaaja", "D": "Odotusaika arviointiin, vrk", "E": "enintään 7 vrk", "F": "6 vrk"},
           "green", st, calc=("max", 7, 6), forecast=True)
    # visits per year add up: projection 190 x 12 / 6 = 380 >= 0.9 * 400 = 360 -> yellow (190 itself would be red)
    b.goal(ws, 9, {"A": "Ennaltaehkäisevät kotikäynnit tavoittavat 75 vuotta täyttäneet",
                   "B": "Kotikäynnit kutsukirjeellä", "C": "Palveluohjaaja", "D": "Ennaltaehkäisevät kotikäynnit",
                   "E": "vähintään 400 kotikäyntiä vuodessa", "F": "190"},
           "yellow", st, calc=("prorata", 400, 190, 6), forecast=True)
    # delayed phrase at the start of an interim review -> yellow, whatever figures follow; forecast
    b.goal(ws, 10, {"A": "Toiminnanohjausjärjestelmä otetaan käyttöön kaikissa tiimeissä",
                    "B": "Käyttöönottosuunnitelma", "C": "Kehittämiskoordinaattori",
                    "D": "Tiimit, joissa järjestelmä on käytössä", "E": "12 tiimiä",
                    "F": "Viivästyy: käytössä 5 tiimissä, loput syksyllä"},
           "yellow", st, calc=("delayed", "viivästyy", "interim"), forecast=True)
    # qualitative target, typed 'Osittain' (a status word) -> kept: manual yellow, forecast false
    b.goal(ws, 11, {"A": "Kotiutustiimin toimintamalli vakiintuu", "B": "Yhteistyö sairaalan osastojen kanssa",
                    "C": "Kotiutustiimin vastaava", "D": "Toimintamallin kuvaus",
                    "E": "Toimintamalli on kuvattu ja käytössä koko kaupungissa",
                    "F": "Malli käytössä keskustan alueella"},
           "yellow", st, typed="Osittain", manual=True)
    b.span(ws, 4, 11)
    b.issue("qualitative-target", sh)
    b.no_rows("status-mismatch", sh, [11])
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "invalid-status", "no-actual", "invalid-number", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h02  Elderly care: 'Toteuma 2025' merged over '1. kvartaali' ... '4. kvartaali'
# ---------------------------------------------------------------------------------------------
def h02():
    b = Book("02", "vanhuspalvelut-kvartaalit",
             "Elderly care (ympärivuorokautinen palveluasuminen): a header band, 'Toteuma 2025' merged over '1. kvartaali' "
             "… '4. kvartaali' (other headers merged down two rows); the sub-header row is never a goal row; on each row "
             "the latest quarter holding a value decides (Q4 -> not a forecast, Q1–Q3 -> forecast), also where an earlier "
             "quarter gives another colour; a row with no figures is none (no-actual); an 'Omistaja' responsible column; "
             "no duplicate-column.")
    ws = b.sheet("Palveluasuminen", {"A": 40, "B": 22, "C": 30, "D": 22, "E": 11, "F": 11, "G": 11, "H": 11, "I": 11})
    sh, st = ws.title, "I"
    b.title(ws, 1, "Ikääntyneiden palvelut – palvelutuotantosopimus 2025", "I")
    b.header(ws, 3, {"A": "Tavoite", "B": "Omistaja", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteuma 2025",
                     "I": "Tila"}, ("A", "C", "D"), rows=2)
    for c in "ABCDI":
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("E3:H3")
    b.sub(ws, 4, {"E": "1. kvartaali", "F": "2. kvartaali", "G": "3. kvartaali", "H": "4. kvartaali"})
    # score at least 4,2: Q4 4,55 decides (Q3 4,41 passed over) -> green; Q4 is the year's end: not a forecast
    b.goal(ws, 5, {"A": "Asukkaat ja omaiset ovat tyytyväisiä hoivaan", "B": "Palvelualuejohtaja",
                   "C": "Asiakastyytyväisyys, asteikko 1–5", "D": "vähintään 4,2", "E": "4,0", "F": "4,1", "G": "4,41",
                   "H": "4,55"},
           "green", st, calc=("min", "4.2", "4.55"))
    # share at least 95 %: Q3 94 (latest with a value) >= 93 -> yellow; forecast
    b.goal(ws, 6, {"A": "Palveluasumisen paikat ovat tehokkaassa käytössä", "B": "Palvelupäällikkö",
                   "C": "Käyttöaste, %", "D": "vähintään 95 %", "E": "97 %", "F": "96 %", "G": "94 %"},
           "yellow", st, calc=("min_pct", 95, 94), forecast=True)
    # staffing ratio at least 0,7: Q2 0,66 >= 0.63 -> yellow; forecast (Q1 0,72 would be green)
    b.goal(ws, 7, {"A": "Hoitohenkilöstön mitoitus täyttyy", "B": "Palvelupäällikkö",
                   "C": "Hoitajamitoitus, hoitajaa / asiakas", "D": "vähintään 0,7", "E": "0,72", "F": "0,66"},
           "yellow", st, calc=("min", "0.7", "0.66"), forecast=True)
    # at most 5: Q4 4 <= 5 -> green (Q1 9 would be red); not a forecast
    b.goal(ws, 8, {"A": "Lääkehoito on turvallista", "B": "Vastaava sairaanhoitaja",
                   "C": "Lääkepoikkeamat kuukaudessa", "D": "enintään 5", "E": "9", "F": "7", "G": "6", "H": "4"},
           "green", st, calc=("max", 5, 4))
    # queue at most 14 vrk: Q4 19 > 14 / 0.9 = 15.56 -> red (Q1 10 would be green); not a forecast
    b.goal(ws, 9, {"A": "Palveluasumiseen pääsee ajallaan", "B": "SAS-työryhmän puheenjohtaja",
                   "C": "Odotusaika päätöksestä muuttoon, vrk", "D": "enintään 14 vrk", "E": "10", "F": "12", "G": "13",
                   "H": "19"},
           "red", st, calc=("max", 14, 19))
    # share at least 80 %: only Q1 72 < 78 -> red; forecast
    b.goal(ws, 10, {"A": "Asukkaat pääsevät ulkoilemaan", "B": "Yksikön esihenkilö",
                    "C": "Viikoittain ulkoilleiden asukkaiden osuus, %", "D": "vähintään 80 %", "E": "72 %"},
           "red", st, calc=("min_pct", 80, 72), forecast=True)
    # measurable, no figure in any quarter -> none, no-actual
    b.goal(ws, 11, {"A": "Omaisten osallisuus vahvistuu", "B": "Palvelualuejohtaja",
                    "C": "Omaisille suunnattu kysely, asteikko 1–5", "D": "vähintään 4,0"},
           "none", st)
    b.span(ws, 3, 11)
    b.issue("no-actual", sh)
    b.no_rows("no-actual", sh, range(5, 11))
    b.no("missing-goal", sh, 4)
    b.no("missing-metric", sh, 4)
    b.no("missing-target", sh, 4)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "qualitative-target", "formula-error"])
    return b


# ---------------------------------------------------------------------------------------------
# h03  Social work: 'Toteuma' merged over 'Q1/2025' ... 'Q4/2025'; typed symbols; LibreOffice
# ---------------------------------------------------------------------------------------------
def h03():
    b = Book("03", "sosiaalityo-q-2025-lo",
             "Social work (lapsiperheiden sosiaalityö): 'Toteuma' merged over 'Q1/2025' … 'Q4/2025'; the latest quarter "
             "with a value decides; an at-most count at its T / 0.9 edge (33 against 30: yellow); a negative phrase "
             "'Ei käynnistynyt 2025' (red, the year is no value); typed symbols ☺ (agrees) and ✗ (against a yellow: "
             "status-mismatch); 'Vastuutaho' column; rewritten by LibreOffice.", writer="libreoffice")
    ws = b.sheet("Sosiaalityö 2025", {"A": 40, "B": 22, "C": 30, "D": 22, "E": 10, "F": 10, "G": 10, "H": 10, "I": 9})
    sh, st = ws.title, "I"
    b.title(ws, 1, "Lapsiperheiden sosiaalityö – tavoitteet ja seuranta", "I")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuutaho", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteuma", "I": "Tila"},
             ("A", "C", "D"), rows=2)
    for c in "ABCDI":
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("E3:H3")
    b.sub(ws, 4, {"E": "Q1/2025", "F": "Q2/2025", "G": "Q3/2025", "H": "Q4/2025"})
    # share at least 95 %: Q3 97 -> green; forecast; typed ☺ agrees
    b.goal(ws, 5, {"A": "Lastensuojeluilmoitukset käsitellään lakisääteisessä ajassa", "B": "Johtava sosiaalityöntekijä",
                   "C": "7 vrk:ssa käsiteltyjen ilmoitusten osuus, %", "D": "vähintään 95 %", "E": "92 %", "F": "96 %",
                   "G": "97 %"},
           "green", st, calc=("min_pct", 95, 97), forecast=True, typed="☺")
    # share at least 100 %: Q4 97,5 < 98 -> red; not a forecast
    b.goal(ws, 6, {"A": "Palvelutarpeen arviointi valmistuu kolmessa kuukaudessa", "B": "Johtava sosiaalityöntekijä",
                   "C": "Määräajassa valmistuneet arvioinnit, %", "D": "vähintään 100 %", "E": "100 %", "F": "99 %",
                   "G": "98 %", "H": "97,5 %"},
           "red", st, calc=("min_pct", 100, "97.5"))
    # at most 30 (count): Q2 33 <= 30 / 0.9 = 33.33 -> yellow; forecast; typed ✗ (red) -> status-mismatch
    b.goal(ws, 7, {"A": "Sosiaalityöntekijän asiakasmäärä pysyy kohtuullisena", "B": "Sosiaalityön päällikkö",
                   "C": "Asiakkaita sosiaalityöntekijää kohden", "D": "enintään 30 asiakasta", "E": "34", "F": "33"},
           "yellow", st, calc=("max", 30, 33), forecast=True, typed="✗")
    # negative phrase at the start of the latest value (Q2): red whatever follows; 2025 is a year; forecast
    b.goal(ws, 8, {"A": "Perhetyön vertaisryhmät käynnistyvät", "B": "Perhetyön esihenkilö",
                   "C": "Toiminnassa olevat ryhmät", "D": "3 ryhmää", "F": "Ei käynnistynyt 2025, ohjaajia ei saatu"},
           "red", st, calc=("negative", "ei käynnistynyt"), forecast=True)
    # range 50–70 (CAF points): Q4 64 -> green; not a forecast
    b.goal(ws, 9, {"A": "Laadunhallinta on osa arkea", "B": "Sosiaalityön päällikkö",
                   "C": "CAF-arviointi, pisteet 0–100", "D": "tavoitetaso 50–70", "E": "48", "H": "64"},
           "green", st, calc=("range", 50, 70, 64))
    b.span(ws, 3, 9)
    b.issue("status-mismatch", sh)
    b.no_except("status-mismatch", sh, [7])
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h04  Culture: 'Toteutunut 2024' (baseline), 'Toteuma H1/2025', 'Toteuma H2/2025'; relative targets
# ---------------------------------------------------------------------------------------------
def h04():
    b = Book("04", "kulttuuri-vuosipuoliskot",
             "Culture services (museo ja kulttuurikeskus): 'Toteutunut 2024' is the baseline, 'Toteuma H1/2025' and "
             "'Toteuma H2/2025' two review columns (H2 decides where it holds a value, H1 alone gives a forecast); relative "
             "targets measured from the baseline: 'vähenee 10 % edellisvuodesta' and 'kasvaa 5 %' on a baseline in "
             "percent, 'kasvaa 10 %-yksikköä' (points added); typed 'Toteutuu' agrees, typed 'Kesken' kept on a "
             "qualitative row; no duplicate-column, no missing-baseline.")
    ws = b.sheet("Kulttuuri", {"A": 40, "B": 22, "C": 30, "D": 34, "E": 12, "F": 12, "G": 12, "H": 11})
    sh, st = ws.title, "H"
    b.title(ws, 1, "Kulttuuripalvelujen palvelutuotantosopimus 2025", "H")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteutunut 2024",
                     "F": "Toteuma H1/2025", "G": "Toteuma H2/2025", "H": "Värikoodi"}, ("A", "C", "D"))
    # score at least 4,3: H2 4,2 >= 3.87 -> yellow; not a forecast (H1 4,5 passed over)
    b.goal(ws, 4, {"A": "Museokävijät ovat tyytyväisiä näyttelyihin", "B": "Museonjohtaja",
                   "C": "Asiakastyytyväisyys, asteikko 1–5", "D": "vähintään 4,3", "E": "4,4", "F": "4,5", "G": "4,2"},
           "yellow", st, calc=("min", "4.3", "4.2"))
    # share at least 25 %: only H1 22 < 23 -> red; forecast
    b.goal(ws, 5, {"A": "Oman rahoituksen osuus kasvaa", "B": "Talouspäällikkö", "C": "Omarahoitusosuus, %",
                   "D": "vähintään 25 %", "E": "23 %", "F": "22 %"},
           "red", st, calc=("min_pct", 25, 22), forecast=True)
    # relative, baseline 5,0 %: level 5,0 x 0,9 = 4,5 %, at most: H2 4,4 <= 4,5 -> green; typed 'Toteutuu' agrees
    b.goal(ws, 6, {"A": "Henkilöstön sairauspoissaolot vähenevät", "B": "Kulttuurijohtaja",
                   "C": "Sairauspoissaoloprosentti", "D": "vähenee 10 % edellisvuodesta", "E": "5,0 %", "F": "4,8 %",
                   "G": "4,4 %"},
           "green", st, calc=("rel", "down", "5.0", 10, "pct", "4.4"), typed="Toteutuu")
    # relative, baseline 80 %: level 80 x 1,05 = 84 %, at least: H1 83 >= 82 (and >= 75.6) -> yellow; forecast
    b.goal(ws, 7, {"A": "Verkkopalvelun käyttäjät ovat tyytyväisiä", "B": "Viestintäpäällikkö",
                   "C": "Tyytyväisten käyttäjien osuus, %", "D": "kasvaa 5 %", "E": "80 %", "F": "83 %"},
           "yellow", st, calc=("rel", "up", 80, 5, "pct", 83), forecast=True)
    # %-points: baseline 45 % + 10 pp = 55 %, at least: H2 56 >= 55 -> green
    b.goal(ws, 8, {"A": "Lipunmyynti siirtyy verkkoon", "B": "Asiakaspalvelupäällikkö",
                   "C": "Verkossa myytyjen lippujen osuus, %", "D": "kasvaa 10 %-yksikköä", "E": "45 %", "F": "51 %",
                   "G": "56 %"},
           "green", st, calc=("rel", "up", 45, 10, "pp", 56))
    # relative count (a queue, a level), baseline 15 pv: level 15 x 0,8 = 12 pv, at most (count):
    # H2 13 <= 12 / 0.9 = 13.33 -> yellow
    b.goal(ws, 9, {"A": "Ryhmätiloihin pääsee nopeammin", "B": "Kulttuurikeskuksen johtaja",
                   "C": "Tilavarauksen jonotusaika, pv", "D": "vähenee 20 % edellisvuodesta", "E": "15",
                   "G": "13"},
           "yellow", st, calc=("rel", "down", 15, 20, "count", 13))
    # qualitative, typed 'Kesken' -> kept: manual yellow
    b.goal(ws, 10, {"A": "Kulttuurikeskuksen uusi toimintakonsepti", "B": "Kulttuurijohtaja", "C": "Konseptin valmistuminen",
                    "D": "Konsepti on hyväksytty lautakunnassa", "F": "Luonnos valmisteilla"},
           "yellow", st, typed="Kesken", manual=True)
    b.span(ws, 3, 10)
    b.issue("qualitative-target", sh)
    b.no_rows("status-mismatch", sh, [6, 10])
    b.common(["duplicate-column", "missing-baseline", "missing-goal", "missing-metric", "missing-target",
              "missing-responsible", "invalid-status", "invalid-number", "no-actual", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h05  Sports: tertile review columns; delayed phrases on the interim and the actual; a budget block in F
# ---------------------------------------------------------------------------------------------
def h05():
    b = Book("05", "liikunta-tertiilit-ta-sarake-f",
             "Sports services: review columns 'Toteuma T1/2025', 'Toteuma T2/2025', 'Toteuma T3/2025' (the third tertile is "
             "the actual, T1 and T2 interim); a delayed phrase 'Siirtyy …' on T2 is yellow (forecast) and 'Viivästynyt …' "
             "on T3 is red; then directly under the table a budget block whose label 'Talousarvio' ends the table and "
             "whose figures stand in column F under 'TA 2025': Tulot 120 000, Menot 850 000, Netto -740 000 against "
             "Menot - Tulot = 730 000 (budget-mismatch).")
    ws = b.sheet("Liikuntapalvelut", {"A": 40, "B": 22, "C": 30, "D": 22, "E": 13, "F": 13, "G": 13, "H": 11})
    sh, st = ws.title, "H"
    b.title(ws, 1, "Liikuntapalvelut – palvelutuotantosopimus 2025", "H")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuutaho", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteuma T1/2025",
                     "F": "Toteuma T2/2025", "G": "Toteuma T3/2025", "H": "Värikoodi"}, ("A", "C", "D"))
    # share at least 85 %: T2 84 >= 83 -> yellow; forecast
    b.goal(ws, 4, {"A": "Liikuntapaikat ovat tehokkaassa käytössä", "B": "Liikuntapaikkapäällikkö",
                   "C": "Vuorojen käyttöaste, %", "D": "vähintään 85 %", "E": "88 %", "F": "84 %"},
           "yellow", st, calc=("min_pct", 85, 84), forecast=True)
    # score at least 4: T3 4,3 -> green; not a forecast
    b.goal(ws, 5, {"A": "Uimahallin asiakkaat ovat tyytyväisiä", "B": "Uimahallin esihenkilö",
                   "C": "Asiakastyytyväisyys, asteikko 1–5", "D": "vähintään 4", "E": "3,9", "F": "4,1", "G": "4,3"},
           "green", st, calc=("min", 4, "4.3"))
    # queue at most 10 pv: T3 12 > 10 / 0.9 = 11.11 -> red
    b.goal(ws, 6, {"A": "Kuntosaliryhmiin pääsee nopeasti", "B": "Liikunnanohjaaja",
                   "C": "Jonotusaika, pv", "D": "enintään 10 pv", "E": "12", "F": "11", "G": "12"},
           "red", st, calc=("max", 10, 12))
    # delayed phrase at the start of T3 (the actual) -> red, whatever figures follow
    b.goal(ws, 7, {"A": "Tekonurmikentät uusitaan", "B": "Liikuntapaikkapäällikkö", "C": "Uusitut kentät",
                   "D": "2 kenttää", "F": "Urakka kilpailutettu", "G": "Viivästynyt, 1 kenttä valmis, toinen keväällä 2026"},
           "red", st, calc=("delayed", "viivästynyt", "actual"))
    # delayed phrase at the start of T2 (interim, the latest with a value) -> yellow; forecast
    b.goal(ws, 8, {"A": "Frisbeegolfrata valmistuu Kivikkoon", "B": "Liikuntapaikkapäällikkö", "C": "Valmistuneet radat",
                   "D": "1 rata", "F": "Siirtyy syksyyn, maanrakennus 80 % valmis"},
           "yellow", st, calc=("delayed", "siirtyy", "interim"), forecast=True)
    b.span(ws, 3, 8)
    # the budget block: its label ends the table; figures in F (under 'TA 2025'), B–E empty
    b.row(ws, 9, {"A": "Talousarvio", "F": "TA 2025"}, bold=True, wrap=False)
    b.row(ws, 10, {"A": "Tulot", "F": EUR(120000)}, wrap=False)
    b.row(ws, 11, {"A": "Menot", "F": EUR(850000)}, wrap=False)
    b.row(ws, 12, {"A": "Netto", "F": EUR(-740000)}, wrap=False)  # 850 000 - 120 000 = 730 000 != 740 000 either sign
    b.issue("budget-mismatch", sh)
    for code in ("missing-goal", "missing-metric", "missing-target", "missing-responsible"):
        b.no_rows(code, sh, range(9, 13))
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error",
              "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h06  Technical services: Tavoitetaso 2024 | 2025 | 2026 (contract year 2025 from the title); an Excel table
# ---------------------------------------------------------------------------------------------
def h06():
    b = Book("06", "tekninen-tavoitevuodet-excel-taulukko",
             "Technical services (kadut, kiinteistöt): three target columns 'Tavoitetaso 2024', 'Tavoitetaso 2025', "
             "'Tavoitetaso 2026'; the title names 2025, so the 2025 column decides (each row gives another colour against "
             "2024 or 2026) and the others are extra columns (no duplicate-column); the table is an Excel table object "
             "(ListObject) with an 'Omistaja' responsible column, one owner cell empty (missing-responsible); a negative "
             "phrase with a year ('Ei toteutunut, kilpailutus keskeytettiin 2025').")
    ws = b.sheet("Tekninen toimi", {"A": 40, "B": 22, "C": 30, "D": 16, "E": 16, "F": 16, "G": 14, "H": 22, "I": 11})
    sh, st = ws.title, "I"
    b.title(ws, 1, "Teknisen toimen palvelutuotantosopimus 2025", "I")
    b.put(ws, "A2", "Tavoitetasot on hyväksytty kolmelle vuodelle; seurattava vuosi on sopimusvuosi.", wrap=False)
    b.header(ws, 4, {"A": "Tavoite", "B": "Omistaja", "C": "Mittari", "D": "Tavoitetaso 2024", "E": "Tavoitetaso 2025",
                     "F": "Tavoitetaso 2026", "G": "Toteutunut 31.12.2025", "H": "Huomautukset", "I": "Värikoodi"},
             ("A", "C", "E"))
    # at most 7 (2025): 7,5 <= 7 / 0.9 = 7.78 -> yellow  (2024: 10 -> green; 2026: 5 -> red)
    b.goal(ws, 5, {"A": "Katuvalojen viat korjataan nopeasti", "B": "Katupäällikkö", "C": "Korjausaika, vrk (keskiarvo)",
                   "D": "enintään 10 vrk", "E": "enintään 7 vrk", "F": "enintään 5 vrk", "G": "7,5"},
           "yellow", st, calc=("max", 7, "7.5"))
    # at most 180 (2025): 176 -> green  (2026: 170, 176 <= 188.9 -> yellow)
    b.goal(ws, 6, {"A": "Kiinteistöjen lämmönkulutus pienenee", "B": "Kiinteistöpäällikkö",
                   "C": "Lämmönkulutus, kWh/m² (sääkorjattu)", "D": "enintään 190", "E": "enintään 180",
                   "F": "enintään 170", "G": "176"},
           "green", st, calc=("max", 180, 176))
    # score at least 3,5 (2025): 3,5 -> green (equality)  (2026: 3,6 -> yellow)
    b.goal(ws, 7, {"A": "Asukkaat ovat tyytyväisiä katujen kunnossapitoon", "B": "Katupäällikkö",
                   "C": "Asukaskysely, asteikko 1–5", "D": "vähintään 3,4", "E": "vähintään 3,5", "F": "vähintään 3,6",
                   "G": "3,5"},
           "green", st, calc=("min", "3.5", "3.5"))
    # at least 90 % (2025): 88 >= 88 -> yellow  (2024: 85 -> green)
    b.goal(ws, 8, {"A": "Investoinnit toteutuvat suunnitellusti", "B": "Tilaajapäällikkö",
                   "C": "Investointien toteutumisaste, %", "D": "vähintään 85 %", "E": "vähintään 90 %",
                   "F": "vähintään 90 %", "G": "88 %", "H": "Kaksi hanketta siirtyi"},
           "yellow", st, calc=("min_pct", 90, 88))
    # negative phrase at the start -> red (2025 is a year, never a count); the owner cell is empty
    b.goal(ws, 9, {"A": "Katujen kunnossapidon alueurakat kilpailutetaan", "C": "Kilpailutetut alueet",
                   "D": "2 aluetta", "E": "3 aluetta", "F": "4 aluetta",
                   "G": "Ei toteutunut, kilpailutus keskeytettiin 2025"},
           "red", st, calc=("negative", "ei toteutunut"))
    # at least 100 % (all years): 99 >= 98 -> yellow
    b.goal(ws, 10, {"A": "Leikkipaikat tarkastetaan", "B": "Puistopäällikkö", "C": "Tarkastetut leikkipaikat, %",
                    "D": "100 %", "E": "100 %", "F": "100 %", "G": "99 %"},
           "yellow", st, calc=("min_pct", 100, 99))
    b.span(ws, 4, 10)
    tab = Table(displayName="Tavoitteet2025", ref="A4:I10")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    b.issue("missing-responsible", sh)
    b.no_except("missing-responsible", sh, [9])
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "status-mismatch",
              "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h07  Wellbeing services county: targets 2025 | 2026, the year only in the review headers; three reviews
# ---------------------------------------------------------------------------------------------
def h07():
    b = Book("07", "hyvinvointialue-kolme-arviointia-lo",
             "Wellbeing services county (hyvinvointialue), no year in the title or the sheet name: target columns "
             "'Tavoitetaso 2025' and 'Tavoitetaso 2026' and review columns 'Toteuma 1–4/2025', 'Toteuma 1–8/2025', "
             "'Toteuma 1–12/2025'; the contract year comes from the actual's header (2025), not the latest target year; on "
             "each row the latest review with a value decides (1–12 not a forecast, 1–4 and 1–8 forecasts); typed "
             "'Osittain toteutunut' kept on a qualitative row; rewritten by LibreOffice.", writer="libreoffice")
    ws = b.sheet("Sopimus", {"A": 40, "B": 22, "C": 30, "D": 16, "E": 16, "F": 12, "G": 12, "H": 12, "I": 11})
    sh, st = ws.title, "I"
    b.title(ws, 1, "Hyvinvointialueen palvelutuotantosopimus – Perhe- ja sosiaalipalvelut", "I")
    b.put(ws, "A2", "Tuottaja: Perhekeskukset ja aikuissosiaalityö", wrap=False)
    b.header(ws, 4, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso 2025", "E": "Tavoitetaso 2026",
                     "F": "Toteuma 1–4/2025", "G": "Toteuma 1–8/2025", "H": "Toteuma 1–12/2025", "I": "Värikoodi"},
             ("A", "C", "D"))
    # at most 14 (2025): 1–12 12 -> green; not a forecast  (2026: 10 -> 12 > 11.11 red)
    b.goal(ws, 5, {"A": "Kiireettömään hoitoon pääsee ajallaan", "B": "Palvelujohtaja", "C": "Odotusaika, vrk",
                   "D": "enintään 14 vrk", "E": "enintään 10 vrk", "F": "16", "G": "13", "H": "12"},
           "green", st, calc=("max", 14, 12))
    # at least 90 % (2025): 1–8 91 -> green; forecast  (2026: 95 -> red)
    b.goal(ws, 6, {"A": "Hoitotakuu toteutuu", "B": "Palvelujohtaja", "C": "Hoitotakuun ajassa hoidetut, %",
                   "D": "vähintään 90 %", "E": "vähintään 95 %", "F": "88 %", "G": "91 %"},
           "green", st, calc=("min_pct", 90, 91), forecast=True)
    # at least 40 (2025): 1–4 42 -> green; forecast  (2026: 45 -> yellow)
    b.goal(ws, 7, {"A": "Asiakaskokemus paranee", "B": "Laatupäällikkö", "C": "Suositteluindeksi (NPS)",
                   "D": "vähintään 40", "E": "vähintään 45", "F": "42"},
           "green", st, calc=("min", 40, 42), forecast=True)
    # at most 12 % (2025): 13,5 <= 14 -> yellow  (2026: 10 % -> red)
    b.goal(ws, 8, {"A": "Henkilöstön vaihtuvuus pienenee", "B": "HR-päällikkö", "C": "Vaihtuvuus, %",
                   "D": "enintään 12 %", "E": "enintään 10 %", "H": "13,5 %"},
           "yellow", st, calc=("max_pct", 12, "13.5"))
    # at least 85 % (2025): 1–12 86 -> green  (2026: 90 -> red)
    b.goal(ws, 9, {"A": "Sähköinen asiointi lisääntyy", "B": "Digipäällikkö", "C": "Sähköisten asiointien osuus, %",
                   "D": "vähintään 85 %", "E": "vähintään 90 %", "F": "70 %", "G": "80 %", "H": "86 %"},
           "green", st, calc=("min_pct", 85, 86))
    # qualitative; typed 'Osittain toteutunut' -> kept: manual yellow
    b.goal(ws, 10, {"A": "Perhekeskusmalli vakiintuu", "B": "Perhekeskusten päällikkö", "C": "Toimintamallin kuvaus",
                    "D": "Perhekeskusmalli on käytössä kaikilla alueilla", "E": "Malli on arvioitu",
                    "H": "Käytössä neljällä alueella kuudesta"},
           "yellow", st, typed="Osittain toteutunut", manual=True)
    b.span(ws, 4, 10)
    b.issue("qualitative-target", sh)
    b.no_rows("status-mismatch", sh, [10])
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h08  Swedish: 'Utfall januari–juni 2025' and 'Utfall januari–december 2025', 'Ägare', typed Uppnås / Delvis
# ---------------------------------------------------------------------------------------------
def h08():
    b = Book("08", "svenska-hemvard-januari-juni",
             "A Swedish contract (hemvård och äldreomsorg): 'Strategiskt mål' section column, 'Mål', 'Ägare' (responsible), "
             "'Mätare', 'Målnivå', 'Utfall januari–juni 2025' (interim) and 'Utfall januari–december 2025' (actual), "
             "'Färgkod'; strict and inclusive words ('högst 5' met at equality, 'under 5 %' missed at equality: yellow, "
             "'över 30 %', 'minst'); 'Uppnås inte' (red) and 'Försenad' on the actual (red); typed 'Uppnås', 'Delvis' that "
             "agree and 'Uppnås inte' kept on a qualitative row.")
    ws = b.sheet("Avtal 2025", {"A": 26, "B": 38, "C": 22, "D": 28, "E": 20, "F": 16, "G": 16, "H": 10})
    sh, st = ws.title, "H"
    b.title(ws, 1, "Serviceavtal 2025 – Hemvård och äldreomsorg", "H")
    b.header(ws, 3, {"A": "Strategiskt mål", "B": "Mål", "C": "Ägare", "D": "Mätare", "E": "Målnivå",
                     "F": "Utfall januari–juni 2025", "G": "Utfall januari–december 2025", "H": "Färgkod"},
             ("B", "D", "E"))
    # at most 5 (count): januari–december 5 <= 5 -> green (equality); typed 'Uppnås' agrees
    b.goal(ws, 4, {"A": "Tillgänglig service", "B": "Hemvården svarar snabbt", "C": "Hemvårdschef",
                   "D": "Svarstid, dagar", "E": "högst 5 dagar", "F": "6", "G": "5"},
           "green", st, calc=("max", 5, 5), typed="Uppnås")
    # score at least 4,0: only januari–juni 3,7 >= 3.6 -> yellow; forecast; typed 'Delvis' agrees
    b.goal(ws, 5, {"B": "Klienterna är nöjda med hemvården", "C": "Kvalitetschef", "D": "Kundnöjdhet, skala 1–5",
                   "E": "minst 4,0", "F": "3,7"},
           "yellow", st, calc=("min", "4.0", "3.7"), forecast=True, typed="Delvis")
    # strict 'under 5 %': 5 is not < 5; the yellow bound is inclusive: 5 <= 7 -> yellow
    b.goal(ws, 6, {"A": "Kompetent personal", "B": "Sjukfrånvaron minskar", "C": "Personalchef", "D": "Sjukfrånvaro, %",
                   "E": "under 5 %", "F": "6,1 %", "G": "5 %"},
           "yellow", st, calc=("lt_pct", 5, 5))
    # strict 'över 30 %': 31 > 30 -> green
    b.goal(ws, 7, {"B": "Digitala tjänster används", "C": "Utvecklingschef", "D": "Andel digitala ärenden, %",
                   "E": "över 30 %", "G": "31 %"},
           "green", st, calc=("gt_pct", 30, 31))
    # negative phrase 'uppnås inte' at the start -> red (2025 is a year)
    b.goal(ws, 8, {"A": "Boende enligt behov", "B": "Nya gruppboenden öppnas", "C": "Äldreomsorgschef",
                   "D": "Öppnade enheter", "E": "minst 2 enheter", "G": "Uppnås inte, projektet avbröts 2025"},
           "red", st, calc=("negative", "uppnås inte"))
    # delayed phrase 'försenad' at the start of the actual -> red, whatever figures follow
    b.goal(ws, 9, {"B": "Trygghetslarmen förnyas", "C": "Hemvårdschef", "D": "Förnyade larm, %", "E": "minst 90 %",
                   "F": "40 %", "G": "Försenad, 60 % förnyade"},
           "red", st, calc=("delayed", "försenad", "actual"))
    # qualitative; typed 'Uppnås inte' -> kept: manual red
    b.goal(ws, 10, {"B": "Samarbetet med föreningar utvecklas", "C": "Äldreomsorgschef", "D": "Samarbetsmodell",
                    "E": "En samarbetsmodell är etablerad", "G": "Modellen diskuterad med två föreningar"},
           "red", st, typed="Uppnås inte", manual=True)
    b.span(ws, 3, 10)
    b.issue("qualitative-target", sh)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h09  English: wellbeing services county, 'Actual H1/2025' | 'Actual H2/2025', Owner, typed Achieved / Partly
# ---------------------------------------------------------------------------------------------
def h09():
    b = Book("09", "english-county-half-years",
             "An English contract of a wellbeing services county: 'Goal', 'Owner', 'Metric', 'Target', 'Actual H1/2025' "
             "(interim), 'Actual H2/2025' (actual), 'Status'; decimals as real numbers; strict words ('less than 10 %' "
             "missed at equality: yellow; 'more than 40 %'); 'Not achieved' (red) and 'Delayed' on the interim review "
             "(yellow, forecast); two figures of the target's kind with no result word (ambiguous-actual, none) and with "
             "'total' (the total decides); typed 'Achieved' and 'Partly' that agree and 'Partly' kept on a qualitative row.")
    ws = b.sheet("Contract 2025", {"A": 40, "B": 22, "C": 32, "D": 26, "E": 16, "F": 30, "G": 11})
    sh, st = ws.title, "G"
    b.title(ws, 1, "Service production contract 2025 – Wellbeing Services County", "G")
    b.header(ws, 3, {"A": "Goal", "B": "Owner", "C": "Metric", "D": "Target", "E": "Actual H1/2025", "F": "Actual H2/2025",
                     "G": "Status"}, ("A", "C", "D"))
    # at most 8: H2 7,9 -> green; typed 'Achieved' agrees
    b.goal(ws, 4, {"A": "Emergency response is fast", "B": "Head of emergency care", "C": "Median response time, minutes",
                   "D": "at most 8 minutes", "E": 8.4, "F": 7.9},
           "green", st, calc=("max", 8, "7.9"), typed="Achieved")
    # score at least 4: only H1 3,85 >= 3.6 -> yellow; forecast; typed 'Partly' agrees
    b.goal(ws, 5, {"A": "Home care clients are satisfied", "B": "Head of home care", "C": "Client satisfaction, scale 1–5",
                   "D": "at least 4 (scale 1–5)", "E": 3.85},
           "yellow", st, calc=("min", 4, "3.85"), forecast=True, typed="Partly")
    # strict 'less than 10 %': 10 is not < 10; yellow bound inclusive 10 <= 12 -> yellow
    b.goal(ws, 6, {"A": "Staff turnover stays low", "B": "HR director", "C": "Staff turnover, %",
                   "D": "less than 10 %", "E": V(0.11, "0%"), "F": V(0.10, "0%")},
           "yellow", st, calc=("lt_pct", 10, 10))
    # strict 'more than 40 %': 41,5 > 40 -> green
    b.goal(ws, 7, {"A": "Digital services are used", "B": "Chief digital officer", "C": "Share of digital contacts, %",
                   "D": "more than 40 %", "E": V(0.37, "0.0%"), "F": V(0.415, "0.0%")},
           "green", st, calc=("gt_pct", 40, "41.5"))
    # negative phrase 'Not achieved' at the start of H2 -> red
    b.goal(ws, 8, {"A": "New nurses are recruited", "B": "HR director", "C": "Nurses recruited",
                   "D": "at least 3 nurses", "F": "Not achieved, recruitment failed twice"},
           "red", st, calc=("negative", "not achieved"))
    # delayed phrase at the start of H1 (interim; H2 empty) -> yellow; forecast
    b.goal(ws, 9, {"A": "The new patient record system is in use", "B": "Chief digital officer",
                   "C": "Units on the new system", "D": "12 units", "E": "Delayed: go-live moved to 2026"},
           "yellow", st, calc=("delayed", "delayed", "interim"), forecast=True)
    # two percent figures, no result word -> ambiguous-actual, no status
    b.goal(ws, 10, {"A": "Wards follow hand hygiene rules", "B": "Chief nursing officer", "C": "Hand hygiene compliance, %",
                    "D": "at least 90 %", "F": "Ward A 92 %, ward B 85 %"},
           "none", st)
    # 'total' marks the figure: 89 >= 88 -> yellow
    b.goal(ws, 11, {"A": "Outpatient clinics follow hand hygiene rules", "B": "Chief nursing officer",
                    "C": "Hand hygiene compliance, %", "D": "at least 90 %",
                    "F": "Clinic A 92 %, clinic B 85 %, total 89 %"},
           "yellow", st, calc=("min_pct", 90, 89))
    # qualitative; typed 'Partly' -> kept: manual yellow
    b.goal(ws, 12, {"A": "Partnership with NGOs is developed", "B": "Director of social services",
                    "C": "Partnership model", "D": "A partnership model is agreed with the NGOs",
                    "F": "Draft model discussed with four NGOs"},
           "yellow", st, typed="Partly", manual=True)
    b.span(ws, 3, 12)
    b.issue("ambiguous-actual", sh)
    b.no_except("ambiguous-actual", sh, [10])
    b.issue("qualitative-target", sh)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "formula-error"])
    return b


# ---------------------------------------------------------------------------------------------
# h10  Seed 004 (Helsinki TA-seuranta 2020) typed as a controller would type it
# ---------------------------------------------------------------------------------------------
def h10():
    b = Book("10", "seed004-helsinki-ta-seuranta",
             "Seed 004 typed into Excel as a controller has it: the strategic goals as merged section rows, the goals split "
             "into parts, an 'Omistaja' column, TEKEMÄTTÄ / TEKEILLÄ / TEHTY shares, 'Toteuma' texts from the seed and a "
             "'Riskit' column: '4 palvelutoria' with 'Ei toteudu 2020' is red (2020 is a year); '20 kpl tiloja' with "
             "'Mökit, huvilat ja saunat (7 kpl) 1.6.2020, tenniskentät (18 kpl) 15.6.2020' is ambiguous (no result word) "
             "and green from TEHTY 100 %; 'valittu 40 %, toteutettu 30 %' is read as 30; two rows whose measured status "
             "contradicts their shares (progress-conflict); no missing-responsible.")
    ws = b.sheet("TA-seuranta 2020", {"A": 46, "B": 28, "C": 26, "D": 18, "E": 11, "F": 11, "G": 11, "H": 44, "I": 34,
                                      "J": 10})
    sh, st = ws.title, "J"
    b.title(ws, 1, "TA-seuranta 2020 – Kulttuurin ja vapaa-ajan toimiala", "J")
    b.put(ws, "A2", "Ositettu tavoitteiden toteutuminen, lokakuu 2020", wrap=False)
    b.header(ws, 4, {"A": "Tavoite", "B": "Omistaja", "C": "Mittari", "D": "Tavoitetaso", "E": "TEKEMÄTTÄ",
                     "F": "TEKEILLÄ", "G": "TEHTY", "H": "Toteuma", "I": "Riskit", "J": "Tila"}, ("A", "C", "D"))
    b.section(ws, 5, "1. Parannetaan toimintatapoja, tuottavuutta ja asiakaskokemusta edistämällä digitalisaatiota", "A", "J")
    own1 = "Kehittämispalvelut, digijohtaja"
    # percent target; actual 'Saavutettu 30.4.2020.' (the date is no value) -> progress word saavutettu: green;
    # the shares (TEHTY 100 %) agree
    b.goal(ws, 6, {"A": "Etätyöskentelyn lisääntyminen: Teamsin käyttöönotto", "B": own1,
                   "C": "Aktiivisten käyttäjien osuus", "D": "tavoite 80 %", "E": P(0), "F": P(0), "G": P(1),
                   "H": "Saavutettu 30.4.2020."},
           "green", st, calc=("progress", "saavutettu"))
    # two counts (7 kpl, 18 kpl) and no result word -> ambiguous-actual, no status from the figures;
    # TEHTY 100 % decides -> green
    b.goal(ws, 7, {"A": "Mökkien, huviloiden, saunojen ja tenniskenttien myynti Varaamon kautta aloitettu", "B": own1,
                   "C": "Varaamossa myytävät tilat", "D": "20 kpl tiloja", "E": P(0), "F": P(0), "G": P(1),
                   "H": "Mökit, huvilat ja saunat (7 kpl) 1.6.2020, tenniskentät (18 kpl) 15.6.2020"},
           "green", st, calc=("shares", 0, 0, 100))
    # 'tehty 7 / 7' against 7: 7 >= 7 -> green
    b.goal(ws, 8, {"A": "Kaikki tuotannossa olevat digitaaliset palvelut ovat saavutettavia", "B": own1,
                   "C": "Saavutettavuusauditointi ja -seloste tehty", "D": "7 kpl", "E": P(0), "F": P(0), "G": P(1),
                   "H": "Saavutettavuusauditointi tehty 7 / 7"},
           "green", st, calc=("min", 7, 7))
    # '0 / 7' against 7: 0 < 6.3 -> red; TEKEMÄTTÄ 100 % agrees
    b.goal(ws, 9, {"A": "Tuotannossa olevien julkaisujen asiakastyytyväisyys on mitattu", "B": own1,
                   "C": "Julkaisut, joiden asiakastyytyväisyys on mitattu", "D": "7 kpl", "E": P(1), "F": P(0), "G": P(0),
                   "H": "Asiakastyytyväisyys mitattu 0 / 7",
                   "I": "Riski, jos käyttäjätestausta ei päästä tekemään koronan vuoksi"},
           "red", st, calc=("min", 7, 0))
    b.section(ws, 10, "2. Parannetaan toimintatapoja, tuottavuutta ja asiakaskokemusta edistämällä tietoperustaista "
                      "päätöksentekoa", "A", "J")
    # no value (a date only); TEHTY 100 % -> green (the word 'tehty' inside the text gives green as well)
    b.goal(ws, 11, {"A": "Tekninen poc tietoaineistolla tehty", "B": own1, "C": "Poc valmis ja esitelty", "D": "1 poc",
                    "E": P(0), "F": P(0), "G": P(1),
                    "H": "Poc eli Proof of Concept tehty ja esitelty demoesittelytilaisuudessa 16.6.2020"},
           "green", st, calc=("shares", 0, 0, 100))
    # no value (2020 and 2021 are years); TEKEILLÄ 100 % -> yellow
    b.goal(ws, 12, {"A": "Yhden dashboardin konsepti toteutettu (esim. IoT)", "B": own1, "C": "Konsepti toteutettu",
                    "D": "1 konsepti", "E": P(0), "F": P(1), "G": P(0),
                    "H": "Toteutetaan loppuvuoden 2020 aikana osana talouden ja toiminnan suunnittelua 2021."},
           "yellow", st, calc=("shares", 0, 100, 0))
    b.section(ws, 13, "Liikkumisohjelma: Helsingissä on helppoa ja houkuttelevaa lähteä liikkeelle", "A", "J")
    own2 = "Tarja Loikkanen & Kirsti Laine-Hendolin"
    # 'Ei toteudu 2020': a negative phrase -> red; 2020 is a year, never a count (4 palvelutoria would be 'met')
    b.goal(ws, 14, {"A": "IKÄIHMISET: Palvelutorien malli ja toteutuneet tapahtumat", "B": own2,
                    "C": "Toteutuneet palvelutorit", "D": "4 palvelutoria", "E": P(1), "F": P(0), "G": P(0),
                    "H": "Ei toteudu 2020",
                    "I": "Kohderyhmä kuuluu riskiryhmään; syksyn palvelutorien valmistelut jäissä"},
           "red", st, calc=("negative", "ei toteudu"))
    # 'yhteensä' marks 8 among the counts 5 and 8: 8 >= 8 -> green; TEHTY 100 % agrees
    b.goal(ws, 15, {"A": "PIENET LAPSET: Perhehulinat malli ja toteutuneet tapahtumat", "B": own2,
                    "C": "Toteutuneet perhehulinat", "D": "8 tapahtumaa", "E": P(0), "F": P(0), "G": P(1),
                    "H": "Hulinat laajenivat syyskuussa 2020 viidelle uudelle alueelle (5 kpl); yhteensä 8 tapahtumaa"},
           "green", st, calc=("min", 8, 8))
    # 'valittu 40 %, toteutettu 30 %': the result word marks 30: 30 < 98 -> red (40 would be red as well against 100 %;
    # the row is here for the reading, and its shares are mixed, so progress-conflict is not asserted either way)
    b.goal(ws, 16, {"A": "NUORET: Kaikissa nuorisotyöyksiköissä on toteutettu vähintään yksi toimenpide", "B": own2,
                    "C": "Yksiköt, joissa toimenpide on toteutettu", "D": "100 % yksiköistä", "E": P(0.3), "F": P(0.4),
                    "G": P(0.3), "H": "Toimenpide valittu 40 %, toteutettu 30 %"},
           "red", st, calc=("min_pct", 100, 30))
    # one figure (6) -> 6 >= 6 green; TEHTY 100 % agrees
    b.goal(ws, 17, {"A": "PIENET LAPSET: Kampanja pienten lasten liikkumisesta", "B": own2,
                    "C": "Materiaalin kieliversiot", "D": "6 kieliversiota", "E": P(0), "F": P(0), "G": P(1),
                    "H": "Kieliversiot (6) toimitettu palveluille elokuussa 2020"},
           "green", st, calc=("min", 6, 6))
    b.section(ws, 18, "Me ja muut -hanke, palvelustrategia", "A", "J")
    own3 = "Tommi Laitio ja Mari Männistö"
    # '1 / 4' against 4: 1 < 3.6 -> red; but TEHTY 100 % -> measured red kept, progress-conflict
    b.goal(ws, 19, {"A": "Palvelukokonaisuuksien strategiakuvaukset valmistuvat", "B": own3,
                    "C": "Valmiit kuvaukset", "D": "4 kuvausta", "E": "0 %", "F": "0 %", "G": "100 %",
                    "H": "Kuvauksia valmiina 1 / 4"},
           "red", st, calc=("min", 4, 1))
    # 3 >= 2 -> green; but TEKEMÄTTÄ 100 % -> measured green kept, progress-conflict
    b.goal(ws, 20, {"A": "Yhteistyörakenteet kulttuurin ja kasvatuksen toimialojen välille", "B": own3,
                    "C": "Käynnistetyt pilotit", "D": "vähintään 2 pilottia", "E": "100 %", "F": "0 %", "G": "0 %",
                    "H": "3 pilottia käynnissä"},
           "green", st, calc=("min", 2, 3))
    b.span(ws, 4, 20)
    b.issue("ambiguous-actual", sh)
    b.no_except("ambiguous-actual", sh, [7])
    b.issue("progress-conflict", sh)
    b.no_except("progress-conflict", sh, [16, 19, 20])
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "share-sum", "formula-error",
              "qualitative-target"])
    return b


# ---------------------------------------------------------------------------------------------
# h11  Library: Excel error values in target, interim and actual cells
# ---------------------------------------------------------------------------------------------
def h11():
    b = Book("11", "kirjasto-virhearvot",
             "Library (kaupunginkirjasto): Excel error values typed by a broken link (#DIV/0! in the 12-month actual, #REF! "
             "in the 9-month review beside a good 12-month figure, #N/A in a target): each is a formula-error on its cell "
             "and the row gets no status (none), even where the other review column holds a figure; the other rows are "
             "read as usual.")
    ws = b.sheet("Kirjasto 2025", {"A": 40, "B": 22, "C": 32, "D": 22, "E": 14, "F": 14, "G": 11})
    sh, st = ws.title, "G"
    b.title(ws, 1, "Kaupunginkirjaston palvelutuotantosopimus 2025", "G")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso", "E": "Arviointi 1–9 kk",
                     "F": "Arviointi 1–12 kk", "G": "Värikoodi"}, ("A", "C", "D"))
    # score at least 4: 1–12 4,4 -> green
    b.goal(ws, 4, {"A": "Kirjaston asiakkaat ovat tyytyväisiä", "B": "Kirjastonjohtaja", "C": "Asiakaskysely, asteikko 1–5",
                   "D": "vähintään 4", "E": "4,2", "F": "4,4"},
           "green", st, calc=("min", 4, "4.4"))
    # #DIV/0! in the actual -> formula-error F5, no status (the 9-month 99 % does not stand in)
    b.goal(ws, 5, {"A": "Aukiolot toteutuvat suunnitellusti", "B": "Palvelupäällikkö",
                   "C": "Toteutuneet aukiolotunnit, % suunnitellusta", "D": "vähintään 98 %", "E": "99 %",
                   "F": "#DIV/0!"},
           "none", st)
    b.errors.append((sh, "F5", "#DIV/0!"))
    # #REF! in the 9-month review -> formula-error E6, no status although 1–12 holds 64 %
    b.goal(ws, 6, {"A": "Omatoimikirjastot ovat aktiivisessa käytössä", "B": "Palvelupäällikkö",
                   "C": "Omatoimiaikojen käyttöaste, %", "D": "vähintään 60 %", "E": "#REF!", "F": "64 %"},
           "none", st)
    b.errors.append((sh, "E6", "#REF!"))
    # #N/A in the target -> formula-error D7, no status
    b.goal(ws, 7, {"A": "Kirjastoauto palvelee haja-asutusalueita", "B": "Kirjastoautovastaava",
                   "C": "Pysäkit reitillä", "D": "#N/A", "F": "42"},
           "none", st)
    b.errors.append((sh, "D7", "#N/A"))
    # at most 21 (count): 24 > 21 / 0.9 = 23.33 -> red
    b.goal(ws, 8, {"A": "Varausjono pysyy lyhyenä", "B": "Kokoelmapäällikkö", "C": "Keskimääräinen varausjono, pv",
                   "D": "enintään 21 pv", "E": "22", "F": "24"},
           "red", st, calc=("max", 21, 24))
    # score at least 3,8: only 1–9 kk 3,5 >= 3.42 -> yellow; forecast
    b.goal(ws, 9, {"A": "Henkilöstö voi hyvin", "B": "Kirjastonjohtaja", "C": "Työhyvinvointikysely, asteikko 1–5",
                   "D": "vähintään 3,8", "E": "3,5"},
           "yellow", st, calc=("min", "3.8", "3.5"), forecast=True)
    b.span(ws, 3, 9)
    b.issue("formula-error", sh, "F5")
    b.issue("formula-error", sh, "E6")
    b.issue("formula-error", sh, "D7")
    b.no_rows("formula-error", sh, [4, 8, 9])
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-responsible", "status-mismatch",
              "invalid-status", "qualitative-target", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h12  Youth services: budget blocks above a table and after it (labels in A and B, figures in F); =1/0
# ---------------------------------------------------------------------------------------------
def h12():
    b = Book("12", "nuorisopalvelut-talousarvio-lohkot-lo",
             "Youth services, two sheets, rewritten by LibreOffice: on 'Nuorisopalvelut' a budget block above the goal "
             "table (labels in A, figures in F under 'TA 2025', Toimintakate = Tulot - Menot: consistent) and an actual "
             "holding the formula =1/0 (LibreOffice caches #DIV/0!: formula-error, no status); on 'Erityisnuorisotyö' a "
             "block after two blank rows with its labels in column B and figures in F, Netto 265 000 against Menot - "
             "Tulot = 270 000 (budget-mismatch).", writer="libreoffice")
    ws = b.sheet("Nuorisopalvelut", {"A": 40, "B": 24, "C": 30, "D": 24, "E": 14, "F": 14})
    sh, st = ws.title, "F"
    b.title(ws, 1, "Nuorisopalvelut – palvelutuotantosopimus 2025", "F")
    b.row(ws, 3, {"A": "Talousarvio", "F": "TA 2025"}, bold=True, wrap=False)
    b.row(ws, 4, {"A": "Tulot", "F": EUR(95000)}, wrap=False)
    b.row(ws, 5, {"A": "Menot", "F": EUR(1245000)}, wrap=False)
    b.row(ws, 6, {"A": "Toimintakate", "F": EUR(-1150000)}, wrap=False)  # 95 000 - 1 245 000 = -1 150 000: consistent
    b.header(ws, 9, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteuma",
                     "F": "Värikoodi"}, ("A", "C", "D"))
    # at least 70 %: 72 -> green
    b.goal(ws, 10, {"A": "Nuoret löytävät harrastuksen", "B": "Nuorisopalvelupäällikkö",
                    "C": "Harrastustakuun piirissä olevat nuoret, %", "D": "vähintään 70 %", "E": "72 %"},
           "green", st, calc=("min_pct", 70, 72))
    # =1/0 -> #DIV/0! -> formula-error E11, no status
    b.goal(ws, 11, {"A": "Nuorisotilojen asiakkaat ovat tyytyväisiä", "B": "Nuorisotyön esihenkilö",
                    "C": "Asiakastyytyväisyys, asteikko 1–5", "D": "vähintään 4,0", "E": "=1/0"},
           "none", st)
    b.errors.append((sh, "E11", "#DIV/0!"))
    # at least 2 000: 2 350 -> green
    b.goal(ws, 12, {"A": "Jalkautuva nuorisotyö tavoittaa nuoret", "B": "Nuorisotyön esihenkilö", "C": "Kohtaamiset",
                    "D": "vähintään 2 000 kohtaamista", "E": "2 350"},
           "green", st, calc=("min", 2000, 2350))
    # at least 10: 8 < 9 -> red
    b.goal(ws, 13, {"A": "Nuorisovaltuusto vaikuttaa päätöksiin", "B": "Nuorisopalvelupäällikkö",
                    "C": "Nuorisovaltuuston lausunnot", "D": "vähintään 10 lausuntoa", "E": "8"},
           "red", st, calc=("min", 10, 8))
    b.span(ws, 9, 13)
    b.issue("formula-error", sh, "E11")
    b.no_rows("formula-error", sh, [10, 12, 13])
    b.no("budget-mismatch", sh)

    ws2 = b.sheet("Erityisnuorisotyö", {"A": 40, "B": 24, "C": 30, "D": 24, "E": 14, "F": 14})
    sh2 = ws2.title
    b.title(ws2, 1, "Erityisnuorisotyö – palvelutuotantosopimus 2025", "F")
    b.header(ws2, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteuma",
                      "F": "Värikoodi"}, ("A", "C", "D"))
    # at least 90 %: 91 -> green
    b.goal(ws2, 4, {"A": "Etsivä nuorisotyö tavoittaa ohjatut nuoret", "B": "Etsivän nuorisotyön esihenkilö",
                    "C": "Tavoitetut ohjatuista, %", "D": "vähintään 90 %", "E": "91 %"},
           "green", st, calc=("min_pct", 90, 91))
    # at most 10 % (percent): 11,5 <= 12 -> yellow
    b.goal(ws2, 5, {"A": "Keskeytyneet ohjaukset vähenevät", "B": "Etsivän nuorisotyön esihenkilö",
                    "C": "Keskeytyneet ohjaukset, %", "D": "enintään 10 %", "E": "11,5 %"},
           "yellow", st, calc=("max_pct", 10, "11.5"))
    b.span(ws2, 3, 5)
    b.row(ws2, 8, {"B": "Talousarvio", "F": "TA 2025"}, bold=True, wrap=False)
    b.row(ws2, 9, {"B": "Tulot", "F": EUR(40000)}, wrap=False)
    b.row(ws2, 10, {"B": "Menot", "F": EUR(310000)}, wrap=False)
    b.row(ws2, 11, {"B": "Netto", "F": EUR(265000)}, wrap=False)  # 310 000 - 40 000 = 270 000 != 265 000
    b.issue("budget-mismatch", sh2)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "qualitative-target",
              "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h13  Sports and youth: progress shares against measured statuses; several figures in one actual
# ---------------------------------------------------------------------------------------------
def h13():
    b = Book("13", "liikkumisohjelma-osuudet-ristiriidat",
             "Liikkumisohjelma (sports and youth) with TEKEMÄTTÄ / TEKEILLÄ / TEHTY shares beside 'Toteutunut 31.12.2025': "
             "TEHTY 100 % but measured red and TEKEMÄTTÄ 100 % but measured green keep the measured status with "
             "progress-conflict; agreeing rows raise nothing; shares alone (20/50/30) give yellow; two counts with no "
             "result word are ambiguous (TEHTY 100 % decides: green; the month/years 5/2025, 9/2025 are periods); two "
             "percents with no result word and no shares: ambiguous, none; 'valittu 40 %, toteutettu 30 %' is read as 30.")
    ws = b.sheet("Liikkumisohjelma", {"A": 42, "B": 22, "C": 28, "D": 20, "E": 11, "F": 11, "G": 11, "H": 40, "I": 9})
    sh, st = ws.title, "I"
    b.title(ws, 1, "Liikkumisohjelma 2025 – liikunta- ja nuorisopalvelut", "I")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso", "E": "TEKEMÄTTÄ",
                     "F": "TEKEILLÄ", "G": "TEHTY", "H": "Toteutunut 31.12.2025", "I": "Tila"}, ("A", "C", "D"))
    # at least 90 %: 76 < 88 -> red; TEHTY 100 % contradicts -> red kept, progress-conflict
    b.goal(ws, 4, {"A": "Koulupäivään kuuluu liikuntatuokio", "B": "Liikunnanopettajien tiimi",
                   "C": "Koulut, joissa päivittäinen tuokio, %", "D": "vähintään 90 %", "E": P(0), "F": P(0), "G": P(1),
                   "H": "76 %"},
           "red", st, calc=("min_pct", 90, 76))
    # at least 40: 44 -> green; TEKEMÄTTÄ 100 % contradicts -> green kept, progress-conflict
    b.goal(ws, 5, {"A": "Seurat saavat kohdennetun avustuksen", "B": "Liikuntapalvelupäällikkö",
                   "C": "Avustetut seurat", "D": "vähintään 40 seuraa", "E": P(1), "F": P(0), "G": P(0), "H": "44 seuraa"},
           "green", st, calc=("min", 40, 44))
    # at least 12: 15 -> green; TEHTY 100 % agrees
    b.goal(ws, 6, {"A": "Ikäihmisten liikuntaryhmiä perustetaan", "B": "Liikunnanohjaaja",
                   "C": "Uudet ryhmät", "D": "vähintään 12 ryhmää", "E": P(0), "F": P(0), "G": P(1), "H": "15 ryhmää"},
           "green", st, calc=("min", 12, 15))
    # no actual; shares 20 / 50 / 30 -> yellow
    b.goal(ws, 7, {"A": "Liikuntapaikkojen esteettömyys kartoitetaan", "B": "Liikuntapaikkapäällikkö",
                   "C": "Kartoitetut liikuntapaikat", "D": "30 liikuntapaikkaa", "E": P(0.2), "F": P(0.5), "G": P(0.3)},
           "yellow", st, calc=("shares", 20, 50, 30))
    # counts 6 and 5, no result word -> ambiguous-actual; TEHTY 100 % decides -> green
    b.goal(ws, 8, {"A": "Lähiliikuntapaikat ja ulkokuntosalit rakennetaan", "B": "Liikuntapaikkapäällikkö",
                   "C": "Valmistuneet kohteet", "D": "10 kohdetta", "E": P(0), "F": P(0), "G": P(1),
                   "H": "Lähiliikuntapaikat (6 kpl) 5/2025, ulkokuntosalit (5 kpl) 9/2025"},
           "green", st, calc=("shares", 0, 0, 100))
    # two percents, no result word, no shares, no progress word -> ambiguous-actual, none
    b.goal(ws, 9, {"A": "Koululaiset liikkuvat suosituksen mukaan", "B": "Liikunnanopettajien tiimi",
                   "C": "Suosituksen mukaan liikkuvat, %", "D": "vähintään 35 %", "H": "Alakoulut 38 %, yläkoulut 29 %"},
           "none", st)
    # 'toteutettu' marks 30: 30 < 33 -> red (40 would have been green)
    b.goal(ws, 10, {"A": "Nuorisotyöyksiköt toteuttavat liikkumistoimenpiteen", "B": "Nuorisopalvelupäällikkö",
                    "C": "Yksiköt, joissa toimenpide on toteutettu, %", "D": "vähintään 35 %",
                    "H": "Toimenpide valittu 40 %, toteutettu 30 %"},
           "red", st, calc=("min_pct", 35, 30))
    b.span(ws, 3, 10)
    b.issue("progress-conflict", sh)
    b.no_except("progress-conflict", sh, [4, 5])
    b.issue("ambiguous-actual", sh)
    b.no_except("ambiguous-actual", sh, [8, 9])
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "share-sum", "formula-error", "qualitative-target"])
    return b


# ---------------------------------------------------------------------------------------------
# h14  Environment and land use: years inside texts are never values
# ---------------------------------------------------------------------------------------------
def h14():
    b = Book("14", "ymparisto-vuodet-teksteissa",
             "Environment and land use services: years standing alone in texts are never values ('Ei toteudu 2025' red, "
             "'Käynnissä 2025' yellow from the word, 'Kaavoitus 2025: 12 kaavaa hyväksytty' read as 12, 'Vuoden 2025 "
             "asukaskysely: 3,6' read as 3,6, 'Ei aloitettu, siirtyy vuoteen 2026' red, a date in 'Saavutettu 30.4.2025' "
             "no value), and a target whose only number is a year ('Meluselvitys päivitetty vuonna 2025') is qualitative.")
    ws = b.sheet("Ympäristö 2025", {"A": 40, "B": 24, "C": 30, "D": 30, "E": 36, "F": 11})
    sh, st = ws.title, "F"
    b.title(ws, 1, "Ympäristöpalvelut ja kaavoitus – palvelutuotantosopimus 2025", "F")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso",
                     "E": "Toteutunut 31.12.2025", "F": "Värikoodi"}, ("A", "C", "D"))
    # negative phrase -> red (2025 is no count: it would 'meet' 4)
    b.goal(ws, 4, {"A": "Pilaantuneet maa-alueet kunnostetaan", "B": "Ympäristöpäällikkö", "C": "Kunnostetut kohteet",
                   "D": "4 kohdetta", "E": "Ei toteudu 2025, rahoitus siirtyi"},
           "red", st, calc=("negative", "ei toteudu"))
    # no value (2025 is a year) -> progress word 'käynnissä' -> yellow
    b.goal(ws, 5, {"A": "Hulevesiohjelman kohteet toteutetaan", "B": "Kunnossapitopäällikkö",
                   "C": "Toteutetut hulevesikohteet", "D": "vähintään 3 kohdetta", "E": "Käynnissä 2025"},
           "yellow", st, calc=("progress", "käynnissä"))
    # one count (12; 2025 is a year): 12 < 13.5 -> red
    b.goal(ws, 6, {"A": "Asemakaavat valmistuvat", "B": "Kaavoituspäällikkö", "C": "Hyväksytyt asemakaavat",
                   "D": "vähintään 15 kaavaa", "E": "Kaavoitus 2025: 12 kaavaa hyväksytty"},
           "red", st, calc=("min", 15, 12))
    # score at least 3,8: 3,6 >= 3.42 -> yellow
    b.goal(ws, 7, {"A": "Asukkaat ovat tyytyväisiä ympäristöpalveluihin", "B": "Ympäristöpäällikkö",
                   "C": "Asukaskysely, asteikko 1–5", "D": "vähintään 3,8 (asteikko 1–5)",
                   "E": "Vuoden 2025 asukaskysely: 3,6"},
           "yellow", st, calc=("min", "3.8", "3.6"))
    # a date is never a value -> progress word 'saavutettu' -> green
    b.goal(ws, 8, {"A": "Lupahakemukset jätetään sähköisesti", "B": "Lupapäällikkö",
                   "C": "Sähköisten hakemusten osuus, %", "D": "vähintään 80 %", "E": "Saavutettu 30.4.2025"},
           "green", st, calc=("progress", "saavutettu"))
    # negative phrase 'ei aloitettu' at the start -> red
    b.goal(ws, 9, {"A": "Luontoselvitykset tehdään", "B": "Ympäristösuunnittelija", "C": "Valmistuneet selvitykset",
                   "D": "2 selvitystä", "E": "Ei aloitettu, siirtyy vuoteen 2026"},
           "red", st, calc=("negative", "ei aloitettu"))
    # the target's only number is a year -> qualitative, none
    b.goal(ws, 10, {"A": "Meluselvitys päivitetään", "B": "Ympäristösuunnittelija", "C": "Selvityksen päivitys",
                    "D": "Meluselvitys päivitetty vuonna 2025", "E": "Luonnos lausunnolla 11/2025"},
           "none", st)
    b.span(ws, 3, 10)
    b.issue("qualitative-target", sh)
    b.no_except("qualitative-target", sh, [10])
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h15  Elderly and social services: relative targets with a baseline column, and without one
# ---------------------------------------------------------------------------------------------
def h15():
    b = Book("15", "suhteelliset-tavoitteet-lahtotaso",
             "Elderly and social services, two sheets: on 'Vertailu' 'Toteutunut 2024' (baseline) and 'Toteutunut 2025' "
             "(actual) measure relative targets ('vähenee 10 % edellisvuodesta' on a count and on a percent, 'kasvaa 5 %', "
             "'kasvaa 10 % edellisvuodesta', 'vähenee 3 %-yksikköä', 'vähenee 20 %') and a plain direction ('vähenee'); "
             "on 'Ilman vertailua' there is no baseline column: the relative rows get missing-baseline and no status.")
    ws = b.sheet("Vertailu", {"A": 40, "B": 22, "C": 30, "D": 30, "E": 14, "F": 14, "G": 11})
    sh, st = ws.title, "G"
    b.title(ws, 1, "Ikääntyneiden ja aikuisten palvelut – sopimus 2025", "G")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteutunut 2024",
                     "F": "Toteutunut 2025", "G": "Värikoodi"}, ("A", "C", "D"))
    N = lambda x: V(x, "#,##0")  # noqa: E731
    # level 42 000 x 0,9 = 37 800, at most (count): 38 500 <= 37 800 / 0.9 = 42 000 -> yellow
    b.goal(ws, 4, {"A": "Laitoshoidon hoitopäivät vähenevät", "B": "Vanhuspalvelujohtaja", "C": "Hoitopäivät",
                   "D": "vähenee 10 % edellisvuodesta", "E": N(42000), "F": N(38500)},
           "yellow", st, calc=("rel", "down", 42000, 10, "count", 38500))
    # level 1 200 x 1,05 = 1 260, at least: 1 275 -> green
    b.goal(ws, 5, {"A": "Säännöllisen kotihoidon piirissä olevat lisääntyvät", "B": "Kotihoidon päällikkö",
                   "C": "Säännöllisen kotihoidon asiakkaat", "D": "kasvaa 5 %", "E": N(1200), "F": N(1275)},
           "green", st, calc=("rel", "up", 1200, 5, "count", 1275))
    # %-points: 18 % - 3 pp = 15 %, at most (percent): 16,5 <= 17 -> yellow
    b.goal(ws, 6, {"A": "Ostopalvelujen osuus pienenee", "B": "Hankintapäällikkö",
                   "C": "Ostopalvelujen osuus hoivasta, %", "D": "vähenee 3 %-yksikköä", "E": "18 %", "F": "16,5 %"},
           "yellow", st, calc=("rel", "down", 18, 3, "pp", "16.5"))
    # level 10 x 0,8 = 8, at most: 7 -> green
    b.goal(ws, 7, {"A": "Sosiaalipäivystyksen vasteaika lyhenee", "B": "Sosiaalipäivystyksen päällikkö",
                   "C": "Vasteaika, vrk", "D": "vähenee 20 %", "E": "10", "F": "7"},
           "green", st, calc=("rel", "down", 10, 20, "count", 7))
    # baseline 6,0 % x 0,9 = 5,4 %, at most: 5,9 <= 7.4 (and <= 6.0) -> yellow
    b.goal(ws, 8, {"A": "Henkilöstön sairauspoissaolot vähenevät", "B": "HR-asiantuntija", "C": "Sairauspoissaolot, %",
                   "D": "vähenee 10 %", "E": "6,0 %", "F": "5,9 %"},
           "yellow", st, calc=("rel", "down", "6.0", 10, "pct", "5.9"))
    # direction 'vähenee' without a figure: 120 -> 110 is -8.3 % -> green
    b.goal(ws, 9, {"A": "Asiakasmaksujen perintä vähenee", "B": "Asiakasmaksupäällikkö",
                   "C": "Perintään siirtyneet laskut", "D": "Perintään siirtyneiden laskujen määrä vähenee",
                   "E": "120", "F": "110"},
           "green", st, calc=("dir", "down", 120, 110))
    # level 400 x 1,1 = 440, at least: 380 < 396 -> red
    b.goal(ws, 10, {"A": "Omaishoitoa tuetaan", "B": "Omaishoidon koordinaattori",
                    "C": "Omaishoidon tuen saajat", "D": "kasvaa 10 % edellisvuodesta", "E": "400", "F": "380"},
           "red", st, calc=("rel", "up", 400, 10, "count", 380))
    b.span(ws, 3, 10)
    b.no("missing-baseline", sh)

    ws2 = b.sheet("Ilman vertailua", {"A": 40, "B": 22, "C": 30, "D": 30, "E": 14, "F": 11})
    sh2 = ws2.title
    b.title(ws2, 1, "Aikuissosiaalityö – sopimus 2025", "F")
    b.header(ws2, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteuma",
                      "F": "Värikoodi"}, ("A", "C", "D"))
    # relative, no baseline -> missing-baseline, no status
    b.goal(ws2, 4, {"A": "Toimeentulotuen käsittelyajat lyhenevät", "B": "Etuuspäällikkö", "C": "Käsittelyaika, vrk",
                    "D": "vähenee 10 % edellisvuodesta", "E": "6"},
           "none", "F")
    # relative, no baseline -> missing-baseline, no status
    b.goal(ws2, 5, {"A": "Työllistymistä tukeva toiminta laajenee", "B": "Aikuissosiaalityön päällikkö",
                    "C": "Kuntouttavan työtoiminnan asiakkaat", "D": "kasvaa 5 %", "E": "260"},
           "none", "F")
    # score at least 4: 4,1 -> green
    b.goal(ws2, 6, {"A": "Asiakkaat kokevat tulleensa kuulluiksi", "B": "Aikuissosiaalityön päällikkö",
                    "C": "Asiakaskysely, asteikko 1–5", "D": "vähintään 4 (asteikolla 1–5)", "E": "4,1"},
           "green", "F", calc=("min", 4, "4.1"))
    b.span(ws2, 3, 6)
    b.issue("missing-baseline", sh2)
    b.no("missing-baseline", sh2, 6)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h16  Library and culture: status words and symbols users already type
# ---------------------------------------------------------------------------------------------
def h16():
    b = Book("16", "tilasanat-ja-symbolit",
             "Library and culture: the status column as people fill it: ✓ and ☹ that agree with the computed status, "
             "'Toteutuu' against a yellow and ✗ against a green (status-mismatch), 'Osittain' that agrees; on qualitative "
             "rows ☺, 'Osittain toteutunut', 'Kesken', 'Ei toteudu' and 'Toteutunut' are kept as manual statuses; 'hyvä' "
             "is no status word (invalid-status on its cell).")
    ws = b.sheet("Kirjasto ja kulttuuri", {"A": 42, "B": 22, "C": 30, "D": 30, "E": 30, "F": 18})
    sh, st = ws.title, "F"
    b.title(ws, 1, "Kirjasto- ja kulttuuripalvelut – sopimus 2025", "F")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteuma",
                     "F": "Tila"}, ("A", "C", "D"))
    # score at least 4: 4,3 -> green; ✓ agrees
    b.goal(ws, 4, {"A": "Asiakkaat ovat tyytyväisiä kirjastoon", "B": "Kirjastonjohtaja", "C": "Asiakaskysely, 1–5",
                   "D": "vähintään 4", "E": "4,3"},
           "green", st, calc=("min", 4, "4.3"), typed="✓")
    # at least 95 %: 90 < 93 -> red; ☹ agrees
    b.goal(ws, 5, {"A": "Aineistohankinnat toteutuvat", "B": "Kokoelmapäällikkö", "C": "Hankintamäärärahan käyttö, %",
                   "D": "vähintään 95 %", "E": "90 %"},
           "red", st, calc=("min_pct", 95, 90), typed="☹")
    # at least 1 500: 1 420 >= 1 350 -> yellow; typed 'Toteutuu' (green) -> status-mismatch
    b.goal(ws, 6, {"A": "Tilat ovat asukkaiden käytössä", "B": "Palvelupäällikkö", "C": "Tilavaraukset",
                   "D": "vähintään 1 500 varausta", "E": "1 420"},
           "yellow", st, calc=("min", 1500, 1420), typed="Toteutuu")
    # at most 5 %: 4 -> green; typed ✗ (red) -> status-mismatch
    b.goal(ws, 7, {"A": "Henkilöstön sairauspoissaolot pysyvät matalina", "B": "Kirjastonjohtaja",
                   "C": "Sairauspoissaolot, %", "D": "enintään 5 %", "E": "4 %"},
           "green", st, calc=("max_pct", 5, 4), typed="✗")
    # qualitative: ☺ kept (manual green)
    b.goal(ws, 8, {"A": "Kirjasto on kaupunginosan olohuone", "B": "Palvelupäällikkö", "C": "Asukasraadin arvio",
                   "D": "Asukasraati pitää kirjastoa kohtaamispaikkana", "E": "Raadin arvio myönteinen"},
           "green", st, typed="☺", manual=True)
    # qualitative: 'Osittain toteutunut' kept (manual yellow)
    b.goal(ws, 9, {"A": "Kulttuurikasvatussuunnitelma uudistetaan", "B": "Kulttuurituottaja",
                   "C": "Suunnitelman uudistus", "D": "Uudistettu suunnitelma on hyväksytty",
                   "E": "Luonnos lautakunnassa joulukuussa"},
           "yellow", st, typed="Osittain toteutunut", manual=True)
    # qualitative: 'Kesken' kept (manual yellow)
    b.goal(ws, 10, {"A": "Taidekokoelma digitoidaan", "B": "Museolehtori", "C": "Digitoinnin eteneminen",
                    "D": "Kokoelma on verkossa", "E": "Maalaukset verkossa, grafiikka puuttuu"},
           "yellow", st, typed="Kesken", manual=True)
    # qualitative: 'Ei toteudu' kept (manual red)
    b.goal(ws, 11, {"A": "Kirjastoauton reitti uudistetaan", "B": "Kirjastoautovastaava", "C": "Reittisuunnitelma",
                    "D": "Uusi reitti on käytössä", "E": "Auton hankinta keskeytettiin"},
           "red", st, typed="Ei toteudu", manual=True)
    # qualitative: 'Toteutunut' kept (manual green)
    b.goal(ws, 12, {"A": "Kulttuuriavustusten periaatteet selkeytetään", "B": "Kulttuurijohtaja",
                    "C": "Periaatteiden päivitys", "D": "Periaatteet on päivitetty ja julkaistu",
                    "E": "Julkaistu verkkosivuilla kesäkuussa"},
           "green", st, typed="Toteutunut", manual=True)
    # at least 20: 19 >= 18 -> yellow; 'Osittain' agrees
    b.goal(ws, 13, {"A": "Lukupiirit kokoontuvat", "B": "Kirjastonhoitaja", "C": "Toiminnassa olevat lukupiirit",
                    "D": "vähintään 20 lukupiiriä", "E": "19"},
           "yellow", st, calc=("min", 20, 19), typed="Osittain")
    # at most 3 pv: 2 -> green; 'hyvä' is no status word -> invalid-status F14
    b.goal(ws, 14, {"A": "Varaukset noudetaan nopeasti", "B": "Palvelupäällikkö", "C": "Noutoaika, pv",
                    "D": "enintään 3 pv", "E": "2 pv"},
           "green", st, calc=("max", 3, 2), typed="hyvä")
    b.span(ws, 3, 14)
    b.issue("status-mismatch", sh)
    b.no_except("status-mismatch", sh, [6, 7, 14])
    b.issue("invalid-status", sh, "F14")
    b.no_except("invalid-status", sh, [14])
    b.issue("qualitative-target", sh)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "invalid-number", "no-actual", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h17  Swedish home care: 'Utfall halvår 1' | 'Utfall halvår 2'; LibreOffice
# ---------------------------------------------------------------------------------------------
def h17():
    b = Book("17", "svenska-halvar-ansvarig-lo",
             "A Swedish home-care contract (Hemvård 2025, Raseborg-like): 'Mål', 'Ansvarig', 'Mätare', 'Målnivå', "
             "'Utfall halvår 1' (interim) and 'Utfall halvår 2' (actual), 'Färgkod'; halvår 2 decides where it holds a "
             "value (also against a better halvår 1), halvår 1 alone gives a forecast; typed 'Delvis' and 'Uppnås' kept on "
             "qualitative rows, typed 'Uppnås' against a red (status-mismatch); rewritten by LibreOffice.",
             writer="libreoffice")
    ws = b.sheet("Hemvård 2025", {"A": 40, "B": 22, "C": 30, "D": 24, "E": 14, "F": 14, "G": 10})
    sh, st = ws.title, "G"
    b.title(ws, 1, "Serviceavtal 2025 – Hemvården", "G")
    b.header(ws, 3, {"A": "Mål", "B": "Ansvarig", "C": "Mätare", "D": "Målnivå", "E": "Utfall halvår 1",
                     "F": "Utfall halvår 2", "G": "Färgkod"}, ("A", "C", "D"))
    # at most 10 (count): halvår 2 9 -> green (halvår 1 12 passed over)
    b.goal(ws, 4, {"A": "Klienterna får hjälp i tid", "B": "Hemvårdschef", "C": "Väntetid, dagar",
                   "D": "högst 10 dagar", "E": "12", "F": "9"},
           "green", st, calc=("max", 10, 9))
    # at most 6 % (percent): only halvår 1 7,5 <= 8 -> yellow; forecast
    b.goal(ws, 5, {"A": "Personalen mår bra", "B": "Personalchef", "C": "Sjukfrånvaro, %", "D": "högst 6 %",
                   "E": "7,5 %"},
           "yellow", st, calc=("max_pct", 6, "7.5"), forecast=True)
    # score at least 4,2: halvår 2 3,7 < 3.78 -> red (halvår 1 4,3 would be green)
    b.goal(ws, 6, {"A": "Klienterna är nöjda", "B": "Kvalitetschef", "C": "Kundnöjdhet, skala 1–5", "D": "minst 4,2",
                   "E": "4,3", "F": "3,7"},
           "red", st, calc=("min", "4.2", "3.7"))
    # at least 90 %: 89 >= 88 -> yellow
    b.goal(ws, 7, {"A": "Rehabiliteringen når klienterna", "B": "Fysioterapeut",
                   "C": "Klienter med rehabiliteringsplan, %", "D": "minst 90 %", "F": "89 %"},
           "yellow", st, calc=("min_pct", 90, 89))
    # qualitative; typed 'Delvis' -> kept: manual yellow
    b.goal(ws, 8, {"A": "Samarbetet med sjukhuset utvecklas", "B": "Hemvårdschef", "C": "Gemensam modell",
                   "D": "En gemensam modell är i bruk", "F": "Modellen testas på en avdelning"},
           "yellow", st, typed="Delvis", manual=True)
    # qualitative; typed 'Uppnås' -> kept: manual green
    b.goal(ws, 9, {"A": "Anhörigstödet informeras bättre", "B": "Socialarbetare", "C": "Informationsmaterial",
                   "D": "Broschyr och webbsida på båda språken", "F": "Publicerade i maj"},
           "green", st, typed="Uppnås", manual=True)
    # at least 95 %: 90 < 93 -> red; typed 'Uppnås' (green) -> status-mismatch
    b.goal(ws, 10, {"A": "Läkemedelslistorna är uppdaterade", "B": "Ansvarig sjukskötare",
                    "C": "Uppdaterade listor, %", "D": "minst 95 %", "E": "94 %", "F": "90 %"},
           "red", st, calc=("min_pct", 95, 90), typed="Uppnås")
    b.span(ws, 3, 10)
    b.issue("status-mismatch", sh)
    b.no_except("status-mismatch", sh, [10])
    b.issue("qualitative-target", sh)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "invalid-status", "invalid-number", "no-actual", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h18  English sports: 'Actual 2025' merged over 'Q1' ... 'Q4'; LibreOffice
# ---------------------------------------------------------------------------------------------
def h18():
    b = Book("18", "english-sports-quarters-lo",
             "An English sports-services contract: 'Actual 2025' merged over the sub-headers 'Q1', 'Q2', 'Q3', 'Q4' (a "
             "header band; the sub-header row is no goal row), other headers merged down; Q4 is the actual, Q1–Q3 interim; "
             "shares as real numbers with a percent format; 'Delayed' on Q4 (red), 'Not started' on Q3 (red, forecast); "
             "typed 'Achieved' kept on a qualitative row; an 'Owner' column; rewritten by LibreOffice.",
             writer="libreoffice")
    ws = b.sheet("Sports 2025", {"A": 40, "B": 22, "C": 30, "D": 22, "E": 11, "F": 11, "G": 11, "H": 30, "I": 10})
    sh, st = ws.title, "I"
    b.title(ws, 1, "Sports services – service production contract 2025", "I")
    b.header(ws, 3, {"A": "Goal", "B": "Owner", "C": "Metric", "D": "Target", "E": "Actual 2025", "I": "Status"},
             ("A", "C", "D"), rows=2)
    for c in "ABCDI":
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("E3:H3")
    b.sub(ws, 4, {"E": "Q1", "F": "Q2", "G": "Q3", "H": "Q4"})
    PC = lambda x: V(x, "0%")  # noqa: E731
    # at least 85 %: Q3 84 >= 83 -> yellow; forecast
    b.goal(ws, 5, {"A": "Sports facilities are well used", "B": "Facilities manager", "C": "Utilisation rate, %",
                   "D": "at least 85 %", "E": PC(0.88), "F": PC(0.86), "G": PC(0.84)},
           "yellow", st, calc=("min_pct", 85, 84), forecast=True)
    # score at least 4: Q4 4,2 -> green
    b.goal(ws, 6, {"A": "Swimming hall customers are satisfied", "B": "Swimming hall manager",
                   "C": "Customer satisfaction, scale 1–5", "D": "at least 4", "E": 3.9, "F": 4, "G": 4.1, "H": 4.2},
           "green", st, calc=("min", 4, "4.2"))
    # at most 10 days: Q4 12 > 11.11 -> red (Q1 8 would be green)
    b.goal(ws, 7, {"A": "Fitness groups have short queues", "B": "Sports instructor", "C": "Waiting time, days",
                   "D": "at most 10 days", "E": 8, "F": 9, "G": 10, "H": 12},
           "red", st, calc=("max", 10, 12))
    # delayed phrase on Q4 (the actual) -> red
    b.goal(ws, 8, {"A": "Artificial turf pitches are renewed", "B": "Facilities manager", "C": "Pitches renewed",
                   "D": "2 pitches", "G": "Contract signed",
                   "H": "Delayed, one pitch done, the other in spring 2026"},
           "red", st, calc=("delayed", "delayed", "actual"))
    # negative phrase on Q3 (latest with a value; interim) -> red; forecast
    b.goal(ws, 9, {"A": "Outdoor gyms are built in three districts", "B": "Facilities manager", "C": "Outdoor gyms built",
                   "D": "3 gyms", "G": "Not started: building permits pending"},
           "red", st, calc=("negative", "not started"), forecast=True)
    # qualitative; typed 'Achieved' -> kept: manual green
    b.goal(ws, 10, {"A": "Club cooperation model is renewed", "B": "Head of sports services",
                    "C": "Cooperation model", "D": "A renewed model is agreed with the clubs", "H": "Agreed in November"},
           "green", st, typed="Achieved", manual=True)
    b.span(ws, 3, 10)
    b.no("missing-goal", sh, 4)
    b.no("missing-metric", sh, 4)
    b.no("missing-target", sh, 4)
    b.issue("qualitative-target", sh)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h19  Technical services: 'Toteuma' merged over month-name periods 'tammi–huhti', 'tammi–elo', 'tammi–joulu'
# ---------------------------------------------------------------------------------------------
def h19():
    b = Book("19", "tekninen-kuukausijaksot-vastaava",
             "Water, waste and street services: 'Toteuma' merged over the month-name periods 'tammi–huhti', 'tammi–elo' "
             "and 'tammi–joulu' (the last is the actual; the year from the title); the latest period with a value decides; "
             "a 'Vastaava' responsible column with one cell empty (missing-responsible).")
    ws = b.sheet("Tekninen 2025", {"A": 42, "B": 22, "C": 30, "D": 22, "E": 12, "F": 12, "G": 12, "H": 11})
    sh, st = ws.title, "H"
    b.title(ws, 1, "Vesihuolto, jätehuolto ja kadut – palvelutuotantosopimus 2025", "H")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastaava", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteuma",
                     "H": "Värikoodi"}, ("A", "C", "D"), rows=2)
    for c in "ABCDH":
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("E3:G3")
    b.sub(ws, 4, {"E": "tammi–huhti", "F": "tammi–elo", "G": "tammi–joulu"})
    # at most 5 pv: tammi–joulu 4 -> green
    b.goal(ws, 5, {"A": "Jätehuollon reklamaatiot käsitellään nopeasti", "B": "Jätehuoltopäällikkö",
                   "C": "Käsittelyaika, pv", "D": "enintään 5 pv", "E": "6", "F": "5", "G": "4"},
           "green", st, calc=("max", 5, 4))
    # score at least 3,5: tammi–joulu 3,3 >= 3.15 -> yellow
    b.goal(ws, 6, {"A": "Katujen talvikunnossapito onnistuu", "B": "Katupäällikkö", "C": "Asukastyytyväisyys, 1–5",
                   "D": "vähintään 3,5", "E": "3,2", "G": "3,3"},
           "yellow", st, calc=("min", "3.5", "3.3"))
    # at most 12 %: tammi–elo 14,5 > 14 -> red; forecast
    b.goal(ws, 7, {"A": "Vesijohtoverkoston vuodot vähenevät", "B": "Vesihuoltopäällikkö", "C": "Vuotovesi, %",
                   "D": "enintään 12 %", "E": "11 %", "F": "14,5 %"},
           "red", st, calc=("max_pct", 12, "14.5"), forecast=True)
    # at least 80 %: tammi–huhti 100 -> green; forecast
    b.goal(ws, 8, {"A": "Rakennushankkeet valmistuvat aikataulussa", "B": "Tilaajapäällikkö",
                   "C": "Aikataulussa valmistuneet, %", "D": "vähintään 80 %", "E": "100 %"},
           "green", st, calc=("min_pct", 80, 100), forecast=True)
    # at least 90 %: 91 -> green; the responsible cell is empty
    b.goal(ws, 9, {"A": "Kiinteistöjen kuntoarviot ovat ajan tasalla", "C": "Kuntoarvioidut kiinteistöt, %",
                   "D": "vähintään 90 %", "G": "91 %"},
           "green", st, calc=("min_pct", 90, 91))
    b.span(ws, 3, 9)
    b.issue("missing-responsible", sh)
    b.no_except("missing-responsible", sh, [9])
    b.no("missing-goal", sh, 4)
    b.no("missing-metric", sh, 4)
    b.no("missing-target", sh, 4)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "status-mismatch",
              "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h20  Culture house: 'Toteuma tammi–elokuu 2025' with a typed 'Ennuste' column; pro rata only for counts that add up
# ---------------------------------------------------------------------------------------------
def h20():
    b = Book("20", "kulttuuritalo-tammi-elokuu-ennuste",
             "A culture house at the 8-month review: 'Toteuma tammi–elokuu 2025' (interim, m = 8) beside the user's "
             "'Ennuste' column; visitors and performances add up over the year and are projected pro rata (x 12 / 8), a "
             "score, opening hours a week and a course fill rate (a share) are levels judged as they are; every computed "
             "status is a forecast; a typed forecast whose status differs from the pro-rata projection's is "
             "forecast-mismatch.")
    ws = b.sheet("Kulttuuritalo", {"A": 40, "B": 22, "C": 30, "D": 28, "E": 16, "F": 12, "G": 11})
    sh, st = ws.title, "G"
    b.title(ws, 1, "Kulttuuritalo Kaiku – palvelutuotantosopimus 2025", "G")
    b.put(ws, "A2", "Kahdeksan kuukauden arviointi", wrap=False)
    b.header(ws, 4, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso",
                     "E": "Toteuma tammi–elokuu 2025", "F": "Ennuste", "G": "Värikoodi"}, ("A", "C", "D"))
    N = lambda x: V(x, "#,##0")  # noqa: E731
    # visitors add up: 31 500 x 12 / 8 = 47 250 >= 45 000 -> green; forecast; typed forecast 47 000 also green
    b.goal(ws, 5, {"A": "Kulttuuritalo houkuttelee kävijöitä", "B": "Kulttuuritalon johtaja", "C": "Kävijät",
                   "D": "vähintään 45 000 kävijää", "E": N(31500), "F": N(47000)},
           "green", st, calc=("prorata", 45000, 31500, 8), forecast=True)
    # performances add up: 78 x 12 / 8 = 117 >= 108 -> yellow; forecast; typed forecast 100 < 108 would be red:
    # its status differs from the projection's -> forecast-mismatch
    b.goal(ws, 6, {"A": "Ohjelmisto on monipuolinen", "B": "Tuottaja", "C": "Esitykset",
                   "D": "vähintään 120 esitystä", "E": "78", "F": "100"},
           "yellow", st, calc=("prorata", 120, 78, 8), forecast=True)
    # a score is a level: 4,3 >= 4,2 -> green; forecast
    b.goal(ws, 7, {"A": "Yleisö on tyytyväistä", "B": "Kulttuuritalon johtaja", "C": "Yleisökysely, asteikko 1–5",
                   "D": "vähintään 4,2", "E": "4,3"},
           "green", st, calc=("min", "4.2", "4.3"), forecast=True)
    # opening hours a week are a level: 58 >= 54 -> yellow; forecast (58 x 12 / 8 = 87 would be green)
    b.goal(ws, 8, {"A": "Talo on auki iltaisin ja viikonloppuisin", "B": "Asiakaspalvelupäällikkö",
                   "C": "Aukiolotunnit viikossa", "D": "vähintään 60 tuntia", "E": "58"},
           "yellow", st, calc=("min", 60, 58), forecast=True)
    # a fill rate of courses is a share (a level): 86 < 88 -> red; forecast
    b.goal(ws, 9, {"A": "Lasten taidekurssit täyttyvät", "B": "Taidekasvattaja", "C": "Kurssipaikkojen täyttöaste, %",
                   "D": "vähintään 90 %", "E": "86 %"},
           "red", st, calc=("min_pct", 90, 86), forecast=True)
    b.span(ws, 4, 9)
    b.issue("forecast-mismatch", sh)
    b.no_except("forecast-mismatch", sh, [6])
    b.common(["missing-goal", "missing-metric", "missing-target", "missing-responsible", "status-mismatch",
              "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h21  Disability services: quarters without a year, targets 2024 | 2025: the latest target year decides
# ---------------------------------------------------------------------------------------------
def h21():
    b = Book("21", "vammaispalvelut-neljannekset-tavoitevuodet",
             "Disability services with no year in the title, the sheet name or the review headers ('Toteuma 1. "
             "neljännes' … 'Toteuma 4. neljännes'): the contract year is the latest target year, so 'Tavoitetaso 2025' "
             "decides over 'Tavoitetaso 2024' (no duplicate-column); the latest quarter with a value decides; a "
             "'Vastuuhenkilö(t)' responsible column.")
    ws = b.sheet("Vammaispalvelut", {"A": 42, "B": 24, "C": 30, "D": 16, "E": 16, "F": 11, "G": 11, "H": 11, "I": 11,
                                     "J": 10})
    sh, st = ws.title, "J"
    b.title(ws, 1, "Vammaispalvelujen palvelutuotantosopimus – tavoitteet ja seuranta", "J")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö(t)", "C": "Mittari", "D": "Tavoitetaso 2024",
                     "E": "Tavoitetaso 2025", "F": "Toteuma 1. neljännes", "G": "Toteuma 2. neljännes",
                     "H": "Toteuma 3. neljännes", "I": "Toteuma 4. neljännes", "J": "Värikoodi"}, ("A", "C", "E"))
    # at least 95 % (2025): Q2 94 >= 93 -> yellow; forecast  (2024: 90 -> green)
    b.goal(ws, 4, {"A": "Henkilökohtaisen avun päätökset tehdään ajallaan", "B": "Vammaispalvelupäällikkö",
                   "C": "Lakisääteisessä ajassa tehdyt päätökset, %", "D": "vähintään 90 %", "E": "vähintään 95 %",
                   "F": "92 %", "G": "94 %"},
           "yellow", st, calc=("min_pct", 95, 94), forecast=True)
    # score at least 4,2 (2025): Q4 4,1 >= 3.78 -> yellow  (2024: 4,0 -> green)
    b.goal(ws, 5, {"A": "Asiakkaat ovat tyytyväisiä palveluun", "B": "Laatukoordinaattori",
                   "C": "Asiakaskysely, asteikko 1–5", "D": "vähintään 4,0", "E": "vähintään 4,2", "F": "4,3",
                   "I": "4,1"},
           "yellow", st, calc=("min", "4.2", "4.1"))
    # at most 15 min (2025): Q3 17 > 16.67 -> red; forecast  (2024: 20 -> green)
    b.goal(ws, 6, {"A": "Kuljetuspalvelu on täsmällinen", "B": "Kuljetuspalvelun koordinaattori, liikennöitsijä",
                   "C": "Keskimääräinen odotus, min", "D": "enintään 20 min", "E": "enintään 15 min", "F": "14",
                   "G": "16", "H": "17"},
           "red", st, calc=("max", 15, 17), forecast=True)
    # at most 30 vrk (both years): Q4 25 -> green
    b.goal(ws, 7, {"A": "Asumispalveluihin pääsee kohtuullisessa ajassa", "B": "Asumispalvelupäällikkö",
                   "C": "Odotusaika, vrk", "D": "enintään 30 vrk", "E": "enintään 30 vrk", "F": "35", "G": "31",
                   "H": "28", "I": "25"},
           "green", st, calc=("max", 30, 25))
    b.span(ws, 3, 7)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error",
              "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h22  Wellbeing services county, oral health: 'Arviointi 2025' merged over '1. tertiili' ... '3. tertiili'
# ---------------------------------------------------------------------------------------------
def h22():
    b = Book("22", "hyvinvointialue-suun-terveys-tertiilit-lo",
             "A wellbeing services county's oral health care: 'Arviointi 2025' merged over '1. tertiili', '2. tertiili', "
             "'3. tertiili' (a header band; the third tertile is the actual); 'Vastuuhenkilöt' responsible column; typed "
             "'Toteutuu' that agrees, ☹ kept on a qualitative row, 'Kesken' against a green (status-mismatch); "
             "rewritten by LibreOffice.", writer="libreoffice")
    ws = b.sheet("Suun terveydenhuolto", {"A": 42, "B": 24, "C": 30, "D": 22, "E": 11, "F": 11, "G": 11, "H": 11})
    sh, st = ws.title, "H"
    b.title(ws, 1, "Hyvinvointialue – suun terveydenhuollon palvelutuotantosopimus 2025", "H")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilöt", "C": "Mittari", "D": "Tavoitetaso", "E": "Arviointi 2025",
                     "H": "Tila"}, ("A", "C", "D"), rows=2)
    for c in "ABCDH":
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("E3:G3")
    b.sub(ws, 4, {"E": "1. tertiili", "F": "2. tertiili", "G": "3. tertiili"})
    # at most 21 vrk: 3. tertiili 19 -> green; typed 'Toteutuu' agrees
    b.goal(ws, 5, {"A": "Kiireettömään hoitoon pääsee hoitotakuun ajassa", "B": "Ylihammaslääkäri",
                   "C": "Odotusaika, vrk", "D": "enintään 21 vrk", "E": "26", "F": "23", "G": "19"},
           "green", st, calc=("max", 21, 19), typed="Toteutuu")
    # at least 70 %: 2. tertiili 67 < 68 -> red; forecast
    b.goal(ws, 6, {"A": "Lasten suun terveystarkastukset toteutuvat", "B": "Vastaava hammaslääkäri, suuhygienistit",
                   "C": "Tarkastetut ikäluokista, %", "D": "vähintään 70 %", "E": "64 %", "F": "67 %"},
           "red", st, calc=("min_pct", 70, 67), forecast=True)
    # score at least 4,5: 3. tertiili 4,6 -> green; typed 'Kesken' (yellow) -> status-mismatch
    b.goal(ws, 7, {"A": "Potilaat ovat tyytyväisiä", "B": "Palveluesimies", "C": "Potilaskysely, asteikko 1–5",
                   "D": "vähintään 4,5", "E": "4,4", "G": "4,6"},
           "green", st, calc=("min", "4.5", "4.6"), typed="Kesken")
    # at most 3 %: 1. tertiili 3,8 <= 5 -> yellow; forecast
    b.goal(ws, 8, {"A": "Peruuttamatta jätetyt ajat vähenevät", "B": "Palveluesimies",
                   "C": "Peruuttamatta jätetyt ajat, %", "D": "enintään 3 %", "E": "3,8 %"},
           "yellow", st, calc=("max_pct", 3, "3.8"), forecast=True)
    # qualitative; typed ☹ -> kept: manual red
    b.goal(ws, 9, {"A": "Päivystyksen toimintamalli yhtenäistetään", "B": "Ylihammaslääkäri",
                   "C": "Yhteinen toimintamalli", "D": "Sama malli käytössä kaikissa kunnissa",
                   "G": "Kaksi kuntaa kuudesta mukana"},
           "red", st, typed="☹", manual=True)
    b.span(ws, 3, 9)
    b.issue("status-mismatch", sh)
    b.no_except("status-mismatch", sh, [7])
    b.issue("qualitative-target", sh)
    b.no("missing-goal", sh, 4)
    b.no("missing-metric", sh, 4)
    b.no("missing-target", sh, 4)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "invalid-status", "invalid-number", "no-actual", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h23  Mental health and substance abuse services: '1. vuosipuolisko' | '2. vuosipuolisko'; phrases and result words
# ---------------------------------------------------------------------------------------------
def h23():
    b = Book("23", "mielenterveyspalvelut-vuosipuoliskot",
             "Mental health and substance abuse services: review columns 'Toteuma 1. vuosipuolisko' (interim) and "
             "'Toteuma 2. vuosipuolisko' (actual); 'Ei saavutettu, 79 %' is red although 79 would be yellow; "
             "'Toteutumatta: …' is red; 'Keskusta 90 %, Itä 78 %, toteutunut yhteensä 84 %' is read as 84; equality at a "
             "score target is green; a typed 'Punainen' against a green forecast is a status-mismatch.")
    ws = b.sheet("Mielenterveyspalvelut 2025", {"A": 42, "B": 22, "C": 30, "D": 24, "E": 18, "F": 30, "G": 11})
    sh, st = ws.title, "G"
    b.title(ws, 1, "Mielenterveys- ja päihdepalvelut – palvelutuotantosopimus 2025", "G")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso",
                     "E": "Toteuma 1. vuosipuolisko", "F": "Toteuma 2. vuosipuolisko", "G": "Värikoodi"}, ("A", "C", "D"))
    # at most 21 vrk: only H1 25 > 21 / 0.9 = 23.33 -> red; forecast
    b.goal(ws, 4, {"A": "Hoitoon pääsee nopeasti", "B": "Ylilääkäri", "C": "Odotusaika ensikäynnille, vrk",
                   "D": "enintään 21 vrk", "E": "25"},
           "red", st, calc=("max", 21, 25), forecast=True)
    # score at least 4: H2 4,0 -> green (equality)
    b.goal(ws, 5, {"A": "Asiakkaat kokevat saavansa apua", "B": "Palvelupäällikkö", "C": "Asiakaskysely, asteikko 1–5",
                   "D": "vähintään 4", "E": "3,8", "F": "4,0"},
           "green", st, calc=("min", 4, "4.0"))
    # result words mark 84 among 90, 78, 84: 84 >= 83 -> yellow
    b.goal(ws, 6, {"A": "Ryhmätoiminta on tehokasta", "B": "Palvelupäällikkö", "C": "Ryhmien täyttöaste, %",
                   "D": "vähintään 85 %", "E": "88 %", "F": "Keskusta 90 %, Itä 78 %, toteutunut yhteensä 84 %"},
           "yellow", st, calc=("min_pct", 85, 84))
    # negative phrase 'toteutumatta' at the start -> red
    b.goal(ws, 7, {"A": "Psykiatrisen sairaanhoitajan vastaanotot laajenevat", "B": "Ylilääkäri",
                   "C": "Uudet sairaanhoitajat", "D": "2 sairaanhoitajaa", "F": "Toteutumatta: rekrytointi jatkuu 2026"},
           "red", st, calc=("negative", "toteutumatta"))
    # negative phrase 'ei saavutettu' at the start -> red whatever follows (79 alone would be yellow)
    b.goal(ws, 8, {"A": "Hoitosuunnitelma tehdään jokaiselle", "B": "Palvelupäällikkö",
                   "C": "Asiakkaat, joilla hoitosuunnitelma, %", "D": "vähintään 80 %", "E": "70 %",
                   "F": "Ei saavutettu, 79 %"},
           "red", st, calc=("negative", "ei saavutettu"))
    # score at least 4,2: only H1 4,3 -> green; forecast; typed 'Punainen' -> status-mismatch
    b.goal(ws, 9, {"A": "Päihdepalvelujen asiakkaat ovat tyytyväisiä", "B": "Päihdepalvelujen päällikkö",
                   "C": "Asiakaspalaute, asteikko 1–5", "D": "vähintään 4,2", "E": "4,3"},
           "green", st, calc=("min", "4.2", "4.3"), forecast=True, typed="Punainen")
    b.span(ws, 3, 9)
    b.issue("status-mismatch", sh)
    b.no_except("status-mismatch", sh, [9])
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error", "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h24  English: 'Actual January–June 2025' | 'Actual January–December 2025'
# ---------------------------------------------------------------------------------------------
def h24():
    b = Book("24", "english-culture-january-june",
             "An English culture-services contract: 'Actual January–June 2025' (interim) and 'Actual January–December "
             "2025' (actual); the full-year column decides where it holds a value, the half-year alone gives a forecast; "
             "inclusive 'at least' / 'at most' met at equality; 'at most' for a count at its T / 0.9 band; "
             "'Not achieved' at the start is red.")
    ws = b.sheet("Culture 2025", {"A": 40, "B": 22, "C": 30, "D": 24, "E": 16, "F": 16, "G": 10})
    sh, st = ws.title, "G"
    b.title(ws, 1, "Culture services – service production contract 2025", "G")
    b.header(ws, 3, {"A": "Goal", "B": "Owner", "C": "Metric", "D": "Target", "E": "Actual January–June 2025",
                     "F": "Actual January–December 2025", "G": "Status"}, ("A", "C", "D"))
    # score at least 4.25 (no '4.2' that reads as a day.month): full year 4.25 -> green (equality); 3.9 passed over
    b.goal(ws, 4, {"A": "Audiences are satisfied", "B": "Head of culture", "C": "Audience survey, scale 1–5",
                   "D": "at least 4.25", "E": 3.9, "F": 4.25},
           "green", st, calc=("min", "4.25", "4.25"))
    # at most 5 %: full year 5 % -> green (equality)
    b.goal(ws, 5, {"A": "Sick leave stays low", "B": "HR manager", "C": "Sick leave, %", "D": "at most 5 %",
                   "E": V(0.061, "0.0%"), "F": V(0.05, "0%")},
           "green", st, calc=("max_pct", 5, 5))
    # at most 14 days (count): only January–June 15 <= 15.56 -> yellow; forecast
    b.goal(ws, 6, {"A": "Grant decisions are made quickly", "B": "Grants coordinator", "C": "Processing time, days",
                   "D": "at most 14 days", "E": 15},
           "yellow", st, calc=("max", 14, 15), forecast=True)
    # at least 30 %: full year 27 < 28 -> red
    b.goal(ws, 7, {"A": "Own revenue share grows", "B": "Finance manager", "C": "Own revenue, % of costs",
                   "D": "at least 30 %", "E": V(0.31, "0%"), "F": V(0.27, "0%")},
           "red", st, calc=("min_pct", 30, 27))
    # negative phrase at the start -> red
    b.goal(ws, 8, {"A": "A new art gallery space opens", "B": "Head of culture", "C": "Gallery spaces opened",
                   "D": "1 space", "F": "Not achieved: renovation continues until 2026"},
           "red", st, calc=("negative", "not achieved"))
    b.span(ws, 3, 8)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error",
              "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h25  Swedish: 'Utfall 2025' merged over 'kvartal 1' ... 'kvartal 4'; the result word 'utfall'; LibreOffice
# ---------------------------------------------------------------------------------------------
def h25():
    b = Book("25", "svenska-kvartal-utfall-lo",
             "A Swedish social-services contract: 'Utfall 2025' merged over 'kvartal 1' … 'kvartal 4' (a header band; "
             "kvartal 4 is the actual); 'Ägare' responsible; two percents in one actual marked by 'utfall' (it decides) "
             "and two without a result word (ambiguous-actual, none); 'Försenad' on kvartal 2 (interim: yellow, forecast); "
             "rewritten by LibreOffice.", writer="libreoffice")
    ws = b.sheet("Socialtjänst", {"A": 40, "B": 22, "C": 30, "D": 20, "E": 11, "F": 11, "G": 11, "H": 30, "I": 10})
    sh, st = ws.title, "I"
    b.title(ws, 1, "Socialtjänsten – serviceavtal 2025", "I")
    b.header(ws, 3, {"A": "Mål", "B": "Ägare", "C": "Mätare", "D": "Målnivå", "E": "Utfall 2025", "I": "Färgkod"},
             ("A", "C", "D"), rows=2)
    for c in "ABCDI":
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("E3:H3")
    b.sub(ws, 4, {"E": "kvartal 1", "F": "kvartal 2", "G": "kvartal 3", "H": "kvartal 4"})
    # at least 95 %: kvartal 3 96 -> green; forecast
    b.goal(ws, 5, {"A": "Ansökningar behandlas i tid", "B": "Socialchef", "C": "Beslut inom 7 dagar, %",
                   "D": "minst 95 %", "E": "93 %", "F": "94 %", "G": "96 %"},
           "green", st, calc=("min_pct", 95, 96), forecast=True)
    # 'utfall' marks 89 among 92, 85, 89: 89 >= 88 -> yellow
    b.goal(ws, 6, {"A": "Klienterna har en aktuell plan", "B": "Socialchef", "C": "Klienter med plan, %",
                   "D": "minst 90 %", "H": "Enhet A 92 %, enhet B 85 %, utfall 89 %"},
           "yellow", st, calc=("min_pct", 90, 89))
    # two percents, no result word -> ambiguous-actual, none
    b.goal(ws, 7, {"A": "Hembesöken görs enligt plan", "B": "Familjearbetets chef", "C": "Genomförda enligt plan, %",
                   "D": "minst 90 %", "H": "Norr 93 %, söder 84 %"},
           "none", st)
    # delayed phrase at the start of kvartal 2 (interim, latest with a value) -> yellow; forecast
    b.goal(ws, 8, {"A": "Det nya klientdatasystemet tas i bruk", "B": "Utvecklingschef",
                   "C": "Enheter i det nya systemet", "D": "6 enheter", "F": "Försenad, leverantören byttes"},
           "yellow", st, calc=("delayed", "försenad", "interim"), forecast=True)
    # at most 25 (count): kvartal 4 27 <= 27.78 -> yellow
    b.goal(ws, 9, {"A": "Socialarbetarnas klientantal är rimligt", "B": "Socialchef", "C": "Klienter per socialarbetare",
                   "D": "högst 25 klienter", "E": "29", "H": "27"},
           "yellow", st, calc=("max", 25, 27))
    b.span(ws, 3, 9)
    b.issue("ambiguous-actual", sh)
    b.no_except("ambiguous-actual", sh, [7])
    b.no("missing-goal", sh, 4)
    b.no("missing-metric", sh, 4)
    b.no("missing-target", sh, 4)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "qualitative-target", "formula-error"])
    return b


# ---------------------------------------------------------------------------------------------
# h26  Home care by district: six unit sheets with the same goals and six ways of writing the reviews
# ---------------------------------------------------------------------------------------------
H26_GOALS = [
    # (goal, metric, target, kind, T)
    ("Asiakkaat ovat tyytyväisiä kotihoitoon", "Asiakastyytyväisyys, asteikko 1–5", "vähintään 4,2", "min", "4.2"),
    ("Hoitajien välitön työaika lisääntyy", "Välittömän työajan osuus, %", "vähintään 60 %", "min_pct", "60"),
    ("Sairauspoissaolot pysyvät kurissa", "Sairauspoissaoloprosentti", "enintään 6 %", "max_pct", "6"),
    ("Palvelutarpeen arviointi alkaa viipymättä", "Odotusaika arviointiin, vrk", "enintään 7 vrk", "max", "7"),
    ("Lääkehoito on turvallista", "Lääkepoikkeamat kuukaudessa", "enintään 5", "max", "5"),
]


def h26_text(kind, v):
    """How a controller types the figure (decimal comma; percents with a space)."""
    txt = str(v).replace(".", ",")
    return f"{txt} %" if kind.endswith("pct") else txt


def h26():
    b = Book("26", "kotihoito-kuusi-aluetta",
             "Home care in six districts, one unit sheet each, the same five measurable goals and one qualitative goal "
             "on every sheet (the same goal text on another sheet is no duplicate-goal), each sheet with its own way of "
             "writing the reviews: 'Arviointi 1–9 kk' | 'Arviointi 1–12 kk' with full-year figures (Keskusta) and with "
             "9-month figures only (Pohjoinen: forecasts), 'Toteuma tammi-kesä 2025' (short month names, interim), "
             "'Ennuste' as the only review column (interim), 'Toteuma 2025' merged over 'Q1/2025' … 'Q4/2025', and "
             "'Tilanne 30.9.2025' | 'Tilanne 31.12.2025'; typed labels kept on the qualitative rows.")
    layouts = {
        # sheet: (review headers as {col: text} or a band, values per goal {col: value}, the deciding column is interim?)
        "Keskusta": ("two", {"E": "Arviointi 1–9 kk", "F": "Arviointi 1–12 kk"},
                     [("4.0", "4.3"), ("58", "61"), ("6.5", "7.2"), ("8", "7"), ("6", "5")], False),
        "Pohjoinen": ("two", {"E": "Arviointi 1–9 kk", "F": "Arviointi 1–12 kk"},
                      [("3.9", None), ("59", None), ("8.5", None), ("6", None), ("7", None)], True),
        "Itä": ("one", {"E": "Toteuma tammi-kesä 2025"},
                [("4.4",), ("57",), ("5.5",), ("9",), ("5",)], True),
        "Etelä": ("one", {"E": "Ennuste"},
                  [("3.7",), ("62",), ("7.9",), ("7",), ("4",)], True),
        "Länsi": ("band", {"E": "Q1/2025", "F": "Q2/2025", "G": "Q3/2025", "H": "Q4/2025"},
                  [("4.0", "4.1", "4.2", "4.1"), ("55", "57", "59", None), ("6.0", "6.2", None, None),
                   ("9", "8", "7", "10"), ("3", None, None, None)], None),
        "Saaristo": ("two", {"E": "Tilanne 30.9.2025", "F": "Tilanne 31.12.2025"},
                     [("4.5", "3.8"), ("60", None), ("5.0", "8.1"), ("7", None), ("6", "5")], None),
    }
    manual_labels = {"Keskusta": "Vihreä", "Pohjoinen": "Keltainen", "Itä": "Punainen", "Etelä": "Keltainen",
                     "Länsi": "Vihreä", "Saaristo": "Punainen"}
    for name, (shape, reviews, values, interim) in layouts.items():
        ws = b.sheet(name, {"A": 40, "B": 24, "C": 30, "D": 18, "E": 14, "F": 14, "G": 14, "H": 14, "I": 12})
        review_cols = list(reviews)
        st = get_column_letter(column_index_from_string(review_cols[-1]) + 1)
        b.title(ws, 1, f"Kotihoito 2025 – {name}", st)
        b.put(ws, "A2", f"Tulosyksikkö: Kotihoito {name}", wrap=False)
        base = {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso"}
        if shape == "band":
            b.header(ws, 4, {**base, "E": "Toteuma 2025", st: "Värikoodi"}, ("A", "C", "D"), rows=2)
            for c in ["A", "B", "C", "D", st]:
                ws.merge_cells(f"{c}4:{c}5")
            ws.merge_cells(f"E4:{review_cols[-1]}4")
            b.sub(ws, 5, reviews)
            first = 6
        else:
            b.header(ws, 4, {**base, **reviews, st: "Värikoodi"}, ("A", "C", "D"))
            first = 5
        for i, ((goal, metric, target, kind, T), vals) in enumerate(zip(H26_GOALS, values)):
            r = first + i
            row = {"A": goal, "B": f"Kotihoidon esihenkilö, {name}", "C": metric, "D": target}
            for col, v in zip(review_cols, vals):
                if v is not None:
                    row[col] = h26_text(kind, v)
            filled = [(col, v) for col, v in zip(review_cols, vals) if v is not None]
            col, v = filled[-1]  # the latest review with a value decides
            if interim is None:  # band / two dated columns: only the last column is the year's end
                fc = col != review_cols[-1]
            else:
                fc = interim
            # arithmetic: expect((kind, T, v)) on the deciding figure; see the layouts table above
            status = expect((kind, T, v))
            b.goal(ws, r, row, status, st, calc=(kind, T, v), forecast=fc)
        r = first + len(H26_GOALS)
        b.goal(ws, r, {"A": "Kotiutuksen toimintamalli on käytössä", "B": f"Kotihoidon esihenkilö, {name}",
                       "C": "Toimintamallin kuvaus", "D": "Toimintamalli on kuvattu ja käytössä"},
               TYPED[manual_labels[name].lower()], st, typed=manual_labels[name], manual=True)
        b.span(ws, 4, r)
        b.issue("qualitative-target", name)
        if shape == "band":
            for code in ("missing-goal", "missing-metric", "missing-target"):
                b.no(code, name, 5)
    b.common(["duplicate-column", "duplicate-goal", "missing-goal", "missing-metric", "missing-target",
              "missing-responsible", "status-mismatch", "invalid-status", "invalid-number", "no-actual", "formula-error",
              "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h27  Catering and cleaning: 'Toteuma tammi–kesäkuu 2025' | 'Toteuma tammi–joulukuu 2025'; Toimintakate blocks
# ---------------------------------------------------------------------------------------------
def h27():
    b = Book("27", "ruoka-ja-puhtauspalvelut-tammi-joulukuu",
             "Catering and cleaning services (technical services), two sheets: 'Toteuma tammi–kesäkuu 2025' (interim) and "
             "'Toteuma tammi–joulukuu 2025' (actual) in one table (no duplicate-column; the full year decides where it "
             "holds a value); a block under the table with 'Toimintakate' +730 000 against Tulot - Menot = -730 000 "
             "(the other sign convention: consistent); on the second sheet a block after two blank rows with its "
             "figures in G, beyond the table's columns, and Netto -280 000 against Menot - Tulot = 270 000 "
             "(budget-mismatch).")
    ws = b.sheet("Ruokapalvelut", {"A": 42, "B": 22, "C": 34, "D": 20, "E": 16, "F": 16, "G": 11})
    sh, st = ws.title, "G"
    b.title(ws, 1, "Ruokapalvelut – palvelutuotantosopimus 2025", "G")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso",
                     "E": "Toteuma tammi–kesäkuu 2025", "F": "Toteuma tammi–joulukuu 2025", "G": "Värikoodi"},
             ("A", "C", "D"))
    # score at least 4,0: tammi–joulukuu 3,7 >= 3.6 -> yellow (tammi–kesäkuu 4,1 passed over); not a forecast
    b.goal(ws, 4, {"A": "Asiakkaat ovat tyytyväisiä ateriapalveluun", "B": "Ruokapalvelupäällikkö",
                   "C": "Asiakaskysely, asteikko 1–5", "D": "vähintään 4,0", "E": "4,1", "F": "3,7"},
           "yellow", st, calc=("min", "4.0", "3.7"))
    # at most 8 % (percent): only tammi–kesäkuu 9 <= 10 -> yellow; forecast
    b.goal(ws, 5, {"A": "Ruokahävikki pienenee", "B": "Keittiöpäällikkö", "C": "Biojätteen osuus valmistetusta ruoasta, %",
                   "D": "enintään 8 %", "E": "9 %"},
           "yellow", st, calc=("max_pct", 8, 9), forecast=True)
    # at least 60 %: tammi–joulukuu 63 -> green
    b.goal(ws, 6, {"A": "Kotimaisten raaka-aineiden osuus kasvaa", "B": "Ruokapalvelupäällikkö",
                   "C": "Kotimaisten raaka-aineiden osuus hankinnoista, %", "D": "vähintään 60 %", "E": "58 %",
                   "F": "63 %"},
           "green", st, calc=("min_pct", 60, 63))
    # at most 4,50 € (a cost per unit): 4,62 <= 4.50 / 0.9 = 5.00 -> yellow
    b.goal(ws, 7, {"A": "Ateriakustannus pysyy suunnitellussa", "B": "Talousasiantuntija", "C": "Kustannus / ateria, €",
                   "D": "enintään 4,50 €", "E": "4,48", "F": "4,62"},
           "yellow", st, calc=("max", "4.50", "4.62"))
    b.span(ws, 3, 7)
    b.row(ws, 8, {"A": "Talousarvio", "F": "TA 2025"}, bold=True, wrap=False)
    b.row(ws, 9, {"A": "Tulot", "F": EUR(2450000)}, wrap=False)
    b.row(ws, 10, {"A": "Menot", "F": EUR(3180000)}, wrap=False)
    b.row(ws, 11, {"A": "Toimintakate", "F": EUR(730000)}, wrap=False)  # 2 450 000 - 3 180 000 = -730 000: same size
    b.no("budget-mismatch", sh)
    for code in ("missing-goal", "missing-metric", "missing-target"):
        b.no_rows(code, sh, range(8, 12))

    ws2 = b.sheet("Puhtauspalvelut", {"A": 42, "B": 22, "C": 34, "D": 20, "E": 16, "F": 11, "G": 14})
    sh2 = ws2.title
    b.title(ws2, 1, "Puhtauspalvelut – palvelutuotantosopimus 2025", "F")
    b.header(ws2, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso",
                      "E": "Toteuma tammi–joulukuu 2025", "F": "Värikoodi"}, ("A", "C", "D"))
    # at least 95 %: 96 -> green
    b.goal(ws2, 4, {"A": "Siivous on sovitun laatuista", "B": "Puhtauspalvelupäällikkö", "C": "INSTA 800 -laatutaso, %",
                    "D": "vähintään 95 %", "E": "96 %"},
           "green", "F", calc=("min_pct", 95, 96))
    # score at least 4: 3,5 < 3.6 -> red
    b.goal(ws2, 5, {"A": "Tilojen käyttäjät ovat tyytyväisiä", "B": "Palveluesimies", "C": "Käyttäjäkysely, asteikko 1–5",
                    "D": "vähintään 4", "E": "3,5"},
           "red", "F", calc=("min", 4, "3.5"))
    b.span(ws2, 3, 5)
    b.row(ws2, 8, {"A": "Talousarvio", "G": "TA 2025"}, bold=True, wrap=False)
    b.row(ws2, 9, {"A": "Tulot", "G": EUR(40000)}, wrap=False)
    b.row(ws2, 10, {"A": "Menot", "G": EUR(310000)}, wrap=False)
    b.row(ws2, 11, {"A": "Netto", "G": EUR(-280000)}, wrap=False)  # 310 000 - 40 000 = 270 000 != 280 000 either sign
    b.issue("budget-mismatch", sh2)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error",
              "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h28  Swedish culture and leisure with no status column: the product adds 'Färgkod' at H
# ---------------------------------------------------------------------------------------------
def h28():
    b = Book("28", "svenska-kultur-fritid-utan-fargkod-lo",
             "A Swedish culture and leisure contract without a status column: 'Utfall 2024' (baseline, unused by these "
             "targets), 'Utfall januari–juni 2025' (interim) and 'Utfall januari–december 2025' (actual); the product "
             "adds the status column at H, right of the rightmost header G (its header and goal-row cells are owned); "
             "a count of events judged on the full-year figure (no projection), 'högst' at its T / 0.9 band, 'under 4 %' "
             "met; rewritten by LibreOffice.", writer="libreoffice")
    ws = b.sheet("Kultur och fritid", {"A": 40, "B": 22, "C": 30, "D": 22, "E": 12, "F": 16, "G": 16})
    sh, st = ws.title, "H"
    b.title(ws, 1, "Serviceavtal 2025 – Kultur och fritid", "G")
    b.header(ws, 3, {"A": "Mål", "B": "Ansvarig", "C": "Mätare", "D": "Målnivå", "E": "Utfall 2024",
                     "F": "Utfall januari–juni 2025", "G": "Utfall januari–december 2025"}, ("A", "C", "D"))
    b.own(ws, "H3")
    # score at least 4,2: januari–december 4,0 >= 3.78 -> yellow
    b.goal(ws, 4, {"A": "Kunderna är nöjda med biblioteket", "B": "Bibliotekschef", "C": "Kundenkät, skala 1–5",
                   "D": "minst 4,2", "E": "4,3", "F": "4,4", "G": "4,0"},
           "yellow", st, calc=("min", "4.2", "4.0"))
    # at least 120 (count of events): januari–december 124 -> green (the full year: no projection)
    b.goal(ws, 5, {"A": "Barn och unga har ett rikt kulturutbud", "B": "Kulturchef", "C": "Evenemang för barn",
                   "D": "minst 120 evenemang", "E": "118", "F": "70", "G": "124"},
           "green", st, calc=("min", 120, 124))
    # share at least 85 %: only januari–juni 82 < 83 -> red; forecast (a share is a level)
    b.goal(ws, 6, {"A": "Idrottshallarna används effektivt", "B": "Idrottschef", "C": "Beläggningsgrad, %",
                   "D": "minst 85 %", "E": "86 %", "F": "82 %"},
           "red", st, calc=("min_pct", 85, 82), forecast=True)
    # at most 10 days (count): 11 <= 10 / 0.9 = 11.11 -> yellow
    b.goal(ws, 7, {"A": "Simskolorna har korta köer", "B": "Simhallschef", "C": "Kötid, dagar", "D": "högst 10 dagar",
                   "E": "14", "G": "11"},
           "yellow", st, calc=("max", 10, 11))
    # strict 'under 4 %': 3,9 < 4 -> green
    b.goal(ws, 8, {"A": "Personalen mår bra", "B": "Kulturchef", "C": "Sjukfrånvaro, %", "D": "under 4 %",
                   "E": "4,4 %", "G": "3,9 %"},
           "green", st, calc=("lt_pct", 4, "3.9"))
    b.span(ws, 3, 8)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error",
              "ambiguous-actual", "missing-baseline"])
    return b


# ---------------------------------------------------------------------------------------------
# h29  Employment services: the contract year only in the sheet name ('Sopimus 2024'); strict and inclusive words
# ---------------------------------------------------------------------------------------------
def h29():
    b = Book("29", "tyollisyyspalvelut-vuosi-valilehden-nimesta",
             "Employment services (työllisyyspalvelut): the contract year is named only by the sheet name 'Sopimus 2024' "
             "(no year in the title, the review header is plain 'Toteuma'), so 'Tavoitetaso 2024' decides, not the later "
             "'Tavoitetaso 2025' (every row would get another colour from 2025); Finnish strict and inclusive words at "
             "their edges ('korkeintaan' met at equality, 'yli 75 %' and 'yli 1 500' missed at equality: yellow, 'alle "
             "10' at 10: yellow, at 11,2: red); 'Suunniteltu 18, toteutunut 14' read as 14; 'Ei toteutunut, 5 / 6 "
             "valmiina' red although 5 would meet 5.")
    ws = b.sheet("Sopimus 2024", {"A": 42, "B": 22, "C": 32, "D": 22, "E": 22, "F": 26, "G": 11})
    sh, st = ws.title, "G"
    b.title(ws, 1, "Työllisyyspalvelujen palvelutuotantosopimus", "G")
    b.put(ws, "A2", "Tavoitetasot kahdelle vuodelle; seurattava vuosi on välilehden nimessä.", wrap=False)
    b.header(ws, 4, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso 2024",
                     "E": "Tavoitetaso 2025", "F": "Toteuma", "G": "Värikoodi"}, ("A", "C", "D"))
    # at most 12 vk (2024): 11,5 -> green  (2025: 10 -> 11.5 > 11.11 red)
    b.goal(ws, 5, {"A": "Nuorten työttömyysjaksot lyhenevät", "B": "Nuorten palvelujen päällikkö",
                   "C": "Keskimääräinen työttömyysjakso, viikkoa", "D": "enintään 12 vk", "E": "enintään 10 vk",
                   "F": "11,5"},
           "green", st, calc=("max", 12, "11.5"))
    # 'korkeintaan' is inclusive: 3 <= 3 -> green  (2025: 2 -> 3 > 2.22 red)
    b.goal(ws, 6, {"A": "Asiakas pääsee nopeasti ensitapaamiseen", "B": "Palveluesimies",
                   "C": "Odotus ensitapaamiseen, pv", "D": "korkeintaan 3 pv", "E": "korkeintaan 2 pv", "F": "3"},
           "green", st, calc=("max", 3, 3))
    # 'yli' is strict: 75 is not > 75; yellow bound inclusive 75 >= 73 -> yellow; typed 'Keltainen' agrees
    # (2025: 78 -> 75 < 76 red)
    b.goal(ws, 7, {"A": "Palkkatuki johtaa työllistymiseen", "B": "Yrityspalvelujen päällikkö",
                   "C": "Palkkatuen jälkeen työllistyneiden osuus, %", "D": "yli 75 %", "E": "yli 78 %", "F": "75 %"},
           "yellow", st, calc=("gt_pct", 75, 75), typed="Keltainen")
    # 'alle' is strict: 10 is not < 10; yellow bound inclusive 10 <= 10 / 0.9 = 11.11 -> yellow  (2025: 8 -> red)
    b.goal(ws, 8, {"A": "Kuntouttavaan työtoimintaan pääsee ilman jonoa", "B": "Kuntouttavan työtoiminnan ohjaaja",
                   "C": "Jonossa olevat henkilöt", "D": "alle 10 henkilöä", "E": "alle 8 henkilöä", "F": "10"},
           "yellow", st, calc=("lt", 10, 10))
    # 'alle' 10: 11,2 > 11.11 -> red
    b.goal(ws, 9, {"A": "Valmennukset viedään loppuun", "B": "Valmennuspäällikkö", "C": "Keskeyttäneet valmennukset",
                   "D": "alle 10", "E": "alle 9", "F": "11,2"},
           "red", st, calc=("lt", 10, "11.2"))
    # the result word 'toteutunut' marks 14 among 18 and 14: 14 >= 13.5 -> yellow  (2025: 20 -> red)
    b.goal(ws, 10, {"A": "Työkokeilut tukevat paluuta työelämään", "B": "Palveluesimies", "C": "Toteutuneet työkokeilut",
                    "D": "vähintään 15 työkokeilua", "E": "vähintään 20 työkokeilua",
                    "F": "Suunniteltu 18, toteutunut 14"},
           "yellow", st, calc=("min", 15, 14))
    # negative phrase at the start -> red (5 / 6 against 5 would be green)
    b.goal(ws, 11, {"A": "Yritysyhteistyö vahvistuu", "B": "Yrityspalvelujen päällikkö",
                    "C": "Yhteistyösopimukset", "D": "5 sopimusta", "E": "6 sopimusta",
                    "F": "Ei toteutunut, 5 / 6 valmiina"},
           "red", st, calc=("negative", "ei toteutunut"))
    # 'yli' strict for a count: 1 500 is not > 1 500; 1 500 >= 1 350 -> yellow  (2025: 1 800 -> 1 500 < 1 620 red)
    b.goal(ws, 12, {"A": "Rekrytointimessut tavoittavat työnhakijat", "B": "Yrityspalvelujen päällikkö",
                    "C": "Messujen kävijät", "D": "yli 1 500 kävijää", "E": "yli 1 800 kävijää", "F": "1 500"},
           "yellow", st, calc=("gt", 1500, 1500))
    b.span(ws, 4, 12)
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error",
              "ambiguous-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# h30  Pro rata at four interim periods (m = 6, 8, 9, 4): counts that add up are projected, levels are not
# ---------------------------------------------------------------------------------------------
def h30():
    b = Book("30", "kertyvat-maarat-pro-rata",
             "Library, sports, culture and youth services, one sheet each with a single interim review column of another "
             "form: 'Toteuma H1/2025' (m = 6), 'Toteuma T2/2025' (m = 8), 'Tilanne 30.9.2025' (m = 9) and 'Toteuma "
             "1–4/2025' (m = 4); loans, visits, visitors, participants, courses and events add up over the year and are "
             "projected pro rata (count x 12 / m, the row's status is the projection's; each row would get another "
             "colour from the raw count, and several from another m); a score and a share beside them are judged as "
             "they are; every computed status is a forecast.")
    layouts = [
        ("Kirjasto", "Toteuma H1/2025", 6, [
            # loans per year: 285 000 x 12 / 6 = 570 000 >= 540 000 -> yellow (raw: red)
            ("Lainaus pysyy korkealla tasolla", "Lainat", "vähintään 600 000 lainaa vuodessa", "285 000",
             ("prorata", 600000, 285000, 6), "yellow"),
            # visits: 210 000 x 2 = 420 000 >= 400 000 -> green (raw: red)
            ("Kirjasto on kaupunkilaisten olohuone", "Kirjastokäynnit", "vähintään 400 000 käyntiä", "210 000",
             ("prorata", 400000, 210000, 6), "green"),
            # a score is a level: 4,0 >= 3.78 -> yellow
            ("Asiakkaat ovat tyytyväisiä", "Asiakaskysely, asteikko 1–5", "vähintään 4,2", "4,0",
             ("min", "4.2", "4.0"), "yellow"),
        ]),
        ("Liikunta", "Toteuma T2/2025", 8, [
            # visitors: 118 000 x 12 / 8 = 177 000 >= 162 000 -> yellow (m = 6 would give green; raw: red)
            ("Uimahalli houkuttelee kävijöitä", "Uimahallin kävijät", "vähintään 180 000 kävijää", "118 000",
             ("prorata", 180000, 118000, 8), "yellow"),
            # participants: 6 100 x 1.5 = 9 150 >= 9 000 -> green (raw: red)
            ("Ohjattu liikunta tavoittaa asukkaat", "Ohjattujen ryhmien osallistujat", "vähintään 9 000 osallistujaa",
             "6 100", ("prorata", 9000, 6100, 8), "green"),
            # a share is a level: 84 >= 83 -> yellow
            ("Liikuntapaikat ovat tehokkaassa käytössä", "Vuorojen käyttöaste, %", "vähintään 85 %", "84 %",
             ("min_pct", 85, 84), "yellow"),
        ]),
        ("Kulttuuri", "Tilanne 30.9.2025", 9, [
            # visitors: 36 000 x 12 / 9 = 48 000 >= 45 000 -> yellow (m = 8 would give green; raw: red)
            ("Näyttelyt houkuttelevat kävijöitä", "Näyttelyiden kävijät", "vähintään 50 000 kävijää", "36 000",
             ("prorata", 50000, 36000, 9), "yellow"),
            # courses per year: 80 x 12 / 9 = 106.67 < 108 -> red (m = 8 would give green)
            ("Taidekasvatus tavoittaa lapset", "Lasten taidekurssit", "vähintään 120 kurssia / vuosi", "80",
             ("prorata", 120, 80, 9), "red"),
        ]),
        ("Nuoriso", "Toteuma 1–4/2025", 4, [
            # visits: 19 000 x 3 = 57 000 >= 54 000 -> yellow (raw: red)
            ("Nuorisotilat ovat nuorten suosiossa", "Nuorisotilojen käynnit", "vähintään 60 000 käyntiä", "19 000",
             ("prorata", 60000, 19000, 4), "yellow"),
            # events: 14 x 3 = 42 >= 40 -> green (raw: red)
            ("Nuoret järjestävät omia tapahtumia", "Nuorten järjestämät tapahtumat", "vähintään 40 tapahtumaa", "14",
             ("prorata", 40, 14, 4), "green"),
        ]),
    ]
    for name, review, m, rows in layouts:
        ws = b.sheet(name, {"A": 42, "B": 24, "C": 30, "D": 30, "E": 18, "F": 11})
        st = "F"
        b.title(ws, 1, f"{name} – palvelutuotantosopimus 2025", "F")
        b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso", "E": review,
                         "F": "Värikoodi"}, ("A", "C", "D"))
        for i, (goal, metric, target, actual, calc, status) in enumerate(rows):
            b.goal(ws, 4 + i, {"A": goal, "B": f"{name}palvelujen päällikkö", "C": metric, "D": target, "E": actual},
                   status, st, calc=calc, forecast=True)
        b.span(ws, 3, 3 + len(rows))
    b.common(["duplicate-column", "missing-goal", "missing-metric", "missing-target", "missing-responsible",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual", "qualitative-target", "formula-error",
              "ambiguous-actual"])
    return b


README_HEAD = """# Sopimus test gallery 3 (second independent gallery)

Contract workbooks of services and places the first gallery (`test/gallery/`) did not cover: home care
(kotihoito), elderly care, social work, mental health services, culture, libraries, sports and youth services,
technical and environmental services, disability services, wellbeing services counties (hyvinvointialue), and
Swedish- and English-language contracts. They exercise domain.md's section "Periods, several columns, and figures
in free text": quarter, half-year, tertile and month-name reviews (also as header bands under a merged group title),
several review columns on one row, several target columns by year, years inside texts, negative and delayed
phrases, several figures in one actual with and without a result word, progress shares that contradict a measured
status, Excel error values, typed status words and symbols, relative targets with and without a baseline,
strict and inclusive words, budget blocks away from the labels, and the Omistaja / Ägare / Owner / Vastaava /
Vastuuhenkilö(t) responsible headers; plus seed 004 (Helsinki TA-seuranta 2020) typed as a controller would.

Each `hNN-*.xlsx` has `hNN-*.expected.json` beside it in the format of the first gallery (goals with status,
forecast and manual; unread rows; issues that must be there; false alarms that must not; fill rate; private share;
the only cells a refresh may change). `gallery3.test.ts` runs them with the first gallery's harness: it loads the
workbook, runs the engine's `refresh`, and compares.

**The expectations were derived from `/work/shared/docs/domain.md` and `cli-contract.md` only, by a helper who did
not read the engine's source or its tests.** Each row's arithmetic is a comment next to it in `make_gallery3.py`
and is re-checked there by `expect`, a restatement of domain.md's status tables; every written file is re-read with
openpyxl (merged cells resolved) to confirm its goal, metric and target cells, that every non-blank row inside a
table span is a header, section or goal row, the typed status texts, and the Excel error values LibreOffice cached.
Where domain.md leaves a case open, the workbooks avoid it or assert nothing about it (see below).

Regenerate (Debian's python3-openpyxl; LibreOffice for the `-lo` files):

    /usr/bin/python3 test/gallery3/make_gallery3.py

Running it twice gives the same `.expected.json` files; workbook bytes may differ by timestamps.

## Workbooks

"""

README_TAIL = """
## Readings this gallery takes from domain.md (check these first if a row is disputed)

- **Pro rata** (h01 row 9, h20 rows 5–6, h30): a yearly count of visits / visitors / performances at an interim review
  is projected × 12 / m and the row's status is the projection's; m = 6 for 'tammi–kesäkuu', 8 for 'tammi–elokuu'
  (domain.md names 'tammi–kesäkuu' → 6; 'tammi–elokuu' → 8 is the same rule); in h30 H1 → 6, T2 → 8 and
  'Tilanne 30.9.' → 9 as domain.md lists them, and '1–4/2025' → 4. Levels (scores, shares, a queue in days,
  opening hours a week, a course fill rate in %) are judged as they are (h01, h20 rows 7–9), even where the text
  names courses or visits (h20 row 9 'Kurssipaikkojen täyttöaste, %' is a share). Rows in tables with several
  period columns hold only levels, so whether a quarter's figure is cumulative never matters.
- **Forecast flag:** a status decided by a phrase ('Viivästyy', 'Siirtyy', 'Delayed', 'Försenad', 'Not started',
  'Ei käynnistynyt') in an interim column is a forecast (`forecast: true`): "the status is a forecast unless that
  column is actual". A manual status is never a forecast, also in an interim-only table (h01 row 11).
- **Relative targets on a percent baseline** ('kasvaa 5 %' on 80 % → 84 %, 'vähenee 10 %' on 6,0 % → 5,4 %):
  relative, as domain.md says ("for a baseline in percent too"); whether the yellow band is then the percent band
  (2 pp) or the count band (0.9 / ÷ 0.9) is not said, so the actuals sit where both give the same colour
  (asserted in `expect`). The same for '%-yksikköä' (h15 row 6).
- **An Excel error in any target or review cell** gives the row no status, even when another review column holds a
  good figure (h11 rows 5–6): "the row gets no status". The issue's cell is the error cell.
- **A target whose only number is a year** ('Meluselvitys päivitetty vuonna 2025', h14 row 10) is qualitative:
  "years in free text are never values".
- **Contract year:** from the title (h06), the sheet name when the title has none (h29 'Sopimus 2024': the 2024
  targets decide over the later 2025 ones), the review headers when neither the title nor the sheet name has one
  (h07: targets 2025 | 2026, the 2025 column decides), else the latest target year (h21: no year anywhere but the
  target headers).
- **Strict words at equality** ('under 5 %' with 5 %, 'less than 10 %' with 10 %, 'yli 75 %' with 75 %, 'alle 10'
  with 10, 'yli 1 500' with 1 500) are yellow: the green edge moves,
  the yellow bound is inclusive.
- **Status words typed in the status column** (✓ ✗ ☺ ☹, Toteutuu, Toteutunut, Osittain, Osittain toteutunut, Kesken,
  Ei toteudu, Uppnås, Delvis, Uppnås inte, Achieved, Partly) are status words: no invalid-status, kept as manual on
  a qualitative row, compared (status-mismatch) on a measurable one; 'hyvä' is no status word (h16).
- **'Ennuste' as the only review column** is the interim review (h26 'Etelä'): every computed status there is a
  forecast.
- **Budget blocks** take the first numeric cell right of the label: the blocks here have only blank cells between
  the label and the figure in F. A block above the first header (h12) is outside any table; a block label right
  under the goal rows ends the table (h05, h27); a block after two blank rows may have its labels in B (h12) or its
  figures in G, right of every table column (h27). 'Toimintakate' is Netto; either sign convention is consistent.
- **Empty LibreOffice custom properties** are not content: `unsupported-content` is asserted absent in every
  workbook (also for the Excel table object in h06, whose part a part-by-part writer copies).

## Cases domain.md leaves open, which the gallery avoids or does not assert

- **Mixed progress shares beside a red measured status** (seed 004 'valittu 40 %, toteutettu 30 %' with shares
  30 / 40 / 30, h10 row 16): whether that "contradicts" the shares is open; only TEHTY 100 % against red and
  TEKEMÄTTÄ 100 % against green are asserted as progress-conflict.
- **A typed 'Ennuste' column beside a review column** (h20): whether it counts for duplicate-column is not said;
  duplicate-column is not asserted in h20.
- **A budget block that cannot be read** (a Netto with no figure): whether a block outside a goal table (after two
  blank rows) gets unread-row is not clear ("like any other row", but unread-row is defined inside a table); not
  used: every block here is readable.
- **A #N/A target** (h11 row 7): whether it is also missing-target is not asserted.
- **none rows from ambiguity** (h09 row 10, h13 row 9, h25 row 7): no-actual is not asserted either way.
- **Row-level issue cells** (status-mismatch, missing-responsible, ambiguous-actual, progress-conflict,
  missing-baseline, budget-mismatch, forecast-mismatch): only the sheet is asserted, with per-row `absent` entries
  pinning the rows that must not have it; cells are asserted only for formula-error (the error cell) and
  invalid-status (the status cell).
- **Swedish relative and direction words** ('ökar', 'minskar') are not in domain.md: not used. Swedish and English
  strict/inclusive words are the ones domain.md lists (under, över, högst, minst; less than, more than, at most,
  at least).
- **Decimal points in English texts** are used only where they cannot read as a day.month date (4.25, 3.85 as real
  numbers); shares in English sheets are real numbers with a percent format.
- **A qualitative target with a progress word in its actual**, and a typed status on a measurable row whose computed
  status is none, are not used (as in the first gallery).
- **Counts that add up in a table with several period columns** (is a Q2 figure that quarter's or the year's so
  far?): not used. A single interim column (h30) is read as the count so far, as domain.md's m implies; the
  month ranges of h28 ('januari–juni', 'januari–december') are cumulative by their words.
- **'at most' for a count:** domain.md states the yellow band T / 0.9; the rows at that band (h03 row 7: 33 against
  30; h25 row 9: 27 against 25; h24 row 6: 15 against 14) are yellow under 1.1 T as well.
"""


def write_readme(books):
    lines = [README_HEAD.rstrip("\n"), "", "| file | writer | goal rows | what it tests |", "|---|---|---|---|"]
    for bk in books:
        lines.append(f"| `{bk.name}.xlsx` | {bk.writer} | {len(bk.goals)} | {bk.description} |")
    lines += ["", f"{sum(len(bk.goals) for bk in books)} goal rows in {len(books)} workbooks "
                  f"({sum(1 for bk in books if bk.writer == 'libreoffice')} rewritten by LibreOffice).", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + README_TAIL)
    # the project's lint runs prettier --check over test/: format the table the way prettier writes it
    root = os.path.dirname(os.path.dirname(HERE))
    if shutil.which("npx") and os.path.isdir(os.path.join(root, "node_modules", "prettier")):
        subprocess.run(["npx", "prettier", "--write", os.path.join(HERE, "README.md")], cwd=root, check=True,
                       capture_output=True, timeout=300)


BOOKS = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21, h22, h23, h24, h25, h26, h27, h28, h29, h30]


def main():
    pattern = re.compile(r"^h\d+-.*\.(xlsx|expected\.json)$")
    for f in os.listdir(HERE):
        if pattern.match(f):
            os.remove(os.path.join(HERE, f))
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: install libreoffice-calc to write the -lo workbooks")
    profile = tempfile.mkdtemp(prefix="gallery3-lo-")
    try:
        books = []
        for fn in BOOKS:
            bk = fn()
            bk.save(profile)
            books.append(bk)
            print(f"{bk.name}.xlsx  {bk.writer:11s} {len(bk.goals):2d} goal rows")
        print(f"{sum(len(bk.goals) for bk in books)} goal rows in {len(books)} workbooks")
        write_readme(books)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
