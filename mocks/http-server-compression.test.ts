// Compressed answers over HTTP (issue 19): brotli or gzip as Accept-Encoding asks, Vary on every
// text answer, small bodies as they are, and the SSDA903 reviews file streamed as a download.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ssda903ReviewsExportSchema } from '@/lib/api/ssda903-schemas';
import { startApiServer } from './http-server';
import { chooseEncoding, isCompressible, MIN_COMPRESSED_BYTES } from './http/compression';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire. */
  wire: Buffer;
  /** How many chunks they came in. */
  chunks: number;
}

function decoded(raw: Raw): string {
  const encoding = raw.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(raw.wire).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(raw.wire).toString('utf8');
  return raw.wire.toString('utf8');
}

describe('compressed answers over HTTP', () => {
  let port = 0;
  let token = '';
  let close: () => void = () => undefined;

  /** A GET with exactly these headers (fetch would ask for and undo compression itself). */
  function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          headers: { ...(token === '' ? {} : { Authorization: `Bearer ${token}` }), ...headers },
        },
        (res) => {
          const parts: Buffer[] = [];
          res.on('data', (chunk: Buffer) => parts.push(chunk));
          res.on('end', () => {
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              wire: Buffer.concat(parts),
              chunks: parts.length,
            });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  beforeAll(async () => {
    const server = await startApiServer({ port: 0, seed: { size: 700, today: '2026-03-16' } });
    port = (server.address() as AddressInfo).port;
    close = () => server.close();
    const signIn = await fetch(`http://127.0.0.1:${port}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ staffId: 'st_10' }),
    });
    token = ((await signIn.json()) as { token: string }).token;
  });
  afterAll(() => {
    close();
  });

  it('sends a page of children as brotli or gzip as the client prefers, the same JSON either way', async () => {
    const plain = await get('/api/children?pageSize=50');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.wire.byteLength).toBeGreaterThan(MIN_COMPRESSED_BYTES);

    const br = await get('/api/children?pageSize=50', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.wire.byteLength);
    expect(JSON.parse(decoded(br))).toEqual(JSON.parse(decoded(plain)));
    // JSON of a list compresses to well under a fifth.
    expect(br.wire.byteLength).toBeLessThan(plain.wire.byteLength / 5);

    const gzip = await get('/api/children?pageSize=50', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decoded(gzip))).toEqual(JSON.parse(decoded(plain)));

    const refused = await get('/api/children?pageSize=50', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');
  });

  it('sends a small answer as it is, still saying it varies by Accept-Encoding', async () => {
    const clock = await get('/api/clock', { 'Accept-Encoding': 'br, gzip' });
    expect(clock.status).toBe(200);
    expect(clock.wire.byteLength).toBeLessThan(MIN_COMPRESSED_BYTES);
    expect(clock.headers['content-encoding']).toBeUndefined();
    expect(clock.headers.vary).toBe('Accept-Encoding');
    expect(JSON.parse(decoded(clock))).toHaveProperty('today', '2026-03-16');
  });

  it('streams the SSDA903 reviews file as a download, in chunks, compressed when asked', async () => {
    const plain = await get('/api/ssda903/reviews?year=2025');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-disposition']).toBe(
      'attachment; filename="ssda903-reviews-2025.json"',
    );
    // Streamed: no length known in advance, sent in chunks.
    expect(plain.headers['content-length']).toBeUndefined();
    expect(plain.headers['transfer-encoding']).toBe('chunked');
    const file = ssda903ReviewsExportSchema.parse(JSON.parse(decoded(plain)));
    expect(file.rows.length).toBeGreaterThan(1000);
    expect(file.collectionYear.label).toMatch(/2025/);

    const gzip = await get('/api/ssda903/reviews?year=2025', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['transfer-encoding']).toBe('chunked');
    expect(ssda903ReviewsExportSchema.parse(JSON.parse(decoded(gzip)))).toEqual(file);
  });

  it('streams Annex A List 8 as a CSV download, and sends the Excel file whole', async () => {
    const csv = await get('/api/reports/annex-a/list-8?asAt=2026-03-16&format=csv', {
      'Accept-Encoding': 'gzip',
    });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="annex-a-list-8-2026-03-16.csv"',
    );
    expect(csv.headers['transfer-encoding']).toBe('chunked');
    expect(csv.headers['content-encoding']).toBe('gzip');
    const lines = decoded(csv).trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('Child Unique ID,Gender,Ethnicity,Date of Birth,')).toBe(true);
    expect(lines.length).toBeGreaterThan(600);

    const xlsx = await get('/api/reports/annex-a/list-8?asAt=2026-03-16&format=xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    // A zip file (an .xlsx is one).
    expect(xlsx.wire.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('choosing an encoding', () => {
  it('prefers brotli, honours q-values and q=0, and accepts *', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0.5')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0.5, br;q=0')).toBe('gzip');
    expect(chooseEncoding('GZIP')).toBe('gzip');
  });

  it('compresses text, not images or fonts', () => {
    expect(isCompressible('application/json')).toBe(true);
    expect(isCompressible('application/problem+json')).toBe(true);
    expect(isCompressible('text/html; charset=utf-8')).toBe(true);
    expect(isCompressible('text/javascript; charset=utf-8')).toBe(true);
    expect(isCompressible('image/svg+xml')).toBe(true);
    expect(isCompressible('image/png')).toBe(false);
    expect(isCompressible('font/woff2')).toBe(false);
    expect(isCompressible(null)).toBe(false);
  });
});
