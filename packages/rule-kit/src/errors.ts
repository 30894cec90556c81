/** What goes wrong when a rule or a fact asks for a fact (see facts.ts and run-rule.ts). */

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

/** A `scope.part` query on a report whose loaded plugins have no fact that fills the outline. */
export class NoOutlineError extends FactError {
  constructor() {
    super(
      "missing",
      "outline",
      '按提纲部分限定范围（scope.part）需要提纲：已加载的插件中没有填写提纲（fills: "outline"）的事实 / ' +
        'scope.part needs the outline: no loaded plugin has a fact that fills it (fills: "outline")',
    );
  }
}

export class MissingFactError extends Error {
  constructor(readonly ruleId: string, readonly factId: string, readonly declared: boolean) {
    super(
      declared
        ? `rule ${ruleId} requires fact "${factId}", but no loaded plugin provides it`
        : `rule ${ruleId} reads fact "${factId}" without listing it in meta.requires`,
    );
  }
}

