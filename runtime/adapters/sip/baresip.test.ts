import { spawn, type ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freeUdpPort } from './test/sipp';
import { patchExample, sipRuntime, type SipRuntime } from './test/runtime';

const BARESIP = '/usr/bin/baresip';

/**
 * A headless baresip: G.711 only, its microphone a file of silence, its loudspeaker nowhere,
 * driven through the `cons` module (each UDP datagram is typed on its keyboard: a digit during a
 * call sends an RFC 4733 event, "/dial …" places a call).
 */
async function startBaresip(dir: string): Promise<{ process: ChildProcess; type(text: string): Promise<void>; output(): string }> {
  const [sipPort, consolePort, rtpPort] = [await freeUdpPort(), await freeUdpPort(), await freeUdpPort()];
  await writeFile(join(dir, 'silence.wav'), silenceWav(30));
  await writeFile(
    join(dir, 'config'),
    [
      'poll_method epoll',
      `sip_listen 127.0.0.1:${sipPort}`,
      'call_local_timeout 30',
      'audio_player aubridge,nil',
      `audio_source aufile,${join(dir, 'silence.wav')}`,
      'audio_alert aubridge,nil',
      'ausrc_srate 8000',
      'auplay_srate 8000',
      'module_path /usr/lib/baresip/modules',
      'module g711.so',
      'module aufile.so',
      'module aubridge.so',
      'module cons.so',
      'module_app account.so',
      'module_app menu.so',
      `cons_listen 127.0.0.1:${consolePort}`,
      `rtp_ports ${rtpPort & ~1}-${(rtpPort & ~1) + 9}`,
      '',
    ].join('\n'),
  );
  await writeFile(join(dir, 'accounts'), `<sip:tester@127.0.0.1:${sipPort}>;regint=0;audio_codecs=PCMU,PCMA\n`);
  // -n 127.0.0.1: its SDP must name the loopback address, or our audio would go to the machine's other interface.
  const child = spawn(BARESIP, ['-n', '127.0.0.1', '-f', dir], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const socket = dgram.createSocket('udp4');
  const type = (text: string) => new Promise<void>((resolve, reject) => socket.send(text, consolePort, '127.0.0.1', (e) => (e ? reject(e) : resolve())));
  child.on('exit', () => socket.close());
  // Ready once the console listens.
  for (let i = 0; i < 100 && !output.includes('baresip is ready'); i++) await new Promise((r) => setTimeout(r, 50));
  return { process: child, type, output: () => output };
}

/** 16-bit mono 8 kHz WAV of silence. */
function silenceWav(seconds: number): Buffer {
  const data = Buffer.alloc(seconds * 8000 * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

async function until<T>(read: () => Promise<T> | T, ok: (value: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

describe.skipIf(!existsSync(BARESIP))('a real softphone (baresip) calls the runtime', () => {
  let server: SipRuntime | undefined;
  let phone: ChildProcess | undefined;
  let team: ChildProcess | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    phone?.kill('SIGKILL');
    team?.kill('SIGKILL');
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('dials the multilingual menu, keys 3 then 2, is transferred by REFER to the billing team and the runtime leaves the call', async () => {
    server = await sipRuntime();
    dir = await mkdtemp(join(tmpdir(), 'baresip-'));
    // The billing team is a sipp answering machine on this host: baresip's transfer (it follows the REFER) lands there.
    const teamPort = await freeUdpPort();
    team = spawn('/usr/bin/sipp', ['-sn', 'uas', '-i', '127.0.0.1', '-p', String(teamPort), '-m', '1', '-nostdin', '-timeout', '60s'], { cwd: dir, stdio: 'ignore' });
    await patchExample(server, 'multilingual-menu', 'billingTeam', { target: { type: 'sip', value: `sip:billing@127.0.0.1:${teamPort}` } });
    const baresip = await startBaresip(dir);
    phone = baresip.process;
    await baresip.type(`/dial sip:multilingual-menu@127.0.0.1:${server.sipPort}\n`);

    const session = async () => (await server!.deps.storage.sessions.list({})).find((s) => s.source.adapter === 'sip');
    const at = async (node: string) => until(session, (s) => s?.nodeId === node && s.waitingFor === 'input', `the call to wait at ${node}`);
    // A key pressed before the menu listens is lost, as on a phone: press again until the call moves on.
    const press = async (key: string, from: string) => {
      for (let attempt = 0; attempt < 10 && (await session())?.nodeId === from; attempt++) {
        await baresip.type(key);
        await until(session, (s) => s?.nodeId !== from, `key ${key} to leave ${from}`, 1_500).catch(() => undefined);
      }
    };
    await at('languageMenu');
    await press('3', 'languageMenu');
    await at('mainMenu');
    await press('2', 'mainMenu');
    const ended = await until(session, (s) => s?.status === 'ended', 'the call to end', 30_000);
    expect(ended!.visits).toEqual(['start', 'languageMenu', 'useEnglish', 'mainMenu', 'billingTeam', 'endAfterTransfer']);
    expect(baresip.output()).toMatch(/Call established/);
    expect(baresip.output()).toMatch(new RegExp(`transferring call \\S+ to '<sip:billing@127\\.0\\.0\\.1:${teamPort}>'`));
  }, 120_000);
});
