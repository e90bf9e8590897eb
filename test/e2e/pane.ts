// Helpers for the real-browser tests of the pane: open a view whether its tab is in the row or in
// the overflow menu (a task pane of 320–350 px shows the tabs that fit), the settings menu, and a
// settled page for axe.
import type { Page } from "playwright-core";

const MORE = /^(Muut näkymät|Fler vyer|More views) \(\d+\)$/;

/** Opens the view named `name` (its tab's text): from the tab row, else from the overflow menu. */
export async function openView(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  // The row is measured once it is drawn: wait for it, and for the overflow to settle.
  await page.getByRole("tablist").waitFor();
  await page.waitForTimeout(150);
  if (await tab.isVisible()) {
    await tab.click();
    return;
  }
  await moreButton(page).click();
  await page.getByRole("menuitem", { name, exact: true }).click();
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}

/** The overflow menu's button, where some views do not fit the row. */
export function moreButton(page: Page) {
  return page.getByRole("tab", { name: MORE });
}

/** Chooses a language or a theme in the settings menu. */
export async function chooseSetting(page: Page, settingsName: string, item: string): Promise<void> {
  await page.getByRole("button", { name: settingsName }).click();
  await page.getByRole("menuitemradio", { name: item }).click();
}

/**
 * Waits until no colour or size is still moving: a tab or button fading between its colours (a view
 * just opened) fails axe's colour contrast on a busy machine only. Endless animations (spinners)
 * are not awaited.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
