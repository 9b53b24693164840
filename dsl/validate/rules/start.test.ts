import { describe, expect, it } from 'vitest';
import { bye, doc, found, say } from '../test-helpers';

describe('start rule', () => {
  it('reports a start id that names no node, suggesting the start node', () => {
    const [d] = found(doc({ bye }, { start: 'begin' }), 'start.missing');
    expect(d).toMatchObject({ severity: 'error', path: ['start'], message: "Scenario: it starts at 'begin', which does not exist; did you mean 'start'?" });
  });

  it('reports a start id that names a node of another kind', () => {
    const [d] = found(doc({ welcome: say('Hi', 'bye'), bye }, { start: 'welcome' }), 'start.notStart');
    expect(d).toMatchObject({ nodeId: 'welcome', message: "Scenario: it starts at Say 'welcome', but a scenario must start at a Start step, not a Say" });
  });

  it('reports a scenario without any start node', () => {
    const input = { ...doc({}), nodes: { bye }, start: 'bye' };
    expect(found(input, 'start.none')).toHaveLength(1);
  });

  it('does not claim there is no start node when the start node only breaks its schema', () => {
    const input = doc({ bye });
    (input.nodes as Record<string, unknown>).start = { kind: 'start', on: { call: 'bye' }, colour: 'red' };
    expect(found(input, 'start.none')).toEqual([]);
  });

  it('reports every start node beyond the first', () => {
    const [d, ...rest] = found(doc({ bye, second: { kind: 'start', name: 'Other entry', on: { chat: 'bye' } } }), 'start.multiple');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ nodeId: 'second', message: "Start 'Other entry': a scenario has exactly one Start step, and 'start' is already one" });
  });

  it('reports a start node with no trigger connected', () => {
    const input = doc({ bye });
    (input.nodes as Record<string, unknown>).start = { kind: 'start', on: {} };
    const [d] = found(input, 'start.noTrigger');
    expect(d).toMatchObject({ severity: 'error', nodeId: 'start', path: ['nodes', 'start', 'on'] });
  });

  it('warns about a channel that no trigger serves', () => {
    const [d] = found(doc({ bye }, { channels: ['voice', 'sms'] }), 'start.channelWithoutTrigger');
    expect(d).toMatchObject({ severity: 'warning', nodeId: 'start', port: 'sms', message: "Start 'start': the scenario is for sms, but no sms trigger is connected" });
  });

  it('accepts outbound as the trigger of a voice scenario', () => {
    const input = doc({ bye });
    (input.nodes as Record<string, unknown>).start = { kind: 'start', on: { outbound: 'bye' } };
    expect(found(input, 'start.channelWithoutTrigger')).toEqual([]);
  });

  it('does not ask a subflow-only scenario for channel triggers', () => {
    const input = doc({ bye: { kind: 'return' } }, { channels: ['voice', 'chat'] });
    (input.nodes as Record<string, unknown>).start = { kind: 'start', on: { subflow: 'bye' } };
    expect(found(input, 'start.channelWithoutTrigger')).toEqual([]);
  });

  it('warns about a trigger for a channel the scenario does not declare', () => {
    const input = doc({ bye });
    (input.nodes as Record<string, unknown>).start = { kind: 'start', on: { call: 'bye', chat: 'bye' } };
    const [d] = found(input, 'start.triggerWithoutChannel');
    expect(d).toMatchObject({ severity: 'warning', port: 'chat', message: "Start 'start': the chat trigger is connected, but the scenario's channels do not include chat" });
  });
});
