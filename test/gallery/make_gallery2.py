#!/usr/bin/python3
"""Independent test gallery for Sopimus, second batch (g29 onward).

Writes contract workbooks the way people in Finnish (and Swedish-speaking) city finance offices lay
them out, each with `<name>.expected.json` beside it, in the same format as the first batch
(make_gallery.py). Every expectation was worked out by hand from /work/shared/docs/domain.md and
cli-contract.md only, by someone who did not read the engine's source or tests and did not run the
product. The arithmetic for each status is written next to its row and re-checked by
`expect_status` (the first batch's restatement of domain.md's tables, imported) plus the one
extra kind this batch needs (`gt`, "more than T" for a count).

Run:  /usr/bin/python3 test/gallery/make_gallery2.py
Needs Debian's python3-openpyxl; workbooks named `*-lo.xlsx` are rewritten by LibreOffice.
It writes only g29 onward and its own section at the end of README.md (replacing an earlier copy
of that section); make_gallery.py rewrites its own part of README.md and its own g01–g28 files; run this script
after it.
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal as D

import openpyxl
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # importing make_gallery must leave no __pycache__ in the gallery
sys.path.insert(0, HERE)
from make_gallery import (  # noqa: E402  pure helpers of the first batch
    FILLS, LABELS, NBSP, V, compare_lo, compress, expect_status, first_words, private_share, q2, series_mean, text_of,
)

FIRST = 29
README_MARK = "## Second batch (g29 onward)"


def expect(calc):
    """domain.md's status tables: the first batch's kinds, plus 'more than T' for a count."""
    if calc[0] == "gt":  # more than T (count): A > T green; yellow "as above" (at least, count): A >= 0.9 T
        T, A = D(calc[1]), D(calc[2])
        assert A != T, "more-than at equality avoided"
        return "green" if A > T else "yellow" if A >= D("0.9") * T else "red"
    return expect_status(calc)


def label_of(typed):
    """The status a typed text names (any of the three languages), or None."""
    return LABELS.get(typed.strip().lower()) if isinstance(typed, str) else None


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
        assert int(num) >= FIRST
        self.name = f"g{num}-{slug}"
        self.description = description
        self.writer = writer
        self.wb = openpyxl.Workbook()
        self._fresh = True
        self.goals, self.unread, self.issues, self.absent = [], [], [], []
        self.fill_rate = None
        self.private = None
        self.owned_cells = {}
        self.owned_ranges = []
        self.marks = {}
        self.spans = []
        self.cols = {}
        self.may_lack = {}
        self.typed = {}  # (sheet,row) -> (ref, text) typed into the status column
        self.cached = []  # (sheet, ref, value) formula results LibreOffice must have cached
        self.extra_checks = []

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

    def goal(self, ws, r, values, status, st, forecast=False, typed=None, fill_only=None, manual=False, calc=None,
             lacks=(), goal_text=None):
        """A goal row; `st` is the status column (existing or added), whose cell on the row is owned."""
        self.row(ws, r, values)
        if typed is not None:
            lab = label_of(typed)
            fill = FILLS.get(lab) if lab and typed.strip()[0].isupper() and typed.strip()[1:].islower() else None
            self.put(ws, f"{st}{r}", typed, fill=fill, wrap=False)
            self.typed[(ws.title, r)] = (f"{st}{r}", typed)
        if fill_only is not None:
            assert typed is None
            ws[f"{st}{r}"].fill = PatternFill("solid", fgColor=FILLS[fill_only])
            assert fill_only == status, "a fill-only cell is used only where its colour agrees with the computed status"
        if manual:
            assert calc is None and label_of(typed) == status, "a manual status is the typed one"
        elif calc is not None:
            got = expect(calc)
            assert got == status, f"{self.name} {ws.title}!{r}: hand status {status}, tables say {got} for {calc}"
        else:
            assert status == "none", f"{self.name} {ws.title}!{r}: a computed status needs its arithmetic"
        if status == "none":
            assert not forecast
        gc = self.cols[ws.title][0]
        text = goal_text if goal_text is not None else values.get(gc, "")
        g = {"sheet": ws.title, "row": r, "goal": first_words(text) if text else "", "status": status, "forecast": forecast}
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

    def common(self, extra=(), sheets=None):
        """The alarms no workbook here may raise; per sheet where a sheet holds no goal table on purpose."""
        for code in ["no-goal-table", "missing-column"]:
            if sheets is None:
                self.no(code)
            else:
                for s in sheets:
                    self.no(code, s)
        self.no("unreadable-file")
        for code in extra:
            self.no(code)

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


def self_check(book, path):
    """Re-read the written file and check the expectations against it, row by row."""
    wb = openpyxl.load_workbook(path)
    for g in book.goals:
        ws = wb[g["sheet"]]
        gc, mc, tc = book.cols[g["sheet"]]
        lacks = book.may_lack.get((g["sheet"], g["row"]), set())
        for key, col in (("goal", gc), ("metric", mc), ("target", tc)):
            present = text_of(merged_value(ws, f"{col}{g['row']}")) != ""
            assert present != (key in lacks), (book.name, g, key)
        if g["goal"]:
            assert text_of(merged_value(ws, f"{gc}{g['row']}")).startswith(g["goal"]), (book.name, g)
    for u in book.unread:
        ws = wb[u["sheet"]]
        gc, mc, tc = book.cols[u["sheet"]]
        assert all(text_of(merged_value(ws, f"{c}{u['row']}")) == "" for c in (gc, mc, tc)), (book.name, u)
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
    if book.cached:
        wv = openpyxl.load_workbook(path, data_only=True)
        for sheet, ref, value in book.cached:
            got = wv[sheet][ref].value
            assert got is not None and abs(float(got) - float(value)) < 1e-9, (book.name, sheet, ref, got, value)
    for check in book.extra_checks:
        check(wb)


def rate(places, full, part):
    """rate % = 100 x (full x 1.0 + part x 0.5) / places (domain.md's default coefficients)."""
    return D(100) * (D(full) + D(part) * D("0.5")) / D(places)


def small_goal_table(b, ws, title, st="E"):
    """Two goal rows above a fill-rate or production table, so every sheet holds a goal table."""
    b.title(ws, 1, title, "E")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "E": "Värikoodi"}, ("A", "B", "C"))
    # score 4: 4,4 -> green
    b.goal(ws, 4, {"A": "Huoltajat ovat tyytyväisiä", "B": "Huoltajakysely, asteikko 1–5",
                   "C": "Tavoitetaso 4 (asteikolla 1-5)", "D": "4,4"},
           "green", st, calc=("min", 4, "4.4"))
    # at least 15 %: 12 < 13 -> red
    b.goal(ws, 5, {"A": "Henkilöstö on osaavaa", "B": "Koulutetun henkilöstön osuus, %", "C": "vähintään 15 %", "D": "12 %"},
           "red", st, calc=("min_pct", 15, 12))
    b.span(ws, 3, 5)


