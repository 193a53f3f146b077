import type { ChildSummary } from '@/lib/api/schemas';
import { nextTurn } from '../next-turn';
import {
  CHILD_TABLES,
  TABLE_NAMES,
  type ChangeSet,
  type ChildTableName,
  type MetaRecord,
  type PersistenceAdapter,
  type Snapshot,
  type TableName,
  type Tables,
} from './types';

type TableMaps = { [K in TableName]: Map<string, Tables[K]> };

function emptyMaps(): TableMaps {
  return {
    staff: new Map(),
    children: new Map(),
    reviews: new Map(),
    midpointChecks: new Map(),
    meetings: new Map(),
    escalations: new Map(),
    iroContacts: new Map(),
    auditEvents: new Map(),
    sessions: new Map(),
    drafts: new Map(),
    documentTemplates: new Map(),
    outbox: new Map(),
  };
}

function addToIndex(index: Map<string, Set<string>>, key: string, id: string): void {
  let set = index.get(key);
  if (set === undefined) {
    set = new Set();
    index.set(key, set);
  }
  set.add(id);
}

function removeFromIndex(index: Map<string, Set<string>>, key: string, id: string): void {
  const set = index.get(key);
  if (set === undefined) return;
  set.delete(id);
  if (set.size === 0) index.delete(key);
}

/** A child's own records by id: read by every summary, so held here rather than looked up again. */
type ChildRecords = Map<string, Map<string, { id: string }>>;

function addRecord(index: ChildRecords, childId: string, record: { id: string }): void {
  let records = index.get(childId);
  if (records === undefined) {
    records = new Map();
    index.set(childId, records);
  }
  records.set(record.id, record);
}

function removeRecord(index: ChildRecords, childId: string, id: string): void {
  const records = index.get(childId);
  if (records === undefined) return;
  records.delete(id);
  if (records.size === 0) index.delete(childId);
}

/**
 * The mock backend's typed in-memory store: Maps keyed by id, with indexes of children by IRO and of
 * every child-owned record by child. Reads are synchronous; every write goes through `commit`, which
 * applies a whole change set at once (nothing partially written) and hands exactly the changed
 * records to the persistence adapter.
 */
