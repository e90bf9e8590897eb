// Text folding shared by the recognisers and parsers.

/** Lower case, unified dashes and spaces, words broken over a line ("ta-\nvoitteet") joined. */
export function fold(s: string): string {
  // Normalising is costly and needed only for decomposed letters (a + combining diaeresis).
  let t = /[\u0300-\u036f]/.test(s) ? s.normalize("NFC") : s;
  if (t.includes("\u00ad")) t = t.replace(/\u00ad/g, "");
  if (t.includes("\n")) t = t.replace(/([\p{L}])-[ \t]*\r?\n\s*(\p{Ll})/gu, "$1$2");
  t = t.toLowerCase();
  if (/[\u2010-\u2015\u2212]/.test(t)) t = t.replace(/[\u2010-\u2015\u2212]/g, "-");
  if (/\s\s|[\t\n\r\f\v\u00a0\u202f]/.test(t)) t = t.replace(/[\s\u00a0\u202f]+/g, " ");
  return t.trim();
}

/** fold() and then punctuation (but "-" and "%") to spaces: for comparing header words. */
export function loose(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}%-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function words(s: string): string[] {
  return s === "" ? [] : s.split(" ");
}

/** Non-empty trimmed lines of a cell's text. */
export function lines(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}