# ---------------------------------------------------------------------------------------------
# g29  A long title block; the header in row 25 in upper case, with a colon, NBSP, trailing space
# ---------------------------------------------------------------------------------------------
def g29():
    b = Book("29", "otsikkolohko-rivi25",
             "A 23-row title block (city, unit, parties, a merged instructions paragraph naming the columns Tavoite, Mittari, "
             "Tavoitetaso and the status words, a purpose paragraph) with the header in row 25 written as people type it: "
             "'TAVOITE ' (trailing space), 'KEINOT', 'VASTUUHENKILÖ', 'MITTARI', 'Tavoitetaso:' (colon), "
             "'Toteutunut<NBSP>31.12.2025', 'VÄRIKOODI'; an autofilter, frozen panes and print titles on the header row.")
    ws = b.sheet("Sopimus 2025", {"A": 38, "B": 32, "C": 20, "D": 30, "E": 26, "F": 18, "G": 12})
    sh = ws.title
    cols = ("A", "D", "E")
    st = "G"
    b.put(ws, "A1", "PORIN KAUPUNKI – Sivistystoimiala", bold=True, wrap=False)
    b.title(ws, 2, "PALVELUTUOTANTOSOPIMUS 2025", "G", size=14)
    b.put(ws, "A4", "Toimiala: Sivistystoimiala", wrap=False)
    b.put(ws, "A5", "Palvelualue: Varhaiskasvatus", wrap=False)
    b.put(ws, "A6", "Tulosyksikkö: Päiväkoti Satakieli", wrap=False)
    b.put(ws, "A7", "Sopimuskausi: 1.1.–31.12.2025", wrap=False)
    b.put(ws, "A9", "Sopimuksen osapuolet", bold=True, wrap=False)
    b.put(ws, "A10", "Palvelualuejohtaja Leena Virtanen ja päiväkodinjohtaja Outi Mäkelä", wrap=False)
    b.put(ws, "A12", "Ohjeet täyttäjälle", bold=True, wrap=False)
    b.put(ws, "A13", "Kirjaa jokaiselle tavoitteelle mittari ja tavoitetaso. Sarakkeet Tavoite, Mittari ja Tavoitetaso ovat "
                     "pakollisia. Toteuma kirjataan 12 kuukauden arvioinnissa sarakkeeseen Toteutunut 31.12.2025. Värikoodi "
                     "päivittyy tarkistuksessa: Vihreä = toteutunut, Keltainen = osittain toteutunut, Punainen = ei toteutunut.")
    ws.merge_cells("A13:G13")
    ws.row_dimensions[13].height = 60
    b.put(ws, "A14", "Luvut kirjataan desimaalipilkulla (esim. 98,5 %) ja päivämäärät muodossa pp.kk.vvvv.")
    ws.merge_cells("A14:G14")
    b.put(ws, "A15", "Hyväksytty johtoryhmässä 10.12.2024.", wrap=False)
    b.put(ws, "A17", "Sopimuksen tarkoitus", bold=True, wrap=False)
    b.put(ws, "A18", "Tämä palvelutuotantosopimus täydentää sivistystoimialan operatiivista sopimusta. Siinä sovitaan "
                     "päiväkodin toiminnalliset tavoitteet, niiden mittarit ja tavoitetasot sekä seurannan aikataulu. "
                     "Sopimuksen toteutumista arvioidaan 9 ja 12 kuukauden kohdalla.")
    ws.merge_cells("A18:G18")
    ws.row_dimensions[18].height = 45
    b.put(ws, "A20", "Resurssit ja talous on kuvattu liitteessä 2.", wrap=False)
    b.put(ws, "A23", "1. Toiminnalliset tavoitteet", bold=True, wrap=False)
    b.header(ws, 25, {"A": "TAVOITE ", "B": "KEINOT", "C": "VASTUUHENKILÖ", "D": "MITTARI", "E": "Tavoitetaso:",
                      "F": f"Toteutunut{NBSP}31.12.2025", "G": "VÄRIKOODI"}, cols)
    # at least 90 %: 92 -> green; typed Vihreä agrees
    b.goal(ws, 26, {"A": "Lapset osallistuvat toiminnan suunnitteluun", "B": "Lasten kokoukset joka ryhmässä kerran kuussa",
                    "C": "Päiväkodinjohtaja", "D": "Ryhmät, joissa lasten kokous, %", "E": "vähintään 90 %", "F": "92 %"},
           "green", st, typed="Vihreä", calc=("min_pct", 90, 92))
    # score 4: 3,8 >= 3.6 -> yellow
    b.goal(ws, 27, {"A": "Huoltajat ovat tyytyväisiä varhaiskasvatukseen", "B": "Vasu-keskustelut kaikkien perheiden kanssa",
                    "C": "Varajohtaja", "D": "Huoltajakysely, asteikko 1–5", "E": "Tavoitetaso 4 (asteikolla 1-5)", "F": "3,8"},
           "yellow", st, calc=("min", 4, "3.8"))
    # at most 5 %: 6,4 <= 7 -> yellow
    b.goal(ws, 28, {"A": "Henkilöstön sairauspoissaolot pysyvät matalina", "B": "Varhainen tuki ja työnohjaus",
                    "C": "Päiväkodinjohtaja", "D": "Sairauspoissaolot, %", "E": "enintään 5 %", "F": "6,4 %"},
           "yellow", st, calc=("max_pct", 5, "6.4"))
    # at least 3 (count): 2,5 < 2.7 -> red
    b.goal(ws, 29, {"A": "Henkilöstö osallistuu täydennyskoulutukseen", "B": "Koulutussuunnitelma", "C": "Varajohtaja",
                    "D": "Koulutuspäivät henkilöä kohden", "E": "vähintään 3 päivää", "F": "2,5 päivää"},
           "red", st, calc=("min", 3, "2.5"))
    # qualitative -> none
    b.goal(ws, 30, {"A": "Pedagoginen dokumentointi on osa arkea", "B": "Dokumentoinnin mallit tiimeille",
                    "C": "Päiväkodinjohtaja", "D": "Dokumentointikäytäntö",
                    "E": "Dokumentointi on vakiintunut kaikissa ryhmissä", "F": "Käytössä viidessä ryhmässä kuudesta"},
           "none", st)
    # at least 30: 34 -> green
    b.goal(ws, 31, {"A": "Ulkoilu ja retkeily lisääntyvät", "B": "Metsäretket viikoittain", "C": "Ryhmien opettajat",
                    "D": "Metsäretket ryhmää kohden vuodessa", "E": "vähintään 30 retkeä", "F": "34 retkeä"},
           "green", st, calc=("min", 30, 34))
    b.span(ws, 25, 31)
    ws.auto_filter.ref = "A25:G31"
    ws.freeze_panes = "A26"
    ws.print_title_rows = "25:25"
    b.issue("qualitative-target", sh)
    b.no_rows("status-mismatch", sh, [26])
    b.common(["duplicate-column", "missing-responsible", "missing-goal", "missing-metric", "missing-target",
              "status-mismatch", "invalid-status", "invalid-number", "no-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# g30  Header words broken with a hyphen inside the word; 'Osio' only on a section's first row;
#      direction targets against 'Toteutunut 2024'
# ---------------------------------------------------------------------------------------------
def g30():
    b = Book("30", "tavutetut-otsikot-suunta",
             "Header words hyphen-broken inside the word as seed 002 writes them ('Tavoite-/taso' must read as target, not "
             "as a second goal column; 'Vastuu-/henkilö', 'Väri-/koodi'), 'Toteutunut/2024' (baseline) and "
             "'Toteutunut/31.12.2025' (actual); an 'Osio' column filled only on each section's first row; direction targets "
             "'kasvaa edellisvuodesta', 'lisääntyy' (up, unchanged within 1 %) and 'vähenee' (down), a wrong typed status.")
    ws = b.sheet("Tavoitteet", {"A": 14, "B": 36, "C": 20, "D": 30, "E": 34, "F": 13, "G": 13, "H": 10})
    sh = ws.title
    cols = ("B", "D", "E")
    st = "H"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Kaupunginkirjasto", "H")
    b.header(ws, 3, {"A": "Osio", "B": "Tavoite", "C": "Vastuu-\nhenkilö", "D": "Mittari", "E": "Tavoite-\ntaso",
                     "F": "Toteutunut\n2024", "G": "Toteutunut\n31.12.2025", "H": "Väri-\nkoodi"}, cols)
    N = lambda x: V(x, "#,##0")
    # up: 412 000 -> 428 500 is +4.0 % -> green; typed Vihreä agrees
    b.goal(ws, 4, {"A": "Asiakkuus", "B": "Lainaus kasvaa", "C": "Kirjastonjohtaja", "D": "Lainausten määrä",
                   "E": "Lainausten määrä kasvaa edellisvuodesta", "F": N(412000), "G": N(428500)},
           "green", st, typed="Vihreä", calc=("dir", "up", 412000, 428500))
    # up: 181 200 -> 179 900 is -0.72 %: unchanged (within 1 %) -> yellow
    b.goal(ws, 5, {"B": "Kävijämäärä lisääntyy", "C": "Kirjastonjohtaja", "D": "Kävijät", "E": "Kävijämäärä lisääntyy",
                   "F": N(181200), "G": N(179900)},
           "yellow", st, calc=("dir", "up", 181200, 179900))
    # up: 52 300 -> 54 100 is +3.4 % -> green (lisääntyy, baseline lower, actual higher)
    b.goal(ws, 6, {"B": "Kirjastokortteja on yhä useammalla", "C": "Asiakaspalvelupäällikkö", "D": "Voimassa olevat kirjastokortit",
                   "E": "Kirjastokorttien määrä lisääntyy", "F": N(52300), "G": N(54100)},
           "green", st, calc=("dir", "up", 52300, 54100))
    # up: 95 000 -> 88 400 is -6.9 % -> wrong way -> red; typed Keltainen -> status-mismatch
    b.goal(ws, 7, {"B": "Verkkopalvelujen käyttö kasvaa", "C": "Verkkopalvelupäällikkö", "D": "Verkkokäynnit",
                   "E": "Verkkokäyntien määrä kasvaa edellisvuodesta", "F": N(95000), "G": N(88400)},
           "red", st, typed="Keltainen", calc=("dir", "up", 95000, 88400))
    # down: 14,2 -> 12,9 is -9.2 % -> green
    b.goal(ws, 8, {"A": "Henkilöstö", "B": "Sairauspoissaolot vähenevät", "C": "Henkilöstöpäällikkö",
                   "D": "Sairauspoissaolopäivät / henkilötyövuosi", "E": "Sairauspoissaolopäivien määrä vähenee",
                   "F": V(14.2, "0.0"), "G": V(12.9, "0.0")},
           "green", st, calc=("dir", "down", "14.2", "12.9"))
    # at least 15 %: 16 -> green (the baseline column is not used)
    b.goal(ws, 9, {"B": "Henkilöstö osallistuu koulutukseen", "C": "Henkilöstöpäällikkö", "D": "Koulutetun henkilöstön osuus, %",
                   "E": "vähintään 15 %", "F": "11 %", "G": "16 %"},
           "green", st, calc=("min_pct", 15, 16))
    # down: 8 -> 9 is +12.5 % -> wrong way -> red
    b.goal(ws, 10, {"B": "Työtapaturmat vähenevät", "C": "Työsuojelupäällikkö", "D": "Työtapaturmien määrä",
                    "E": "Työtapaturmien määrä vähenee", "F": 8, "G": 9},
           "red", st, calc=("dir", "down", 8, 9))
    b.span(ws, 3, 10)
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [4, 5, 6, 8, 9, 10])
    b.common(["duplicate-column", "missing-responsible", "unread-row", "missing-goal", "missing-metric", "missing-target",
              "invalid-status", "no-actual", "qualitative-target", "invalid-number"])
    return b


# ---------------------------------------------------------------------------------------------
# g31  A goal merged down over several rows, each row with its own metric and target
# ---------------------------------------------------------------------------------------------
def g31():
    b = Book("31", "tavoite-yhdistetty-riveille",
             "A goal cell (with its means and responsible cells) merged down over two and three rows, each row with its own "
             "metric, target and actual: every row is a goal row taking the goal from the merge (no missing-goal, no "
             "missing-responsible, no duplicate-goal); the 'Osio' section merged down too; a goal text typed twice on "
             "separate rows is a duplicate-goal.")
    ws = b.sheet("Tavoitteet 2025", {"A": 14, "B": 34, "C": 30, "D": 22, "E": 30, "F": 26, "G": 12, "H": 10})
    sh = ws.title
    cols = ("B", "E", "F")
    st = "H"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Perhepalvelut", "H")
    b.header(ws, 3, {"A": "Osio", "B": "Tavoite", "C": "Keinot", "D": "Vastuutaho", "E": "Mittari", "F": "Tavoitetaso",
                     "G": "Toteuma", "H": "Värikoodi"}, cols)
    g1 = "Asiakkaat saavat palvelun ajallaan"
    b.row(ws, 4, {"A": "Asiakkuus", "B": g1, "C": "Sähköinen ajanvaraus ja takaisinsoitto", "D": "Palvelupäällikkö"})
    for rng in ("A4:A8", "B4:B5", "C4:C5", "D4:D5"):
        ws.merge_cells(rng)
    # at most 14 (count): 12 -> green
    b.goal(ws, 4, {"E": "Jonotusaika, vrk", "F": "enintään 14 vrk", "G": "12 vrk"},
           "green", st, calc=("max", 14, 12), goal_text=g1)
    # at least 90 %: 86 < 88 -> red
    b.goal(ws, 5, {"E": "Takaisinsoitot samana päivänä, %", "F": "vähintään 90 %", "G": "86 %"},
           "red", st, calc=("min_pct", 90, 86), goal_text=g1)
    g2 = "Palvelut tavoittavat lapsiperheet"
    b.row(ws, 6, {"B": g2, "C": "Perhetapahtumat kaikilla alueilla", "D": "Perhetyön koordinaattori"})
    for rng in ("B6:B8", "C6:C8", "D6:D8"):
        ws.merge_cells(rng)
    # at least 20: 19 >= 18 -> yellow
    b.goal(ws, 6, {"E": "Perhetapahtumien määrä", "F": "vähintään 20 tapahtumaa", "G": "19"},
           "yellow", st, calc=("min", 20, 19), goal_text=g2)
    # at least 400: 412 -> green
    b.goal(ws, 7, {"E": "Osallistuneet perheet", "F": "vähintään 400 perhettä", "G": "412"},
           "green", st, calc=("min", 400, 412), goal_text=g2)
    # score 4: 4,4 -> green
    b.goal(ws, 8, {"E": "Tyytyväisyys, asteikko 1–5", "F": "Tavoitetaso 4 (asteikolla 1-5)", "G": "4,4"},
           "green", st, calc=("min", 4, "4.4"), goal_text=g2)
    b.put(ws, "A9", "Henkilöstö")
    ws.merge_cells("A9:A11")
    # at most 4 %: 4,5 <= 6 -> yellow
    b.goal(ws, 9, {"B": "Henkilöstö voi hyvin", "C": "Työnohjaus", "D": "Esihenkilöt", "E": "Sairauspoissaolot, %",
                   "F": "enintään 4 %", "G": "4,5 %"},
           "yellow", st, calc=("max_pct", 4, "4.5"))
    # at least 3: 3,2 -> green
    b.goal(ws, 10, {"B": "Henkilöstö on osaavaa", "C": "Koulutussuunnitelma", "D": "Esihenkilöt",
                    "E": "Koulutuspäivät henkilöä kohden", "F": "vähintään 3 päivää", "G": "3,2"},
           "green", st, calc=("min", 3, "3.2"))
    # the same goal text typed again on its own row -> duplicate-goal; at least 15 %: 9 < 13 -> red
    b.goal(ws, 11, {"B": "Henkilöstö on osaavaa", "C": "Täydennyskoulutus", "D": "Esihenkilöt",
                    "E": "Koulutetun henkilöstön osuus, %", "F": "vähintään 15 %", "G": "9 %"},
           "red", st, calc=("min_pct", 15, 9))
    b.span(ws, 3, 11)
    b.issue("duplicate-goal", sh)
    b.no_rows("duplicate-goal", sh, [4, 5, 6, 7, 8, 9])
    b.no_rows("missing-goal", sh, range(4, 12))
    b.no_rows("missing-responsible", sh, range(4, 12))
    b.common(["unread-row", "duplicate-column", "missing-metric", "missing-target", "status-mismatch", "invalid-status"])
    return b


# ---------------------------------------------------------------------------------------------
# g32  Swedish-speaking city: interim review 'Utfall 1–8/2025', J/N portfolio flags
# ---------------------------------------------------------------------------------------------
def g32():
    b = Book("32", "svenska-delrapport",
             "Vaasa/Vasa contract fully in Swedish (Mål, Åtgärder, Ansvarig, Portfölj (J/N), Mätare, Målnivå 2025, "
             "Utfall 1–8/2025, Färgkod): 'Utfall 1–8/2025' ends before the year's end, so every status is a forecast; "
             "targets 'minst 4 (skala 1–5)', 'minst 98,5 %', 'högst 5 %', 'under 14 dagar'; typed Grön/Gul/Röd (one "
             "mismatch); J/N flags with a lower-case 'n' and an invalid 'x'.")
    ws = b.sheet("Mål 2025", {"A": 34, "B": 28, "C": 20, "D": 10, "E": 30, "F": 22, "G": 14, "H": 10})
    sh = ws.title
    cols = ("A", "E", "F")
    st = "H"
    b.title(ws, 1, "Vasa stad – Serviceproduktionsavtal 2025", "H")
    b.put(ws, "A2", "Resultatenhet: Svenska småbarnspedagogiken", wrap=False)
    b.header(ws, 4, {"A": "Mål", "B": "Åtgärder", "C": "Ansvarig", "D": "Portfölj (J/N)", "E": "Mätare", "F": "Målnivå 2025",
                     "G": "Utfall 1–8/2025", "H": "Färgkod"}, cols)
    # at least 4 on 1-5: 4,1 -> green, forecast; typed Grön agrees
    b.goal(ws, 5, {"A": "Barnen får en trygg start", "B": "Inskolningssamtal med alla familjer", "C": "Enhetschef", "D": "J",
                   "E": "Föräldraenkät, skala 1–5", "F": "minst 4 (skala 1–5)", "G": "4,1"},
           "green", st, forecast=True, typed="Grön", calc=("min", 4, "4.1"))
    # at least 15 %: 13,5 >= 13 -> yellow, forecast; typed Gul agrees
    b.goal(ws, 6, {"A": "Personalen fortbildas", "B": "Fortbildningsplan", "C": "Enhetschef", "D": "N",
                   "E": "Andel fortbildad personal, %", "F": "minst 15 %", "G": "13,5 %"},
           "yellow", st, forecast=True, typed="Gul", calc=("min_pct", 15, "13.5"))
    # at most 5 % (högst): 3,2 -> green, forecast
    b.goal(ws, 7, {"A": "Sjukfrånvaron hålls låg", "B": "Tidigt stöd", "C": "Personalchef", "D": "n",
                   "E": "Sjukfrånvaro, %", "F": "högst 5 %", "G": "3,2 %"},
           "green", st, forecast=True, calc=("max_pct", 5, "3.2"))
    # at least 98,5 %: 95,9 < 96,5 -> red, forecast; typed Röd agrees
    b.goal(ws, 8, {"A": "Familjerna får svar inom en vecka", "B": "Digital ärendehantering", "C": "Servicechef", "D": "N",
                   "E": "Ärenden besvarade inom 7 dagar, %", "F": "minst 98,5 %", "G": "95,9 %"},
           "red", st, forecast=True, typed="Röd", calc=("min_pct", "98.5", "95.9"))
    # at least 40 events a year: 38 by month 8 is projected pro rata (domain.md, Year-end forecast:
    # events add up over the year) to 38 * 12 / 8 = 57 >= 40 -> green, forecast; typed Grön agrees.
    # (Before the projection rule: 38 >= 36 -> yellow with status-mismatch.) Flag 'x' -> invalid-portfolio-flag
    b.goal(ws, 9, {"A": "Evenemang för familjer", "B": "Familjecaféer", "C": "Pedagogisk koordinator", "D": "x",
                   "E": "Antal evenemang", "F": "minst 40 evenemang", "G": "38"},
           "green", st, forecast=True, typed="Grön", calc=("min", 57, 57))
    # at most 14 (under): 11 -> green, forecast
    b.goal(ws, 10, {"A": "Väntetiden till en plats är kort", "B": "Digital ansökan", "C": "Servicechef", "D": "J",
                    "E": "Väntetid, dagar", "F": "under 14 dagar", "G": "11 dagar"},
           "green", st, forecast=True, calc=("max", 14, 11))
    b.span(ws, 4, 10)
    b.issue("invalid-portfolio-flag", sh, "D9")
    b.no_rows("invalid-portfolio-flag", sh, [5, 6, 7, 8, 10])
    b.no_rows("status-mismatch", sh, [5, 6, 7, 8, 9, 10])
    b.common(["unread-row", "duplicate-column", "missing-responsible", "missing-goal", "missing-metric", "missing-target",
              "invalid-status", "qualitative-target", "no-actual", "invalid-number"])
    return b


# ---------------------------------------------------------------------------------------------
# g33  Swedish result card and a production table with purchased services (LibreOffice)
# ---------------------------------------------------------------------------------------------
def g33():
    b = Book("33", "svenska-resultatkort-lo",
             "Porvoo/Borgå result card in Swedish (Perspektiv, Framgångsfaktor, Mätare, Datakälla, Målnivå, Utfall 31.12.2025) "
             "with perspectives Kund (merged down two rows), Processer, Personal, Ekonomi and 'högst' targets, no status column "
             "(added at G); below a production table Egen produktion / Servicesedel / Privat vårdstöd / Köpta tjänster "
             "(purchased services count as private: 570 / 2450 = 23.27 %) with an empty share column; rewritten by LibreOffice.",
             writer="libreoffice")
    ws = b.sheet("Resultatkort", {"A": 14, "B": 36, "C": 32, "D": 22, "E": 22, "F": 16})
    sh = ws.title
    cols = ("B", "C", "E")
    st = "G"
    b.title(ws, 1, "Borgå stad – Resultatkort 2025, småbarnspedagogik", "F")
    b.header(ws, 3, {"A": "Perspektiv", "B": "Framgångsfaktor", "C": "Mätare", "D": "Datakälla", "E": "Målnivå",
                     "F": "Utfall 31.12.2025"}, cols)
    b.own(ws, "G3")
    b.put(ws, "A4", "Kund", bold=True)
    ws.merge_cells("A4:A5")
    # at least 4 on 1-5: 4,3 -> green
    b.goal(ws, 4, {"B": "Familjerna är nöjda", "C": "Föräldraenkät, skala 1–5", "D": "Föräldraenkät",
                   "E": "minst 4 (skala 1–5)", "F": "4,3"},
           "green", st, calc=("min", 4, "4.3"))
    # at least 90 %: 91,5 -> green
    b.goal(ws, 5, {"B": "Barnen får plats nära hemmet", "C": "Placering enligt första önskemål, %", "D": "Placeringssystemet",
                   "E": "minst 90 %", "F": "91,5 %"},
           "green", st, calc=("min_pct", 90, "91.5"))
    # at most 30 (count): 34 > 33 (1.1 T) and > 33.3 (T / 0.9) -> red
    b.goal(ws, 6, {"A": "Processer", "B": "Ansökningarna behandlas snabbt", "C": "Behandlingstid, dagar",
                   "D": "Ärendehantering", "E": "högst 30 dagar", "F": "34 dagar"},
           "red", st, calc=("max", 30, 34))
    # at most 5 %: 5,8 <= 7 -> yellow
    b.goal(ws, 7, {"A": "Personal", "B": "Personalen mår bra", "C": "Sjukfrånvaro, %", "D": "Personalrapport",
                   "E": "högst 5 %", "F": "5,8 %"},
           "yellow", st, calc=("max_pct", 5, "5.8"))
    # at most 100 %: 99,1 -> green
    b.goal(ws, 8, {"A": "Ekonomi", "B": "Ekonomin är i balans", "C": "Utgifter, % av budget", "D": "Ekonomirapport",
                   "E": "högst 100 %", "F": "99,1 %"},
           "green", st, calc=("max_pct", 100, "99.1"))
    b.span(ws, 3, 8)
    b.put(ws, "A11", "Barn i småbarnspedagogik 31.12.2025", bold=True, wrap=False)
    b.row(ws, 12, {"A": "Produktionsform", "B": "Antal barn", "C": "Andel %"}, bold=True)
    b.row(ws, 13, {"A": "Egen produktion", "B": 1880})
    b.row(ws, 14, {"A": "Servicesedel", "B": 420})
    b.row(ws, 15, {"A": "Privat vårdstöd", "B": 96})
    b.row(ws, 16, {"A": "Köpta tjänster", "B": 54})
    b.own(ws, "C13:C16")  # empty share cells the product may fill
    b.private = private_share(1880, 420 + 96 + 54)  # 570 / 2450 = 23.265 -> 23.27
    b.common(["unread-row", "duplicate-column", "missing-goal", "missing-metric", "missing-target", "share-mismatch",
              "share-sum", "budget-mismatch", "percent-out-of-range", "qualitative-target", "no-actual", "invalid-number"])
    return b


# ---------------------------------------------------------------------------------------------
# g34  English template: Target level, Actual 2024, Forecast, Actual 1–12/2025; decimal points
# ---------------------------------------------------------------------------------------------
def g34():
    b = Book("34", "english-template-decimal-points",
             "English template (Goal, Means, Responsible, Metric, Target level, Actual 2024, Forecast, Actual 1–12/2025, Status) "
             "with numbers typed as text with decimal points ('4.35', '78.5 %', '47.5'; none can be read as a d.m date): the "
             "full-year column decides, a row with only the Forecast is a forecast; a typed 'Vihreä' kept on a qualitative "
             "row; an English production table (Own production, Service voucher, Private day care support, Purchased "
             "services: 690 / 3100 = 22.26 %).")
    ws = b.sheet("Contract 2025", {"A": 36, "B": 24, "C": 20, "D": 28, "E": 24, "F": 12, "G": 12, "H": 16, "I": 10})
    sh = ws.title
    cols = ("A", "D", "E")
    st = "I"
    b.title(ws, 1, "City of Espoo – Service production contract 2025", "I")
    b.put(ws, "A2", "Unit: International Services", wrap=False)
    b.header(ws, 4, {"A": "Goal", "B": "Means", "C": "Responsible", "D": "Metric", "E": "Target level", "F": "Actual 2024",
                     "G": "Forecast", "H": "Actual 1–12/2025", "I": "Status"}, cols)
    # score 4: 4.35 -> green (the full-year column decides); typed Green agrees
    b.goal(ws, 5, {"A": "Customers are satisfied", "B": "Customer journeys", "C": "Service manager",
                   "D": "Customer survey, scale 1–5", "E": "at least 4.0 (scale 1–5)", "F": "4.15", "G": "4.25", "H": "4.35"},
           "green", st, typed="Green", calc=("min", 4, "4.35"))
    # at least 80 %: 78.5 >= 78 -> yellow
    b.goal(ws, 6, {"A": "Staff are trained", "B": "Training plan", "C": "HR partner", "D": "Staff trained, %",
                   "E": "at least 80 %", "F": "71.5 %", "G": "79.25 %", "H": "78.5 %"},
           "yellow", st, calc=("min_pct", 80, "78.5"))
    # only the forecast: at most 4 %: 3.85 -> green, forecast
    b.goal(ws, 7, {"A": "Sick leave stays low", "B": "Early support", "C": "HR partner", "D": "Sick leave, %",
                   "E": "at most 4 %", "F": "4.45 %", "G": "3.85 %"},
           "green", st, forecast=True, calc=("max_pct", 4, "3.85"))
    # at most 20 (count): 26 > 22 (1.1 T) and > 22.2 (T / 0.9) -> red; typed Yellow -> status-mismatch
    b.goal(ws, 8, {"A": "Applications are handled quickly", "B": "Digital forms", "C": "Service manager",
                   "D": "Handling time, days", "E": "at most 20 days", "F": "23", "G": "19", "H": "26"},
           "red", st, typed="Yellow", calc=("max", 20, 26))
    # more than 24 (count): 26 > 24 -> green
    b.goal(ws, 9, {"A": "Events reach families", "B": "Family events", "C": "Event coordinator", "D": "Number of events",
                   "E": "more than 24 events", "H": "26"},
           "green", st, calc=("gt", 24, 26))
    # range 50-70: 45 < 47.5 < 50 -> yellow
    b.goal(ws, 10, {"A": "Quality stays at the target level", "B": "CAF self-assessment", "C": "Quality coordinator",
                    "D": "CAF points", "E": "50–70 points", "H": "47.5"},
           "yellow", st, calc=("range", 50, 70, "47.5"))
    # qualitative; typed Vihreä (a Finnish status word) kept
    b.goal(ws, 11, {"A": "Feedback is handled in every team", "B": "Team meetings", "C": "Service manager",
                    "D": "Feedback process", "E": "Feedback process in use", "H": "Handled monthly in team meetings"},
           "green", st, typed="Vihreä", manual=True)
    b.span(ws, 4, 11)
    b.put(ws, "A14", "Children in early childhood education 31.12.2025", bold=True, wrap=False)
    b.row(ws, 15, {"A": "Production", "B": "Number of children", "C": "Share %"}, bold=True)
    b.row(ws, 16, {"A": "Own production", "B": 2410})
    b.row(ws, 17, {"A": "Service voucher", "B": 505})
    b.row(ws, 18, {"A": "Private day care support", "B": 118})
    b.row(ws, 19, {"A": "Purchased services", "B": 67})
    b.own(ws, "C16:C19")
    b.private = private_share(2410, 505 + 118 + 67)  # 690 / 3100 = 22.258 -> 22.26
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [5, 6, 7, 9, 10, 11])
    b.issue("qualitative-target", sh)
    b.common(["unread-row", "missing-responsible", "duplicate-column", "missing-goal", "missing-metric", "missing-target",
              "invalid-status", "invalid-number", "share-mismatch", "share-sum", "no-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# g35  Target levels as people write them
# ---------------------------------------------------------------------------------------------
def g35():
    b = Book("35", "tavoitetasot-kirjoitettuina",
             "Target texts as people write them: 'vähintään 4,0 (asteikko 1–5)' (the scale is no range), '≥ 95 %', 'alle 10 %', "
             "'max 3 viikkoa', '50–70 pistettä', a bare 95 % held as a real number with a percent format, 'yli 150 000', "
             "'vähintään 12 tapahtumaa vuodessa', '… / lukuvuosi', 'vähintään 1,2 milj. €': every one measurable "
             "(no qualitative-target).")
    ws = b.sheet("Tavoitteet", {"A": 40, "B": 32, "C": 34, "D": 18, "E": 12})
    sh = ws.title
    cols = ("A", "B", "C")
    st = "E"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Hallintopalvelut", "E")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "E": "Värikoodi"}, cols)
    rows = [
        # (goal, metric, target, actual, status, calc)
        ("Asiakkaat ovat tyytyväisiä", "Asiakaskysely, asteikko 1–5", "vähintään 4,0 (asteikko 1–5)", "3,7",
         "yellow", ("min", 4, "3.7")),  # 3.7 >= 3.6 -> yellow (a 1-5 range would make it green)
        ("Palvelupyyntöihin vastataan ajallaan", "Ajallaan vastatut, %", "≥ 95 %", "93,5 %",
         "yellow", ("min_pct", 95, "93.5")),  # 93.5 >= 93 -> yellow
        ("Laskutusvirheet ovat harvinaisia", "Virheelliset laskut, %", "alle 10 %", "11,5 %",
         "yellow", ("max_pct", 10, "11.5")),  # at most 10 %: 11.5 <= 12 -> yellow
        ("Oikaisuvaatimukset käsitellään nopeasti", "Käsittelyaika, viikkoa", "max 3 viikkoa", "2 viikkoa",
         "green", ("max", 3, 2)),  # at most 3: 2 -> green (as 'at least 3' it would be red)
        ("Laatu on tavoitetasolla", "CAF-itsearvio, pisteet", "50–70 pistettä", "72",
         "yellow", ("range", 50, 70, 72)),  # 70 < 72 < 77 -> yellow
        ("Laskut maksetaan ajallaan", "Ajallaan maksetut laskut, %", V(0.95, "0%"), "96,2 %",
         "green", ("min_pct", 95, "96.2")),  # a bare 95 % is 'at least': 96.2 -> green
        ("Asiointipisteen käynnit lisääntyvät", "Käyntikerrat", "yli 150 000 käyntiä", "149 200",
         "yellow", ("gt", 150000, 149200)),  # more than 150 000: no; >= 135 000 -> yellow (also yellow as 'at least')
        ("Asukastilaisuuksia järjestetään", "Tilaisuuksien määrä", "Vähintään 12 tapahtumaa vuodessa", "12",
         "green", ("min", 12, 12)),  # equal -> green
        ("Kouluille järjestetään opastuksia", "Opastukset", "vähintään 24 opastusta / lukuvuosi", "20",
         "red", ("min", 24, 20)),  # 20 < 21.6 -> red
        ("Asiakasmaksut kertyvät", "Maksutulot", "vähintään 1,2 milj. €", "1,15 milj. €",
         "yellow", ("min", "1.2", "1.15")),  # 1.15 >= 1.08 -> yellow (the same with or without the million)
    ]
    for i, (g, m, t, a, status, calc) in enumerate(rows):
        b.goal(ws, 4 + i, {"A": g, "B": m, "C": t, "D": a}, status, st, calc=calc)
    b.span(ws, 3, 3 + len(rows))
    b.common(["unread-row", "qualitative-target", "no-actual", "invalid-number", "missing-goal", "missing-metric",
              "missing-target", "duplicate-column", "duplicate-goal", "status-mismatch", "invalid-status"])
    return b


# ---------------------------------------------------------------------------------------------
# g36  Actuals as people write them
# ---------------------------------------------------------------------------------------------
def g36():
    b = Book("36", "toteumat-kirjoitettuina",
             "Actual texts as people write them: 'n. 4,2', '4,2 (kysely 11/2025)', '3 / 5 tehty' (the figure beats the word: "
             "red, a typed Vihreä mismatches), 'TEKEILLÄ, 60 %' against at least 75 % (the number decides: red), "
             "'Ei toteutunut' (red), 'yhteensä 9 lukupiiriä', 'noin 96 %', and dates alone, typed '15.6.2025' and a real "
             "Excel date, which are never values (none).")
    ws = b.sheet("Tavoitteet", {"A": 40, "B": 32, "C": 28, "D": 30, "E": 10})
    sh = ws.title
    cols = ("A", "B", "C")
    st = "E"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Kulttuuri- ja vapaa-aikapalvelut", "E")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteutunut 31.12.2025", "E": "Tila"}, cols)
    # at least 4: 4,2 -> green; typed Vihreä agrees
    b.goal(ws, 4, {"A": "Asiakkaat ovat tyytyväisiä", "B": "Asiakaskysely, asteikko 1–5", "C": "vähintään 4", "D": "n. 4,2"},
           "green", st, typed="Vihreä", calc=("min", 4, "4.2"))
    # at least 4,5: 4,2 >= 4.05 -> yellow (11/2025 is a period)
    b.goal(ws, 5, {"A": "Huoltajat ovat tyytyväisiä", "B": "Huoltajakysely, asteikko 1–5", "C": "vähintään 4,5",
                   "D": "4,2 (kysely 11/2025)"},
           "yellow", st, calc=("min", "4.5", "4.2"))
    # x / y against 5: 3 < 4.5 -> red, whatever 'tehty' says; typed Vihreä -> status-mismatch
    b.goal(ws, 6, {"A": "Esihenkilöt koulutetaan", "B": "Pidetyt esihenkilökoulutukset", "C": "5 koulutusta", "D": "3 / 5 tehty"},
           "red", st, typed="Vihreä", calc=("min", 5, 3))
    # the number decides: at least 75 %: 60 < 73 -> red (TEKEILLÄ alone would be yellow)
    b.goal(ws, 7, {"A": "Henkilöstö koulutetaan digitaitoihin", "B": "Koulutetun henkilöstön osuus, %", "C": "vähintään 75 %",
                   "D": "TEKEILLÄ, 60 %"},
           "red", st, calc=("min_pct", 75, 60))
    # negative progress phrase, no figure -> red
    b.goal(ws, 8, {"A": "Asukastapahtumia järjestetään", "B": "Tapahtumien määrä", "C": "6 tapahtumaa", "D": "Ei toteutunut"},
           "red", st, calc=("progress", "ei toteutunut"))
    # a date alone is no value and no progress word -> none
    b.goal(ws, 9, {"A": "Varausjärjestelmä otetaan käyttöön", "B": "Käyttöönotetut kohteet", "C": "20 kohdetta", "D": "15.6.2025"},
           "none", st)
    # a real Excel date is a date, never a value -> none
    b.goal(ws, 10, {"A": "Lähiöiden kuntosalit avataan", "B": "Avatut kuntosalit", "C": "3 kuntosalia",
                    "D": V(datetime.datetime(2025, 9, 1), "d.m.yyyy")},
           "none", st)
    # at least 8: 9 -> green
    b.goal(ws, 11, {"A": "Lukupiirit toimivat kaikissa kirjastoissa", "B": "Lukupiirien määrä", "C": "vähintään 8 lukupiiriä",
                    "D": "yhteensä 9 lukupiiriä"},
           "green", st, calc=("min", 8, 9))
    # at least 95 %: 96 -> green
    b.goal(ws, 12, {"A": "Asiakaspalautteeseen vastataan", "B": "Vastatut palautteet, %", "C": "vähintään 95 %", "D": "noin 96 %"},
           "green", st, calc=("min_pct", 95, 96))
    b.span(ws, 3, 12)
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [4, 5, 7, 8, 9, 10, 11, 12])
    b.common(["unread-row", "qualitative-target", "invalid-status", "missing-goal", "missing-metric", "missing-target",
              "duplicate-column"])
    return b


