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
