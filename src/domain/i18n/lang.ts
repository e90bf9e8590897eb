export type Lang = "fi" | "sv" | "en";
export const LANGS: readonly Lang[] = ["fi", "sv", "en"];

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/** Formats a number for a reader of `lang`: decimal comma in Finnish and Swedish. */
/** A count or a sum as its reader writes it: "1 266 563" (no-break spaces) in Finnish and Swedish, "1,266,563" in English. */
export function formatAmount(n: number, lang: Lang): string {
  const [whole, decimals] = formatNumber(n, lang).split(/[.,]/);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "en" ? "," : "\u00a0");
  return decimals === undefined ? grouped : `${grouped}${lang === "en" ? "." : ","}${decimals}`;
}

export function formatNumber(n: number, lang: Lang, decimals = 2): string {
  const f = Math.pow(10, decimals);
  const text = String(Math.round(n * f) / f);
  return lang === "en" ? text : text.replace(".", ",");
}