# ---------------------------------------------------------------------------------------------
# g37  Status words in the status column
# ---------------------------------------------------------------------------------------------
def g37():
    b = Book("37", "tilasanat",
             "The status column as people fill it: status words of the other languages in a Finnish sheet ('Green', 'Gul'), a "
             "trailing space ('Punainen '), the none label '–' on a row with no actual yet, cells coloured without a label "
             "whose colour agrees with the computed status, non-status words 'ok' and 'x' (invalid-status), 'Gul' kept as a "
             "manual status on a qualitative row, a typed 'Green' against a yellow (status-mismatch); conditional formatting "
             "on the column.")
    ws = b.sheet("Tavoitteet", {"A": 40, "B": 22, "C": 30, "D": 30, "E": 14, "F": 12})
    sh = ws.title
    cols = ("A", "C", "D")
    st = "F"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Asukaspalvelut", "F")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso", "E": "Toteuma", "F": "Värikoodi"}, cols)
    # at least 90 %: 93 -> green; 'Green' agrees
    b.goal(ws, 4, {"A": "Palvelupyynnöt käsitellään ajallaan", "B": "Palvelupäällikkö", "C": "Ajallaan käsitellyt, %",
                   "D": "vähintään 90 %", "E": "93 %"},
           "green", st, typed="Green", calc=("min_pct", 90, 93))
    # score 4: 3,7 >= 3.6 -> yellow; 'Gul' agrees
    b.goal(ws, 5, {"A": "Asukkaat ovat tyytyväisiä", "B": "Palvelupäällikkö", "C": "Asukaskysely, asteikko 1–5",
                   "D": "Tavoitetaso 4 (asteikolla 1-5)", "E": "3,7"},
           "yellow", st, typed="Gul", calc=("min", 4, "3.7"))
    # at most 5 %: 7,5 > 7 -> red; 'Punainen ' (trailing space) agrees
    b.goal(ws, 6, {"A": "Virheelliset päätökset vähenevät", "B": "Lakimies", "C": "Oikaistut päätökset, %",
                   "D": "enintään 5 %", "E": "7,5 %"},
           "red", st, typed="Punainen ", calc=("max_pct", 5, "7.5"))
    # at least 20: 24 -> green; 'ok' is no status word -> invalid-status
    b.goal(ws, 7, {"A": "Asukastilaisuuksia järjestetään", "B": "Viestintäsuunnittelija", "C": "Tilaisuuksien määrä",
                   "D": "vähintään 20 tilaisuutta", "E": "24"},
           "green", st, typed="ok", calc=("min", 20, 24))
    # at least 300: 280 >= 270 -> yellow; 'x' is no status word -> invalid-status
    b.goal(ws, 8, {"A": "Neuvontapisteen käynnit lisääntyvät", "B": "Neuvontapäällikkö", "C": "Käyntikerrat",
                   "D": "vähintään 300 käyntiä", "E": "280"},
           "yellow", st, typed="x", calc=("min", 300, 280))
    # at most 14 (count): 9 -> green; the cell is coloured green with no text
    b.goal(ws, 9, {"A": "Lupapäätökset tehdään nopeasti", "B": "Lupapäällikkö", "C": "Käsittelyaika, vrk",
                   "D": "enintään 14 vrk", "E": "9 vrk"},
           "green", st, fill_only="green", calc=("max", 14, 9))
    # at least 100 %: 95 < 98 -> red; the cell is coloured red with no text
    b.goal(ws, 10, {"A": "Laskut maksetaan eräpäivänä", "B": "Talouspäällikkö", "C": "Eräpäivänä maksetut, %",
                    "D": "vähintään 100 %", "E": "95 %"},
           "red", st, fill_only="red", calc=("min_pct", 100, 95))
    # qualitative; typed 'Gul' kept as manual yellow
    b.goal(ws, 11, {"A": "Asukasraati vakiintuu", "B": "Osallisuuskoordinaattori", "C": "Raadin toimintamalli",
                    "D": "Toimintamalli on vakiintunut", "E": "Raati kokoontunut keväällä ja syksyllä"},
           "yellow", st, typed="Gul", manual=True)
    # measurable, no actual yet; '–' is the none label -> none, no invalid-status, no mismatch
    b.goal(ws, 12, {"A": "Digitaitojen kursseja järjestetään", "B": "Kirjastonhoitaja", "C": "Kurssien määrä",
                    "D": "vähintään 12 kurssia"},
           "none", st, typed="–")
    # at least 95 %: 94 >= 93 -> yellow; typed 'Green' -> status-mismatch
    b.goal(ws, 13, {"A": "Puheluihin vastataan", "B": "Asiakaspalvelupäällikkö", "C": "Vastatut puhelut, %",
                    "D": "vähintään 95 %", "E": "94 %"},
           "yellow", st, typed="Green", calc=("min_pct", 95, 94))
    b.span(ws, 3, 13)
    for word, colour in (("Vihreä", "00B050"), ("Keltainen", "FFC000"), ("Punainen", "FF0000")):
        ws.conditional_formatting.add("F4:F13", CellIsRule(operator="equal", formula=[f'"{word}"'],
                                                            fill=PatternFill("solid", bgColor=colour)))
    b.issue("invalid-status", sh, "F7")
    b.issue("invalid-status", sh, "F8")
    b.no_rows("invalid-status", sh, [4, 5, 6, 9, 10, 11, 12, 13])
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [4, 5, 6, 9, 10, 11, 12])
    b.issue("qualitative-target", sh)
    b.issue("no-actual", sh)
    b.common(["unread-row", "missing-responsible", "missing-goal", "missing-metric", "missing-target", "duplicate-column"])
    return b


