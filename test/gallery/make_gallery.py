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
import re
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
    # make sure the two-decimal rounding is not (close to) a tie, so any rounding rule agrees
    assert abs((m * 100) % 1 - D("0.5")) > D("0.01"), m
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
    # every goal row is listed once
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


# ---------------------------------------------------------------------------------------------
# g01  Seed 001: Turku early childhood, 9- and 12-month reviews, no status column
# ---------------------------------------------------------------------------------------------
def g01():
    b = Book("01", "seed001-turku-vaka",
             "Seed 001 layout: merged section rows, the header repeated per section, the responsible party on the last line "
             "of the means cell, a monthly fill-rate series split across the 9- and 12-month columns, the production split, "
             "and no status column (the product adds one at H).")
    ws = b.sheet("Tavoitteet", {"A": 34, "B": 34, "C": 26, "D": 26, "E": 22, "F": 36, "G": 36})
    st = "H"  # added status column: first column right of G
    b.title(ws, 1, "Operatiivisen palvelutuotantosopimuksen tavoitteet varhaiskasvatuksen tulosalueella 2025", "G")
    cols = ("A", "C", "D")

    def hdr(r):
        b.header(ws, r, SEED_HDR_001, cols)
        b.own(ws, f"{st}{r}")

    # --- section 1 (above the first header: not inside a table)
    b.section(ws, 2, "Mahdollistetaan monipuolinen ja korkeatasoinen kasvatus ja opetus – SPS:n strategiset tavoitteet", "A", "G")
    b.section(ws, 3, "Perusresurssien turvaaminen. Kaikille lapsille ja oppilaille taataan tasa-arvoiset kasvatus- ja opetusmahdollisuudet koko kaupungissa", "A", "G")
    hdr(4)
    # score target 4 on 1-5; the 12-month column decides: 4,27 and 4,15 are both >= 4 (either reading, or their mean) -> green
    b.goal(ws, 5, {"A": "Palveluohjauksella asiakas ohjataan tarvetta vastaavan palvelun piiriin",
                   "B": "Palveluohjauksen arviointi ja tarvetta vastaavan toimintamallin käyttöönotto\nTulosaluejohtaja",
                   "C": "Asiakaspalaute: Saamani palvelu on vastannut tarpeitani",
                   "D": "Tavoitetaso 4 (asteikolla 1-5)", "E": "Ei lisäresurssia",
                   "F": "Asiakaspalaute ”Saamani palvelu on vastannut tarpeitani”, 4,18\nASPA-hankkeeseen liittyvä palveluohjauksen kehittäminen aloitettu",
                   "G": "Saamani palvelu on vastannut tarpeitani (12_2025) 4,27; Kuukokysymysten keskiarvo 4,15."},
           "green", st, calc=("min", 4, "4.15"))
    # range 50-70; 12-month actual 61 is inside -> green (the 9-month text holds only a date, never a value)
    b.goal(ws, 6, {"A": "Laadunhallintajärjestelmällä varmistetaan tasalaatuinen palvelu",
                   "B": "Palautejärjestelmä toimii laadunhallintaprosessin mukaisesti. Kehittämiskohteet nousevat arvioinnin pohjalta.\nTulosaluejohtaja",
                   "C": "CAF-laadunhallintajärjestelmä, varhaiskasvatuksen laatukriteerit",
                   "D": "tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)", "E": "Ei lisäresurssia, laaturyhmän työaika",
                   "F": "-kriteerit tarkastettu\n-asiakastyytyväisyys mitattu\n-työhyvinvointikysely suoritettu\n-hoidon aloituksen kysely toiminnassa 1.8. alkaen",
                   "G": "CAF-arviointi joulukuussa: 61 pistettä"},
           "green", st, calc=("range", 50, 70, 61))
    # score 4: 3,55 < 0.9 * 4 = 3.6 -> red (12/2025 is a period)
    b.goal(ws, 7, {"A": "Avoimet palvelut tuottavat lapselle ja perheelle virikkeitä ja lisäävät hyvinvointia",
                   "B": "Avoimia palveluja lisätään jokaisella palvelualueella\nTulosaluejohtaja ja päälliköt",
                   "C": "Asiakaspalaute", "D": "Tavoitetaso 4 (asteikolla 1-5)",
                   "E": "Käynnistettäessä tarvitaan päällekkäistä resurssia",
                   "F": "Avatut leikkikoulut: Urheilupuisto, Koukkarinkatu, Harittu-Lauste-Koivula yhteistyössä srk:n kanssa",
                   "G": "Asiakaskysely 12/2025: 3,55"},
           "red", st, calc=("min", 4, "3.55"))
    # qualitative target -> none
    b.goal(ws, 8, {"A": "Osaava henkilöstö mahdollistaa laadukkaan kasvu- ja oppimisympäristön",
                   "B": "Mentorointitoiminta tukee työntekijää ja asiantuntijaa työssään\nEsimiehet ja koko tulosalueen henkilöstö",
                   "C": "Prosessin eteneminen / Suunnitelman laatimisen edistyminen",
                   "D": "Suunnitelma laadittu mentorointitoiminnasta ja henkilöstön perehdyttäminen asiaan on käynnistynyt",
                   "E": "Työajan osoittaminen mentorointitoiminnan käynnistämiseen",
                   "F": "Suunnitelman laadinta alkuvaiheessa.",
                   "G": "Benchmarking-käynnit mahdollisia, myös mahdollisuus siirtyä yksiköstä toiseen."},
           "none", st)
    # qualitative -> none
    b.goal(ws, 9, {"A": "Lisätään perheiden vaikutusmahdollisuuksia palvelun suunnittelussa",
                   "B": "Perustetaan asiakasraati yhteistyömuodoksi\nTulosaluejohtaja",
                   "C": "Perustamisprosessin eteneminen",
                   "D": "Asiakasraadin toimintaperiaatteet on luotu ja toiminta käynnissä", "E": "Ei lisäresurssia",
                   "F": "ASPA-hankkeen myötä lähdössä liikkeelle",
                   "G": "Asiakaspalautteiden käsittelystä sovittu yksiköissä yhteistyössä vanhempien kanssa."},
           "none", st)
    # --- section 2 (rows 11-12 sit inside table 1, before the next header: section titles)
    b.section(ws, 11, "Kehitetään ennaltaehkäisevää toimintaa ja hyvinvointia – SPS:n strategiset tavoitteet", "A", "G")
    b.section(ws, 12, "Yleisen, tehostetun ja erityisen tuen antamiseen tarvittavat perusresurssit varmistetaan. Varhaisen puuttumisen ja ennaltaehkäisevän työn säilyttäminen osana perustoimintaa", "A", "G")
    hdr(13)
    b.goal(ws, 14, {"A": "Osallistuminen ennaltaehkäisevään työhön muiden toimijoiden kanssa",
                    "B": "Hankkeissa kehitettyjen toimintamallien juurruttaminen ja uusiin kehityshankkeisiin osallistuminen.\nTulosalueen henkilöstö",
                    "C": "Prosessikuvaus", "D": "Prosessikuvauksen mukainen toiminta",
                    "E": "Ei resurssitarvetta, toimintatapojen muutos",
                    "F": "Päihde- ja mielenterveystyön jalkauttaminen, romanilasten varhaiskasvatuksen tukeminen",
                    "G": "Yhteistyöpalaverit pidetty lastensuojelun kanssa. Neuvolan kanssa tapaaminen sovittu 1/2026."},
           "none", st)
    b.goal(ws, 15, {"A": "Varhaiskasvatuksessa tunnistetaan tuen tarve ja käynnistetään tarvittavat tukitoimet",
                    "B": "Perusopetuslain mukainen YTE-malli käytössä myös varhaiskasvatuksessa ja painopiste siirtyy yleiseen tukeen\nVarhaiserityiskasvatuksesta vastaava",
                    "C": "YTE-mallin käyttö", "D": "YTE-malli käytössä kaikissa yksiköissä",
                    "E": "Olemassa olevien resurssien kohdentaminen",
                    "F": "YTE-mallin siirtäminen varhaiskasvatukseen toimintakauden alusta 1.8.2025 lomakkeen muodossa.",
                    "G": "YTE-malli kuvattu varhaiskasvatussuunnitelman päivitykseen."},
           "none", st)
    # at least 15 % (percent): 13,5 >= 15 - 2 = 13 -> yellow (12-month column decides)
    b.goal(ws, 16, {"A": "Kasvatuskumppanuus tukee lapsen kasvua",
                    "B": "Koulutetaan kasvatuskumppanuuskouluttajia, vuosittain 6 hlö\nKoulutusvastaava",
                    "C": "Sisäiseen koulutukseen osallistuneiden osuus henkilökunnasta",
                    "D": "Vähintään 15 % henkilökunnasta koulutettu",
                    "E": "Sijaistarve ryhmiin koulutuksien ajaksi (6 pv/hlö)",
                    "F": "4 henkilöä koulutettu, peruskoulutukset alkavat syyskuussa (3 ryhmää)",
                    "G": "Koulutettu 13,5 % henkilökunnasta"},
           "yellow", st, calc=("min_pct", 15, "13.5"))
    # --- section 3
    b.section(ws, 18, "Toiminnan tehostaminen – SPS:n strategiset tavoitteet", "A", "G")
    b.section(ws, 19, "Palveluorganisaatio ja toiminnan rakenteet tukevat tehokkaasti lasten kasvatusta. Tieto- ja viestintäteknologian käytön lisääminen", "A", "G")
    hdr(20)
    # monthly series split over both columns: mean of 9 months = 888.63 / 9 = 98.7367 -> 98.74;
    # at least 100 %: 98.74 >= 98 -> yellow; not a forecast (the 12-month column holds the rest of the year)
    b.goal(ws, 21, {"A": "Henkilöstöresurssit ovat tehokkaassa käytössä",
                    "B": "Henkilöstöresurssit on kohdennettu palveluntarpeen mukaisesti. Henkilökunnan liikkuvuus.\nTulosaluejohtaja",
                    "C": "Effican tiedot kirjattu oikein. Effican hyödyntäminen resurssiseurannassa.",
                    "D": "Vähintään 100 % täyttöaste",
                    "E": "Resurssitarve seuraa palvelutarvetta (jatkuva arviointi)",
                    "F": SERIES_9_TEXT, "G": SERIES_12_TEXT},
           "yellow", st, calc=("series_min_pct", 100, SERIES_9 + SERIES_12))
    # production split: 12-month counts 5535 / 1641 -> private 22.87 %, 0.13 pp from 23 -> green.
    # Stated 77 % / 23 % (half a unit = 0.5) against 77.13 / 22.87: inside; 9-month 78 % / 22 % against 77.91 / 22.09: inside.
    b.goal(ws, 22, {"A": "Toimitaan tehokkaasti kumppaneina yksityisten palveluntuottajien kanssa",
                    "B": "SPS:n mukaisesti osa päivähoitopalveluista tuotetaan yksityisessä palvelutuotannossa.\nPalvelujohtaja",
                    "C": "Palvelusetelin piirissä olevien lasten lukumäärä",
                    "D": "yksityinen tuotanto 23 %\noma tuotanto 77 %", "E": "Resurssien kohdentaminen",
                    "F": "•Omassa tuotannossa 5428, 78%\n•Palveluseteli ja yksityinen tuki 1539, 22 %",
                    "G": "Omassa tuotannossa 5535, 77%\nPalveluseteli ja yksityinen tuki 1641, 23%"},
           "green", st, calc=("split", 23, 5535, 1641))
    b.goal(ws, 23, {"A": "Kehitetään talouden suunnittelua, toteutusta ja seurantaa",
                    "B": "Tuotteet määritellään ja kustannukset kohdennetaan.\nTulosaluejohtaja, palvelujohtaja, talouspalvelut",
                    "C": "Palvelut on tuotteistettu ja kustannukset ovat selkeästi vertailtavissa",
                    "D": "Tuotteistus suoritettu.", "E": "Ei resurssitarvetta",
                    "F": "Tuotteiden kuvausten laatiminen alkuvaiheessa.",
                    "G": "Tuotteiden kuvausten laatiminen jatkuu keväällä."},
           "none", st)
    # --- section 4
    b.section(ws, 25, "Kestävä kehitys – SPS:n strategiset tavoitteet", "A", "G")
    b.section(ws, 26, "Ilmasto- ja ympäristöohjelman toteuttaminen. Vastuullisuuden lisääminen osana perustoimintaa", "A", "G")
    hdr(27)
    b.goal(ws, 28, {"A": "Kestävän kehityksen toimintakulttuurin luominen",
                    "B": "Laajennetaan ekotukihenkilöverkostoa jokaiseen yksikköön\nYksikön esimies",
                    "C": "Vastuuhenkilöt/yksikkö", "D": "Jokaisessa yksikössä on vastuuhenkilö",
                    "E": "Perehdyttämiskoulutuksesta tulee kustannuksia",
                    "F": "Kaikissa yksiköissä ekotukihenkilö valittu", "G": "Ekotukihenkilökoulutus jatkuu"},
           "none", st)
    b.goal(ws, 29, {"A": "Hankinnat toteutetaan kestävästi ja kustannustehokkaasti",
                    "B": "Hankinnoissa ja palvelujen ostoissa noudatetaan hankintaohjeistusta\nHankintoja tekevä henkilöstö",
                    "C": "Ta:n toteuma, kestävään hankintaan siirtyminen",
                    "D": "Talousarvio toteutuu suunnitellusti, kestävään hankintaan on kiinnitetty huomio",
                    "E": "Olemassa olevat hankintaresurssit",
                    "F": "Hankinnat kilpailutetuilta yrityksiltä hankintaohjeistusten mukaisesti",
                    "G": "Hankinnat SAP-järjestelmässä niiltä osin kuin on ollut mahdollista."},
           "none", st)
    b.span(ws, 4, 29)
    b.fill_rate = series_mean(SERIES_9 + SERIES_12)  # 98.74
    b.private = private_share(5535, 1641)  # 22.87
    b.issue("qualitative-target", "Tavoitteet")
    common(b, ["unread-row", "share-mismatch", "missing-responsible", "duplicate-column", "missing-goal",
               "missing-metric", "missing-target", "duplicate-goal", "status-mismatch", "invalid-status",
               "budget-mismatch", "invalid-portfolio-flag"])
    return b


