/** East Asian wide and full-width characters: Han, kana, Hangul, CJK punctuation, full-width forms. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u2e80-\u2fdf\u3000-\u303f\u3200-\u33ff\uff01-\uff60\uffe0-\uffe6]/u;

/** Display width in columns: a Han (or other wide) character counts 2, anything else 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