# ---------------------------------------------------------------------------------------------
# g38  Seed 002 columns with 'Operatiivisen sopimuksen tavoite' and K/E flags as typed
# ---------------------------------------------------------------------------------------------
def g38():
    b = Book("38", "salkku-ke-operatiivinen",
             "Seed 002 columns with the section column 'Operatiivisen sopimuksen tavoite' (a section, not a second goal "
             "column beside 'Tulosyksikön projekti tai toimenpide tavoitteen saavuttamiseksi'), filled only on each group's "
             "first row; K/E flags typed 'k', 'e', 'K ', 'E' (valid) and 'x', 1 (invalid-portfolio-flag).")
    ws = b.sheet("Sopimus", {"A": 28, "B": 46, "C": 12, "D": 30, "E": 22, "F": 11, "G": 14, "H": 10})
    sh = ws.title
    cols = ("B", "D", "E")
    st = "H"
    b.title(ws, 1, "PALVELUTUOTANTOSOPIMUS 2025", "H", size=14)
    b.put(ws, "A2", "Tulosyksikkö: Kirjaston hakeutuvat palvelut", wrap=False)
    b.header(ws, 4, {"A": "Operatiivisen sopimuksen tavoite",
                     "B": "Tulosyksikön projekti tai toimenpide tavoitteen saavuttamiseksi",
                     "C": "Salkunhallinnassa mukana (K/E)", "D": "Perustoiminnan toteutumista kuvaava mittari",
                     "E": "Mittarin tavoitetaso 2025", "F": "Toteutunut 2024", "G": "Toteutunut 31.12.2025", "H": "Värikoodi"}, cols)
    # 4/vuosi: 4 -> green
    b.goal(ws, 5, {"A": "Yksinäisyyden torjuminen", "B": "Vapaaehtoistyön koordinointi: Lukulähetit ja Omakirjasto-kummit",
                   "C": "k", "D": "Yhteiset kokoontumiset", "E": "4/vuosi", "F": 4, "G": 4},
           "green", st, calc=("min", 4, 4))
    # 300: 296 >= 270 -> yellow
    b.goal(ws, 6, {"B": "Kaikille avoimet yhteisöllisyyttä tukevat tapahtumat ja työpajat", "C": "e",
                   "D": "Tapahtumien määrä", "E": "300 tapahtumaa", "F": 287, "G": 296},
           "yellow", st, calc=("min", 300, 296))
    # 170: 149 < 153 -> red
    b.goal(ws, 7, {"B": "Senioreille kohdennetut kulttuuripalvelut", "C": "K ", "D": "Tapahtumien määrä",
                   "E": "170 tapahtumaa", "F": 160, "G": 149},
           "red", st, calc=("min", 170, 149))
    # 40: 44 -> green; flag 'x' -> invalid-portfolio-flag
    b.goal(ws, 8, {"A": "Uudet lukutaitoa tukevat toimintamallit", "B": "Kirjasto on kirjaneuvola: varhaisen lukutaidon tukeminen",
                   "C": "x", "D": "Neuvolakäynnit", "E": "40 käyntiä", "G": 44},
           "green", st, calc=("min", 40, 44))
    # 5: 5 -> green
    b.goal(ws, 9, {"B": "Pelillisyyden uudet keinot kirjojen maailmaan", "C": "E", "D": "Pelilliset kokeilut",
                   "E": "5 kokeilua", "G": 5},
           "green", st, calc=("min", 5, 5))
    # bare 110: 102 >= 99 -> yellow; flag 1 -> invalid-portfolio-flag
    b.goal(ws, 10, {"A": "Lasten palvelujen koordinointi ja toteutus", "B": "Satutunnit ja esitykset koko kirjastossa",
                    "C": 1, "D": "Satutuntien ja esitysten määrä", "E": 110, "F": 104, "G": 102},
           "yellow", st, calc=("min", 110, 102))
    # 100 % of the age group: 100 -> green
    b.goal(ws, 11, {"B": "Koulujen kanssa tehtävä yhteistyö: Elämyspolku 7. lk", "C": "E", "D": "Luokkien määrä",
                    "E": "100 % ikäluokasta", "G": "100 % ikäluokasta"},
           "green", st, calc=("min_pct", 100, 100))
    b.span(ws, 4, 11)
    b.issue("invalid-portfolio-flag", sh, "C8")
    b.issue("invalid-portfolio-flag", sh, "C10")
    b.no_rows("invalid-portfolio-flag", sh, [5, 6, 7, 9, 11])
    b.common(["duplicate-column", "unread-row", "missing-goal", "missing-metric", "missing-target", "status-mismatch",
              "invalid-status", "duplicate-goal", "qualitative-target", "no-actual"])
    return b


