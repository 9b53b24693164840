import { EventEmitter } from 'node:events';
import type { Command } from '../../dsl/session/commands';

export interface MonitorEvent {
  type: 'session.started' | 'session.step' | 'session.ended';
  at: string;
  sessionId: string;
  scenarioId: string;
  revision: number;
  channel: string;
  /** The adapter that runs the session (native, twilio, jambonz, chat, sms). */
  adapter: string;
  caller: string;
  nodeId: string | null;
  visits: string[];
  status: string;
  endReason: string | null;
  /** What the step handled (absent for a resumed effect) and the commands it produced. */
  event?: { type: string; [key: string]: unknown };
  commands: Command[];
}

/** Live session events for the monitor stream; listeners that throw do not disturb calls. */
export class MonitorHub {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(event: MonitorEvent): void {
    for (const listener of this.emitter.listeners('event')) {
      try {
        (listener as (e: MonitorEvent) => void)(event);
      } catch (error) {
        console.warn(`monitor listener failed: ${(error as Error).message}`);
      }
    }
  }

  subscribe(listener: (event: MonitorEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
