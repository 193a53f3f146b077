// @ts-check
// Lint rules that guard the house's layout (see README "Where things go"). Written here rather than
// taken from eslint-plugin-import-x or eslint-plugin-boundaries: those need a resolver package with
// a native binary to follow the '@/' and '@mocks/' aliases, and all we need is to resolve a
// specifier to a folder of this repository and compare it with the importing file's folder.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The repository-relative path an import specifier names, or null for a package. */
function resolveSpecifier(specifier, filename) {
  let absolute;
  if (specifier.startsWith('@/')) absolute = path.join(ROOT, 'src', specifier.slice(2));
  else if (specifier.startsWith('@mocks/')) absolute = path.join(ROOT, 'mocks', specifier.slice(7));
  else if (specifier.startsWith('.')) absolute = path.resolve(path.dirname(filename), specifier);
  else return null;
  return path.relative(ROOT, absolute).split(path.sep).join('/');
}

const within = (file, folder) => file === folder || file.startsWith(`${folder}/`);
const featureOf = (file) => /^src\/features\/([^/]+)/.exec(file)?.[1];
const isTestFile = (file) =>
  /\.test\.tsx?$/.test(file) || /(^|\/)testing\//.test(file) || within(file, 'src/test');

// src/main.tsx, the entry point, is the one place that starts the in-browser mock (on demand).
/**
 * Who may import what, by the folders the two files are in (relative imports included):
 * each entry says, for an importing file, why a resolved target is refused (or null).
 */
const ZONES = [
  (from, to) =>
    within(from, 'src/domain') && !within(to, 'src/domain')
      ? 'src/domain imports nothing outside itself: it is the specification, pure TypeScript.'
      : null,
  (from, to) => {
    const mine = featureOf(from);
    const theirs = featureOf(to);
    return mine !== undefined && theirs !== undefined && mine !== theirs
      ? `Features do not import each other (${mine} -> ${theirs}): move what both need to src/lib (queries, API) or src/components (components), or compose them in src/app.`
      : null;
  },
  (from, to) =>
    (within(from, 'src/features') ||
      within(from, 'src/lib') ||
      within(from, 'src/components') ||
      within(from, 'src/stores')) &&
    within(to, 'src/app')
      ? 'Only src/app composes the app: nothing else imports it.'
      : null,
  (from, to) =>
    (within(from, 'src/lib') || within(from, 'src/components') || within(from, 'src/stores')) &&
    within(to, 'src/features')
      ? 'Shared code (src/lib, src/components, src/stores) does not import features.'
      : null,
  (from, to) =>
    within(from, 'src') && within(to, 'mocks') && !isTestFile(from) && from !== 'src/main.tsx'
      ? 'The app talks to the backend through src/lib/api, never to the mock (only tests may).'
      : null,
  (from, to) =>
    within(from, 'mocks') &&
    ['src/features', 'src/app', 'src/components', 'src/stores'].some((folder) =>
      within(to, folder),
    ) &&
    !(isTestFile(from) && within(to, 'src/test'))
      ? 'The mock backend uses src/domain and the API contract in src/lib/api only, never the UI.'
      : null,
  (from, to) =>
    within(from, 'src/lib') && within(to, 'src/components')
      ? 'src/lib holds no React components and does not import them: components go in src/components.'
      : null,
  (from, to) =>
    within(from, 'src/components') &&
    !isTestFile(from) &&
    ['src/lib/api/client', 'src/lib/api/all-pages', 'src/lib/query-client', 'src/lib/queries'].some(
      (data) => within(to.replace(/\.tsx?$/, ''), data),
    )
      ? 'Components are presentational: data comes in as props, never from the API client.'
      : null,
];

const PRESENTATIONAL_PACKAGES = /^@tanstack\/react-query(\/|$)/;

/** @type {import('eslint').Rule.RuleModule} */
const importZones = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps imports flowing one way between the folders of src and mocks.' },
    schema: [],
  },
  create(context) {
    const from = path.relative(ROOT, context.filename).split(path.sep).join('/');
    function check(node, source) {
      if (source === null || source === undefined || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (within(from, 'src/components') && PRESENTATIONAL_PACKAGES.test(specifier)) {
        context.report({
          node,
          message:
            'Components are presentational: no react-query here; a feature or src/lib fetches and passes data in.',
        });
        return;
      }
      const to = resolveSpecifier(specifier, context.filename);
      if (to === null) return;
      for (const zone of ZONES) {
        const message = zone(from, to);
        if (message !== null) {
          context.report({ node, message });
          return;
        }
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
    };
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const kebabCaseFiles = {
  meta: {
    type: 'suggestion',
    docs: {
      description: 'File names are kebab-case (suffixes such as .test, .spec, .worker allowed).',
    },
    schema: [],
  },
  create(context) {
    return {
      Program(node) {
        const base = path.basename(context.filename);
        const stem = base.split('.')[0] ?? base;
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem)) {
          context.report({ node, message: `File names are kebab-case: ${base}` });
        }
      },
    };
  },
};

export default { rules: { 'import-zones': importZones, 'kebab-case-files': kebabCaseFiles } };