# ---------------------------------------------------------------------------------------------
# g39  Budget blocks: right after the table with other labels, with a cent difference, and wrong
# ---------------------------------------------------------------------------------------------
def g39():
    b = Book("39", "talousarvio-lohkot",
             "Three sheets, each a goal table and a resources block: 'Talousarvio 2025' directly under the table with "
             "Toimintatuotot / Toimintakulut / Netto (consistent, so no budget-mismatch whatever those labels are read as) "
             "and a Henkilöstö line; 'Talousarvio' + 'TA2025' after one blank row with Tulot 120 000,40 / Menot 845 300 / "
             "Netto 725 300 (0,40 € off: inside the 1 € rounding); and a Netto with two digits swapped (budget-mismatch).")
    sheets = {}
    setups = {
        "Kirjasto": [
            # at least 12: 12,4 -> green
            ({"A": "Lainaus pysyy korkealla tasolla", "B": "Lainat / asukas", "C": "vähintään 12 lainaa / asukas", "D": "12,4"},
             "green", ("min", 12, "12.4")),
            # at least 1 500: 1 320 < 1 350 -> red
            ({"A": "Kirjaston tilat ovat aktiivisessa käytössä", "B": "Tilavaraukset", "C": "vähintään 1 500 varausta", "D": "1 320"},
             "red", ("min", 1500, 1320)),
            # at most 4 %: 4,8 <= 6 -> yellow
            ({"A": "Henkilöstö voi hyvin", "B": "Sairauspoissaolot, %", "C": "enintään 4 %", "D": "4,8 %"},
             "yellow", ("max_pct", 4, "4.8")),
        ],
        "Nuorisotyö": [
            # at least 10: 10 -> green
            ({"A": "Nuoret osallistuvat toiminnan suunnitteluun", "B": "Nuorisovaltuuston kokoukset", "C": "vähintään 10 kokousta", "D": "10"},
             "green", ("min", 10, 10)),
            # at least 120: 111 >= 108 -> yellow
            ({"A": "Nuorisotilat ovat auki iltaisin", "B": "Aukiolotunnit viikossa", "C": "vähintään 120 tuntia", "D": "111"},
             "yellow", ("min", 120, 111)),
            # at least 2 000: 2 350 -> green
            ({"A": "Jalkautuva nuorisotyö tavoittaa nuoret", "B": "Kohtaamiset", "C": "vähintään 2 000 kohtaamista", "D": "2 350"},
             "green", ("min", 2000, 2350)),
        ],
        "Liikunta": [
            # at least 180 000: 176 200 >= 162 000 -> yellow
            ({"A": "Uimahallin käynnit lisääntyvät", "B": "Käyntikerrat", "C": "vähintään 180 000 käyntiä", "D": "176 200"},
             "yellow", ("min", 180000, 176200)),
            # at least 1 200: 1 310 -> green
            ({"A": "Liikuntaneuvonta tavoittaa ikäihmiset", "B": "Neuvontakäynnit", "C": "vähintään 1 200 käyntiä", "D": "1 310"},
             "green", ("min", 1200, 1310)),
            # at least 100 %: 96 < 98 -> red
            ({"A": "Seurojen avustukset maksetaan ajallaan", "B": "Ajallaan maksetut, %", "C": "vähintään 100 %", "D": "96 %"},
             "red", ("min_pct", 100, 96)),
        ],
    }
    for name, rows in setups.items():
        ws = b.sheet(name, {"A": 42, "B": 28, "C": 30, "D": 16, "E": 11})
        sheets[name] = ws
        b.title(ws, 1, f"Palvelutuotantosopimus 2025 – {name}", "E")
        b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "E": "Värikoodi"}, ("A", "B", "C"))
        for i, (vals, status, calc) in enumerate(rows):
            b.goal(ws, 4 + i, vals, status, "E", calc=calc)
        b.span(ws, 3, 6)
    E = lambda x: V(x, "#,##0.00")
    ws = sheets["Kirjasto"]
    b.row(ws, 7, {"A": "Talousarvio 2025"}, bold=True, wrap=False)
    b.row(ws, 8, {"A": "Toimintatuotot", "D": E(185000)}, wrap=False)
    b.row(ws, 9, {"A": "Toimintakulut", "D": E(1420000)}, wrap=False)
    b.row(ws, 10, {"A": "Netto", "D": E(1235000)}, wrap=False)  # 1 420 000 - 185 000 = 1 235 000: consistent
    b.row(ws, 11, {"A": "Henkilöstö, vakanssit", "D": 24}, wrap=False)
    ws = sheets["Nuorisotyö"]
    b.row(ws, 8, {"A": "Talousarvio", "D": "TA2025"}, bold=True, wrap=False)
    b.row(ws, 9, {"A": "Tulot", "D": E(120000.40)}, wrap=False)
    b.row(ws, 10, {"A": "Menot", "D": E(845300)}, wrap=False)
    b.row(ws, 11, {"A": "Netto", "D": E(725300)}, wrap=False)  # 845 300 - 120 000,40 = 725 299,60: 0,40 € off, allowed
    ws = sheets["Liikunta"]
    b.row(ws, 7, {"A": "Talousarvio 2025"}, bold=True, wrap=False)
    b.row(ws, 8, {"A": "Tulot", "D": E(410000)}, wrap=False)
    b.row(ws, 9, {"A": "Menot", "D": E(1676563)}, wrap=False)
    b.row(ws, 10, {"A": "Netto", "D": E(1266653)}, wrap=False)  # 1 676 563 - 410 000 = 1 266 563 != 1 266 653 -> budget-mismatch
    b.issue("budget-mismatch", "Liikunta")
    b.no("budget-mismatch", "Kirjasto")
    b.no("budget-mismatch", "Nuorisotyö")
    for name in sheets:
        for code in ("missing-goal", "missing-metric", "missing-target"):
            b.no_rows(code, name, range(7, 12))
    b.common(["unread-row", "duplicate-column", "status-mismatch", "invalid-number", "duplicate-goal", "qualitative-target"])
    return b


