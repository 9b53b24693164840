import type { LocalizedText, Prompt } from '../../dsl/schema/common';

export function truncate(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The prompt as the default-locale caller hears it; an audio file shows its fallback text or name. */
export function promptText(prompt: Prompt | LocalizedText | undefined, locale?: string): string | undefined {
  if (!prompt) return undefined;
  const entry = (locale && Object.hasOwn(prompt, locale) ? prompt[locale] : undefined) ?? Object.values(prompt)[0];
  if (entry === undefined) return undefined;
  if (typeof entry === 'string') return truncate(entry);
  return truncate(entry.text ?? `♪ ${entry.audio}`);
}
