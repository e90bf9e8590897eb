// What the command line prints to a terminal shows control characters instead of obeying them:
// text from cells, sheet and file names can hold escape sequences that would retitle the window,
// clear the screen or hide lines. The rule is the pane's too: domain/visible-text.ts.
import { render } from "../domain/i18n/messages";
import { visible } from "../domain/visible-text";

export { visible };

/** A message template filled with parameters made visible. */
export function say(template: string, params: Record<string, string | number> = {}): string {
  const safe: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) safe[k] = typeof v === "string" ? visible(v) : v;
  return render(template, safe);
}

/** As CONTROL, less what JSON.stringify escapes already. */
const JSON_UNESCAPED = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A JSON document as text: JSON.stringify escapes C0 controls; the C1 controls (U+009B is a
 * terminal's CSI), DEL and the direction characters it leaves raw are escaped here as \uHHHH,
 * which parses to the very same strings.
 */
export function jsonText(doc: unknown): string {
  return JSON.stringify(doc, null, 2).replace(JSON_UNESCAPED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
