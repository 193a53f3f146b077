// Regenerates public/openapi.json: npx tsx --tsconfig tsconfig.json mocks/openapi-write.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApiJson } from './openapi';

const target = fileURLToPath(new URL('../public/openapi.json', import.meta.url));
writeFileSync(target, openApiJson());
console.log(`Wrote ${target}`);
