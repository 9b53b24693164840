import { describe, expect, it } from 'vitest';
import { decode, encode } from './g711';
import { eventually, mediaFixtures, tone } from './test-support/fixtures';

const media = mediaFixtures();

describe('MediaSession sending', () => {
  it('plays one second as 50 paced packets with consecutive numbering', async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer);
    const audio = tone(1);
    expect(await session.play(audio)).toBe('finished');
    await eventually(() => expect(peer.received).toHaveLength(50));
    const [first] = peer.received;
    peer.received.forEach((packet, i) => {
      expect(packet.payloadType).toBe(0);
      expect(packet.ssrc).toBe(first!.ssrc);
      expect(packet.sequenceNumber).toBe((first!.sequenceNumber + i) & 0xffff);
      expect(packet.timestamp).toBe((first!.timestamp + i * 160) >>> 0);
      expect(packet.marker).toBe(i === 0);
      expect(packet.payload).toHaveLength(160);
    });
    const heard = Int16Array.from(peer.received.flatMap((packet) => [...decode('PCMU', packet.payload)]));
    expect([...heard]).toEqual([...decode('PCMU', encode('PCMU', audio))]);
    expect(session.stats()).toMatchObject({ sent: 50 });
    expect(session.stats().late).toBeLessThanOrEqual(session.stats().sent);
  });

  it('sends PCMA with the payload type the caller offered first', async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer, '8 0 101');
    await session.play(tone(0.1));
    await eventually(() => expect(peer.received).toHaveLength(5));
    expect(peer.received.every((packet) => packet.payloadType === 8)).toBe(true);
    expect([...decode('PCMA', peer.received[0]!.payload)]).toEqual([...decode('PCMA', encode('PCMA', tone(0.02)))]);
  });

  it('plays queued prompts one after the other and pads the last frame', async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer);
    const results = await Promise.all([session.play(tone(0.05)), session.play(tone(0.03))]);
    expect(results).toEqual(['finished', 'finished']);
    await eventually(() => expect(peer.received).toHaveLength(5)); // 3 frames (400 samples) + 2 frames (240)
    expect(peer.received.map((packet) => packet.marker)).toEqual([true, false, false, false, false]);
  });

  it('sends nothing while on hold, then resumes with a marker and a timestamp that kept time', async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer);
    await session.play(tone(0.06));
    session.setSending(false);
    expect(await session.play(tone(0.1))).toBe('finished');
    session.setSending(true);
    await session.play(tone(0.06));
    await eventually(() => expect(peer.received).toHaveLength(6));
    const [before, after] = [peer.received[2]!, peer.received[3]!];
    expect(after.marker).toBe(true);
    expect(after.sequenceNumber).toBe((before.sequenceNumber + 1) & 0xffff);
    // Five frames went unsent while held, so the clock moved on by six frames.
    expect(after.timestamp - before.timestamp).toBe(6 * 160);
    expect(session.stats().sent).toBe(6);
  });

  it('does not send to a caller whose offer is sendonly (the caller holds us)', async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer, '0 101', 'sendonly');
    expect(await session.play(tone(0.1))).toBe('finished');
    expect(session.stats().sent).toBe(0);
  });

  it('stops a prompt when its signal aborts (barge-in), and close interrupts the rest', async () => {
    const [session, peer] = await Promise.all([media.session(), media.peer()]);
    media.connect(session, peer);
    const controller = new AbortController();
    const first = session.play(tone(5), controller.signal);
    await eventually(() => expect(peer.received.length).toBeGreaterThanOrEqual(3));
    controller.abort();
    expect(await first).toBe('interrupted');
    expect(session.stats().sent).toBeLessThan(250);
    const second = session.play(tone(5));
    session.close();
    session.close();
    expect(await second).toBe('interrupted');
    expect(await session.play(tone(1))).toBe('interrupted');
  });

  it('binds an even port inside its range, skipping a busy one', async () => {
    const probe = await media.session();
    const low = probe.port; // even and free a moment ago, now held by the probe
    const session = await media.session({ portRange: [low, low + 2] });
    expect(session.port).toBe(low + 2);
    await expect(media.session({ portRange: [low, low + 3] })).rejects.toThrow(/no free even UDP port/);
  });
});
