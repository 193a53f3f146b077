// Test support: compares our rendered markup with govuk-frontend's own fixtures, so an upgrade
// that changes a component's markup fails a test. Used only by *.test.tsx files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type GovukFixture = { name: string; options: Record<string, unknown>; html: string };

const cache = new Map<string, GovukFixture[]>();

/** A named fixture from node_modules/govuk-frontend/dist/govuk/components/<component>/fixtures.json. */
export function govukFixture(component: string, name: string): GovukFixture {
  let fixtures = cache.get(component);
  if (!fixtures) {
    const path = resolve(
      process.cwd(),
      'node_modules/govuk-frontend/dist/govuk/components',
      component,
      'fixtures.json',
    );
    fixtures = (JSON.parse(readFileSync(path, 'utf8')) as { fixtures: GovukFixture[] }).fixtures;
    cache.set(component, fixtures);
  }
  const fixture = fixtures.find((f) => f.name === name);
  if (!fixture) throw new Error(`No fixture "${name}" for ${component}`);
  return fixture;
}

/**
 * Attributes that differ only because govuk-frontend's script is not used: `data-module` hooks are
 * not rendered, and `data-aria-controls` is rendered as the `aria-controls` that script would set
 * (with `aria-expanded`, which we drop here). Hidden conditional reveals also carry `hidden`.
 */
function normaliseAttributes(element: Element): string[] {
  const attributes: string[] = [];
  for (const { name, value } of Array.from(element.attributes)) {
    if (['data-module', 'aria-expanded', 'checked', 'hidden'].includes(name)) continue;
    if (name === 'value' && value === '') continue;
    if (name === 'class') {
      const classes = value.split(/\s+/).filter(Boolean).sort();
      attributes.push(`class="${classes.join(' ')}"`);
      continue;
    }
    attributes.push(`${name === 'data-aria-controls' ? 'aria-controls' : name}="${value}"`);
  }
  if (
    element instanceof HTMLInputElement &&
    (element.type === 'radio' || element.type === 'checkbox')
  ) {
    if (element.checked || element.hasAttribute('checked')) attributes.push('checked');
  }
  return attributes.sort();
}

function serialise(node: Node, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(`${indent}${text}`);
    return;
  }
  if (!(node instanceof Element)) return;
  const attributes = normaliseAttributes(node);
  const tag = node.tagName.toLowerCase();
  out.push(`${indent}<${[tag, ...attributes].join(' ')}>`);
  for (const child of Array.from(node.childNodes)) serialise(child, depth + 1, out);
}

/** Markup with whitespace collapsed, attributes and class names in a fixed order, one node a line. */
export function normaliseHtml(source: string | Element): string {
  const out: string[] = [];
  if (typeof source === 'string') {
    const template = document.createElement('template');
    template.innerHTML = source;
    for (const child of Array.from(template.content.childNodes)) serialise(child, 0, out);
  } else {
    for (const child of Array.from(source.childNodes)) serialise(child, 0, out);
  }
  return out.join('\n');
}
