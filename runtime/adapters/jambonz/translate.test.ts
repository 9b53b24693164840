import { describe, expect, it } from 'vitest';
import type { Command } from '../../../dsl/session/commands';
import { dialEvent, gatherEvent, queueEvent } from './events';
import { expectValidVerbs } from './fake-jambonz';
import { addressesFor, hooksFor } from './hooks';
import { waitVerbs } from './queue';
import { readJambonzSettings } from './settings';
import { verbsFor, type TranslateContext } from './translate';

const settings = readJambonzSettings({ JAMBONZ_VOICES: 'de-DE=de-DE-KatjaNeural' });
const addresses = addressesFor('http://10.0.0.2:8080/jambonz/call', 'https://ivr.example.org/', {});
const ctx: TranslateContext = { hooks: hooksFor(addresses, 'c1', 4), settings, smsFrom: '+4930999' };

/** Translates and checks the result with jambonz's own validator. */
function verbs(commands: Command[], context = ctx) {
  const result = verbsFor(commands, context);
  expectValidVerbs(result);
  return result;
}

const enqueue: Extract<Command, { type: 'enqueue' }> = {
  type: 'enqueue', nodeId: 'q', queue: 'support', priority: 0, skills: [], announceEvery: 60, maxWait: 300, maxSize: 5,
  positionPrompt: { text: 'Position {{queue.position}}, {{queue.waitMinutes}} min', locale: 'en-US' },
};

describe('commands → jambonz verbs', () => {
  it('makes hooks absolute under PUBLIC_URL and plays audio prompts from the audio base', () => {
    const result = verbs([
      { type: 'say', nodeId: 'm', text: 'Menu', audio: 'audio/menu.wav', locale: 'de-DE', bargeIn: true },
      { type: 'gather', nodeId: 'm', modes: ['dtmf'], timeout: 5, maxDigits: 1, hints: [], choices: [] },
    ]);
    expect(result).toHaveLength(1);
    const gather = result[0];
    expect(gather).toMatchObject({ play: { url: 'https://ivr.example.org/audio/menu.wav' }, actionHook: 'https://ivr.example.org/jambonz/hook/c1/gather/4' });
    expect(gather).not.toHaveProperty('recognizer');
    expect(addresses.recorder).toBe('wss://ivr.example.org/jambonz/recorder');
  });

  it('speaks with the configured voice and keeps prompts without barge-in out of the gather', () => {
    const result = verbs([
      { type: 'say', nodeId: 'a', text: 'Bitte Nummer eingeben', locale: 'de-DE', bargeIn: false },
      { type: 'gather', nodeId: 'a', modes: ['dtmf', 'speech'], timeout: 8, maxDigits: 10, finishOnKey: '#', hints: [], choices: [] },
    ]);
    expect(result[0]).toEqual({ verb: 'say', text: 'Bitte Nummer eingeben', synthesizer: { vendor: 'default', language: 'de-DE', voice: 'de-DE-KatjaNeural' } });
    expect(result[1]).toMatchObject({ maxDigits: 10, finishOnKey: '#', recognizer: { language: 'de-DE' } });
    expect(result[1]).not.toHaveProperty('listenDuringPrompt');
  });

  it('dials agents as registered users and adds the scheme to bare SIP addresses', () => {
    const dial = (targetType: 'agent' | 'sip', target: string) =>
      verbs([{ type: 'transfer', nodeId: 't', targetType, target, callerId: '', timeout: 20 }])[0];
    expect(dial('agent', 'anna')).toMatchObject({ target: [{ type: 'user', name: 'anna' }] });
    expect(dial('agent', 'anna')).not.toHaveProperty('callerId');
    expect(dial('sip', 'desk@pbx.example')).toMatchObject({ target: [{ type: 'sip', sipUri: 'sip:desk@pbx.example' }] });
  });

  it('sends SMS from our number, keeps chat messages in the trace only, and gives the hangup reason', () => {
    const result = verbs([
      { type: 'message', nodeId: 'm', text: 'Bestätigt', to: '+4917', channel: 'sms' },
      { type: 'message', nodeId: 'c', text: 'hi', to: 'web', channel: 'chat' },
      { type: 'answer' },
      { type: 'hangup', reason: 'completed' },
    ]);
    expect(result).toEqual([
      { verb: 'message', to: '+4917', from: '+4930999', text: 'Bestätigt' },
      { verb: 'hangup', headers: { 'X-Reason': 'completed' } },
    ]);
  });
});

describe('enqueue waitHook', () => {
  it('leaves at once when the queue was full on joining, but not later', () => {
    expect(waitVerbs(enqueue, { queue_size: 6, queue_time: 0, queue_position: 5 }, ctx)).toEqual([{ verb: 'leave' }]);
    expect(waitVerbs(enqueue, { queue_size: 6, queue_time: 60, queue_position: 5 }, ctx)).not.toContainEqual({ verb: 'leave' });
  });

  it('announces the position and waits in silence up to maxWait without hold music', () => {
    const result = waitVerbs(enqueue, { queueSize: 1, queueTime: 270, queuePosition: 0 }, ctx);
    expectValidVerbs(result);
    expect(result).toEqual([
      { verb: 'say', text: 'Position 1, 2 min', synthesizer: { vendor: 'default', language: 'en-US' } },
      { verb: 'pause', length: 30 },
    ]);
  });
});

describe('jambonz results → events', () => {
  it.each([
    [{ dial_call_status: 'completed' }, 'answered'],
    [{ dial_call_status: 'busy' }, 'busy'],
    [{ dial_call_status: 'failed', dial_sip_status: 486 }, 'busy'],
    [{ dial_call_status: 'no-answer' }, 'noAnswer'],
    [{ dial_call_status: 'failed', dial_sip_status: 480 }, 'noAnswer'],
    [{ dial_call_status: 'failed', dial_sip_status: 503 }, 'failed'],
    [{}, 'failed'],
  ])('dial %j → %s', (payload, result) => {
    expect(dialEvent(payload)).toEqual({ type: 'transferResult', result });
  });

  it.each([
    [{ queue_result: 'bridged' }, { type: 'queueResult', result: 'answered' }],
    [{ queueResult: 'leave', queueTime: 2 }, { type: 'queueResult', result: 'full' }],
    [{ queue_result: 'leave', queue_time: 300 }, { type: 'queueResult', result: 'timeout' }],
    [{ queue_result: 'error', queue_time: 5 }, { type: 'queueResult', result: 'timeout' }],
    [{ queue_result: 'hangup' }, { type: 'hangup' }],
  ])('queue %j → %j', (payload, event) => {
    expect(queueEvent(payload, 300)).toEqual(event);
  });

  it('keeps only keypad characters and reads per-channel speech results', () => {
    expect(gatherEvent({ reason: 'dtmfDetected', digits: 'A1B2#' })).toEqual({ type: 'digits', digits: '12#' });
    expect(gatherEvent({ reason: 'dtmfDetected', digits: 'AB' })).toEqual({ type: 'noInput' });
    expect(gatherEvent({ reason: 'speechDetected', speech: { transcripts: [{ alternatives: [{ transcript: 'billing', confidence: 0.8 }] }] } })).toEqual({
      type: 'speech',
      text: 'billing',
      confidence: 0.8,
    });
    expect(gatherEvent({ reason: 'stt-error' })).toEqual({ type: 'noInput' });
  });
});
