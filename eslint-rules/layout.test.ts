// Lint probes: a throwaway file breaking each zone of the layout (never written to disk: linted as
// text at a path inside the zone) must fail lint with the zone's reason, and a file that keeps to
// the rules must pass. This is what keeps the README's "Where things go" true.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The project's own config, without type information (the probe files do not exist on disk).
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});

async function layoutProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.startsWith('layout/') === true)
    .map((message) => message.message);
}

const probes: { zone: string; file: string; code: string; reason: RegExp }[] = [
  {
    zone: 'the domain imports nothing outside itself',
    file: 'src/domain/lint-probe.ts',
    code: "export { paths } from '../lib/paths';",
    reason: /src\/domain imports nothing outside itself/,
  },
  {
    zone: 'the domain does not import the API client by alias',
    file: 'src/domain/lint-probe.ts',
    code: "export { api } from '@/lib/api/client';",
    reason: /src\/domain imports nothing outside itself/,
  },
  {
    zone: 'a feature does not import another by a relative path',
    file: 'src/features/caseload/api/lint-probe.ts',
    code: "export { useStaff } from '../../child-record/api/get-child';",
    reason: /Features do not import each other \(caseload -> child-record\)/,
  },
  {
    zone: 'a feature does not import another by alias',
    file: 'src/features/team/lint-probe.ts',
    code: "export * from '@/features/booking';",
    reason: /Features do not import each other \(team -> booking\)/,
  },
  {
    zone: 'a feature does not import the app',
    file: 'src/features/team/lint-probe.ts',
    code: "export { routes } from '@/app/router';",
    reason: /Only src\/app composes the app/,
  },
  {
    zone: 'a feature does not call the mock',
    file: 'src/features/team/routes/lint-probe.ts',
    code: "export { server } from '../../../../mocks/node';",
    reason: /never to the mock/,
  },
  {
    zone: 'shared code does not import a feature',
    file: 'src/lib/lint-probe.ts',
    code: "export * from './../features/reports';",
    reason: /Shared code .* does not import features/,
  },
  {
    zone: 'src/lib does not import components',
    file: 'src/lib/forms/lint-probe.ts',
    code: "export { Button } from '../../components';",
    reason: /src\/lib holds no React components/,
  },
  {
    zone: 'a component does not use react-query',
    file: 'src/components/lint-probe.tsx',
    code: "export { useQuery } from '@tanstack/react-query';",
    reason: /Components are presentational: no react-query/,
  },
  {
    zone: 'a component does not call the API client',
    file: 'src/components/govuk/lint-probe.tsx',
    code: "export { api } from '../../lib/api/client';",
    reason: /Components are presentational: data comes in as props/,
  },
  {
    zone: 'the mock does not import a feature',
    file: 'mocks/handlers/lint-probe.ts',
    code: "export * from '@/features/caseload';",
    reason: /The mock backend uses src\/domain and the API contract/,
  },
  {
    zone: 'the mock does not import components by a relative path',
    file: 'mocks/lint-probe.ts',
    code: "export * from '../src/components';",
    reason: /The mock backend uses src\/domain and the API contract/,
  },
  {
    zone: 'file names are kebab-case',
    file: 'src/components/LintProbe.tsx',
    code: 'export const probe = 1;',
    reason: /File names are kebab-case: LintProbe\.tsx/,
  },
];

describe('lint guards the layout', () => {
  it.each(probes)('fails: $zone', async ({ file, code, reason }) => {
    const problems = await layoutProblems(file, code);
    expect(problems).toEqual([expect.stringMatching(reason)]);
  });

  it('passes a feature file that keeps to the rules', async () => {
    const code = [
      "export { paths } from '@/lib/paths';",
      "export { Button } from '@/components';",
      "export { useStaff } from '@/lib/queries/get-staff';",
      "export * from '../lib/caseload-params';",
      "export * from '@/domain';",
    ].join('\n');
    expect(await layoutProblems('src/features/caseload/routes/lint-probe.ts', code)).toEqual([]);
  });

  it('passes the mock using the domain and the API contract, and a test using the mock', async () => {
    const mock = "export * from '@/domain';\nexport * from '@/lib/api/schemas';";
    expect(await layoutProblems('mocks/handlers/lint-probe.ts', mock)).toEqual([]);
    const test = "export { server } from '@mocks/node';";
    expect(await layoutProblems('src/features/team/routes/lint-probe.test.tsx', test)).toEqual([]);
  });
});