# ---------------------------------------------------------------------------------------------
# g40  Rows no goal table can read, and very long cell texts
# ---------------------------------------------------------------------------------------------
LONG_MEANS = " ".join([
    "Laatua arvioidaan Kansallisen koulutuksen arviointikeskuksen (Karvi) varhaiskasvatuksen laadun arviointimallin mukaisesti "
    "kaikissa päiväkodeissa ja perhepäivähoidossa.",
    "Arviointi tehdään vuosittain syyskuun ja marraskuun välisenä aikana, ja sen tulokset käsitellään ensin tiimeissä, sitten "
    "päiväkodin koko henkilöstön kanssa ja lopuksi alueen johtoryhmässä.",
    "Jokainen tiimi laatii arvioinnin pohjalta kehittämissuunnitelman, jossa nimetään enintään kolme kehittämiskohdetta, niiden "
    "toimenpiteet, vastuuhenkilöt ja aikataulu.",
    "Huoltajilta kerätään palautetta vasu-keskusteluissa ja sähköisellä kyselyllä, ja lasten näkemyksiä kuullaan lasten "
    "kokouksissa, haastatteluissa ja havainnoimalla.",
    "Pedagogista dokumentointia kehitetään yhteisten mallien avulla, ja dokumentteja hyödynnetään toiminnan suunnittelussa "
    "sekä arvioinnissa.",
    "Varhaiskasvatuksen opettajien pedagogista vastuuta vahvistetaan tiimisopimuksilla ja säännöllisillä "
    "suunnitteluajoilla, joiden toteutumista seurataan kuukausittain.",
    "Esihenkilöt käyvät tiimien kanssa läpi laatuindikaattorien tulokset ja sopivat korjaavista toimista, jos jokin "
    "indikaattori jää tavoitetason alle.",
    "Lisäksi laatutyötä tuetaan alueellisilla pedagogisilla kahviloilla, vertaisarvioinnilla päiväkotien kesken ja "
    "yhteistyöllä ammattikorkeakoulun kanssa, jonka opiskelijat tekevät opinnäytetöitä arvioinnin teemoista.",
    "Tulokset raportoidaan lautakunnalle 12 kuukauden arvioinnin yhteydessä.",
])
LONG_GOAL = ("Varhaiskasvatus tukee jokaisen lapsen kasvua, kehitystä ja oppimista yhteistyössä huoltajien kanssa siten, että "
             "lapsi kokee olevansa turvassa, tulevansa kuulluksi ja kuuluvansa ryhmään, ja että tuen tarpeet tunnistetaan "
             "varhain ja tuki annetaan lapsen omassa ryhmässä osana arkea ilman tarpeettomia siirtoja tai odottamista, "
             "myös vuorohoidossa ja perhepäivähoidossa")


def g40():
    b = Book("40", "lukemattomat-pitkat-tekstit",
             f"Inside a goal table: a row with text only in the means column ('jatkuu edelliseltä riviltä …'), a row with only "
             f"a number in the actual column and a row with only a status word (each an unread-row); goal rows whose means "
             f"cell holds {len(LONG_MEANS)} characters and whose goal cell holds {len(LONG_GOAL)}; a goal row with an empty "
             f"responsible cell (missing-responsible); a note after two blank rows (not read).")
    ws = b.sheet("Tavoitteet", {"A": 44, "B": 60, "C": 22, "D": 28, "E": 24, "F": 12, "G": 11})
    sh = ws.title
    cols = ("A", "D", "E")
    st = "G"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Varhaiskasvatus, alue Itä", "G")
    b.header(ws, 3, {"A": "Tavoite", "B": "Keinot", "C": "Vastuuhenkilö", "D": "Mittari", "E": "Tavoitetaso", "F": "Toteuma",
                     "G": "Värikoodi"}, cols)
    # at least 80 %: 84 -> green
    b.goal(ws, 4, {"A": "Varhaiskasvatuksen laatu paranee", "B": LONG_MEANS, "C": "Varhaiskasvatusjohtaja",
                   "D": "Täyttyneet laatuindikaattorit, %", "E": "vähintään 80 %", "F": "84 %"},
           "green", st, calc=("min_pct", 80, 84))
    b.unread_row(ws, 5, {"B": "jatkuu edelliseltä riviltä: arvioinnin tulokset julkaistaan myös kaupungin verkkosivuilla…"})
    # score 4: 4,1 -> green
    b.goal(ws, 6, {"A": LONG_GOAL, "B": "Tuen kolmiportainen malli, konsultoiva erityisopettaja", "C": "Päiväkodinjohtajat",
                   "D": "Huoltajakysely, asteikko 1–5", "E": "Tavoitetaso 4 (asteikolla 1-5)", "F": "4,1"},
           "green", st, calc=("min", 4, "4.1"))
    b.unread_row(ws, 7, {"F": V(4.3, "0.0")})
    # at least 3: 2,6 < 2.7 -> red; no responsible -> missing-responsible
    b.goal(ws, 8, {"A": "Henkilöstö osallistuu täydennyskoulutukseen", "B": "Koulutussuunnitelma",
                   "D": "Koulutuspäivät henkilöä kohden", "E": "vähintään 3 päivää", "F": "2,6"},
           "red", st, calc=("min", 3, "2.6"))
    # at most 10 %: 12,5 > 12 -> red
    b.goal(ws, 9, {"A": "Ruokahävikki pienenee", "B": "Hävikin punnitus viikoittain", "C": "Palveluesihenkilö",
                   "D": "Hävikki, % valmistetusta", "E": "enintään 10 %", "F": "12,5 %"},
           "red", st, calc=("max_pct", 10, "12.5"))
    b.unread_row(ws, 10, {"G": "Vihreä"})
    # at most 2 %: 1,4 -> green
    b.goal(ws, 11, {"A": "Asiakasmaksut laskutetaan oikein", "B": "Laskutuksen tarkistus kuukausittain", "C": "Toimistosihteeri",
                    "D": "Oikaistut laskut, %", "E": "enintään 2 %", "F": "1,4 %"},
           "green", st, calc=("max_pct", 2, "1.4"))
    b.span(ws, 3, 11)
    b.put(ws, "A14", "Lisätietoja: varhaiskasvatusjohtaja, p. 040 123 4567", wrap=False)
    b.issue("missing-responsible", sh)
    b.no_rows("missing-responsible", sh, [4, 6, 9, 11])
    b.common(["missing-goal", "missing-metric", "missing-target", "duplicate-column", "status-mismatch", "invalid-status",
              "qualitative-target", "no-actual"])
    assert 1400 <= len(LONG_MEANS) <= 1700 and 300 <= len(LONG_GOAL) <= 450, (len(LONG_MEANS), len(LONG_GOAL))
    return b


# ---------------------------------------------------------------------------------------------
# g41 / g42 / g43  Fill-rate tables
# ---------------------------------------------------------------------------------------------
def g41():
    b = Book("41", "tayttoaste-kesa-ei-mitattu",
             "A fill-rate table with full Finnish month names (Tammikuu … Joulukuu) in which June, July and August are marked "
             "'ei mitattu' in the places column: they are not measured (no fill-rate-missing-month, no invalid-number) and "
             "the fill rate is the mean of the nine measured months; the empty rate column is the product's.")
    ws = b.sheet("Satakieli", {"A": 36, "B": 28, "C": 28, "D": 14, "E": 14})
    sh = ws.title
    small_goal_table(b, ws, "Palvelutuotantosopimus 2025 – Päiväkoti Satakieli")
    b.put(ws, "A8", "Täyttöaste 2025", bold=True, wrap=False)
    b.row(ws, 9, {"A": "Kuukausi", "B": "Paikat", "C": "Kokopäiväiset", "D": "Osapäiväiset", "E": "Täyttöaste %"},
          bold=True, fill="D9E1F2")
    months = [("Tammikuu", 84, 76, 12), ("Helmikuu", 84, 77, 10), ("Maaliskuu", 84, 78, 10), ("Huhtikuu", 84, 79, 8),
              ("Toukokuu", 84, 80, 6), ("Kesäkuu", None, None, None), ("Heinäkuu", None, None, None),
              ("Elokuu", None, None, None), ("Syyskuu", 88, 80, 14), ("Lokakuu", 88, 82, 12), ("Marraskuu", 88, 83, 10),
              ("Joulukuu", 88, 81, 12)]
    rates = []
    for i, (m, p, f, pt) in enumerate(months):
        r = 10 + i
        if p is None:
            b.row(ws, r, {"A": m, "B": "ei mitattu"}, wrap=False)
        else:
            b.row(ws, r, {"A": m, "B": p, "C": f, "D": pt}, wrap=False)
            rates.append(rate(p, f, pt))
    b.own(ws, "E10:E21")  # the empty rate column
    b.own(ws, "A22:E22")  # a mean row the product may add
    b.fill_rate = series_mean(rates)  # nine months
    b.no("fill-rate-missing-month")
    b.no("fill-rate-zero-places")
    b.no("fill-rate-mismatch")
    b.no("invalid-number")
    b.common(["unread-row", "duplicate-column", "percent-out-of-range"])
    return b, [float(q2(x)) for x in rates]


def g42():
    b = Book("42", "fyllnadsgrad-svenska-lo",
             "A Swedish sheet: a small goal table (Mål, Mätare, Målnivå, Utfall, Färgkod) and a fill-rate table (Månad, "
             "Platser, Heltid, Deltid, Fyllnadsgrad %) with Swedish month names, July with 0 places (the unit was closed): "
             "fill-rate-zero-places, and the fill rate is the mean of the other eleven months; rewritten by LibreOffice.",
             writer="libreoffice")
    ws = b.sheet("Solstrålen", {"A": 34, "B": 28, "C": 24, "D": 12, "E": 14})
    sh = ws.title
    b.title(ws, 1, "Serviceproduktionsavtal 2025 – Daghemmet Solstrålen", "E")
    b.header(ws, 3, {"A": "Mål", "B": "Mätare", "C": "Målnivå", "D": "Utfall", "E": "Färgkod"}, ("A", "B", "C"))
    # at least 4 on 1-5: 4,4 -> green
    b.goal(ws, 4, {"A": "Familjerna är nöjda", "B": "Föräldraenkät, skala 1–5", "C": "minst 4 (skala 1–5)", "D": "4,4"},
           "green", "E", calc=("min", 4, "4.4"))
    # at least 15 %: 12 < 13 -> red
    b.goal(ws, 5, {"A": "Personalen fortbildas", "B": "Andel fortbildad personal, %", "C": "minst 15 %", "D": "12 %"},
           "red", "E", calc=("min_pct", 15, 12))
    b.span(ws, 3, 5)
    b.put(ws, "A8", "Fyllnadsgrad 2025", bold=True, wrap=False)
    b.row(ws, 9, {"A": "Månad", "B": "Platser", "C": "Heltid", "D": "Deltid", "E": "Fyllnadsgrad %"}, bold=True, fill="D9E1F2")
    months = [("januari", 60, 55, 8), ("februari", 60, 56, 6), ("mars", 60, 57, 6), ("april", 60, 57, 4), ("maj", 60, 56, 4),
              ("juni", 60, 40, 6), ("juli", 0, 0, 0), ("augusti", 60, 50, 8), ("september", 64, 58, 10),
              ("oktober", 64, 60, 8), ("november", 64, 61, 6), ("december", 64, 59, 8)]
    rates = []
    for i, (m, p, f, pt) in enumerate(months):
        b.row(ws, 10 + i, {"A": m, "B": p, "C": f, "D": pt}, wrap=False)
        if p:
            rates.append(rate(p, f, pt))
    assert len(rates) == 11
    b.own(ws, "E10:E21")
    b.own(ws, "A22:E22")
    b.fill_rate = series_mean(rates)  # eleven months: July has no rate
    b.issue("fill-rate-zero-places", sh)
    b.no("fill-rate-mismatch")
    b.common(["unread-row", "duplicate-column", "percent-out-of-range", "missing-goal", "missing-metric", "missing-target"])
    return b, [float(q2(x)) for x in rates]


def g43():
    b = Book("43", "tayttoaste-kk-numeroina-keskiarvo",
             "A fill-rate table with months as numbers (Kk 1–12), 'Paikkamäärä' and the weighted child count given directly "
             "('Lapset (painotettu)'); November's row is missing (fill-rate-missing-month); the user's own 'Keskiarvo' row "
             "states the mean of the eleven months to one decimal, inside its rounding (no fill-rate-mismatch, not "
             "overwritten).")
    ws = b.sheet("Pihlaja", {"A": 36, "B": 28, "C": 28, "D": 14, "E": 14})
    sh = ws.title
    small_goal_table(b, ws, "Palvelutuotantosopimus 2025 – Päiväkoti Pihlaja")
    b.put(ws, "A8", "Täyttöaste 2025 (painotettu lapsimäärä)", bold=True, wrap=False)
    b.row(ws, 9, {"A": "Kk", "B": "Paikkamäärä", "C": "Lapset (painotettu)", "D": "Täyttöaste %"}, bold=True, fill="D9E1F2")
    data = [(1, 120, 117.5), (2, 120, 118), (3, 120, 119.5), (4, 120, 120), (5, 120, 118.5), (6, 120, 104), (7, 120, 72),
            (8, 120, 110.5), (9, 120, 119), (10, 120, 121), (12, 120, 118)]
    rates = []
    for i, (m, p, c) in enumerate(data):
        b.row(ws, 10 + i, {"A": m, "B": p, "C": c}, wrap=False)
        rates.append(D(100) * D(str(c)) / D(p))
    mean = sum(rates) / len(rates)
    typed = mean.quantize(D("0.1"))
    assert abs(typed - mean) <= D("0.03"), (mean, typed)  # well inside half a unit of the last digit (0.05)
    b.row(ws, 21, {"A": "Keskiarvo", "D": V(float(typed), "0.0")}, bold=True, wrap=False)
    b.own(ws, "D10:D20")  # the empty rate column
    b.own(ws, "A22:D22")  # in case the product adds a mean row of its own below the user's
    b.fill_rate = series_mean(rates)
    b.issue("fill-rate-missing-month", sh)
    b.no("fill-rate-mismatch")
    b.no("fill-rate-zero-places")
    b.common(["unread-row", "duplicate-column", "percent-out-of-range", "invalid-number"])
    return b, (float(q2(mean)), float(typed))