# ---------------------------------------------------------------------------------------------
# g02  Seed 000: the 9-month review only (forecasts), written by LibreOffice
# ---------------------------------------------------------------------------------------------
def g02():
    b = Book("02", "seed000-interim-lo",
             "Seed 000 layout with only the 9-month review column: every computed status is a forecast; the monthly series "
             "of six months gives the fill rate; the stated 78,6 % / 21,4 % differ from 5766 / 1575 beyond their rounding "
             "(share-mismatch); no status column (added at G); rewritten by LibreOffice.",
             writer="libreoffice")
    ws = b.sheet("OPTS 2025", {"A": 34, "B": 34, "C": 26, "D": 24, "E": 22, "F": 38})
    st = "G"
    hdr_vals = {"A": "OPTS:n tavoite",
                "B": "Kuvaus keinoista tavoitteen saavuttamiseksi\nVastuu- ja yhteistyötahot",
                "C": "Mittari tavoitteen toteutumisen seurantaan", "D": "Tavoitetaso", "E": "Resurssitarve",
                "F": "Arviointi 1 - 9 kuukaudet"}
    cols = ("A", "C", "D")
    b.title(ws, 1, "Operatiivisen palvelutuotantosopimuksen tavoitteet varhaiskasvatuksen tulosalueella 2025", "F")

    def hdr(r):
        b.header(ws, r, hdr_vals, cols)
        b.own(ws, f"{st}{r}")

    b.section(ws, 2, "Mahdollistetaan monipuolinen ja korkeatasoinen kasvatus ja opetus – Perusresurssien turvaaminen", "A", "F")
    hdr(3)
    # score 4: 4,18 >= 4 -> green, from the interim column only -> forecast
    b.goal(ws, 4, {"A": "Palveluohjauksella asiakas ohjataan tarvetta vastaavan palvelun piiriin",
                   "B": "Palveluohjauksen arviointi ja tarvetta vastaavan toimintamallin käyttöönotto\nTulosaluejohtaja",
                   "C": "Asiakaspalaute: Saamani palvelu on vastannut tarpeitani",
                   "D": "Tavoitetaso 4 (asteikolla 1-5)", "E": "Ei lisäresurssia",
                   "F": "Asiakaspalaute ”Saamani palvelu on vastannut tarpeitani”, 4,18\nASPA-hankkeeseen liittyvä palveluohjauksen kehittäminen aloitettu"},
           "green", st, forecast=True, calc=("min", 4, "4.18"))
    b.section(ws, 6, "Kehitetään ennaltaehkäisevää toimintaa ja hyvinvointia", "A", "F")
    hdr(7)
    # at least 15 %: 9 < 13 -> red, forecast
    b.goal(ws, 8, {"A": "Kasvatuskumppanuus tukee lapsen kasvua",
                   "B": "Koulutetaan kasvatuskumppanuuskouluttajia, vuosittain 6 hlö\nKoulutusvastaava",
                   "C": "Sisäiseen koulutukseen osallistuneiden osuus henkilökunnasta",
                   "D": "Vähintään 15 % henkilökunnasta koulutettu",
                   "E": "Sijaistarve ryhmiin koulutuksien ajaksi (6 pv/hlö)",
                   "F": "Koulutettu 9 % henkilökunnasta, peruskoulutukset alkavat syyskuussa"},
           "red", st, forecast=True, calc=("min_pct", 15, 9))
    b.section(ws, 10, "Toiminnan tehostaminen", "A", "F")
    hdr(11)
    # six months: 591.30 / 6 = 98.55; at least 100 %: 98.55 >= 98 -> yellow, forecast
    b.goal(ws, 12, {"A": "Henkilöstöresurssit ovat tehokkaassa käytössä",
                    "B": "Henkilöstöresurssit on kohdennettu palveluntarpeen mukaisesti. Henkilökunnan liikkuvuus.\nTulosaluejohtaja",
                    "C": "Effican tiedot kirjattu oikein. Effican hyödyntäminen resurssiseurannassa.",
                    "D": "Vähintään 100 % täyttöaste",
                    "E": "Resurssitarve seuraa palvelutarvetta (jatkuva arviointi)",
                    "F": "tammi 98,22 %\nhelmi 98,25 %\nmaalis 98,92 %\nhuhti 99,17 %\ntouko 98,33 %\nsyys 98,41%"},
           "yellow", st, forecast=True, calc=("series_min_pct", 100, SERIES_9))
    # split: 1575 / 7341 = 21.45 %, 1.55 pp from 23 -> yellow (within 3), forecast.
    # stated 78,6 vs 78.5452 and 21,4 vs 21.4548: |diff| = 0.0548 > 0.05 (half a unit of the last digit) -> share-mismatch
    b.goal(ws, 13, {"A": "Toimitaan tehokkaasti kumppaneina yksityisten palveluntuottajien kanssa",
                    "B": "SPS:n mukaisesti osa päivähoitopalveluista tuotetaan yksityisessä palvelutuotannossa.\nPalvelujohtaja",
                    "C": "Palvelusetelin piirissä olevien lasten lukumäärä",
                    "D": "yksityinen tuotanto 23 %\noma tuotanto 77 %", "E": "Resurssien kohdentaminen",
                    "F": "•Omassa tuotannossa 5766, 78,6%\n•Palveluseteli ja yksityinen tuki 1575, 21,4 %"},
           "yellow", st, forecast=True, calc=("split", 23, 5766, 1575))
    b.span(ws, 3, 13)
    b.fill_rate = series_mean(SERIES_9)  # 98.55
    b.private = private_share(5766, 1575)  # 21.45
    b.issue("share-mismatch", "OPTS 2025", "F13")
    common(b, ["unread-row", "missing-responsible", "duplicate-column", "missing-metric", "missing-target",
               "status-mismatch", "invalid-status"])
    return b


# ---------------------------------------------------------------------------------------------
# g03  Seed 002: library outreach contract 2020
# ---------------------------------------------------------------------------------------------
LIB_HDR = {
    "A": "Tulosyksikön projekti tai toimenpide tavoitteen\nsaavuttamiseksi",
    "B": "Salkun-\nhallinnassa\nmukana\n(K/E)",
    "D": "Mittarin tavoitetaso 2020",
    "E": "Toteutunut\n2019",
    "F": "Toteutunut\n31.12.2020",
    "G": "Väri-\nkoodi",
}


def g03():
    b = Book("03", "seed002-kirjasto",
             "Seed 002 layout (library outreach 2020): K/E column, 'Mittarin tavoitetaso 2020', 'Toteutunut 2019' (baseline) "
             "and 'Toteutunut 31.12.2020' (actual), hyphen-broken headers ('Väri-/koodi'), three repeated headers, compound and "
             "count targets at band edges, progress phrases, manual statuses on qualitative rows, a free note paragraph after "
             "two blank rows and a correct resources block (Netto = Menot − Tulot).")
    ws = b.sheet("Sopimus", {"A": 52, "B": 11, "C": 34, "D": 30, "E": 11, "F": 22, "G": 10})
    cols = ("A", "C", "D")
    st = "G"
    b.title(ws, 1, "PALVELUTUOTANTOSOPIMUS 2020", "G", size=14)
    b.put(ws, "A2", "Toimiala: Vapaa-aikatoimiala", wrap=False)
    b.put(ws, "A3", "Palvelualue: Kirjastopalvelut", wrap=False)
    b.put(ws, "A4", "Tulosyksikkö: Hakeutuvat palvelut", wrap=False)
    b.put(ws, "A5", "1.    Toiminnalliset tavoitteet", bold=True, wrap=False)
    b.header(ws, 6, dict(LIB_HDR, C="Tavoitteen toteutumista kuvaava mittari"), cols)
    # --- table 1: projects, qualitative targets (TP = toimintasuunnitelman mukaan)
    b.goal(ws, 7, {"A": "Omakirjasto 2. vaihe: Digitaalinen palvelutarjotin kotipalveluasiakkaille", "B": "K",
                   "C": "Palvelu siirtyy osaksi kirjaston perustoimintaa.", "D": "Toiminta on vakiintunut",
                   "F": "Palvelu osa kirjaston perustoimintaa"},
           "green", st, typed="Vihreä", manual=True)
    b.goal(ws, 8, {"A": "My Green Identity: kestävän kehityksen kansainvälinen Nordplus-hanke", "B": "K",
                   "C": "Tapaamiset Suomessa ja Ruotsissa, osallistujia Baltian maista sekä Pohjoismaista",
                   "D": "Toteutuminen hankesuunnitelman mukaan (TP)",
                   "F": "Tapaamiset siirtyivät etäyhteyksin"},
           "none", st)
    b.goal(ws, 9, {"A": "Lukemattomat mahdollisuudet: syrjäytymisen ehkäisy lukutaidon tukemisen keinoin", "B": "K",
                   "C": "Palvelu siirtyy soveltuvin osin osaksi kirjaston perustoimintaa",
                   "D": "Toteutuu hankesuunnitelman mukaan (TP)"},
           "none", st)
    b.goal(ws, 10, {"A": "Kirjasto on kirjaneuvola: varhaisen lukutaidon tukeminen erilaisin keinoin alueellisesti.", "B": "K",
                    "C": "Projekti toteutuu hakemuksen mukaisesti.",
                    "D": "Alueellisesti toteutettu toiminta hankesuunnitelman mukaan (TP)"},
           "yellow", st, typed="Keltainen", manual=True)
    b.goal(ws, 11, {"A": "Pelillisyyden uudet keinot kirjojen maailmaan: testataan lasten lukukampanjoihin ja teemaviikkoihin liittyen uusia lukemaan innostavia pelillisiä keinoja", "B": "K",
                    "C": "Projektin rahoituksen toteutuessa toiminta-aika on 1.8.2020–31.12.2021",
                    "D": "Toimintaa toteutetaan hankesuunnitelman mukaan (TP)"},
           "none", st)
    b.goal(ws, 12, {"A": "Ordkonst hela vägen: projektet fyller det behov och den efterfrågan av läsfrämjande ordkonst som finns i Åbo på svenska", "B": "K",
                    "C": "Projektin rahoituksen toteutuessa toiminta-aika on 1.8.2020–31.12.2021",
                    "D": "Toimintaa toteutetaan hankesuunnitelman mukaan (TP)"},
           "none", st)
    # --- table 2: basic activities
    b.header(ws, 13, dict(LIB_HDR, C="Perustoiminnan toteutumista kuvaava mittari"), cols)
    # "4/vuosi" = at least 4 (count): 3 < 3.6 -> red
    b.goal(ws, 14, {"A": "Vapaaehtoistyön koordinointi: Lukulähetit, Omakirjasto-kummit sekä Kulttuurikummi-toiminta", "B": "E",
                    "C": "Vapaaehtoistyön jatkuvuus", "D": "Yhteiset tapahtumat/kokoontumisia 4/vuosi", "E": 4, "F": 3},
           "red", st, calc=("min", 4, 3))
    # 300: 312 >= 300 -> green; typed Vihreä agrees
    b.goal(ws, 15, {"A": "Kaikille avoimet yhteisöllisyyttä tukevat tapahtumat, opastukset ja työpajat sekä kirjaston palveluihin perehdyttäminen", "B": "E",
                    "C": "Tapahtumien määrä", "D": "300 tapahtumaa", "E": 287, "F": "312 tapahtumaa"},
           "green", st, typed="Vihreä", calc=("min", 300, 312))
    # 10: 12 -> green
    b.goal(ws, 16, {"A": "Valtakunnalliset ja kansainväliset verkostot: osallistuminen seminaareihin ja koulutuksiin mahdollisuuksien mukaan", "B": "E",
                    "C": "Osallistuminen laajoihin seminaareihin ja koulutuksiin", "D": "10 hlö osallistuu", "F": "12 hlö"},
           "green", st, calc=("min", 10, 12))
    # 5: 4 < 4.5 -> red; typed Keltainen differs -> status-mismatch
    b.goal(ws, 17, {"A": "Aktivointityön kehittäminen ja koordinaatio yhteistyössä muiden palvelualueiden kanssa", "B": "E",
                    "C": "Yhteiset projekti-ideat ja toteutukset", "D": "5 projektihakemusta", "F": "4 projektihakemusta"},
           "red", st, typed="Keltainen", calc=("min", 5, 4))
    # 30: 27 = 0.9 * 30 -> yellow (edge, exact)
    b.goal(ws, 18, {"A": "Kirjastopalvelujen esteettömyyden ja saavutettavuuden lisääminen", "B": "E",
                    "C": "Koulutus henkilökunnalle", "D": "30 osallistujaa", "F": "27 osallistujaa"},
           "yellow", st, calc=("min", 30, 27))
    # 150: 135 = 0.9 * 150 -> yellow (edge)
    b.goal(ws, 19, {"A": "Kulttuurisen työn koordinointi ja kehittäminen sekä verkostotyö syrjäytymisuhan alla oleville", "B": "E",
                    "C": "Tapahtumien määrä", "D": "150 tapahtumaa", "E": 148, "F": 135},
           "yellow", st, calc=("min", 150, 135))
    # 100: 89 < 90 -> red
    b.goal(ws, 20, {"A": "Kulttuurisen maahanmuuttajatyön koordinointi ja kehittäminen sekä verkostotyö kotouttamisen tukemisen välineenä", "B": "E",
                    "C": "Tapahtumien määrä", "D": "100 tapahtumaa", "F": 89},
           "red", st, calc=("min", 100, 89))
    # 140: 140 -> green (equal)
    b.goal(ws, 21, {"A": "Ruotsinkielisen kulttuuritoiminnan kehittäminen ja koordinointi", "B": "E",
                    "C": "Tapahtumien määrä", "D": "140 tapahtumaa", "F": 140},
           "green", st, calc=("min", 140, 140))
    # no numeric actual; negative progress phrase -> red
    b.goal(ws, 22, {"A": "Lastenkulttuurin saatavuuden ja saavutettavuuden edistäminen sekä koordinointi.", "B": "E",
                    "C": "Tapahtumien määrä", "D": "540 tapahtumaa",
                    "F": "Ei toteudu, näyttelytila peruskorjauksessa"},
           "red", st, calc=("progress", "ei toteudu"))
    b.goal(ws, 23, {"A": "Senioreille kohdennettujen kulttuuripalveluiden koordinointi ja kehittäminen", "B": "E",
                    "C": "Tapahtumien määrä", "D": "170 tapahtumaa", "F": "Ei aloitettu"},
           "red", st, calc=("progress", "ei aloitettu"))
    # compound: 100 % >= 100 % green, 16 >= 15 green -> green
    b.goal(ws, 24, {"A": "Koulujen kanssa tehtävä yhteistyö: Elämyspolku (2., 4. ja 5. lk): Mediamatka ja kirjavinkkaus; kirjastokurssit esikoululaisille", "B": "E",
                    "C": "Luokkien määrä ja eskarien määrä",
                    "D": "100 % ikäluokista elämyspolussa, kirjastokursseja 15/vuosi",
                    "F": "100 % ikäluokista elämyspolussa, kirjastokursseja 16/vuosi"},
           "green", st, calc=("compound", [("min_pct", 100, 100), ("min", 15, 16)]))
    # 1000: "1 000" (no-break space) = 1000 -> green
    b.goal(ws, 25, {"A": "Lasten omat kärkitapahtumat, kuten Harry Potter, loma-aikojen ohjelmatoiminta sekä muut kirjallisuuteen ja mediataitoihin liittyvät tapahtumakokonaisuudet", "B": "E",
                    "C": "Lasten tapahtumat ja niihin osallistujat", "D": "saavutetaan 1000 lasta",
                    "F": f"1{NBSP}000 lasta"},
           "green", st, calc=("min", 1000, 1000))
    # bare 110 (a count): 99 = 0.9 * 110 -> yellow (domain.md's own example)
    b.goal(ws, 26, {"A": "Satutunnit ja esitykset koko kirjastossa", "B": "E",
                    "C": "Satutuntien ja esitysten määrä", "D": 110, "E": 104, "F": 99},
           "yellow", st, calc=("min", 110, 99))
    b.goal(ws, 27, {"A": "Nuorten tapahtumat ja pop up -toiminta", "B": "E",
                    "C": "Brändin rakentaminen ja ajankohtaisiin asioihin tarttuminen", "D": "Toiminta säännöllistä",
                    "F": "Pop up -tapahtumia kuukausittain"},
           "none", st)
    b.goal(ws, 28, {"A": "Nuorten osallistaminen ja nuorisotaloyhteistyö", "B": "E",
                    "C": "Nuorten raati kolmessa lähiössä aktivointirahoituksen toteutuessa", "D": "Toteutunut toiminta"},
           "none", st)
    # 100 % of the age group (percent, at least): 98 >= 98 -> yellow
    b.goal(ws, 29, {"A": "Yläkouluyhteistyö: Elämyspolku 7. lk", "B": "E",
                    "C": "Luokkien määrä", "D": "100 % ikäluokasta", "F": "98 % ikäluokasta"},
           "yellow", st, calc=("min_pct", 100, 98))
    # --- table 3
    b.header(ws, 30, dict(LIB_HDR, C="Perustoiminnan toteutumista kuvaava mittari"), cols)
    # more than 75 %: 80 > 75 -> green
    b.goal(ws, 31, {"A": "Päivitetään tehtävänkuvat koko tulosyksikön osalta, painotetaan jokaisen osuutta ja vastuuta toiminnan kehittämisestä.", "B": "E",
                    "C": "Päivitettyjen tehtävänkuvien osuus", "D": "Tehtävänkuvat päivitetty > 75%", "F": "80 %"},
           "green", st, calc=("gt_pct", 75, 80))
    b.span(ws, 6, 31)
    # two blank rows (32, 33) end the table; the note paragraph is not part of it
    b.put(ws, "A34", "Tämä palvelutuotantosopimus täydentää toimialan strategista ja palvelualuetasoista operatiivista sopimusta. "
                     "Tässä sopimuksessa määritellään kaupungin strategiasta johdetut kirjastopalvelujen hakeutuvat palvelut "
                     "-tulosyksikköä sitovat tavoitteet. Sopimuksen osapuolet ovat toimialajohtaja, palvelualuejohtaja ja "
                     "tulosyksikön päällikkö.")
    ws.merge_cells("A34:G34")
    ws.row_dimensions[34].height = 60
    b.put(ws, "A36", "2.    Resurssit", bold=True, wrap=False)
    b.row(ws, 37, {"A": "Talousarvio", "B": "TA2020"}, wrap=False)
    b.row(ws, 38, {"A": "Tulot", "B": 0}, wrap=False)
    b.row(ws, 39, {"A": "Menot", "B": f"1{NBSP}266{NBSP}563"}, wrap=False)  # typed as text, no-break spaces
    b.row(ws, 40, {"A": "Netto", "B": 1266563}, wrap=False)  # 1 266 563 - 0 = 1 266 563: correct
    b.row(ws, 41, {"A": "Henkilöstö, vakanssit", "B": "kpl"}, wrap=False)
    b.row(ws, 42, {"A": "Yhteensä", "B": 28}, wrap=False)
    b.issue("status-mismatch", "Sopimus")
    b.no_rows("status-mismatch", "Sopimus", [7, 10, 15])
    b.no_rows("unread-row", "Sopimus", [34, 36, 37, 38, 39, 40, 41, 42])
    common(b, ["budget-mismatch", "invalid-portfolio-flag", "missing-metric", "missing-target", "missing-goal",
               "duplicate-column", "duplicate-goal", "invalid-status", "share-mismatch", "invalid-number"])
    return b


