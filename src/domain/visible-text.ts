// Text from cells, sheet and file names made visible wherever it is shown (the command line and
// the pane): it can hold characters that are invisible or that reorder what follows. A C0 control
// is shown as its Unicode control picture (ESC as "␛", BEL as "␇", a line break as "␊"), DEL and
// the C1 controls (U+009B is a one-byte CSI) as "␡"; the direction marks and overrides (U+202E
// turns "(oma)" after it into "(amo)"), the line and paragraph separators and the zero-width
// characters (U+200B, U+2060, U+FEFF …), which have no picture, as the text "\u202e".
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function picture(c: string): string {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n < 0xa0) return "\u2421";
  return `\\u${n.toString(16).padStart(4, "0")}`;
}

/** `s` with every control, direction and zero-width character made visible. */
export function visible(s: string): string {
  return s.replace(CONTROL, picture);
}

/**
 * As `visible`, for text shown on one line among other text (the pane's lists and grid): a line
 * break, which a wrapped header or target often holds, is a space there, as in the engine's
 * quotes (issues.ts quotable); every other control or invisible character is shown.
 */
export function visibleInline(s: string): string {
  return visible(s.replace(/\r\n|\r|\n/g, " "));
}
