// Sample: Turku early childhood education operational contract, 12-month review (seed 001, the
// goal texts as written; the responsible party in italics under the means). The fill-rate and
// production sheets hold counts that reproduce the seed's figures: monthly rates 98,22 … 99,29 %
// (summer months not measured) and 5535 own / 1641 private children.
import { putRow, type SpecSheet, type WorkbookSpec } from "../domain/template/spec";
import { settingsSheet } from "../domain/template/contract";
import { printable } from "../domain/template/layout";

type Goal = [goal: string, means: string, responsible: string, metric: string, target: string, resources: string, interim: string, actual: string];
type Section = { title: string; strategic: string[]; goals: Goal[] };

export const SEED_001_SECTIONS: Section[] = [
  {
    title: "Mahdollistetaan monipuolinen ja korkeatasoinen kasvatus ja opetus",
    strategic: ["Perusresurssien turvaaminen", "Kaikille lapsille ja oppilaille taataan tasa-arvoiset kasvatus- ja opetusmahdollisuudet koko kaupungissa"],
    goals: [
      [
        "Palveluohjauksella asiakas ohjataan tarvetta vastaavan palvelun piiriin",
        "Palveluohjauksen arviointi ja tarvetta vastaavan toimintamallin käyttöönotto",
        "Tulosaluejohtaja",
        "Asiakaspalaute: Saamani palvelu on vastannut tarpeitani",
        "Prosessi kuvattu ja toiminnassa, tiimi perustettu\nTavoitetaso 4 (asteikolla 1-5)",
        "Ei lisäresurssia",
        "Asiakaspalaute ”Saamani palvelu on vastannut tarpeitani”, 4,18\nASPA-hankkeeseen liittyvä palveluohjauksen kehittäminen aloitettu",
        "Saamani palvelu on vastannut tarpeitani (12_2012) 4,27; Kuukokysymysten keskiarvo 4,15.",
      ],
      [
        "Laadunhallintajärjestelmällä varmistetaan tasalaatuinen palvelu",
        "Palautejärjestelmä toimii laadunhallintaprosessin mukaisesti. Laadunhallintaprosessi on sidottu osaksi sopimusohjausta. Kehittämiskohteet nousevat arvioinnin pohjalta.",
        "Tulosaluejohtaja",
        "CAF-laadunhallintajärjestelmä, varhaiskasvatuksen laatukriteerit (Kuntaliitto 2010).",
        "Laatuprosessi käytössä, tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)",
        "Ei lisäresurssia, laaturyhmän työaika",
        "-kriteerit tarkastettu\n-asiakastyytyväisyys mitattu\n- työhyvinvointikysely suoritettu\n- lomakkeet (lapsen vasu, ryhmävasu ja tiimisopimus) päivitetty\n- hoidon aloituksen kysely toiminnassa 1.8. alkaen",
        "Asiakastyytyväisyyskysely tehty joulukuussa.",
      ],
      [
        "Avoimet palvelut tuottavat lapselle ja perheelle virikkeitä ja lisäävät hyvinvointia",
        "Avoimia palveluja lisätään jokaisella palvelualueella",
        "Tulosaluejohtaja ja päälliköt",
        "Asiakaspalaute. Osapäivä ja –viikkoisten lasten määrä",
        "Tavoitetaso 4 (asteikolla 1-5)\nOsaviikkoisten lasten määrää vähenee siirryttäessä avoimiin palveluihin",
        "Käynnistettäessä tarvitaan päällekkäistä resurssia, mutta pitkällä aikavälillä kokopäiväpaikkoja vapautuu",
        "Avatut leikkikoulut: -Urheilupuisto -Koukkarinkatu -Harittu-Lauste-Koivula yhteistyössä srk kanssa. Asiakaspalaute on kerätty ja raportti laadittu. 1.8. alkanut uusia leikkikouluja: Halisissa, Urheilupuisto/ Seikkailupuistossa, Parolanpolulla, Rauninaukiolla, Rahjepolulla",
        "Asiakastyytyväisyyskyselyssä kysymyksiä myös liittyen erilaisiin toimintamalleihin.",
      ],
      [
        "Osaava henkilöstö mahdollistaa laadukkaan kasvu- ja oppimisympäristön sekä kasvatuksen lapselle",
        "Mentorointitoiminta tukee työntekijää /asiantuntijaa työssään",
        "Esimiehet ja koko tulosalueen henkilöstö",
        "Prosessin eteneminen / Suunnitelman laatimisen edistyminen",
        "Suunnitelma laadittu mentorointitoiminnasta ja henkilöstön perehdyttäminen asiaan on käynnistynyt",
        "Työajan osoittaminen mentorointitoiminnan käynnistämiseen",
        "Suunnitelman laadinta alkuvaiheessa.",
        "Benchmarking-käynnit mahdollisia, myös mahdollisuus siirtyä yksiköstä toiseen.",
      ],
      [
        "Lisätään perheiden vaikutusmahdollisuuksia palvelun suunnittelussa",
        "Perustetaan asiakasraati yhteistyömuodoksi",
        "Tulosaluejohtaja",
        "Perustamisprosessin eteneminen",
        "Asiakasraadin toimintaperiaatteet on luotu ja toiminta käynnissä",
        "Ei lisäresurssia",
        "ASPA-hankkeen myötä lähdössä liikkeelle",
        "Asiakaspalautteiden käsittelystä yksiköissä yhteistyössä vanhempien kanssa sovittu. Alueilta nousevien asioiden koonti kaupunkitason asiakasraatiin vielä kehitteillä.",
      ],
    ],
  },
  {
    title: "Kehitetään ennaltaehkäisevää toimintaa ja hyvinvointia",
    strategic: [
      "Yleisen, tehostetun ja erityisen tuen antamiseen tarvittavat perusresurssit varmistetaan",
      "Varhaisen puuttumisen ja ennaltaehkäisevän työn säilyttäminen osana perustoimintaa ja yhteistyössä muiden tahojen kanssa",
    ],
    goals: [
      [
        "Osallistuminen ennaltaehkäisevään työhön muiden toimijoiden kanssa",
        "Hankkeissa kehitettyjen toimintamallien juurruttaminen ja uusiin kehityshankkeisiin osallistuminen. Muuttuneiden asetusten (esim. neuvola-asetus) jalkauttaminen.",
        "Tulosalueen henkilöstö",
        "Prosessikuvaus",
        "Prosessikuvauksen mukainen toiminta",
        "Ei resurssitarvetta, toimintatapojen muutos, hankerahoitusten hyödyntäminen",
        "Päihde- ja mielenterveystyön jalkauttaminen, lastenneuvolan perhetyössä yksi osa-aikainen työntekijä, romanilasten varhaiskasvatuksen tukeminen, Puhku-hanke laajennussuunnitelma tehty",
        "Yhteistyöpalaverit pidetty lastensuojelun kanssa. Neuvolan kanssa tapaaminen sovittu 1/2013. Sovittu yhteisen koulutuksen järjestämisestä syksyllä 2013.",
      ],
      [
        "Varhaiskasvatuksessa tunnistetaan tuen tarve ja käynnistetään tarvittavat tukitoimet",
        "Perusopetuslain mukainen YTE-malli käytössä myös varhaiskasvatuspalveluissa ja painopiste siirtyy yleiseen tukeen",
        "Varhaiserityiskasvatuksesta vastaava",
        "Erityisen tuen piirissä olevien oppilaiden määrä",
        "Erityisen tuen piirissä olevien oppilaiden määrä vähenee",
        "Olemassa olevien resurssien kohdentaminen",
        "YTE-mallin siirtäminen varhaiskasvatukseen toimintakauden alusta 1.8.12 lomakkeen muodossa.",
        "YTE-malli kuvattu varhaiskasvatussuunnitelman päivitykseen.",
      ],
      [
        "Kasvatuskumppanuus tukee lapsen kasvua",
        "Koulutetaan kasvatuskumppanuuskouluttajia, vuosittain 6 hlö",
        "Koulutusvastaava",
        "Sisäiseen koulutukseen osallistuneiden määrä",
        "noin 15 % henkilökunnasta koulutettu 5 vuoden sisällä",
        "Sijaistarve ryhmiin koulutuksien ajaksi (6 pv/ hlö)",
        "4 henkilöä koulutettu, peruskoulutukset alkavat syyskuussa (3 ryhmää)",
        "Peruskoulutuksen saanut 24 henkilöä",
      ],
    ],
  },
  {
    title: "Toiminnan tehostaminen",
    strategic: ["Palveluorganisaatio ja toiminnan rakenteet tukevat tehokkaasti lasten kasvatusta", "Tieto- ja viestintäteknologian käytön lisääminen"],
    goals: [
      [
        "Henkilöstöresurssit ovat tehokkaassa käytössä",
        "Henkilöstöresurssit on kohdennettu palveluntarpeen mukaisesti. Henkilökunnan liikkuvuus.",
        "Tulosaluejohtaja",
        "Effican tiedot kirjattu oikein. Effican hyödyntäminen resurssiseurannassa.",
        "Vähintään 100 % täyttöaste",
        "Resurssitarve seuraa palvelutarvetta (jatkuva arviointi)",
        "tammi 98,22 %\nhelmi 98,25 %\nmaalisk 98,92 %\nhuhti 99,17 %\ntouko 98,33 %\nsyys 98,41%",
        "loka 98,97 %\nmarras 99,07 %\njoulu 99,29 %",
      ],
      [
        "Toimitaan tehokkaasti kumppaneina yksityisten palveluntuottajien kanssa",
        "SPS:n mukaisesti osa päivähoitopalveluista tuotetaan yksityisessä palvelutuotannossa.",
        "Palvelujohtaja",
        "Palvelusetelin piirissä olevien lasten lukumäärä",
        "yksityinen tuotanto 23 % oma tuotanto 77 %",
        "Resurssien kohdentaminen",
        "•Omassa tuotannossa 5428, 78%\n•Palveluseteli ja yksityinen tuki 1539, 22 %",
        "Omassa tuotannossa 5535, 77%\nPalveluseteli ja yksityinen tuki 1641, 23%",
      ],
      [
        "Kehitetään talouden suunnittelua, toteutusta ja seurantaa",
        "Tuotteet määritellään ja kustannukset kohdennetaan.",
        "Tulosaluejohtaja, palvelujohtaja, talouspalvelut",
        "Palvelut on tuotteistettu ja kustannukset ovat selkeästi vertailtavissa",
        "Tuotteistus suoritettu.",
        "Ei resurssitarvetta",
        "Tuotteiden kuvaukset aloitettu.",
        "Tuotteiden kuvaukset aloitettu.",
      ],
    ],
  },
  {
    title: "Kestävä kehitys",
    strategic: ["Ilmasto- ja ympäristöohjelman toteuttaminen", "Vastuullisuuden lisääminen osana perustoimintaa"],
    goals: [
      [
        "Kestävän kehityksen toimintakulttuurin luominen",
        "Laajennetaan ekotukihenkilöverkostoa jokaiseen yksikköön",
        "Yksikön esimies",
        "Vastuuhenkilöt/yksikkö",
        "Jokaisessa yksikössä on vastuuhenkilö",
        "Perehdyttämiskoulutuksesta tulee kustannuksia",
        "Kaikissa yksiköissä ekotukihenkilö valittu",
        "Ekotukihenkilökoulutus jatkuu",
      ],
      [
        "Hankinnat toteutetaan kestävästi ja kustannustehokkaasti",
        "Hankinnoissa ja palvelujen ostoissa noudatetaan hankintaohjeistusta ja toimitaan kustannustehokkaasti ta:n puitteissa",
        "Hankintoja tekevä henkilöstö",
        "Ta:n toteuma, kestävään hankintaan siirtyminen",
        "Talousarvio toteutuu suunnitellusti, kestävään hankintaan on kiinnitetty huomio",
        "Olemassa olevat hankintaresurssit",
        "Hankinnat tehty kilpailutetuilta yrityksiltä ja hankintaohjeistusten mukaisesti",
        "Hankinnat tehty SAP-järjestelmässä niiltä osin kuin on ollut mahdollista.",
      ],
    ],
  },
];

