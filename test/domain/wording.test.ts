// The words a user reads: no symbols where words belong, and one term for one thing across the
// engine's messages, the settings sheet and the city-wide summary (docs/decisions.md, glossary).
import { MESSAGES } from "../../src/domain/i18n/messages";
import { LANGS } from "../../src/domain/i18n/lang";
import { GOAL_HEADERS } from "../../src/domain/recognise/headers";
import { SETTING_LABELS } from "../../src/domain/settings";
import { SETTING_NOTES } from "../../src/domain/template/settings";
import { ST } from "../../src/domain/summary-text";

const SYMBOLS = /[≥≤&↓↑±→←]/;

test.each(LANGS)("messages, setting labels and notes and the summary's texts use words, not symbols (%s)", (lang) => {
  const texts = [
    ...Object.values(MESSAGES).map((m) => m[lang]),
    ...Object.values(SETTING_LABELS).map((m) => m[lang]),
    ...Object.values(SETTING_NOTES).map((m) => m[lang]),
    ...Object.values(ST).map((m) => m[lang]),
  ];
  expect(texts.filter((s) => SYMBOLS.test(s) || s.includes("%-yks"))).toEqual([]);
});

test.each(LANGS)("the summary's status column is headed with a status word, not a review word (%s)", (lang) => {
  expect(GOAL_HEADERS.status[lang]).toContain(ST.status[lang]);
  expect(GOAL_HEADERS.review[lang]).not.toContain(ST.status[lang]);
});
