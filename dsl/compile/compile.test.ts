import { createActor, createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { bye, scenario } from '../test/build';
import { compile, CompileError } from './index';

const doc = scenario({
  main: {
    kind: 'menu',
    prompt: { 'en-US': 'Press 1.' },
    options: [{ port: 'one', dtmf: '1' }],
    on: { one: 'bye', noInput: 'bye', noMatch: 'bye' },
  },
  bye,
});

describe('compile', () => {
  it('emits plain JSON: no functions, nothing lost in a JSON round trip', () => {
    const { machine } = compile(doc);
    expect(JSON.parse(JSON.stringify(machine))).toEqual(machine);
  });

  it('gives byte-identical output for the same input', () => {
    expect(JSON.stringify(compile(doc))).toBe(JSON.stringify(compile(structuredClone(doc))));
  });

  it('produces a config xstate accepts, one state per node, each with its node id', () => {
    const { machine } = compile(doc);
    const m = createMachine(machine as never);
    expect(Object.keys(machine.states!)).toEqual(['start', 'main', 'bye', '$ended']);
    expect(m.getStateNodeById('main').key).toBe('main');
    const actor = createActor(m).start();
    expect(actor.getSnapshot().value).toBe('start');
  });

  it('references behaviour by name with its parameters', () => {
    const { machine } = compile(doc);
    expect(machine.states!.main!.entry).toEqual([
      { type: 'visit', params: { nodeId: 'main', kind: 'menu' } },
      { type: 'resetAttempts' },
    ]);
  });

  it('refuses a scenario with errors, naming them', () => {
    const broken = { ...doc, nodes: { ...doc.nodes, bye: { kind: 'say' as const, prompt: { 'en-US': 'x' }, bargeIn: false } } };
    expect(() => compile(broken)).toThrow(CompileError);
    try {
      compile(broken);
    } catch (error) {
      expect((error as CompileError).diagnostics.some((d) => d.nodeId === 'bye')).toBe(true);
    }
  });
});
