import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { checkModuleSource, packageName } from '../../scripts/check-dist-imports';

/**
 * `npm run build` ends with this check: nothing in dist/ may need a dev
 * dependency at run time. Here it meets the project's own modules as tsc
 * emits them, and the shapes it must tell apart.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** A source file of ours as the build compiles it (CommonJS). */
function emitted(relative: string): string {
  const { compilerOptions } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile)
    .config as { compilerOptions: object };
  const options = ts.convertCompilerOptionsFromJson(compilerOptions, ROOT).options;
  return ts.transpileModule(readFileSync(path.join(ROOT, relative), 'utf8'), {
    compilerOptions: options,
    fileName: relative,
  }).outputText;
}

test('the explorer build script, which imports esbuild, would fail the check', () => {
  const problems = checkModuleSource('explorer/build.js', emitted('src/explorer/build.ts'), pkg);
  expect(problems.map((p) => p.specifier)).toEqual(['esbuild']);
  expect(problems[0]!.reason).toMatch(/devDependency/);
});

test('provisioning loads testcontainers only inside a try block, and passes', () => {
  const source = emitted('src/neo4j/provision.ts');
  expect(source).toContain("require('testcontainers')");
  expect(checkModuleSource('neo4j/provision.js', source, pkg)).toEqual([]);
});

test('the service entry points pass', () => {
  for (const file of ['src/main.ts', 'src/mcp/stdio.ts', 'src/http/server.ts'])
    expect(checkModuleSource(file, emitted(file), pkg)).toEqual([]);
});

test('built-ins, relative files and dependencies pass; dev dependencies outside a try and undeclared packages do not', () => {
  const source = [
    'const fs = require("node:fs");',
    'const path = require("path");',
    'const local = require("./local");',
    'const express = require("express");',
    'const driver = require("neo4j-driver/lib/index");',
    'const jest = require("jest");',
    'function later() { return require("esbuild"); }',
    'async function guarded() { try { await import("tsx"); } catch { return undefined; } }',
    'const unknown = require("left-pad");',
  ].join('\n');
  const problems = checkModuleSource('sample.js', source, pkg);
  expect(problems.map((p) => [p.line, p.specifier])).toEqual([
    [6, 'jest'],
    [7, 'esbuild'],
    [9, 'left-pad'],
  ]);
  expect(problems[2]!.reason).toMatch(/neither dependencies nor devDependencies/);
});

test('a scoped package is named by scope and name', () => {
  expect(packageName('@apollo/server/express4')).toBe('@apollo/server');
  expect(packageName('yaml/util')).toBe('yaml');
});
