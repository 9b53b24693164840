import type { Reply, SessionEngine } from '../../sessions/engine';

/** How long a finished resume waits for a later redirect before it is dropped. */
const KEEP_UNCLAIMED_MS = 120_000;

/**
 * Collects the rest of a step that outlived the webhook deadline. jambonz follows our
 * `redirect` at once, while the slow request may still run: the resume then waits at most the
 * deadline, and if it is not done the caller gets another redirect and the next request
 * picks up the same pending resume (nothing is fetched twice, nothing lost).
 */
export class Resumer {
  private readonly running = new Map<string, Promise<Reply>>();

  constructor(
    private readonly engine: SessionEngine,
    private readonly deadlineMs: number,
  ) {}

  /** The rest of the step, or undefined when it still runs after the deadline. */
  async next(sessionId: string): Promise<Reply | undefined> {
    let pending = this.running.get(sessionId);
    if (!pending) {
      pending = this.collect(sessionId);
      this.running.set(sessionId, pending);
      const forget = () => {
        setTimeout(() => {
          if (this.running.get(sessionId) === pending) this.running.delete(sessionId);
        }, KEEP_UNCLAIMED_MS).unref();
      };
      pending.then(forget, forget);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), this.deadlineMs)));
    try {
      const reply = await Promise.race([pending, late]);
      if (reply !== undefined && this.running.get(sessionId) === pending) this.running.delete(sessionId);
      return reply;
    } catch (error) {
      if (this.running.get(sessionId) === pending) this.running.delete(sessionId);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * A resume that arrives while the step still runs is served right after the step, before the
   * engine has set the undelivered commands aside; asking once more then finds them.
   */
  private async collect(sessionId: string): Promise<Reply> {
    const first = await this.engine.resume(sessionId);
    if (first.commands.length > 0 || first.ended || first.waitingFor === 'effect') return first;
    const second = await this.engine.resume(sessionId);
    return second.commands.length > 0 ? second : first;
  }
}
