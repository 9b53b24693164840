import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { EXAMPLES_DIR } from '../../../../test/support/examples';
import { postJson } from '../../../../test/support/server';

export interface FakeBackends {
  url: string;
  /** "METHOD path" of every request, in order. */
  requests: string[];
  /** Milliseconds the reschedule endpoint takes: a slow practice calendar. */
  rescheduleDelayMs: number;
  close(): Promise<void>;
}

/**
 * The CRM, core banking and practice calendar the examples talk to, on a loopback port:
 * the examples' own hosts (crm.example.com, …) are unreachable here.
 */
export async function fakeBackends(): Promise<FakeBackends> {
  const backends = { requests: [] as string[], rescheduleDelayMs: 0 } as FakeBackends;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://local').pathname;
    backends.requests.push(`${request.method} ${path}`);
    const json = (status: number, body?: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body === undefined ? '' : JSON.stringify(body));
    };
    request.resume();
    if (path === '/crm/customers') return json(200, { displayName: 'Anna Schmidt', segment: 'premium', accounts: [{ balance: 1234.56 }] });
    if (path === '/crm-down/customers') return json(503, { error: 'maintenance' });
    if (path === '/core/verify') return json(200, { verified: true, customerId: 'K-77' });
    if (path.endsWith('/confirm')) return json(204);
    if (path.endsWith('/reschedule')) {
      const timer = setTimeout(() => json(200, { slot: { spoken: 'Donnerstag, den 3. Dezember, um 10 Uhr' } }), backends.rescheduleDelayMs);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    json(404, { error: 'no such endpoint' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  backends.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  backends.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return backends;
}

type Document = { id: string; nodes: Record<string, Record<string, unknown>> } & Record<string, unknown>;

export function example(id: string): Document {
  return JSON.parse(readFileSync(join(EXAMPLES_DIR, `${id}.json`), 'utf8')) as Document;
}

/** Creates and publishes a scenario through the scenarios API, as a user would. */
export async function publish(serverUrl: string, document: Document): Promise<void> {
  const created = await postJson(`${serverUrl}/api/scenarios`, document);
  if (created.status !== 201) throw new Error(`creating ${document.id}: ${JSON.stringify(created.body)}`);
  const published = await postJson(`${serverUrl}/api/scenarios/${document.id}/publish`, { message: 'test copy' });
  if (published.status !== 201) throw new Error(`publishing ${document.id}: ${JSON.stringify(published.body)}`);
}

/** A copy of an example under another id whose http nodes call `base` instead of the example's host. */
export function retargeted(exampleId: string, copyId: string, hosts: Record<string, string>): Document {
  const document = { ...example(exampleId), id: copyId };
  for (const node of Object.values(document.nodes)) {
    if (node.kind !== 'http') continue;
    for (const [from, to] of Object.entries(hosts)) node.url = String(node.url).replace(from, to);
  }
  return document;
}
