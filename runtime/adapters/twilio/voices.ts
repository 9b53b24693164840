/**
 * Twilio speaks a locale with its own default voice unless told otherwise; these neural
 * voices sound far better. TWILIO_VOICES (JSON, locale → voice, "" for the provider's default)
 * replaces entries, e.g. for SignalWire or Telnyx whose voice names differ.
 */
const DEFAULT_VOICES: Record<string, string> = {
  'de-DE': 'Polly.Vicki-Neural',
  'en-US': 'Polly.Joanna-Neural',
  'en-GB': 'Polly.Amy-Neural',
  'fr-FR': 'Polly.Lea-Neural',
  'es-ES': 'Polly.Lucia-Neural',
  'it-IT': 'Polly.Bianca-Neural',
  'nl-NL': 'Polly.Laura-Neural',
};

export type VoiceFor = (locale: string) => string | undefined;

export function voiceTable(json: string | undefined): VoiceFor {
  let custom: Record<string, unknown> = {};
  if (json) {
    try {
      custom = JSON.parse(json) as Record<string, unknown>;
    } catch {
      throw new Error('TWILIO_VOICES must be a JSON object of locale → voice name');
    }
    if (typeof custom !== 'object' || custom === null || Array.isArray(custom)) {
      throw new Error('TWILIO_VOICES must be a JSON object of locale → voice name');
    }
  }
  const voices: Record<string, string> = { ...DEFAULT_VOICES };
  for (const [locale, voice] of Object.entries(custom)) voices[locale] = String(voice);
  return (locale) => voices[locale] || undefined;
}
