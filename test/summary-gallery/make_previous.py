#!/usr/bin/python3
"""Last year's copies of the summary gallery, for `sopimus summary yksikot --previous edellinen`.

Copies the unit workbooks of yksikot/ (run make_units.py first) into edellinen/ with changed
figures, renamed goals and units added and left out, and writes expected-previous.json: what the
year-over-year comparison must say (cli-contract.md, `summary --previous`). Each last-year status is
worked out by hand beside its change and re-checked with make_units.expect_status (domain.md's
tables); this year's statuses are those of expected.json. The change is better / same / worse with
red < yellow < green, null where either status is none.

Run:  /usr/bin/python3 test/summary-gallery/make_previous.py
"""
import json
import os
import shutil
import subprocess
from decimal import Decimal as D

import openpyxl

from make_units import expect_status, private_share, q2  # the same arithmetic as this year's

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = os.path.join(HERE, "yksikot")
LAST = os.path.join(HERE, "edellinen")

with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
    NOW = json.load(f)

NOW_STATUS = {(g["unit"], g["goal"]): g["status"] for g in NOW["goals"]}
NOW_UNIT = {u["unit"]: u for u in NOW["units"]}
RANK = {"red": 0, "yellow": 1, "green": 2}

goals = []  # expected per goal of this year
unmatched = {"current": [], "previous": []}
units = {}


def change(now, before):
    if now == "none" or before == "none":
        return None
    d = RANK[now] - RANK[before]
    return "better" if d > 0 else "worse" if d < 0 else "same"


def same(unit, goal, status, actual):
    """A goal row whose figure did not change: last year's status is this year's."""
    assert NOW_STATUS[(unit, goal)] == status, (unit, goal)
    goals.append({"unit": unit, "goal": goal, "previous": {"status": status, "actual": actual},
                  "change": change(status, status)})


def changed(unit, goal, before, actual, calc):
    """A goal row whose figure changed: last year's status from domain.md's tables."""
    assert expect_status(calc) == before, (unit, goal, calc, expect_status(calc))
    now = NOW_STATUS[(unit, goal)]
    goals.append({"unit": unit, "goal": goal, "previous": {"status": before, "actual": actual},
                  "change": change(now, before)})


def unit_line(unit, fill_before=None, private_before=None, statuses=None):
    now = NOW_UNIT[unit]

    def pts(a, b):
        return None if a is None or b is None else float(q2(D(str(a)) - D(str(b))))

    units[unit] = {"previous": {"fillRate": fill_before, "privateShare": private_before, "statuses": statuses},
                   "change": {"fillRate": pts(now["fillRate"], fill_before),
                              "privateShare": pts(now["privateShare"], private_before)}}


def load(name):
    return openpyxl.load_workbook(os.path.join(UNITS, name))


def save(wb, name):
    wb.save(os.path.join(LAST, name))


def keskusta():
    wb = load("keskusta.xlsx")
    ws = wb.active
    u = "Keskusta"
    ws["G7"] = "3,5"
    ws["H7"] = None  # the typed Vihreä goes: last year's status is computed
    ws["H7"].fill = openpyxl.styles.PatternFill()
    changed(u, "Asiakkaat ovat tyytyväisiä varhaiskasvatukseen", "red", "3.5", ("min", 4, "3.5"))  # 3.5 < 3.6
    ws["G8"] = "15 %"
    changed(u, "Henkilöstö osallistuu täydennyskoulutukseen", "green", "15", ("min_pct", 15, 15))
    same(u, "Perheille järjestetään avoimia tapahtumia", "red", "33")
    # Written otherwise last year: case, double space and a full stop; still the same goal.
    ws["A12"] = "LAATUJÄRJESTELMÄ  on käytössä."
    same(u, "Laatujärjestelmä on käytössä", "green", "62")
    same(u, "Kasvatuskumppanuus tukee lapsen kasvua", "green", "Malli käytössä kaikissa ryhmissä")  # words, as words
    ws["G14"] = "7,5 %"
    changed(u, "Sairauspoissaolot vähenevät", "red", "7.5", ("max_pct", 5, "7.5"))  # 7.5 > 7
    same(u, "Digitaaliset palvelut auditoidaan", "none", None)
    # Fill rate: three full-time children fewer every month.
    places = [120] * 7 + [126] * 5
    full = [112, 113, 115, 116, 114, 105, 60, 110, 118, 120, 121, 119]
    part = [14, 14, 12, 12, 13, 12, 8, 20, 18, 16, 16, 15]
    for i in range(12):
        assert ws[f"C{20 + i}"].value == full[i]
        ws[f"C{20 + i}"] = full[i] - 3
    rates = [D(100) * (D(full[i] - 3) + D("0.5") * part[i]) / places[i] for i in range(12)]
    mean = sum(rates) / 12
    unit_line(u, float(q2(mean)), None, {"green": 3, "yellow": 0, "red": 3, "none": 1})
    save(wb, "keskusta.xlsx")


