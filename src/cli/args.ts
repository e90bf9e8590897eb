// Reading the command line's arguments: the options' spelling is checked here (unknown option,
// option without its value, value given to a switch, option the command does not take), so that
// each mistake is said in one line in the reader's language instead of Node's parser message.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { isLang, type Lang } from "../domain/i18n/lang";
import { COMMAND_OPTIONS, isCommand } from "./help";
import { usageError } from "./usage";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. */
const COMMON = new Set(["lang", "help", "version"]);

function loosely(argv: string[], options: Options) {
  return parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
}

/**
 * The language to speak: --lang when it is one of ours, else `fallback`. It is decided before
 * anything is checked, so that even a mistake made before --lang is said in the language asked for.
 */
export function argsLang(argv: string[], options: Options, fallback: Lang): Lang {
  const asked = loosely(argv, options).values.lang;
  if (typeof asked === "string" && isLang(asked)) return asked;
  // "-o --lang sv": the parser took --lang for the value -o lacks; the language asked for still holds.
  for (let i = argv.length - 1; i >= 0; i--) {
    const m = /^--lang(?:=(.*))?$/.exec(argv[i] ?? "");
    const value = m ? (m[1] ?? argv[i + 1]) : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return fallback;
}

/** Checks `argv` against `options`: throws a UsageError, in `lang`, for the first mistake. */
export function checkArgs(argv: string[], options: Options, lang: Lang): void {
  const { values, positionals, tokens } = loosely(argv, options);
  const asked = values.lang;
  const command = positionals[0];
  const helpFor = isCommand(command) ? command : undefined;
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const spec = options[t.name];
    if (!spec) throw usageError("unknownOption", lang, { name: t.rawName }, helpFor);
    if (spec.type === "string") {
      // "-o --json": the next word is an option, not the value -o needs.
      if (t.value === undefined || (!t.inlineValue && /^-./.test(t.value))) throw usageError("missingValue", lang, { name: t.rawName }, helpFor);
    } else if (t.value !== undefined) throw usageError("noValue", lang, { name: t.rawName }, helpFor);
  }
  if (typeof asked === "string" && !isLang(asked)) throw usageError("badLang", lang, { value: asked }, helpFor);
  if (command !== undefined && !isCommand(command) && !values.help && !values.version) {
    throw usageError("unknownCommand", lang, { name: command });
  }
  // Help asked for: what else was given does not matter. Otherwise every option must be one the command takes.
  if (helpFor && !values.help) {
    const allowed = new Set(COMMAND_OPTIONS[helpFor]);
    for (const t of tokens) {
      if (t.kind === "option" && !COMMON.has(t.name) && !allowed.has(t.name)) {
        throw usageError("optionNotFor", lang, { name: t.rawName, command: helpFor }, helpFor);
      }
    }
  }
}