# ---------------------------------------------------------------------------------------------
# g04  Library contract with errors; resources block directly after the goal table (wrong Netto)
# ---------------------------------------------------------------------------------------------
def g04():
    b = Book("04", "kirjasto-virheet",
             "Library contract with row errors: a bad K/E flag, a missing metric, a missing target, a duplicate goal text, a "
             "status cell with a non-status word; the resources block follows the table directly (its label ends the table) "
             "and its Netto is wrong (budget-mismatch).")
    ws = b.sheet("Lähikirjastot", {"A": 44, "B": 14, "C": 32, "D": 30, "E": 12, "F": 16, "G": 11})
    sh = ws.title
    cols = ("A", "C", "D")
    st = "G"
    b.title(ws, 1, "PALVELUTUOTANTOSOPIMUS 2025", "G", size=14)
    b.put(ws, "A2", "Tulosyksikkö: Lähikirjastot", wrap=False)
    b.header(ws, 4, {"A": "Tulosyksikön projekti tai toimenpide tavoitteen saavuttamiseksi",
                     "B": "Salkunhallinnassa mukana (K/E)", "C": "Tavoitteen toteutumista kuvaava mittari",
                     "D": "Mittarin tavoitetaso 2025", "E": "Toteutunut 2024", "F": "Toteutunut 31.12.2025",
                     "G": "Värikoodi"}, cols)
    # 110: 99 = 0.9 * 110 -> yellow
    b.goal(ws, 5, {"A": "Satutunnit ja esitykset", "B": "E", "C": "Satutuntien ja esitysten määrä", "D": 110, "E": 104, "F": 99},
           "yellow", st, calc=("min", 110, 99))
    # flag X is not K/E -> invalid-portfolio-flag (B6); 300: 305 -> green
    b.goal(ws, 6, {"A": "Lukudiplomi laajenee kaikkiin lähikirjastoihin", "B": "X", "C": "Suoritetut lukudiplomit",
                   "D": "300 suoritusta", "E": 280, "F": 305},
           "green", st, calc=("min", 300, 305))
    # no metric -> missing-metric; qualitative target -> none
    b.goal(ws, 7, {"A": "Kirjastokurssit esikoululaisille", "B": "E",
                   "D": "Kurssit toteutetaan suunnitelman mukaan"},
           "none", st, lacks=("metric",))
    # no target -> missing-target; nothing to compute -> none
    b.goal(ws, 8, {"A": "Kotipalvelu tavoittaa uusia asiakkaita", "B": "K", "C": "Kotipalveluasiakkaiden määrä", "E": 120},
           "none", st, lacks=("target",))
    # the same goal text as row 5 -> duplicate-goal; 40: 44 -> green
    b.goal(ws, 9, {"A": "Satutunnit ja esitykset", "B": "E", "C": "Satutuntien määrä lähikirjastoissa",
                   "D": "40 satutuntia", "F": 44},
           "green", st, calc=("min", 40, 44))
    # "OK" is no status word -> invalid-status (G10); 40: 42 -> green
    b.goal(ws, 10, {"A": "Kirjastoauto kiertää kaikilla alueilla", "B": "E", "C": "Pysäkkien määrä",
                    "D": "vähintään 40 pysäkkiä", "E": 41, "F": 42},
           "green", st, typed="OK", calc=("min", 40, 42))
    b.span(ws, 4, 10)
    # resources block right after the table: label rows whose metric and target cells are empty
    b.row(ws, 11, {"A": "Talousarvio", "B": "TA2025"}, wrap=False)
    b.row(ws, 12, {"A": "Tulot", "B": 250000}, wrap=False)
    b.row(ws, 13, {"A": "Menot", "B": 1516563}, wrap=False)
    b.row(ws, 14, {"A": "Netto", "B": 1200000}, wrap=False)  # Menot - Tulot = 1 266 563, not 1 200 000 -> budget-mismatch
    b.issue("invalid-portfolio-flag", sh, "B6")
    b.issue("missing-metric", sh)
    b.issue("missing-target", sh)
    b.issue("duplicate-goal", sh)
    b.issue("invalid-status", sh, "G10")
    b.issue("budget-mismatch", sh)
    b.no_rows("invalid-portfolio-flag", sh, [5, 7, 8, 9, 10, 11, 12, 13, 14])
    b.no_rows("missing-metric", sh, [5, 6, 8, 9, 10, 11, 12, 13, 14])
    b.no_rows("missing-target", sh, [5, 6, 7, 9, 10, 11, 12, 13, 14])
    b.no_rows("missing-goal", sh, [11, 12, 13, 14])
    b.no_rows("unread-row", sh, [11, 12, 13, 14])
    b.no("status-mismatch", sh, 10)
    common(b, ["duplicate-column"])
    return b


# ---------------------------------------------------------------------------------------------
# g05 / g06  Period-qualified review headers
# ---------------------------------------------------------------------------------------------
def review_rows(b, ws, review_header, status_header, forecast, typed_row6=None, typed_row5=None):
    """Four goal rows under a single review column D; status column E."""
    cols = ("A", "B", "C")
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Tulosyksikkö: Itä", "E")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": review_header, "E": status_header}, cols)
    # score 4: 3,71 >= 0.9 * 4 = 3.6 -> yellow
    b.goal(ws, 4, {"A": "Asiakkaat ovat tyytyväisiä", "B": "Asiakaskysely, asteikko 1–5",
                   "C": "Tavoitetaso 4 (asteikolla 1-5)", "D": "3,71"},
           "yellow", "E", forecast=forecast, calc=("min", 4, "3.71"))
    # at most 4 %: 3,9 <= 4 -> green
    b.goal(ws, 5, {"A": "Sairauspoissaolot pysyvät matalina", "B": "Sairauspoissaolot, %", "C": "enintään 4 %", "D": "3,9 %"},
           "green", "E", forecast=forecast, typed=typed_row5, calc=("max_pct", 4, "3.9"))
    # a progress word beside a real figure: the figure decides. at least 4,5: 4,12 >= 4.05 -> yellow
    b.goal(ws, 6, {"A": "Asiakaskysely toteutetaan laajana", "B": "Asiakastyytyväisyys, asteikko 1–5",
                   "C": "vähintään 4,5 (asteikolla 1-5)", "D": "Tavoite saavutettu, 4,12"},
           "yellow", "E", forecast=forecast, typed=typed_row6, calc=("min", "4.5", "4.12"))
    # at least 100 % (percent): 97,5 < 98 -> red
    b.goal(ws, 7, {"A": "Suunnitellut kotikäynnit toteutuvat", "B": "Toteutuneet käynnit, % suunnitelmasta",
                   "C": "vähintään 100 %", "D": "97,5 %"},
           "red", "E", forecast=forecast, calc=("min_pct", 100, "97.5"))
    b.span(ws, 3, 7)
    for c, w in {"A": 34, "B": 30, "C": 30, "D": 26, "E": 12}.items():
        ws.column_dimensions[c].width = w


def g05():
    b = Book("05", "valitoteuma-otsikot",
             "Interim review headers, one per sheet: 'Toteuma 1-8/2025', 'Toteuma 1–8/2025' (en dash), 'Toteuma 1-8 kk' and "
             "'Tilanne 30.9.2025' (beside a 'Tila' status column): every status is a forecast, including a progress word "
             "beside a real figure.")
    for name, header, status in (("Toteuma 1-8 2025", "Toteuma 1-8/2025", "Värikoodi"),
                                 ("Toteuma 1–8 2025", "Toteuma 1–8/2025", "Värikoodi"),
                                 ("Toteuma 1-8 kk", "Toteuma 1-8 kk", "Värikoodi"),
                                 ("Tilanne 30.9.", "Tilanne 30.9.2025", "Tila")):
        ws = b.sheet(name)
        review_rows(b, ws, header, status, forecast=True, typed_row5="Vihreä")
        b.no("status-mismatch", name, 5)
    common(b, ["duplicate-column", "unread-row", "invalid-status"])
    return b


def g06():
    b = Book("06", "vuositoteuma-otsikot",
             "Full-year review headers, one per sheet: 'Toteuma 1–12/2025', 'Toteutunut 31.12.2025' and plain 'Toteuma': no "
             "forecasts; a lower-case typed 'vihreä' that is right, and a typed 'Vihreä' beside a figure that gives yellow "
             "(status-mismatch).")
    for name, header in (("Toteuma 1–12 2025", "Toteuma 1–12/2025"),
                         ("Toteutunut 31.12.2025", "Toteutunut 31.12.2025"),
                         ("Toteuma", "Toteuma")):
        ws = b.sheet(name)
        review_rows(b, ws, header, "Värikoodi", forecast=False, typed_row5="vihreä", typed_row6="Vihreä")
        b.issue("status-mismatch", name)
        b.no_rows("status-mismatch", name, [4, 5, 7])
    common(b, ["duplicate-column", "unread-row", "invalid-status"])
    return b


# ---------------------------------------------------------------------------------------------
# g07 / g08  Two-row merged headers
# ---------------------------------------------------------------------------------------------
def two_row_header(b, ws, top, sub, cols):
    """top: {col: text} written in row 4 (merged down to 5 unless a group); sub: {col: text} in row 5."""
    for col, text in top.items():
        b.put(ws, f"{col}4", text, bold=True, fill="D9E1F2")
    for col, text in sub.items():
        b.put(ws, f"{col}5", text, bold=True, fill="D9E1F2")
    b.cols[ws.title] = cols
    b.marks[(ws.title, 4)] = "header"
    b.marks[(ws.title, 5)] = "header"


def g07():
    b = Book("07", "arviointi-kaksirivinen",
             "Two-row header: 'Arviointi' merged over '1–9 kk' and '1–12 kk' (other headers merged down two rows); the 12-month "
             "figure decides where present, the 9-month one gives a forecast; typed statuses checked (two mismatches).")
    ws = b.sheet("Tavoitteet", {"A": 34, "B": 28, "C": 30, "D": 14, "E": 14, "F": 12})
    sh = ws.title
    b.title(ws, 1, "Palvelutuotantosopimus 2025", "F")
    b.put(ws, "A2", "Tulosyksikkö: Länsi", wrap=False)
    two_row_header(b, ws, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Arviointi", "F": "Värikoodi"},
                   {"D": "1–9 kk", "E": "1–12 kk"}, ("A", "B", "C"))
    for c in "ABCF":
        ws.merge_cells(f"{c}4:{c}5")
    ws.merge_cells("D4:E4")
    st = "F"
    # score 4: 12-month 4,1 >= 4 -> green; typed Vihreä agrees
    b.goal(ws, 6, {"A": "Asiakkaat ovat tyytyväisiä", "B": "Asiakaskysely, asteikko 1–5",
                   "C": "Tavoitetaso 4 (asteikolla 1-5)", "D": "3,8", "E": "4,1"},
           "green", st, typed="Vihreä", calc=("min", 4, "4.1"))
    # at least 50 000: 46 000 >= 45 000 -> yellow; typed Vihreä -> status-mismatch
    b.goal(ws, 7, {"A": "Käyntimäärät kasvavat", "B": "Käyntikerrat",
                   "C": "vähintään 50 000 käyntiä", "D": "36 500", "E": "46 000"},
           "yellow", st, typed="Vihreä", calc=("min", 50000, 46000))
    # at most 4 %: only the 9-month figure 4,4 <= 6 -> yellow, forecast
    b.goal(ws, 8, {"A": "Sairauspoissaolot vähenevät", "B": "Sairauspoissaolot, %", "C": "enintään 4 %", "D": "4,4 %"},
           "yellow", st, forecast=True, calc=("max_pct", 4, "4.4"))
    # at least 15 %: 12-month 12 < 13 -> red (the 9-month 16 would be green); typed Keltainen -> status-mismatch
    b.goal(ws, 9, {"A": "Koulutus tavoittaa henkilöstön", "B": "Koulutetun henkilöstön osuus, %", "C": "vähintään 15 %",
                   "D": "16 %", "E": "12 %"},
           "red", st, typed="Keltainen", calc=("min_pct", 15, 12))
    # qualitative, typed Vihreä kept
    b.goal(ws, 10, {"A": "Palautteet käsitellään kaikissa tiimeissä", "B": "Palauteprosessi",
                    "C": "Prosessikuvauksen mukainen toiminta", "D": "Palautteiden käsittely sovittu",
                    "E": "Palautteet käsitelty kaikissa tiimeissä"},
           "green", st, typed="Vihreä", manual=True)
    b.span(ws, 4, 10)
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [6, 8, 10])
    common(b, ["duplicate-column", "unread-row", "invalid-status", "missing-metric", "missing-target"])
    return b


