import { readFileSync, readdirSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * `npm run check:dist` (the last step of `npm run build`): the compiled
 * service must run on the production dependencies alone (`npm ci
 * --omit=dev`). Every module that a file in dist/ requires is a Node
 * built-in, a file of its own, or a package named in package.json's
 * dependencies. A dev dependency is allowed only inside a `try` block, where
 * the code goes on without it (testcontainers, which only the tests use);
 * a package that package.json does not name at all never is.
 */

export interface PackageLists {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface ImportProblem {
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function insideTryBlock(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent)
    if (ts.isTryStatement(parent) && parent.tryBlock === child) return true;
  return false;
}

/** The module specifier of `require('x')` or `import('x')`, if `node` is one. */
function loadedModule(node: ts.Node): string | undefined {
  if (!ts.isCallExpression(node) || node.arguments.length !== 1) return undefined;
  const [argument] = node.arguments;
  if (!argument || !ts.isStringLiteralLike(argument)) return undefined;
  const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
  const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
  return isRequire || isImport ? argument.text : undefined;
}

/** The problems of one compiled module's source. */
export function checkModuleSource(
  file: string,
  source: string,
  pkg: PackageLists,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    const specifier = loadedModule(node);
    if (specifier !== undefined && !specifier.startsWith('.') && !isBuiltin(specifier)) {
      const name = packageName(specifier);
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (pkg.dependencies?.[name] !== undefined) {
        // a production dependency: always there
      } else if (pkg.devDependencies?.[name] !== undefined) {
        if (!insideTryBlock(node))
          problems.push({
            file,
            line,
            specifier,
            reason: `${name} is a devDependency, absent from a production install; load it inside a try block that goes on without it, or make it a dependency`,
          });
      } else {
        problems.push({
          file,
          line,
          specifier,
          reason: `${name} is in neither dependencies nor devDependencies of package.json`,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return problems;
}

function javaScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(c|m)?js$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Every problem of every module under `distDir`. */
export function checkDist(distDir: string, pkg: PackageLists): ImportProblem[] {
  return javaScriptFiles(distDir).flatMap((file) =>
    checkModuleSource(path.relative(process.cwd(), file), readFileSync(file, 'utf8'), pkg),
  );
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageLists;
  const dist = path.join(root, 'dist');
  const files = javaScriptFiles(dist).length;
  const problems = checkDist(dist, pkg);
  if (files === 0) {
    console.error('dist/ holds no JavaScript: run `npm run build` first');
    process.exit(1);
  }
  if (problems.length > 0) {
    console.error(`dist/ needs modules a production install lacks:`);
    for (const p of problems) console.error(`  ${p.file}:${p.line} ${p.specifier}: ${p.reason}`);
    process.exit(1);
  }
  console.error(`dist/: ${files} modules load production dependencies only`);
}
