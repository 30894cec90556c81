/**
 * Runs beyond one machine: `fazhi score --shard I/N` scores a deterministic share of the files and writes
 * JSONL; `fazhi merge` reads the shards back and ranks them as one result. Any batch system (a job array,
 * GNU parallel, a Kubernetes Job) runs the shards; fazhi has no scheduler of its own.
 *
 * JSONL, one JSON object per line, written as the run goes:
 *   {"fazhi":"jsonl","schemaVersion":1,"tool":…,"profile":…,"ranking":…,"shard":{"index":I,"count":N}}
 *   {"report":{…}}          one per report, unranked (`rank` null), in the order they completed
 *   {"summary":{…}}         last: the shard finished (a shard without it was cut off)
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Localized } from "@fazhi/rule-kit";
import { materialize, ReportResultSchema, ResultSchema, type ReportResult, type Result, type StoredResult } from "@fazhi/result";
import { composeStored, ReportStore } from "./stored-result.js";
import type { RankingOptions } from "./types.js";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/8" → { index: 2, count: 8 }; null when it is not I/N with 1 ≤ I ≤ N. */
export function parseShard(text: string): Shard | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/** The shard a file belongs to: by a hash of its path as the result names it, so every run agrees. */
export function shardOf(file: string, count: number): number {
  return (createHash("sha256").update(file).digest().readUInt32BE(0) % count) + 1;
}

const RankingOptionsSchema = z.object({
  cohortBy: z.array(z.enum(["level", "reportYear"])),
  precision: z.number().int().nonnegative(),
  tieBreakers: z.array(z.object({ category: z.string() })),
});

export const JsonlHeaderSchema = z.object({
  fazhi: z.literal("jsonl"),
  schemaVersion: z.literal(1),
  tool: ResultSchema.shape.tool,
  profile: ResultSchema.shape.profile,
  ranking: RankingOptionsSchema,
  shard: z.object({ index: z.number().int().positive(), count: z.number().int().positive() }),
});
export type JsonlHeader = z.infer<typeof JsonlHeaderSchema>;

/** The JSONL lines of a run: its header, one line per report, and the closing summary. */
export const jsonl = {
  header: (header: JsonlHeader): string => `${JSON.stringify(header)}\n`,
  report: (report: ReportResult): string => `${JSON.stringify({ report })}\n`,
  summary: (summary: Result["summary"]): string => `${JSON.stringify({ summary })}\n`,
};

/** The whole result of a set of reports: sorted by file, ranked within cohorts, counted. */
export function composeResult(reports: ReportResult[], head: Pick<Result, "tool" | "profile">, ranking: RankingOptions, durationMs?: number): Result {
  const store = new ReportStore(Infinity);
  for (const report of reports) store.add(report);
  return materialize(composeStored(store, head, ranking, durationMs));
}

/** A mistake in the shards given to merge: what is wrong and where, in both languages. */
export class ShardError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

/** One shard file as read: its header, its reports, and whether it finished. */
export interface ShardFile {
  name: string;
  header: JsonlHeader;
  reports: ReportResult[];
  complete: boolean;
}

/**
 * Reads a shard a line at a time: the header first, then one report a line, then the summary. Every malformed
 * line is a ShardError naming the file and the line.
 */
export class ShardReader {
  header: JsonlHeader | null = null;
  complete = false;

  /** `onHeader`: called with the header as soon as its line is read (before any report). */
  constructor(
    readonly name: string,
    private readonly onHeader?: (header: JsonlHeader) => void,
  ) {}

