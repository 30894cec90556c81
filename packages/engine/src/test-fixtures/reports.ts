/** Small report texts written for the tests, and a tmp folder to put them in. */
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface ReportSpec {
  /** e.g. "甲县人民政府" (level comes from the issuer's name). */
  issuer: string;
  year?: number;
  /** Extra body sentences (marker words: 草稿, 崩溃, 慢, 死循环, 自评N分, 成功率N%, 投诉N件). */
  body?: string[];
}

export function reportText({ issuer, year = 2023, body = [] }: ReportSpec): string {
  return [
    `${issuer}关于${year}年度法治政府建设情况的报告`,
    "",
    "一、主要举措和成效",
    `${year}年，我们坚持依法行政，全面推进法治政府建设。`,
    ...body,
    "二、存在的不足和原因",
    "法治宣传仍有短板，原因是投入不足。",
    "三、下一步工作安排",
    "继续加强法治政府建设。",
    "",
  ].join("\n");
}

export async function tmpDir(prefix = "fazhi-engine-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Write `{ relativePath: spec | text }` under dir. */
export async function writeReports(dir: string, files: Record<string, ReportSpec | string>): Promise<void> {
  for (const [rel, spec] of Object.entries(files)) {
    const path = join(dir, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, typeof spec === "string" ? spec : reportText(spec));
  }
}
