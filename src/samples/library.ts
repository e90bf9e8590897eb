// Sample: Turku library outreach services contract 2020 (seed 002: its layout, headers with
// line breaks, three goal tables, K/E flags and the resources block, texts as written).
// The seed leaves "Toteutunut 2019" and "Toteutunut 31.12.2020" empty; the figures here are
// invented for the demo so that every kind of status shows, and two statuses are typed by hand.
import { printable } from "../domain/template/layout";
import { putRow, type SpecSheet, type WorkbookSpec } from "../domain/template/spec";

type Row = [
  goal: string,
  flag: string,
  metric: string,
  target: string,
  baseline: string | number | null,
  actual: string | number | null,
  status: string | null,
];

const HEADERS_1 = [
  "Tulosyksikön projekti tai toimenpide tavoitteen \nsaavuttamiseksi",
  "Salkun-\nhallinnassa \nmukana \n(K/E)",
  "Tavoitteen toteutumista kuvaava mittari",
  "Mittarin tavoitetaso 2020",
  "Toteutunut \n2019",
  "Toteutunut \n31.12.2020",
  "Väri-\nkoodi",
];
const HEADERS_2 = ["Tulosyksikön toimenpiteet", HEADERS_1[1], "Perustoiminnan toteutumista kuvaava mittari", ...HEADERS_1.slice(3)];
const HEADERS_3 = [HEADERS_1[0], HEADERS_1[1], "Perustoiminnan toteutumista kuvaava mittari", ...HEADERS_1.slice(3)];

export const SEED_002_PROJECTS: Row[] = [
  [
    "Omakirjasto 2. vaihe: Digitaalinen palvelutarjotin kotipalveluasiakkaille",
    "K",
    "Palvelu siirtyy osaksi kirjaston perustoimintaa.",
    "Toiminta on vakiintunut",
    null,
    "TEHTY",
    null,
  ],
  [
    "My Green Identity: kestävän kehityksen kansainvälinen Nordplus-hanke",
    "K",
    "Tapaamiset Suomessa ja Ruotsissa, osallistujia Baltian maista sekä Pohjoismaista",
    "Toteutuminen hankesuunnitelman mukaan (TP)",
    null,
    "TEKEILLÄ",
    null,
  ],
  [
    "Lukemattomat mahdollisuudet: syrjäytymisen ehkäisy lukutaidon tukemisen keinoin",
    "K",
    "Palvelu siirtyy soveltuvin osin osaksi kirjaston perustoimintaa",
    "Toteutuu hankesuunnitelman mukaan (TP)",
    null,
    null,
    null,
  ],
  [
    "Kirjasto on kirjaneuvola: varhaisen lukutaidon tukeminen erilaisin keinoin alueellisesti.",
    "K",
    "Projekti toteutuu hakemuksen mukaisesti.",
    "Alueellisesti toteutettu toiminta hankesuunnitelman mukaan (TP)",
    null,
    null,
    null,
  ],
  [
    "Pelillisyyden uudet keinot kirjojen maailmaan: testataan lasten lukukampanjoihin ja teemaviikkoihin liittyen uusia lukemaan innostavia pelillisiä keinoja sekä lisättyä todellisuutta lapsia osallistaen",
    "K",
    "Projektin rahoituksen toteutuessa toiminta-aika on 1.8.2020–31.12.2021",
    "Toimintaa toteutetaan hankesuunnitelman mukaan (TP)",
    null,
    null,
    null,
  ],
  [
    "Ordkonst hela vägen: projektet fyller det behov och den efterfrågan av läsfrämjande ordkonst som finns i Åbo på svenska bland barn under lågstadie- och i högstadieålder",
    "K",
    "Projektin rahoituksen toteutuessa toiminta-aika on 1.8.2020–31.12.2021",
    "Toimintaa toteutetaan hankesuunnitelman mukaan (TP)",
    null,
    null,
    null,
  ],
];

