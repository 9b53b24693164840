import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { purityViolations, type PurityRules } from './support/imports';

const DSL = fileURLToPath(new URL('../dsl', import.meta.url));
const RULES: PurityRules = { root: DSL, allowedPackages: ['zod', 'xstate', 'jexl'] };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const check = (source: string, file = join(DSL, 'nodes', 'planted.ts')) =>
  purityViolations(source, file, RULES).map((v) => `${v.line}: ${v.message}`);

describe('dsl/ purity', () => {
  const files = sourceFiles(DSL);

  it('scans the whole language, not an empty folder', () => {
    expect(files.map((f) => relative(DSL, f))).toEqual(expect.arrayContaining(['nodes/menu.ts', 'schema/document.ts']));
  });

  it('imports no Node built-ins, no runtime/studio/cli code, no unlisted package and no host globals', () => {
    const violations = files.flatMap((file) =>
      purityViolations(readFileSync(file, 'utf8'), file, RULES).map((v) => `${relative(DSL, v.file)}:${v.line} ${v.message}`),
    );
    expect(violations).toEqual([]);
  });
});

describe('the purity checker', () => {
  it('reports Node built-ins with or without the node: prefix', () => {
    const source = ["import { readFileSync } from 'node:fs';", "import path from 'path';", "import type { X } from 'fs/promises';"];
    expect(check(source.join('\n'))).toEqual([
      '1: imports the Node built-in "node:fs"',
      '2: imports the Node built-in "path"',
      '3: imports the Node built-in "fs/promises"',
    ]);
  });

  it('reports imports that leave dsl/, static, re-exported or dynamic', () => {
    const source = [
      "import { server } from '../../runtime/server';",
      "export { Canvas } from '../../studio/Canvas';",
      "const cli = await import('../../cli/main');",
    ];
    expect(check(source.join('\n'))).toEqual([
      '1: imports "../../runtime/server", which is outside dsl/',
      '2: imports "../../studio/Canvas", which is outside dsl/',
      '3: imports "../../cli/main", which is outside dsl/',
    ]);
  });

  it('reports packages outside the allowlist, including scoped ones', () => {
    expect(check("import React from 'react';\nimport { x } from '@scope/pkg/sub';")).toEqual([
      '1: imports the package "react", which is not allowed in pure code',
      '2: imports the package "@scope/pkg", which is not allowed in pure code',
    ]);
  });

  it('reports DOM and Node globals', () => {
    const source = [
      'const title = document.title;',
      'const width = window.innerWidth;',
      'const home = process.env.HOME;',
      "const fs = require('fs');",
      "const bytes = Buffer.from('x');",
    ];
    expect(check(source.join('\n'))).toEqual([
      '1: uses the host global "document"',
      '2: uses the host global "window"',
      '3: uses the host global "process"',
      '4: uses the host global "require"',
      '5: uses the host global "Buffer"',
    ]);
  });

  it('accepts allowed packages, imports inside dsl/, and the same words as properties, locals, strings or comments', () => {
    const source = [
      "import { z } from 'zod';",
      "import { createMachine } from 'xstate/dist/xstate.cjs';",
      "import { menu } from '../nodes/menu';",
      "import type { Node } from './index';",
      '// require(...) and document.title are only mentioned here',
      "const hint = 'process.env and window. in a string';",
      'const options = { window: 5, process: true };',
      'const span = options.window + session.process;',
      'const document = migrate(input);',
      'export const start = document.start;',
    ];
    expect(check(source.join('\n'))).toEqual([]);
  });
});
