import { defineFact } from "@fazhi/rule-kit";

/** Fact id: namespaced, because fact ids are global across plugins. */
export const CHAR_COUNT = "example/char-count";

export interface CharCount {
  /** Letters and digits in the report body (Han characters count one each); punctuation and spaces do not. */
  chars: number;
  /** Han characters only. */
  han: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * How long the report body is, computed once per report and shared by every rule that lists
 * `example/char-count` in `meta.requires`. Page chrome (menus, footers of a web page) is left out.
 */
export const charCount = defineFact<CharCount>({
  version: "1.0.0",
  compute({ model }) {
    let chars = 0;
    let han = 0;
    for (const line of model.lines) {
      if (line.chrome) continue;
      for (const ch of line.raw) {
        if (!LETTER_OR_DIGIT.test(ch)) continue;
        chars++;
        if (HAN.test(ch)) han++;
      }
    }
    return { chars, han };
  },
});
