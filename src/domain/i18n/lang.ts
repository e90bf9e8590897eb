export type Lang = "fi" | "sv" | "en";
export const LANGS: readonly Lang[] = ["fi", "sv", "en"];

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/** Formats a number for a reader of `lang`: decimal comma in Finnish and Swedish. */
export function formatNumber(n: number, lang: Lang, decimals = 2): string {
  const f = Math.pow(10, decimals);
  const text = String(Math.round(n * f) / f);
  return lang === "en" ? text : text.replace(".", ",");
}
