import type { TFunction } from 'i18next';
import { addBundles } from '../i18n';
import { de } from './helpTexts.de';
import { fr } from './helpTexts.fr';

/*
 * The help under a field is the schema's `.describe()` text. The dsl keeps the English, so the
 * English text itself is the key (namespace "formsHelp"); English needs no bundle.
 */
addBundles('formsHelp', { de, fr });

/**
 * A schema description in the UI's language, else as written. Descriptions hold '.', ':' and
 * `{{…}}` (templates such as `{{queue.position}}`), so keys are not split and nothing is interpolated.
 */
export function helpText(description: string, t: TFunction): string {
  return t(description, { ns: 'formsHelp', keySeparator: false, nsSeparator: false, defaultValue: description, skipInterpolation: true });
}