export class Database {
  readonly #tables: TableMaps = emptyMaps();
  readonly #childrenByIro = new Map<string, Set<string>>();
  readonly #byChild: { [K in ChildTableName]: ChildRecords } = {
    reviews: new Map(),
    midpointChecks: new Map(),
    meetings: new Map(),
    escalations: new Map(),
    iroContacts: new Map(),
    auditEvents: new Map(),
  };
  #meta: MetaRecord;
  #pending: Promise<void> = Promise.resolve();
  /** The store's revision this copy reflects (see Snapshot.revision). */
  #revision: number;
  /** Another tab may have written: reload before the next read. */
  #maybeStale = false;
  /** Called after each write is stored (the browser tells its other tabs). */
  onStored: (() => void) | null = null;
  /** Computed summaries, dropped when anything about the child (or today/settings) changes. */
  readonly summaryCache = new Map<string, ChildSummary>();
  #generation = 0;

  constructor(
    snapshot: Snapshot,
    readonly adapter: PersistenceAdapter,
  ) {
    this.#meta = snapshot.meta;
    this.#revision = snapshot.revision ?? 0;
    this.#load(snapshot);
  }

  /**
   * The same database, its records put in slices of about `sliceMs` with the event loop given a
   * turn between them (1.3 million records at 100,000 children take a second or more): nobody
   * reads it until it is returned.
   */
  static async loadInSlices(
    snapshot: Snapshot,
    adapter: PersistenceAdapter,
    sliceMs: number,
  ): Promise<Database> {
    const empty = Object.fromEntries(
      TABLE_NAMES.map((name) => [name, []]),
    ) as unknown as Snapshot['tables'];
    const db = new Database({ ...snapshot, tables: empty }, adapter);
    let sliceStart = performance.now();
    for (const name of TABLE_NAMES) {
      const records = snapshot.tables[name] as Tables[TableName][];
      for (let i = 0; i < records.length; i++) {
        // The clock read once every 1,024 records: reading it costs more than a record.
        if ((i & 1023) === 1023 && performance.now() - sliceStart >= sliceMs) {
          await nextTurn();
          sliceStart = performance.now();
        }
        db.#put(name, records[i] as Tables[TableName]);
      }
    }
    return db;
  }

  #load(snapshot: Snapshot): void {
    for (const name of TABLE_NAMES) {
      this.#tables[name].clear();
    }
    this.#childrenByIro.clear();
    for (const name of CHILD_TABLES) this.#byChild[name].clear();
    this.summaryCache.clear();
    this.#generation += 1;
    this.#meta = snapshot.meta;
    for (const name of TABLE_NAMES) {
      for (const record of snapshot.tables[name]) this.#put(name, record);
    }
  }

  /**
   * Goes up whenever anything a child summary depends on changes (children, their records, today,
   * settings), so that derived views (e.g. sorted lists) know when to rebuild.
   */
  get generation(): number {
    return this.#generation;
  }

  get meta(): MetaRecord {
    return this.#meta;
  }

  get today(): string {
    return this.#meta.today;
  }

  get<K extends TableName>(table: K, id: string): Tables[K] | undefined {
    return (this.#tables[table] as Map<string, Tables[K]>).get(id);
  }

  all<K extends TableName>(table: K): IterableIterator<Tables[K]> {
    return (this.#tables[table] as Map<string, Tables[K]>).values();
  }

  count(table: TableName): number {
    return this.#tables[table].size;
  }

  childIdsOf(iroId: string): ReadonlySet<string> {
    return this.#childrenByIro.get(iroId) ?? new Set();
  }

  /** Records of one child in a child-owned table. */
  forChild<K extends ChildTableName>(table: K, childId: string): Tables[K][] {
    const records = this.#byChild[table].get(childId);
    return records === undefined ? [] : ([...records.values()] as Tables[K][]);
  }

  #put<K extends TableName>(table: K, record: Tables[K]): void {
    const map = this.#tables[table] as Map<string, Tables[K]>;
    const previous = map.get(record.id);
    if (previous !== undefined) this.#unindex(table, previous);
    map.set(record.id, record);
    this.#index(table, record);
  }

  #delete(table: TableName, id: string): void {
    const map = this.#tables[table] as Map<string, Tables[TableName]>;
    const previous = map.get(id);
    if (previous === undefined) return;
    this.#unindex(table, previous);
    map.delete(id);
  }

  #index(table: TableName, record: Tables[TableName]): void {
    if (table === 'children') {
      const child = record as Tables['children'];
      if (child.iroId !== null) addToIndex(this.#childrenByIro, child.iroId, child.id);
      this.summaryCache.delete(child.id);
    } else if ((CHILD_TABLES as readonly string[]).includes(table)) {
      const childId = (record as { childId: string | null }).childId;
      if (childId !== null) {
        addRecord(this.#byChild[table as ChildTableName], childId, record);
        if (table !== 'auditEvents') this.summaryCache.delete(childId);
      }
    }
  }

  #unindex(table: TableName, record: Tables[TableName]): void {
    if (table === 'children') {
      const child = record as Tables['children'];
      if (child.iroId !== null) removeFromIndex(this.#childrenByIro, child.iroId, child.id);
      this.summaryCache.delete(child.id);
    } else if ((CHILD_TABLES as readonly string[]).includes(table)) {
      const childId = (record as { childId: string | null }).childId;
      if (childId !== null) {
        removeRecord(this.#byChild[table as ChildTableName], childId, record.id);
        if (table !== 'auditEvents') this.summaryCache.delete(childId);
      }
    }
  }

  /**
   * Applies a change set in one synchronous step (so no request ever sees half of it), then persists
   * exactly those records. Resolves when the persistence adapter has stored them.
   */
  commit(changes: ChangeSet): Promise<void> {
    const touchesChildren = TABLE_NAMES.some(
      (name) =>
        name !== 'auditEvents' &&
        name !== 'sessions' &&
        name !== 'drafts' &&
        name !== 'outbox' &&
        ((changes.deletes[name]?.length ?? 0) > 0 || (changes.puts[name]?.length ?? 0) > 0),
    );
    if (touchesChildren) this.#generation += 1;
    for (const name of TABLE_NAMES) {
      for (const id of changes.deletes[name] ?? []) this.#delete(name, id);
      const puts = changes.puts[name] as Tables[TableName][] | undefined;
      for (const record of puts ?? []) this.#put(name, record);
    }
    if (changes.meta !== undefined) {
      const before = this.#meta;
      this.#meta = changes.meta;
      if (before.today !== changes.meta.today || before.settings !== changes.meta.settings) {
        this.summaryCache.clear();
        this.#generation += 1;
      }
    }
    // The revision this write expects is the one the store has once every earlier write (or a
    // replaceAll, whose revision is known only when it is stored) has gone in.
    const write = this.#pending.then(async () => {
      const expected = this.#revision;
      await this.adapter.apply(changes, expected);
      this.#revision = expected + 1;
    });
    this.#pending = write.then(
      () => {
        this.onStored?.();
      },
      () => {
        // Not stored (another tab wrote first, or storage failed): this copy no longer matches
        // the store, so the next request reloads it.
        this.#maybeStale = true;
      },
    );
    return write;
  }

  /** Replaces every record (seeding or "reset demo data"). */
  replaceAll(snapshot: Snapshot): Promise<void> {
    this.#load(snapshot);
    const write = this.#pending.then(async () => {
      this.#revision = await this.adapter.replaceAll(snapshot);
    });
    this.#pending = write.then(
      () => {
        this.onStored?.();
      },
      () => {
        this.#maybeStale = true;
      },
    );
    return write;
  }

  /** Another tab says it wrote: the next request reloads from the store first. */
  markMaybeStale(): void {
    this.#maybeStale = true;
  }

  /**
   * Brings this copy up to date with the store when another tab has written since (always checked
   * before a write, and before a read once told of another tab's write). Memory stores have no
   * other copies.
   */
  async catchUp(beforeWrite: boolean): Promise<void> {
    if (this.adapter.kind === 'memory') return;
    if (!beforeWrite && !this.#maybeStale) return;
    await this.#pending;
    const stored = await this.adapter.revision();
    if (stored === this.#revision && !this.#maybeStale) return;
    this.#maybeStale = false;
    const snapshot = await this.adapter.load();
    if (snapshot === null) return;
    this.#revision = snapshot.revision ?? stored;
    this.#load(snapshot);
  }

  /** Resolves once every write so far has been persisted. */
  settled(): Promise<void> {
    return this.#pending;
  }

  snapshot(): Snapshot {
    return {
      meta: this.#meta,
      tables: {
        staff: [...this.all('staff')],
        children: [...this.all('children')],
        reviews: [...this.all('reviews')],
        midpointChecks: [...this.all('midpointChecks')],
        meetings: [...this.all('meetings')],
        escalations: [...this.all('escalations')],
        iroContacts: [...this.all('iroContacts')],
        auditEvents: [...this.all('auditEvents')],
        sessions: [...this.all('sessions')],
        drafts: [...this.all('drafts')],
        documentTemplates: [...this.all('documentTemplates')],
        outbox: [...this.all('outbox')],
      },
    };
  }
}
