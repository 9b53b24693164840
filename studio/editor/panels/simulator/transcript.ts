import type { Happening } from '../../../../dsl/interpret';

/** One transcript line, as i18n key and values, so the panel shows it in the UI's language. */
export interface Entry {
  who: 'bot' | 'caller' | 'system';
  key: string;
  values: Record<string, string>;
  nodeId?: string;
  /** A robot's understanding is set apart from the other system lines. */
  tone?: 'understood' | 'notUnderstood';
}

const percent = (confidence: number | undefined) => String(Math.round((confidence ?? 0) * 100));

/**
 * Turns a step's happenings into what a person trying the flow wants to read: what was said,
 * what the caller did, and what the channel was told to do. Node visits are shown on the canvas
 * instead, so they are left out here.
 */
export function entriesOf(happenings: Happening[]): Entry[] {
  const entries: Entry[] = [];
  for (const h of happenings) {
    if (h.kind === 'event') {
      const e = h.event;
      if (e.type === 'start') entries.push({ who: 'system', key: 'tx.start', values: { channel: e.channel, caller: e.caller.number } });
      else if (e.type === 'digits') entries.push({ who: 'caller', key: 'tx.digits', values: { digits: e.digits } });
      else if (e.type === 'speech' || e.type === 'text') entries.push({ who: 'caller', key: `tx.${e.type}`, values: { text: e.text } });
      else if (e.type === 'transferResult' || e.type === 'queueResult') entries.push({ who: 'system', key: `tx.${e.type}`, values: { result: e.result } });
      else entries.push({ who: 'caller', key: `tx.${e.type}`, values: {} });
    } else if (h.kind === 'command') {
      const c = h.command;
      switch (c.type) {
        case 'say':
          entries.push({ who: 'bot', key: 'tx.say', values: { text: c.text, locale: c.locale }, nodeId: c.nodeId });
          break;
        case 'message':
          entries.push({ who: 'bot', key: 'tx.message', values: { text: c.text, channel: c.channel, to: c.to || '' }, nodeId: c.nodeId });
          break;
        case 'transfer':
          entries.push({ who: 'system', key: 'tx.transfer', values: { target: c.target }, nodeId: c.nodeId });
          break;
        case 'enqueue':
          entries.push({ who: 'system', key: 'tx.enqueue', values: { queue: c.queue }, nodeId: c.nodeId });
          break;
        case 'recordMessage':
          entries.push({ who: 'system', key: 'tx.record', values: { mailbox: c.mailbox }, nodeId: c.nodeId });
          break;
        case 'startRecording':
        case 'stopRecording':
          entries.push({ who: 'system', key: `tx.${c.type}`, values: {}, nodeId: c.nodeId });
          break;
        case 'setLocale':
          entries.push({ who: 'system', key: 'tx.setLocale', values: { locale: c.locale } });
          break;
        case 'tag':
          entries.push({ who: 'system', key: 'tx.tag', values: { tags: [c.status, ...c.tags].filter(Boolean).join(', ') }, nodeId: c.nodeId });
          break;
        case 'hangup':
          entries.push({ who: 'system', key: 'tx.hangupCmd', values: { reason: c.reason } });
          break;
        // answer and gather are implied by what follows; the input controls show the gather.
      }
    } else if (h.kind === 'effect') {
      const r = h.result;
      // Only a bot turn that was classified carries an intent (null when not understood).
      if (r.result === 'success' && r.intent !== undefined) {
        entries.push(
          r.intent !== null
            ? { who: 'system', key: 'tx.intent', values: { intent: r.intent, percent: percent(r.confidence) }, tone: 'understood' }
            : { who: 'system', key: 'tx.notUnderstood', values: { percent: percent(r.confidence) }, tone: 'notUnderstood' },
        );
      } else entries.push({ who: 'system', key: 'tx.effect', values: { result: r.result, note: r.note } });
    }
  }
  return entries;
}