def g08():
    b = Book("08", "toteuma-kaksirivinen",
             "Two-row header: 'Toteuma' merged over '2024' (the previous year) and '1–8/2025' (interim): statuses are forecasts "
             "from 1–8/2025; typed statuses that agree raise nothing.")
    ws = b.sheet("Tavoitteet 2025", {"A": 34, "B": 28, "C": 30, "D": 12, "E": 12, "F": 12})
    sh = ws.title
    b.title(ws, 1, "Palvelutuotantosopimus 2025", "F")
    b.put(ws, "A2", "Tulosyksikkö: Etelä", wrap=False)
    two_row_header(b, ws, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "F": "Tila"},
                   {"D": "2024", "E": "1–8/2025"}, ("A", "B", "C"))
    for c in "ABCF":
        ws.merge_cells(f"{c}4:{c}5")
    ws.merge_cells("D4:E4")
    st = "F"
    # score 4: 1-8/2025 4,3 >= 4 -> green forecast (2024: 4,2 also green)
    b.goal(ws, 6, {"A": "Asiakkaat ovat tyytyväisiä", "B": "Asiakaskysely, asteikko 1–5",
                   "C": "Tavoitetaso 4 (asteikolla 1-5)", "D": "4,2", "E": "4,3"},
           "green", st, forecast=True, typed="Vihreä", calc=("min", 4, "4.3"))
    # at most 4 %: 5,5 <= 6 -> yellow forecast (2024: 5,1 also yellow)
    b.goal(ws, 7, {"A": "Sairauspoissaolot pysyvät matalina", "B": "Sairauspoissaolot, %", "C": "enintään 4 %",
                   "D": "5,1 %", "E": "5,5 %"},
           "yellow", st, forecast=True, typed="Keltainen", calc=("max_pct", 4, "5.5"))
    # at least 100 %: 97,2 < 98 -> red forecast (2024: 96,5 also red)
    b.goal(ws, 8, {"A": "Suunnitellut kotikäynnit toteutuvat", "B": "Toteutuneet käynnit, % suunnitelmasta",
                   "C": "vähintään 100 %", "D": "96,5 %", "E": "97,2 %"},
           "red", st, forecast=True, calc=("min_pct", 100, "97.2"))
    b.span(ws, 4, 8)
    common(b, ["duplicate-column", "unread-row", "status-mismatch", "invalid-status"])
    return b


# ---------------------------------------------------------------------------------------------
# g09  Goals that start with block words, then a real resources block right after the table
# ---------------------------------------------------------------------------------------------
def g09():
    b = Book("09", "lohkosanat-tavoitteina",
             "Goals whose text starts with a budget or production word (Henkilöstö, Talous, Oma tuotanto, Menot, Tulot, Netto, "
             "Palveluseteli) with numbers in the row are goals, not block starts; a real resources block (Talousarvio, Tulot, "
             "Menot, Netto, Henkilöstö) follows the table directly and is correct.")
    ws = b.sheet("Sopimus 2025", {"A": 40, "B": 30, "C": 24, "D": 16, "E": 12})
    sh = ws.title
    cols = ("A", "B", "C")
    st = "E"
    b.title(ws, 1, "Palvelutuotantosopimus 2025", "E")
    b.put(ws, "A2", "Tulosyksikkö: Keskusta", wrap=False)
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "E": "Tila"}, cols)
    # at most 4 %: 3,5 -> green; typed Vihreä agrees
    b.goal(ws, 4, {"A": "Henkilöstö voi hyvin", "B": "Sairauspoissaolot, %", "C": "enintään 4 %", "D": "3,5 %"},
           "green", st, typed="Vihreä", calc=("max_pct", 4, "3.5"))
    # at most 100 %: 99,2 -> green
    b.goal(ws, 5, {"A": "Talous on tasapainossa", "B": "Toimintakate, % talousarviosta", "C": "enintään 100 %", "D": "99,2 %"},
           "green", st, calc=("max_pct", 100, "99.2"))
    # at most 14 (count): 12 -> green
    b.goal(ws, 6, {"A": "Oma tuotanto vastaa kysyntään", "B": "Jonotusaika, vrk", "C": "enintään 14 vrk", "D": "12 vrk"},
           "green", st, calc=("max", 14, 12))
    # at most 100 %: 101,5 <= 102 -> yellow
    b.goal(ws, 7, {"A": "Menot pysyvät talousarviossa", "B": "Menot, % talousarviosta", "C": "enintään 100 %", "D": "101,5 %"},
           "yellow", st, calc=("max_pct", 100, "101.5"))
    # at least 250 000: 241 000 >= 225 000 -> yellow
    b.goal(ws, 8, {"A": "Tulot kasvavat", "B": "Maksutulot, €", "C": "vähintään 250 000 €", "D": "241 000 €"},
           "yellow", st, calc=("min", 250000, 241000))
    # at most 950 (count): 1020 <= 1045 (1.1 T) and <= 1055.6 (T / 0.9) -> yellow
    b.goal(ws, 9, {"A": "Nettokustannukset pysyvät kurissa", "B": "Nettokustannukset, € / asukas", "C": "enintään 950 €", "D": "1 020 €"},
           "yellow", st, calc=("max", 950, 1020))
    # at least 300: 315 -> green
    b.goal(ws, 10, {"A": "Palveluseteli on asiakkaille joustava vaihtoehto", "B": "Palvelusetelin käyttäjät, lasta",
                    "C": "vähintään 300 lasta", "D": "315 lasta"},
           "green", st, calc=("min", 300, 315))
    b.span(ws, 3, 10)
    b.row(ws, 11, {"A": "Talousarvio", "D": "TA 2025"}, wrap=False)
    b.row(ws, 12, {"A": "Tulot", "D": 250000}, wrap=False)
    b.row(ws, 13, {"A": "Menot", "D": 1516563}, wrap=False)
    b.row(ws, 14, {"A": "Netto", "D": 1266563}, wrap=False)  # 1 516 563 - 250 000 = 1 266 563: correct
    b.row(ws, 15, {"A": "Henkilöstö, vakanssit", "D": 28}, wrap=False)
    for code in ("unread-row", "missing-metric", "missing-target", "missing-goal"):
        b.no_rows(code, sh, [11, 12, 13, 14, 15])
    b.no("status-mismatch", sh, 4)
    common(b, ["budget-mismatch", "invalid-number", "duplicate-column", "share-mismatch"])
    return b


# ---------------------------------------------------------------------------------------------
# g10  English contract
# ---------------------------------------------------------------------------------------------
def g10():
    b = Book("10", "english-contract",
             "English contract (Goal, Means, Responsible, Metric, Target, Actual, Status) with goals starting Staff, Service desk, "
             "Net promoter score, Own production, Budget; percent-formatted real actuals; one mismatching typed status and a "
             "kept manual status.")
    ws = b.sheet("Contract", {"A": 40, "B": 28, "C": 22, "D": 30, "E": 18, "F": 14, "G": 10})
    sh = ws.title
    cols = ("A", "D", "E")
    st = "G"
    b.title(ws, 1, "Service production contract 2025", "G")
    b.put(ws, "A2", "Unit: Library services, Central district", wrap=False)
    b.header(ws, 3, {"A": "Goal", "B": "Means", "C": "Responsible", "D": "Metric", "E": "Target", "F": "Actual", "G": "Status"}, cols)
    # at most 4 %: 0.035 shown 3.5 % -> green; typed Green agrees
    b.goal(ws, 4, {"A": "Staff are healthy and motivated", "B": "Early support talks", "C": "HR manager",
                   "D": "Sick leave, %", "E": "at most 4 %", "F": V(0.035, "0.0%")},
           "green", st, typed="Green", calc=("max_pct", 4, "3.5"))
    # at most 2 (count): 2 -> green (equal)
    b.goal(ws, 5, {"A": "Service desk answers within two working days", "B": "Ticket triage", "C": "Service desk lead",
                   "D": "Median answer time, working days", "E": "at most 2 days", "F": 2},
           "green", st, calc=("max", 2, 2))
    # at least 30: 27 = 0.9 * 30 -> yellow; typed Green -> status-mismatch
    b.goal(ws, 6, {"A": "Net promoter score stays high", "B": "Customer journeys reviewed", "C": "Customer experience lead",
                   "D": "NPS", "E": "at least 30", "F": 27},
           "yellow", st, typed="Green", calc=("min", 30, 27))
    # at most 14 (count): 16 > 15.4 (1.1 T) and > 15.56 (T / 0.9) -> red
    b.goal(ws, 7, {"A": "Own production meets demand", "B": "Flexible staffing", "C": "Unit manager",
                   "D": "Waiting time, days", "E": "at most 14 days", "F": 16},
           "red", st, calc=("max", 14, 16))
    # at least 15 %: 0.12 shown 12 % < 13 -> red
    b.goal(ws, 8, {"A": "Staff training reaches everyone", "B": "Training plan", "C": "HR manager",
                   "D": "Staff trained, %", "E": "at least 15 %", "F": V(0.12, "0%")},
           "red", st, calc=("min_pct", 15, 12))
    # at most 100 %: 0.987 shown 98.7 % -> green
    b.goal(ws, 9, {"A": "Budget is kept", "B": "Monthly follow-up", "C": "Controller",
                   "D": "Expenditure, % of budget", "E": "at most 100 %", "F": V(0.987, "0.0%")},
           "green", st, calc=("max_pct", 100, "98.7"))
    # qualitative; typed Yellow kept
    b.goal(ws, 10, {"A": "Customer feedback is handled in every team", "B": "Feedback in team meetings", "C": "Unit manager",
                    "D": "Feedback process", "E": "Feedback process in use", "F": "Handled monthly in team meetings"},
           "yellow", st, typed="Yellow", manual=True)
    b.span(ws, 3, 10)
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [4, 5, 7, 8, 9, 10])
    common(b, ["unread-row", "missing-responsible", "duplicate-column", "missing-metric", "missing-target",
               "invalid-status", "budget-mismatch"])
    return b


# ---------------------------------------------------------------------------------------------
# g11  Swedish contract with a production table (LibreOffice)
# ---------------------------------------------------------------------------------------------
def g11():
    b = Book("11", "svenska-avtal-lo",
             "Swedish contract (Strategiskt mål, Mål, Åtgärder, Ansvarig, Mätare, Målnivå, Utfall 2024, Utfall, Färgkod) and a "
             "production table (Egen produktion 5535, Servicesedel 1200, Stöd för privat vård 441 -> private 22.87 %) with an "
             "empty share column; rewritten by LibreOffice.",
             writer="libreoffice")
    ws = b.sheet("Avtal 2025", {"A": 26, "B": 32, "C": 24, "D": 18, "E": 24, "F": 22, "G": 11, "H": 26, "I": 10})
    sh = ws.title
    cols = ("B", "E", "F")
    st = "I"
    b.title(ws, 1, "Serviceproduktionsavtal 2025", "I")
    b.put(ws, "A2", "Resultatenhet: Svenska småbarnspedagogiken", wrap=False)
    b.header(ws, 4, {"A": "Strategiskt mål", "B": "Mål", "C": "Åtgärder", "D": "Ansvarig", "E": "Mätare", "F": "Målnivå",
                     "G": "Utfall 2024", "H": "Utfall", "I": "Färgkod"}, cols)
    # at least 4 on 1-5: 4,3 -> green; typed Grön agrees
    b.goal(ws, 5, {"A": "Trygg och högklassig småbarnspedagogik", "B": "Barnen får en trygg start",
                   "C": "Inskolningssamtal med alla familjer", "D": "Enhetschef", "E": "Föräldraenkät, skala 1–5",
                   "F": "minst 4 (skala 1–5)", "G": V(4.1, "0.0"), "H": "4,3"},
           "green", st, typed="Grön", calc=("min", 4, "4.3"))
    # at least 15 %: 14 >= 13 -> yellow; typed Gul agrees
    b.goal(ws, 6, {"B": "Personalen fortbildas", "C": "Fortbildningsplan", "D": "Enhetschef",
                   "E": "Andel fortbildad personal", "F": "minst 15 %", "G": "11 %", "H": "14 %"},
           "yellow", st, typed="Gul", calc=("min_pct", 15, 14))
    # 40 (count): 35 < 36 -> red; typed Grön -> status-mismatch
    b.goal(ws, 7, {"B": "Evenemang för familjer", "C": "Familjecaféer", "D": "Pedagogisk koordinator",
                   "E": "Antal evenemang", "F": "40 evenemang", "G": 38, "H": 35},
           "red", st, typed="Grön", calc=("min", 40, 35))
    b.goal(ws, 8, {"A": "Samarbete med vårdnadshavare", "B": "Vårdnadshavarna deltar i planeringen", "C": "Föräldraråd",
                   "D": "Direktör", "E": "Föräldraråd", "F": "Föräldraråd etablerat i varje enhet",
                   "H": "Rådet har träffats regelbundet"},
           "none", st)
    b.span(ws, 4, 8)
    b.put(ws, "A11", "Barn i småbarnspedagogik 31.12.2025", bold=True, wrap=False)
    b.put(ws, "A12", "Produktionsform", bold=True)
    b.put(ws, "B12", "Antal barn", bold=True)
    b.put(ws, "C12", "Andel %", bold=True)
    b.row(ws, 13, {"A": "Egen produktion", "B": 5535})
    b.row(ws, 14, {"A": "Servicesedel", "B": 1200})
    b.row(ws, 15, {"A": "Stöd för privat vård", "B": 441})
    b.own(ws, "C13:C15")  # empty computed share cells
    b.private = private_share(5535, 1200 + 441)  # 1641 / 7176 = 22.87
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [5, 6, 8])
    common(b, ["unread-row", "duplicate-column", "missing-responsible", "missing-metric", "missing-target",
               "missing-goal", "share-mismatch", "share-sum", "invalid-status"])
    return b


