#!/usr/bin/python3
"""Independent test gallery for `sopimus summary`.

Writes a folder of unit workbooks (test/summary-gallery/yksikot/) laid out the way different
cities lay them out, and expected.json: what `summary --json` must say about them. Every
expectation was worked out by hand from /work/shared/docs/domain.md and cli-contract.md only, by
someone who did not read the engine, the command line or their tests. The arithmetic of each
status is a comment beside its row and is re-checked by `expect_status`, an independent
restatement of domain.md's status tables; the fill-rate arithmetic is in the README.

Run:  /usr/bin/python3 test/summary-gallery/make_units.py
Needs Debian's python3-openpyxl and LibreOffice (`soffice`, for kirjasto-lo.xlsx).
Running it twice gives the same expected.json; workbook bytes may differ by timestamps.
"""
import csv
import json
import os
import shutil
import subprocess
import tempfile
from decimal import Decimal as D, ROUND_HALF_UP

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = os.path.join(HERE, "yksikot")
YEAR = 2025
MONTHS = [f"{YEAR}-{m:02d}" for m in range(1, 13)]


# ---------------------------------------------------------------------------------------------
# domain.md's status tables, restated
# ---------------------------------------------------------------------------------------------
def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def no_tie(x, what):
    """Two-decimal rounding of x must not be (close to) a tie, so any rounding rule agrees."""
    frac = (D(x) * 100) % 1
    assert abs(frac - D("0.5")) > D("0.01"), (what, x)


def expect_status(calc):
    kind = calc[0]
    if kind == "min_pct":  # at least T %: A >= T green, A >= T - 2 pp yellow
        T, A = D(calc[1]), D(calc[2])
        return "green" if A >= T else "yellow" if A >= T - 2 else "red"
    if kind == "min":  # at least T (count, score): A >= T green, A >= 0.9 T yellow
        T, A = D(calc[1]), D(calc[2])
        return "green" if A >= T else "yellow" if A >= D("0.9") * T else "red"
    if kind == "max_pct":  # at most T %: the mirror, T + 2 pp
        T, A = D(calc[1]), D(calc[2])
        return "green" if A <= T else "yellow" if A <= T + 2 else "red"
    if kind == "max":  # at most T (count): only values where 1.1 T and T / 0.9 agree
        T, A = D(calc[1]), D(calc[2])
        if A <= T:
            return "green"
        y1, y2 = A <= D("1.1") * T, A <= T / D("0.9")
        assert y1 == y2, calc
        return "yellow" if y1 else "red"
    if kind == "gt_pct":  # more than T %
        T, A = D(calc[1]), D(calc[2])
        assert A != T
        return "green" if A > T else "yellow" if A >= T - 2 else "red"
    if kind == "range":
        lo, hi, A = D(calc[1]), D(calc[2]), D(calc[3])
        assert A not in (lo, hi)
        if lo < A < hi:
            return "green"
        return "yellow" if lo * D("0.9") < A < lo or hi < A < hi * D("1.1") else "red"
    if kind == "split":  # private share within 1 pp of target green, within 3 pp yellow
        T, own, priv = D(calc[1]), D(calc[2]), D(calc[3])
        d = abs(100 * priv / (own + priv) - T)
        assert abs(d - 1) > D("0.05") and abs(d - 3) > D("0.05")
        return "green" if d <= 1 else "yellow" if d <= 3 else "red"
    if kind == "dir":  # direction vs baseline; unchanged within 1 % is yellow
        want, base, A = calc[1], D(calc[2]), D(calc[3])
        ch = (A - base) / base * 100
        assert abs(abs(ch) - 1) > D("0.05")
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
    raise ValueError(kind)


def private_share(own, priv):
    x = D(100) * D(priv) / (D(own) + D(priv))
    no_tie(x, "private share")
    return float(q2(x))


# ---------------------------------------------------------------------------------------------
# Writing helpers
# ---------------------------------------------------------------------------------------------
class V:
    """A cell value with a number format."""

    def __init__(self, value, fmt):
        self.value, self.fmt = value, fmt


def put(ws, ref, value, bold=False):
    c = ws[ref]
    if isinstance(value, V):
        c.value = value.value
        c.number_format = value.fmt
    else:
        c.value = value
    if bold:
        c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")


def row(ws, r, values, bold=False):
    for col, v in values.items():
        put(ws, f"{col}{r}", v, bold=bold)


def typed(ws, ref, label):
    """A status typed by hand, with the fill people give it."""
    fills = {"Vihreä": "00B050", "Keltainen": "FFC000", "Punainen": "FF0000", "Grön": "00B050", "Gul": "FFC000"}
    put(ws, ref, label)
    if label in fills:
        ws[ref].fill = PatternFill("solid", fgColor=fills[label])


