// The parsers remember what they read (parse/memo.ts): the re-check after a refresh reads the same
// texts again and must not parse them twice; what they return is frozen, so no reader can change
// what a later reader gets.
import { readActual } from "../../src/domain/parse/actual";
import { parseTarget } from "../../src/domain/parse/target";

describe("parsers remember their texts", () => {
  it("a target text is parsed once, and the result cannot be changed", () => {
    const a = parseTarget("vähintään 120 tapahtumaa");
    expect(parseTarget("vähintään 120 tapahtumaa")).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.target)).toBe(true);
    expect(a.target).toMatchObject({ kind: "bound", dir: "atLeast", value: 120 });
  });

  it("an actual text is read once per target and metric; a different metric reads it again", () => {
    const target = parseTarget("vähintään 120 tapahtumaa").target;
    const first = readActual({ value: "130 tapahtumaa" }, target, "Tapahtumien määrä");
    expect(readActual({ value: "130 tapahtumaa" }, target, "Tapahtumien määrä")).toBe(first);
    expect(first).toEqual({ kind: "number", value: 130, percent: false });
    expect(Object.isFrozen(first)).toBe(true);
    expect(readActual({ value: "130 tapahtumaa" }, target, "")).toEqual(first);
    // A date or a number is not remembered by its text.
    expect(readActual({ value: "2025-03-01", date: true }, target)).toBeNull();
    expect(readActual({ value: 130 }, target)).toEqual({ kind: "number", value: 130, percent: false });
  });
});