# ---------------------------------------------------------------------------------------------
# g44  Production table with Ostopalvelu
# ---------------------------------------------------------------------------------------------
def g44():
    b = Book("44", "tuotanto-ostopalvelu",
             "A production table with four rows (Oma tuotanto, Palveluseteli, Yksityisen hoidon tuki, Ostopalvelu) and a "
             "typed 'Yhteensä' row: purchased services count as private (1390 / 6020 = 23.09 %); the stated shares "
             "'76,9 %', '16,3 %', '4,1 %', '2,7 %' agree with the counts within half a unit of their last digit (no "
             "share-mismatch; with Ostopalvelu read as own, 76,9 % would be off by 2.7 points).")
    ws = b.sheet("Varhaiskasvatus", {"A": 40, "B": 28, "C": 28, "D": 14, "E": 12})
    small_goal_table(b, ws, "Palvelutuotantosopimus 2025 – Varhaiskasvatus, alue Pohjoinen")
    b.put(ws, "A8", "Lapset tuotantotavoittain 31.12.2025", bold=True, wrap=False)
    b.row(ws, 9, {"A": "Tuotantotapa", "B": "Lapsia", "C": "Osuus %"}, bold=True)
    counts = [("Oma tuotanto", 4630, "76,9 %"), ("Palveluseteli", 980, "16,3 %"), ("Yksityisen hoidon tuki", 245, "4,1 %"),
              ("Ostopalvelu", 165, "2,7 %")]
    total = sum(c for _, c, _ in counts)
    for i, (label, n, stated) in enumerate(counts):
        share = D(100) * n / total
        assert abs(share - D(stated.replace(",", ".").replace(" %", ""))) < D("0.045"), (label, share)
        b.row(ws, 10 + i, {"A": label, "B": n, "C": stated})
    b.row(ws, 14, {"A": "Yhteensä", "B": total, "C": "100 %"}, bold=True)
    assert total == 6020
    b.private = private_share(4630, 980 + 245 + 165)  # 1390 / 6020 = 23.0897 -> 23.09
    b.common(["share-mismatch", "share-sum", "unread-row", "percent-out-of-range", "invalid-number"])
    return b


# ---------------------------------------------------------------------------------------------
# g45  Two contract sheets and a hidden list sheet with data validation
# ---------------------------------------------------------------------------------------------
def g45():
    b = Book("45", "kaksi-sopimusvalilehtea-piilotettu",
             "Two contract sheets in one workbook: 'Tavoitteet' (OPTS table with 'Arviointi 1–9 kk' / 'Arviointi 1–12 kk', "
             "a forecast row, typed statuses picked from a drop-down list) and 'Tuloskortti' (Näkökulma, Kriittinen "
             "menestystekijä, Mittarit, Tietolähde, Tavoitetaso, Toteuma; perspectives Asiakas, Prosessit, Henkilöstö, "
             "Talous; status column added at G); a hidden sheet 'Listat' holding the drop-down values (no table there).")
    ws = b.sheet("Tavoitteet", {"A": 38, "B": 34, "C": 20, "D": 30, "E": 22, "F": 13, "G": 13, "H": 11})
    sh = ws.title
    st = "H"
    b.title(ws, 1, "Operatiivisen palvelutuotantosopimuksen tavoitteet 2025 – Varhaiskasvatus", "H")
    b.header(ws, 3, {"A": "OPTS:n tavoite", "B": "Kuvaus keinoista tavoitteen saavuttamiseksi", "C": "Vastuutaho",
                     "D": "Mittari", "E": "Tavoitetaso", "F": "Arviointi 1–9 kk", "G": "Arviointi 1–12 kk", "H": "Värikoodi"},
             ("A", "D", "E"))
    # score 4: the 12-month 4,3 -> green; typed Vihreä agrees
    b.goal(ws, 4, {"A": "Palveluohjauksella asiakas ohjataan tarvetta vastaavan palvelun piiriin",
                   "B": "Palveluohjauksen toimintamalli käyttöön", "C": "Tulosaluejohtaja",
                   "D": "Asiakaspalaute, asteikko 1–5", "E": "Tavoitetaso 4 (asteikolla 1-5)", "F": "4,0", "G": "4,3"},
           "green", st, typed="Vihreä", calc=("min", 4, "4.3"))
    # at least 15 %: only the 9-month 9 < 13 -> red, forecast; typed Punainen agrees
    b.goal(ws, 5, {"A": "Kasvatuskumppanuus tukee lapsen kasvua", "B": "Kasvatuskumppanuuskouluttajien koulutus",
                   "C": "Koulutusvastaava", "D": "Koulutetun henkilöstön osuus, %", "E": "vähintään 15 %", "F": "9 %"},
           "red", st, forecast=True, typed="Punainen", calc=("min_pct", 15, 9))
    # at least 60 %: 12-month 61 -> green
    b.goal(ws, 6, {"A": "Hankinnat toteutetaan kestävästi", "B": "Ympäristökriteerit kilpailutuksiin",
                   "C": "Hankintoja tekevä henkilöstö", "D": "Hankinnat, joissa ympäristökriteeri, %", "E": "vähintään 60 %",
                   "F": "55 %", "G": "61 %"},
           "green", st, calc=("min_pct", 60, 61))
    # bare 100 % (at least): 12-month 95 < 98 -> red; typed Keltainen -> status-mismatch
    b.goal(ws, 7, {"A": "Kestävän kehityksen toimintakulttuuri vahvistuu", "B": "Ekotukihenkilöverkosto jokaiseen yksikköön",
                   "C": "Yksikön esihenkilö", "D": "Yksiköt, joissa ekotukihenkilö, %", "E": "100 %", "F": "80 %", "G": "95 %"},
           "red", st, typed="Keltainen", calc=("min_pct", 100, 95))
    b.span(ws, 3, 7)
    dv = DataValidation(type="list", formula1="=Listat!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("H4:H7")
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [4, 5, 6])
    b.no("missing-responsible", sh)

    ws2 = b.sheet("Tuloskortti", {"A": 16, "B": 38, "C": 32, "D": 24, "E": 26, "F": 12})
    sh2 = ws2.title
    b.title(ws2, 1, "Varhaiskasvatuksen tuloskortti 2025", "F")
    b.header(ws2, 3, {"A": "Näkökulma", "B": "Kriittinen menestystekijä", "C": "Mittarit", "D": "Tietolähde", "E": "Tavoitetaso",
                      "F": "Toteuma"}, ("B", "C", "E"))
    b.own(ws2, "G3")
    # at most 14 (count): 16 > 15.4 (1.1 T) and > 15.56 (T / 0.9) -> red
    b.goal(ws2, 4, {"A": "Asiakas", "B": "Asiakkaat saavat paikan ajallaan", "C": "Jonotusaika, vrk",
                    "D": "Asiakastietojärjestelmä", "E": "enintään 14 vrk", "F": "16 vrk"},
           "red", "G", calc=("max", 14, 16))
    # at least 70 %: 74 -> green
    b.goal(ws2, 5, {"A": "Prosessit", "B": "Sähköinen asiointi lisääntyy", "C": "Sähköiset hakemukset, %",
                    "D": "Asiointipalvelu", "E": "vähintään 70 %", "F": "74 %"},
           "green", "G", calc=("min_pct", 70, 74))
    # at least 3,8: 3,5 >= 3.42 -> yellow
    b.goal(ws2, 6, {"A": "Henkilöstö", "B": "Henkilöstö voi hyvin", "C": "Työhyvinvointi, asteikko 1–5",
                    "D": "Työhyvinvointikysely", "E": "vähintään 3,8 (asteikko 1–5)", "F": "3,5"},
           "yellow", "G", calc=("min", "3.8", "3.5"))
    # at most 100 %: 100,4 <= 102 -> yellow
    b.goal(ws2, 7, {"A": "Talous", "B": "Talous pysyy talousarviossa", "C": "Menot, % talousarviosta",
                    "D": "Talousraportti", "E": "enintään 100 %", "F": "100,4 %"},
           "yellow", "G", calc=("max_pct", 100, "100.4"))
    b.span(ws2, 3, 7)
    b.no("status-mismatch", sh2)

    ws3 = b.sheet("Listat")
    for i, word in enumerate(["Vihreä", "Keltainen", "Punainen", "–"]):
        ws3[f"A{i + 1}"] = word
    ws3["C1"], ws3["C2"] = "K", "E"
    ws3.sheet_state = "hidden"
    b.common(["unread-row", "duplicate-column", "missing-goal", "missing-metric", "missing-target", "invalid-status",
              "budget-mismatch", "qualitative-target", "no-actual"], sheets=[sh, sh2])
    return b


# ---------------------------------------------------------------------------------------------
# g46  Actuals linked by formula to a statistics sheet (LibreOffice writes the cached values)
# ---------------------------------------------------------------------------------------------
def g46():
    b = Book("46", "kaavat-toteumissa-lo",
             "Actual cells holding formulas that link a statistics sheet ('=Tilastot!C2', a growth '=Tilastot!C2/Tilastot!B2-1' "
             "shown as 0.0%), as planners link standard rows: the cached results decide (no no-actual); the statistics "
             "sheet holds no goal table; rewritten by LibreOffice, which computes and stores the results.",
             writer="libreoffice")
    ws = b.sheet("Tavoitteet", {"A": 40, "B": 30, "C": 30, "D": 16, "E": 11})
    sh = ws.title
    st = "E"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Pääkirjasto", "E")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "E": "Värikoodi"}, ("A", "B", "C"))
    t = b.sheet("Tilastot", {"A": 22, "B": 12, "C": 12})
    t["A1"], t["B1"], t["C1"] = "Tunnusluku", "2024", "2025"
    stats = [("Käynnit", 182000, 186400), ("Lainat", 1210000, 1187000), ("Tyytyväisyys", 4.1, 4.25),
             ("Aukiolotunnit", 3100, 2950)]
    for i, (name, a, c) in enumerate(stats):
        t[f"A{i + 2}"], t[f"B{i + 2}"], t[f"C{i + 2}"] = name, a, c
    # at least 180 000: 186 400 -> green
    b.goal(ws, 4, {"A": "Käynnit lisääntyvät", "B": "Käyntikerrat", "C": "vähintään 180 000 käyntiä", "D": "=Tilastot!C2"},
           "green", st, calc=("min", 180000, 186400))
    # at least 1 250 000: 1 187 000 >= 1 125 000 -> yellow
    b.goal(ws, 5, {"A": "Lainaus pysyy korkealla tasolla", "B": "Lainat", "C": "vähintään 1 250 000 lainaa", "D": "=Tilastot!C3"},
           "yellow", st, calc=("min", 1250000, 1187000))
    # score 4: 4,25 -> green
    b.goal(ws, 6, {"A": "Asiakkaat ovat tyytyväisiä", "B": "Asiakaskysely, asteikko 1–5", "C": "Tavoitetaso 4 (asteikolla 1-5)",
                   "D": "=Tilastot!C4"},
           "green", st, calc=("min", 4, "4.25"))
    # at least 3 400: 2 950 < 3 060 -> red
    b.goal(ws, 7, {"A": "Aukioloa laajennetaan", "B": "Aukiolotunnit vuodessa", "C": "vähintään 3 400 tuntia", "D": "=Tilastot!C5"},
           "red", st, calc=("min", 3400, 2950))
    # at least 2 %: 186 400 / 182 000 - 1 = 2.42 % (shown 2.4 %) -> green
    b.goal(ws, 8, {"A": "Kävijämäärän kasvu jatkuu", "B": "Käyntien muutos edellisvuodesta, %", "C": "vähintään 2 %",
                   "D": V("=Tilastot!C2/Tilastot!B2-1", "0.0%")},
           "green", st, calc=("min_pct", 2, "2.42"))
    b.span(ws, 3, 8)
    b.cached = [(sh, "D4", 186400), (sh, "D5", 1187000), (sh, "D6", 4.25), (sh, "D7", 2950), (sh, "D8", 186400 / 182000 - 1)]
    b.no("no-actual", sh)
    b.no("invalid-number", sh)
    b.no("qualitative-target", sh)
    b.common(["unread-row", "duplicate-column", "missing-goal", "missing-metric", "missing-target", "status-mismatch"],
             sheets=[sh])
    return b


