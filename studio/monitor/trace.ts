import type { TraceEntry } from './api';

/** One readable trace line; `nodeId` when the line belongs to a node the canvas can show. */
export interface TraceLine {
  kind: TraceEntry['kind'];
  text: string;
  nodeId?: string;
}

const str = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const quote = (value: unknown) => `“${str(value)}”`;

function describeEvent(d: Record<string, unknown>): string {
  switch (d.type) {
    case 'start':
      return `start ${str(d.trigger)} (${str(d.channel)}) from ${str((d.caller as { number?: string } | undefined)?.number ?? '')}`;
    case 'digits':
      return `digits ${str(d.digits)}`;
    case 'speech':
    case 'text':
      return `${d.type} ${quote(d.text)}`;
    case 'transferResult':
    case 'queueResult':
      return `${d.type} ${str(d.result)}`;
    default:
      return str(d.type);
  }
}

function describeCommand(d: Record<string, unknown>): string {
  switch (d.type) {
    case 'say':
    case 'message':
      return `${d.type} ${quote(d.text)}`;
    case 'gather':
      return `gather ${((d.modes as string[] | undefined) ?? []).join('+')}`;
    case 'transfer':
      return `transfer ${str(d.target)}`;
    case 'enqueue':
      return `enqueue ${str(d.queue)}`;
    case 'setLocale':
      return `setLocale ${str(d.locale)}`;
    case 'hangup':
      return `hangup ${str(d.reason)}`;
    default:
      return str(d.type);
  }
}

/** A stored trace entry as one line, in the same shorthand as the dsl's transcripts (> < @ ~ =). */
export function traceLine(entry: TraceEntry): TraceLine {
  const d = entry.data;
  switch (entry.kind) {
    case 'event':
      return { kind: 'event', text: `> ${describeEvent(d)}` };
    case 'visit':
      return { kind: 'visit', text: `@ ${str(d.nodeId)} (${str(d.kind)})`, nodeId: str(d.nodeId).split('~')[0] };
    case 'command':
      return { kind: 'command', text: `< ${describeCommand(d)}`, ...(typeof d.nodeId === 'string' ? { nodeId: d.nodeId.split('~')[0] } : {}) };
    case 'effect':
      return { kind: 'effect', text: `~ ${str(d.result)}: ${str(d.note)}` };
    case 'vars':
      return { kind: 'vars', text: `= ${Object.entries(d).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}` };
    case 'error':
      return { kind: 'error', text: `! ${str(d.message ?? d)}` };
  }
}