export const SEED_002_BASIC: Row[] = [
  [
    "Vapaaehtoistyön koordinointi: Lukulähetit, Omakirjasto-kummit sekä Kulttuurikummi-toiminta",
    "E",
    "Vapaaehtoistyön jatkuvuus",
    "Yhteiset tapahtumat/kokoontumisia 4/vuosi",
    4,
    4,
    null,
  ],
  [
    "Kaikille avoimet yhteisöllisyyttä tukevat tapahtumat, opastukset ja työpajat sekä kirjaston palveluihin perehdyttäminen",
    "E",
    "Tapahtumien määrä",
    "300 tapahtumaa",
    312,
    281,
    null,
  ],
  [
    "Valtakunnalliset ja kansainväliset verkostot: osallistuminen seminaareihin ja koulutuksiin mahdollisuuksien mukaan",
    "E",
    "Osallistuminen laajoihin seminaareihin ja koulutuksiin",
    "10 hlö osallistuu",
    11,
    7,
    null,
  ],
  [
    "Aktivointityön kehittäminen ja koordinaatio yhteistyössä muiden palvelualueiden kanssa",
    "E",
    "Yhteiset projekti-ideat ja toteutukset",
    "5 projektihakemusta",
    4,
    5,
    null,
  ],
  ["Kirjastopalvelujen esteettömyyden ja saavutettavuuden lisääminen", "E", "Koulutus henkilökunnalle", "30 osallistujaa", 0, 34, null],
  [
    "Kulttuurisen työn koordinointi ja kehittäminen sekä verkostotyö syrjäytymisuhan alla oleville: aikuisten kohderyhmätyö, erityisesti Kimmoke kulttuurin osalta",
    "E",
    "Tapahtumien määrä",
    "150 tapahtumaa",
    148,
    96,
    null,
  ],
  [
    "Kulttuurisen maahanmuuttajatyön koordinointi ja kehittäminen sekä verkostotyö kotouttamisen tukemisen välineenä",
    "E",
    "Tapahtumien määrä",
    "100 tapahtumaa",
    104,
    92,
    null,
  ],
  ["Ruotsinkielisen kulttuuritoiminnan kehittäminen ja koordinointi", "E", "Tapahtumien määrä", "140 tapahtumaa", 139, 141, null],
  ["Lastenkulttuurin saatavuuden ja saavutettavuuden edistäminen sekä koordinointi.", "E", "Tapahtumien määrä", "540 tapahtumaa", 551, 402, null],
  ["Senioreille kohdennettujen kulttuuripalveluiden koordinointi ja kehittäminen", "E", "Tapahtumien määrä", "170 tapahtumaa", 166, 170, null],
  [
    "Koulujen kanssa tehtävä yhteistyö: Elämyspolku (2., 4. ha 5, lk): Mediamatka ja kirjavinkkaus; kirjastokurssit esikoululaisille",
    "E",
    "Luokkien määrä ja eskarien määrä",
    "100 % ikäluokista elämyspolussa, \nkirjastokursseja 15/vuosi",
    null,
    "100 % ikäluokista, kirjastokursseja 14",
    null,
  ],
  [
    "Lasten omat kärkitapahtumat, kuten Harry Potter, loma-aikojen ohjelmatoiminta sekä muut kirjallisuuteen ja mediataitoihin liittyvät tapahtumakokonaisuudet",
    "E",
    "Lasten tapahtumat ja niihin osallistujat",
    "saavutetaan 1000 lasta",
    1120,
    1045,
    null,
  ],
  ["Satutunnit ja esitykset koko kirjastossa", "E", "Satutuntien ja esitysten määrä", "110", 112, 95, "Vihreä"],
  ["Muu koulu-, päiväkoti- ja neuvolayhteistyö", "E", "Ajankohtainen ohjelma keskustan alueella", "", null, null, null],
  [
    "Nuorten tapahtumat ja pop up -toiminta",
    "E",
    "Brändin rakentaminen ja ajankohtaisiin asioihin tarttuminen",
    "Toiminta säännöllistä",
    null,
    "Pop up -toimintaa kahdesti kuukaudessa",
    "Vihreä",
  ],
  [
    "Nuorten osallistaminen ja nuorisotaloyhteistyö",
    "E",
    "Nuorten raati kolmessa lähiössä aktivointirahoituksen toteutuessa",
    "Toteutunut toiminta",
    null,
    null,
    null,
  ],
  ["Yläkouluyhteistyö: Elämyspolku 7. lk", "E", "Luokkien määrä", "100 % ikäluokasta", "100 %", "96 %", null],
];

export const SEED_002_STAFF: Row[] = [
  [
    "Lasten ja nuorten tiimien perustehtävien selkeyttäminen ja palvelulupaukset",
    "E",
    "Päivitetään tehtävänkuvat koko tulosyksikön osalta, painotetaan jokaisen osuutta ja vastuuta toiminnan kehittämisestä.",
    "Tehtävänkuvat päivitetty > 75%",
    null,
    "80 %",
    null,
  ],
];

function table(s: SpecSheet, r: number, headers: string[], rows: Row[]): number {
  putRow(
    s,
    r++,
    headers.map((value) => ({ value, bold: true, wrap: true, fill: "D9E1F2" })),
  );
  for (const row of rows)
    putRow(
      s,
      r++,
      row.map((v) => (typeof v === "string" ? { value: v, wrap: true } : v)),
    );
  return r;
}

export function librarySample(): WorkbookSpec {
  const s: SpecSheet = { name: "Sopimus", cells: [], widths: [60, 11, 40, 32, 12, 14, 12] };
  putRow(s, 2, [{ value: "PALVELUTUOTANTOSOPIMUS 2020", bold: true }]);
  putRow(s, 4, ["Toimiala: Vapaa-aikatoimiala"]);
  putRow(s, 5, ["Palvelualue: Kirjastopalvelut"]);
  putRow(s, 6, ["Tulosyksikkö: Hakeutuvat palvelut"]);
  putRow(s, 8, [{ value: "1.    Toiminnalliset tavoitteet", bold: true }]);
  let r = table(s, 10, HEADERS_1, SEED_002_PROJECTS) + 1;
  r = table(s, r, HEADERS_2, SEED_002_BASIC) + 1;
  r = table(s, r, HEADERS_3, SEED_002_STAFF) + 2;
  putRow(s, r++, [{ value: "2.    Resurssit", bold: true }]);
  putRow(s, r++, ["Talousarvio TA2020"]);
  putRow(s, r++, ["Tulot", { value: 0, numFmt: "#,##0" }]);
  putRow(s, r++, ["Menot", { value: 1266563, numFmt: "#,##0" }]);
  putRow(s, r++, ["Netto", { value: 1266563, numFmt: "#,##0" }]);
  r++;
  putRow(s, r++, ["Henkilöstö, vakanssit kpl"]);
  putRow(s, r++, ["Yhteensä", { value: 28, numFmt: "#,##0" }]);
  return { sheets: [printable(s, { lang: "fi", header: "Kirjastopalvelut 2020, Hakeutuvat palvelut" })] };
}
