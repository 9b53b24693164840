import { z } from 'zod';
import { LocaleMapSetting } from '../../config';

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', ''])])
  .default(false)
  .transform((v) => v === true || v === 'true' || v === '1');
const port = z.coerce.number().int().min(0).max(65_535);
const unset = (v: unknown) => (v === '' ? undefined : v);

/**
 * The SIP endpoint's own environment variables (the shared config knows none of them).
 * Without SIP_PORT there is no endpoint at all. Documented in this folder's README.
 */
export const SipSettings = z
  .object({
    /** UDP (and with SIP_TCP also TCP) port; unset = no SIP endpoint, 0 = any free port (tests). */
    SIP_PORT: z.preprocess(unset, port.optional()),
    SIP_HOST: z.string().min(1).default('127.0.0.1'),
    SIP_TCP: flag,
    /** Address put in the SDP: where callers send their audio. */
    SIP_MEDIA_ADDRESS: z.preprocess(unset, z.string().min(1).optional()),
    RTP_PORT_MIN: port.default(20_000),
    RTP_PORT_MAX: port.default(29_999),
    /** Seconds without RTP from the caller before the call is ended. */
    SIP_MEDIA_TIMEOUT: z.coerce.number().min(0.1).max(3_600).default(30),
    /** Scenario id for calls to a user no number binding matches; unset → 404. */
    SIP_DEFAULT_SCENARIO: z.preprocess(unset, z.string().min(1).optional()),
    /** Host for the Refer-To of plain numbers; the caller's host when unset. */
    SIP_TRANSFER_DOMAIN: z.preprocess(unset, z.string().min(1).optional()),
    /** espeak-ng voices per locale, e.g. "de-DE=de,en-US=en-us". */
    TTS_VOICES: LocaleMapSetting,
    /** Folder of audio prompts (say audio, hold music); default DATA_DIR/audio. */
    AUDIO_DIR: z.preprocess(unset, z.string().min(1).optional()),
    /** Hold music file (in AUDIO_DIR or absolute); default a generated gentle tone pattern. */
    SIP_HOLD_AUDIO: z.preprocess(unset, z.string().min(1).optional()),
  })
  .refine((s) => s.RTP_PORT_MIN <= s.RTP_PORT_MAX, { message: 'RTP_PORT_MIN must not be above RTP_PORT_MAX', path: ['RTP_PORT_MIN'] })
  .transform((s) => ({ ...s, SIP_MEDIA_ADDRESS: s.SIP_MEDIA_ADDRESS ?? (s.SIP_HOST === '0.0.0.0' ? '127.0.0.1' : s.SIP_HOST) }));
export type SipSettings = z.infer<typeof SipSettings>;
export type SipSettingsInput = z.input<typeof SipSettings>;

export function readSipSettings(env: Record<string, unknown> = process.env): SipSettings {
  const parsed = SipSettings.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid SIP configuration: ${problems}`);
  }
  return parsed.data;
}
