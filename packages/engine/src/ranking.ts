/**
 * Cohort ranking (DESIGN §4). Reports are ranked only against comparable reports: a cohort is the set of
 * reports sharing `ranking.cohortBy` (default the government level, so a township is never ranked against a
 * county). Within a cohort: total descending, competition ranking (1, 2, 2, 4) judged on the total as
 * displayed (`precision` decimals), then the stated tie-breakers; a tie they do not break shares a position.
 * Reports with an error or no total are listed after the ranked ones, unranked and flagged.
 */
import type { Level } from "@fazhi/core";
import type { Ranking, ReportHead, ReportResult } from "@fazhi/result";
import { roundTo } from "./scoring.js";
import type { RankingOptions } from "./types.js";

export const DEFAULT_RANKING: RankingOptions = { cohortBy: ["level"], precision: 1, tieBreakers: [] };

const UNKNOWN = "unknown";
const LEVEL_ORDER: Level[] = ["province", "city", "county", "township", "department"];

type CohortKeyName = RankingOptions["cohortBy"][number];

/** The cohort key of a report, e.g. "county" or "county|2023"; a missing value is "unknown". */
export function cohortKey(meta: ReportHead["meta"], cohortBy: CohortKeyName[]): string {
  return cohortParts(meta, cohortBy).join("|");
}

function cohortParts(meta: ReportHead["meta"], cohortBy: CohortKeyName[]): string[] {
  return cohortBy.map((k) => (meta[k] === null || meta[k] === undefined ? UNKNOWN : String(meta[k])));
}

interface Entry {
  report: ReportHead;
  /** The total as displayed: what ties are judged on. */
  displayed: number | null;
  /** Tie-breaker values (category scores on the 0–100 scale at the same precision; a missing score is -1). */
  breakers: number[];
  flag: "error" | "incomplete" | "duplicate" | null;
  /** For a duplicate: the report ranked in its place. */
  original?: ReportHead;
}

/** Rank reports within their cohorts. Returns the rankings and the reports (same order) with `rank` filled. */
export function rankReports(reports: ReportResult[], options: Partial<RankingOptions> = {}): { reports: ReportResult[]; rankings: Ranking[] } {
  const { ranks, rankings } = rankHeads(reports, options);
  return { reports: reports.map((r, i) => ({ ...r, rank: ranks[i]! })), rankings };
}

/** Rank report heads within their cohorts: the rankings, and each head's rank (same order; null when unranked). */
export function rankHeads(reports: readonly ReportHead[], options: Partial<RankingOptions> = {}): { ranks: ReportResult["rank"][]; rankings: Ranking[] } {
  const ranking: RankingOptions = { ...DEFAULT_RANKING, ...options };
  const cohortBy = ranking.cohortBy.length > 0 ? ranking.cohortBy : DEFAULT_RANKING.cohortBy;
  const copies = duplicates(reports);
  const cohorts = new Map<string, ReportHead[]>();
  for (const report of reports) {
    const key = cohortKey(report.meta, cohortBy);
    const members = cohorts.get(key);
    if (members) members.push(report);
    else cohorts.set(key, [report]);
  }

  const rankOf = new Map<ReportHead, ReportResult["rank"]>();
  const rankings: Ranking[] = [];
  for (const key of [...cohorts.keys()].sort(compareCohortKeys)) {
    const members = cohorts.get(key)!;
    const entries = members.map((report) => toEntry(report, ranking, copies.get(report))).sort(compareEntries);
    const ranked = entries.filter((e) => e.flag === null);
    const positions = competitionPositions(ranked);
    ranked.forEach((e, i) => rankOf.set(e.report, { cohort: key, position: positions[i]!, of: ranked.length }));
    rankings.push({
      key,
      cohort: cohortObject(members[0]!.meta, cohortBy),
      tieBreakers: ranking.tieBreakers.map((t) => t.category),
      notices: [...mixedYearsNotice(members), ...duplicatesNotice(entries)],
      entries: entries.map((e, i) => ({
        file: e.report.file,
        issuer: e.report.meta.issuer,
        score: e.report.total.score,
        position: e.flag === null ? positions[i]! : null,
        flag: e.flag,
        ...(e.original ? { duplicateOf: e.original.file } : {}),
      })),
    });
  }
  return { ranks: reports.map((r) => rankOf.get(r) ?? null), rankings };
}

function toEntry(report: ReportHead, ranking: RankingOptions, original: ReportHead | undefined): Entry {
  const score = report.total.score;
  const flag = report.error ? "error" : original ? "duplicate" : score === null ? "incomplete" : null;
  return {
    report,
    ...(original ? { original } : {}),
    displayed: score === null ? null : roundTo(score, ranking.precision),
    breakers: ranking.tieBreakers.map(({ category }) => {
      const s = report.categories[category]?.score;
      return s === null || s === undefined ? -1 : roundTo(s * 100, ranking.precision);
    }),
    flag,
  };
}

