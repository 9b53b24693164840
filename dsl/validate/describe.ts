import { isNodeKind, type NodeKind } from '../nodes';

/** How a business user calls each kind, in messages ("Menu 'Main menu': key 3 leads nowhere"). */
export const KIND_LABELS: Record<NodeKind, string> = {
  start: 'Start',
  say: 'Say',
  menu: 'Menu',
  ask: 'Ask',
  branch: 'Branch',
  set: 'Set',
  http: 'Web request',
  schedule: 'Schedule',
  callerList: 'Caller list',
  language: 'Language',
  transfer: 'Transfer',
  queue: 'Queue',
  voicemail: 'Voicemail',
  record: 'Record',
  bot: 'Bot',
  message: 'Message',
  tag: 'Tag',
  subflow: 'Subflow',
  hangup: 'Hang up',
  return: 'Return',
};

export function kindLabel(kind: unknown): string {
  return isNodeKind(kind) ? KIND_LABELS[kind] : 'Node';
}

/** `Menu 'Main menu'`: the kind's label and the node's name, or its id when it has no name. */
export function describeNode(id: string, node: unknown): string {
  const record = typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : {};
  const kind = Object.hasOwn(record, 'kind') ? record.kind : undefined;
  const rawName = Object.hasOwn(record, 'name') ? record.name : undefined;
  const name = typeof rawName === 'string' && rawName.trim() !== '' ? rawName.trim() : id;
  return `${kindLabel(kind)} '${shorten(name)}'`;
}

/** Keeps messages readable when a name or value is absurdly long. */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A field path for people: ["options", 1, "dtmf"] → "options #2 › dtmf". */
export function fieldLabel(path: readonly (string | number)[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `${index === 0 ? '' : ' '}#${part + 1}` : `${index === 0 ? '' : ' › '}${shorten(part, 40)}`))
    .join('');
}

/** "a, b and c" */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
