/**
 * The phrases the outline fact and rules look for (DOMAIN §1.1, §2), kept apart from the code. Write them in
 * Simplified Chinese: they are matched on the folded view of a report (繁→简, full-width → half-width,
 * whitespace and watermarks ignored), so Traditional reports and ASCII punctuation are found too.
 *
 * `{next}` in a phrase stands for the year after the report year (a 2023 report's plan is "2024年…").
 */

import type { OutlinePart } from "@fazhi/rule-kit";

/** The five parts in the order the 规定 lists them. */
export const OUTLINE_PARTS: readonly OutlinePart[] = ["measures", "shortcomings", "firstResponsible", "nextYearPlan", "other"];

/** The mandated wording of each part (厅字〔2019〕28号), for messages. */
export const MANDATED_WORDING: Record<OutlinePart, string> = {
  measures: "上一年度推进法治政府建设的主要举措和成效",
  shortcomings: "上一年度推进法治政府建设存在的不足和原因",
  firstResponsible: "上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
  nextYearPlan: "下一年度推进法治政府建设的主要安排",
  other: "其他需要报告的情况",
};

/** Short names of the parts in messages. */
export const PART_NAMES: Record<OutlinePart, { zh: string; en: string }> = {
  measures: { zh: "主要举措和成效", en: "main measures and results" },
  shortcomings: { zh: "存在的不足和原因", en: "shortcomings and their causes" },
  firstResponsible: { zh: "党政主要负责人履行第一责任人职责情况", en: "principal leaders' first-responsible duty" },
  nextYearPlan: { zh: "下一年度主要安排", en: "next year's main arrangements" },
  other: { zh: "其他需要报告的情况", en: "other matters to report" },
};

/**
 * Heading phrases per part: a heading (any depth, run-in included) whose own text carries one of these
 * has that part as its topic. Measures headings are only looked for among top-level sections — deeper
 * headings with 成效/做法 are items inside some section; a run of unclassified top-level sections is the
 * measures part anyway (DOMAIN §2: thematic sections = measures).
 */
export const HEADING_PHRASES: Record<OutlinePart, readonly string[]> = {
  measures: [
    "主要举措",
    "主要做法",
    "主要措施",
    "工作举措",
    "主要成效",
    "工作成效",
    "取得的成效",
    "主要成绩",
    "工作成绩",
    "主要工作",
    "开展情况",
    "工作情况",
    "基本情况",
    // A doc-site rewrite of 基本情况 seen in real reports (DOMAIN §2.1).
    "根本情况",
    "成效",
  ],
  shortcomings: [
    "存在的问题",
    "存在问题",
    "存在的不足",
    "存在不足",
    "不足和原因",
    "不足及原因",
    "不足与原因",
    "问题和不足",
    "问题与不足",
    "问题及不足",
    "不足和问题",
    "差距和不足",
    "差距与不足",
    "不足之处",
    "问题和原因",
    "问题及原因",
    "困难和问题",
    "问题和困难",
  ],
  firstResponsible: [
    "第一责任人职责",
    "第一责任人的职责",
    "第一责任人责任",
    "“第一责任人”职责",
    "「第一责任人」职责",
    '"第一责任人"职责',
    "第一责任职责",
    "第一责任人",
    // "二是严格落实第一责任。", "(一)严格履行第一职责", "压实法治建设责任人职责": the duty named short.
    "第一责任",
    "第一职责",
    "法治建设责任人职责",
  ],
  nextYearPlan: [
    "下一年度",
    "下年度",
    "下一步",
    "下步",
    "{next}年",
    "工作打算",
    "主要安排",
    "改进措施",
    "努力方向",
    "工作展望",
    "今后工作",
    "今后的工作",
    "明年工作",
  ],
  other: ["其他需要报告的情况", "其他需要报告", "其他需报告", "其他需要说明", "其他事项", "其他情况"],
};

/**
 * Run-in headings (一是…, a bold first sentence) are often whole clauses. For them a topic phrase only
 * counts when the title is at most this long — "二是存在的问题" is a heading, "三是及时纠正执行中存在的问题"
 * is an item. The first-responsible part is exempt ("二是扛牢法治建设第一责任人职责").
 */
export const RUN_IN_TITLE_MAX_CHARS = 20;

/**
 * canonicalTitle, precisely (DOMAIN §2): the heading carries every phrase of one of the groups. Year
 * prefixes, 上一年度/上年度, 及 for 和 and the omitted qualifiers (推进法治政府建设, 党政) need no listing
 * because only the core phrases are required.
 */
export const CANONICAL_CORE: Record<OutlinePart, ReadonlyArray<readonly string[]>> = {
  measures: [["主要举措", "成效"]],
  shortcomings: [["不足", "原因"]],
  firstResponsible: [["履行推进法治建设第一责任人职责"], ["履行推进法治建设“第一责任人”职责"], ["履行推进法治建设「第一责任人」职责"]],
  nextYearPlan: [
    ["下一年度", "主要安排"],
    ["下年度", "主要安排"],
    ["{next}年", "主要安排"],
  ],
  other: [["其他需要报告的情况"]],
};

