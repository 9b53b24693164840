import dgram from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { telephoneEventPayload } from './dtmf';
import { decode, encode } from './g711';
import { eventually, mediaFixtures, tone } from './test-support/fixtures';
import { readPcapUdp } from './test-support/pcap';
import { buildRtp } from './rtp';

const media = mediaFixtures();
const strangers: dgram.Socket[] = [];
afterEach(() => {
  for (const socket of strangers.splice(0)) socket.close();
});

/** 20 ms PCMU frames of a tone, as the caller's phone would send them. */
function callerFrames(count: number): Uint8Array[] {
  const encoded = encode('PCMU', tone(count * 0.02));
  return Array.from({ length: count }, (_, i) => encoded.subarray(i * 160, (i + 1) * 160));
}

describe('MediaSession receiving', () => {
  it("delivers the caller's frames in order to listeners and the recording, dropping duplicates", async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer);
    const heard: Int16Array[] = [];
    session.onAudio((pcm) => heard.push(pcm));
    session.startRecording();
    const frames = callerFrames(10);
    // Swapped pair (3, 2) and a duplicate of 5, as a jittery network delivers them.
    for (const i of [0, 1, 3, 2, 4, 5, 5, 6, 7, 8, 9]) {
      await peer.sendRtp(session.port, { marker: i === 0, payloadType: 0, sequenceNumber: 1000 + i, timestamp: 5000 + i * 160, ssrc: 77, payload: frames[i]! });
    }
    await eventually(() => expect(session.stats().received).toBe(11));
    const expected = frames.map((frame) => decode('PCMU', frame));
    expect(heard.map((pcm) => [...pcm])).toEqual(expected.map((pcm) => [...pcm]));
    const recording = session.stopRecording();
    expect(recording).toHaveLength(1600);
    expect([...recording]).toEqual(expected.flatMap((pcm) => [...pcm]));
    expect(session.stats()).toMatchObject({ discarded: 1, malformed: 0, lost: 0 });
  });

  it('keeps time in the recording across a lost packet', async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer);
    session.startRecording();
    const frames = callerFrames(8);
    for (const i of [0, 1, 3, 4, 5, 6, 7]) {
      await peer.sendRtp(session.port, { marker: false, payloadType: 0, sequenceNumber: i, timestamp: i * 160, ssrc: 5, payload: frames[i]! });
    }
    await eventually(() => expect(session.stats().received).toBe(7));
    const recording = session.stopRecording();
    expect(recording).toHaveLength(8 * 160);
    expect(recording.subarray(320, 480).every((sample) => sample === 0)).toBe(true);
    expect(session.stats().lost).toBe(1);
  });

  it("reports key 1 exactly once from sipp's RFC 4733 capture", async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer); // the capture uses payload type 101, as our offer does
    const keys: string[] = [];
    session.onDtmf((key) => keys.push(key));
    const packets = readPcapUdp('/usr/share/sip-tester/dtmf_2833_1.pcap');
    expect(packets.length).toBeGreaterThan(3);
    for (const packet of packets) await peer.send(session.port, packet.payload);
    await eventually(() => expect(session.stats().received).toBe(packets.length));
    expect(keys).toEqual(['1']);
  });

  it('logs a failing listener and still calls the others', async () => {
    const logs: string[] = [];
    const session = await media.session({ log: (_level, message) => logs.push(message) });
    const peer = await media.peer();
    media.connect(session, peer);
    const keys: string[] = [];
    session.onDtmf(() => {
      throw new Error('scenario bug');
    });
    session.onDtmf((key) => keys.push(key));
    await peer.sendRtp(session.port, { marker: true, payloadType: 101, sequenceNumber: 1, timestamp: 160, ssrc: 3, payload: telephoneEventPayload(7, false, 160) });
    await eventually(() => expect(keys).toEqual(['7']));
    expect(logs.some((line) => line.includes('listener failed: scenario bug'))).toBe(true);
  });

  it('reports a second press of the same key', async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer);
    const keys: string[] = [];
    session.onDtmf((key) => keys.push(key));
    let sequenceNumber = 0;
    for (const timestamp of [8000, 9600]) {
      for (const [end, duration] of [[false, 160], [false, 320], [true, 480], [true, 480], [true, 480]] as const) {
        await peer.sendRtp(session.port, { marker: false, payloadType: 101, sequenceNumber: sequenceNumber++, timestamp, ssrc: 9, payload: telephoneEventPayload(11, end, duration) });
      }
    }
    await eventually(() => expect(session.stats().received).toBe(10));
    expect(keys).toEqual(['#', '#']);
  });

  it('counts garbage as malformed, logs it once, and keeps working', async () => {
    const logs: string[] = [];
    const session = await media.session({ log: (level, message) => logs.push(`${level}: ${message}`) });
    const peer = await media.peer();
    media.connect(session, peer);
    const heard: Int16Array[] = [];
    session.onAudio((pcm) => heard.push(pcm));
    for (const garbage of [Buffer.from('hello'), Buffer.alloc(40, 0xff), Buffer.from([0x80]), Buffer.alloc(12, 0x40)]) await peer.send(session.port, garbage);
    await peer.sendRtp(session.port, { marker: true, payloadType: 0, sequenceNumber: 1, timestamp: 0, ssrc: 1, payload: callerFrames(1)[0]! });
    await eventually(() => expect(heard).toHaveLength(1));
    expect(session.stats()).toMatchObject({ malformed: 4, received: 1 });
    expect(logs.filter((line) => line.includes('malformed'))).toHaveLength(1);
    expect(logs[0]).toMatch(/^warn: media port \d+: dropped malformed RTP from 127\.0\.0\.1:\d+: /);
  });

  it('ignores RTP from an address other than the negotiated one', async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer);
    const stranger = dgram.createSocket('udp4');
    strangers.push(stranger);
    await new Promise<void>((resolve) => stranger.bind(0, '127.0.0.2', resolve));
    const heard: Int16Array[] = [];
    session.onAudio((pcm) => heard.push(pcm));
    const packet = { marker: false, payloadType: 0, sequenceNumber: 1, timestamp: 0, ssrc: 1, payload: callerFrames(1)[0]! };
    await new Promise<void>((resolve, reject) => stranger.send(buildRtp(packet), session.port, '127.0.0.1', (error) => (error ? reject(error) : resolve())));
    await peer.sendRtp(session.port, { ...packet, sequenceNumber: 2 });
    await eventually(() => expect(session.stats().received).toBe(1));
    await eventually(() => expect(session.stats().ignored).toBe(1));
    expect(heard).toHaveLength(1);
  });

  it('fires the media timeout once when the caller goes silent', async () => {
    const [session, peer] = await Promise.all([media.session({ mediaTimeoutMs: 50 }), media.peer()]);
    let timeouts = 0;
    session.onTimeout(() => timeouts++);
    media.connect(session, peer);
    await eventually(() => expect(timeouts).toBe(1));
    // Later packets and further waiting do not fire it again.
    await peer.sendRtp(session.port, { marker: false, payloadType: 0, sequenceNumber: 1, timestamp: 0, ssrc: 1, payload: callerFrames(1)[0]! });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(timeouts).toBe(1);
  });

  it('has no media timeout while the caller holds us with inactive', async () => {
    const [session, peer] = await Promise.all([media.session({ mediaTimeoutMs: 30 }), media.peer()]);
    let timeouts = 0;
    session.onTimeout(() => timeouts++);
    media.connect(session, peer, '0 101', 'inactive');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(timeouts).toBe(0);
  });
});