# ---------------------------------------------------------------------------------------------
# g12 / g13  The balanced result card (tuloskortti, seed 003)
# ---------------------------------------------------------------------------------------------
def g12():
    b = Book("12", "tuloskortti",
             "Result card (Näkökulma, Menestystekijä, Mittari, Tietolähde, Tavoitetaso, Toteuma): perspectives Asiakas "
             "(merged down two rows), Prosessit, a merged section row 'Henkilöstö' and a 'Talous' goal 'Talous on "
             "tasapainossa'; no status column (added at G).")
    ws = b.sheet("Tuloskortti", {"A": 16, "B": 38, "C": 30, "D": 20, "E": 28, "F": 12})
    sh = ws.title
    cols = ("B", "C", "E")
    st = "G"
    b.title(ws, 1, "Kaupunginkirjasto – palvelun tuloskortti 2025", "F")
    b.header(ws, 3, {"A": "Näkökulma", "B": "Menestystekijä", "C": "Mittari", "D": "Tietolähde", "E": "Tavoitetaso",
                     "F": "Toteuma"}, cols)
    b.own(ws, "G3")
    b.put(ws, "A4", "Asiakas", bold=True)
    ws.merge_cells("A4:A5")
    # score 4: 4,2 -> green
    b.goal(ws, 4, {"B": "Asiakkaat ovat tyytyväisiä palveluun", "C": "Asiakastyytyväisyys, asteikko 1–5",
                   "D": "Asiakaskysely", "E": "Tavoitetaso 4 (asteikolla 1-5)", "F": "4,2"},
           "green", st, calc=("min", 4, "4.2"))
    # at least 500: 430 < 450 -> red
    b.goal(ws, 5, {"B": "Palvelut tavoittavat uusia asiakasryhmiä", "C": "Uudet asiakkaat", "D": "Kirjastojärjestelmä",
                   "E": "vähintään 500 uutta asiakasta", "F": "430"},
           "red", st, calc=("min", 500, 430))
    # at most 5 (count): 5 -> green (equal)
    b.goal(ws, 6, {"A": "Prosessit", "B": "Prosessit ovat sujuvia", "C": "Käsittelyaika, vrk", "D": "Asianhallinta",
                   "E": "enintään 5 vrk", "F": "5 vrk"},
           "green", st, calc=("max", 5, 5))
    b.section(ws, 7, "Henkilöstö", "A", "F")
    # at most 4 %: 3,5 -> green
    b.goal(ws, 8, {"B": "Henkilöstö voi hyvin", "C": "Sairauspoissaolot, %", "D": "Henkilöstöraportti",
                   "E": "enintään 4 %", "F": "3,5 %"},
           "green", st, calc=("max_pct", 4, "3.5"))
    # at least 3: 2,8 >= 2.7 -> yellow
    b.goal(ws, 9, {"B": "Osaaminen kehittyy", "C": "Koulutuspäivät henkilöä kohden", "D": "HR-järjestelmä",
                   "E": "vähintään 3 päivää", "F": "2,8 päivää"},
           "yellow", st, calc=("min", 3, "2.8"))
    # at most 100 %: 103,5 > 102 -> red
    b.goal(ws, 10, {"A": "Talous", "B": "Talous on tasapainossa", "C": "Menot, % talousarviosta", "D": "Talousraportti",
                    "E": "enintään 100 %", "F": "103,5 %"},
           "red", st, calc=("max_pct", 100, "103.5"))
    b.span(ws, 3, 10)
    common(b, ["missing-goal", "missing-metric", "missing-target", "unread-row", "budget-mismatch", "duplicate-column"])
    return b


def g13():
    b = Book("13", "tuloskortti-pohja-lo",
             "Seed 003 result card template (Näkökulma, Menestystekijä, Mittarit, Tietolähde, Tavoitetaso) with perspectives "
             "Vaikuttavuus, Prosessi, Asiakas, Henkilöstö, Talous and no actual column: every status none; no missing-column; "
             "rewritten by LibreOffice.",
             writer="libreoffice")
    ws = b.sheet("Tuloskortti", {"A": 16, "B": 38, "C": 30, "D": 20, "E": 30})
    cols = ("B", "C", "E")
    st = "F"
    b.title(ws, 1, "Palvelumme tuloskortti", "E")
    b.put(ws, "A2", "Palvelu: Lasten kulttuuripalvelut", wrap=False)
    b.header(ws, 4, {"A": "Näkökulma", "B": "Menestystekijä", "C": "Mittarit", "D": "Tietolähde", "E": "Tavoitetaso"}, cols)
    b.own(ws, "F4")
    rows = [
        ("Vaikuttavuus", "Lasten kulttuuriaktiivisuus lisääntyy", "Osallistujien määrä", "Efeko-kysely", "vähintään 5 000 osallistujaa"),
        ("Prosessi", "Palveluprosessit on kuvattu", "Kuvatut prosessit", "Laatukäsikirja", "Prosessikuvauksen mukainen toiminta"),
        ("Asiakas", "Asiakas saa tarvitsemansa palvelun", "Asiakastyytyväisyys, asteikko 1–5", "Asiakaskysely", "Tavoitetaso 4 (asteikolla 1-5)"),
        ("Henkilöstö", "Henkilöstö on osaavaa", "Koulutuspäivät henkilöä kohden", "HR-raportti", "vähintään 3 koulutuspäivää"),
        ("Talous", "Talous pysyy talousarviossa", "Menot, % talousarviosta", "Talousraportti", "enintään 100 %"),
    ]
    for i, (p, g, m, s, t) in enumerate(rows):
        # no actual anywhere: none
        b.goal(ws, 5 + i, {"A": p, "B": g, "C": m, "D": s, "E": t}, "none", st)
    b.span(ws, 4, 9)
    common(b, ["missing-goal", "missing-metric", "missing-target", "unread-row", "budget-mismatch", "duplicate-column",
               "status-mismatch"])
    return b


# ---------------------------------------------------------------------------------------------
# g14  Seed 004: progress shares in three columns TEKEMÄTTÄ / TEKEILLÄ / TEHTY
# ---------------------------------------------------------------------------------------------
def g14():
    b = Book("14", "eteneminen-osuudet",
             "Seed 004 progress shares in three columns TEKEMÄTTÄ / TEKEILLÄ / TEHTY (100 % done green, 100 % not started red, "
             "between yellow), shares as percent-formatted numbers and as text; a numeric actual beside the shares decides; "
             "one row whose shares add to 90 % (share-sum).")
    ws = b.sheet("TA-seuranta", {"A": 44, "B": 28, "C": 18, "D": 12, "E": 12, "F": 10, "G": 30, "H": 10})
    sh = ws.title
    cols = ("A", "B", "C")
    st = "H"
    b.title(ws, 1, "TA-seuranta 2025 – Kulttuurin ja vapaa-ajan toimiala", "H")
    b.put(ws, "A2", "Ositettu tavoitteiden toteutuminen", bold=True, wrap=False)
    b.header(ws, 4, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "TEKEMÄTTÄ", "E": "TEKEILLÄ", "F": "TEHTY",
                     "G": "Toteuma", "H": "Tila"}, cols)
    P = lambda x: V(x, "0%")
    b.goal(ws, 5, {"A": "IKÄIHMISET: Palvelutorien malli ja toteutuneet tapahtumat", "B": "Toteutuneet palvelutorit",
                   "C": "4 palvelutoria", "D": P(1), "E": P(0), "F": P(0)},
           "red", st, calc=("shares", 100, 0, 0))
    b.goal(ws, 6, {"A": "PIENET LAPSET: Perhehulinat malli ja toteutuneet tapahtumat", "B": "Toteutuneet perhehulinat",
                   "C": "8 tapahtumaa", "D": P(0), "E": P(0), "F": P(1)},
           "green", st, calc=("shares", 0, 0, 100))
    b.goal(ws, 7, {"A": "NUORET: Jokaisessa nuorisotyöyksikössä toteutetaan liikkumistoimenpide",
                   "B": "Yksiköt, joissa toimenpide on toteutettu", "C": "40 yksikköä",
                   "D": P(0.3), "E": P(0.4), "F": P(0.3)},
           "yellow", st, calc=("shares", 30, 40, 30))
    b.goal(ws, 8, {"A": "Talouden kuukausiraportti visualisoidaan", "B": "Visualisoidut raportit", "C": "12 raporttia",
                   "D": "0 %", "E": "0 %", "F": "100 %"},
           "green", st, calc=("shares", 0, 0, 100))
    # "7 / 7" against 7: 7 >= 7 -> green (shares agree)
    b.goal(ws, 9, {"A": "Digitaaliset palvelut ovat saavutettavia", "B": "Auditoidut palvelut", "C": "7 palvelua",
                   "D": P(0), "E": P(0), "F": P(1), "G": "Saavutettavuusauditointi tehty 7 / 7"},
           "green", st, calc=("min", 7, 7))
    # shares 50 + 30 + 10 = 90 -> share-sum; the numeric actual decides: "0 / 7" against 7: 0 < 6.3 -> red
    b.goal(ws, 10, {"A": "Julkaisujen asiakastyytyväisyys mitataan", "B": "Mitatut julkaisut", "C": "7 julkaisua",
                    "D": P(0.5), "E": P(0.3), "F": P(0.1), "G": "Asiakastyytyväisyys mitattu 0 / 7"},
           "red", st, calc=("min", 7, 0))
    b.span(ws, 4, 10)
    b.issue("share-sum", sh)
    b.no_rows("share-sum", sh, [5, 6, 7, 8, 9])
    common(b, ["duplicate-column", "unread-row", "missing-metric", "missing-target", "percent-out-of-range"])
    return b


# ---------------------------------------------------------------------------------------------
# g15  Targets of every kind, actuals at the band edges
# ---------------------------------------------------------------------------------------------
def g15():
    b = Book("15", "tavoitetasot-reunat",
             "Targets of each measurable form (at least percent/count/score, at most percent/count, more than, range, 'x/vuosi') "
             "with actuals exactly at the band edges (98 % vs at least 100 % yellow, 97,99 % red, 99 vs 110 yellow, equality "
             "green) and periods inside actuals (11/2025, 12_2025).")
    ws = b.sheet("Tavoitteet", {"A": 40, "B": 32, "C": 40, "D": 28, "E": 12})
    sh = ws.title
    cols = ("A", "B", "C")
    st = "E"
    b.title(ws, 1, "Palvelutuotantosopimus 2025", "E")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "E": "Värikoodi"}, cols)
    rows = [
        # (goal, metric, target, actual, status, calc, typed)
        ("Kotikäynnit toteutuvat suunnitellusti", "Toteutuneet käynnit, % suunnitelmasta", "vähintään 100 %", "98 %",
         "yellow", ("min_pct", 100, 98), None),  # 98 >= 100 - 2 -> yellow (edge)
        ("Kotikäynnit toteutuvat – Itäinen alue", "Toteutuneet käynnit, % suunnitelmasta", "vähintään 100 %", "97,99 %",
         "red", ("min_pct", 100, "97.99"), None),  # 97.99 < 98 -> red
        ("Satutunteja järjestetään", "Satutuntien ja esitysten määrä", 110, 99,
         "yellow", ("min", 110, 99), "Keltainen"),  # 99 = 0.9 * 110 -> yellow (edge)
        ("Tapahtumia järjestetään", "Tapahtumien määrä", "300 tapahtumaa", "300",
         "green", ("min", 300, 300), None),  # equal -> green
        ("Sairauspoissaolot pysyvät matalina", "Sairauspoissaolot, %", "enintään 5 %", "5 %",
         "green", ("max_pct", 5, 5), None),  # equal -> green
        ("Tapaturmat vähenevät", "Tapaturmataajuus, %", "korkeintaan 3 %", "4,5 %",
         "yellow", ("max_pct", 3, "4.5"), None),  # 4.5 <= 5 -> yellow
        ("Reklamaatiot ovat harvinaisia", "Reklamaatioiden määrä", "alle 10 reklamaatiota", "12",
         "red", ("max", 10, 12), None),  # 12 > 11 and > 11.1 -> red
        ("Käsittelyajat pysyvät kohtuullisina", "Käsittelyaika, vrk", "korkeintaan 20 vrk", "21 vrk",
         "yellow", ("max", 20, 21), None),  # 21 <= 22 and <= 22.2 -> yellow
        ("Tehtävänkuvat päivitetään", "Päivitettyjen tehtävänkuvien osuus", "Tehtävänkuvat päivitetty > 75%", "74 %",
         "yellow", ("gt_pct", 75, 74), None),  # not > 75, but >= 73 -> yellow
        ("Laatu on tavoitetasolla", "CAF-pisteet", "tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)", "62",
         "green", ("range", 50, 70, 62), None),  # inside
        ("Laatu on tavoitetasolla – itsearviointi", "CAF-pisteet", "tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)", "47",
         "yellow", ("range", 50, 70, 47), None),  # 45 < 47 < 50 -> yellow
        ("Laatu on tavoitetasolla – ulkoinen arviointi", "CAF-pisteet", "tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)", "80",
         "red", ("range", 50, 70, 80), None),  # > 77 -> red
        ("Huoltajat ovat tyytyväisiä", "Huoltajakysely, asteikko 1–5", "Tavoitetaso 4 (asteikolla 1-5)",
         "Huoltajakysely 11/2025: 3,71", "yellow", ("min", 4, "3.71"), None),  # 3.71 >= 3.6 -> yellow
        ("Asiakkaat ovat tyytyväisiä", "Asiakaskysely, asteikko 1–5", "Tavoitetaso 4 (asteikolla 1-5)",
         "Asiakaskysely (12_2025) 3,55", "red", ("min", 4, "3.55"), None),  # 3.55 < 3.6 -> red
        ("Vapaaehtoiset kokoontuvat säännöllisesti", "Yhteiset kokoontumiset", "4/vuosi", "4",
         "green", ("min", 4, 4), None),  # equal -> green
    ]
    for i, (g, m, t, a, status, calc, typed) in enumerate(rows):
        b.goal(ws, 4 + i, {"A": g, "B": m, "C": t, "D": a}, status, st, calc=calc, typed=typed)
    b.span(ws, 3, 3 + len(rows))
    b.no("status-mismatch", sh)
    common(b, ["unread-row", "duplicate-goal", "missing-metric", "missing-target", "invalid-number", "duplicate-column"])
    return b


