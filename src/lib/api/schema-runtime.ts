// What every response check needs beside a resource's own schemas (client.ts loads it on first
// use): zod's array and error, and the problem+json schema of every error response.
export { array, ZodError } from 'zod';
export { problemSchema } from './schemas/common';
