// The mock backend behind a real HTTP port: the same contract as in the browser.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_DATA_DIR,
  serverOptionsFrom,
  startApiServer,
  startServerWithStorage,
} from './http-server';
import { openStorage } from './server/storage';

describe('the mock backend as an HTTP server', () => {
  let base = '';
  let close: () => void = () => undefined;
  let site = '';

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'iro-site-'));
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" /><title>IRO Review Tracker</title>`,
    );
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
    rmSync(site, { recursive: true, force: true });
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

  it('sends the security headers, with the build’s own Content Security Policy', async () => {
    for (const path of ['/children/ch_1', '/api/clock']) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(response.headers.get('Content-Security-Policy')).toBe(
        "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
      );
    }
  });

  it('has no mock controls unless started as a demo (404, with or without a sign-in)', async () => {
    for (const control of ['reset', 'clock', 'scenario']) {
      const response = await fetch(`${base}/api/__mock/${control}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(404);
    }
    expect((await fetch(`${base}/api/__mock/state`)).status).toBe(404);
  });

  it('answers a malformed address with 400 and a body past the largest limit with 413, at once', async () => {
    const malformed = await fetch(`${base}/api/children/%E0%A4%A`);
    expect(malformed.status).toBe(400);
    const page = await fetch(`${base}/children/%E0%A4%A`);
    expect(page.status).toBe(400);
    const huge = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'x'.repeat(21 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
  });
});

describe('the HTTP server started as a demo', () => {
  it('has the mock controls', async () => {
    const server = await startApiServer({
      port: 0,
      demo: true,
      seed: { size: 20, today: '2026-03-16' },
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const state = await fetch(`${base}/api/__mock/state`);
      expect(state.status).toBe(200);
      const reset = await fetch(`${base}/api/__mock/reset`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ size: 10 }),
      });
      expect(reset.status).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe('the HTTP server on the embedded database', () => {
  it('writes "reset demo data" through to the database: a restart finds the new seed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'iro-reset-'));
    try {
      const seed = { size: 20, today: '2026-03-16' };
      const { server, storage } = await startServerWithStorage({
        port: 0,
        demo: true,
        seed,
        storage: { kind: 'pglite', dataDir },
      });
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const reset = await fetch(`${base}/api/__mock/reset`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ size: 8, today: '2026-03-16' }),
      });
      expect(reset.status).toBe(200);
      const { counts } = (await reset.json()) as { counts: { children: number } };
      server.close();
      await storage.close();

      const reopened = await openStorage({ kind: 'pglite', dataDir }, { seed });
      try {
        expect(reopened.description).toMatch(/loaded/);
        expect(reopened.db.count('children')).toBe(counts.children);
        expect(reopened.db.meta.size).toBe(8);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('does not wipe a database written by another schema version unless told to reseed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'iro-schema-'));
    try {
      const first = await openStorage({ kind: 'pglite', dataDir }, { seed: { size: 5 } });
      await first.db.commit({
        puts: {},
        deletes: {},
        meta: { ...first.db.meta, schemaVersion: first.db.meta.schemaVersion - 1 },
      });
      await first.close();
      await expect(openStorage({ kind: 'pglite', dataDir }, { seed: { size: 5 } })).rejects.toThrow(
        /holds data of schema version \d+; .* --reseed/,
      );
      const reseeded = await openStorage(
        { kind: 'pglite', dataDir },
        { seed: { size: 5 }, reseed: true },
      );
      expect(reseeded.description).toMatch(/seeded/);
      await reseeded.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the command line', () => {
  it('keeps the data in PGlite in .data/ unless told otherwise', () => {
    expect(serverOptionsFrom([], {})).toMatchObject({
      port: 4176,
      demo: false,
      storage: { kind: 'pglite', dataDir: DEFAULT_DATA_DIR },
    });
    expect(DEFAULT_DATA_DIR).toMatch(/[/\\]\.data$/);
    expect(serverOptionsFrom(['--data-dir', '/srv/iro'], {}).storage).toEqual({
      kind: 'pglite',
      dataDir: '/srv/iro',
    });
    expect(serverOptionsFrom([], { IRO_DATA_DIR: '/srv/env' }).storage).toEqual({
      kind: 'pglite',
      dataDir: '/srv/env',
    });
  });

  it('uses DATABASE_URL when set, memory when asked, and checks what it is given', () => {
    const url = 'postgresql://iro@db.example:5432/iro';
    expect(serverOptionsFrom(['--demo'], { DATABASE_URL: url })).toMatchObject({
      demo: true,
      storage: { kind: 'postgres', url },
    });
    expect(serverOptionsFrom(['--memory', '--size', '60'], {})).toMatchObject({
      storage: { kind: 'memory' },
      seed: { size: 60 },
    });
    expect(() => serverOptionsFrom(['--data-dir', 'x'], { DATABASE_URL: url })).toThrow(
      /choose one/,
    );
    expect(() => serverOptionsFrom(['--port', 'http'], {})).toThrow();
    expect(() => serverOptionsFrom(['--today', '16/03/2026'], {})).toThrow();
    expect(() => serverOptionsFrom(['--no-such-flag'], {})).toThrow();
  });
});