# ---------------------------------------------------------------------------------------------
# g16  Direction against the baseline, compound targets, x / y, qualitative, no actual, production split
# ---------------------------------------------------------------------------------------------
def g16():
    b = Book("16", "suunta-yhdistelma",
             "Direction targets against 'Toteutunut 2024' (baseline) with 'Toteutunut 31.12.2025' (actual), compound targets, "
             "'x / y' actuals, a qualitative target, a measurable target with no actual yet (baseline only) and a production "
             "split written in the actual cell (5900 / 1600).")
    ws = b.sheet("Tavoitteet", {"A": 42, "B": 34, "C": 40, "D": 14, "E": 40, "F": 12})
    sh = ws.title
    cols = ("A", "B", "C")
    st = "F"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Kirjasto- ja kulttuuripalvelut", "F")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteutunut 2024", "E": "Toteutunut 31.12.2025",
                     "F": "Värikoodi"}, cols)
    N = lambda x: V(x, "#,##0")
    # decrease wanted: 142 -> 128 is -9.9 % -> green
    b.goal(ws, 4, {"A": "Erityisen tuen tarve vähenee", "B": "Erityisen tuen piirissä olevien lasten määrä",
                   "C": "Erityisen tuen piirissä olevien lasten määrä vähenee", "D": 142, "E": 128},
           "green", st, calc=("dir", "down", 142, 128))
    # increase wanted: 410 000 -> 412 000 is +0.49 % -> unchanged (within 1 %) -> yellow
    b.goal(ws, 5, {"A": "Lainaus kasvaa", "B": "Lainausten määrä", "C": "Lainausten määrä kasvaa",
                   "D": N(410000), "E": N(412000)},
           "yellow", st, calc=("dir", "up", 410000, 412000))
    # increase wanted: 1250 -> 1180 is -5.6 % -> wrong way -> red
    b.goal(ws, 6, {"A": "Asiakkaiden määrä lisääntyy", "B": "Asiakasmäärä", "C": "Asiakkaiden määrä lisääntyy",
                   "D": N(1250), "E": N(1180)},
           "red", st, calc=("dir", "up", 1250, 1180))
    # compound: 100 % ok (green), 14 vs 15 courses: 14 >= 13.5 (yellow) -> worst = yellow
    b.goal(ws, 7, {"A": "Koulujen kanssa tehtävä yhteistyö: Elämyspolku ja kirjastokurssit", "B": "Luokkien määrä ja eskarien määrä",
                   "C": "100 % ikäluokista elämyspolussa, kirjastokursseja 15/vuosi",
                   "E": "100 % ikäluokista elämyspolussa, kirjastokursseja 14/vuosi"},
           "yellow", st, calc=("compound", [("min_pct", 100, 100), ("min", 15, 14)]))
    # compound, all parts green
    b.goal(ws, 8, {"A": "Koulujen kanssa tehtävä yhteistyö: ruotsinkieliset koulut", "B": "Luokkien määrä ja eskarien määrä",
                   "C": "100 % ikäluokista elämyspolussa, kirjastokursseja 15/vuosi",
                   "E": "100 % ikäluokista elämyspolussa, kirjastokursseja 15/vuosi"},
           "green", st, calc=("compound", [("min_pct", 100, 100), ("min", 15, 15)]))
    # x / y against count 5: x = 4 < 4.5 -> red
    b.goal(ws, 9, {"A": "Hankehakemuksia laaditaan yhdessä muiden palvelualueiden kanssa", "B": "Projektihakemukset",
                   "C": "5 projektihakemusta", "D": 3, "E": "Hakemuksia jätetty 4 / 6"},
           "red", st, calc=("min", 5, 4))
    # x / y against 7: 7 >= 7 -> green
    b.goal(ws, 10, {"A": "Digitaaliset palvelut ovat saavutettavia", "B": "Auditoidut palvelut", "C": "7 palvelua",
                    "E": "Saavutettavuusauditointi tehty 7 / 7"},
           "green", st, calc=("min", 7, 7))
    b.goal(ws, 11, {"A": "Omakirjasto vakiintuu osaksi perustoimintaa", "B": "Palvelu siirtyy osaksi perustoimintaa",
                    "C": "Toiminta on vakiintunut", "E": "Palvelu osa kirjaston perustoimintaa"},
           "none", st)
    # measurable, baseline only, no actual -> none
    b.goal(ws, 12, {"A": "Tapahtumat tavoittavat asukkaat", "B": "Tapahtumien määrä", "C": "vähintään 300 tapahtumaa", "D": 287},
           "none", st)
    # split: 1600 / 7500 = 21.33 %, 1.67 pp from 23 -> yellow
    b.goal(ws, 13, {"A": "Toimitaan kumppaneina yksityisten palveluntuottajien kanssa",
                    "B": "Palvelusetelin piirissä olevien lasten lukumäärä", "C": "yksityinen tuotanto 23 % oma tuotanto 77 %",
                    "E": "Omassa tuotannossa 5900, Palveluseteli ja yksityinen tuki 1600"},
           "yellow", st, calc=("split", 23, 5900, 1600))
    b.span(ws, 3, 13)
    b.private = private_share(5900, 1600)  # 21.33
    b.issue("qualitative-target", sh)
    b.issue("no-actual", sh)
    common(b, ["unread-row", "duplicate-column", "duplicate-goal", "missing-metric", "missing-target", "status-mismatch",
               "share-mismatch"])
    return b


# ---------------------------------------------------------------------------------------------
# g17  Progress words and phrases as actuals
# ---------------------------------------------------------------------------------------------
def g17():
    b = Book("17", "etenemissanat",
             "Progress words as the only actual against measurable targets (Ei toteudu…, Ei aloitettu, ei saavutettu, käynnissä, "
             "TEHTY, osittain, valmis, TEKEMÄTTÄ, TEKEILLÄ), a date inside an actual ('Tavoite saavutettu 15.6.2025' is no "
             "value) and a progress word beside a real figure (the figure decides; typed Vihreä mismatches).")
    ws = b.sheet("Tavoitteet", {"A": 40, "B": 30, "C": 30, "D": 40, "E": 12})
    sh = ws.title
    cols = ("A", "B", "C")
    st = "E"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Kulttuuripalvelut", "E")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "E": "Tila"}, cols)
    rows = [
        ("Näyttelyitä järjestetään", "Näyttelyiden määrä", "4 näyttelyä", "Ei toteudu, näyttelytila peruskorjauksessa",
         "red", ("progress", "ei toteudu"), None),
        ("Lukupiirit aloittavat toimintansa", "Lukupiirien määrä", "6 lukupiiriä", "Ei aloitettu",
         "red", ("progress", "ei aloitettu"), None),
        ("Kirjastoauto kiertää kaikilla alueilla", "Pysäkkien määrä", "vähintään 40 pysäkkiä", "ei saavutettu, auto korjattavana",
         "red", ("progress", "ei saavutettu"), None),
        ("Verkkosivusto uudistetaan", "Julkaistut osiot", "12 osiota", "käynnissä",
         "yellow", ("progress", "käynnissä"), None),
        ("Palautelomakkeet uudistetaan", "Uudistetut lomakkeet", "3 lomaketta", "TEHTY",
         "green", ("progress", "tehty"), None),
        ("Perehdytysmateriaali päivitetään", "Päivitetyt oppaat", "2 opasta", "osittain",
         "yellow", ("progress", "osittain"), None),
        # the date is never a value; "saavutettu" decides -> green
        ("Varausjärjestelmä otetaan käyttöön", "Käyttöönotetut kohteet", "20 kohdetta", "Tavoite saavutettu 15.6.2025",
         "green", ("progress", "saavutettu"), None),
        # the figure decides: at least 4,5: 4,12 >= 4.05 -> yellow; typed Vihreä -> status-mismatch
        ("Asiakaskysely toteutetaan", "Asiakastyytyväisyys, asteikko 1–5", "vähintään 4,5 (asteikolla 1-5)",
         "Tavoite saavutettu, 4,12", "yellow", ("min", "4.5", "4.12"), "Vihreä"),
        ("Nuorten raati perustetaan", "Raatien määrä", "3 raatia", "valmis",
         "green", ("progress", "valmis"), "vihreä"),
        ("Lasten liikuntakampanja toteutetaan", "Kampanjat", "2 kampanjaa", "TEKEMÄTTÄ",
         "red", ("progress", "tekemättä"), None),
        ("Somekampanja toteutetaan", "Kampanjat", "1 kampanja", "TEKEILLÄ",
         "yellow", ("progress", "tekeillä"), None),
    ]
    for i, (g, m, t, a, status, calc, typed) in enumerate(rows):
        b.goal(ws, 4 + i, {"A": g, "B": m, "C": t, "D": a}, status, st, calc=calc, typed=typed)
    b.span(ws, 3, 3 + len(rows))
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [r for r in range(4, 4 + len(rows)) if r != 11])
    common(b, ["unread-row", "invalid-number", "invalid-status", "missing-metric", "missing-target", "duplicate-column"])
    return b


# ---------------------------------------------------------------------------------------------
# g18  Numbers as people type them
# ---------------------------------------------------------------------------------------------
def g18():
    b = Book("18", "luvut-tekstina",
             "Numbers typed as text with no-break-space thousands ('1 266 563'), percents as text ('98,22 %'), real numbers "
             "with percent formats (0.9822 as 0.00%), a count at the 0.9 edge, a date beside a count in an actual, and a "
             "resources block typed as text with a negative Netto (the other sign convention), which is correct.")
    ws = b.sheet("Sopimus", {"A": 40, "B": 30, "C": 32, "D": 34, "E": 12})
    sh = ws.title
    cols = ("A", "B", "C")
    st = "E"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Pääkirjasto", "E")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma 1–12/2025", "E": "Värikoodi"}, cols)
    # 1 266 563 >= 1 200 000 -> green
    b.goal(ws, 4, {"A": "Lainaukset pysyvät korkealla tasolla", "B": "Lainausten määrä",
                   "C": f"vähintään 1{NBSP}200{NBSP}000 lainausta", "D": f"1{NBSP}266{NBSP}563"},
           "green", st, calc=("min", 1200000, 1266563))
    # at least 99 %: 98,22 >= 97 -> yellow
    b.goal(ws, 5, {"A": "Laskutus on oikeaa", "B": "Oikein laskutetut, %", "C": "vähintään 99 %", "D": "98,22 %"},
           "yellow", st, calc=("min_pct", 99, "98.22"))
    # at least 98 %: 0.9822 -> 98.22 -> green
    b.goal(ws, 6, {"A": "Maksut kirjataan ajallaan", "B": "Ajallaan kirjatut, %", "C": "vähintään 98 %", "D": V(0.9822, "0.00%")},
           "green", st, calc=("min_pct", 98, "98.22"))
    # at most 4 %: 0.045 -> 4.5 <= 6 -> yellow
    b.goal(ws, 7, {"A": "Sairauspoissaolot pysyvät matalina", "B": "Sairauspoissaolot, %", "C": "enintään 4 %", "D": V(0.045, "0.0%")},
           "yellow", st, calc=("max_pct", 4, "4.5"))
    # at least 85 000: 76 500 = 0.9 * 85 000 -> yellow (edge)
    b.goal(ws, 8, {"A": "Kävijämäärä kasvaa", "B": "Kävijät", "C": "vähintään 85 000 kävijää", "D": V(76500, "#,##0")},
           "yellow", st, calc=("min", 85000, 76500))
    # at least 250 000: 224 999 < 225 000 -> red
    b.goal(ws, 9, {"A": "Asiakasmaksut kertyvät", "B": "Maksutulot, €", "C": "vähintään 250 000 €", "D": "224 999 €"},
           "red", st, calc=("min", 250000, 224999))
    # the count 18 decides (15.6.2025 is a date): 18 >= 18 -> green
    b.goal(ws, 10, {"A": "Tenniskentät ovat varattavissa verkossa", "B": "Kentät Varaamossa", "C": "18 kenttää",
                    "D": "Tenniskentät (18 kpl) myyntiin Varaamoon 15.6.2025"},
           "green", st, calc=("min", 18, 18))
    b.span(ws, 3, 10)
    b.put(ws, "A13", "Talousarvio 2025", bold=True, wrap=False)
    b.row(ws, 14, {"A": "Tulot", "B": f"250{NBSP}000"}, wrap=False)
    b.row(ws, 15, {"A": "Menot", "B": f"1{NBSP}516{NBSP}563"}, wrap=False)
    b.row(ws, 16, {"A": "Netto", "B": f"-1{NBSP}266{NBSP}563"}, wrap=False)  # Tulot - Menot = -1 266 563: correct
    b.no_rows("unread-row", sh, [13, 14, 15, 16])
    common(b, ["budget-mismatch", "invalid-number", "status-mismatch", "duplicate-column", "missing-metric",
               "missing-target", "percent-out-of-range"])
    return b


# ---------------------------------------------------------------------------------------------
# g19  Title block, spacer columns, a hidden column, no status column
# ---------------------------------------------------------------------------------------------
def g19():
    b = Book("19", "otsikot-valisarakkeet-piilo",
             "A title block of several lines above the header, empty spacer columns between table columns, a hidden extra column "
             "(Kustannuspaikka), a merged section row across all of them, a header broken over two lines ('Toteuma' / '1–12/2025') and no "
             "status column: the product adds it at H, right of the rightmost header column G.")
    ws = b.sheet("Sopimus", {"A": 40, "B": 3, "C": 30, "D": 14, "E": 30, "F": 3, "G": 16})
    ws.column_dimensions["D"].hidden = True
    sh = ws.title
    cols = ("A", "C", "E")
    st = "H"
    b.title(ws, 1, "PALVELUTUOTANTOSOPIMUS 2025", "G", size=14)
    b.put(ws, "A2", "Toimiala: Kasvatus ja opetus", wrap=False)
    b.put(ws, "A3", "Tulosyksikkö: Keskusta", wrap=False)
    b.put(ws, "A4", "Sopimuksen osapuolet: palvelualuejohtaja ja tulosyksikön päällikkö", wrap=False)
    b.put(ws, "A6", "1. Toiminnalliset tavoitteet", bold=True, wrap=False)
    b.header(ws, 7, {"A": "Tavoite", "C": "Mittari", "D": "Kustannuspaikka", "E": "Tavoitetaso", "G": "Toteuma\n1–12/2025"}, cols)
    b.own(ws, "H7")
    # at least 95 %: 96,4 -> green
    b.goal(ws, 8, {"A": "Asiakaspaikat ovat tehokkaassa käytössä", "C": "Käyttöaste, %", "D": 1210, "E": "vähintään 95 %", "G": "96,4 %"},
           "green", st, calc=("min_pct", 95, "96.4"))
    # at least 15 %: 15 -> green (equal)
    b.goal(ws, 9, {"A": "Henkilöstö on osaavaa", "C": "Koulutetun henkilöstön osuus, %", "D": 1210, "E": "vähintään 15 %", "G": "15 %"},
           "green", st, calc=("min_pct", 15, 15))
    b.section(ws, 10, "Asiakkuus", "A", "G")
    # score 4: 3,5 < 3.6 -> red
    b.goal(ws, 11, {"A": "Huoltajat ovat tyytyväisiä", "C": "Huoltajakysely, asteikko 1–5", "D": 1220,
                    "E": "Tavoitetaso 4 (asteikolla 1-5)", "G": "3,5"},
           "red", st, calc=("min", 4, "3.5"))
    b.goal(ws, 12, {"A": "Asiakaspalaute käsitellään", "C": "Palauteprosessi", "D": 1220,
                    "E": "Prosessikuvauksen mukainen toiminta", "G": "Palautteet käsitellään tiimipalavereissa"},
           "none", st)
    b.span(ws, 7, 12)
    common(b, ["unread-row", "duplicate-column", "missing-metric", "missing-target", "invalid-number"])
    return b


