"""Writes a goal library workbook as a planner would make it in Excel: a title, a header row with
Finnish, Swedish and English columns in their own order, wrapped texts, and a few rows a planner
gets wrong. Used by test/catalogue/cli.test.ts: python3 make-catalogue.py <out.xlsx>"""

import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

wb = Workbook()
contract = wb.active
contract.title = "Ohje"
contract["A1"] = "Turun kaupungin tavoitekirjasto: lisää omat vakiotavoitteet välilehdelle Tavoitekirjasto."

ws = wb.create_sheet("Tavoitekirjasto")
ws["A1"] = "Kasvatus ja opetus: vakiotavoitteet 2026"
ws["A1"].font = Font(name="Calibri", size=14, bold=True)
headers = ["Tunnus", "Tavoite", "Mittari", "Tavoitetaso", "Linkki", "Pohjat", "Tavoite (sv)", "Mittari (sv)", "Tavoitetaso (sv)", "Goal (en)", "Metric (en)", "Target (en)"]
for col, text in enumerate(headers, start=1):
    cell = ws.cell(row=3, column=col, value=text)
    cell.font = Font(name="Calibri", size=11, bold=True)
    cell.fill = PatternFill("solid", fgColor="D9E1F2")
    cell.alignment = Alignment(wrap_text=True, vertical="top")

rows = [
    # A row in all three languages, linked to the fill rate.
    ["vaka-ryhmakoko", "Ryhmäkoot pysyvät suunnitelluissa rajoissa", "Täyttöaste (kuukausien keskiarvo)", "Vähintään 98 % täyttöaste", "täyttöaste", "varhaiskasvatus",
     "Gruppstorlekarna hålls inom planen", "Fyllnadsgrad (månadernas medeltal)", "Minst 98 % fyllnadsgrad",
     "Group sizes stay as planned", "Fill rate (mean of the months)", "At least 98 % fill rate"],
    # Finnish and English only: the Swedish cells take the Finnish text.
    ["lukuinto", "Lasten lukuinto kasvaa", "Lukudiplomin suorittaneiden osuus", "Vähintään 40 %", "", "varhaiskasvatus, kirjasto",
     None, None, None,
     "Children read more", "Share of children with a reading diploma", "At least 40 %"],
    # Replaces the built-in customer satisfaction row (same id).
    ["customer-satisfaction", "Huoltajat ovat tyytyväisiä palveluun", "Huoltajakysely: kokonaisarvio", "Tavoitetaso 4,2 (asteikolla 1-5)", "ei", "kaikki",
     "Vårdnadshavarna är nöjda med servicen", "Vårdnadshavarenkät: helhetsbedömning", "Målnivå 4,2 (skala 1-5)",
     "Guardians are satisfied with the service", "Guardian survey: overall rating", "Target 4.2 (scale 1-5)"],
    # No goal text.
    ["tyhja", None, "Käyntien määrä", "300 käyntiä", "", "kirjasto", None, None, None, None, None, None],
    # A link the product does not know.
    ["lainat", "Lainauksia on paljon", "Lainojen määrä", "100 000 lainaa", "lainaukset", "kirjasto", None, None, None, None, None, None],
    # A template that does not exist.
    ["nuoret", "Nuoret löytävät palvelut", "Nuorten kävijöiden määrä", "2 000 kävijää", "", "nuorisotyö", None, None, None, None, None, None],
    # The same id twice.
    ["lukuinto", "Lukemista tuetaan kotona", "Lukupiirien määrä", "10 lukupiiriä", "", "kirjasto", None, None, None, None, None, None],
]
for r, values in enumerate(rows, start=4):
    for c, value in enumerate(values, start=1):
        if value is not None:
            ws.cell(row=r, column=c, value=value).alignment = Alignment(wrap_text=True, vertical="top")
for col, width in zip("ABCDEFGHIJKL", [18, 36, 30, 24, 12, 22, 30, 30, 22, 30, 30, 22]):
    ws.column_dimensions[col].width = width

wb.save(sys.argv[1])
