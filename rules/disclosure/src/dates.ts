import type { Evidence } from "@fazhi/core";
import { defineRule } from "@fazhi/rule-kit";
import { fieldEvidence } from "./support.js";
import { DATE_WIDGET_WORDS } from "./vocabulary.js";

export interface DatesOptions {
  /** Which dates must be present: either one (default), the signing date, the publication date, or both. */
  require: "either" | "signed" | "published" | "both";
}

/** A date core found, unless its evidence is a page's date widget ("今天是…星期三", DOMAIN §5.3). */
export function usableDate(model: Parameters<typeof fieldEvidence>[0], field: "signedDate" | "publishedDate"): { iso: string; evidence: Evidence | null } | null {
  const iso = model.meta[field];
  if (iso === null) return null;
  const evidence = fieldEvidence(model, field);
  if (evidence && DATE_WIDGET_WORDS.some((w) => evidence.text.includes(w))) return null;
  return { iso, evidence };
}

/**
 * The report carries a date: the signing date (成文日期, the date under the signature) and/or the publication
 * date (发布日期/发布时间 on the page). Without one, nobody can check Art. 24's 1 April deadline (DOMAIN §1.1,
 * §4.3 "on time"). Dates come from core: labelled fields and the date line under the signature, never a date
 * widget. 1 when the required dates are present; 0.5 when present but published before signed (one of them is
 * wrong); 0 when missing.
 */
export const dates = defineRule<DatesOptions>({
  meta: {
    id: "dates",
    type: "disclosure",
    title: { zh: "成文或发布日期", en: "Signing or publication date" },
    description: {
      zh: "报告应有成文日期（落款日期）或发布日期，否则无法核对是否在4月1日前公开。日期取自网页标注（发布日期、成文日期等）和落款，不取网页上的“今天是…”。",
      en: "The report should carry a signing date (under the signature) or a publication date; without one, nobody can check that it was published by 1 April. Dates come from labelled page fields and the signature, never from a “today is…” widget.",
    },
    schema: {
      type: "object",
      properties: {
        require: {
          type: "string",
          enum: ["either", "signed", "published", "both"],
          description: "Which dates must be present.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { require: "either" },
    messages: {
      missing: {
        zh: "报告既没有成文日期，也没有发布日期，无法核对是否按时公开。",
        en: "The report has neither a signing date nor a publication date; whether it was published on time cannot be checked.",
      },
      missingSigned: {
        zh: "报告没有成文日期（落款日期）。",
        en: "The report has no signing date (the date under the signature).",
      },
      missingPublished: {
        zh: "报告没有发布日期。",
        en: "The report has no publication date.",
      },
      publishedBeforeSigned: {
        zh: "发布日期（{published}）早于成文日期（{signed}），其中一个日期有误，请核对。",
        en: "The publication date ({published}) is earlier than the signing date ({signed}); one of them is wrong — please check.",
      },
    },
    version: "1.0.0",
  },
  evaluate(context) {
    const { model, options } = context;
    const signed = usableDate(model, "signedDate");
    const published = usableDate(model, "publishedDate");
    const evidence = [signed?.evidence, published?.evidence].filter((e): e is Evidence => !!e);
    const value = { signedDate: signed?.iso ?? null, publishedDate: published?.iso ?? null };
    const parts = [signed && `成文 ${signed.iso}`, published && `发布 ${published.iso}`].filter(Boolean).join("，");
    const partsEn = [signed && `signed ${signed.iso}`, published && `published ${published.iso}`].filter(Boolean).join(", ");
    const displayValue = { zh: parts || "无日期", en: partsEn || "no date" };

    const need = options.require;
    const lacking: Array<"missingSigned" | "missingPublished"> = [];
    if ((need === "signed" || need === "both") && !signed) lacking.push("missingSigned");
    if ((need === "published" || need === "both") && !published) lacking.push("missingPublished");
    if (need === "either" && !signed && !published) {
      context.report({ messageId: "missing" });
      return { score: 0, value, displayValue };
    }
    if (lacking.length > 0) {
      for (const messageId of lacking) context.report({ messageId, evidence });
      return { score: 0, value, displayValue };
    }
    if (signed && published && published.iso < signed.iso) {
      context.report({ messageId: "publishedBeforeSigned", data: { published: published.iso, signed: signed.iso }, evidence });
      return { score: 0.5, value, displayValue };
    }
    return { score: 1, value, displayValue, evidence };
  },
});
