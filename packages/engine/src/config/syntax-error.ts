/**
 * Where a plugin's source first breaks the language, found with TypeScript's parser (loaded on demand):
 * for a TypeScript plugin while compiling it, and for a JavaScript one after Node refused it — Node's
 * SyntaxError from `import()` carries no line or column.
 */
export interface SourceSyntaxError {
  line: number;
  column: number;
  message: string;
}

export async function transpileChecked(path: string, source: string, commonjs: boolean): Promise<{ code: string; error?: SourceSyntaxError }> {
  const ts = (await import("typescript")).default;
  const out = ts.transpileModule(source, {
    fileName: path,
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: commonjs ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext,
      jsx: ts.JsxEmit.ReactJSX,
      allowJs: true,
      verbatimModuleSyntax: false,
      sourceMap: false,
    },
  });
  const first = (out.diagnostics ?? []).find((d) => d.category === ts.DiagnosticCategory.Error);
  if (!first) return { code: out.outputText };
  const message = ts.flattenDiagnosticMessageText(first.messageText, "\n");
  const at = first.file && first.start !== undefined ? first.file.getLineAndCharacterOfPosition(first.start) : { line: 0, character: 0 };
  return { code: out.outputText, error: { line: at.line + 1, column: at.character + 1, message } };
}
