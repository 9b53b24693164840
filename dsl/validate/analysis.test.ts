import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expressionProblem, readPaths, readVariables, templateProblem } from '../expr';
import { analyzeExpression, CodeAnalyzer, variablesRead } from './analysis';

const EXPRESSIONS = [
  'vars.balance > 100 && caller.number|startsWith("+49")',
  'vars.items[.a == vars.z]',
  'vars.a in ["1", "2"] ? vars.b : vars.c.d',
  '{a: vars.b}.a',
  'x ? y : z',
  'vars.x == null',
  '"text" + vars.name|upper',
  'now()',
  'vars["key"]',
  'vars.a +',
  'vars.constructor',
  '',
];

describe('expression analysis', () => {
  it('reads the same paths and problems as the expression library', () => {
    for (const source of EXPRESSIONS) {
      const analysis = analyzeExpression(source);
      expect(analysis.problem).toBe(expressionProblem(source));
      expect(analysis.paths).toEqual(analysis.problem ? [] : readPaths(source, 'expression'));
    }
  });

  it('agrees with the expression library on generated expressions', () => {
    const name = fc.constantFrom('vars', 'caller', 'x', 'a', 'number', 'null');
    const atom = fc.oneof(fc.array(name, { minLength: 1, maxLength: 3 }).map((n) => n.join('.')), fc.integer().map(String), fc.constant('"s"'));
    const expression = fc.array(fc.tuple(atom, fc.constantFrom(' + ', ' > ', ' && ', '|upper ', '[.a == 1] ', ' ? ', ' : ')), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.map(([a, op]) => a + op).join('') + 'vars.end');
    fc.assert(
      fc.property(expression, (source) => {
        const analysis = analyzeExpression(source);
        expect(analysis.problem).toBe(expressionProblem(source));
        if (!analysis.problem) expect(analysis.paths).toEqual(readPaths(source, 'expression'));
      }),
      { numRuns: 300 },
    );
  });

  it('finds transforms and functions', () => {
    expect(analyzeExpression('caller.number|digits|startsWith("1") && now()').calls).toEqual([
      { name: 'startsWith', pool: 'transforms' },
      { name: 'digits', pool: 'transforms' },
      { name: 'now', pool: 'functions' },
    ]);
  });

  it('analyses templates like the expression library', () => {
    const analyzer = new CodeAnalyzer();
    for (const template of ['Hi {{vars.name}}, {{caller.number|last}}', 'no placeholders', 'Hi {{vars.name', '{{ 1 + }}', '{{}}']) {
      const analysis = analyzer.template(template);
      expect(analysis.problem).toBe(templateProblem(template));
      if (!analysis.problem) expect(variablesRead(analysis)).toEqual(readVariables(template, 'template'));
    }
  });
});
