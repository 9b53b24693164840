import type { Command } from '../../../dsl/session/commands';
import type { CallerEvent } from '../../../dsl/session/events';
import type { Deps } from '../../app';
import { acdFor } from '../../acd/registry';
import type { SpeechRecognizer } from '../../speech';
import { gather } from './gather';
import type { Line } from './line';
import type { Prompts } from './prompts';
import { waitInQueue } from './queue';
import { recordMessage, type RecordingStore } from './record';
import type { SipSettings } from './settings';
import type { Dialog } from './signalling';
import { blindTransfer, referTarget, referTimeoutMs } from './transfer';
import { TypeAhead } from './typeAhead';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** What a call's commands need from the feature: one set per endpoint, shared by its calls. */
export interface CallServices {
  deps: Deps;
  settings: SipSettings;
  prompts: Prompts;
  recognizer: SpeechRecognizer;
  recordings: RecordingStore;
}

export interface Performed {
  /** The answer to the command the session now waits for (gather, transfer, enqueue, recordMessage). */
  event?: CallerEvent;
  hangup?: boolean;
}

/**
 * Carries out one reply's commands in order on a live call. Prompts are rendered all at once up
 * front, so consecutive prompts follow each other without a gap. A failing command is logged
 * and answered as the nearest outcome (noInput, failed, timeout) — never thrown.
 */
export class CommandRunner {
  /** The conversation's language: set by setLocale and by each prompt; speech is recognised in it. */
  locale = 'en-US';
  private recordingCall = false;

  constructor(
    private readonly line: Line,
    private readonly dialog: Dialog,
    private readonly sessionId: string,
    private readonly callerUri: string,
    private readonly services: CallServices,
  ) {}

  async perform(commands: Command[]): Promise<Performed> {
    const audio = new Map(
      commands.flatMap((c) => {
        if (c.type !== 'say') return [];
        const rendering = this.services.prompts.speech(c, this.line.name);
        // A prompt never played (the caller hung up first) must not leave an unhandled rejection behind.
        rendering.catch(() => undefined);
        return [[c, rendering] as const];
      }),
    );
    const keys = new TypeAhead();
    const stopKeys = this.line.onKey((key) => keys.press(key));
    try {
      for (const command of commands) {
        if (this.line.ended) return {};
        const done = await this.performOne(command, audio, keys, stopKeys);
        if (done) return done;
      }
      return {};
    } finally {
      stopKeys();
    }
  }

  private async performOne(command: Command, audio: Map<Command, Promise<Int16Array>>, keys: TypeAhead, stopKeys: () => void): Promise<Performed | undefined> {
    try {
      switch (command.type) {
        case 'say':
          this.locale = command.locale;
          await this.say(command, audio.get(command)!, keys);
          return undefined;
        case 'setLocale':
          this.locale = command.locale;
          return undefined;
        case 'gather':
          stopKeys(); // the gather listens itself, starting with the keys typed ahead
          return { event: await gather(this.line, command, { typeAhead: keys.take(), locale: this.locale, recognizer: this.services.recognizer }) };
        case 'transfer':
          return { event: { type: 'transferResult', result: await this.transfer(command) } };
        case 'enqueue':
          return await this.enqueue(command);
        case 'recordMessage':
          return await this.recordMessage(command);
        case 'startRecording':
          this.line.media.startRecording();
          this.recordingCall = true;
          return undefined;
        case 'stopRecording':
          await this.saveCallRecording();
          return undefined;
        case 'message':
          // No SMS gateway behind a bare SIP endpoint: the message stays in the session's trace.
          this.line.log('info', `${command.channel} message to ${command.to} not sent (kept in the trace only)`);
          return undefined;
        case 'hangup':
          return { hangup: true };
        case 'answer':
        case 'tag':
          return undefined;
      }
    } catch (error) {
      this.line.log('error', `${command.type} failed: ${(error as Error).message}`);
      const fallback = fallbackEvent(command);
      return fallback ? { event: fallback } : undefined;
    }
  }

