import { afterEach, vi } from 'vitest';
import { MediaSession, type MediaSessionOptions } from '../session';
import { negotiate, type Negotiated } from '../sdp';
import { offerFrom, RtpPeer } from './peer';

/** Opens sessions and peers that are all closed after each test. */
export function mediaFixtures() {
  const opened: Array<{ close(): void }> = [];
  afterEach(() => {
    for (const item of opened.splice(0)) item.close();
  });
  return {
    async session(options: Partial<MediaSessionOptions> = {}): Promise<MediaSession> {
      const session = await MediaSession.open({ host: '127.0.0.1', mediaTimeoutMs: 60_000, ...options });
      opened.push(session);
      return session;
    },
    async peer(): Promise<RtpPeer> {
      const peer = await RtpPeer.open();
      opened.push(peer);
      return peer;
    },
    /** A call between the two, negotiated from the peer's offer. */
    connect(session: MediaSession, peer: RtpPeer, formats?: string, direction?: string): Negotiated {
      const negotiated = negotiate(offerFrom(peer.port, formats, direction), { address: '127.0.0.1', port: session.port });
      session.connect(negotiated);
      return negotiated;
    },
  };
}

/** Bounded wait for a condition driven by real sockets (not a timing assertion). */
export function eventually(assertion: () => void): Promise<void> {
  return vi.waitFor(assertion, { timeout: 10_000, interval: 10 });
}

/** A 440 Hz tone, 8 kHz mono. */
export function tone(seconds: number, amplitude = 8000): Int16Array {
  return Int16Array.from({ length: Math.round(seconds * 8000) }, (_, i) => Math.round(Math.sin((2 * Math.PI * 440 * i) / 8000) * amplitude));
}