class Unit:
    ALL = []

    def __init__(self, file, unit, description, year=YEAR, errors=0, readable=True):
        self.file, self.unit, self.description = file, unit, description
        self.year, self.errors, self.readable = year, errors, readable
        self.goals = []
        self.fill = None  # (places, weighted children) per month, None for a month not measured
        self.private = None
        Unit.ALL.append(self)

    def goal(self, sheet, r, goal, target, status, calc=None, forecast=False, manual=False, section=None):
        if calc is not None:
            assert expect_status(calc) == status, (self.file, r, calc, expect_status(calc))
        else:
            assert status == "none" or manual, (self.file, r)
        g = {"file": self.file, "unit": self.unit, "sheet": sheet, "row": r, "goal": goal, "target": target,
             "status": status, "forecast": forecast}
        if section is not None:
            g["section"] = section
        if manual:
            g["manual"] = True
        self.goals.append(g)

    def rates(self):
        return [None if m is None else D(100) * m[1] / m[0] for m in self.fill]

    def fill_rate(self):
        rates = [x for x in self.rates() if x is not None]
        mean = sum(rates) / len(rates)
        no_tie(mean, self.file)
        # the mean of the rounded monthly rates gives the same two decimals
        assert q2(sum(q2(x) for x in rates) / len(rates)) == q2(mean), self.file
        return float(q2(mean))

    def expected(self):
        counts = {"green": 0, "yellow": 0, "red": 0, "none": 0}
        for g in self.goals:
            counts[g["status"]] += 1
        e = {"file": self.file, "unit": self.unit, "description": self.description}
        if self.year is not None:
            e["year"] = self.year
        e["statuses"] = counts
        e["fillRate"] = self.fill_rate() if self.fill else None
        e["privateShare"] = self.private
        e["errors"] = self.errors  # 0, or the string ">=1"
        return e


def fill_table(ws, first_row, headers, months, places, full, part, title):
    """A fill-rate table: title, header, one row a month; the rate column is left empty (the product's)."""
    put(ws, f"A{first_row}", title, bold=True)
    row(ws, first_row + 1, dict(zip("ABCDE", headers)), bold=True)
    out = []
    for i in range(12):
        r = first_row + 2 + i
        if places[i] is None:
            row(ws, r, {"A": months[i], "B": "ei mitattu"})
            out.append(None)
            continue
        row(ws, r, {"A": months[i], "B": places[i], "C": full[i], "D": part[i]})
        # domain.md: rate % = 100 x sum(children x coefficient) / places, full-time 1.0, part-time 0.5
        out.append((D(places[i]), D(full[i]) + D("0.5") * D(part[i])))
    return out


FI_SHORT = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"]
FI_LONG = ["Tammikuu", "Helmikuu", "Maaliskuu", "Huhtikuu", "Toukokuu", "Kesäkuu", "Heinäkuu", "Elokuu", "Syyskuu",
           "Lokakuu", "Marraskuu", "Joulukuu"]
SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
      "december"]


