import type { Localized } from "@fazhi/core";
import type { ResultHeads } from "./views.js";

/** A category as a table column: its id (to look scores up) and its title (what people read). */
export interface CategoryColumn {
  id: string;
  title: Localized;
}

/** The scheme's categories as columns, in first-seen order over all reports (the scheme's order). */
export function categoryColumns(result: Pick<ResultHeads, "reports">): CategoryColumn[] {
  const seen = new Map<string, CategoryColumn>();
  for (const report of result.reports) {
    for (const [id, category] of Object.entries(report.categories)) if (!seen.has(id)) seen.set(id, { id, title: category.title });
  }
  return [...seen.values()];
}
