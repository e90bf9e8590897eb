// Cell text shown in the pane and printed by the command line with its invisible characters made
// visible: one function, domain/visible-text.ts.
import { visible as cliVisible } from "../../src/cli/visible";
import { visible, visibleInline } from "../../src/domain/visible-text";

test("direction overrides, zero-width characters and controls are shown, ordinary text is not touched", () => {
  expect(visible("Lainaukset\u202e (oma)")).toBe("Lainaukset\\u202e (oma)");
  expect(visible("Asia\u200bkas\u2060\ufeff")).toBe("Asia\\u200bkas\\u2060\\ufeff");
  expect(visible("a\u200db\u200e\u2066c\u2069")).toBe("a\\u200db\\u200e\\u2066c\\u2069");
  expect(visible("rivi\nrivi\x1b\u009b")).toBe("rivi␊rivi␛␡");
  expect(visible("Täyttöaste 98,74\u00a0% – ”hyvä” (oma) äö å € ½")).toBe("Täyttöaste 98,74\u00a0% – ”hyvä” (oma) äö å € ½");
  expect(cliVisible).toBe(visible);
});

test("on one line in the pane, a line break is a space; the rest is shown", () => {
  expect(visibleInline("Salkun-\nhallinnassa \r\nmukana\u202e")).toBe("Salkun- hallinnassa  mukana\\u202e");
});
