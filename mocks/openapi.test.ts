// The published contract (public/openapi.json) must be exactly what the code generates, and must
// describe every endpoint the mock serves and nothing it does not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { malformedAddressHandler } from './http/request-guard';
import { handlers } from './handlers';
import { buildOpenApiDocument, routes } from './openapi';

interface HandlerInfo {
  method: unknown;
  path: unknown;
}

/** MSW's `*\/api/children/:childId` as the contract's `GET /children/{childId}`. */
function servedEndpoints(): string[] {
  // The malformed-address guard answers only addresses no operation could match.
  return handlers
    .filter((handler) => handler !== malformedAddressHandler)
    .map((handler) => {
      const { method, path } = handler.info as HandlerInfo;
      if (typeof method !== 'string' || typeof path !== 'string') {
        throw new Error(`Handler without a method and path: ${handler.info.header}`);
      }
      const contractPath = path.replace(/^\*\/api/, '').replace(/:(\w+)/g, '{$1}');
      return `${method.toUpperCase()} ${contractPath}`;
    });
}

describe('the OpenAPI contract', () => {
  const document = buildOpenApiDocument();

  it('is committed exactly as generated (regenerate with mocks/openapi-write.ts)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../public/openapi.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(document);
  });

  it('documents every endpoint the mock backend serves, and only those', () => {
    const documented = routes.map((route) => `${route.method.toUpperCase()} ${route.path}`);
    expect([...servedEndpoints()].sort()).toEqual([...documented].sort());
  });

  it('is OpenAPI 3.1 with a response schema and error responses on every operation', () => {
    expect(document.openapi).toBe('3.1.0');
    const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
    for (const [path, operations] of Object.entries(paths)) {
      expect(path.startsWith('/')).toBe(true);
      for (const [method, operation] of Object.entries(operations)) {
        const responses = operation.responses as Record<string, unknown>;
        const codes = Object.keys(responses);
        expect(
          codes.some((code) => code.startsWith('2')),
          `${method} ${path}`,
        ).toBe(true);
        if (operation.security === undefined) {
          expect(codes, `${method} ${path} needs sign-in`).toEqual(
            expect.arrayContaining(['401', '403']),
          );
        }
        if (operation.requestBody !== undefined) {
          expect(codes, `${method} ${path} validates its body`).toContain('422');
        }
      }
    }
  });

  it('resolves every $ref to a component schema', () => {
    const text = JSON.stringify(document);
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(refs.length).toBeGreaterThan(10);
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining([...new Set(refs)]));
  });
});
