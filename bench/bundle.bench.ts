// The production bundle: what the first page downloads before it can render, and every chunk's
// size, gzipped as a server would send it. Reads dist/.vite/manifest.json (run `vite build` first;
// `npm run bench` does).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './support.ts';

const BUDGET_KB = 150;
const dist = new URL('../dist/', import.meta.url);

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

function gzipKb(file: string): number {
  return gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length / 1024;
}

export function runBundleBenchmarks(): BenchResult[] {
  const manifestUrl = new URL('.vite/manifest.json', dist);
  if (!existsSync(manifestUrl)) {
    throw new Error('dist/.vite/manifest.json not found: run `npx vite build` first');
  }
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as Record<string, ManifestChunk>;
  const [entryKey] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry === true) ?? [];
  if (entryKey === undefined) throw new Error('The manifest has no entry chunk');

  // The entry and everything it imports statically: what loads before the first render.
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entryKey);

  const chunks = Object.entries(manifest)
    .filter(([, chunk]) => chunk.file.endsWith('.js'))
    .map(([key, chunk]) => ({
      key,
      file: chunk.file,
      label: chunk.src ?? chunk.name ?? key,
      kb: gzipKb(chunk.file),
      initial: initial.has(key),
    }))
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.kb - a.kb);

  const results: BenchResult[] = chunks.map((chunk) => ({
    name: `bundle: ${chunk.initial ? 'initial' : 'on demand'} ${chunk.label}`,
    figure: `${chunk.kb.toFixed(1)} KB gzip`,
  }));
  const initialKb = chunks.filter((chunk) => chunk.initial).reduce((sum, c) => sum + c.kb, 0);
  // zod loads with the schemas once the first answer needs checking: one value import of a schema
  // module from the shell (the role guard's, once) brought 26 KB gzip of it into the first download.
  const zodFirst = chunks
    .filter((chunk) => chunk.initial)
    .some((chunk) => {
      // The bundler's own runtime chunk is generated code with no sources, so it has no map.
      const mapFile = new URL(`${chunk.file}.map`, dist);
      if (!existsSync(mapFile)) return false;
      const map = JSON.parse(readFileSync(mapFile, 'utf8')) as {
        sources: string[];
      };
      return map.sources.some((source) => /node_modules\/zod\//.test(source));
    });
  results.push({
    name: 'bundle: zod in the first download',
    figure: zodFirst ? 'yes' : 'no',
    budget: 'no',
    withinBudget: !zodFirst,
  });
  results.push({
    name: 'bundle: initial JavaScript (entry + static imports; mock backend loads on demand)',
    figure: `${initialKb.toFixed(1)} KB gzip`,
    budget: `${BUDGET_KB} KB gzip`,
    withinBudget: initialKb <= BUDGET_KB,
  });
  return results;
}
