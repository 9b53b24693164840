import { describe, expect, it } from 'vitest';
import { bye, doc, found } from '../test-helpers';

const identify = (extra: Record<string, unknown> = {}) => ({
  kind: 'subflow',
  name: 'Identify',
  scenario: 'identify-customer',
  revision: 3,
  on: { done: 'bye', error: 'bye' },
  ...extra,
});

/** A library scenario that can run as a subflow, with the given variables and nodes. */
function library(id: string, variables: Record<string, unknown> = {}, nodes: Record<string, unknown> = { back: { kind: 'return' } }) {
  return {
    dsl: 2, id, name: id, locales: ['en-US'], start: 'start', variables,
    nodes: { start: { kind: 'start', on: { subflow: Object.keys(nodes)[0] } }, ...nodes },
  };
}

const main = (node = identify()) => doc({ identify: node, bye }, { id: 'main' });

describe('subflows rule', () => {
  it('reports a reference that does not resolve, naming the revision', () => {
    expect(found(main(), 'subflow.notFound', { resolveScenario: () => undefined })).toEqual([
      {
        severity: 'error',
        code: 'subflow.notFound',
        message: "Subflow 'Identify': scenario 'identify-customer' (revision 3) not found",
        nodeId: 'identify',
        path: ['nodes', 'identify', 'scenario'],
      },
    ]);
  });

  it('asks the library for the pinned revision', () => {
    const asked: unknown[] = [];
    found(main(), 'subflow.notFound', { resolveScenario: (id, revision) => { asked.push([id, revision]); return library(id); } });
    expect(asked).toEqual([['identify-customer', 3]]);
  });

  it('treats a library that throws as not found', () => {
    const throwing = () => { throw new Error('offline'); };
    expect(found(main(), 'subflow.notFound', { resolveScenario: throwing })).toHaveLength(1);
  });

  it('reports a target whose start has no subflow entry', () => {
    const target = { ...library('identify-customer'), nodes: { start: { kind: 'start', on: { call: 'back' } }, back: { kind: 'hangup' } } };
    expect(found(main(), 'subflow.noEntry', { resolveScenario: () => target })[0]?.message).toBe(
      "Subflow 'Identify': scenario 'identify-customer' (revision 3) cannot run as a subflow, because its Start step has no subflow entry",
    );
  });

  it('reads a target written in an older format', () => {
    const v1 = { ...library('identify-customer'), dsl: 1, language: 'en-US' };
    expect(found(main(), 'subflow.noEntry', { resolveScenario: () => v1 })).toEqual([]);
    expect(found(main(), 'subflow.unreadable', { resolveScenario: () => ({ ...v1, dsl: 7 }) })[0]?.message).toContain('newer Callflow Studio');
  });

  it('warns about inputs and outputs that the target does not have', () => {
    const node = identify({ inputs: { acount: 'caller.number' }, outputs: { customer: 'vars.customerld' } });
    const options = { resolveScenario: () => library('identify-customer', { account: { type: 'string' }, customerId: { type: 'string' } }) };
    const [input] = found(main(node), 'subflow.unknownInput', options);
    expect(input).toMatchObject({ severity: 'warning', path: ['nodes', 'identify', 'inputs', 'acount'] });
    expect(input?.message).toBe("Subflow 'Identify': input 'acount' is not a variable of scenario 'identify-customer' (revision 3) (did you mean 'account'?)");
    expect(found(main(node), 'subflow.unknownOutput', options)[0]?.message).toBe(
      "Subflow 'Identify': output 'customer' reads vars.customerld, which scenario 'identify-customer' (revision 3) does not have (did you mean vars.customerId?)",
    );
  });

  it('reports subflows that run each other in a circle', () => {
    const scenarios: Record<string, unknown> = {
      'identify-customer': library('identify-customer', {}, { again: { kind: 'subflow', scenario: 'main', on: { done: 'back' } }, back: { kind: 'return' } }),
    };
    const [d] = found(main(identify({ revision: undefined })), 'subflow.recursive', { resolveScenario: (id) => scenarios[id] });
    expect(d).toMatchObject({ severity: 'error', nodeId: 'identify' });
    expect(d?.message).toBe("Subflow 'Identify': subflows run each other in a circle and would never end: main → identify-customer → main");
  });

  it('finds a circle further down, and terminates on circles that do not include this scenario', () => {
    const scenarios: Record<string, unknown> = {
      a: library('a', {}, { toB: { kind: 'subflow', scenario: 'b', on: { done: 'back' } }, back: { kind: 'return' } }),
      b: library('b', {}, { toA: { kind: 'subflow', scenario: 'a', on: { done: 'back' } }, back: { kind: 'return' } }),
    };
    const [d] = found(main(identify({ scenario: 'a', revision: undefined })), 'subflow.recursive', { resolveScenario: (id) => scenarios[id] });
    expect(d?.message).toContain('main → a → b → a');
  });

  it('without a library, notes once per subflow that it was not checked', () => {
    expect(found(main(), 'subflow.unchecked')).toEqual([
      {
        severity: 'info',
        code: 'subflow.unchecked',
        message: "Subflow 'Identify': scenario 'identify-customer' (revision 3) was not checked, because no scenario library is available here",
        nodeId: 'identify',
        path: ['nodes', 'identify', 'scenario'],
      },
    ]);
  });

  it('without a library, still reports a scenario that runs itself', () => {
    expect(found(main(identify({ scenario: 'main', revision: undefined })), 'subflow.recursive')).toHaveLength(1);
  });

  it('reports an output expression that cannot be read', () => {
    const [d] = found(main(identify({ outputs: { x: 'vars.a +' } })), 'expression.invalid');
    expect(d?.path).toEqual(['nodes', 'identify', 'outputs', 'x']);
  });
});