export const SEED_001_HEADERS = [
  "OPTS:n tavoite",
  "Kuvaus keinoista tavoitteen saavuttamiseksi\nVastuu- ja yhteistyötahot",
  "Mittari tavoitteen toteutumisen seurantaan",
  "Tavoitetaso",
  "Resurssitarve",
  "Arviointi 1- 9 kuukaudet",
  "Arviointi 1-12 kuukaudet",
];

/** Seed 001's goal sheet: per section a title row, a second strategic-goal row, the repeated header and the goals. */
export function seed001GoalSheet(name = "Tavoitteet", headers = SEED_001_HEADERS, sections = SEED_001_SECTIONS): SpecSheet {
  const s: SpecSheet = { name, cells: [], widths: [34, 40, 30, 28, 24, 40, 40] };
  putRow(s, 2, [{ value: "Operatiivisen palvelutuotantosopimuksen tavoitteet varhaiskasvatuksen tulosalueella", bold: true }]);
  let r = 4;
  for (const sec of sections) {
    putRow(s, r++, [
      { value: sec.title, bold: true },
      { value: "SPS:n strategiset tavoitteet", bold: true },
      { value: sec.strategic[0], bold: true },
    ]);
    for (const more of sec.strategic.slice(1)) putRow(s, r++, [null, null, { value: more, bold: true }]);
    putRow(
      s,
      r++,
      headers.map((value) => ({ value, bold: true, wrap: true, fill: "D9E1F2" })),
    );
    for (const [goal, means, resp, metric, target, resources, interim, actual] of sec.goals) {
      putRow(s, r++, [
        goal,
        { value: `${means}\n${resp}`, italicTail: resp, wrap: true },
        metric,
        { value: target, wrap: true },
        resources,
        { value: interim, wrap: true },
        { value: actual, wrap: true },
      ]);
    }
    r++;
  }
  return s;
}

