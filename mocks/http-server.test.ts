// The mock backend behind a real HTTP port: the same contract as in the browser.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer } from './http-server';

describe('the mock backend as an HTTP server', () => {
  let base = '';
  let close: () => void = () => undefined;

  beforeAll(async () => {
    const site = mkdtempSync(join(tmpdir(), 'iro-site-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>IRO Review Tracker</title>');
    const server = await startApiServer({
      port: 0,
      staticDir: site,
      seed: { size: 60, today: '2026-03-16' },
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
  });

  it('signs in and lists children over HTTP, with the same checks as the in-browser mock', async () => {
    const refused = await fetch(`${base}/api/children`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('Content-Type')).toContain('application/problem+json');

    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ staffId: 'st_10' }),
    });
    expect(signIn.status).toBe(201);
    const { token } = (await signIn.json()) as { token: string };
    const list = await fetch(`${base}/api/children?pageSize=5`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(list.status).toBe(200);
    const page = (await list.json()) as { items: unknown[]; totalItems: number };
    expect(page.items).toHaveLength(5);
    expect(page.totalItems).toBe(60);
  });

  it('answers an unknown API path with a 404 problem, and any other path with the app', async () => {
    const missing = await fetch(`${base}/api/no-such-thing`);
    expect(missing.status).toBe(404);
    const page = await fetch(`${base}/children/ch_1`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>IRO Review Tracker</title>');
  });
});