  /** The whole-call recording of a call that ends while it runs. */
  async finish(): Promise<void> {
    if (this.recordingCall) await this.saveCallRecording().catch((error: Error) => this.line.log('error', `call recording not saved: ${error.message}`));
  }

  private async say(command: Of<'say'>, pcm: Promise<Int16Array>, keys: TypeAhead): Promise<void> {
    // The caller has already answered: barge-in prompts before the question are skipped.
    if (command.bargeIn && keys.pressed) return;
    const playing = keys.prompt(command.bargeIn);
    try {
      await this.line.play(await pcm, playing.signal);
    } finally {
      keys.prompt(undefined);
    }
  }

  private async transfer(command: Of<'transfer'>): Promise<'answered' | 'busy' | 'noAnswer' | 'failed'> {
    let target = command.target;
    if (command.targetType === 'agent') {
      const agent = await acdFor(this.services.deps).agents.get(command.target).catch(() => undefined);
      if (!agent) {
        this.line.log('warn', `transfer to unknown agent ${JSON.stringify(command.target)}: failed`);
        return 'failed';
      }
      target = agent.target.value;
    }
    if (command.whisper) this.line.log('info', 'whisper skipped: a blind REFER hands the call over without us on the line');
    return this.refer(target, referTimeoutMs(command));
  }

  private async refer(target: string, timeoutMs: number): Promise<'answered' | 'busy' | 'noAnswer' | 'failed'> {
    const uri = referTarget(target, this.services.settings.SIP_TRANSFER_DOMAIN, this.callerUri);
    if (!uri) {
      this.line.log('warn', `no SIP URI for transfer target ${JSON.stringify(target)}: failed`);
      return 'failed';
    }
    const outcome = await blindTransfer(this.dialog, uri, timeoutMs);
    this.line.log('info', `REFER to ${uri}: ${outcome}`);
    return outcome;
  }

  private async enqueue(command: Of<'enqueue'>): Promise<Performed> {
    const acd = acdFor(this.services.deps);
    const outcome = await waitInQueue(this.line, command, this.sessionId, acd, this.services.prompts);
    if (!outcome) return {};
    if (outcome.outcome !== 'assigned') return { event: { type: 'queueResult', result: outcome.outcome } };
    // The agent could not be reached: the node's timeout port (its fallback) takes over, and the
    // ACD frees the agent because the session moved on without "answered".
    const result = await this.refer(outcome.assignment.target.value, referTimeoutMs({ timeout: 30 }));
    return { event: { type: 'queueResult', result: result === 'answered' ? 'answered' : 'timeout' } };
  }

  private async recordMessage(command: Of<'recordMessage'>): Promise<Performed> {
    const pcm = await recordMessage(this.line, command);
    if (this.line.ended && pcm.length === 0) return {};
    const saved = await this.services.recordings.save(this.sessionId, pcm);
    this.line.log('info', `message for ${command.mailbox}: ${saved.file} (${saved.duration} s)`);
    return { event: { type: 'recordingDone', url: saved.url, duration: saved.duration } };
  }

  private async saveCallRecording(): Promise<void> {
    if (!this.recordingCall) return;
    this.recordingCall = false;
    const saved = await this.services.recordings.save(this.sessionId, this.line.media.stopRecording());
    this.line.log('info', `call recording ${saved.file} (${saved.duration} s)`);
  }
}

/** What the session hears when a command it waits on failed in the adapter. */
function fallbackEvent(command: Command): CallerEvent | undefined {
  switch (command.type) {
    case 'gather':
      return { type: 'noInput' };
    case 'transfer':
      return { type: 'transferResult', result: 'failed' };
    case 'enqueue':
      return { type: 'queueResult', result: 'timeout' };
    case 'recordMessage':
      return { type: 'recordingDone' };
    default:
      return undefined;
  }
}
