import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { compile } from '../dsl/compile';
import { Diagnostic } from '../dsl/diagnostics';
import { createSession } from '../dsl/interpret';
import { behaviours } from '../dsl/interpret/behaviours';
import { validate } from '../dsl/validate';
import { damagedScenario, resolveGenerated, validScenario } from './arbitraries';

/** What validate must always return, whatever it is given. */
function expectWellFormedResult(result: ReturnType<typeof validate>): void {
  for (const diagnostic of result.diagnostics) expect(Diagnostic.safeParse(diagnostic).success).toBe(true);
  expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
}

const errorsOf = (result: ReturnType<typeof validate>) => result.diagnostics.filter((d) => d.severity === 'error');

describe('validate on any input', () => {
  it('returns diagnostics instead of throwing for random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => expectWellFormedResult(validate(input))),
      { numRuns: 300 },
    );
  });

  it('returns diagnostics instead of throwing for random JavaScript values', () => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true, withDate: true, withNullPrototype: true }), (input) =>
        expectWellFormedResult(validate(input)),
      ),
      { numRuns: 200 },
    );
  });

  it('returns diagnostics instead of throwing for scenarios with random fields replaced or removed', () => {
    fc.assert(
      fc.property(damagedScenario(), (input) => expectWellFormedResult(validate(input))),
      { numRuns: 300 },
    );
  });
});

describe('random valid scenarios', () => {
  it('validate without errors', () => {
    fc.assert(
      fc.property(validScenario(), (generated) => {
        const result = validate(generated.document, { resolveScenario: resolveGenerated(generated) });
        expect(errorsOf(result)).toEqual([]);
        expect(result.scenario).toBeDefined();
      }),
      { numRuns: 100 },
    );
  });

  it('compile to plain JSON that xstate accepts, and their sessions start', async () => {
    await fc.assert(
      fc.asyncProperty(validScenario(), async (generated) => {
        const resolveRaw = resolveGenerated(generated);
        const scenario = validate(generated.document, { resolveScenario: resolveRaw }).scenario;
        if (!scenario) throw new Error('the generated scenario did not parse');
        const resolveScenario = (id: string) => validate(resolveRaw(id)).scenario;
        const compiled = compile(scenario, { resolveScenario });

        expect(JSON.parse(JSON.stringify(compiled.machine))).toEqual(compiled.machine);
        const machine = createMachine(compiled.machine as never);
        const actor = createActor(machine.provide(behaviours(() => new Date('2026-03-02T10:00:00Z')) as never)).start();
        expect(actor.getSnapshot().status).toBe('active');
        actor.stop();

        const step = await createSession(compiled, { now: () => new Date('2026-03-02T10:00:00Z') }).start({
          type: 'start',
          sessionId: 'property',
          trigger: 'call',
          channel: 'voice',
          caller: { number: '+4930123456' },
          called: { number: '+4930999999' },
          vars: {},
          startedAt: '2026-03-02T10:00:00Z',
        });
        expect(step.error).toBeUndefined();
        expect(step.happenings.some((h) => h.kind === 'visit')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
