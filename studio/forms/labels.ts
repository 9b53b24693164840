import type { TFunction } from 'i18next';

/** "noInputPrompt" → "No input prompt": the English label is the schema's key. */
export function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field's label: translated where fieldLabels.ts has the key, else the key made readable. */
export function labelOf(key: string | number, t?: TFunction): string {
  if (typeof key === 'number') return String(key + 1);
  return t ? t(key, { ns: 'formsFields', defaultValue: humanize(key) }) : humanize(key);
}
