import { describe, expect, it } from 'vitest';
import type { Command } from '../../../dsl/session/commands';
import { QueueWaits } from './queueWait';
import type { RenderContext } from './render';
import { parseForm } from './signature';
import { parseXml, textOf, elements } from './testing/xml';
import { twimlDocument } from './twiml';
import { callUrls } from './urls';
import { voiceTable } from './voices';

const ctx: RenderContext = { urls: callUrls('https://ivr.example.com', 'CA1', 2), locale: 'de-DE', voiceFor: voiceTable(undefined) };
const queue: Extract<Command, { type: 'enqueue' }> = {
  type: 'enqueue', nodeId: 'q', queue: 'service', priority: 10, skills: [], holdMusic: 'audio/wait.wav', announceEvery: 45, maxWait: 300, maxSize: 5,
  positionPrompt: { text: 'Sie sind an Position {{queue.position}}, etwa {{queue.waitMinutes}} Minuten.', locale: 'de-DE' },
};
const round = (waits: QueueWaits, params: string, q = queue) => {
  const doc = parseXml(twimlDocument(waits.verbs('CA1', q, parseForm(params), ctx)));
  return elements(doc).map((e) => `${e.name} ${textOf(e) || JSON.stringify(e.attrs)}`);
};

describe('the wait URL of a queue', () => {
  it('announces the position, then plays the hold music; again once announceEvery has passed', () => {
    const waits = new QueueWaits();
    expect(round(waits, 'QueuePosition=2&AvgQueueTime=150&QueueTime=0&CurrentQueueSize=2')).toEqual([
      'Say Sie sind an Position 2, etwa 3 Minuten.', 'Play https://ivr.example.com/audio/wait.wav',
    ]);
    expect(round(waits, 'QueuePosition=1&AvgQueueTime=150&QueueTime=30&CurrentQueueSize=2')).toEqual(['Play https://ivr.example.com/audio/wait.wav']);
    expect(round(waits, 'QueuePosition=1&AvgQueueTime=150&QueueTime=50&CurrentQueueSize=2')[0]).toBe('Say Sie sind an Position 1, etwa 3 Minuten.');
  });

  it('pauses for announceEvery between announcements when there is no music', () => {
    expect(round(new QueueWaits(), 'QueuePosition=4&QueueTime=10', { ...queue, holdMusic: undefined })).toEqual([
      'Say Sie sind an Position 4, etwa 1 Minuten.', 'Pause {"length":"45"}',
    ]);
  });

  it('lets the caller leave after maxWait, and when the queue is over its size — remembered as full once', () => {
    const waits = new QueueWaits();
    expect(round(waits, 'QueuePosition=3&QueueTime=300&CurrentQueueSize=3')).toEqual(['Leave {}']);
    expect(waits.left('CA1')).toBe(false);
    expect(round(waits, 'QueuePosition=6&QueueTime=0&CurrentQueueSize=6')).toEqual(['Leave {}']);
    expect(waits.left('CA1')).toBe(true);
    expect(waits.left('CA1')).toBe(false);
  });
});