def itainen():
    wb = load("itainen.xlsx")
    ws = wb.active
    u = "itainen"
    same(u, "Lapset saavat paikan läheltä kotia", "green", "91.5")
    same(u, "Varhaiskasvatussuunnitelmat laaditaan ajallaan", "yellow", "96.2")
    ws["D6"] = "7 %"
    changed(u, "Henkilöstön vaihtuvuus pienenee", "green", "7", ("max_pct", 8, 7))
    same(u, "Asukasilloissa kuullaan perheitä", "red", "2")
    same(u, "Yhteistyö neuvolan kanssa on sujuvaa", "none", "Tapaamiset pidetty")
    unit_line(u, NOW_UNIT[u]["fillRate"], None, {"green": 2, "yellow": 1, "red": 1, "none": 1})
    save(wb, "itainen.xlsx")


def sandviken():
    wb = load("sandviken-sv.xlsx")
    ws = wb.active
    u = "Sandviken"
    same(u, "Barnen får en trygg start", "green", "4.4")
    same(u, "Personalen fortbildas", "yellow", "14")
    same(u, "Evenemang för familjer", "red", "30")
    same(u, "Vårdnadshavarna deltar i planeringen", "yellow", "Rådet har träffats regelbundet")
    assert (ws["A13"].value, ws["A14"].value, ws["A15"].value) == ("Egen produktion", "Servicesedel", "Privat vårdstöd")
    ws["B13"], ws["B14"], ws["B15"] = 400, 120, 30
    unit_line(u, NOW_UNIT[u]["fillRate"], private_share(400, 150), {"green": 1, "yellow": 2, "red": 1, "none": 0})  # 150 / 550
    save(wb, "sandviken-sv.xlsx")


def lansi():
    u = "Länsi"
    shutil.copy(os.path.join(UNITS, "lansi-ennuste.xlsx"), os.path.join(LAST, "lansi-ennuste.xlsx"))
    same(u, "Asiakastyytyväisyys säilyy hyvänä", "yellow", "3.7")
    same(u, "Ryhmäkoot pysyvät suosituksen mukaisina", "green", "6")
    same(u, "Toimitaan kumppaneina yksityisten palveluntuottajien kanssa", "red", "19.51")
    same(u, "Yksiköt sertifioidaan ympäristöohjelmaan", "green", "64")
    unit_line(u, None, NOW_UNIT[u]["privateShare"], {"green": 2, "yellow": 1, "red": 1, "none": 0})


def pohjoinen():
    wb = load("pohjoinen-virheet.xlsx")
    ws = wb.active
    u = "Pohjoinen"
    sh = ws.title
    same(u, "Esiopetuksen laatu paranee", "green", "4.3")
    # Renamed since: neither year's row is guessed to be the other's.
    ws["A6"] = "Koulukuljetukset toimivat"
    goals.append({"unit": u, "goal": "Kuljetukset toimivat", "previous": None, "change": None})
    unmatched["current"].append({"unit": u, "goal": "Kuljetukset toimivat", "sheet": sh, "row": 6})
    unmatched["previous"].append({"unit": u, "goal": "Koulukuljetukset toimivat", "sheet": sh, "row": 6})
    ws["E7"] = "3,9"
    changed(u, "Työyhteisö voi hyvin", "green", "3.9", ("min", "3.8", "3.9"))
    same(u, "Tilat ovat turvallisia", "green", "6")
    unit_line(u, None, None, {"green": 3, "yellow": 0, "red": 0, "none": 1})
    save(wb, "pohjoinen-virheet.xlsx")


def etela():
    wb = load("etela-tuloskortti.xlsx")
    ws = wb.active
    u = "Etelä"
    sh = ws.title
    same(u, "Asiakkaat saavat hyvää palvelua", "green", "4")
    ws["F6"] = 14
    changed(u, "Hakemukset käsitellään ajallaan", "green", "14", ("max", 14, 14))
    ws["F7"] = "2,5"
    changed(u, "Osaava henkilöstö", "red", "2.5", ("min", 3, "2.5"))  # 2.5 < 2.7
    same(u, "Talous on tasapainossa", "green", "99.2")
    # A goal dropped since: last year's only.
    for col, v in {"A": "Asiakas", "B": "Sähköinen asiointi lisääntyy", "C": "Sähköisten hakemusten osuus",
                   "D": "Asiointipalvelu", "E": "vähintään 50 %", "F": "55 %"}.items():
        ws[f"{col}9"] = v
    unmatched["previous"].append({"unit": u, "goal": "Sähköinen asiointi lisääntyy", "sheet": sh, "row": 9})
    unit_line(u, None, None, {"green": 4, "yellow": 0, "red": 1, "none": 0})
    save(wb, "etela-tuloskortti.xlsx")