# ---------------------------------------------------------------------------------------------
# The units
# ---------------------------------------------------------------------------------------------
def keskusta():
    u = Unit("keskusta.xlsx", "Keskusta",
             "Turku's layout (seed 001): a title, 'Tulosyksikkö: Keskusta' in A2, merged section title rows with the "
             "header repeated under each, 'Arviointi 1–9 kk' and 'Arviointi 1–12 kk' (the 12-month figure decides), "
             "typed statuses, a qualitative row with a hand-typed Vihreä (kept), a row with no actual yet; below it "
             "a fill-rate table with short month names and 120 places, 126 from August.")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sopimus 2025"
    for col, w in {"A": 34, "B": 34, "C": 18, "D": 28, "E": 26, "F": 14, "G": 14, "H": 12}.items():
        ws.column_dimensions[col].width = w
    sh = ws.title
    put(ws, "A1", "Varhaiskasvatuksen palvelutuotantosopimus 2025", bold=True)
    put(ws, "A2", "Tulosyksikkö: Keskusta")
    hdr = {"A": "OPTS:n tavoite", "B": "Kuvaus keinoista tavoitteen saavuttamiseksi", "C": "Vastuutaho",
           "D": "Mittari tavoitteen toteutumisen seurantaan", "E": "Tavoitetaso", "F": "Arviointi 1–9 kk",
           "G": "Arviointi 1–12 kk", "H": "Värikoodi"}
    s1, s2 = "Perusresurssien turvaaminen", "Toiminnan tehostaminen"
    put(ws, "A5", s1, bold=True)
    ws.merge_cells("A5:H5")
    row(ws, 6, hdr, bold=True)
    row(ws, 7, {"A": "Asiakkaat ovat tyytyväisiä varhaiskasvatukseen", "B": "Huoltajakysely kahdesti vuodessa",
                "C": "Päiväkodin johtaja", "D": "Huoltajakysely, asteikko 1–5",
                "E": "Tavoitetaso 4 (asteikolla 1-5)", "F": "4,05", "G": "4,21"})
    typed(ws, "H7", "Vihreä")
    u.goal(sh, 7, "Asiakkaat ovat tyytyväisiä varhaiskasvatukseen", "Tavoitetaso 4 (asteikolla 1-5)", "green",
           ("min", 4, "4.21"), section=s1)  # 4.21 >= 4
    row(ws, 8, {"A": "Henkilöstö osallistuu täydennyskoulutukseen", "B": "Koulutussuunnitelma",
                "C": "Päiväkodin johtaja", "D": "Koulutukseen osallistuneiden osuus",
                "E": "Vähintään 15 % henkilöstöstä", "F": "9 %", "G": "13,5 %"})
    u.goal(sh, 8, "Henkilöstö osallistuu täydennyskoulutukseen", "Vähintään 15 % henkilöstöstä", "yellow",
           ("min_pct", 15, "13.5"), section=s1)  # 13.5 >= 13
    put(ws, "A9", s2, bold=True)
    ws.merge_cells("A9:H9")
    row(ws, 10, hdr, bold=True)
    row(ws, 11, {"A": "Perheille järjestetään avoimia tapahtumia", "B": "Perhekahvilat ja pihatapahtumat",
                 "C": "Varhaiskasvatuksen opettaja", "D": "Tapahtumien määrä", "E": "40 tapahtumaa",
                 "F": 22, "G": 33})
    typed(ws, "H11", "Punainen")
    u.goal(sh, 11, "Perheille järjestetään avoimia tapahtumia", "40 tapahtumaa", "red", ("min", 40, 33),
           section=s2)  # 33 < 36
    row(ws, 12, {"A": "Laatujärjestelmä on käytössä", "B": "CAF-itsearviointi", "C": "Laaturyhmä",
                 "D": "CAF-arviointi", "E": "tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)", "G": "62"})
    u.goal(sh, 12, "Laatujärjestelmä on käytössä", "tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)", "green",
           ("range", 50, 70, 62), section=s2)
    row(ws, 13, {"A": "Kasvatuskumppanuus tukee lapsen kasvua", "B": "Kasvatuskumppanuuskoulutus",
                 "C": "Koulutusvastaava", "D": "Toimintamallin käyttöönotto", "E": "Toimintamalli on vakiintunut",
                 "G": "Malli käytössä kaikissa ryhmissä"})
    typed(ws, "H13", "Vihreä")
    u.goal(sh, 13, "Kasvatuskumppanuus tukee lapsen kasvua", "Toimintamalli on vakiintunut", "green",
           manual=True, section=s2)  # qualitative: the typed status is the user's
    row(ws, 14, {"A": "Sairauspoissaolot vähenevät", "B": "Työhyvinvointisuunnitelma", "C": "Päiväkodin johtaja",
                 "D": "Sairauspoissaolot, % työajasta", "E": "enintään 5 %", "F": "5,5 %", "G": "5,8 %"})
    u.goal(sh, 14, "Sairauspoissaolot vähenevät", "enintään 5 %", "yellow", ("max_pct", 5, "5.8"),
           section=s2)  # 5.8 <= 7
    row(ws, 15, {"A": "Digitaaliset palvelut auditoidaan", "B": "Saavutettavuusauditointi", "C": "Tietohallinto",
                 "D": "Auditoitujen palvelujen määrä", "E": "7 palvelua auditoitu"})
    u.goal(sh, 15, "Digitaaliset palvelut auditoidaan", "7 palvelua auditoitu", "none", section=s2)  # no actual yet
    places = [120] * 7 + [126] * 5
    full = [112, 113, 115, 116, 114, 105, 60, 110, 118, 120, 121, 119]
    part = [14, 14, 12, 12, 13, 12, 8, 20, 18, 16, 16, 15]
    u.fill = fill_table(ws, 18, ["Kuukausi", "Paikat", "Kokopäiväiset", "Osapäiväiset", "Täyttöaste %"],
                        FI_SHORT, places, full, part, "Täyttöaste 2025")
    wb.save(os.path.join(UNITS, u.file))


def itainen():
    u = Unit("itainen.xlsx", "itainen",
             "No unit line (the file name is the unit); columns in another order (Tavoite, Mittari, Tavoitetaso, "
             "Toteuma 1–12/2025, Tila, Vastuuhenkilö, Keinot); a percent-formatted real actual; a qualitative row "
             "with no typed status; a fill-rate table with months as numbers, 'Hoitopaikat', 'Lapset "
             "kokopäivähoidossa', 'Lapset osapäivähoidossa' and 42 places.")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tavoitteet"
    sh = ws.title
    put(ws, "A1", "Palvelutuotantosopimus 2025", bold=True)
    row(ws, 3, {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma 1–12/2025", "E": "Tila",
                "F": "Vastuuhenkilö", "G": "Keinot"}, bold=True)
    row(ws, 4, {"A": "Lapset saavat paikan läheltä kotia", "B": "Lähipaikan saaneiden osuus", "C": "Vähintään 90 %",
                "D": "91,5 %", "F": "Aluejohtaja", "G": "Paikkojen kohdentaminen"})
    u.goal(sh, 4, "Lapset saavat paikan läheltä kotia", "Vähintään 90 %", "green", ("min_pct", 90, "91.5"))
    row(ws, 5, {"A": "Varhaiskasvatussuunnitelmat laaditaan ajallaan", "B": "Ajallaan laadittujen vasujen osuus",
                "C": "vähintään 98 %", "D": V(0.962, "0.0%"), "F": "Päiväkodin johtaja", "G": "Vasu-kalenteri"})
    u.goal(sh, 5, "Varhaiskasvatussuunnitelmat laaditaan ajallaan", "vähintään 98 %", "yellow",
           ("min_pct", 98, "96.2"))  # 96.2 >= 96
    row(ws, 6, {"A": "Henkilöstön vaihtuvuus pienenee", "B": "Vaihtuvuus %", "C": "enintään 8 %", "D": "12,4 %",
                "F": "Aluejohtaja", "G": "Esihenkilötyön tuki"})
    u.goal(sh, 6, "Henkilöstön vaihtuvuus pienenee", "enintään 8 %", "red", ("max_pct", 8, "12.4"))  # 12.4 > 10
    row(ws, 7, {"A": "Asukasilloissa kuullaan perheitä", "B": "Asukasiltojen määrä", "C": "4/vuosi", "D": "2",
                "F": "Aluejohtaja", "G": "Asukasillat"})
    u.goal(sh, 7, "Asukasilloissa kuullaan perheitä", "4/vuosi", "red", ("min", 4, 2))  # 2 < 3.6
    row(ws, 8, {"A": "Yhteistyö neuvolan kanssa on sujuvaa", "B": "Yhteistyömalli", "C": "Yhteistyömalli kuvattu",
                "D": "Tapaamiset pidetty", "F": "Aluejohtaja", "G": "Yhteiset palaverit"})
    u.goal(sh, 8, "Yhteistyö neuvolan kanssa on sujuvaa", "Yhteistyömalli kuvattu", "none")  # qualitative, not typed
    full = [33, 34, 34, 35, 35, 30, 18, 33, 35, 36, 36, 35]
    part = [6, 6, 5, 4, 4, 4, 2, 6, 5, 4, 4, 4]
    u.fill = fill_table(ws, 11, ["Kk", "Hoitopaikat", "Lapset kokopäivähoidossa", "Lapset osapäivähoidossa",
                                 "Täyttöaste %"], list(range(1, 13)), [42] * 12, full, part, "Täyttöaste 2025")
    wb.save(os.path.join(UNITS, u.file))


