import type {
  AuditEvent,
  Child,
  Escalation,
  IroContact,
  MidpointCheck,
  MockScenario,
  OutboxMessage,
  Review,
  ReviewMeeting,
  SaveDraftBody,
  Settings,
  StaffMember,
} from '@/lib/api/schemas';
import type { DocumentKind, IsoDate } from '@/domain';

/**
 * A signed-in demo session: the token is the id. Instants in the mock's clock (http/sessions.ts).
 */
export interface SessionRecord {
  id: string;
  staffId: string;
  createdAt: string;
  /**
   * The last request, as last stored: written at most once a minute (the latest is held in memory,
   * mocks/http/sessions.ts). Absent in sessions stored before it existed: then `createdAt`.
   */
  lastSeenAt?: string;
}

/**
 * A person's draft of one form (mocks/handlers/drafts.ts): the id is `${staffId}:${key}`, so a
 * person's drafts are theirs alone. Instants in the mock's clock.
 */
export interface DraftRecord {
  id: string;
  staffId: string;
  key: string;
  values: SaveDraftBody['values'];
  recordVersion: number | null;
  savedAt: string;
}

/** A council's template for one kind of document, keyed by the kind (src/domain/document-templates.ts). */
export interface StoredDocumentTemplate {
  id: DocumentKind;
  title: string;
  body: string;
  version: number;
  /** null: the seeded default, never changed. */
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
}

/** Every table of the mock database, keyed by record id. */
export interface Tables {
  staff: StaffMember;
  children: Child;
  reviews: Review;
  midpointChecks: MidpointCheck;
  meetings: ReviewMeeting;
  escalations: Escalation;
  iroContacts: IroContact;
  auditEvents: AuditEvent;
  sessions: SessionRecord;
  drafts: DraftRecord;
  documentTemplates: StoredDocumentTemplate;
  /** The reminder digests built (mocks/digest-compute.ts), sent or not. */
  outbox: OutboxMessage;
}

export type TableName = keyof Tables;

export const TABLE_NAMES: readonly TableName[] = [
  'staff',
  'children',
  'reviews',
  'midpointChecks',
  'meetings',
  'escalations',
  'iroContacts',
  'auditEvents',
  'sessions',
  'drafts',
  'documentTemplates',
  'outbox',
];

/** Every table, empty, in TABLE_NAMES order (the seed fills them; tests start from them). */
export function emptyTables(): Snapshot['tables'] {
  return {
    staff: [],
    children: [],
    reviews: [],
    midpointChecks: [],
    meetings: [],
    escalations: [],
    iroContacts: [],
    auditEvents: [],
    sessions: [],
    drafts: [],
    documentTemplates: [],
    outbox: [],
  };
}

/** Tables whose records belong to one child (indexed by childId). */
export const CHILD_TABLES = [
  'reviews',
  'midpointChecks',
  'meetings',
  'escalations',
  'iroContacts',
  'auditEvents',
] as const;
export type ChildTableName = (typeof CHILD_TABLES)[number];

/** The single-row state of the mock: what seeded it, its "today", settings and scenario. */
export interface MetaRecord {
  schemaVersion: number;
  seed: number;
  size: number;
  today: IsoDate;
  /** True when a test or the demo controls fixed "today"; false: it follows the real date. */
  todayFixed: boolean;
  settings: Settings;
  scenario: MockScenario;
}

export interface Snapshot {
  meta: MetaRecord;
  tables: { [K in TableName]: Tables[K][] };
  /**
   * How many writes the stored copy has had (IndexedDB, PostgreSQL). Each tab of the browser (each
   * server process) holds a copy in memory; a write from a copy that is behind the store is refused
   * (StaleCopyError).
   */
  revision?: number;
}

/** A write from a tab whose copy is behind what another tab has stored since. */
export class StaleCopyError extends Error {
  constructor() {
    super('The data here was out of date: another tab or window changed it first');
    this.name = 'StaleCopyError';
  }
}

/** What one write changed: only these records are persisted (write-through, not the whole DB). */
export interface ChangeSet {
  puts: { [K in TableName]?: Tables[K][] };
  deletes: { [K in TableName]?: string[] };
  meta?: MetaRecord;
}

/** Where the database lives between page loads (browser) or restarts (HTTP server). */
export interface PersistenceAdapter {
  readonly kind: 'memory' | 'indexeddb' | 'postgres';
  /** The stored snapshot, or null when there is none or it was written by another schema version. */
  load(): Promise<Snapshot | null>;
  /** Replaces everything (seeding, "reset demo data"); resolves with the store's new revision. */
  replaceAll(snapshot: Snapshot): Promise<number>;
  /**
   * Writes only the changed records, in one transaction that first checks the store is still at
   * `expectedRevision` (else rejects with StaleCopyError and writes nothing) and then moves it on.
   */
  apply(changes: ChangeSet, expectedRevision: number): Promise<void>;
  /** The store's revision now. */
  revision(): Promise<number>;
  close(): void;
}

/** Bump when the stored shape changes: a browser holding an older version is reseeded. */
export const SCHEMA_VERSION = 7;
