import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// What the compiled CLI (packages/cli/dist, built by `pnpm install` / `pnpm test`) loads for a command: a module
// hook records every file it loads, and no loaded chunk may hold a library the command does not use.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const seed = join(root, "seeds", firstSeed());
const work = mkdtempSync(join(tmpdir(), "fazhi-loads-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function firstSeed(): string {
  const golden = JSON.parse(readFileSync(join(root, "seeds/expected/seeds.json"), "utf8")) as { reports: { file: string }[] };
  return golden.reports[0]!.file;
}

const hooks = join(work, "hooks.mjs");
const register = join(work, "register.mjs");
writeFileSync(hooks, `import { appendFileSync } from "node:fs";\nexport async function load(url, context, next) {\n  if (url.startsWith("file:")) appendFileSync(process.env.FAZHI_LOADS_LOG, url + "\\n");\n  return next(url, context);\n}\n`);
writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

/** The dist files a command loaded, with their text. */
function loaded(args: string[]): { file: string; text: string }[] {
  const log = join(work, `loads-${args.join("-").replace(/[^\w-]/g, "_")}.log`);
  writeFileSync(log, "");
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, join(root, "packages/cli/bin/fazhi.js"), ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, FAZHI_LOADS_LOG: log, FORCE_COLOR: "0", CI: "" },
  });
  expect(r.status, r.stderr).toBeLessThanOrEqual(1);
  const files = readFileSync(log, "utf8").split("\n").filter((u) => u.includes("/packages/cli/dist/"));
  return [...new Set(files)].map((url) => ({ file: url.slice(url.indexOf("/dist/") + 1), text: readFileSync(fileURLToPath(url), "utf8") }));
}

// A marker of each heavy library, as it stands in the bundle.
const INK = /react-reconciler|yoga-layout/;
const EXCELJS = /ExcelJS|exceljs/;

describe("the compiled CLI loads only what a command uses", () => {
  it("fazhi --version loads the command file and a few small chunks it shares, under 64 KB in all", () => {
    const files = loaded(["--version"]);
    expect(files[0]!.file).toBe("dist/bin.js");
    expect(files.reduce((sum, f) => sum + f.text.length, 0)).toBeLessThan(64 * 1024);
  });

  it("plain text scoring (piped) loads neither Ink and React nor exceljs", () => {
    const files = loaded(["score", seed, "--no-cache", "--format", "text"]);
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter((f) => INK.test(f.text)).map((f) => f.file)).toEqual([]);
    expect(files.filter((f) => EXCELJS.test(f.text)).map((f) => f.file)).toEqual([]);
  });

  it("explain (a scorecard as text) loads no Ink either; xlsx loads exceljs", () => {
    expect(loaded(["explain", seed]).filter((f) => INK.test(f.text)).map((f) => f.file)).toEqual([]);
    const xlsx = loaded(["score", seed, "--no-cache", "--format", "xlsx", "--out", join(work, "r.xlsx")]);
    expect(xlsx.some((f) => EXCELJS.test(f.text))).toBe(true);
  });
});