def sandviken():
    u = Unit("sandviken-sv.xlsx", "Sandviken",
             "A Swedish unit: 'Resultatenhet: Sandviken' in A2, Mål, Åtgärder, Ansvarig, Mätare, Målnivå, Utfall 2024 "
             "(baseline), Utfall 31.12.2025 (actual), Färgkod; typed Grön; a qualitative row with a hand-typed Gul "
             "(kept); a production table (Egen produktion, Servicesedel, Privat vårdstöd) and a fill-rate table "
             "(Månad, Platser, Heltid, Deltid, Fyllnadsgrad %) with Swedish month names and 60 places.")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Avtal 2025"
    sh = ws.title
    put(ws, "A1", "Serviceproduktionsavtal 2025", bold=True)
    put(ws, "A2", "Resultatenhet: Sandviken")
    row(ws, 4, {"A": "Mål", "B": "Åtgärder", "C": "Ansvarig", "D": "Mätare", "E": "Målnivå", "F": "Utfall 2024",
                "G": "Utfall 31.12.2025", "H": "Färgkod"}, bold=True)
    row(ws, 5, {"A": "Barnen får en trygg start", "B": "Inskolningssamtal", "C": "Enhetschef",
                "D": "Föräldraenkät, skala 1–5", "E": "minst 4 (skala 1–5)", "F": V(4.1, "0.0"), "G": "4,4"})
    typed(ws, "H5", "Grön")
    u.goal(sh, 5, "Barnen får en trygg start", "minst 4 (skala 1–5)", "green", ("min", 4, "4.4"))
    row(ws, 6, {"A": "Personalen fortbildas", "B": "Fortbildningsplan", "C": "Enhetschef",
                "D": "Andel fortbildad personal", "E": "minst 15 %", "F": "11 %", "G": "14 %"})
    u.goal(sh, 6, "Personalen fortbildas", "minst 15 %", "yellow", ("min_pct", 15, 14))  # 14 >= 13
    row(ws, 7, {"A": "Evenemang för familjer", "B": "Familjecaféer", "C": "Pedagogisk koordinator",
                "D": "Antal evenemang", "E": "40 evenemang", "F": 38, "G": 30})
    u.goal(sh, 7, "Evenemang för familjer", "40 evenemang", "red", ("min", 40, 30))  # 30 < 36
    row(ws, 8, {"A": "Vårdnadshavarna deltar i planeringen", "B": "Föräldraråd", "C": "Direktör",
                "D": "Föräldraråd", "E": "Föräldraråd etablerat i varje enhet",
                "G": "Rådet har träffats regelbundet"})
    typed(ws, "H8", "Gul")
    u.goal(sh, 8, "Vårdnadshavarna deltar i planeringen", "Föräldraråd etablerat i varje enhet", "yellow",
           manual=True)
    put(ws, "A11", "Barn i småbarnspedagogik 31.12.2025", bold=True)
    row(ws, 12, {"A": "Produktionsform", "B": "Antal barn", "C": "Andel %"}, bold=True)
    row(ws, 13, {"A": "Egen produktion", "B": 412})
    row(ws, 14, {"A": "Servicesedel", "B": 96})
    row(ws, 15, {"A": "Privat vårdstöd", "B": 31})
    u.private = private_share(412, 96 + 31)  # 127 / 539 = 23.56
    full = [52, 53, 53, 54, 54, 48, 30, 50, 54, 55, 55, 54]
    part = [8, 8, 7, 8, 6, 6, 4, 10, 8, 8, 7, 6]
    u.fill = fill_table(ws, 18, ["Månad", "Platser", "Heltid", "Deltid", "Fyllnadsgrad %"], SV, [60] * 12, full,
                        part, "Fyllnadsgrad 2025")
    wb.save(os.path.join(UNITS, u.file))


