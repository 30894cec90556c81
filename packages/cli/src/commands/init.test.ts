import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../test-support.js";

const FILES = ["fazhi.config.yaml", "fazhi.config.schema.json", "rules/four-personally.yaml", "rules/no-placeholders.yaml", "plugins/my-plugin.ts"];

describe("fazhi init", () => {
  it("writes the starter files, which lint clean", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-init-"));
    const r = await runMain(["init"], { cwd: dir });
    expect(r.code).toBe(0);
    for (const file of FILES) expect(existsSync(join(dir, file)), file).toBe(true);
    expect(readFileSync(join(dir, "fazhi.config.yaml"), "utf8")).toContain("rulesDir: ./rules");
    expect((await runMain(["rules", "lint"], { cwd: dir })).code).toBe(0);
    // Run on PATH, the next steps say `fazhi …`; run through the repository's script, what the user types there.
    expect(r.stdout).toMatch(/^ {2}fazhi rules lint +检查配置和规则$/m);
    expect(r.stdout).toMatch(/^ {2}fazhi score 报告文件夹\/ +评分并排名$/m);
    const viaPnpm = await runMain(["init", "--force"], { cwd: dir, env: { npm_lifecycle_event: "fazhi", npm_config_user_agent: "pnpm/10.34.9 npm/? node/v20" } });
    expect(viaPnpm.stdout).toMatch(/^ {2}pnpm fazhi rules lint +检查配置和规则$/m);
    const viaNpm = await runMain(["init", "--force", "--lang", "en"], { cwd: dir, env: { npm_lifecycle_event: "fazhi", npm_config_user_agent: "npm/10.8.2 node/v20" } });
    expect(viaNpm.stdout).toMatch(/^ {2}npm run fazhi -- rules lint +check the config and rules$/m);
  });

  it("keeps a file staff have edited unless --force is given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-init-"));
    expect((await runMain(["init"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "fazhi.config.yaml"), "# 青禾县司法局改过的配置\n");
    const again = await runMain(["init"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("fazhi.config.yaml");
    expect(readFileSync(join(dir, "fazhi.config.yaml"), "utf8")).toBe("# 青禾县司法局改过的配置\n");
    expect((await runMain(["init", "--force"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "fazhi.config.yaml"), "utf8")).toContain("rulesDir: ./rules");
  });

  it("--recommended writes the recommended scheme's categories to edit; a folder argument is a usage error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-init-"));
    expect((await runMain(["init", "--recommended"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "fazhi.config.yaml"), "utf8")).toMatch(/categories:[\s\S]*weight:/);
    const r = await runMain(["init", "别处"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("init 不接受参数（收到“别处”）");
  });
});
