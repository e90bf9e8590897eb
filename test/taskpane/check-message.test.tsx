/** @jest-environment jsdom */
// The Check view shows an issue's whole message: a status's reason is never cut inside a word
// ("…(keltainen, jos vähi…." was seen), and the message wraps inside the 320 px pane (no
// ellipsis, no one-line clip). Cell text a message quotes is cut, if at all, at a word's end.
import { cleanup, render, screen, within } from "@testing-library/react";
import { check } from "../../src/domain";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { App } from "../../src/taskpane/App";
import type { Host } from "../../src/taskpane/host";
import { book } from "../fixtures/seeds";

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

const HEAD = ["Tavoite", "Vastuutaho", "Mittari", "Tavoitetaso", "Arviointi 1–12 kk", "Tila"];
/** Typed green, computed yellow: the status-mismatch message carries the computed status's reason. */
const mismatch = (): WorkbookSnapshot =>
  book([
    "Tavoitteet",
    [["PALVELUTUOTANTOSOPIMUS 2025"], [], HEAD, ["Asiakkaat ovat tyytyväisiä palveluun", "Päällikkö", "Asiakaskysely", "Vähintään 100 %", "98,72 %", "Vihreä"]],
  ]);

const host = (snapshot: WorkbookSnapshot): Host => ({
  undoMerges: false,
  read: async () => ({ snapshot, protectedSheets: [] }),
  write: async () => undefined,
  select: async () => undefined,
  selectedRow: async () => ({ sheet: "Tavoitteet", row: 1 }),
});

const WHOLE = {
  fi: "Merkitty tila Vihreä poikkeaa lasketusta tilasta Keltainen: Arviointi 1–12 kk (E4): 98,72 % jää 1,28 prosenttiyksikköä alle tavoitteen 100 % (keltainen, jos vähintään 98 %).",
  sv: "Den angivna statusen Grön skiljer sig från den beräknade statusen Gul: Arviointi 1–12 kk (E4): 98,72 % ligger 1,28 procentenheter under målet 100 % (gul om minst 98 %).",
  en: "The status entered, Green, differs from the computed status, Yellow: Arviointi 1–12 kk (E4): 98.72 % is 1.28 percentage points below the target 100 % (yellow if at least 98 %).",
};

test.each(["fi", "sv", "en"] as const)("a status's reason in an issue message is whole (%s)", (lang) => {
  const issue = check(mismatch(), lang).issues.find((i) => i.code === "status-mismatch");
  expect(issue?.message).toBe(WHOLE[lang]);
});

test("the Check view shows the long Finnish message whole, wrapping in the pane: no ellipsis, no clip to one line", async () => {
  render(
    <div style={{ width: "320px" }}>
      <App host={host(mismatch())} initialLang="fi" />
    </div>,
  );
  const warnings = await screen.findByRole("region", { name: /^Varoitukset: / });
  const item = within(warnings).getByRole("button", { name: /^Merkitty tila Vihreä/ });
  const message = within(item).getByText(WHOLE.fi);
  expect(item.textContent).not.toContain("…");
  // From the message up to the list, nothing keeps the text on one line or cuts it with an ellipsis.
  for (let el: HTMLElement | null = message; el && el !== warnings; el = el.parentElement) {
    const style = getComputedStyle(el);
    expect(style.whiteSpace).not.toBe("nowrap");
    expect(style.textOverflow).not.toBe("ellipsis");
    expect(style.webkitLineClamp ?? "").toBe("");
  }
  expect(getComputedStyle(message).overflowWrap).toBe("anywhere");
});

test("cell text a message quotes is cut at a word's end, never inside a word", () => {
  const long = "Palvelu on saatavilla kaikille asukkaille arkipäivisin ja viikonloppuisin, jos vähintään kolme asiakasta ilmoittautuu";
  const snap = book(["Tavoitteet", [HEAD, ["Asiakkaat ovat tyytyväisiä", "Päällikkö", "Kysely", "Vähintään 4", "4,2", long]]]);
  const message = check(snap, "fi").issues.find((i) => i.code === "invalid-status")?.message ?? "";
  const quoted = /”(.*)”/.exec(message)?.[1] ?? "";
  expect(quoted.endsWith("…")).toBe(true);
  const kept = quoted.slice(0, -1);
  expect(long.startsWith(kept)).toBe(true);
  expect(long[kept.length]).toBe(" ");
});