def lansi():
    u = Unit("lansi-ennuste.xlsx", "Länsi",
             "The 9-month review: 'Tulosyksikkö: Länsi', only an 'Arviointi 1–9 kk' column, so every status is a "
             "forecast; a production split written in the actual cell (Omassa tuotannossa 1180, Palveluseteli ja "
             "yksityinen tuki 286: private 19.51 %, 3.49 pp off 23 %: red); a 'more than' target.")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "OPTS 2025"
    sh = ws.title
    put(ws, "A1", "Operatiivinen palvelutuotantosopimus 2025, osavuosikatsaus 1–9/2025", bold=True)
    put(ws, "A2", "Tulosyksikkö: Länsi")
    row(ws, 4, {"A": "Tavoite", "B": "Keinot", "C": "Vastuutaho", "D": "Mittari", "E": "Tavoitetaso",
                "F": "Arviointi 1–9 kk", "G": "Värikoodi"}, bold=True)
    row(ws, 5, {"A": "Asiakastyytyväisyys säilyy hyvänä", "B": "Asiakaskysely", "C": "Aluejohtaja",
                "D": "Asiakaskysely, asteikko 1–5", "E": "vähintään 4", "F": "3,7"})
    u.goal(sh, 5, "Asiakastyytyväisyys säilyy hyvänä", "vähintään 4", "yellow", ("min", 4, "3.7"),
           forecast=True)  # 3.7 >= 3.6
    row(ws, 6, {"A": "Ryhmäkoot pysyvät suosituksen mukaisina", "B": "Ryhmien muodostaminen", "C": "Aluejohtaja",
                "D": "Suosituksen ylittävien ryhmien osuus", "E": "enintään 10 %", "F": "6 %"})
    u.goal(sh, 6, "Ryhmäkoot pysyvät suosituksen mukaisina", "enintään 10 %", "green", ("max_pct", 10, 6),
           forecast=True)
    split = "yksityinen tuotanto 23 % oma tuotanto 77 %"
    row(ws, 7, {"A": "Toimitaan kumppaneina yksityisten palveluntuottajien kanssa", "B": "Palveluseteli",
                "C": "Palvelujohtaja", "D": "Palvelusetelin piirissä olevien lasten lukumäärä", "E": split,
                "F": "Omassa tuotannossa 1180, 80,5 % Palveluseteli ja yksityinen tuki 286, 19,5 %"})
    u.goal(sh, 7, "Toimitaan kumppaneina yksityisten palveluntuottajien kanssa", split, "red",
           ("split", 23, 1180, 286), forecast=True)  # 286 / 1466 = 19.51 %, 3.49 pp from 23
    u.private = private_share(1180, 286)
    row(ws, 8, {"A": "Yksiköt sertifioidaan ympäristöohjelmaan", "B": "Ekotukitoiminta", "C": "Ekotukihenkilö",
                "D": "Sertifioitujen yksiköiden osuus", "E": "Sertifioitujen yksiköiden osuus > 60 %", "F": "64 %"})
    u.goal(sh, 8, "Yksiköt sertifioidaan ympäristöohjelmaan", "Sertifioitujen yksiköiden osuus > 60 %", "green",
           ("gt_pct", 60, 64), forecast=True)
    wb.save(os.path.join(UNITS, u.file))


def pohjoinen():
    u = Unit("pohjoinen-virheet.xlsx", "Pohjoinen",
             "A unit with errors: 'Yksikkö: Pohjoinen' (the other unit-line word); a goal row with a metric but no "
             "target (missing-target, status none) and a status cell holding 'ok' (invalid-status; the row's "
             "computed status is red).", errors=">=1")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tavoitteet 2025"
    sh = ws.title
    put(ws, "A1", "Palvelutuotantosopimus 2025", bold=True)
    put(ws, "A2", "Yksikkö: Pohjoinen")
    row(ws, 4, {"A": "Tavoite", "B": "Vastuuhenkilö", "C": "Mittari", "D": "Tavoitetaso",
                "E": "Toteutunut 31.12.2025", "F": "Värikoodi"}, bold=True)
    row(ws, 5, {"A": "Esiopetuksen laatu paranee", "B": "Rehtori", "C": "Huoltajakysely",
                "D": "vähintään 4 (asteikolla 1-5)", "E": "4,3"})
    u.goal(sh, 5, "Esiopetuksen laatu paranee", "vähintään 4 (asteikolla 1-5)", "green", ("min", 4, "4.3"))
    row(ws, 6, {"A": "Kuljetukset toimivat", "B": "Palvelupäällikkö", "C": "Myöhästymiset kuukaudessa", "E": "3"})
    u.goal(sh, 6, "Kuljetukset toimivat", "", "none")  # missing-target: nothing to measure against
    row(ws, 7, {"A": "Työyhteisö voi hyvin", "B": "Esihenkilö", "C": "Kunta10-indeksi", "D": "vähintään 3,8",
                "E": "3,1", "F": "ok"})
    u.goal(sh, 7, "Työyhteisö voi hyvin", "vähintään 3,8", "red", ("min", "3.8", "3.1"))  # 3.1 < 3.42
    row(ws, 8, {"A": "Tilat ovat turvallisia", "B": "Kiinteistöpäällikkö", "C": "Tehdyt turvallisuuskävelyt",
                "D": "6 kävelyä", "E": "6"})
    typed(ws, "F8", "Vihreä")
    u.goal(sh, 8, "Tilat ovat turvallisia", "6 kävelyä", "green", ("min", 6, 6))  # equality is green
    wb.save(os.path.join(UNITS, u.file))


