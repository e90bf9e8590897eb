/** @jest-environment jsdom */
// The Office page tells "office.js could not load" apart from "not opened in Excel": the help desk
// looks at the network (or the Content-Security-Policy) for the one, at how the pane was opened
// for the other.
import { cleanup, render, screen } from "@testing-library/react";
import { NoOffice } from "../../src/taskpane/page-links";
import { whenOfficeReady } from "../../src/taskpane/office-ready";

afterEach(cleanup);

const office = (onReady: () => Promise<unknown>) => ({ Office: { onReady, HostType: { Excel: "Excel" }, context: { displayLanguage: "sv-FI" } } as never });

test("no office.js at all (blocked, or Microsoft's CDN out of reach): 'could not load'", async () => {
  expect(await whenOfficeReady({}, 50)).toEqual({ kind: "notLoaded" });
});

test("office.js loaded, but its own further scripts never let it answer: 'could not load' after the wait", async () => {
  expect(
    await whenOfficeReady(
      office(() => new Promise(() => undefined)),
      20,
    ),
  ).toEqual({ kind: "notLoaded" });
});

test("office.js answers from Excel: the pane, in Office's display language", async () => {
  expect(
    await whenOfficeReady(
      office(async () => ({ host: "Excel", platform: "PC" })),
      50,
    ),
  ).toEqual({ kind: "excel", displayLanguage: "sv-FI" });
});

test("office.js answers outside Excel (a plain browser, another Office application): 'not opened in Excel'", async () => {
  expect(
    await whenOfficeReady(
      office(async () => ({ host: null, platform: null })),
      50,
    ),
  ).toEqual({ kind: "notExcel" });
  expect(
    await whenOfficeReady(
      office(async () => ({ host: "Word", platform: "PC" })),
      50,
    ),
  ).toEqual({ kind: "notExcel" });
});

test("the two messages differ in every language, and the 'could not load' one names office.js", () => {
  for (const lang of ["fi", "sv", "en"] as const) {
    const { unmount } = render(<NoOffice lang={lang} reason="notLoaded" />);
    const notLoaded = document.body.textContent ?? "";
    unmount();
    render(<NoOffice lang={lang} reason="notExcel" />);
    const notExcel = document.body.textContent ?? "";
    cleanup();
    expect(notLoaded).toContain("office.js");
    expect(notExcel).not.toContain("office.js");
    expect(notLoaded).not.toEqual(notExcel);
  }
  render(<NoOffice lang="fi" reason="notLoaded" />);
  expect(screen.getByText(/ei latautunut/)).toBeTruthy();
});
