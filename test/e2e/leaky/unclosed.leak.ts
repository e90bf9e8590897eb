// Run only by test/e2e/cleanup.test.ts: a browser launched around the registry (as a test that
// calls Playwright itself would), with this run's marker, and never closed: the global teardown
// must end it.
import { chromium } from "playwright-core";
import { chromiumPath, RUN_MARKER } from "../../../src/devtools/browser";

test("a browser nobody closes", async () => {
  await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ["--no-sandbox", RUN_MARKER + process.env.SOPIMUS_TEST_RUN] });
});