def etela():
    u = Unit("etela-tuloskortti.xlsx", "Etelä",
             "A balanced result card (seed 003): 'Tulosyksikkö: Etelä', Näkökulma (the section, filled on every row), "
             "Menestystekijä, Mittari, Tietolähde, Tavoitetaso, Toteuma; no status column; an actual equal to its "
             "target (green), an at-most count past its band (red).")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tuloskortti"
    sh = ws.title
    put(ws, "A1", "Tuloskortti 2025", bold=True)
    put(ws, "A2", "Tulosyksikkö: Etelä")
    row(ws, 4, {"A": "Näkökulma", "B": "Menestystekijä", "C": "Mittari", "D": "Tietolähde", "E": "Tavoitetaso",
                "F": "Toteuma"}, bold=True)
    row(ws, 5, {"A": "Asiakas", "B": "Asiakkaat saavat hyvää palvelua", "C": "Asiakastyytyväisyys 1–5",
                "D": "Asiakaskysely", "E": "vähintään 4", "F": "4,0"})
    u.goal(sh, 5, "Asiakkaat saavat hyvää palvelua", "vähintään 4", "green", ("min", 4, "4.0"), section="Asiakas")
    row(ws, 6, {"A": "Prosessit", "B": "Hakemukset käsitellään ajallaan", "C": "Käsittelyaika, vrk",
                "D": "Toiminnanohjausjärjestelmä", "E": "enintään 14 vrk", "F": 16})
    u.goal(sh, 6, "Hakemukset käsitellään ajallaan", "enintään 14 vrk", "red", ("max", 14, 16),
           section="Prosessit")  # 16 > 15.4 and > 15.56
    row(ws, 7, {"A": "Henkilöstö", "B": "Osaava henkilöstö", "C": "Koulutuspäivät henkilöä kohden",
                "D": "HR-järjestelmä", "E": "vähintään 3", "F": "2,8"})
    u.goal(sh, 7, "Osaava henkilöstö", "vähintään 3", "yellow", ("min", 3, "2.8"), section="Henkilöstö")  # >= 2.7
    row(ws, 8, {"A": "Talous", "B": "Talous on tasapainossa", "C": "Menojen toteuma, % talousarviosta",
                "D": "Kirjanpito", "E": "enintään 100 %", "F": "99,2 %"})
    u.goal(sh, 8, "Talous on tasapainossa", "enintään 100 %", "green", ("max_pct", 100, "99.2"), section="Talous")
    wb.save(os.path.join(UNITS, u.file))


