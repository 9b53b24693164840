import type { WSContext, WSEvents } from 'hono/ws';
import { ApiError } from '../../http/errors';
import type { ChatHub, Peer } from './hub';
import { parseClientFrame, type ClientFrame, type ServerFrame } from './protocol';

const OPEN = 1;
/** RFC 6455 §7.4.1: 1009 = message too big, 1008 = policy violation. */
const CLOSE_TOO_BIG = 1009;

/**
 * One visitor's socket. Frames are handled one after another, so a text sent right after
 * start waits for the session to exist; a bad frame gets an error frame and nothing else.
 */
export function chatSocket(hub: ChatHub, channel: string, resumeId: string | undefined): WSEvents {
  let sessionId: string | undefined;
  let queue: Promise<void> = Promise.resolve();
  let socket: WSContext | undefined;
  const peer: Peer = {
    send(frame: ServerFrame) {
      if (socket?.readyState === OPEN) socket.send(JSON.stringify(frame));
    },
  };
  const fail = (code: string, message: string) => peer.send({ type: 'error', code, message });

  const handle = async (frame: ClientFrame): Promise<void> => {
    switch (frame.type) {
      case 'start':
        sessionId = await hub.open(peer, channel, frame, sessionId ?? resumeId);
        return;
      case 'text':
      case 'choice':
        if (!sessionId) return fail('session.notStarted', 'send a start frame first');
        return hub.input(sessionId, frame);
      case 'end':
        if (!sessionId) return fail('session.notStarted', 'send a start frame first');
        await hub.end(peer, sessionId);
        socket?.close(1000, 'conversation ended');
        return;
    }
  };

  return {
    onOpen(_event, ws) {
      socket = ws;
    },
    onMessage(event, ws) {
      socket = ws;
      const parsed = parseClientFrame(event.data);
      if (!parsed.ok) {
        fail(parsed.code, parsed.message);
        if (parsed.fatal) ws.close(CLOSE_TOO_BIG, parsed.code);
        return;
      }
      queue = queue.then(() =>
        handle(parsed.frame).catch((error: unknown) => {
          if (error instanceof ApiError) return fail(error.code, error.message);
          console.error(`chat socket on ${channel}: ${parsed.frame.type} failed:`, error);
          fail('internal', 'the server failed to handle this frame; it has been logged');
        }),
      );
    },
    onClose() {
      hub.detach(peer);
    },
    onError() {
      hub.detach(peer);
    },
  };
}
