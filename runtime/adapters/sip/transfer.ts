import type { Command } from '../../../dsl/session/commands';
import type { Dialog, ReferOutcome } from './signalling';

type Transfer = Extract<Command, { type: 'transfer' }>;

/** "sip:alice@10.0.0.7:5062;transport=udp" → "10.0.0.7:5062": where the caller's own phone system is. */
export function hostOf(uri: string): string | undefined {
  const match = /^sips?:(?:[^@]*@)?([^;?>]+)/i.exec(uri.trim());
  return match?.[1] || undefined;
}

/**
 * The Refer-To of a transfer: a SIP URI as it is, a number (or agent's number) at
 * SIP_TRANSFER_DOMAIN, else at the caller's own host — the system that sent us the call is
 * the one that can dial the number. Undefined when there is no host to send it to.
 */
export function referTarget(target: string, domain: string | undefined, callerUri: string): string | undefined {
  const value = target.trim();
  if (/^sips?:/i.test(value)) return value;
  const host = domain ?? hostOf(callerUri);
  if (!host || !/^[+0-9A-Za-z*#._-]+$/.test(value)) return undefined;
  return `sip:${value}@${host}`;
}

/** Ring time plus slack for the far end to report: after this a REFER with no final NOTIFY is 'failed'. */
export function referTimeoutMs(command: Pick<Transfer, 'timeout'>): number {
  return (Math.max(1, command.timeout) + 15) * 1000;
}

/** A blind transfer: the caller's phone dials the target; its NOTIFYs tell how that went. */
export async function blindTransfer(dialog: Dialog, uri: string, timeoutMs: number): Promise<ReferOutcome> {
  if (dialog.ended) return 'failed';
  return dialog.refer(uri, { timeoutMs });
}
