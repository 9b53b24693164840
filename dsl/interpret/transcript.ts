import type { Command } from '../session/commands';
import type { CallerEvent, StartEvent } from '../session/events';
import type { Happening } from './session';

const quote = (text: string) => JSON.stringify(text);

function describeEvent(event: StartEvent | CallerEvent): string {
  switch (event.type) {
    case 'start':
      return `start ${event.trigger} from ${event.caller.number || 'unknown'} to ${event.called.number || 'unknown'} (${event.channel})`;
    case 'digits':
      return `digits ${event.digits}`;
    case 'speech':
    case 'text':
      return `${event.type} ${quote(event.text)}`;
    case 'transferResult':
    case 'queueResult':
      return `${event.type} ${event.result}`;
    case 'recordingDone':
      return `recordingDone${event.transcript ? ` ${quote(event.transcript)}` : ''}`;
    default:
      return event.type;
  }
}

function describeCommand(c: Command): string {
  switch (c.type) {
    case 'say':
      return `say ${c.audio ? `audio ${c.audio} ` : ''}${quote(c.text)} [${c.locale}]`;
    case 'gather': {
      const choices = c.choices.map((o) => `${o.dtmf ? `${o.dtmf}=` : ''}${o.value}`).join(' ');
      return `gather ${c.modes.join('+')} ${c.timeout}s${c.expect ? ` expect ${c.expect}` : ''}${choices ? ` choices ${choices}` : ''}`;
    }
    case 'setLocale':
      return `setLocale ${c.locale}`;
    case 'transfer':
      return `transfer ${c.targetType} ${c.target} callerId ${c.callerId || 'unknown'}${c.whisper ? ` whisper ${quote(c.whisper.text)}` : ''}`;
    case 'enqueue':
      return `enqueue ${c.queue} priority ${c.priority}${c.skills.length ? ` skills ${c.skills.join(',')}` : ''} maxWait ${c.maxWait}s`;
    case 'recordMessage':
      return `recordMessage mailbox ${c.mailbox} max ${c.maxLength}s${c.transcribe ? ' transcribe' : ''}`;
    case 'message':
      return `message ${c.channel} to ${c.to || 'caller'} ${quote(c.text)}`;
    case 'tag':
      return `tag${c.status ? ` status ${c.status}` : ''}${c.tags.length ? ` ${c.tags.join(',')}` : ''}`;
    case 'hangup':
      return `hangup ${c.reason}`;
    default:
      return c.type;
  }
}

/**
 * One line per happening: `>` what the caller/channel did, `@` a node entered, `<` a command
 * to the channel, `~` an effect's result. Deterministic, so transcripts can be asserted.
 */
export function transcriptLines(happenings: Happening[]): string[] {
  return happenings.map((h) => {
    switch (h.kind) {
      case 'event':
        return `> ${describeEvent(h.event)}`;
      case 'visit':
        return `@ ${h.nodeId} (${h.nodeKind})`;
      case 'command':
        return `< ${describeCommand(h.command)}`;
      case 'effect':
        return `~ ${h.result.result}: ${h.result.note}`;
    }
  });
}
