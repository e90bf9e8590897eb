/** @jest-environment jsdom */
// Issue 19 in jsdom: every refresh change explained (figure, cell, target, rule) and grouped by the
// status it gets; words that match the mode (file mode never says "saved" before a download);
// a workbook changed since the preview said; structure listing what it adds before adding it,
// with the frozen header chosen; cell text with invisible and direction characters shown.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { check } from "../../src/domain";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { excelMock } from "../../src/devtools/excel-mock";
import { visibleInline } from "../../src/domain/visible-text";
import { App } from "../../src/taskpane/App";
import { excelHost, type Host } from "../../src/taskpane/host";
import { StaleCellsError } from "../../src/workbook/excel-stale";
import { library } from "../fixtures/seeds";

beforeEach(() => window.localStorage.clear());

function pane(snap: WorkbookSnapshot, opts: { mode?: "excel" | "file"; wrap?: (h: Host) => Host } = {}) {
  const { context, writes } = excelMock(snap, {});
  const base = excelHost((batch) => batch(context), false);
  const host = opts.wrap ? opts.wrap(base) : base;
  const user = userEvent.setup();
  render(<App host={host} initialLang="fi" mode={opts.mode ?? "excel"} />);
  return { writes, user, host };
}

test("each status change shows the goal, its target and actual, and the engine's reason; grouped by the status it gets, worst first", async () => {
  const snap = library();
  const goals = check(snap).goals;
  const { user } = pane(snap);
  await user.click(screen.getByRole("tab", { name: "Päivitä" }));
  const preview = await screen.findByRole("region", { name: "Esikatselu" });
  const groups = within(preview).getAllByRole("region", { name: /^Muuttuu: / });
  const order = groups.map((g) => /^Muuttuu: (.*): \d+$/.exec(g.getAttribute("aria-label") ?? "")?.[1]);
  expect(order).toEqual(["punainen", "keltainen", "vihreä", "ei tilaa"].filter((w) => order.includes(w)));
  const items = groups.flatMap((g) => within(g).getAllByRole("listitem"));
  expect(items.length).toBeGreaterThan(0);
  for (const li of items) {
    const cell = /Sopimus!G(\d+)/.exec(li.textContent ?? "");
    expect(cell).not.toBeNull();
    const goal = goals.find((g) => g.row === Number(cell![1]))!;
    expect(goal.reason).not.toBe("");
    expect(li.querySelector("[data-reason]")?.textContent).toBe(goal.reason);
    expect(li.textContent).toContain(visibleInline(goal.target));
    expect(li.textContent).toContain(visibleInline(goal.goal));
  }
  // The apply button stands above the list, never over it.
  const apply = within(preview.parentElement!).getByRole("button", { name: "Päivitä tilat työkirjaan" });
  expect(apply.compareDocumentPosition(groups[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(getComputedStyle(apply.parentElement!).position).not.toBe("sticky");
});

test("file mode: the refresh says the cells are updated and must be downloaded, never that they are saved; the written column is selected", async () => {
  const { user, writes } = pane(library(), { mode: "file" });
  await user.click(screen.getByRole("tab", { name: "Päivitä" }));
  await user.click(await screen.findByRole("button", { name: "Päivitä tilat työkirjaan" }));
  expect(await screen.findByText("Päivitetty: 18 solua — lataa työkirja tallentaaksesi.")).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/Tallennettu|Tallenna/);
  await waitFor(() => expect(writes.filter((w) => w.op === "select()").map((w) => w.target)).toEqual(["G11"]));
});

test("a workbook changed after the preview: the preview says it is out of date", async () => {
  let listener: (() => void) | null = null;
  const { user } = pane(library(), {
    wrap: (h) =>
      Object.assign(Object.create(Object.getPrototypeOf(h)), h, {
        onChanged: (l: () => void) => ((listener = l), () => (listener = null)),
      }) as Host,
  });
  await user.click(screen.getByRole("tab", { name: "Päivitä" }));
  await screen.findByRole("region", { name: "Esikatselu" });
  expect(listener).not.toBeNull();
  listener!();
  expect(await screen.findByText(/Työkirjaa on muutettu esikatselun jälkeen/)).toBeTruthy();
});

test("structure lists what it will add before adding it, and asks which table's header stays in view", async () => {
  const { user, writes } = pane(library());
  await user.click(screen.getByRole("tab", { name: "Rakenne" }));
  expect(await screen.findByText("Lisättävät osat:")).toBeTruthy();
  expect(screen.getByText(/^pudotusvalikot: .*Sopimus!G19:G35/)).toBeTruthy();
  expect(writes.filter((w) => w.op !== "select()")).toEqual([]);
  const choice = screen.getByRole("radiogroup", { name: "Näkyvissä pysyvä otsikkorivi: Sopimus" });
  expect(
    within(choice)
      .getAllByRole("radio")
      .map((r) => (r as HTMLInputElement).checked),
  ).toEqual([true, false, false, false]);
  await user.click(within(choice).getByRole("radio", { name: "Taulukko, jonka otsikko on rivillä 18" }));
  await user.click(screen.getByRole("button", { name: "Lisää puuttuvat osat" }));
  await screen.findByText("Valmis. Työkirjaan lisättiin:", { exact: false });
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "", op: "freezeRows", value: 18 });
});

test("a direction override or a zero-width space in a goal is shown, not obeyed", async () => {
  const snap = library();
  const sheet = snap.sheets[0];
  const goalCell = sheet.rows[30]![0]!;
  goalCell.value = `${goalCell.value}\u202e (oma)\u200b`;
  const { user } = pane(snap);
  await user.click(screen.getByRole("tab", { name: "Päivitä" }));
  const preview = await screen.findByRole("region", { name: "Esikatselu" });
  expect(preview.textContent).toContain("\\u202e (oma)\\u200b");
  expect(preview.textContent).not.toMatch(/[\u202e\u200b]/);
});

test("cells changed since the preview: nothing is written, the preview is computed again from a new read, and the pane says so", async () => {
  let refused = false;
  let reads = 0;
  const { user, writes } = pane(library(), {
    wrap: (h) =>
      ({
        ...h,
        undoMerges: false,
        read: (opts?: { selection?: boolean }) => (reads++, h.read(opts)),
        write: async (edits) => {
          if (!refused) {
            refused = true;
            throw new StaleCellsError(["Sopimus!G31"]);
          }
          return h.write(edits);
        },
        select: h.select,
      }) as Host,
  });
  await user.click(screen.getByRole("tab", { name: "Päivitä" }));
  const apply = await screen.findByRole("button", { name: "Päivitä tilat työkirjaan" });
  const before = reads;
  await user.click(apply);
  expect(await screen.findByText(/^Työkirja muuttui esikatselun jälkeen \(Sopimus!G31\)\. Esikatselu laskettiin uudelleen/)).toBeTruthy();
  expect(reads).toBe(before + 1);
  expect(writes.filter((w) => w.op !== "select()" && !/^load|sync/.test(w.op))).toEqual([]);
  expect(screen.getByRole("region", { name: "Esikatselu" })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Päivitä tilat työkirjaan" }));
  expect(await screen.findByText("Päivitetty työkirjaan: 18 solua.")).toBeTruthy();
});
