// The bundle check: what Apps Script V8 would reject or mis-wire in dist/Code.js, found before a push.
// Run by `npm run build` (build/check-bundle.js) and by test/build.test.ts.
import ts from 'typescript';
import vm from 'node:vm';

export interface BundleCheckInput {
  code: string;
  manifest: unknown;
  /** The globals Apps Script provides (the emulator's services); nothing else is in the context. */
  globals: Record<string, unknown>;
}

/** Every `runFunction` / `onTriggerFunction` named anywhere in the manifest. */
export function manifestFunctions(manifest: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'runFunction' || key === 'onTriggerFunction') && typeof value === 'string') found.push(value);
        else walk(value);
      }
    }
  };
  walk(manifest);
  return found;
}

interface SyntaxFindings {
  problems: string[];
  /** Literal names passed to newTrigger(...) / setFunctionName(...). */
  handlerNames: string[];
  topLevelFunctions: string[];
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

/** Walks the bundle's syntax tree for what V8-in-Apps-Script rejects and for trigger handler names. */
export function scanBundleSyntax(code: string): SyntaxFindings {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const problems: string[] = [];
  const handlerNames: string[] = [];
  const topLevelFunctions: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) topLevelFunctions.push(statement.name.text);
  }
  const visit = (node: ts.Node): void => {
    const at = `Code.js:${lineOf(source, node)}`;
    if (ts.isImportDeclaration(node) || ts.isImportEqualsDeclaration(node)) problems.push(`${at}: import statement`);
    else if (ts.isExportDeclaration(node) || ts.isExportAssignment(node)) problems.push(`${at}: export statement`);
    else if (
      ts.canHaveModifiers(node) &&
      ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      problems.push(`${at}: export modifier`);
    } else if (ts.isPrivateIdentifier(node)) problems.push(`${at}: #private field ${node.text}`);
    else if (
      ts.isPropertyDeclaration(node) &&
      ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)
    ) {
      problems.push(`${at}: static class field`);
    } else if (ts.isClassStaticBlockDeclaration(node)) problems.push(`${at}: static class block`);
    else if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
      problems.push(`${at}: import.meta`);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) problems.push(`${at}: dynamic import()`);
      if (ts.isIdentifier(callee) && callee.text === 'require') problems.push(`${at}: require(`);
      if (
        ts.isPropertyAccessExpression(callee) &&
        (callee.name.text === 'newTrigger' || callee.name.text === 'setFunctionName')
      ) {
        const arg = node.arguments[0];
        if (arg && ts.isStringLiteralLike(arg)) handlerNames.push(arg.text);
        else problems.push(`${at}: ${callee.name.text}() must be called with a string literal so the check can see it`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { problems, handlerNames: [...new Set(handlerNames)], topLevelFunctions };
}

/**
 * Returns every problem found; an empty list means Apps Script can load and call the bundle.
 * @example checkBundle({ code, manifest, globals }) // → ['manifest runFunction "onHome" is not a top-level function of Code.js']
 */
export function checkBundle({ code, manifest, globals }: BundleCheckInput): string[] {
  const { problems, handlerNames, topLevelFunctions } = scanBundleSyntax(code);
  const defined = new Set(topLevelFunctions);
  for (const name of manifestFunctions(manifest)) {
    if (!defined.has(name)) problems.push(`manifest function "${name}" is not a top-level function of Code.js`);
  }
  for (const name of handlerNames) {
    if (!defined.has(name)) problems.push(`trigger/action handler "${name}" is not a top-level function of Code.js`);
  }
  try {
    const context = vm.createContext({ ...globals });
    new vm.Script(code, { filename: 'Code.js' }).runInContext(context, { timeout: 10_000 });
    for (const name of defined) {
      if (typeof context[name] !== 'function') problems.push(`top-level function "${name}" is missing after load`);
    }
  } catch (e) {
    problems.push(`Code.js throws at load in a bare Apps Script context: ${(e as Error).message}`);
  }
  return problems;
}
