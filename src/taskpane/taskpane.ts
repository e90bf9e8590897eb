// The task pane's first page: it says, in the reader's language, what this version does and
// where the checks run today (the command line). The working pane comes with the add-in issue.
const TEXT = {
  fi: ["Sopimus", "Tämä versio tarkistaa ja päivittää sopimustyökirjat komentoriviltä:", "Tehtäväruutu Exceliin tulee seuraavassa versiossa."],
  sv: ["Sopimus", "Den här versionen kontrollerar och uppdaterar avtalsarbetsböcker från kommandoraden:", "Aktivitetsfönstret i Excel kommer i nästa version."],
  en: ["Sopimus", "This version checks and refreshes contract workbooks from the command line:", "The task pane inside Excel comes with the next version."],
} as const;

function language(): keyof typeof TEXT {
  const l = navigator.language.slice(0, 2);
  return l === "sv" || l === "en" ? l : "fi";
}

const [title, cli, next] = TEXT[language()];
const root = document.getElementById("root") as HTMLElement;
const h1 = document.createElement("h1");
h1.textContent = title;
const p = document.createElement("p");
p.textContent = cli;
const code = document.createElement("pre");
code.textContent = "npx sopimus validate kansio/ \nnpx sopimus refresh sopimus.xlsx -o paivitetty.xlsx";
const later = document.createElement("p");
later.textContent = next;
root.append(h1, p, code, later);
