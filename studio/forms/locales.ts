export interface LocaleRow {
  locale: string;
  value: unknown;
  /** Declared by the scenario but empty or absent here: a translation is missing. */
  missing: boolean;
  /** Present here but not among the scenario's locales (left over after a locale was removed). */
  undeclared: boolean;
}

/** One row per declared locale, in the scenario's order, then any value kept for a locale no longer declared. */
export function localeRows(value: unknown, locales: readonly string[]): LocaleRow[] {
  const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const declared = locales.map((locale) => {
    const v = Object.hasOwn(record, locale) ? record[locale] : undefined;
    return { locale, value: v, missing: isEmpty(v), undeclared: false };
  });
  const extra = Object.keys(record)
    .filter((locale) => !locales.includes(locale))
    .map((locale) => ({ locale, value: record[locale], missing: false, undeclared: true }));
  return [...declared, ...extra];
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const audio = (value as { audio?: unknown }).audio;
    return typeof audio !== 'string' || audio.trim() === '';
  }
  return false;
}
