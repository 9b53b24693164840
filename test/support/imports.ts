import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface PurityViolation {
  file: string;
  line: number;
  message: string;
}

export interface PurityRules {
  /** Absolute path of the folder that must stay pure; relative imports may not leave it. */
  root: string;
  /** Packages the pure code may import (subpaths such as "zod/mini" included). */
  allowedPackages: readonly string[];
}

/** Globals that exist only in Node or only in a browser: using them ties dsl/ to one of the two. */
const HOST_GLOBALS = new Set([
  'document', 'window', 'navigator', 'localStorage', 'sessionStorage',
  'process', 'require', 'Buffer', '__dirname', '__filename', 'setImmediate',
]);

/**
 * Finds what would keep code from running the same in a browser and in Node: Node built-in
 * modules, imports leaving `root` (runtime/, studio/, cli/…), packages outside the allowlist
 * and host-only globals. Works on the syntax tree, so comments and strings never count.
 */
export function purityViolations(source: string, file: string, rules: PurityRules): PurityViolation[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const violations: PurityViolation[] = [];
  // A scenario "document" held in a local variable is not the DOM's: names the file declares itself are local.
  const declared = declaredNames(tree);
  const report = (node: ts.Node, message: string) =>
    violations.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1, message });

  const visit = (node: ts.Node): void => {
    const specifier = moduleSpecifierOf(node);
    if (specifier) {
      const problem = importProblem(specifier.text, file, rules);
      if (problem) report(specifier, problem);
    } else if (ts.isIdentifier(node) && HOST_GLOBALS.has(node.text) && !declared.has(node.text) && isReference(node)) {
      report(node, `uses the host global "${node.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return violations;
}

function moduleSpecifierOf(node: ts.Node): ts.StringLiteral | undefined {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
    return ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier : undefined;
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const [argument] = node.arguments;
    return argument && ts.isStringLiteral(argument) ? argument : undefined;
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
    return node.argument.literal;
  return undefined;
}

function importProblem(specifier: string, file: string, rules: PurityRules): string | undefined {
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier);
    const inside = target === rules.root || target.startsWith(rules.root + sep);
    return inside ? undefined : `imports "${specifier}", which is outside ${relative(process.cwd(), rules.root) || rules.root}/`;
  }
  const bare = specifier.replace(/^node:/, '');
  if (specifier.startsWith('node:') || builtinModules.includes(bare) || builtinModules.includes(bare.split('/')[0] ?? ''))
    return `imports the Node built-in "${specifier}"`;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  return rules.allowedPackages.includes(name ?? '') ? undefined : `imports the package "${name}", which is not allowed in pure code`;
}

function declaredNames(tree: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    const name = (node as { name?: ts.Node }).name;
    const declares =
      ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node) ||
      ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isImportSpecifier(node) ||
      ts.isImportClause(node) || ts.isNamespaceImport(node);
    if (declares && name && ts.isIdentifier(name)) names.add(name.text);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return names;
}

/** True unless the identifier is a property name or a member key. */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent) || ts.isEnumMember(parent)) && parent.name === node)
    return false;
  return !(ts.isBindingElement(parent) && parent.propertyName === node);
}
