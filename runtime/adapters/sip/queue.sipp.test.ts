import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RtpPeer } from './test/rtpPeer';
import { sipRuntime, type SipRuntime } from './test/runtime';
import { loggedCallId, runSipp, stopSipp } from './test/sipp';
import { sessionIdOf } from './calls';

// A runtime of its own: the available agent would otherwise take the callers other tests leave waiting.
let server: SipRuntime;
beforeAll(async () => {
  server = await sipRuntime();
});
afterAll(() => server?.stop());

describe('a queue with an agent on duty, with sipp', () => {
  it('caller screening: the ACD gives the caller to the agent, who is reached by REFER; the queue reports answered', { timeout: 60_000 }, async (test) => {
    const agent = await fetch(`${server.url}/api/agents/anna`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Anna', target: { type: 'sip', value: 'sip:anna@pbx.stadtwerke-rheinau.example' }, state: 'available' }),
    });
    expect(agent.status).toBe(201);
    const peer = await RtpPeer.open();
    const sipp = await runSipp({ scenario: 'press-1-then-refer.xml', sipPort: server.sipPort, service: 'caller-screening', rtpPort: peer.port, keys: { status: '200 OK' } });
    test.onTestFinished(async () => {
      peer.close();
      await stopSipp(sipp);
    });
    void peer.startSending();

    const result = await sipp.done;
    expect(result.code, result.logs).toBe(0);
    expect(result.logged).toContain('refer-to sip:anna@pbx.stadtwerke-rheinau.example');
    expect(result.logged.at(-1)).toBe('bye');
    const callId = loggedCallId(result.logged);
    const record = await server.deps.engine.get(sessionIdOf(callId));
    expect(record?.visits).toEqual(['start', 'blocklist', 'vipList', 'callerCountry', 'useEnglish', 'welcome', 'recordingConsent', 'vipOrNot', 'serviceQueue', 'endAfterAgent']);
    expect(record?.trace).toContainEqual(expect.objectContaining({ kind: 'event', data: { type: 'queueResult', result: 'answered' } }));
    // Answered: the agent stays busy with this call until they say otherwise.
    expect(await (await fetch(`${server.url}/api/agents/anna`)).json()).toMatchObject({ state: 'busy', sessionId: sessionIdOf(callId) });
    expect(server.logs.filter((l) => l.startsWith(`error call ${callId}:`))).toEqual([]);
  });
});
