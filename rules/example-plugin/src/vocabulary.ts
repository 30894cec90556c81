/**
 * The phrases this plugin's rules look for, kept apart from the code (DESIGN §8: a data file for
 * vocabulary). Write them in Simplified Chinese: queries match a folded view of the report
 * (繁→简, full-width → half-width), so Traditional reports are found too.
 */

/** Who holds the 第一责任人 duty (DOMAIN §2.3). "一把手", "关键少数" alone do not count. */
export const PRINCIPAL_LEADER = ["主要负责人", "主要领导", "主要负责同志"] as const;

/** The duty itself, with and without quotation marks; "第一责任职责" (without 人) counts too. */
export const FIRST_RESPONSIBLE_DUTY = ["第一责任人职责", "“第一责任人”职责", "「第一责任人」职责", "\"第一责任人\"职责", "第一责任职责"] as const;

/** Labels of the 负责人出庭应诉率 indicator (DOMAIN §3, litigation.headAppearanceRate). */
export const HEAD_APPEARANCE_RATE_LABELS = ["出庭应诉率", "出庭率"] as const;

/**
 * Wording that implies every case was attended by the responsible head, so the rate is 1.0 (DOMAIN §3.1,
 * "implied"): the subject, right after it a quantifier, then within `window` characters the verb, with no
 * negation in between — "负责人均出庭应诉", "负责人均积极出庭应诉", "負責人全部出庭"; not "负责人均未出庭".
 * `phrases` imply it by themselves.
 */
export const HEAD_APPEARANCE_ALL = {
  subject: ["负责人", "负责同志"],
  quantifier: ["均", "全部", "全都", "都"],
  verb: ["出庭"],
  negation: ["未", "不", "没"],
  window: 6,
  phrases: ["负责人出庭应诉全覆盖", "负责人出庭应诉实现全覆盖"],
} as const;
