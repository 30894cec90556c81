import { createHash } from "node:crypto";

/** Freeze an object graph in place so that any write by a rule throws (ESM code runs in strict mode). */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}

/**
 * A structural hash of a JSON-like value: keys sorted, so the same structure always hashes the same.
 * Compared before and after a run, it catches mutation that freezing cannot (non-strict code, values
 * replaced through a getter).
 */
export function structuralHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

export function canonicalJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): string => {
    if (v === undefined) return "undefined";
    if (typeof v === "number") return Number.isNaN(v) ? "NaN" : String(v);
    if (typeof v === "bigint") return `${v}n`;
    if (typeof v === "function") return "function";
    if (v === null || typeof v !== "object") return JSON.stringify(v);
    if (seen.has(v)) return '"[cycle]"';
    seen.add(v);
    const out = Array.isArray(v)
      ? `[${v.map(walk).join(",")}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${walk((v as Record<string, unknown>)[k])}`)
          .join(",")}}`;
    seen.delete(v);
    return out;
  };
  return walk(value);
}
