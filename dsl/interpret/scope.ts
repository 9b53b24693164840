import { renderTemplate, type Scope } from '../expr';
import type { SessionContext } from '../session/context';

/** What expressions and templates may read, built from the session's data. */
export function scopeOf(context: SessionContext, extra: Partial<Scope> = {}): Scope {
  return {
    vars: context.vars,
    caller: context.caller,
    called: context.called,
    session: { ...context.session, locale: context.locale },
    ...(context.input ? { input: context.input } : {}),
    ...(context.response ? { response: context.response } : {}),
    tags: context.tags,
    ...extra,
  };
}

export interface Spoken {
  text: string;
  audio?: string;
  locale: string;
}

type PromptValue = string | { audio: string; text?: string };

/**
 * The prompt in the conversation's locale, else in the scenario's default locale, else any:
 * a missing translation is reported by validation but must not silence a live call.
 */
export function pickPrompt(
  prompt: Record<string, PromptValue>,
  context: SessionContext,
  render: (template: string) => string = (t) => renderTemplate(t, scopeOf(context)),
): Spoken {
  const locale = [context.locale, ...context.locales].find((l) => prompt[l] !== undefined) ?? Object.keys(prompt)[0] ?? context.locale;
  const value = prompt[locale];
  if (value === undefined) return { text: '', locale };
  if (typeof value === 'string') return { text: render(value), locale };
  return { text: render(value.text ?? ''), audio: value.audio, locale };
}

export function pickText(texts: Record<string, string> | undefined, context: SessionContext): string | undefined {
  return texts ? pickPrompt(texts, context).text : undefined;
}
