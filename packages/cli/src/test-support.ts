import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIO } from "./io.js";
import { main } from "./main.js";

/** The repository root (tests run the CLI from there unless told otherwise). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Run one fazhi invocation in-process with captured output (for tests). */
export async function runMain(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; io?: Partial<CliIO> } = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: options.cwd ?? REPO_ROOT, env: options.env ?? {}, isTTY: false, ...options.io };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/**
 * A short annual report written for the tests (not from any real report): the five outline parts, an issuer, a
 * date and a few indicators, so each command has real-looking text to read, check and score.
 */
export const SAMPLE_REPORT = `青禾县人民政府关于2024年度法治政府建设情况的报告

2024年，青禾县人民政府坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下。

一、2024年度推进法治政府建设的主要举措和成效
（一）健全依法决策机制。全年提请县政府常务会议审议的重大行政决策事项12件，均经过合法性审查。
（二）严格规范公正文明执法。全县办理行政复议案件41件，其中维持30件，撤销6件，调解和解5件。行政机关负责人出庭应诉率100%。
（三）化解社会矛盾纠纷。全县人民调解组织共调解纠纷860件，调解成功858件，调解成功率99.8%。

二、2024年度推进法治政府建设存在的不足和原因
一是部分乡镇法治审核力量薄弱；二是行政执法人员培训覆盖面还不够广。

三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况
县委书记、县长把法治建设摆在全局工作的重要位置，带头研究年度法治工作，逐项督促落实，全年听取法治政府建设专题汇报4次。

四、2025年度推进法治政府建设的主要安排
明年，我县将继续深化行政执法体制改革，加强行政复议规范化建设，提升基层依法治理水平。

五、其他需要报告的情况
无。

青禾县人民政府
2025年3月20日
`;

/** A fresh temporary folder holding SAMPLE_REPORT as 青禾县.txt (the cwd for a command under test). */
export function sampleFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-cmd-"));
  writeFileSync(join(dir, "青禾县.txt"), SAMPLE_REPORT);
  return dir;
}