# ---------------------------------------------------------------------------------------------
# g20  Columns in an unusual order; lower-case typed statuses; manual statuses
# ---------------------------------------------------------------------------------------------
def g20():
    b = Book("20", "sarakejarjestys-kirjoitetut-tilat",
             "Columns in reverse order (Värikoodi first, Tavoite fifth, an extra Huomautukset column); typed statuses in lower "
             "and upper case: right ones raise nothing, a wrong 'keltainen' is a status-mismatch, typed statuses on qualitative "
             "rows ('punainen', 'Vihreä') are kept as manual.")
    ws = b.sheet("Kotihoito", {"A": 12, "B": 34, "C": 34, "D": 28, "E": 38, "F": 20, "G": 22})
    sh = ws.title
    cols = ("E", "D", "C")
    st = "A"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Kotihoito", "G")
    b.header(ws, 3, {"A": "Värikoodi", "B": "Toteutunut 31.12.2025", "C": "Tavoitetaso", "D": "Mittari", "E": "Tavoite",
                     "F": "Vastuutaho", "G": "Huomautukset"}, cols)
    # score 4: 4,3 -> green; "vihreä" agrees
    b.goal(ws, 4, {"B": "4,3", "C": "Tavoitetaso 4 (asteikolla 1-5)", "D": "Asiakaskysely, asteikko 1–5",
                   "E": "Asiakkaat ovat tyytyväisiä kotihoitoon", "F": "Palvelupäällikkö"},
           "green", st, typed="vihreä", calc=("min", 4, "4.3"))
    # at least 350: 310 < 315 -> red; "keltainen" -> status-mismatch
    b.goal(ws, 5, {"B": "310", "C": "vähintään 350 käyntiä", "D": "Kotikäyntien määrä viikossa",
                   "E": "Kotikäynnit lisääntyvät", "F": "Tiimivastaava", "G": "Luku viikolta 48"},
           "red", st, typed="keltainen", calc=("min", 350, 310))
    # at most 1 %: 3,5 > 3 -> red; "PUNAINEN" agrees
    b.goal(ws, 6, {"B": "3,5 %", "C": "enintään 1 %", "D": "Virheelliset laskut, %", "E": "Laskutus on virheetöntä",
                   "F": "Talouspäällikkö"},
           "red", st, typed="PUNAINEN", calc=("max_pct", 1, "3.5"))
    b.goal(ws, 7, {"B": "Vapaaehtoisverkosto laajenee syksyllä", "C": "Toiminta on vakiintunut", "D": "Toimintamalli",
                   "E": "Vapaaehtoistoiminta vakiintuu", "F": "Koordinaattori"},
           "red", st, typed="punainen", manual=True)
    b.goal(ws, 8, {"B": "Ei toteudu, tila remontissa", "C": "4 tapahtumaa", "D": "Tapahtumien määrä",
                   "E": "Asukastapahtumia järjestetään", "F": "Koordinaattori"},
           "red", st, calc=("progress", "ei toteudu"))
    b.goal(ws, 9, {"B": "Sopimukset allekirjoitettu kaikkien koulujen kanssa", "C": "Yhteistyösopimus kaikkien koulujen kanssa",
                   "D": "Yhteistyösopimukset", "E": "Yhteistyö koulujen kanssa tiivistyy", "F": "Palvelupäällikkö"},
           "green", st, typed="Vihreä", manual=True)
    b.span(ws, 3, 9)
    b.issue("status-mismatch", sh)
    b.no_rows("status-mismatch", sh, [4, 6, 7, 8, 9])
    common(b, ["invalid-status", "missing-responsible", "unread-row", "duplicate-column", "missing-metric", "missing-target"])
    return b


# ---------------------------------------------------------------------------------------------
# g21  Cell comments
# ---------------------------------------------------------------------------------------------
def g21():
    b = Book("21", "kommentit",
             "Cell comments (openpyxl writes xl/comments/comment1.xml and a VML drawing) on a header and on actual cells: the "
             "file is read normally.")
    ws = b.sheet("Tavoitteet", {"A": 36, "B": 30, "C": 20, "D": 28, "E": 28, "F": 14, "G": 11})
    sh = ws.title
    cols = ("A", "D", "E")
    st = "G"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Päiväkoti Vaahtera", "G")
    b.header(ws, 3, {"A": "Tavoite", "B": "Keinot", "C": "Vastuuhenkilö", "D": "Mittari", "E": "Tavoitetaso",
                     "F": "Toteuma", "G": "Värikoodi"}, cols)
    ws["E3"].comment = Comment("Tavoitetasot hyväksytty johtokunnassa 12.12.2024.", "Controller")
    # at least 90 %: 92 -> green
    b.goal(ws, 4, {"A": "Lasten osallisuus vahvistuu", "B": "Lasten kokoukset ryhmissä", "C": "Päiväkodinjohtaja",
                   "D": "Ryhmät, joissa lasten kokous, %", "E": "vähintään 90 %", "F": "92 %"},
           "green", st, calc=("min_pct", 90, 92))
    # score 4: 3,9 >= 3.6 -> yellow
    b.goal(ws, 5, {"A": "Huoltajat ovat tyytyväisiä", "B": "Vasu-keskustelut kaikkien kanssa", "C": "Varajohtaja",
                   "D": "Huoltajakysely, asteikko 1–5", "E": "Tavoitetaso 4 (asteikolla 1-5)", "F": "3,9"},
           "yellow", st, calc=("min", 4, "3.9"))
    ws["F5"].comment = Comment("Luku tarkistettava, vastausprosentti vain 41 %.", "Päiväkodinjohtaja")
    # at most 8 %: 11 > 10 -> red
    b.goal(ws, 6, {"A": "Henkilöstön vaihtuvuus pienenee", "B": "Perehdytysmalli", "C": "Päiväkodinjohtaja",
                   "D": "Vaihtuvuus, %", "E": "enintään 8 %", "F": "11 %"},
           "red", st, calc=("max_pct", 8, 11))
    ws["F6"].comment = Comment("Sisältää kaksi eläköitymistä.", "Päiväkodinjohtaja")
    b.span(ws, 3, 6)
    common(b, ["missing-responsible", "unread-row", "duplicate-column", "missing-metric", "missing-target"])
    return b


# ---------------------------------------------------------------------------------------------
# g22  Odd rows inside a table (unread-row)
# ---------------------------------------------------------------------------------------------
def g22():
    b = Book("22", "lukemattomat-rivit",
             "Rows inside a goal table that are neither goals nor section titles: a note 'Huom. luvut alustavia' only in the "
             "actual column and a reference only in the resources column (both unread-row); merged section rows, a single "
             "blank row inside the table, and a note after two blank rows (outside the table, not reported).")
    ws = b.sheet("Tavoitteet", {"A": 38, "B": 30, "C": 28, "D": 22, "E": 26, "F": 22, "G": 11})
    sh = ws.title
    cols = ("A", "C", "D")
    st = "G"
    b.title(ws, 1, "Palvelutuotantosopimus 2025", "G")
    b.put(ws, "A2", "Tulosyksikkö: Pohjoinen", wrap=False)
    b.header(ws, 4, {"A": "Tavoite", "B": "Keinot", "C": "Mittari", "D": "Tavoitetaso", "E": "Resurssitarve", "F": "Toteuma",
                     "G": "Värikoodi"}, cols)
    b.section(ws, 5, "Asiakkuus", "A", "G")
    # at most 14 (count): 11 -> green
    b.goal(ws, 6, {"A": "Asiakkaat saavat palvelun ajallaan", "B": "Ajanvaraus verkossa\nPalvelupäällikkö",
                   "C": "Jonotusaika, vrk", "D": "enintään 14 vrk", "E": "Ei lisäresurssia", "F": "11 vrk"},
           "green", st, calc=("max", 14, 11))
    # at least 20: 19 >= 18 -> yellow
    b.goal(ws, 7, {"A": "Palvelut tavoittavat lapsiperheet", "B": "Perhetapahtumat\nPerhetyön koordinaattori",
                   "C": "Perhetapahtumien määrä", "D": "vähintään 20 tapahtumaa", "F": "19"},
           "yellow", st, calc=("min", 20, 19))
    b.unread_row(ws, 8, {"F": "Huom. luvut alustavia"})
    # 4/vuosi: 2 < 3.6 -> red
    b.goal(ws, 9, {"A": "Asiakaspalaute hyödynnetään kehittämisessä", "B": "Palautekooste neljännesvuosittain\nKehittämispäällikkö",
                   "C": "Palautekoosteet", "D": "4 koostetta/vuosi", "F": "2"},
           "red", st, calc=("min", 4, 2))
    b.section(ws, 11, "Talous ja resurssit", "A", "G")
    # at least 15 %: 16 -> green
    b.goal(ws, 12, {"A": "Henkilöstö on osaavaa", "B": "Koulutussuunnitelma\nHR-asiantuntija",
                    "C": "Koulutetun henkilöstön osuus, %", "D": "vähintään 15 %", "E": "Koulutusmääräraha 12 000 €", "F": "16 %"},
           "green", st, calc=("min_pct", 15, 16))
    b.unread_row(ws, 13, {"E": "Ks. liite 2: tarkempi resurssisuunnitelma"})
    # at most 100 %: 100 -> green (equal)
    b.goal(ws, 14, {"A": "Toiminta on kustannustehokasta", "B": "Hankintojen kilpailutus\nTalouspäällikkö",
                    "C": "Menot, % talousarviosta", "D": "enintään 100 %", "F": "100 %"},
           "green", st, calc=("max_pct", 100, 100))
    b.span(ws, 4, 14)
    b.put(ws, "A17", "Sopimus hyväksytty johtoryhmässä 12.12.2024.", wrap=False)
    b.no_rows("unread-row", sh, [5, 11, 17])  # (also checked by the exact unread list)
    common(b, ["missing-responsible", "missing-goal", "missing-metric", "missing-target", "duplicate-column", "status-mismatch"])
    return b


# ---------------------------------------------------------------------------------------------
# g23  Two tables on one sheet, separated by note paragraphs
# ---------------------------------------------------------------------------------------------
def g23():
    b = Book("23", "muistiinpanot-taulukoiden-valissa",
             "A table ending at two blank rows, followed by a merged note paragraph, an unmerged note line and a numbered "
             "heading, then a second table with its own header; a note after the last table: none of the notes are read as "
             "rows of a table.")
    ws = b.sheet("Liikuntapalvelut", {"A": 40, "B": 28, "C": 28, "D": 16, "E": 11})
    sh = ws.title
    cols = ("A", "B", "C")
    st = "E"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Liikuntapalvelut", "E")
    hdr = {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "E": "Värikoodi"}
    b.header(ws, 3, hdr, cols)
    # at least 180 000: 186 400 -> green
    b.goal(ws, 4, {"A": "Uimahallin käynnit lisääntyvät", "B": "Käyntikerrat", "C": "vähintään 180 000 käyntiä", "D": "186 400"},
           "green", st, calc=("min", 180000, 186400))
    # at least 1 200: 1 050 < 1 080 -> red
    b.goal(ws, 5, {"A": "Liikuntaneuvonta tavoittaa ikäihmiset", "B": "Neuvontakäynnit", "C": "vähintään 1 200 käyntiä", "D": "1 050"},
           "red", st, calc=("min", 1200, 1050))
    b.span(ws, 3, 5)
    b.put(ws, "A8", "Tavoitteet on käsitelty yksikön henkilöstökokouksessa 5.2.2025. Toteumat päivitetään 9 ja 12 kuukauden "
                    "arvioinneissa, ja poikkeamat selitetään lautakunnalle.")
    ws.merge_cells("A8:E8")
    ws.row_dimensions[8].height = 45
    b.put(ws, "A9", "Huom. luvut ovat alustavia.", wrap=False)
    b.put(ws, "A11", "2. Perustoiminnan tavoitteet", bold=True, wrap=False)
    b.header(ws, 12, hdr, cols)
    # at least 80 %: 79 >= 78 -> yellow
    b.goal(ws, 13, {"A": "Liikuntapaikat ovat käytössä", "B": "Käyttöaste, %", "C": "vähintään 80 %", "D": "79 %"},
           "yellow", st, calc=("min_pct", 80, 79))
    # at least 100 %: 100 -> green
    b.goal(ws, 14, {"A": "Seurojen avustukset maksetaan ajallaan", "B": "Ajallaan maksetut, %", "C": "vähintään 100 %", "D": "100 %"},
           "green", st, calc=("min_pct", 100, 100))
    b.span(ws, 12, 14)
    b.put(ws, "A17", "Lisätietoja: liikuntapalvelupäällikkö", wrap=False)
    b.no_rows("unread-row", sh, [8, 9, 11, 17])
    common(b, ["missing-goal", "missing-metric", "missing-target", "duplicate-column", "duplicate-goal"])
    return b


# ---------------------------------------------------------------------------------------------
# g24 / g25  Fill-rate tables
# ---------------------------------------------------------------------------------------------
def rate(places, full, part):
    """rate % = 100 x (full x 1.0 + part x 0.5) / places (domain.md's default coefficients)."""
    return D(100) * (D(full) + D(part) * D("0.5")) / D(places)


def small_goal_table(b, ws, title, st="E"):
    b.title(ws, 1, title, "E")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "E": "Värikoodi"}, ("A", "B", "C"))
    # score 4: 4,2 -> green
    b.goal(ws, 4, {"A": "Huoltajat ovat tyytyväisiä", "B": "Huoltajakysely, asteikko 1–5", "C": "Tavoitetaso 4 (asteikolla 1-5)", "D": "4,2"},
           "green", st, calc=("min", 4, "4.2"))
    # at least 15 %: 17 -> green
    b.goal(ws, 5, {"A": "Henkilöstö on osaavaa", "B": "Koulutetun henkilöstön osuus, %", "C": "vähintään 15 %", "D": "17 %"},
           "green", st, calc=("min_pct", 15, 17))
    b.span(ws, 3, 5)


