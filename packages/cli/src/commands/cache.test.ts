import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain, sampleFolder } from "../test-support.js";

describe("fazhi cache clear", () => {
  it("deletes the cache a score run wrote, so the next run reads the report again", async () => {
    const dir = sampleFolder();
    const first = await runMain(["score", "青禾县.txt", "--format", "json"], { cwd: dir });
    expect(first.code).toBe(0);
    expect(readdirSync(join(dir, ".fazhi-cache")).length).toBeGreaterThan(0);
    const cached = JSON.parse((await runMain(["score", "青禾县.txt", "--format", "json"], { cwd: dir })).stdout) as { reports: Array<{ cached: boolean }> };
    expect(cached.reports[0]!.cached).toBe(true);

    const r = await runMain(["cache", "clear"], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: "已清除缓存 .fazhi-cache/\n" });
    expect(existsSync(join(dir, ".fazhi-cache"))).toBe(false);
    const again = JSON.parse((await runMain(["score", "青禾县.txt", "--format", "json"], { cwd: dir })).stdout) as { reports: Array<{ cached: boolean }> };
    expect(again.reports[0]!.cached).toBe(false);
  });

  it("refuses anything but clear, with a did-you-mean (exit 2)", async () => {
    const r = await runMain(["cache", "clean"], { cwd: mkdtempSync(join(tmpdir(), "fazhi-cache-")) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("是不是“clear”？");
  });
});
