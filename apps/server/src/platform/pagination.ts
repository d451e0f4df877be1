// Keyset (cursor) pagination shared by every connection: never OFFSET, so page 500 costs
// what page 1 costs. A cursor is the sort key of the last row seen, opaque to clients.
import { badUserInput } from './errors';

export const maxPageSize = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean; startCursor: string | null };
}

/** Validates `first` (0 to `max`, 100 unless a field has a smaller cap) and returns it. */
export function pageSize(first: number | null | undefined, fallback = 20, max = maxPageSize): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badUserInput(`"first" must be a whole number from 0 to ${max}; got ${size}.`, 'first');
  }
  return size;
}

/** What a sort key is made of, part by part: a cursor is checked against it when decoded. */
/** 'number' is a whole number (an id); 'float' any finite number (a search rank). */
export type KeyKind = 'string' | 'number' | 'float' | 'timestamp';
export type SortKey<K extends readonly KeyKind[]> = {
  [I in keyof K]: K[I] extends 'number' | 'float' ? number : K[I] extends 'timestamp' ? Date : string;
};

/**
 * One connection's page, the one recipe every list follows: validate `first`, decode `after`
 * against the sort key's parts, fetch one row more than the page (the extra row says "there
 * is more"), and give each row the cursor of its sort key.
 */
export interface PageOf<T, K extends readonly KeyKind[]> {
  /** The sort key's parts, in order. */
  key: K;
  /** A row's sort key, in the order of `key`; its cursor encodes it. */
  keyOf: (row: T) => SortKey<K>;
  /** Rows strictly after `after` in the list's order (from the start when undefined), at most `limit`. */
  fetch: (after: SortKey<K> | undefined, limit: number) => Promise<T[]>;
  /** `first` when the client gives none (20), and the most it may ask for (100). */
  defaultSize?: number;
  maxSize?: number;
}

export async function paginate<T, K extends readonly KeyKind[]>(args: PageArgs, page: PageOf<T, K>): Promise<Connection<T>> {
  const size = pageSize(args.first, page.defaultSize, page.maxSize);
  const after = decodeCursor(args.after, page.key);
  const rows = size === 0 ? [] : await page.fetch(after, size + 1);
  return toConnection(rows, size, (row) => encodeCursor(page.keyOf(row)));
}

function encodeCursor(key: readonly (string | number | Date)[]): string {
  return Buffer.from(JSON.stringify(key.map((part) => (part instanceof Date ? part.toISOString() : part)))).toString('base64url');
}

/**
 * Decodes a cursor into its sort key, checking each part against the expected kinds so a
 * forged or stale cursor is a clear BAD_USER_INPUT, not a database error.
 */
function decodeCursor<K extends readonly KeyKind[]>(cursor: string | null | undefined, kinds: K): SortKey<K> | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  const invalid = () => badUserInput(`"${cursor.slice(0, 80)}" is not a valid cursor.`, 'after');
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parts) || parts.length !== kinds.length) throw invalid();
  const decoded = parts.map((part, index) => {
    const kind = kinds[index];
    if (kind === 'number') {
      if (!Number.isSafeInteger(part)) throw invalid();
      return part as number;
    }
    if (kind === 'float') {
      if (typeof part !== 'number' || !Number.isFinite(part)) throw invalid();
      return part;
    }
    if (typeof part !== 'string') throw invalid();
    if (kind === 'timestamp') {
      const date = new Date(part);
      if (Number.isNaN(date.getTime())) throw invalid();
      return date;
    }
    return part;
  });
  return decoded as never;
}

/** Builds a connection from rows fetched with `limit size + 1` (the extra row says "there is more"). */
function toConnection<T>(rows: T[], size: number, cursorOf: (row: T) => string): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
    },
  };
}