/** Who holds the 第一责任人 duty (DOMAIN §2.3). "一把手", "关键少数" and a leading group do not count. */
export const PRINCIPAL_LEADER = ["主要负责人", "主要领导", "主要负责同志"] as const;

/** The duty itself, tied to a PRINCIPAL_LEADER in the same sentence to count inline (DOMAIN §2.3). */
export const FIRST_RESPONSIBLE_DUTY = [
  "第一责任人职责",
  "第一责任人的职责",
  "第一责任人责任",
  "“第一责任人”职责",
  "「第一责任人」职责",
  '"第一责任人"职责',
  "第一责任职责",
] as const;

/**
 * Inline first-responsible content: a sentence (outside the closing parts) that states the duty as the body's own
 * — "党组书记切实履行推进法治建设第一责任人职责", "以行政一把手为第一责任人", "明确主要领导为首要责任人".
 */
export const FIRST_RESPONSIBLE_INLINE = [...FIRST_RESPONSIBLE_DUTY, "为第一责任人", "首要责任人"] as const;

/**
 * A document named after the duty is not an account of it: the regulation's title (《党政主要负责人履行推进法治建设
 * 第一责任人职责规定》) cited anywhere, and, outside 《》, a rule or list for others ("…第一责任人职责的实施办法",
 * "…职责清单"). A 《》 title that is not the regulation ("严格落实《…第一责任人职责工作清单》") is the body's own work;
 * carrying the regulation out ("严格落实《…规定》") is inline content, though its title is never a heading's wording.
 */
export const DUTY_DOCUMENT_AFTER = /^[”"」]?\s*(?:[“"「][^”"」]{0,12}[”"」])?\s*的?\s*(?:实施办法|实施细则|办法|细则|清单|规定)/u;

/**
 * Inline shortcomings (DOMAIN §2.1: "但还存在一些问题和不足，如…", "仍有诸多不足"): an admission marker
 * followed within `window` characters by a problem noun, in the same sentence; or one of `phrases` alone.
 * "及时纠正执行中存在的问题" has no admission marker, so measures that fix problems do not count.
 */
export const SHORTCOMING_INLINE = {
  markers: ["还存在", "仍存在", "仍然存在", "依然存在", "尚存在", "也存在", "还有", "仍有", "尚有", "还面临", "仍面临", "存在着"],
  nouns: ["问题", "不足", "差距", "短板", "薄弱环节", "困难"],
  window: 12,
  phrases: ["存在的主要问题", "存在的不足主要", "不足之处主要"],
} as const;

/**
 * Inline next-year plans (DOMAIN §2.1: "下一步，将持续…", "2021年，我区将…重点抓好以下几方面工作"): a
 * sentence that opens with one of `openers` and carries one of `future` words.
 */
export const PLAN_INLINE = {
  openers: ["下一步", "下步", "下一年度", "下一年", "新的一年", "明年", "今后", "{next}年"],
  future: ["将", "要", "继续", "持续", "进一步", "着力", "重点抓好", "重点做好"],
  /** Characters (folded, whitespace and punctuation excluded) an opener may stand from the sentence start. */
  maxLead: 2,
} as const;

/** Inline "other matters" (rare): the mandated phrase inside another section. */
export const OTHER_INLINE = ["其他需要报告的情况", "其他需要报告的事项", "其他需要说明的情况"] as const;

/** Measures as running text in a report without headings. */
export const MEASURES_INLINE = ["主要举措", "主要做法", "取得了", "成效", "召开", "开展了", "制定了"] as const;

/**
 * Causes discussed, not only problems listed (DOMAIN §2: causesAnalysed). Looked for in the shortcomings'
 * text, never in its heading — "存在的不足和原因" alone proves nothing.
 */
export const CAUSE_PHRASES = [
  "原因",
  "究其原因",
  "主要是由于",
  "原因在于",
  "根源在于",
  "根源",
  "归因于",
  "由于",
  "导致",
  "致使",
  "以致",
  "造成",
  "源于",
  "缘于",
] as const;

/** The five-part outline is mandated from reports on 2019 on (厅字〔2019〕28号, in force 2019-04-15; DOMAIN §1.3). */
export const FIVE_PART_OUTLINE_FROM_YEAR = 2019;

/** Put the next year into phrases that carry `{next}`; drop them when the report year is unknown. */
export function withNextYear(phrases: readonly string[], reportYear: number | null): string[] {
  const out: string[] = [];
  for (const p of phrases) {
    if (!p.includes("{next}")) out.push(p);
    else if (reportYear !== null) out.push(p.replaceAll("{next}", String(reportYear + 1)));
  }
  return out;
}
