import { describe, expect, it } from 'vitest';
import type { Command } from '../../../dsl/session/commands';
import { renderStep } from './render';
import { matchLocale } from './text';

const context = { locale: 'en-US', visitor: 'chat:1', idleSeconds: (t: number) => Math.max(t, 120) };

describe('commands as chat frames', () => {
  it('shows messages for this visitor only and carries the locale of the last prompt', () => {
    const commands: Command[] = [
      { type: 'answer' },
      { type: 'setLocale', locale: 'fr-FR' },
      { type: 'message', nodeId: 'm', text: 'Votre ticket', to: 'chat:1', channel: 'chat' },
      { type: 'message', nodeId: 'n', text: 'SMS to a colleague', to: '+4930999', channel: 'sms' },
      { type: 'tag', nodeId: 't', tags: ['x'] },
      { type: 'transfer', nodeId: 'x', targetType: 'agent', target: 'team-a', callerId: 'caller', timeout: 30 },
    ];
    const { frames, waiting, locale } = renderStep({ commands, ended: false, endReason: null, waitingFor: 'transfer' }, context);
    expect(frames).toEqual([
      { type: 'message', text: 'Votre ticket', locale: 'fr-FR' },
      { type: 'handoff', target: 'team-a', text: expect.stringMatching(/^Je vous mets en relation/) },
    ]);
    expect(waiting).toBeNull();
    expect(locale).toBe('fr-FR');
  });

  it('asks for input with the gather\'s expectation and the idle floor', () => {
    const gather: Command = { type: 'gather', nodeId: 'ask', modes: ['text'], timeout: 5, hints: [], choices: [], expect: 'number' };
    const { frames, waiting } = renderStep({ commands: [gather], ended: false, endReason: null, waitingFor: 'input' }, context);
    expect(frames).toEqual([{ type: 'input', expect: 'number', timeoutSeconds: 120 }]);
    expect(waiting).toMatchObject({ kind: 'input', seconds: 120 });
  });

  it('takes a voicemail as the next text the visitor writes', () => {
    const record: Command = { type: 'recordMessage', nodeId: 'vm', mailbox: 'm', maxLength: 60, beep: true, transcribe: false };
    const { frames } = renderStep({ commands: [record], ended: false, endReason: null, waitingFor: 'recording' }, context);
    expect(frames).toEqual([{ type: 'input', expect: 'recording', timeoutSeconds: 120 }]);
  });

  it('ends with the session\'s reason', () => {
    const { frames } = renderStep({ commands: [{ type: 'hangup', reason: 'completed' }], ended: true, endReason: 'completed', waitingFor: null }, context);
    expect(frames).toEqual([{ type: 'ended', reason: 'completed' }]);
  });
});

describe('the visitor\'s locale', () => {
  it('finds the scenario locale for a browser language', () => {
    expect(matchLocale('de', ['de-DE', 'en-US'])).toBe('de-DE');
    expect(matchLocale('en-GB', ['de-DE', 'en-US'])).toBe('en-US');
    expect(matchLocale('EN-us', ['de-DE', 'en-US'])).toBe('en-US');
    expect(matchLocale('fr-FR', ['de-DE', 'en-US'])).toBeUndefined();
    expect(matchLocale(undefined, ['de-DE'])).toBeUndefined();
  });
});
