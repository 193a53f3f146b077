// Ofsted's ILACS Annex A, List 8 (children in care), as at a date: the domain's annexAList8Rows
// (src/domain/annex-a-list8.ts) does every cell; this file reads the records and writes the file.
// Team managers only, and each download is audited (a list of every child in care leaves the
// system).
import Papa from 'papaparse';
import type { Workbook } from 'exceljs';
import { annexAList8Rows, annexAList8Table, formatDate, type AnnexAList8Input } from '@/domain';
import { annexAList8QuerySchema, type AnnexAFormat } from '@/lib/api/schemas';
import type { Database } from '../db/database';
import { FieldErrors } from '../http/problem';
import { route } from '../http/route';
import { auditEvent, notInFuture } from '../http/support';
import { readQuery } from '../http/validation';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rows written a chunk at a time, so a large list streams over HTTP and is never one string. */
const ROWS_PER_CHUNK = 1000;

/** The records List 8 reads: every child, their reviews (withdrawn marked) and IRO contacts. */
export function annexAList8Input(db: Database, asAt: string): AnnexAList8Input {
  const children: AnnexAList8Input['children'][number][] = [];
  const reviews: AnnexAList8Input['reviews'][number][] = [];
  const contacts: AnnexAList8Input['contacts'][number][] = [];
  for (const child of db.all('children')) {
    children.push({
      id: child.id,
      childRef: child.childRef,
      sex: child.sex,
      dateOfBirth: child.dateOfBirth,
      episodes: child.episodes,
      socialWorker: child.socialWorker,
    });
    for (const review of db.forChild('reviews', child.id)) {
      reviews.push({
        childId: child.id,
        heldOn: review.heldOn,
        withdrawn: review.withdrawn !== null,
      });
    }
    for (const contact of db.forChild('iroContacts', child.id)) {
      contacts.push({ childId: child.id, contactOn: contact.contactOn });
    }
  }
  return { asAt, children, reviews, contacts };
}

/** CSV (RFC 4180: quoted where needed, CRLF), UTF-8 without a byte order mark, streamed. */
function csvStream(table: readonly string[][]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next >= table.length) {
        controller.close();
        return;
      }
      const chunk = table.slice(next, next + ROWS_PER_CHUNK);
      // A cell starting =, +, - or @ is escaped, so a spreadsheet never runs it as a formula.
      const text = Papa.unparse(chunk, { newline: '\r\n', escapeFormulae: true });
      controller.enqueue(encoder.encode(`${text}\r\n`));
      next += ROWS_PER_CHUNK;
    },
  });
}

/** One sheet, every cell text (so DD/MM/YYYY stays as Ofsted asks, never an Excel date). */
async function xlsxBytes(table: readonly string[][]): Promise<ArrayBuffer> {
  // Loaded only when a spreadsheet is asked for: it is large, and never in the first load.
  const { default: ExcelJS } = (await import('exceljs')) as unknown as {
    default: { Workbook: new () => Workbook };
  };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IRO Review Tracker';
  const sheet = workbook.addWorksheet('List 8', { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of table) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return workbook.xlsx.writeBuffer();
}

async function list8File(table: readonly string[][], format: AnnexAFormat): Promise<Response> {
  if (format === 'csv') {
    return new Response(csvStream(table), {
      status: 200,
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    });
  }
  return new Response(await xlsxBytes(table), {
    status: 200,
    headers: { 'Content-Type': XLSX_TYPE },
  });
}

export const annexAHandlers = [
  route('getAnnexAList8', async ({ url, db, user }) => {
    const query = readQuery(url, annexAList8QuerySchema);
    const errors = new FieldErrors();
    notInFuture(errors, 'asAt', 'Date the list is as at', query.asAt, db.today);
    errors.throwIfAny();
    const rows = annexAList8Rows(annexAList8Input(db, query.asAt));
    const response = await list8File(annexAList8Table(rows), query.format);
    const kind = query.format === 'csv' ? 'CSV' : 'Excel';
    await db.commit({
      puts: {
        auditEvents: [
          auditEvent(db, user, {
            entity: 'report',
            entityId: 'annex-a-list-8',
            childId: null,
            action: 'downloaded',
            summary: `${user.name} downloaded Ofsted Annex A List 8 as at ${formatDate(query.asAt)} (${kind}, ${rows.length} ${rows.length === 1 ? 'child' : 'children'})`,
            changes: [],
          }),
        ],
      },
      deletes: {},
    });
    const filename = `annex-a-list-8-${query.asAt}.${query.format}`;
    response.headers.set('Content-Disposition', `attachment; filename="${filename}"`);
    return response;
  }),
];