def kirjasto(lo_profile):
    u = Unit("kirjasto-lo.xlsx", "Kirjastopalvelut",
             "Seed 002's layout written by LibreOffice from a CSV file: 'Tulosyksikkö: Kirjastopalvelut', K/E column, "
             "'Mittarin tavoitetaso 2025', 'Toteutunut 2024' (baseline) and 'Toteutunut 31.12.2025' (actual); a count "
             "exactly at 0.9 T (yellow), a direction target moved the wrong way (red), 'Ei toteudu, …' (red), a "
             "qualitative row.")
    sh = "kirjasto-lo"  # LibreOffice names the sheet after the CSV file
    rows = [
        ["Kirjaston palvelutuotantosopimus 2025"],
        ["Tulosyksikkö: Kirjastopalvelut"],
        [],
        ["Tavoite", "Salkunhallinnassa mukana (K/E)", "Mittari", "Mittarin tavoitetaso 2025", "Toteutunut 2024",
         "Toteutunut 31.12.2025", "Värikoodi", "Vastuutaho"],
        ["Kirjastoauto kiertää kaikilla alueilla", "K", "Pysäkkien määrä", "vähintään 40 pysäkkiä", "38", "41", "",
         "Kirjastoautopalvelut"],
        ["Satutunteja järjestetään lapsille", "E", "Satutuntien määrä", "300 tapahtumaa", "280", "270", "",
         "Lastenkirjastonhoitaja"],
        ["Lainaus kasvaa", "E", "Lainojen määrä", "Lainojen määrä kasvaa", "152 000", "149 500", "",
         "Kirjastopalvelujen päällikkö"],
        ["Näyttelyt järjestetään lähikirjastoissa", "E", "Näyttelyiden määrä", "6 näyttelyä", "",
         "Ei toteudu, näyttelytila peruskorjauksessa", "", "Tapahtumatuottaja"],
        ["Kirjastojen toimintamalli uudistetaan", "K", "Toimintamalli", "Toimintamalli on vakiintunut", "",
         "Malli otettu käyttöön syksyllä", "", "Kirjastopalvelujen päällikkö"],
    ]
    u.goal(sh, 5, "Kirjastoauto kiertää kaikilla alueilla", "vähintään 40 pysäkkiä", "green", ("min", 40, 41))
    u.goal(sh, 6, "Satutunteja järjestetään lapsille", "300 tapahtumaa", "yellow", ("min", 300, 270))  # = 0.9 T
    u.goal(sh, 7, "Lainaus kasvaa", "Lainojen määrä kasvaa", "red", ("dir", "up", 152000, 149500))  # -1.64 %
    u.goal(sh, 8, "Näyttelyt järjestetään lähikirjastoissa", "6 näyttelyä", "red", ("progress", "ei toteudu"))
    u.goal(sh, 9, "Kirjastojen toimintamalli uudistetaan", "Toimintamalli on vakiintunut", "none")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "kirjasto-lo.csv")
        with open(src, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, delimiter=";").writerows(rows)
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        # 59 = ';', 34 = '"', 76 = UTF-8, 1 = first line; 1035 = Finnish locale for numbers
        subprocess.run(["soffice", f"-env:UserInstallation=file://{lo_profile}", "--headless",
                        "--infilter=CSV:59,34,76,1,,1035", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                        "--outdir", out, src], check=True, capture_output=True, timeout=300)
        shutil.move(os.path.join(out, "kirjasto-lo.xlsx"), os.path.join(UNITS, u.file))
    # what LibreOffice wrote is what the expectations say
    ws = openpyxl.load_workbook(os.path.join(UNITS, u.file)).active
    assert ws.title == sh, ws.title
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values, start=1):
            got = ws.cell(r, c).value
            if isinstance(got, (int, float)):  # LibreOffice reads '152 000' as the number 152000
                assert D(str(got)) == D(v.replace(" ", "")), (r, c, got, v)
            else:
                assert str(got if got is not None else "") == v, (r, c, got, v)


def tyhja():
    u = Unit("tyhja.xlsx", "tyhja", "An empty workbook (one empty sheet): no goal table, an error.", year=None,
             errors=">=1")
    wb = openpyxl.Workbook()
    wb.active.title = "Taul1"
    wb.save(os.path.join(UNITS, u.file))


def rikki():
    u = Unit("rikki.xlsx", None, "Not a workbook at all: a text file named .xlsx (unreadable).", year=None,
             readable=False)
    with open(os.path.join(UNITS, u.file), "w", encoding="utf-8") as f:
        f.write("Tämä ei ole Excel-työkirja vaan tekstitiedosto, joka on nimetty väärin.\n")


def hirvensalo():
    u = Unit("hirvensalo.xlsx", "Hirvensalo",
             "'Tulosyksikkö:' in A2 and the name 'Hirvensalo' in B2; a two-row header ('Arviointi' merged over "
             "'1–9 kk' and '1–12 kk'); an 'Osio' section column filled on every row; a row with only the 9-month "
             "figure (a forecast, red); 98 % against at least 100 % (yellow, the band's edge); a fill-rate table with "
             "full month names, 'Paikkamäärä', 24 places and June–August marked 'ei mitattu'.")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sopimus"
    sh = ws.title
    put(ws, "A1", "Palvelutuotantosopimus 2025", bold=True)
    put(ws, "A2", "Tulosyksikkö:")
    put(ws, "B2", "Hirvensalo")
    for col, text in {"A": "Osio", "B": "Tavoite", "C": "Mittari", "D": "Tavoitetaso", "G": "Värikoodi"}.items():
        put(ws, f"{col}4", text, bold=True)
        ws.merge_cells(f"{col}4:{col}5")
    put(ws, "E4", "Arviointi", bold=True)
    ws.merge_cells("E4:F4")
    row(ws, 5, {"E": "1–9 kk", "F": "1–12 kk"}, bold=True)
    row(ws, 6, {"A": "Asiakas", "B": "Perheet saavat tietoa ajoissa", "C": "Tiedotteiden määrä",
                "D": "vähintään 12 tiedotetta", "E": "9", "F": "14"})
    u.goal(sh, 6, "Perheet saavat tietoa ajoissa", "vähintään 12 tiedotetta", "green", ("min", 12, 14),
           section="Asiakas")
    row(ws, 7, {"A": "Asiakas", "B": "Palaute käsitellään viikon kuluessa", "C": "Ajallaan käsitellyn palautteen osuus",
                "D": "Vähintään 100 %", "E": "95 %", "F": "98 %"})
    u.goal(sh, 7, "Palaute käsitellään viikon kuluessa", "Vähintään 100 %", "yellow", ("min_pct", 100, 98),
           section="Asiakas")  # 98 >= 100 - 2: the edge is yellow
    row(ws, 8, {"A": "Henkilöstö", "B": "Sijaisten saatavuus paranee", "C": "Täyttämättä jääneet sijaistarpeet %",
                "D": "enintään 5 %", "E": "9 %"})
    u.goal(sh, 8, "Sijaisten saatavuus paranee", "enintään 5 %", "red", ("max_pct", 5, 9), forecast=True,
           section="Henkilöstö")  # only the 9-month figure: a forecast; 9 > 7
    row(ws, 9, {"A": "Henkilöstö", "B": "Perehdytys on suunnitelmallista", "C": "Perehdytysohjelma",
                "D": "Perehdytysohjelma käytössä", "F": "Ohjelma päivitetty"})
    u.goal(sh, 9, "Perehdytys on suunnitelmallista", "Perehdytysohjelma käytössä", "none", section="Henkilöstö")
    places = [24] * 5 + [None] * 3 + [24] * 4
    full = [18, 18, 19, 19, 20, None, None, None, 17, 19, 19, 20]
    part = [4, 4, 3, 3, 2, None, None, None, 4, 2, 2, 2]
    u.fill = fill_table(ws, 12, ["Kuukausi", "Paikkamäärä", "Kokopäiväiset", "Osapäiväiset", "Täyttöaste %"],
                        FI_LONG, places, full, part, "Täyttöaste 2025")
    wb.save(os.path.join(UNITS, u.file))


