import type { Evidence } from "@fazhi/core";
import { defineRule } from "@fazhi/rule-kit";
import { bodyLines, quote } from "./support.js";

export interface TextCompleteOptions {
  /** Encoding damage on this many lines or more scores 0 (fewer damaged lines score 0.5). */
  severeDamageLines: number;
  /** At most this many damaged lines are quoted, one finding each. */
  maxQuoted: number;
}

/**
 * The copy being scored is the whole report, readable (DOMAIN §5.1 incomplete texts, §5.9 mojibake; §4.3 "内容
 * 翔实" presupposes a complete text). From core's metadata: `truncated` (the body ends mid-sentence, with a cut
 * marker such as "…"/"展开全文", or with wiki leftovers) and `encodingDamage` (garbled passages). Scoring:
 * 1 complete and clean; 0.5 encoding damage on fewer than `severeDamageLines` lines; 0 truncated, or damage on
 * `severeDamageLines` lines or more. A truncated copy also means "part not found" ≠ "report omits it".
 */
export const textComplete = defineRule<TextCompleteOptions>({
  meta: {
    id: "text-complete",
    type: "disclosure",
    title: { zh: "文本完整可读", en: "Text complete and readable" },
    description: {
      zh: "评分所用文本应是完整、可读的报告：被截断（句中结束、以“…”“展开全文”结尾）记0分；有乱码的，少量记0.5分，严重（达到 severeDamageLines 行）记0分。文本不完整时，其他检查“未找到”不一定是报告遗漏。",
      en: "The scored text should be the complete, readable report: a truncated copy (ending mid-sentence, with “…” or “展开全文”) scores 0; garbled text scores 0.5 when light and 0 when it reaches severeDamageLines lines. With an incomplete copy, “not found” in other checks does not prove the report omits it.",
    },
    schema: {
      type: "object",
      properties: {
        severeDamageLines: { type: "integer", minimum: 1, description: "Damaged lines from which the score is 0." },
        maxQuoted: { type: "integer", minimum: 1, description: "Most damaged lines quoted." },
      },
      additionalProperties: false,
    },
    defaultOptions: { severeDamageLines: 5, maxQuoted: 5 },
    messages: {
      truncated: {
        zh: "报告文本似乎不完整（在此处中断或被网站截断），未找到的内容不一定是报告遗漏，请取得完整原文。",
        en: "The report text appears incomplete (it breaks off here or was cut by a website); parts not found may simply be missing from this copy — obtain the full original.",
      },
      encodingDamage: {
        zh: "此处文字疑似乱码（编码转换错误），内容无法正确识别。",
        en: "This passage looks garbled (wrong character encoding); its content cannot be read correctly.",
      },
      moreDamage: {
        zh: "另有{count}处乱码未逐一列出。",
        en: "{count} more garbled passage(s) are not listed.",
      },
    },
    version: "1.0.0",
  },
  evaluate(context) {
    const { model, options } = context;
    const damage = model.meta.encodingDamage;
    const truncated = model.meta.truncated;
    const damagedLines = new Set(damage.map((d) => d.line)).size;
    for (const d of damage.slice(0, options.maxQuoted)) {
      const evidence: Evidence[] = d.text && model.text.includes(d.text) ? [{ line: d.line, text: d.text }] : [];
      context.report({ messageId: "encodingDamage", evidence });
    }
    if (damage.length > options.maxQuoted) {
      context.report({ messageId: "moreDamage", data: { count: damage.length - options.maxQuoted } });
    }
    if (truncated) {
      const diag = model.diagnostics.find((d) => d.code === "truncated");
      const last = bodyLines(model).at(-1);
      const evidence =
        diag?.line !== undefined && diag.text && model.text.includes(diag.text)
          ? { line: diag.line, text: diag.text }
          : last
            ? quote(last, Math.max(0, last.raw.trimEnd().length - 40), 40, 40)
            : null;
      context.report({ messageId: "truncated", evidence: evidence ?? [] });
    }
    const value = { truncated, damagedLines };
    if (truncated || damagedLines >= options.severeDamageLines) {
      return { score: 0, value, displayValue: truncated ? { zh: "文本被截断", en: "Text truncated" } : { zh: `${damagedLines}行乱码`, en: `${damagedLines} garbled lines` } };
    }
    if (damagedLines > 0) return { score: 0.5, value, displayValue: { zh: `${damagedLines}行乱码`, en: `${damagedLines} garbled line(s)` } };
    return { score: 1, value, displayValue: { zh: "完整", en: "Complete" } };
  },
});
