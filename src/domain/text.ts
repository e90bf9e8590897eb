// Text folding shared by the recognisers and parsers.

/** Lower case, unified dashes and spaces, words broken over a line ("ta-\nvoitteet") joined. */
export function fold(s: string): string {
  return s
    .normalize("NFC")
    .replace(/\u00ad/g, "")
    .replace(/([\p{L}])-[ \t]*\r?\n\s*(\p{Ll})/gu, "$1$2")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
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
