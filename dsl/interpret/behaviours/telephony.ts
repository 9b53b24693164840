import { renderTemplate } from '../../expr';
import { scheduleStatus } from '../schedule';
import { pickPrompt, scopeOf } from '../scope';
import { behaviour, update } from './kit';

/** Queue announcements are rendered by whoever knows the position: the runtime's ACD. */
const keepQueuePlaceholders = (source: string) => /^queue\./.test(source);

export function telephonyActions(now: () => Date) {
  return {
    transfer: behaviour((context, _event, params, out) => {
      const callerId = params.callerId === 'caller' ? context.caller.number : params.callerId === 'scenario' ? context.called.number : params.callerId;
      out.command({
        type: 'transfer',
        nodeId: params.nodeId,
        targetType: params.target.type,
        target: renderTemplate(params.target.value, scopeOf(context)),
        callerId,
        timeout: params.timeout,
        ...(params.whisper ? { whisper: pickPrompt(params.whisper, context) } : {}),
      });
    }),
    enqueue: behaviour((context, _event, params, out) => {
      const scope = scopeOf(context);
      const positionPrompt = params.positionPrompt
        ? pickPrompt(params.positionPrompt, context, (t) => renderTemplate(t, scope, { keep: keepQueuePlaceholders }))
        : undefined;
      out.command({
        type: 'enqueue',
        nodeId: params.nodeId,
        queue: params.queue,
        priority: params.priority,
        skills: params.skills,
        holdMusic: params.holdMusic,
        announceEvery: params.announceEvery,
        maxWait: params.maxWait,
        maxSize: params.maxSize,
        ...(positionPrompt ? { positionPrompt } : {}),
        ...(params.whisper ? { whisper: pickPrompt(params.whisper, context) } : {}),
      });
    }),
    startRecording: behaviour((_context, _event, params, out) => out.command({ type: 'startRecording', nodeId: params.nodeId })),
    stopRecording: behaviour((_context, _event, params, out) => out.command({ type: 'stopRecording', nodeId: params.nodeId })),
    recordMessage: behaviour((context, _event, params, out) => {
      const render = (t: string) => renderTemplate(t, scopeOf(context));
      const notify = params.notify as { email?: string; sms?: string } | undefined;
      out.command({
        type: 'recordMessage',
        nodeId: params.nodeId,
        mailbox: render(params.mailbox),
        maxLength: params.maxLength,
        beep: params.beep,
        transcribe: params.transcribe,
        ...(notify
          ? { notify: { ...(notify.email ? { email: render(notify.email) } : {}), ...(notify.sms ? { sms: render(notify.sms) } : {}) } }
          : {}),
      });
    }),
    storeRecording: update((_context, event) => ({
      recording: {
        ...(typeof event.url === 'string' ? { url: event.url } : {}),
        ...(typeof event.duration === 'number' ? { duration: event.duration } : {}),
        ...(typeof event.transcript === 'string' ? { transcript: event.transcript } : {}),
      },
    })),
    checkSchedule: update((_context, _event, params) => ({ outcome: scheduleStatus(params, now()) })),
  };
}