/** Places per month and the counts behind seed 001's monthly rates (2012; summer not measured). */
export const FILL_MONTHS: Array<[month: string, places: number | null, fullTime: number | null, partTime: number | null]> = [
  ["tammikuu", 5000, 4500, 822], // 98,22 %
  ["helmikuu", 5000, 4500, 825], // 98,25 %
  ["maaliskuu", 5000, 4600, 692], // 98,92 %
  ["huhtikuu", 5000, 4600, 717], // 99,17 %
  ["toukokuu", 5000, 4600, 633], // 98,33 %
  ["kesäkuu", null, null, null],
  ["heinäkuu", null, null, null],
  ["elokuu", null, null, null],
  ["syyskuu", 5000, 4600, 641], // 98,41 %
  ["lokakuu", 5000, 4600, 697], // 98,97 %
  ["marraskuu", 5000, 4600, 707], // 99,07 %
  ["joulukuu", 5000, 4600, 729], // 99,29 %
];

function fillSheet(): SpecSheet {
  const s: SpecSheet = { name: "Täyttöaste", cells: [], widths: [16, 12, 14, 14, 14] };
  putRow(s, 1, [{ value: "Varhaiskasvatuksen täyttöaste 2012", bold: true }]);
  putRow(
    s,
    3,
    ["Kuukausi", "Paikat", "Kokopäiväiset", "Osapäiväiset", "Täyttöaste %"].map((value) => ({ value, bold: true, fill: "D9E1F2" })),
  );
  FILL_MONTHS.forEach(([m, places, full, part], i) => {
    putRow(s, 4 + i, [m, places ?? "ei mitattu", full, part]);
  });
  return s;
}

