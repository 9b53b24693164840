import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ServerType } from '@hono/node-server';
import type { Feature } from '../../app';
import { onServer } from '../../http/server-hooks';
import { PocketsphinxRecognizer, type SpeechRecognizer, type TextToSpeech } from '../../speech';
import { SipCalls } from './calls';
import type { CallServices } from './commands';
import { Prompts, type Log } from './prompts';
import { RECORDING_FILE, RecordingStore } from './record';
import { readSipSettings, type SipSettingsInput } from './settings';
import { SipEndpoint, type SipEndpointOptions } from './signalling';

export interface SipHooks {
  /** Told once the endpoint listens (tests read its port). */
  onListening?(endpoint: SipEndpoint): void;
  log?: Log;
  /** Replace the offline providers (a cloud recogniser, a test double). */
  recognizer?: SpeechRecognizer;
  tts?: TextToSpeech;
  /** SIP timers (T1/T2/T4); tests shorten them. */
  timers?: SipEndpointOptions['timers'];
}

const consoleLog: Log = (level, message) => (level === 'info' ? console.log : level === 'warn' ? console.warn : console.error)(`sip: ${message}`);

/** The server's own address, for recording URLs when PUBLIC_URL is not set. */
function serverUrl(server: ServerType, host: string): string {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const name = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/**
 * The embedded SIP/RTP endpoint as a feature: listens once the HTTP server does (only when
 * SIP_PORT is set), answers calls with the scenario bound to the called user, and serves the
 * recordings it made at GET /sip/recordings/{file}. Settings are read when the app is built,
 * so a bad value stops the start-up with a message naming it.
 */
export function createSipFeature(input: SipSettingsInput | Record<string, unknown>, hooks: SipHooks = {}): Feature {
  return (app, deps) => {
    const settings = readSipSettings(input);
    if (settings.SIP_PORT === undefined) return;
    const log = hooks.log ?? consoleLog;
    const dataDir = deps.config.DATA_DIR;
    let baseUrl = deps.config.PUBLIC_URL?.replace(/\/$/, '') ?? '';
    const recordings = new RecordingStore(resolve(dataDir, 'recordings'), () => baseUrl);
    const services: CallServices = {
      deps,
      settings,
      prompts: new Prompts({ dataDir, audioDir: settings.AUDIO_DIR ?? join(dataDir, 'audio'), voices: settings.TTS_VOICES, holdAudio: settings.SIP_HOLD_AUDIO, log, ...(hooks.tts ? { tts: hooks.tts } : {}) }),
      recognizer: hooks.recognizer ?? new PocketsphinxRecognizer({ log }),
      recordings,
    };

    app.get('/sip/recordings/:file', async (c) => {
      const file = c.req.param('file');
      if (!RECORDING_FILE.test(file)) return c.json({ error: { code: 'notFound', message: 'no such recording' } }, 404);
      try {
        return c.body(await readFile(join(recordings.dir, file)), 200, { 'content-type': 'audio/wav', 'cache-control': 'private, max-age=3600' });
      } catch {
        return c.json({ error: { code: 'notFound', message: `no recording ${file}` } }, 404);
      }
    });

    onServer(app, (server) => {
      baseUrl ||= serverUrl(server, deps.config.HOST);
      const calls = new SipCalls(services, log);
      const started = SipEndpoint.listen({
        host: settings.SIP_HOST,
        port: settings.SIP_PORT!,
        tcp: settings.SIP_TCP,
        userAgent: 'Callflow Studio',
        log,
        ...(hooks.timers ? { timers: hooks.timers } : {}),
      }).then(
        (endpoint) => {
          endpoint.onInvite((call) => calls.handle(call));
          log('info', `SIP endpoint on ${settings.SIP_HOST}:${endpoint.port} (UDP${settings.SIP_TCP ? ' and TCP' : ''}), media on ${settings.SIP_MEDIA_ADDRESS}`);
          hooks.onListening?.(endpoint);
          return endpoint;
        },
        (error: Error) => {
          log('error', `SIP endpoint not started on ${settings.SIP_HOST}:${settings.SIP_PORT}: ${error.message}`);
          return undefined;
        },
      );
      return async () => {
        const endpoint = await started;
        await calls.close();
        await endpoint?.close();
      };
    });
  };
}

/** The endpoint configured by the environment; inert without SIP_PORT. */
export const sipFeature: Feature = createSipFeature(process.env);