def g24():
    b = Book("24", "tayttoaste-taulukko",
             "A fill-rate table (Kuukausi, Paikat, Kokopäiväiset, Osapäiväiset, Täyttöaste %) with short Finnish month names and "
             "an empty rate column, which the product owns; below a small goal table; the mean of the 12 monthly rates is the "
             "fill rate.")
    ws = b.sheet("Kastanja", {"A": 36, "B": 28, "C": 28, "D": 14, "E": 14})
    sh = ws.title
    small_goal_table(b, ws, "Palvelutuotantosopimus 2025 – Päiväkoti Kastanja")
    b.put(ws, "A8", "Täyttöaste 2025", bold=True, wrap=False)
    for col, text in {"A": "Kuukausi", "B": "Paikat", "C": "Kokopäiväiset", "D": "Osapäiväiset", "E": "Täyttöaste %"}.items():
        b.put(ws, f"{col}9", text, bold=True, fill="D9E1F2")
    months = [("tammi", 196, 181, 22), ("helmi", 196, 183, 20), ("maalis", 196, 185, 18), ("huhti", 198, 187, 20),
              ("touko", 198, 190, 18), ("kesä", 198, 170, 10), ("heinä", 120, 96, 4), ("elo", 198, 176, 30),
              ("syys", 200, 186, 24), ("loka", 200, 189, 22), ("marras", 200, 190, 22), ("joulu", 200, 188, 20)]
    rates = []
    for i, (m, p, f, pt) in enumerate(months):
        r = 10 + i
        b.row(ws, r, {"A": m, "B": p, "C": f, "D": pt}, wrap=False)
        rates.append(rate(p, f, pt))
    b.own(ws, "E10:E21")   # the empty rate column: computed cells the product may fill
    b.own(ws, "A22:E22")   # a mean row the product may add under the table
    b.fill_rate = series_mean(rates)
    b.no("fill-rate-missing-month")
    b.no("fill-rate-zero-places")
    b.no("fill-rate-mismatch")
    common(b, ["unread-row", "duplicate-column", "percent-out-of-range"])
    return b, [float(q2(x)) for x in rates]


def g25():
    b = Book("25", "tayttoaste-kirjoitetut",
             "A fill-rate table with other header words (Hoitopaikat, Lapset kokopäivähoidossa, Lapset osapäivähoidossa), real "
             "dates as months and rates typed by the user: two typed rates differ by one point from the counts "
             "(fill-rate-mismatch), the others match; typed rates are not overwritten.")
    ws = b.sheet("Koivu", {"A": 36, "B": 28, "C": 28, "D": 14, "E": 14})
    sh = ws.title
    small_goal_table(b, ws, "Palvelutuotantosopimus 2025 – Päiväkoti Koivu")
    b.put(ws, "A8", "Täyttöaste 2025", bold=True, wrap=False)
    for col, text in {"A": "Kuukausi", "B": "Hoitopaikat", "C": "Lapset kokopäivähoidossa", "D": "Lapset osapäivähoidossa",
                      "E": "Täyttöaste %"}.items():
        b.put(ws, f"{col}9", text, bold=True, fill="D9E1F2")
    # 200 places every month: rate = (full + part / 2) / 2, exact to two decimals
    counts = [(190, 16), (188, 22), (191, 14), (193, 12), (190, 18), (176, 20), (150, 10), (184, 24), (192, 14),
              (194, 12), (195, 10), (193, 14)]
    rates, off = [], {3: D("1.00"), 10: D("-1.00")}  # March typed one point high, October one point low
    for i, (f, pt) in enumerate(counts):
        r = 10 + i
        rt = rate(200, f, pt)
        assert rt == rt.quantize(D("0.01"))
        rates.append(rt)
        typed = rt + off.get(i + 1, D(0))
        b.row(ws, r, {"A": V(datetime.datetime(2025, i + 1, 1), "mmmm yyyy"), "B": 200, "C": f, "D": pt,
                      "E": V(float(typed), "0.00")}, wrap=False)
        if (i + 1) in off:
            b.issue("fill-rate-mismatch", sh, f"E{r}")
        else:
            b.no("fill-rate-mismatch", sh, r)
    b.own(ws, "A22:E22")  # a mean row the product may add under the table
    # the two typed errors cancel, so the mean is the same whether taken from counts or typed figures
    b.fill_rate = series_mean(rates)
    b.no("fill-rate-missing-month")
    b.no("fill-rate-zero-places")
    common(b, ["unread-row", "duplicate-column", "percent-out-of-range"])
    return b


# ---------------------------------------------------------------------------------------------
# g26 / g27 / g28  Production tables
# ---------------------------------------------------------------------------------------------
def g26():
    b = Book("26", "tuotanto-prosenttimuoto",
             "A production table whose stated shares are real numbers with a '0.0%' format (0.772 / 0.228) against counts "
             "5412 / 1598 that give 77.20 / 22.80: equal as the format shows them, so no share-mismatch.")
    ws = b.sheet("Varhaiskasvatus", {"A": 40, "B": 28, "C": 28, "D": 14, "E": 12})
    small_goal_table(b, ws, "Palvelutuotantosopimus 2025 – Varhaiskasvatus, alue Länsi")
    b.put(ws, "A8", "Lasten määrä tuotantotavoittain 31.12.2025", bold=True, wrap=False)
    b.row(ws, 9, {"A": "Tuotantotapa", "B": "Lapsia", "C": "Osuus"}, bold=True)
    b.row(ws, 10, {"A": "Oma tuotanto", "B": 5412, "C": V(0.772, "0.0%")})  # 5412 / 7010 = 77.204 % -> 77.2
    b.row(ws, 11, {"A": "Palveluseteli ja yksityinen tuki", "B": 1598, "C": V(0.228, "0.0%")})  # 22.796 % -> 22.8
    b.private = private_share(5412, 1598)  # 22.80
    common(b, ["share-mismatch", "share-sum", "unread-row", "percent-out-of-range"])
    return b


def g27():
    b = Book("27", "tuotanto-osuus-ristiriita",
             "A production table with shares typed as text ('78,6 %' / '21,4 %') against 5766 / 1575 (78.55 / 21.45): they "
             "differ by more than half a unit of the last written digit (share-mismatch, as in seed 000).")
    ws = b.sheet("Varhaiskasvatus", {"A": 40, "B": 28, "C": 28, "D": 14, "E": 12})
    small_goal_table(b, ws, "Palvelutuotantosopimus 2025 – Varhaiskasvatus, alue Itä")
    b.put(ws, "A8", "Lapset tuotantotavoittain", bold=True, wrap=False)
    b.row(ws, 9, {"A": "Tuotanto", "B": "Lukumäärä", "C": "Osuus %"}, bold=True)
    b.row(ws, 10, {"A": "Omassa tuotannossa", "B": 5766, "C": "78,6 %"})  # 78.5452: |78.6 - 78.5452| = 0.0548 > 0.05
    b.row(ws, 11, {"A": "Palveluseteli ja yksityinen tuki", "B": 1575, "C": "21,4 %"})  # 21.4548: 0.0548 > 0.05
    b.private = private_share(5766, 1575)  # 21.45
    b.issue("share-mismatch", "Varhaiskasvatus")
    common(b, ["share-sum", "unread-row"])
    return b


def g28():
    b = Book("28", "tuotanto-summa-lo",
             "A production table with three rows (Oma tuotanto, Palveluseteli, Yksityisen hoidon tuki), typed shares that match "
             "their rounding and a user's own =SUM total row; a production-split goal row; none of the typed shares or the "
             "SUM cells may be overwritten; rewritten by LibreOffice (formulas carry cached values).",
             writer="libreoffice")
    ws = b.sheet("Tuotanto", {"A": 44, "B": 34, "C": 30, "D": 44, "E": 11})
    sh = ws.title
    st = "E"
    b.title(ws, 1, "Palvelutuotantosopimus 2025 – Varhaiskasvatus", "E")
    b.header(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma", "E": "Värikoodi"}, ("A", "B", "C"))
    # split: 1641 / 7176 = 22.87 %, 0.13 pp from 23 -> green
    b.goal(ws, 4, {"A": "Toimitaan tehokkaasti kumppaneina yksityisten palveluntuottajien kanssa",
                   "B": "Palvelusetelin piirissä olevien lasten lukumäärä", "C": "yksityinen tuotanto 23 %\noma tuotanto 77 %",
                   "D": "Omassa tuotannossa 5535, Palveluseteli ja yksityinen tuki 1641"},
           "green", st, calc=("split", 23, 5535, 1641))
    # score 4: 4,0 = 4 -> green
    b.goal(ws, 5, {"A": "Huoltajat ovat tyytyväisiä", "B": "Huoltajakysely, asteikko 1–5", "C": "Tavoitetaso 4 (asteikolla 1-5)",
                   "D": "4,0"},
           "green", st, calc=("min", 4, "4.0"))
    b.span(ws, 3, 5)
    b.put(ws, "A8", "Lapset tuotantotavoittain 31.12.2025", bold=True, wrap=False)
    b.row(ws, 9, {"A": "Tuotantotapa", "B": "Lapsia", "C": "Osuus %"}, bold=True)
    b.row(ws, 10, {"A": "Oma tuotanto", "B": 5535, "C": V(0.771, "0.0%")})  # 77.129 % -> 77.1
    b.row(ws, 11, {"A": "Palveluseteli", "B": 1200, "C": V(0.167, "0.0%")})  # 16.722 % -> 16.7
    b.row(ws, 12, {"A": "Yksityisen hoidon tuki", "B": 441, "C": V(0.061, "0.0%")})  # 6.1455 % -> 6.1
    b.row(ws, 13, {"A": "Yhteensä", "B": "=SUM(B10:B12)", "C": V("=SUM(C10:C12)", "0.0%")}, bold=True)  # 77.1+16.7+6.1 = 99.9
    b.private = private_share(5535, 1641)  # 22.87
    common(b, ["share-mismatch", "share-sum", "unread-row", "percent-out-of-range"])
    return b


# ---------------------------------------------------------------------------------------------
def readme(books, g24_rates):
    lines = [
        "# Sopimus test gallery",
        "",
        "Contract workbooks written the way Finnish city finance offices write them (titles above the table, merged",
        "cells, line-broken headers, odd column orders, spacer and hidden columns, repeated headers, free-text actuals),",
        "each with `<name>.expected.json` beside it: the goal rows with their statuses, the rows the product must report",
        "as unread, the issues it must report and the false alarms it must not raise, the fill rate, the private",
        "production share, and the only cells a refresh may change. `gallery.test.ts` runs them.",
        "",
        "**The expectations were derived from `/work/shared/docs/domain.md` (and `cli-contract.md`) by someone who did",
        "not read the engine's source or tests and did not run the product.** The arithmetic for each status is written",
        "as a comment next to its row in `make_gallery.py` and re-checked there by `expect_status`, an independent",
        "restatement of domain.md's status tables. Where domain.md left a case open, the workbook avoids it (see the",
        "end of this file).",
        "",
        "Regenerate (Debian's python3-openpyxl; LibreOffice for the `-lo` files):",
        "",
        "    /usr/bin/python3 test/gallery/make_gallery.py",
        "",
        "Running it twice gives the same `.expected.json` files; workbook bytes may differ by timestamps.",
        "",
        "## Workbooks",
        "",
        "| file | writer | goal rows | what it tests |",
        "|---|---|---|---|",
    ]
    for bk in books:
        lines.append(f"| `{bk.name}.xlsx` | {bk.writer} | {len(bk.goals)} | {bk.description} |")
    lines += [
        "",
        "## Cases domain.md leaves open, and how the gallery avoids them",
        "",
        "- **Forecast flag of a `none` status.** Rows whose status is `none` are never placed in a table whose only review",
        "  column is interim, so `forecast: false` on them cannot be disputed.",
        "- **Qualitative target with a progress word in the actual.** Whether a progress word gives a qualitative row a",
        "  status is not settled (\"qualitative … gets no computed status\" vs \"a progress word decides where there is no",
        "  numeric actual\"). Progress words are only used against measurable targets; qualitative rows carry actual texts",
        "  without progress words or figures.",
        "- **Goal row lacking metric *and* target**, and a row with text only in the goal column: could be a section title",
        "  or a goal row. Section titles are always merged across the table; goal rows lack at most one required cell.",
        "- **Row lacking the goal text** (missing-goal): whether it counts as a goal row is open; none is used.",
        "- **Which cell a row-level issue names** (status-mismatch, missing-metric, share-sum, share-mismatch in a table,",
        "  budget-mismatch): only the sheet is asserted, with per-row `absent` entries pinning the other rows. Cells are",
        "  asserted only where the cell to fix is unique (a bad K/E flag, a non-status word, a typed monthly rate, the one",
        "  cell stating the shares).",
        "- **Summer months missing from a monthly series** (seed 000/001 omit June–August): `fill-rate-missing-month` is",
        "  asserted neither way for the series; the fill-rate tables have all twelve months.",
        "- **A single fill-rate figure in a goal row** (no months): whether it is \"fill-rate data\" is open, so the word",
        "  täyttöaste appears only where there is a monthly series or a fill-rate table.",
        "- **\"at most\" yellow band for counts** (1.1 T or T / 0.9): only values on which both agree are used.",
        "- **Edges of range, split and direction bands** (inclusive or not): avoided; the exact edges tested are the ones",
        "  domain.md states (T − 2 pp, 0.9 T, equality).",
        "- **\"more than T\" at A = T:** avoided.",
        "- **Swedish target words** are not listed in domain.md: the Swedish workbook uses `minst N` and bare counts,",
        "  whose status would be the same if `minst` were ignored. English uses `at least` / `at most` (domain.md's own",
        "  names for the target kinds).",
        "- **Two columns 'Toteuma 2024' / 'Toteuma 1–8/2025'**: read as baseline (the previous year) and interim; the rows",
        "  give the same status from either column, so only `forecast: true` depends on the reading.",
        "- **Per-sheet no-goal-table**: every sheet of every workbook holds a goal table (fill-rate and production tables",
        "  sit below a goal table on the same sheet).",
        "- **Where the product puts a mean row it adds** is not specified: the row right under each fill-rate table is",
        "  listed as owned; production tables always have a share column (empty cells owned) so there is no reason to",
        "  add one.",
        "- **Hyphen-broken headers** ('Väri-/koodi', 'Salkun-/hallinnassa'), as seed 002 writes them, are used only in",
        "  g03: domain.md says headers may carry line breaks and the seeds are the layouts to recognise.",
        "",
        f"g24's monthly rates, for reference: {', '.join(f'{x:.2f}' for x in g24_rates)}.",
        "",
    ]
    # Later batches (make_gallery2.py) keep their own section at the end of the README: keep it.
    path = os.path.join(HERE, "README.md")
    later = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
        at = old.find("\n## Second batch")
        later = old[at:] if at >= 0 else ""
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + later)


def main():
    for f in os.listdir(HERE):
        # Only this batch's files (g01–g28); later batches are written by their own scripts.
        if re.match(r"^g(0\d|1\d|2[0-8])-", f) and (f.endswith(".xlsx") or f.endswith(".expected.json")):
            os.remove(os.path.join(HERE, f))
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: install libreoffice-calc to write the -lo workbooks")
    profile = tempfile.mkdtemp(prefix="gallery-lo-")
    try:
        books = []
        g24_rates = None
        for fn in (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12, g13, g14, g15, g16, g17, g18, g19,
                   g20, g21, g22, g23, g24, g25, g26, g27, g28):
            res = fn()
            if isinstance(res, tuple):
                res, g24_rates = res
            res.save(profile)
            books.append(res)
            print(f"{res.name}.xlsx  {res.writer:11s} {len(res.goals):2d} goal rows")
        readme(books, g24_rates)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