function productionSheet(): SpecSheet {
  const s: SpecSheet = { name: "Tuotanto", cells: [], widths: [30, 12, 12] };
  putRow(s, 1, [{ value: "Oma ja yksityinen tuotanto 2012 (12 kk)", bold: true }]);
  putRow(
    s,
    3,
    ["Tuotantotapa", "Lapsia"].map((value) => ({ value, bold: true, fill: "D9E1F2" })),
  );
  putRow(s, 4, ["Oma tuotanto", 5535]);
  putRow(s, 5, ["Palveluseteli", 1203]);
  putRow(s, 6, ["Yksityisen hoidon tuki", 438]);
  return s;
}

function resourcesSheet(): SpecSheet {
  const s: SpecSheet = { name: "Resurssit", cells: [], widths: [28, 16] };
  putRow(s, 1, [{ value: "Talousarvio TA2012", bold: true }]);
  putRow(s, 2, ["Tulot", { value: 14250000, numFmt: "#,##0" }]);
  putRow(s, 3, ["Menot", { value: 152400000, numFmt: "#,##0" }]);
  putRow(s, 4, ["Netto", { value: 138150000, numFmt: "#,##0" }]);
  putRow(s, 6, ["Henkilöstö, vakanssit kpl", { value: 2410, numFmt: "#,##0" }]);
  return s;
}

export function earlyChildhoodSample(): WorkbookSpec {
  const page = (sheet: SpecSheet) => printable(sheet, { lang: "fi", header: "Varhaiskasvatus 2012" });
  return { sheets: [page(seed001GoalSheet()), page(fillSheet()), page(productionSheet()), page(resourcesSheet()), settingsSheet("fi")] };
}
