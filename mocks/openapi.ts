// The OpenAPI 3.1 description of the REST API, generated from the operations table (who may call
// what: src/lib/api/operations.ts) and the same zod schemas the mock and the client use
// (mocks/openapi-contract.ts). public/openapi.json is its committed output: npm run openapi
import { z } from 'zod';
import { OPERATION_IDS, operations, type Operation } from '@/lib/api/operations';
import * as s from '@/lib/api/schemas';
import { contracts, type OperationContract } from './openapi-contract';

export type Route = Operation & OperationContract;

/** Every operation with its contract, in the table's order (the document's order). */
export const routes: readonly Route[] = OPERATION_IDS.map((id) => ({
  ...(operations[id] as Operation),
  ...contracts[id],
}));

type JsonSchema = Record<string, unknown>;
const REF = '#/components/schemas/';

function componentName(schema: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(schema);
  return typeof meta?.id === 'string' ? meta.id : undefined;
}

/**
 * JSON Schema for a schema in a request ('input': defaults optional) or a response ('output').
 * Named schemas (meta id) become components, referenced with $ref.
 */
function toSchema(
  schema: z.ZodType,
  io: 'input' | 'output',
  components: Record<string, JsonSchema>,
): JsonSchema {
  const raw = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  // Local $defs become shared components.
  const generated = JSON.parse(
    JSON.stringify(raw).replaceAll('"#/$defs/', `"${REF}`),
  ) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const { $defs, $schema: _ignored, ...root } = generated;
  for (const [id, definition] of Object.entries($defs ?? {})) {
    components[id] ??= definition;
  }
  const name = componentName(schema);
  if (name === undefined) return root;
  components[name] ??= root;
  return { $ref: `${REF}${name}` };
}

function rolesText(route: Route): string {
  if (route.control === true)
    return 'Mock control for demos and tests: no sign-in, never in production.';
  if (route.roles === null) return 'No sign-in needed.';
  return `Roles: ${route.roles.join(', ')}.${route.access === undefined ? '' : ` ${route.access}`}`;
}

export function buildOpenApiDocument(): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  const problem = toSchema(s.problemSchema, 'output', components);
  const problemContent = { 'application/problem+json': { schema: problem } };
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const parameters: JsonSchema[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    for (const query of route.query ?? []) {
      parameters.push({
        name: query.name,
        in: 'query',
        required: query.required ?? false,
        description: query.description,
        schema: query.schema,
      });
    }
    const responses: Record<string, JsonSchema> = {
      [String(route.status)]:
        route.files !== undefined
          ? {
              description: 'A file download (Content-Disposition: attachment)',
              content: Object.fromEntries(
                route.files.map((file) => [
                  file.type,
                  { schema: { type: 'string', format: 'binary', description: file.description } },
                ]),
              ),
            }
          : route.response === null
            ? { description: 'No content' }
            : {
                description: 'Success',
                content: {
                  'application/json': { schema: toSchema(route.response, 'output', components) },
                },
              },
    };
    if (route.roles !== null) {
      responses['401'] = { description: 'Not signed in', content: problemContent };
      responses['403'] = {
        description: 'Not allowed for this role or allocation (reason in detail)',
        content: problemContent,
      };
    }
    if (route.path.includes('{'))
      responses['404'] = { description: 'Unknown id', content: problemContent };
    if (route.body !== undefined || route.query !== undefined) {
      responses['422'] = {
        description: 'Invalid fields, each named in errors[]',
        content: problemContent,
      };
    }
    if (route.body !== undefined && ['put', 'patch'].includes(route.method)) {
      responses['409'] = {
        description: 'Version conflict: current holds the record as it is now',
        content: problemContent,
      };
    }
    if (route.control !== true) {
      responses['500'] = {
        description: 'Server error (or a mock fault scenario)',
        content: problemContent,
      };
    }
    const operation: JsonSchema = {
      summary: route.summary,
      description: rolesText(route),
      operationId: `${route.method}${route.path.replace(/[{}]/g, '').replace(/(^|[/_-])(\w)/g, (_m, _sep, c: string) => c.toUpperCase())}`,
      tags: [route.control === true ? 'mock control' : (route.path.split('/')[1] ?? 'api')],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: toSchema(route.body, 'input', components) },
              },
            },
          }),
      responses,
      ...(route.roles === null ? { security: [] } : {}),
    };
    const pathItem = (paths[route.path] ??= {});
    pathItem[route.method] = operation;
  }
  const sorted = Object.fromEntries(
    Object.entries(components).sort(([a], [b]) => a.localeCompare(b)),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'IRO Review Tracker API',
      version: '1.0.0',
      description:
        'The REST API of IRO Review Tracker, as implemented by its mock backend (MSW). Generated from the operations table in src/lib/api/operations.ts (who may call what) and the zod schemas in src/lib/api/schemas. Dates are calendar dates in England (YYYY-MM-DD). Errors are application/problem+json.',
    },
    servers: [{ url: '/api' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas: sorted,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /session' },
      },
    },
  };
}

/** The committed file's exact text (formatted as Prettier would leave JSON of this shape). */
export function openApiJson(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
