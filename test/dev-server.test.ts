// `npm run dev-server` (issue 20): no sudo, the certificate step said (where it writes), and the
// reload socket allowed by the pages' Content-Security-Policy in development builds only.
import childProcess from "node:child_process";
import { existsSync, promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { allowDevSocket, DevSocketCsp } from "../src/devtools/dev-server";

const ROOT = path.join(__dirname, "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<Record<string, unknown>>;

const policyOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? "";
const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(name + " ")) ?? "";

describe("the reload socket in the pages' policy", () => {
  for (const page of ["src/taskpane/index.html", "src/taskpane/taskpane.html"]) {
    test(`${page}: connect-src allows wss to the dev server, every other directive as written`, () => {
      const html = readFileSync(path.join(ROOT, page), "utf8");
      const before = policyOf(html);
      const after = policyOf(allowDevSocket(html, 3000));
      const connect = directive(after, "connect-src").split(" ");
      expect(connect).toEqual(expect.arrayContaining(["'self'", "wss://localhost:3000", "wss://127.0.0.1:3000"]));
      expect(connect).not.toContain("'none'");
      // Every source the page had is still there (another helper may add office.js origins).
      for (const s of directive(before, "connect-src").split(" ").slice(1)) if (s !== "'none'") expect(connect).toContain(s);
      const others = (p: string) =>
        p
          .split(";")
          .map((d) => d.trim())
          .filter((d) => d && !d.startsWith("connect-src"));
      expect(others(after)).toEqual(others(before));
    });
  }

  test("only development builds add it; production pages keep the policy as written", async () => {
    const plugins = async (mode: string) => ((await webpackConfig({}, { mode })).plugins as object[]).filter((p) => p instanceof DevSocketCsp);
    expect(await plugins("production")).toEqual([]);
    expect(await plugins("development")).toHaveLength(1);
  });
});

describe("the dev server's certificate", () => {
  let dir: string;
  let said: string;
  const spies: jest.SpyInstance[] = [];
  beforeAll(async () => {
    dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-devcerts-")), "certs");
    process.env.SOPIMUS_DEV_CERTS = dir;
    for (const name of ["exec", "execSync", "execFile", "execFileSync", "spawn", "spawnSync"] as const) spies.push(jest.spyOn(childProcess, name));
    said = "";
    jest.spyOn(process.stderr, "write").mockImplementation((s) => ((said += String(s)), true));
  });
  afterAll(() => {
    delete process.env.SOPIMUS_DEV_CERTS;
    jest.restoreAllMocks();
  });

  test("serving: made without sudo or any other program, in the folder it names, and reused the next time", async () => {
    const first = await webpackConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    const options = (first.devServer as { server: { type: string; options: { key: Buffer; cert: Buffer } } }).server;
    expect(options.type).toBe("https");
    expect(options.options.key.toString()).toMatch(/PRIVATE KEY/);
    for (const f of ["ca.crt", "localhost.crt", "localhost.key"]) expect(existsSync(path.join(dir, f))).toBe(true);
    expect((await fs.stat(path.join(dir, "localhost.key"))).mode & 0o077).toBe(0);
    expect(said).toContain(`writing a new development certificate to ${dir}`);
    expect(said).toContain("Nothing is installed");
    expect(said).toContain(path.join(dir, "ca.crt"));

    said = "";
    const key = await fs.readFile(path.join(dir, "localhost.key"));
    await webpackConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(said).toContain(`using the development certificate in ${dir}`);
    expect(await fs.readFile(path.join(dir, "localhost.key"))).toEqual(key);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  }, 120_000);
});
