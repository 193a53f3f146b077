// Reading the SSDA903 files: papaparse turns each CSV into rows, then the domain checks them. This
// runs inside a web worker in the browser (ssda903.worker.ts) and directly on the main thread where
// there is no Worker (jsdom tests): the same function either way.
import Papa from 'papaparse';
import {
  SSDA903_FILE_KINDS,
  SSDA903_FILE_LABELS,
  validateSsda903,
  type IsoDate,
  type Ssda903FileKind,
  type Ssda903FileRows,
  type Ssda903Row,
  type Ssda903Validation,
} from '@/domain';
import { plural } from './words';

/** A problem shown in the preview: a domain problem, or the CSV itself could not be read. */
export interface ImportProblem {
  file: Ssda903FileKind;
  row: number;
  field: string;
  code: string;
  message: string;
  childRef: string | null;
  /** The DfE rule number ('357') or integrity check ('INT01'); null for the tracker's own. */
  rule: string | null;
}

export interface ReturnAnalysis {
  validation: Ssda903Validation;
  /** CSV problems first (by file), then the domain's. */
  problems: ImportProblem[];
  /** Milliseconds spent reading and checking. */
  elapsedMs: number;
  /** The rows as read, for the backend's check (POST /ssda903/check). */
  rows: Readonly<Record<Ssda903FileKind, readonly Ssda903Row[]>>;
  /** Each row's line in its file (blank lines counted), so the backend numbers rows the same. */
  rowNumbers: Readonly<Record<Ssda903FileKind, readonly number[]>>;
}

export type ReturnTexts = Readonly<Record<Ssda903FileKind, string>>;

/** 0 to 1, with what is happening in words. */
export type ProgressListener = (fraction: number, stage: string) => void;

const CHUNK_BYTES = 256 * 1024;

/** Parses one CSV file (first row = column names) into rows, reporting progress by characters. */
export function parseCsvFile(
  text: string,
  file: Ssda903FileKind,
  onChunk: (charactersRead: number) => void = () => undefined,
): { data: Ssda903FileRows; problems: ImportProblem[] } {
  const rows: Ssda903Row[] = [];
  const problems: ImportProblem[] = [];
  let columns: string[] = [];
  // A byte-order mark (Excel's "CSV UTF-8") would otherwise become part of the first column name.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Parsing a string in chunks is synchronous (papaparse's string streamer), so the rows are all
  // here when parse returns; `complete` is only there to satisfy the typings. Rows come as arrays
  // (papaparse's header mode is much slower) and become column -> text objects here.
  let line = 0;
  const rowNumbers: number[] = [];
  Papa.parse<string[]>(body, {
    chunkSize: CHUNK_BYTES,
    complete: () => undefined,
    chunk: (results: Papa.ParseResult<string[]>) => {
      const offset = line;
      for (const cells of results.data) {
        line++;
        // Blank lines are skipped but counted, so row numbers match the spreadsheet.
        if (cells.every((value) => value.trim() === '')) continue;
        if (columns.length === 0) {
          columns = cells.map((name) => name.trim().toUpperCase());
          continue;
        }
        const row: Record<string, string> = {};
        const count = Math.min(cells.length, columns.length);
        for (let i = 0; i < count; i++) row[columns[i] ?? ''] = cells[i] ?? '';
        rows.push(row);
        rowNumbers.push(line);
        if (cells.length !== columns.length) {
          problems.push({
            file,
            row: line,
            field: '',
            code: 'csv-wrong-number-of-cells',
            message: `The row has ${plural(cells.length, 'cell')} but there are ${plural(columns.length, 'column name')}`,
            childRef: row.CHILD?.trim() || null,
            rule: null,
          });
        }
      }
      for (const error of results.errors) {
        problems.push({
          file,
          row: offset + (error.row ?? 0) + 1,
          field: '',
          code: `csv-${error.code}`,
          message: `The ${SSDA903_FILE_LABELS[file]} could not be read here: ${error.message}`,
          childRef: null,
          rule: null,
        });
      }
      onChunk(results.meta.cursor);
    },
  });
  return { data: { columns, rows, rowNumbers }, problems };
}

/**
 * Reads and checks the three files of a return. Matching its children to the tracker's is the
 * server's (POST /ssda903/compare): the tracker's records never come to the browser.
 */
export function analyseReturn(
  texts: ReturnTexts,
  today: IsoDate,
  onProgress: ProgressListener = () => undefined,
): ReturnAnalysis {
  const started = performance.now();
  const total = SSDA903_FILE_KINDS.reduce((sum, kind) => sum + texts[kind].length, 0) || 1;
  let done = 0;
  const parsed = {} as Record<Ssda903FileKind, Ssda903FileRows>;
  const csvProblems: ImportProblem[] = [];
  for (const kind of SSDA903_FILE_KINDS) {
    const before = done;
    onProgress((0.9 * before) / total, `Reading the ${SSDA903_FILE_LABELS[kind]}`);
    const result = parseCsvFile(texts[kind], kind, (characters) => {
      onProgress((0.9 * (before + characters)) / total, `Reading the ${SSDA903_FILE_LABELS[kind]}`);
    });
    done += texts[kind].length;
    parsed[kind] = result.data;
    csvProblems.push(...result.problems);
  }
  onProgress(0.9, 'Checking every row');
  const validation = validateSsda903(parsed, { today });
  onProgress(1, 'Done');
  return {
    validation,
    problems: [...csvProblems, ...validation.problems],
    elapsedMs: performance.now() - started,
    rows: {
      header: parsed.header.rows,
      episodes: parsed.episodes.rows,
      reviews: parsed.reviews.rows,
    },
    rowNumbers: {
      header: rowNumbersOf(parsed.header),
      episodes: rowNumbersOf(parsed.episodes),
      reviews: rowNumbersOf(parsed.reviews),
    },
  };
}

/** A file's row numbers, as parsed (or by position from row 2 if none were kept). */
function rowNumbersOf(file: {
  rows: readonly unknown[];
  rowNumbers?: readonly number[] | undefined;
}): number[] {
  return file.rowNumbers === undefined
    ? file.rows.map((_, index) => index + 2)
    : [...file.rowNumbers];
}