# ---------------------------------------------------------------------------------------------
def city_fill_rate(units):
    """Per month: 100 x sum of weighted children / sum of places over the units that report the month."""
    weighted, mean_of_means, working = [], [], []
    for i, month in enumerate(MONTHS):
        reported = [(u, u.fill[i]) for u in units if u.fill and u.fill[i] is not None]
        places = sum(m[0] for _, m in reported)
        children = sum(m[1] for _, m in reported)
        w = D(100) * children / places
        no_tie(w, month)
        rates = [D(100) * m[1] / m[0] for _, m in reported]
        mm = sum(rates) / len(rates)
        weighted.append(float(q2(w)))
        mean_of_means.append(float(q2(mm)))
        def f(x):
            return format(D(x).normalize(), "f")

        working.append(f"{month}: 100 × ({' + '.join(f(m[1]) for _, m in reported)}) / "
                       f"({' + '.join(f(m[0]) for _, m in reported)}) = 100 × {f(children)} / {f(places)} = {q2(w)}"
                       f" (mean of means {q2(mm)})")
    return weighted, mean_of_means, working


def main():
    if os.path.isdir(UNITS):
        shutil.rmtree(UNITS)
    os.makedirs(UNITS)
    with tempfile.TemporaryDirectory() as lo_profile:
        keskusta()
        itainen()
        sandviken()
        lansi()
        pohjoinen()
        etela()
        kirjasto(lo_profile)
        tyhja()
        rikki()
        hirvensalo()
    readable = [u for u in Unit.ALL if u.readable]
    units = [u.expected() for u in readable]
    goals = [g for u in readable for g in u.goals]
    texts = [(g["unit"], g["goal"]) for g in goals]
    assert len(set(g["goal"] for g in goals)) == len(goals), "goal texts are unique across the gallery"
    assert len(texts) == len(set(texts))
    totals = {"units": len(readable), "unitsWithUnreadable": len(Unit.ALL)}
    for s in ("green", "yellow", "red", "none"):
        totals[s] = sum(e["statuses"][s] for e in units)
    totals["unreadable"] = len(Unit.ALL) - len(readable)
    fill_units = [u for u in readable if u.fill]
    weighted, mean_of_means, working = city_fill_rate(fill_units)
    assert sum(1 for a, b in zip(weighted, mean_of_means) if abs(a - b) >= 0.5) >= 10, "weighting must matter"
    expected = {
        "description": "What `sopimus summary yksikot --json --lang fi -o <tmp>/yhteenveto.xlsx` must say, from "
                       "domain.md and cli-contract.md (see README.md).",
        "folder": "yksikot",
        "exitCode": 1,
        "units": units,
        "unreadable": [{"file": u.file, "description": u.description} for u in Unit.ALL if not u.readable],
        "goals": goals,
        "totals": totals,
        "fillRate": {
            "months": MONTHS,
            "cityWeighted": weighted,
            "meanOfMeans": mean_of_means,
            "units": {u.unit: [None if r is None else float(q2(r)) for r in u.rates()] for u in fill_units},
            "working": working,
        },
    }
    for u in fill_units:
        for r in u.rates():
            if r is not None:
                no_tie(r, u.file)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    # re-read every written workbook: the goal rows hold the goal and target texts the expectations name
    for u in readable:
        if not u.goals:
            continue
        wb = openpyxl.load_workbook(os.path.join(UNITS, u.file))
        for g in u.goals:
            ws = wb[g["sheet"]]
            cells = [str(c.value).strip() for c in ws[g["row"]] if c.value is not None]
            assert g["goal"] in cells, (u.file, g)
            assert g["target"] == "" or g["target"] in cells, (u.file, g)
    # CI runs prettier --check on test/: format the JSON as prettier writes it
    repo = os.path.dirname(os.path.dirname(HERE))
    res = subprocess.run(["npx", "prettier", "--write", os.path.join(HERE, "expected.json")], cwd=repo,
                         capture_output=True, text=True)
    if res.returncode != 0:
        print("prettier could not format expected.json; run: npx prettier --write test/summary-gallery/expected.json")
    for line in working:
        print(line)
    print(json.dumps(totals))


if __name__ == "__main__":
    main()