/** Ranked entries first (by displayed total, then tie-breakers), then unranked ones; file path last, for display order only. */
function compareEntries(a: Entry, b: Entry): number {
  if ((a.flag === null) !== (b.flag === null)) return a.flag === null ? -1 : 1;
  const byRank = compareRank(a, b);
  if (byRank !== 0) return byRank;
  // Display order only: entries that compare equal above share a position whatever their order here.
  return a.report.file < b.report.file ? -1 : a.report.file > b.report.file ? 1 : 0;
}

/** Negative when `a` ranks ahead of `b`; 0 when they tie (share a position). */
function compareRank(a: Entry, b: Entry): number {
  const diff = (b.displayed ?? -Infinity) - (a.displayed ?? -Infinity);
  if (diff !== 0 && !Number.isNaN(diff)) return diff;
  for (let i = 0; i < a.breakers.length; i++) {
    const d = b.breakers[i]! - a.breakers[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/** Competition ranking over entries already sorted: equal entries share the position of the first of them. */
function competitionPositions(sorted: Entry[]): number[] {
  const positions: number[] = [];
  sorted.forEach((entry, i) => {
    positions.push(i > 0 && compareRank(sorted[i - 1]!, entry) === 0 ? positions[i - 1]! : i + 1);
  });
  return positions;
}

function cohortObject(meta: ReportHead["meta"], cohortBy: CohortKeyName[]): Ranking["cohort"] {
  const cohort: Ranking["cohort"] = {};
  if (cohortBy.includes("level")) cohort.level = meta.level;
  if (cohortBy.includes("reportYear")) cohort.reportYear = meta.reportYear;
  return cohort;
}

/**
 * Second copies of a report, each with the first copy (in the order given: file order): the same text as read
 * (white space aside), or the same issuer and report year. A report that could not be read is no copy.
 */
function duplicates(reports: readonly ReportHead[]): Map<ReportHead, ReportHead> {
  const firstBy = new Map<string, ReportHead>();
  const copies = new Map<ReportHead, ReportHead>();
  for (const report of reports) {
    if (report.error) continue;
    const { issuer, reportYear } = report.meta;
    const keys = [report.textSha256 ? `text:${report.textSha256}` : null, issuer !== null && reportYear !== null ? `issuer:${issuer}|${reportYear}` : null].filter((k): k is string => k !== null);
    const first = keys.map((k) => firstBy.get(k)).find((r) => r !== undefined);
    if (first) copies.set(report, copies.get(first) ?? first);
    for (const k of keys) if (!firstBy.has(k)) firstBy.set(k, report);
  }
  return copies;
}

function duplicatesNotice(entries: Entry[]): Ranking["notices"] {
  const pairs = entries.filter((e) => e.original).map((e) => [e.report.file, e.original!.file] as const);
  if (pairs.length === 0) return [];
  return [
    {
      code: "duplicates",
      message: {
        zh: `重复提交（内容相同，或发文机关和年度相同），只排名第一份：${pairs.map(([copy, first]) => `${copy} 与 ${first}`).join("；")}。`,
        en: `Submitted more than once (the same text, or the same issuer and year); only the first is ranked: ${pairs.map(([copy, first]) => `${copy} as ${first}`).join("; ")}.`,
      },
    },
  ];
}

function mixedYearsNotice(members: ReportHead[]): Ranking["notices"] {
  const years = [...new Set(members.map((r) => r.meta.reportYear).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  if (years.length < 2) return [];
  return [
    {
      code: "mixed-years",
      message: {
        zh: `本组包含不同年度的报告（${years.join("、")}），跨年度比较请谨慎；可在 ranking.cohortBy 中加入 reportYear 分开排名。`,
        en: `This cohort mixes reports from different years (${years.join(", ")}); compare across years with care, or add reportYear to ranking.cohortBy to rank each year separately.`,
      },
    },
  ];
}

/** Cohorts in a fixed order, key part by key part: levels province → department, years ascending, "unknown" last. */
function compareCohortKeys(a: string, b: string): number {
  const pa = a.split("|");
  const pb = b.split("|");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = orderOfPart(pa[i] ?? "") - orderOfPart(pb[i] ?? "");
    if (d !== 0) return d;
    if (pa[i] !== pb[i]) return (pa[i] ?? "") < (pb[i] ?? "") ? -1 : 1;
  }
  return 0;
}

function orderOfPart(part: string): number {
  if (part === UNKNOWN) return Number.MAX_SAFE_INTEGER;
  const level = LEVEL_ORDER.indexOf(part as Level);
  if (level !== -1) return level;
  return /^\d+$/.test(part) ? Number(part) : Number.MAX_SAFE_INTEGER - 1;
}
