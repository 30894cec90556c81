import { defineRule } from "@fazhi/rule-kit";
import { lineOf, quote } from "./support.js";

export interface PageChromeOptions {
  /** Lower the score when page chrome was found (off by default: chrome is the copy's problem, not the report's). */
  penalize: boolean;
  /** How many chrome lines are quoted. */
  maxQuoted: number;
}

/**
 * Information only: the text was saved from a web page and its menus, breadcrumbs, metadata tables and footers
 * ("首页 > 专题专栏 > …", "扫一扫在手机打开当前页", DOMAIN §5.5) were set aside from the report body before the other
 * checks ran. Never lowers the score (1) unless `penalize` is set (then 0.5: the copy is not the clean report).
 */
export const pageChrome = defineRule<PageChromeOptions>({
  meta: {
    id: "page-chrome",
    type: "disclosure",
    title: { zh: "网页栏目内容已排除", en: "Page chrome set aside" },
    description: {
      zh: "仅作提示：文本含网页导航、面包屑、信息索引表、页脚等非正文内容，已在其他检查前排除。默认不扣分；设 penalize: true 时记0.5分。",
      en: "Information only: the text contains web-page menus, breadcrumbs, metadata tables or footers, which were set aside before the other checks. Never lowers the score unless penalize: true (then 0.5).",
    },
    schema: {
      type: "object",
      properties: {
        penalize: { type: "boolean", description: "Score 0.5 instead of 1 when page chrome was found." },
        maxQuoted: { type: "integer", minimum: 1, description: "Chrome lines quoted as evidence." },
      },
      additionalProperties: false,
    },
    defaultOptions: { penalize: false, maxQuoted: 3 },
    messages: {
      chromeSetAside: {
        zh: "文本含{count}行网页栏目、导航、信息索引或页脚等非正文内容，已排除在正文之外，不影响其他检查。",
        en: "{count} line(s) of web-page furniture (menus, breadcrumbs, metadata, footers) were set aside from the report body; other checks ignore them.",
      },
    },
    version: "1.0.0",
  },
  evaluate(context) {
    const { model, options } = context;
    const lines = model.metaDetails.chromeLines;
    if (!model.meta.pageChrome || lines.length === 0) return { score: 1, value: 0, displayValue: { zh: "无", en: "None" } };
    const evidence = lines
      .map((n) => lineOf(model, n))
      .filter((l) => l !== undefined && l.raw.trim() !== "")
      .slice(0, options.maxQuoted)
      .map((l) => quote(l!, 0, 40, 40));
    context.report({ messageId: "chromeSetAside", data: { count: lines.length }, evidence });
    const displayValue = { zh: `${lines.length}行已排除`, en: `${lines.length} line(s) set aside` };
    return { score: options.penalize ? 0.5 : 1, value: lines.length, displayValue };
  },
});
