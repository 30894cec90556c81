/**
 * A valid, unique Excel sheet name: at most 31 characters, none of [ ] : * ? / \, not starting or ending
 * with an apostrophe, not blank; a clash with a name already used gets " (2)", " (3)"…
 */
export function sheetName(wanted: string, used: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim() || "Sheet";
  let name = [...clean].slice(0, 31).join("");
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = [...clean].slice(0, 31 - suffix.length).join("") + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}
