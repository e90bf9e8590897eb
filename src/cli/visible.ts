// What the command line prints to a terminal shows control characters instead of obeying them:
// text from cells, sheet and file names can hold escape sequences that would retitle the window,
// clear the screen or hide lines. As the engine's messages quote cell text (domain/issues.ts
// quotable): a C0 control character is shown as its Unicode control picture (ESC as "␛", BEL as
// "␇", a line break as "␊"), DEL and the C1 controls (U+009B is a one-byte CSI) as "␡"; the
// invisible direction and separator characters, which have no picture, as the text "\u202e".
import { render } from "../domain/i18n/messages";

// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function picture(c: string): string {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n < 0xa0) return "\u2421";
  return `\\u${n.toString(16).padStart(4, "0")}`;
}

/** `s` with every control character made visible. */
export function visible(s: string): string {
  return s.replace(CONTROL, picture);
}

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
