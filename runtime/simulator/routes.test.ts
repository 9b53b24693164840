import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, runtime } from '../../test/support/server';

let server: Awaited<ReturnType<typeof runtime>>;
let crm: Server;
let crmUrl: string;
beforeAll(async () => {
  server = await runtime();
  // A CRM that answers /customer with JSON and never answers /slow.
  crm = createServer((request, response) => {
    if (request.url === '/slow') return;
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ method: request.method, got: body ? JSON.parse(body) : null, name: 'Ada' }));
    });
  });
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve));
  crmUrl = `http://127.0.0.1:${(crm.address() as AddressInfo).port}`;
});
afterAll(async () => {
  crm.closeAllConnections();
  await new Promise((resolve) => crm.close(resolve));
  await server.stop();
});

const send = (request: Record<string, unknown>) =>
  postJson(`${server.url}/api/simulator/http`, { request: { method: 'GET', headers: {}, timeout: 2, ...request } });

describe('the simulator sends http nodes through the runtime', () => {
  it('hands back the response a live call would get', async () => {
    const answer = await send({ method: 'POST', url: `${crmUrl}/customer`, headers: { 'content-type': 'application/json' }, body: '{"number":"+4930"}' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: true, response: { status: 200, body: { method: 'POST', got: { number: '+4930' }, name: 'Ada' } } });
  });

  it('reports a request that outlives its timeout as a TimeoutError, so the node takes its timeout port', async () => {
    const answer = await send({ url: `${crmUrl}/slow`, timeout: 0.3 });
    expect(answer.body).toMatchObject({ ok: false, error: { name: 'TimeoutError' } });
  });

  it('reports an unreachable server as a failure, not as an error of its own', async () => {
    const answer = await send({ url: 'http://127.0.0.1:9/nothing-listens-here' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, error: { message: expect.stringMatching(/fetch failed|ECONNREFUSED/) } });
  });

  it('refuses a request without a URL with 400', async () => {
    const answer = await postJson(`${server.url}/api/simulator/http`, { request: { method: 'GET' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/request\.url/);
  });
});
