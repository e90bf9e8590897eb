// Run only by test/e2e/cleanup.test.ts: a launch still under way when the hook times out.
import { launch } from "../../../src/devtools/browser";

beforeAll(async () => {
  await launch();
}, 1);

test("a test after a failed hook", () => {});
