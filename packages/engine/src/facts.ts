/**
 * Facts: values a plugin computes once per report and shares with every rule that `requires` them
 * (e.g. `indicators`). Computed lazily on first use; a fact's own `requires` are computed first; a
 * dependency cycle is an error that names the cycle. A failure is remembered, so a fact that throws is
 * not recomputed for every rule that needs it.
 */
import type { ReportModel } from "@fazhi/core";
import type { FactModule, Plugin, TextQuery } from "@fazhi/rule-kit";

export type FactErrorKind = "missing" | "cycle" | "crash";

export class FactError extends Error {
  override readonly name = "FactError";
  constructor(
    readonly kind: FactErrorKind,
    readonly factId: string,
    message: string,
  ) {
    super(message);
  }
}

/** Every fact the loaded plugins provide, by fact id (the first plugin to provide an id wins). */
export function factProviders(plugins: Array<{ plugin: Plugin }>): Map<string, FactModule> {
  const providers = new Map<string, FactModule>();
  for (const { plugin } of plugins) {
    for (const [id, fact] of Object.entries(plugin.facts ?? {})) if (!providers.has(id)) providers.set(id, fact);
  }
  return providers;
}

type Computed = { ok: true; value: unknown } | { ok: false; error: FactError };

/** The facts of one report. */
export class FactStore {
  private readonly computed = new Map<string, Computed>();
  /** Facts being computed right now, outermost first: how a cycle is seen. */
  private readonly inProgress: string[] = [];

  constructor(
    private readonly providers: Map<string, FactModule>,
    private readonly model: ReportModel,
    private readonly settings: Record<string, unknown>,
    private readonly query: () => TextQuery,
  ) {}

  has(id: string): boolean {
    return this.providers.has(id);
  }

  /** The id of the first loaded fact that declares it fills a result section, if any. */
  filling(section: string): string | undefined {
    for (const [id, provider] of this.providers) if (provider.fills === section) return id;
    return undefined;
  }

  /** The fact's value, computing it (and what it requires) on first use; throws FactError. */
  get(id: string): unknown {
    const done = this.computed.get(id);
    if (done) {
      if (done.ok) return done.value;
      throw done.error;
    }
    const cycleStart = this.inProgress.indexOf(id);
    if (cycleStart !== -1) {
      const cycle = [...this.inProgress.slice(cycleStart), id].join(" → ");
      throw new FactError("cycle", id, `facts require each other in a cycle: ${cycle}`);
    }
    const provider = this.providers.get(id);
    if (!provider) throw new FactError("missing", id, `no loaded plugin provides the fact "${id}"`);

    this.inProgress.push(id);
    let result: Computed;
    try {
      const requires = new Set(provider.requires ?? []);
      for (const dependency of requires) this.get(dependency);
      const value = provider.compute({
        model: this.model,
        settings: this.settings,
        query: this.query(),
        fact: <T>(other: string): T => {
          if (!requires.has(other)) throw new FactError("crash", id, `fact "${id}" reads fact "${other}" without listing it in requires`);
          return this.get(other) as T;
        },
      });
      result = { ok: true, value };
    } catch (err) {
      result = { ok: false, error: asFactError(err, id) };
    } finally {
      this.inProgress.pop();
    }
    this.computed.set(id, result);
    if (result.ok) return result.value;
    throw result.error;
  }
}

function asFactError(err: unknown, id: string): FactError {
  if (err instanceof FactError) {
    // A cycle's message already names every fact in it; other failures say which fact needed the failed one.
    if (err.factId === id || err.kind === "cycle") return err;
    return new FactError(err.kind, id, `fact "${id}" depends on fact "${err.factId}": ${err.message}`);
  }
  return new FactError("crash", id, `fact "${id}" failed: ${err instanceof Error ? err.message : String(err)}`);
}
