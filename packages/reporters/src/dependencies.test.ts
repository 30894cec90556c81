import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * What installing @fazhi/reporters brings: its run-time dependencies and theirs, followed through the
 * workspace's own packages. The reporters read the result contract only, so none of the engine's or the
 * readers' dependencies (worker pool, globbing, config files, Word/PDF/HTML reading) may be among them.
 */
const here = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(here, "../..");

/** The workspace's packages by name. */
const workspace = new Map<string, string>();
for (const group of ["packages", "rules"]) {
  for (const name of readdirSync(join(root, group))) {
    const manifest = join(root, group, name, "package.json");
    if (existsSync(manifest)) workspace.set((JSON.parse(readFileSync(manifest, "utf8")) as { name: string }).name, join(root, group, name));
  }
}

function runtimeClosure(from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (dir: string) => {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      if (seen.has(name)) continue;
      seen.add(name);
      const local = workspace.get(name);
      if (local) visit(local);
    }
  };
  visit(from);
  return seen;
}

function dependenciesOf(dir: string): string[] {
  return Object.keys((JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string> }).dependencies ?? {});
}

describe("@fazhi/reporters' dependencies", () => {
  const engine = workspace.get("@fazhi/engine")!;
  const readers = workspace.get("@fazhi/readers")!;

  it("are the result contract and the two libraries the formats need, nothing of the engine's or the readers'", () => {
    const closure = runtimeClosure(here);
    expect(closure.has("@fazhi/result")).toBe(true);
    expect([...closure].filter((d) => d === "@fazhi/engine" || d === "@fazhi/readers")).toEqual([]);
    const forbidden = new Set([...dependenciesOf(engine), ...dependenciesOf(readers)].filter((d) => !d.startsWith("@fazhi/") && d !== "zod"));
    expect(forbidden.size).toBeGreaterThan(3); // the check has something to find: piscina, fast-glob, mammoth, pdfjs-dist …
    expect([...closure].filter((d) => forbidden.has(d))).toEqual([]);
  });
});
