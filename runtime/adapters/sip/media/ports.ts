import dgram from 'node:dgram';
import { lookup as dnsLookup } from 'node:dns';
import { isIP, isIPv6 } from 'node:net';

// dgram's default lookup answers even an IP literal on the next tick, which would move every
// packet's departure away from the pacer's tick; IP literals are answered synchronously here.
const lookup = ((hostname: string, options: unknown, callback: (error: Error | null, address: string, family: number) => void) => {
  const family = isIP(hostname);
  if (family) callback(null, hostname, family);
  else dnsLookup(hostname, options as never, callback as never);
}) as unknown as dgram.SocketOptions['lookup'];

// Bounded: with port 0 the OS picks, and half the picks are odd.
const ANY_PORT_ATTEMPTS = 32;

/**
 * Binds a UDP socket on an even port (RTP convention, RFC 3550 §11: RTCP would take the odd one
 * above): the first free one in `range` from a random starting point, or any free even port.
 */
export async function bindEvenPort(host: string, range?: [number, number]): Promise<dgram.Socket> {
  if (!range) {
    for (let attempt = 0; attempt < ANY_PORT_ATTEMPTS; attempt++) {
      const socket = await bind(host, 0);
      if (socket.address().port % 2 === 0) return socket;
      socket.close();
    }
    throw new Error(`no even UDP port on ${host} after ${ANY_PORT_ATTEMPTS} attempts`);
  }
  const [low, high] = range;
  if (!Number.isInteger(low) || !Number.isInteger(high) || low < 1 || high > 65535 || low > high) {
    throw new Error(`invalid RTP port range ${low}-${high}`);
  }
  const first = low + (low % 2);
  const count = Math.floor((high - first) / 2) + 1;
  if (count <= 0) throw new Error(`RTP port range ${low}-${high} holds no even port`);
  const start = Math.floor(Math.random() * count);
  for (let i = 0; i < count; i++) {
    const port = first + ((start + i) % count) * 2;
    try {
      return await bind(host, port);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`no free even UDP port in ${low}-${high} on ${host}`);
}

function bind(host: string, port: number): Promise<dgram.Socket> {
  const socket = dgram.createSocket({ type: isIPv6(host) ? 'udp6' : 'udp4', lookup });
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      try {
        socket.close();
      } catch {
        // already closed by the failed bind
      }
      reject(error);
    };
    socket.once('error', fail);
    socket.bind({ port, address: host, exclusive: true }, () => {
      socket.off('error', fail);
      resolve(socket);
    });
  });
}
