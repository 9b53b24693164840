import { z } from 'zod';
import { LocaleMapSetting } from '../../config';

/**
 * The adapter's own environment variables (the shared config knows none of them); each has a
 * default that works with a stock jambonz application. Documented in this folder's README.
 */
export const JambonzSettings = z.object({
  /** TTS vendor in every say; "default" is the application's own choice in the jambonz portal. */
  JAMBONZ_TTS_VENDOR: z.string().min(1).default('default'),
  /** STT vendor for gather and transcription; "default" as above. */
  JAMBONZ_STT_VENDOR: z.string().min(1).default('default'),
  /** Voices per locale, e.g. "de-DE=de-DE-KatjaNeural,en-US=en-US-JennyNeural". */
  JAMBONZ_VOICES: LocaleMapSetting,
  /**
   * Websocket (subprotocol audio.jambonz.org) that receives voicemail and call-recording audio
   * from `listen`; defaults to /jambonz/recorder on this server's public address.
   */
  JAMBONZ_RECORDER_URL: z.string().url().optional(),
  /** Base for relative audio paths ("audio/hold.wav"); defaults to this server's public address. */
  JAMBONZ_AUDIO_BASE_URL: z.string().url().optional(),
  /** jambonz reports a queue position but no expected wait: this many minutes per caller ahead. */
  JAMBONZ_MINUTES_PER_CALLER: z.coerce.number().min(0).max(60).default(2),
  /** Sender of SMS from a call; the called number when unset. */
  JAMBONZ_SMS_FROM: z.string().optional(),
  /** The account's webhook secret(s), comma-separated: when set, every webhook must be signed. */
  JAMBONZ_WEBHOOK_SECRET: z
    .string()
    .optional()
    .transform((list) => (list ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
});
export type JambonzSettings = z.infer<typeof JambonzSettings>;

export function readJambonzSettings(env: Record<string, string | undefined> = process.env): JambonzSettings {
  const parsed = JambonzSettings.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid jambonz configuration: ${problems}`);
  }
  return parsed.data;
}
