import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ageOn, ANNEX_A_LIST_8_COLUMNS, careStatusOn, formatSsda903Date } from '@/domain';
import { API, call, fieldErrors, signInAs, useMockBackend } from '../test/support';

const TODAY = '2026-11-23';
const ctx = useMockBackend({ size: 120, today: TODAY });

async function download(token: string, query: string): Promise<Response> {
  return fetch(`${API}/reports/annex-a/list-8?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
}

function column(name: (typeof ANNEX_A_LIST_8_COLUMNS)[number]): number {
  return ANNEX_A_LIST_8_COLUMNS.indexOf(name);
}

describe('GET /reports/annex-a/list-8', () => {
  it('gives a team manager a CSV of the children looked after on the date, audited', async () => {
    const { token, user } = await signInAs(ctx.db, 'team-manager');
    const response = await download(token, `asAt=${TODAY}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="annex-a-list-8-${TODAY}.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    // UTF-8 with no byte order mark.
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...ANNEX_A_LIST_8_COLUMNS]);

    const inCare = [...ctx.db.all('children')].filter(
      (child) => careStatusOn(child.episodes, TODAY).lookedAfter,
    );
    expect(rows).toHaveLength(inCare.length);
    const child = inCare[0];
    if (child === undefined) throw new Error('No child in care in the seed');
    const row = rows.find((r) => r[0] === child.childRef);
    expect(row?.[column('Date of Birth')]).toBe(formatSsda903Date(child.dateOfBirth));
    expect(row?.[column('Age of Child (Years)')]).toBe(String(ageOn(child.dateOfBirth, TODAY)));
    expect(row?.[column("Child's Legal Status")]).toBe(child.episodes.at(-1)?.legalStatus);
    expect(row?.[column('Ethnicity')]).toBe('');

    const audit = [...ctx.db.all('auditEvents')].find(
      (e) => e.entity === 'report' && e.action === 'downloaded',
    );
    expect(audit?.actorId).toBe(user.id);
    expect(audit?.summary).toBe(
      `${user.name} downloaded Ofsted Annex A List 8 as at 23 November 2026 (CSV, ${inCare.length} children)`,
    );
  });

  it('gives the same cells as an Excel workbook, every cell text', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const csv = Papa.parse<string[]>(
      await (await download(token, `asAt=2026-03-31&format=csv`)).text(),
      { skipEmptyLines: true },
    ).data;
    const response = await download(token, `asAt=2026-03-31&format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('List 8');
    const cells: string[][] = [];
    sheet?.eachRow({ includeEmpty: false }, (row) => {
      cells.push(
        ANNEX_A_LIST_8_COLUMNS.map((_, index) => {
          const value = row.getCell(index + 1).value;
          if (value === null || value === undefined) return '';
          if (typeof value !== 'string') throw new Error(`Cell ${index + 1} is not text`);
          return value;
        }),
      );
    });
    expect(cells).toEqual(csv);
    expect(typeof sheet?.getRow(2).getCell(column('Date of Birth') + 1).value).toBe('string');
  });

  it('refuses a date that is not a real date, or in the future, naming asAt', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const bad = await call('GET', '/reports/annex-a/list-8?asAt=2026-02-30&format=csv', { token });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad.body)).toEqual({ asAt: 'Date the list is as at must be a real date' });
    const future = await call('GET', '/reports/annex-a/list-8?asAt=2026-11-24&format=csv', {
      token,
    });
    expect(future.status).toBe(422);
    expect(fieldErrors(future.body)).toEqual({
      asAt: 'Date the list is as at must be today or in the past',
    });
    const format = await call('GET', `/reports/annex-a/list-8?asAt=${TODAY}&format=pdf`, { token });
    expect(fieldErrors(format.body)).toEqual({ format: 'Select CSV or Excel' });
    expect([...ctx.db.all('auditEvents')].some((e) => e.entity === 'report')).toBe(false);
  });

  it('refuses IROs and business support', async () => {
    for (const role of ['iro', 'business-support'] as const) {
      const { token } = await signInAs(ctx.db, role);
      const result = await call('GET', `/reports/annex-a/list-8?asAt=${TODAY}&format=csv`, {
        token,
      });
      expect(result.status).toBe(403);
    }
  });
});
