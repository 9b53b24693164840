import { describe, expect, it } from 'vitest';
import { traceLine } from './trace';

const at = '2026-11-23T10:00:00.000Z';

describe('trace lines', () => {
  it('writes events, visits, commands, effects and variables in the transcript shorthand', () => {
    expect(traceLine({ at, kind: 'event', data: { type: 'digits', digits: '1' } }).text).toBe('> digits 1');
    expect(traceLine({ at, kind: 'visit', data: { nodeId: 'mainMenu', kind: 'menu' } })).toEqual({ kind: 'visit', text: '@ mainMenu (menu)', nodeId: 'mainMenu' });
    expect(traceLine({ at, kind: 'command', data: { type: 'transfer', target: '+352 1', nodeId: 'outageLine' } })).toMatchObject({ text: '< transfer +352 1', nodeId: 'outageLine' });
    expect(traceLine({ at, kind: 'effect', data: { result: 'success', note: 'GET x → 200' } }).text).toBe('~ success: GET x → 200');
    expect(traceLine({ at, kind: 'vars', data: { pin: '•••', tries: 2 } }).text).toBe('= pin="•••", tries=2');
  });

  it('points a line inside a subflow at the subflow node the canvas shows', () => {
    expect(traceLine({ at, kind: 'visit', data: { nodeId: 'identify~askNumber', kind: 'ask' } }).nodeId).toBe('identify');
  });
});
