/**
 * Report text as literal Markdown (CommonMark + GFM): backslash-escape \ ` * _ [ ] < > | ~ & and a line's
 * leading # + - = (headings, list items, setext underlines), and fold line breaks into spaces so one text
 * stays in one table cell or list item.
 */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([#+\-=])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** Code spans are not used for report text: evidence is quoted as escaped text in a block quote, line by line. */
export function mdQuote(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => `> ${mdText(line)}`)
    .join("\n");
}