def kirjasto():
    wb = load("kirjasto-lo.xlsx")
    ws = wb.active
    u = "Kirjastopalvelut"
    same(u, "Kirjastoauto kiertää kaikilla alueilla", "green", "41")
    assert ws["F6"].value == 270
    ws["F6"] = 310
    changed(u, "Satutunteja järjestetään lapsille", "green", "310", ("min", 300, 310))
    same(u, "Lainaus kasvaa", "red", "149500")
    same(u, "Näyttelyt järjestetään lähikirjastoissa", "red", "Ei toteudu, näyttelytila peruskorjauksessa")
    same(u, "Kirjastojen toimintamalli uudistetaan", "none", "Malli otettu käyttöön syksyllä")
    unit_line(u, None, None, {"green": 2, "yellow": 0, "red": 2, "none": 1})
    save(wb, "kirjasto-lo.xlsx")


def hirvensalo():
    # Saved under another name last year: the unit is matched by its name, not its file.
    wb = load("hirvensalo.xlsx")
    ws = wb.active
    u = "Hirvensalo"
    same(u, "Perheet saavat tietoa ajoissa", "green", "14")
    same(u, "Palaute käsitellään viikon kuluessa", "yellow", "98")
    ws["E8"] = "4 %"
    changed(u, "Sijaisten saatavuus paranee", "green", "4", ("max_pct", 5, 4))
    same(u, "Perehdytys on suunnitelmallista", "none", "Ohjelma päivitetty")
    unit_line(u, NOW_UNIT[u]["fillRate"], None, {"green": 2, "yellow": 1, "red": 0, "none": 1})
    save(wb, "hirvensalo-2024.xlsx")


def puistola():
    # A unit of last year only (merged since): all its goals are last year's unmatched.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sopimus 2024"
    ws["A1"] = "Palvelutuotantosopimus 2024"
    ws["A2"] = "Tulosyksikkö: Puistola"
    for col, v in {"A": "Tavoite", "B": "Mittari", "C": "Tavoitetaso", "D": "Toteuma 1–12/2024"}.items():
        ws[f"{col}4"] = v
    rows = [("Lapset ulkoilevat päivittäin", "Ulkoilupäivien osuus", "vähintään 90 %", "95 %"),
            ("Henkilöstö pysyy", "Vaihtuvuus %", "enintään 8 %", "6 %")]
    for i, r in enumerate(rows):
        for col, v in zip("ABCD", r):
            ws[f"{col}{5 + i}"] = v
        unmatched["previous"].append({"unit": "Puistola", "goal": r[0], "sheet": ws.title, "row": 5 + i})
    wb.save(os.path.join(LAST, "puistola.xlsx"))


def main():
    if os.path.isdir(LAST):
        shutil.rmtree(LAST)
    os.makedirs(LAST)
    keskusta()
    itainen()
    sandviken()
    lansi()
    pohjoinen()
    etela()
    kirjasto()
    hirvensalo()
    puistola()
    # tyhja.xlsx has no copy last year (a unit new this year): its previous is null. rikki.xlsx neither.
    units["tyhja"] = {"previous": None, "change": None}
    assert {g["unit"] for g in goals} | {"tyhja"} == set(NOW_UNIT), "every unit of this year is expected"
    assert len(goals) == len(NOW["goals"]), "every goal row of this year is expected"
    counts = {"better": 0, "same": 0, "worse": 0, "null": 0}
    for g in goals:
        if g["previous"] is not None:
            counts[g["change"] or "null"] += 1
    expected = {
        "description": "What `sopimus summary yksikot --previous edellinen --json` adds (cli-contract.md, summary "
                       "--previous), worked out by hand in make_previous.py.",
        "folder": "edellinen",
        "units": units,
        "goals": goals,
        "unmatched": unmatched,
        "changes": counts,
    }
    path = os.path.join(HERE, "expected-previous.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    repo = os.path.dirname(os.path.dirname(HERE))
    subprocess.run(["npx", "prettier", "--write", path], cwd=repo, capture_output=True)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