  /** Line `n` (1-based): the report it holds, or null (the header, the summary, a blank line). */
  line(line: string, n: number): ReportResult | null {
    if (line.trim() === "") return null;
    const where = `${this.name}:${n}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ShardError({ zh: `${where}：不是一行 JSON（${(error as Error).message}）。分片文件应由 fazhi score --shard 写出。`, en: `${where}: not a line of JSON (${(error as Error).message}). Shard files are written by fazhi score --shard.` });
    }
    if (this.header === null) {
      const parsed = JsonlHeaderSchema.safeParse(value);
      if (!parsed.success) {
        throw new ShardError({ zh: `${where}：不是 fazhi 的 JSONL 结果（第一行应是 {"fazhi":"jsonl",…} 文件头）。请用 fazhi score --shard I/N 或 --format jsonl 写出分片。`, en: `${where}: not a fazhi JSONL result (the first line must be the {"fazhi":"jsonl",…} header). Write shards with fazhi score --shard I/N or --format jsonl.` });
      }
      this.header = parsed.data;
      this.onHeader?.(parsed.data);
      return null;
    }
    if (this.complete) throw new ShardError({ zh: `${where}：汇总行之后还有内容；分片文件可能被拼接过。`, en: `${where}: lines after the summary; the shard file may have been concatenated.` });
    const record = value as { report?: unknown; summary?: unknown };
    if (record.summary !== undefined) {
      this.complete = true;
      return null;
    }
    const report = ReportResultSchema.safeParse(record.report);
    if (!report.success) {
      const issue = report.error.issues[0];
      throw new ShardError({ zh: `${where}：报告结果格式不对（${issue?.path.join(".") || "(根)"}：${issue?.message}）。`, en: `${where}: a malformed report result (${issue?.path.join(".") || "(root)"}: ${issue?.message}).` });
    }
    // Checked against the schema, kept as written (parsing would reorder keys and drop what it does not name).
    return record.report as ReportResult;
  }

  /** After the last line: the header that was read (a file without one is no shard). */
  end(): JsonlHeader {
    if (this.header === null) throw new ShardError({ zh: `${this.name}：文件是空的，不是分片。`, en: `${this.name}: the file is empty, not a shard.` });
    return this.header;
  }
}

/** Read one JSONL shard held as text; every malformed line is a ShardError naming the file and line. */
export function readShard(name: string, text: string): ShardFile {
  const reader = new ShardReader(name);
  const reports: ReportResult[] = [];
  text.split("\n").forEach((line, i) => {
    const report = reader.line(line, i + 1);
    if (report) reports.push(report);
  });
  return { name, header: reader.end(), reports, complete: reader.complete };
}

/**
 * Merge shards into one ranked result, each read a line at a time (`lines` of each, in turn): the reports go to
 * a store that spills past `spillAbove`, so shards of any size merge in flat memory. They must come from one
 * scheme (same profile hash) and one tool version, together hold every shard 1…N once, each finished; a file
 * scored in two shards is a mistake.
 */
export async function mergeShardLines(sources: Array<{ name: string; lines: AsyncIterable<string> }>, spillAbove: number): Promise<StoredResult> {
  const store = new ReportStore(spillAbove);
  try {
    const merge = new ShardMerge(store);
    for (const { name, lines } of sources) {
      const reader = new ShardReader(name, (header) => merge.header(name, header));
      let n = 0;
      for await (const line of lines) {
        const report = reader.line(line, ++n);
        if (report) merge.report(name, report);
      }
      merge.finished(name, reader.end(), reader.complete);
    }
    return merge.result();
  } catch (error) {
    store.close();
    throw error;
  }
}

/** The checks of a merge, shard by shard as they are read, and the reports gathered. */
class ShardMerge {
  private first: { name: string; header: JsonlHeader } | null = null;
  private readonly seen = new Map<number, string>();
  private readonly byFile = new Map<string, string>();

  constructor(private readonly store: ReportStore) {}

  header(name: string, h: JsonlHeader): void {
    const first = (this.first ??= { name, header: h });
    const count = first.header.shard.count;
    if (h.profile.hash !== first.header.profile.hash) {
      throw new ShardError({
        zh: `${name} 用的评分方案（${h.profile.id} ${h.profile.version}，${h.profile.hash.slice(0, 12)}）与 ${first.name}（${first.header.profile.id} ${first.header.profile.version}，${first.header.profile.hash.slice(0, 12)}）不同：只能合并同一方案、同一配置下的分片。`,
        en: `${name} was scored under another scheme (${h.profile.id} ${h.profile.version}, ${h.profile.hash.slice(0, 12)}) than ${first.name} (${first.header.profile.id} ${first.header.profile.version}, ${first.header.profile.hash.slice(0, 12)}): merge only shards of one scheme and config.`,
      });
    }
    if (h.tool.version !== first.header.tool.version) {
      throw new ShardError({ zh: `${name} 由 fazhi ${h.tool.version} 写出，${first.name} 由 fazhi ${first.header.tool.version} 写出：请用同一版本重新评分。`, en: `${name} was written by fazhi ${h.tool.version}, ${first.name} by fazhi ${first.header.tool.version}: score all shards with one version.` });
    }
    if (h.shard.count !== count) {
      throw new ShardError({ zh: `${name} 是 ${h.shard.index}/${h.shard.count}，${first.name} 是 ${first.header.shard.index}/${count}：分片总数不一致。`, en: `${name} is shard ${h.shard.index}/${h.shard.count} but ${first.name} is ${first.header.shard.index}/${count}: the shard counts differ.` });
    }
    const again = this.seen.get(h.shard.index);
    if (again) throw new ShardError({ zh: `分片 ${h.shard.index}/${count} 给了两次：${again} 和 ${name}。`, en: `Shard ${h.shard.index}/${count} is given twice: ${again} and ${name}.` });
    this.seen.set(h.shard.index, name);
  }

  report(name: string, r: ReportResult): void {
    const other = this.byFile.get(r.file);
    if (other) throw new ShardError({ zh: `${r.file} 在 ${other} 和 ${name} 中都出现：同一文件只能在一个分片里评分。`, en: `${r.file} appears in both ${other} and ${name}: a file belongs to one shard only.` });
    this.byFile.set(r.file, name);
    this.store.add(r);
  }

  finished(name: string, header: JsonlHeader, complete: boolean): void {
    if (complete) return;
    const { index: h, count } = header.shard;
    throw new ShardError({ zh: `${name}（分片 ${h}/${count}）没有结尾的汇总行：这个分片没有跑完。请重新运行它（有缓存时只评未完成的文件）。`, en: `${name} (shard ${h}/${count}) has no closing summary line: that shard did not finish. Run it again (with the cache, only the files it missed are scored).` });
  }

  result(): StoredResult {
    if (this.first === null) throw new ShardError({ zh: "请给出要合并的分片文件，例如 fazhi merge 分片-*.jsonl", en: "Name the shard files to merge, e.g. fazhi merge shard-*.jsonl" });
    const count = this.first.header.shard.count;
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !this.seen.has(i));
    if (missing.length > 0) {
      throw new ShardError({ zh: `缺少分片 ${missing.map((i) => `${i}/${count}`).join("、")}：合并需要全部 ${count} 个分片。`, en: `Missing shard ${missing.map((i) => `${i}/${count}`).join(", ")}: merging needs all ${count} shards.` });
    }
    return composeStored(this.store, this.first.header, this.first.header.ranking);
  }
}
