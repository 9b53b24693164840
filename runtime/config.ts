import { z } from 'zod';

/** `"de-DE=de,en-US=en-us"` → `{ "de-DE": "de", "en-US": "en-us" }`: the adapters' voice per locale. */
export const LocaleMapSetting = z
  .string()
  .default('')
  .transform(
    (list) =>
      Object.fromEntries(
        list.split(',').flatMap((pair) => {
          const [locale, value] = pair.split('=').map((s) => s.trim());
          return locale && value ? [[locale, value]] : [];
        }),
      ) as Record<string, string>,
  );

/** Configuration from environment variables; every one is documented in the README. */
export const Config = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  /** Folder of scenarios loaded when the data folder is new. */
  EXAMPLES_DIR: z.string().default('./examples'),
  /** The URL telephony providers reach this server at, for webhook callbacks and signatures. */
  PUBLIC_URL: z.string().url().optional(),
  /** Twilio auth token; when set, Twilio webhooks must carry a valid X-Twilio-Signature. */
  TWILIO_AUTH_TOKEN: z.string().optional(),
  /** Replace caller numbers in call lists, statistics and the monitor with a masked form. */
  ANONYMIZE_CALLERS: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Longest a webhook waits for a slow step (a CRM) before answering with the hold prompt. */
  WEBHOOK_DEADLINE_MS: z.coerce.number().int().min(100).max(60_000).default(4_000),
  /** Largest request body accepted, in bytes. */
  BODY_LIMIT: z.coerce.number().int().min(1024).max(50_000_000).default(2_000_000),
});
export type Config = z.infer<typeof Config>;

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Config.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}