# ---------------------------------------------------------------------------------------------
# g47  Review columns named by dates: 'Arviointi 30.6.2025' (interim), 'Tilanne 31.12.2025' (actual)
# ---------------------------------------------------------------------------------------------
def g47():
    b = Book("47", "arviointi-paivamaarin",
             "Review columns named by a date: 'Arviointi 30.6.2025' ends before the year's end (interim) and "
             "'Tilanne 31.12.2025' at it (actual), beside a 'Tila' status column: the year-end figure decides where there is "
             "one (also where the mid-year figure gives another colour), rows with only the mid-year figure are forecasts; "
             "a typed status copied from the mid-year review mismatches.")
    ws = b.sheet("Tavoitteet 2025", {"A": 40, "B": 20, "C": 32, "D": 30, "E": 14, "F": 14, "G": 10})
    sh = ws.title
    st = "G"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Kotihoito", "G")
    b.header(ws, 3, {"A": "Tavoite", "B": "Vastuutaho", "C": "Mittari", "D": "Tavoitetaso", "E": "Arviointi 30.6.2025",
                     "F": "Tilanne 31.12.2025", "G": "Tila"}, ("A", "C", "D"))
    # score 4: year-end 4,1 -> green (mid-year 3,7 would be yellow); typed Vihreä agrees
    b.goal(ws, 4, {"A": "Asiakkaat ovat tyytyväisiä kotihoitoon", "B": "Palvelupäällikkö", "C": "Asiakaskysely, asteikko 1–5",
                   "D": "Tavoitetaso 4 (asteikolla 1-5)", "E": "3,7", "F": "4,1"},
           "green", st, typed="Vihreä", calc=("min", 4, "4.1"))
    # at least 98 %: only mid-year 96,5 >= 96 -> yellow, forecast; typed Keltainen agrees
    b.goal(ws, 5, {"A": "Kotikäynnit toteutuvat suunnitellusti", "B": "Tiimivastaava",
                   "C": "Toteutuneet käynnit, % suunnitelmasta", "D": "vähintään 98 %", "E": "96,5 %"},
           "yellow", st, forecast=True, typed="Keltainen", calc=("min_pct", 98, "96.5"))
    # at most 5 (count): year-end 7 > 5.5 (1.1 T) and > 5.56 (T / 0.9) -> red
    b.goal(ws, 6, {"A": "Lääkepoikkeamat vähenevät", "B": "Sairaanhoitaja", "C": "Lääkepoikkeamat kuukaudessa",
                   "D": "enintään 5 poikkeamaa kuukaudessa", "E": "4", "F": "7"},
           "red", st, calc=("max", 5, 7))
    # at most 12 %: only mid-year 6 -> green, forecast
    b.goal(ws, 7, {"A": "Henkilöstö pysyy", "B": "Palvelupäällikkö", "C": "Vaihtuvuus, %", "D": "enintään 12 %", "E": "6 %"},
           "green", st, forecast=True, calc=("max_pct", 12, 6))
    # at least 90 %: year-end 91 -> green (mid-year 70 would be red); typed Punainen -> status-mismatch
    b.goal(ws, 8, {"A": "Asiakkaiden toimintakyky arvioidaan", "B": "Fysioterapeutti", "C": "RAI-arvioidut asiakkaat, %",
                   "D": "vähintään 90 %", "E": "70 %", "F": "91 %"},
           "green", st, typed="Punainen", calc=("min_pct", 90, 91))
    b.span(ws, 3, 8)
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [4, 5, 6, 7])
    b.common(["duplicate-column", "unread-row", "missing-responsible", "missing-goal", "missing-metric", "missing-target",
              "invalid-status", "qualitative-target", "no-actual"])
    return b


# ---------------------------------------------------------------------------------------------
AMBIGUITIES = [
    "- **Goal, means and responsible cells merged down over several rows** (g31): domain.md says nothing about merged "
    "cells in the body of a table. The gallery reads a merged cell as holding its text on every row it spans (that is what "
    "the reader sees): each row is a goal row with that goal, no missing-goal or missing-responsible, and one goal text "
    "in one merged cell is not a duplicate. A goal typed again on its own row is a duplicate-goal.",
    "- **Status words of the other two languages** ('Gul', 'Green' in a Finnish sheet, 'Vihreä' in an English one): "
    "invalid-status is for \"something that is no status word\", and these are in domain.md's label table, so they are "
    "valid (g34, g37). A trailing space ('Punainen ') is the same word. The none label '–' is a status word too (the "
    "product writes it itself); it is used only on a row with no actual (computed none), so no reading makes it a mismatch.",
    "- **Not used in status cells:** 'Valmis' (a progress word, not a label: whether it is a \"status word\" is open), '-' "
    "(hyphen, not the en dash label), and a typed status on a measurable row whose computed status is none (mismatch or "
    "manual is open). 'ok' and 'x' are used as the non-status words.",
    "- **Cells coloured without a label** (g37): domain.md never says whether a fill alone is read. Such cells are used only "
    "where the colour agrees with the computed status, on measurable rows, so reading or ignoring fills gives the same "
    "result; none is on a qualitative row.",
    "- **Portfolio flags:** lower-case 'k'/'e'/'n' and 'K ' (trailing space) are taken as K/E/N; 'x' and the number 1 are "
    "invalid. Not used: 'Kyllä', 'ei', 'J' in a K/E column, 'K' in a J/N column, '-' and empty flag cells.",
    "- **Target words domain.md does not list:** 'minst', 'högst', 'under' (Swedish), 'max', '≥', 'yli', 'milj.' and the "
    "English 'at least' / 'at most' / 'more than' (domain.md's own names for the kinds) are read as their Finnish "
    "counterparts (vähintään, enintään, alle, >). Most rows come out the same if such a word is ignored (a bare figure "
    "is 'at least'); the rows whose status depends on reading 'högst', 'under' or 'max' as 'at most' are g32 rows 7 and "
    "10, g33 rows 6–8 and g35 row 7. "
    "'alle 10 %' is read as 'at most' as domain.md lists it, and never tested at equality.",
    "- **'more than T' for a count** (g34 row 9, g35 row 10): domain.md's yellow band is \"as above\" (at least, count: "
    "0.9 T); the rows are green or yellow under either reading of 'more than' vs 'at least'.",
    "- **Decimal points** (g34): typed only in the English sheet and never in a form that reads as a day.month date "
    "('4.35', '78.5 %', '47.5'; not '4.2' or '19.5').",
    "- **Dates as the only actual** (g36 rows 9–10, typed '15.6.2025' and a real Excel date): no value and no progress "
    "word, so the status is none; whether the info is no-actual, qualitative or nothing is not asserted.",
    "- **Summer months marked 'ei mitattu'** (g41): written in the places column; domain.md allows marking June–August as "
    "not measured, so neither fill-rate-missing-month nor invalid-number is expected and the mean is over nine months. "
    "The rate cells of those rows are owned (the product may or may not write a formula there).",
    "- **A month with 0 places** (g42): domain.md makes it an error and takes the mean over \"the months reported\"; the "
    "gallery takes the mean over the eleven months that have a rate. Whether the 0-places month is also a missing month "
    "is not asserted.",
    "- **A typed mean** (g43 'Keskiarvo'): compared with the mean of the eleven months the counts give, within half a unit "
    "of its last digit (0.05), like a stated share; it is 0.03 or less off. The row below it is owned in case the product "
    "adds its own mean row.",
    "- **Purchased services** (g33, g34, g44): counted as private (domain.md's default). The English count column is "
    "'Number of children' (domain.md names no English count header).",
    "- **Budget labels that are not domain.md's** (g39: Toimintatuotot / Toimintakulut): the block is consistent, so "
    "budget-mismatch is absent whether or not the product reads them as Tulot / Menot. The 1 € rounding is tested at "
    "0,40 €, not at its edge.",
    "- **Sheets without a goal table** (g45 hidden 'Listat', g46 'Tilastot'): whether no-goal-table and missing-column are "
    "per sheet or per workbook is open, so they are asserted absent only on the contract sheets. Whether a hidden sheet "
    "is read is also open, so the hidden sheet holds no table. Data validation, conditional formatting, an autofilter, "
    "frozen panes and print titles are present in some workbooks; unsupported-content is asserted neither way for them.",
    "- **Upper-case headers, a trailing colon, a no-break space between header words, hyphen-broken words** (g29, g30): "
    "domain.md says headers are found by their words; the gallery takes case, trailing punctuation and spacing as not "
    "changing a word, and 'Tavoite-'/'taso' on two lines as the word 'Tavoitetaso' (as seed 002 writes 'Väri-'/'koodi').",
    "- **Interim-only rows:** as in the first batch, no none or manual row sits where the only figure is an interim one "
    "(g32 has only an interim column and only computed statuses; in g34, g45 and g47 the forecast rows are computed).",
    "- **No production-split or fill-rate goal row without its own figures:** whether a goal row's empty actual is filled "
    "from a production or fill-rate table is open, so the goal tables beside those tables hold other goals.",
    "- **missing-responsible** is asserted only where the table has a responsible column (absent when all are filled, "
    "present in g40 row 8); tables without one (g33, g35, g36, g38, g39, g41–g44, g45's result card, g46) assert "
    "nothing either way.",
]


def readme_section(books, notes):
    lines = [
        README_MARK,
        "",
        "Written by `make_gallery2.py` (run it after `make_gallery.py`, which rewrites this file and deletes every "
        "`g*.xlsx`), the same way as the first batch: expectations from domain.md and cli-contract.md only, by a helper "
        "who did not read the engine or its tests and did not run the product; the arithmetic for each status is a "
        "comment next to its row and re-checked by `expect_status`, and every written workbook is re-read with openpyxl "
        "(merged cells resolved) to confirm the rows, typed statuses and LibreOffice's cached formula results.",
        "",
        "    /usr/bin/python3 test/gallery/make_gallery2.py",
        "",
        "| file | writer | goal rows | what it tests |",
        "|---|---|---|---|",
    ]
    for bk in books:
        lines.append(f"| `{bk.name}.xlsx` | {bk.writer} | {len(bk.goals)} | {bk.description} |")
    lines += ["", f"{sum(len(bk.goals) for bk in books)} goal rows in {len(books)} workbooks.", "",
              "### Choices this batch made where domain.md is silent or open", ""]
    lines += AMBIGUITIES
    lines += ["", *notes, ""]
    return "\n".join(lines)


def write_readme(section):
    path = os.path.join(HERE, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    i = text.find(README_MARK)
    if i >= 0:
        text = text[:i]
    text = text.rstrip("\n") + "\n\n" + section
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    pattern = re.compile(r"^g(\d+)-.*\.(xlsx|expected\.json)$")
    for f in os.listdir(HERE):
        m = pattern.match(f)
        if m and int(m.group(1)) >= FIRST:
            os.remove(os.path.join(HERE, f))
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: install libreoffice-calc to write the -lo workbooks")
    profile = tempfile.mkdtemp(prefix="gallery2-lo-")
    notes = []
    try:
        books = []
        for fn in (g29, g30, g31, g32, g33, g34, g35, g36, g37, g38, g39, g40, g41, g42, g43, g44, g45, g46, g47):
            res = fn()
            if isinstance(res, tuple):
                res, extra = res
                if fn is g41:
                    notes.append(f"g41's nine monthly rates: {', '.join(f'{x:.2f}' for x in extra)}.")
                elif fn is g42:
                    notes.append(f"g42's eleven monthly rates (July has 0 places): {', '.join(f'{x:.2f}' for x in extra)}.")
                elif fn is g43:
                    notes.append(f"g43's mean of eleven months: {extra[0]:.2f}; the user's 'Keskiarvo' states {extra[1]:.1f}.")
            res.save(profile)
            books.append(res)
            print(f"{res.name}.xlsx  {res.writer:11s} {len(res.goals):2d} goal rows")
        write_readme(readme_section(books, notes))
    finally:
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
