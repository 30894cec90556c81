/**
 * The lines around a place in a source file with a caret under the column, the way compilers show a syntax error:
 *
 *     18 | const plugin: Plugin = {
 *   > 19 |   meta { name: "my-plugin" },
 *        |        ^
 *
 * `line` and `column` are 1-based. Used for plugin compile errors (from source and in the compiled CLI).
 */
export function codeFrame(source: string, line: number, column: number): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? "").replace(/\t/g, "  ");
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${text}`);
    if (n === line) {
      // Under each character a blank as wide: an ideographic space under Chinese text, so the caret lines up.
      const before = (lines[n - 1] ?? "").slice(0, Math.max(0, column - 1)).replace(/\t/g, "  ");
      out.push(`  ${" ".repeat(width)} | ${before.replace(/[^\x00-\x7f]/g, "\u3000").replace(/[\x00-\x7f]/g, " ")}^`);
    }
  }
  return out.join("\n");
}
