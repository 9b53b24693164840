import type { Diagnostic } from '../diagnostics';
import { isObject, own, updateAt, withKey, withoutKey, type JsonObject } from './json';
import type { MigrationStep } from './steps';

/** Fields holding a prompt or a text, per node kind ("*" = every item of a list). */
const TEXT_FIELDS: Record<string, string[]> = {
  say: ['prompt'],
  menu: ['prompt', 'noInputPrompt', 'noMatchPrompt', 'options.*.label'],
  ask: ['prompt', 'invalidPrompt', 'noInputPrompt'],
  http: ['holdPrompt'],
  transfer: ['announce', 'whisper'],
  queue: ['positionPrompt', 'whisper'],
  voicemail: ['greeting'],
  record: ['consent'],
  bot: ['greeting', 'fallbackPrompt', 'intents.*.answer'],
  message: ['text'],
  hangup: ['prompt'],
};

/** Fields holding a list of phrases, which format 2 keeps per locale. */
const PHRASE_FIELDS: Record<string, string[]> = {
  menu: ['options.*.keywords'],
  bot: ['intents.*.utterances'],
};

/** Format 1 wrote one text (or one audio prompt) where format 2 has one per locale. */
function localizeText(locale: string) {
  return (value: unknown): unknown =>
    typeof value === 'string' || (isObject(value) && typeof own(value, 'audio') === 'string')
      ? Object.fromEntries([[locale, value]])
      : value;
}

function localizePhrases(locale: string) {
  return (value: unknown): unknown => (Array.isArray(value) ? Object.fromEntries([[locale, value]]) : value);
}

function fieldsOf(table: Record<string, string[]>, kind: string): string[] {
  return Object.hasOwn(table, kind) ? (table[kind] ?? []) : [];
}

function migrateNode(node: unknown, locale: string): unknown {
  if (!isObject(node)) return node;
  const kind = own(node, 'kind');
  if (typeof kind !== 'string') return node;
  let result: unknown = node;
  for (const field of fieldsOf(TEXT_FIELDS, kind)) result = updateAt(result, field.split('.'), localizeText(locale));
  for (const field of fieldsOf(PHRASE_FIELDS, kind)) result = updateAt(result, field.split('.'), localizePhrases(locale));
  return result;
}

/** Format 1 had one `language`; format 2 has `locales` and per-locale texts. See README.md. */
export const v1ToV2: MigrationStep = {
  from: 1,
  describe: 'one "language" becomes "locales"; texts and phrases become per-locale records',
  migrate(document: JsonObject) {
    const diagnostics: Diagnostic[] = [];
    const language = own(document, 'language');
    const locales = own(document, 'locales');
    let locale: string | undefined;
    let result = document;
    if (typeof language === 'string') {
      locale = language;
      // In place of "language", so the upgraded file diffs as a one-line change.
      result = Object.fromEntries(
        Object.entries(document)
          .filter(([key]) => key !== 'locales')
          .map(([key, value]) => (key === 'language' ? ['locales', [value]] : [key, value])),
      );
    } else if (Array.isArray(locales) && typeof locales[0] === 'string') {
      locale = locales[0];
      result = withoutKey(document, 'language');
    } else {
      diagnostics.push({
        severity: 'error',
        code: 'migrate.noLanguage',
        message: 'This format 1 scenario has no "language", so its texts cannot be assigned to a locale; add e.g. "language": "de-DE"',
        path: ['language'],
      });
    }
    const nodes = own(result, 'nodes');
    if (locale !== undefined && isObject(nodes)) {
      const language = locale;
      const migrated = Object.entries(nodes).map(([id, node]) => [id, migrateNode(node, language)]);
      result = withKey(result, 'nodes', Object.fromEntries(migrated));
    }
    return { document: withKey(result, 'dsl', 2), diagnostics };
  },
};
