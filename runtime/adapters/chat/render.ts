import type { Command } from '../../../dsl/session/commands';
import type { ServerFrame } from './protocol';
import { choiceLabel, handoffNotice, lastGather, messageForVisitor } from './text';

type Gather = Extract<Command, { type: 'gather' }>;

/** What a step of the session left behind, as far as the chat cares. */
export interface StepOutcome {
  commands: Command[];
  ended: boolean;
  endReason: string | null;
  waitingFor: string | null;
}

/** What the conversation waits for after a step: the visitor's input (with its gather) or nothing the visitor can give. */
export type Waiting = { kind: 'input'; gather: Gather; seconds: number } | { kind: 'recording'; seconds: number } | null;

export interface RenderContext {
  /** Locale of the last prompt; message nodes carry none of their own. */
  locale: string;
  /** The visitor's caller number, to tell their messages from messages to others. */
  visitor: string;
  /** Seconds of silence before a noInput, from the gather's timeout. */
  idleSeconds: (timeout: number) => number;
}

/** Turns the commands of one step into chat frames; voice-only commands (answer, recording, tags) have no frame. */
export function renderStep(step: StepOutcome, context: RenderContext): { frames: ServerFrame[]; waiting: Waiting; locale: string } {
  const frames: ServerFrame[] = [];
  let locale = context.locale;
  for (const command of step.commands) {
    switch (command.type) {
      case 'say':
        locale = command.locale;
        if (command.text.trim()) frames.push({ type: 'message', text: command.text, locale });
        break;
      case 'message':
        if (messageForVisitor(command, 'chat', context.visitor) && command.text.trim()) frames.push({ type: 'message', text: command.text, locale });
        break;
      case 'setLocale':
        locale = command.locale;
        break;
      case 'gather':
        if (command.choices.length > 0) {
          frames.push({ type: 'choices', choices: command.choices.map((c) => ({ value: c.value, label: choiceLabel(c) })) });
        }
        break;
      case 'enqueue':
        frames.push({ type: 'handoff', queue: command.queue, text: handoffNotice('queue', locale) });
        break;
      case 'transfer':
        frames.push({ type: 'handoff', target: command.target, text: handoffNotice('transfer', locale) });
        break;
      default:
        break;
    }
  }
  let waiting: Waiting = null;
  const gather = lastGather(step.commands);
  if (!step.ended && step.waitingFor === 'input' && gather) {
    waiting = { kind: 'input', gather, seconds: context.idleSeconds(gather.timeout) };
    frames.push({ type: 'input', expect: gather.expect ?? (gather.choices.length > 0 ? 'choice' : 'text'), timeoutSeconds: waiting.seconds });
  } else if (!step.ended && step.waitingFor === 'recording') {
    // A voicemail in a text channel: the next thing the visitor writes is the message.
    waiting = { kind: 'recording', seconds: context.idleSeconds(0) };
    frames.push({ type: 'input', expect: 'recording', timeoutSeconds: waiting.seconds });
  }
  if (step.ended) frames.push({ type: 'ended', reason: step.endReason ?? 'ended' });
  return { frames, waiting, locale };
}
