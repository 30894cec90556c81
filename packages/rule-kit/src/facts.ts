/**
 * How rules and facts run on one report, for everyone who runs them: the engine, the RuleTester and
 * `fazhi rules test`. A `ReportSession` holds the report's shared query (its reading, built once) and its
 * facts (each computed once, on first use, after the facts it requires). A dependency cycle is an error that
 * names the cycle; a failure is remembered, so a fact that throws is not recomputed for every rule that
 * needs it. `scope.part` resolves through whichever loaded fact declares `fills: "outline"`: no fact is
 * known here by its id.
 */
import type { ReportModel, Span } from "@fazhi/core";
import { FactError, NoOutlineError } from "./errors.js";
import { TextQuery } from "./text-query.js";
import type { FactModule, OutlinePart, OutlineScopes, Plugin, ResultSection } from "./types.js";

/** The facts plugins provide, by fact id. */
export type FactProviders = ReadonlyMap<string, FactModule>;

/** Every fact the plugins provide, by fact id (the first plugin to provide an id wins). */
export function factProviders(plugins: Iterable<Plugin>): Map<string, FactModule> {
  const providers = new Map<string, FactModule>();
  for (const plugin of plugins) {
    for (const [id, fact] of Object.entries(plugin.facts ?? {})) if (!providers.has(id)) providers.set(id, fact);
  }
  return providers;
}

type Computed = { ok: true; value: unknown } | { ok: false; error: FactError };

export interface SessionOptions {
  /** The facts of the loaded plugins (see `factProviders`); none by default. */
  providers?: FactProviders;
  /** The config's shared settings, seen by every rule and fact. */
  settings?: Readonly<Record<string, unknown>>;
  /** Applied to each fact's value once computed (the RuleTester deep-freezes them). */
  seal?: (value: unknown) => unknown;
}

/** One report's shared work: its query and its facts. */
export class ReportSession {
  readonly settings: Readonly<Record<string, unknown>>;
  private readonly providers: FactProviders;
  private readonly seal: (value: unknown) => unknown;
  private built: TextQuery | undefined;
  private readonly computed = new Map<string, Computed>();
  /** Facts being computed right now, outermost first: how a cycle is seen. */
  private readonly inProgress: string[] = [];

  constructor(
    readonly model: ReportModel,
    options: SessionOptions = {},
  ) {
    this.providers = options.providers ?? new Map();
    this.settings = options.settings ?? {};
    this.seal = options.seal ?? ((value) => value);
  }

  /** The report's query, built on first use (and built again if building it failed). */
  query(): TextQuery {
    return (this.built ??= new TextQuery(this.model, (part) => this.outlineSpans(part)));
  }

  /** Whether a loaded plugin provides the fact. */
  has(id: string): boolean {
    return this.providers.has(id);
  }

  /** The id of the first loaded fact that declares it fills a result section, if any. */
  filling(section: ResultSection): string | undefined {
    for (const [id, provider] of this.providers) if (provider.fills === section) return id;
    return undefined;
  }

  /** Every fact that fills a section of the result, by section (the engine computes them for every report). */
  sectionFacts(): string[] {
    return [...this.providers].filter(([, provider]) => provider.fills !== undefined).map(([id]) => id);
  }

  /** The fact's value, computing it (and what it requires) on first use; throws FactError. */
  fact(id: string): unknown {
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
      for (const dependency of requires) this.fact(dependency);
      const value = provider.compute({
        model: this.model,
        settings: this.settings,
        query: this.query(),
        fact: <T>(other: string): T => {
          if (!requires.has(other)) throw new FactError("crash", id, `fact "${id}" reads fact "${other}" without listing it in requires`);
          return this.fact(other) as T;
        },
      });
      result = { ok: true, value: this.seal(value) };
    } catch (err) {
      result = { ok: false, error: asFactError(err, id) };
    } finally {
      this.inProgress.pop();
    }
    this.computed.set(id, result);
    if (result.ok) return result.value;
    throw result.error;
  }

  /** Where an outline part's text lies, from the fact that fills the outline. */
  private outlineSpans(part: OutlinePart): Span[] {
    const id = this.filling("outline");
    if (id === undefined) throw new NoOutlineError();
    const outline = this.fact(id) as Partial<OutlineScopes> | null;
    return outline?.parts?.[part]?.spans ?? [];
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
