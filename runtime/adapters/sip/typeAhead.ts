/**
 * Keys pressed before the gather of a reply: they stop a barge-in prompt and become the
 * gather's first keys (type-ahead). Keys during a prompt without barge-in are dropped, as on
 * other platforms; keys between prompts (one still being rendered, say) count.
 */
export class TypeAhead {
  private readonly keys: string[] = [];
  private current: { bargeIn: boolean; interrupt: AbortController } | undefined;

  get pressed(): boolean {
    return this.keys.length > 0;
  }

  press(key: string): void {
    if (this.current && !this.current.bargeIn) return;
    this.keys.push(key);
    this.current?.interrupt.abort();
  }

  /** Marks the prompt now playing (undefined: none); its signal aborts on a barge-in key. */
  prompt(bargeIn: boolean | undefined): AbortController {
    const interrupt = new AbortController();
    this.current = bargeIn === undefined ? undefined : { bargeIn, interrupt };
    return interrupt;
  }

  take(): string[] {
    return this.keys.splice(0);
  }
}
