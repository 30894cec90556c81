export { extractNumbers, tolerance } from "./extract.js";
export { parseChineseNumeral } from "./chinese-numerals.js";
export { UNITS, SCALES, PREFIX_QUALIFIERS, INFIX_QUALIFIERS, SUFFIX_QUALIFIERS, CHANGE_VERBS, CHANGE_RATE_WORDS, FIXED_PHRASES } from "./vocabulary.js";
export type { UnitEntry, QualifierEntry } from "./vocabulary.js";
