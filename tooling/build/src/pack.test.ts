import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The compiled CLI as staff get it: `pnpm pack` of packages/cli (built by `pnpm install` / `pnpm test`),
// installed with npm offline into an empty prefix, run on the seeds, compared with the CLI run from source.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const seeds = join(root, "seeds");
const work = mkdtempSync(join(tmpdir(), "fazhi-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** The result without what legitimately differs between two runs: timings, and the report files' folder. */
function comparable(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"), (key, value) => (/^(?:durationMs|elapsedMs|generatedAt|startedAt|finishedAt|timing)$/.test(key) ? undefined : value));
}

describe("the packed CLI", () => {
  it("packs with pnpm pack, installs offline with npm into an empty folder, and scores the seeds exactly as the source does", () => {
    const pack = run("pnpm", ["pack", "--pack-destination", work], join(root, "packages/cli"));
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(work).find((f) => /^fazhi-.*\.tgz$/.test(f));
    expect(tarball, readdirSync(work).join(", ")).toBeDefined();

    const prefix = join(work, "global");
    const install = run("npm", ["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", join(work, tarball!)], work);
    expect(install.status, install.stderr).toBe(0);
    const fazhi = join(prefix, "bin", "fazhi");

    const version = run(fazhi, ["--version"], work);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")).version);

    const packed = join(work, "packed.json");
    const scored = run(fazhi, ["score", seeds, "--no-cache", "--format", "json", "--out", packed], work);
    expect(scored.status, scored.stderr).toBe(0);
    const source = join(work, "source.json");
    const fromSource = run(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "packages/cli/src/bin.ts"), "score", seeds, "--no-cache", "--format", "json", "--out", source], work);
    expect(fromSource.status, fromSource.stderr).toBe(0);
    expect(comparable(packed)).toEqual(comparable(source));

    // A user's TypeScript plugin (the one `fazhi init` writes) loads in the packed CLI: compiled on demand,
    // kept by content hash; a syntax error in it names its file, line and column.
    const project = join(work, "project");
    mkdirSync(project);
    expect(run(fazhi, ["init"], project).status).toBe(0);
    copyFileSync(join(seeds, readdirSync(seeds).find((f) => f.endsWith(".txt"))!), join(project, "report.txt"));
    const own = join(work, "own.json");
    const withPlugin = run(fazhi, ["score", "report.txt", "--no-cache", "--format", "json", "--out", own], project);
    expect(withPlugin.status, withPlugin.stderr).toBe(0);
    const checks = Object.keys((JSON.parse(readFileSync(own, "utf8")) as { reports: Array<{ checks: Record<string, unknown> }> }).reports[0]!.checks);
    expect(checks).toContain("my/next-year-plan");
    expect(readdirSync(join(project, ".fazhi-cache/plugins")).filter((f) => /^[0-9a-f]{64}\.js$/.test(f))).toHaveLength(1);

    writeFileSync(join(project, "plugins/my-plugin.ts"), "const plugin = {\n  meta: { name: 'x', version: '1.0.0', namespace: 'my' ,\n};\nexport default plugin;\n");
    const broken = run(fazhi, ["score", "report.txt", "--no-cache"], project);
    expect(broken.status).toBe(2);
    // The compiler's line, column and text, placed in the plugin file, with a code frame.
    expect(broken.stdout + broken.stderr).toMatch(/my-plugin\.ts:3:\d+ {2}插件“\.\/plugins\/my-plugin\.ts”有语法错误：',' expected\./);
    expect(broken.stdout + broken.stderr).toContain("    > 3 | };");

    // The packed CLI checks configs with validators the build compiled ahead of time (ajv standalone code):
    // mistakes in the config's own keys and in a shipped rule's options read exactly as from source.
    const mistakes = join(work, "mistakes");
    mkdirSync(mistakes);
    writeFileSync(
      join(mistakes, "fazhi.config.yaml"),
      [
        'plugins: ["@fazhi/rules-recommended"]',
        'extends: ["recommended/default"]',
        "rules:",
        '  disclosure/published-on-time: { level: wran, options: { deadline: "4月1日", extra: 1 } }',
        "scoring:",
        "  categories:",
        "    - { id: a, weight: -1, checks: [7] }",
        "",
      ].join("\n"),
    );
    const packedErrors = run(fazhi, ["score", seeds, "--no-cache", "--format", "json"], mistakes);
    const sourceErrors = run(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "packages/cli/src/bin.ts"), "score", seeds, "--no-cache", "--format", "json"], mistakes);
    expect(packedErrors.status).toBe(2);
    expect(packedErrors.stderr).toMatch(/published-on-time\.options\.deadline: .*格式不对/);
    expect(packedErrors.stderr).toMatch(/options\.extra: .*未知的键“extra”/);
    expect(packedErrors.stderr).toMatch(/level: “wran”不可用/);
    expect(packedErrors.stderr).toMatch(/weight: 应 > 0/);
    expect(packedErrors.stderr).toBe(sourceErrors.stderr);
  }, 180_000);
});
