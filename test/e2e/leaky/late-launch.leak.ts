// Run only by test/e2e/cleanup.test.ts: a beforeAll that times out and launches its browser
// afterwards, and an afterAll that therefore sees none (issue 20: such a Chromium kept Jest alive).
import type { Browser } from "playwright-core";
import { launch } from "../../../src/devtools/browser";

let browser: Browser | undefined;

beforeAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  browser = await launch();
}, 500);

afterAll(async () => {
  await browser?.close();
});

test("a test after a failed hook", () => {});
