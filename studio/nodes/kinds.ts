import type { NodeKind } from '../../dsl/nodes';

/**
 * How each kind looks on the canvas. Colours group kinds by what they do: talking (blue),
 * deciding (amber), data (violet), leaving to people (green), ending (grey/red).
 * Icons are plain Unicode shapes present in the DejaVu fonts, so nothing is fetched.
 */
export const KIND_LOOK: Record<NodeKind, { color: string; icon: string }> = {
  start: { color: '#16a34a', icon: '▶' },
  say: { color: '#2563eb', icon: '❝' },
  menu: { color: '#2563eb', icon: '☰' },
  ask: { color: '#2563eb', icon: '?' },
  branch: { color: '#d97706', icon: '◆' },
  set: { color: '#7c3aed', icon: '≔' },
  http: { color: '#7c3aed', icon: '⇄' },
  schedule: { color: '#d97706', icon: '◷' },
  callerList: { color: '#d97706', icon: '☷' },
  language: { color: '#0891b2', icon: '⚑' },
  transfer: { color: '#059669', icon: '☎' },
  queue: { color: '#059669', icon: '⋯' },
  voicemail: { color: '#0891b2', icon: '✉' },
  record: { color: '#dc2626', icon: '●' },
  bot: { color: '#db2777', icon: '☺' },
  message: { color: '#0891b2', icon: '✎' },
  tag: { color: '#64748b', icon: '#' },
  subflow: { color: '#7c3aed', icon: '▣' },
  hangup: { color: '#475569', icon: '✕' },
  return: { color: '#475569', icon: '↩' },
};
