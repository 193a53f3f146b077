// Compressing what the HTTP server sends (mocks/http-server.ts): brotli or gzip, as the client's
// Accept-Encoding prefers, for text (JSON, HTML, scripts, styles) of at least a kilobyte. A page of
// 50 children is about 25 KB of JSON and 3-4 KB compressed; a few hundred bytes gain nothing.
import {
  constants,
  brotliCompressSync,
  createBrotliCompress,
  createGzip,
  gzipSync,
} from 'node:zlib';
import type { Transform } from 'node:stream';

export type ContentEncoding = 'br' | 'gzip';

/** Smaller bodies go as they are: the encoding's own header and framing would eat the gain. */
export const MIN_COMPRESSED_BYTES = 1024;

// Brotli's default (quality 11) takes about a second for a megabyte; 5 compresses JSON nearly as
// well (within 10%) at gzip's speed, which matters for answers made on every request.
const BROTLI_OPTIONS = {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 5,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  },
};

/**
 * The encoding to send, from an Accept-Encoding header: brotli if it is accepted as much as gzip,
 * else gzip; none when neither is accepted (q=0 refuses; `*` accepts both).
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  if (acceptEncoding === undefined || acceptEncoding.trim() === '') return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    const weight = q === undefined ? 1 : Number(q);
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: ContentEncoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gzip = weightOf('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return null;
}

/** Text is worth compressing; images and fonts are compressed already. */
export function isCompressible(contentType: string | null | undefined): boolean {
  if (contentType === null || contentType === undefined) return false;
  return /^(text\/|application\/(json|problem\+json|javascript|xml)|image\/svg\+xml)/i.test(
    contentType,
  );
}

export function compressBuffer(body: Buffer, encoding: ContentEncoding): Buffer {
  return encoding === 'br' ? brotliCompressSync(body, BROTLI_OPTIONS) : gzipSync(body);
}

/** For a body sent as it is made (a file download): compressed chunk by chunk. */
export function compressingStream(encoding: ContentEncoding): Transform {
  return encoding === 'br' ? createBrotliCompress(BROTLI_OPTIONS) : createGzip();
}
