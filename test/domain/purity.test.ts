// The engine is pure: src/domain imports nothing from outside src/domain (no Office.js, ExcelJS, DOM, Node).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..", "..", "src", "domain");
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

test("every import in src/domain stays inside src/domain", () => {
  const outside: string[] = [];
  for (const f of files(root)) {
    for (const m of readFileSync(f, "utf8").matchAll(/(?:import|export)[^;]*?from\s+["']([^"']+)["']/g)) {
      const target = m[1];
      const resolved = target.startsWith(".") ? path.resolve(path.dirname(f), target) : target;
      if (!resolved.startsWith(root)) outside.push(`${path.relative(root, f)} → ${target}`);
    }
  }
  expect(files(root).length).toBeGreaterThan(20);
  expect(outside).toEqual([]);
});

test("the engine names no Node, DOM or Office global", () => {
  const globals = /\b(process\.|require\(|window\.|document\.|Office\.|Excel\.run|Buffer\.)/;
  const code = (f: string) => readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  const hits = files(root).filter((f) => globals.test(code(f)));
  expect(hits).toEqual([]);
});
