// Persisted documents (docs/adr/038): the web app's operations, registered at build time
// (codegen's hash -> text, shipped as dist/.vite/persisted-documents.json), sent by hash.
// A hash is looked up here, never learnt from a client: Apollo's own APQ cache, which lets
// any client register a document, is off (graphql/createApolloServer.ts). With
// TRUSTED_DOCUMENTS=only a document's text is run only for staff (token or session).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getOperationAST, parse, type OperationTypeNode } from 'graphql';
import type { Config, TrustedDocumentsMode } from '../config';

export interface PersistedDocument {
  query: string;
  /** Worked out once at start: only a query's answer may be cached or sent for a GET. */
  operation: OperationTypeNode;
}

/** Known documents by their SHA-256 in lowercase hex (Apollo's `sha256Hash`). */
export type PersistedDocuments = ReadonlyMap<string, PersistedDocument>;

/** Where the web build leaves the manifest, next to Vite's own (not served: a dot-directory). */
export const persistedDocumentsFile = (webDist: string) => path.join(webDist, '.vite', 'persisted-documents.json');

/** Said in one line at start (main.ts): the fix is a build, not a stack trace. */
export class MissingPersistedDocumentsError extends Error {
  override name = 'MissingPersistedDocumentsError';
}

/** TRUSTED_DOCUMENTS=only without a web build would refuse every reader: stop instead. */
export function requirePersistedDocuments(config: Pick<Config, 'trustedDocuments' | 'webDist'>): void {
  if (config.trustedDocuments === 'only' && !existsSync(persistedDocumentsFile(config.webDist))) {
    throw new MissingPersistedDocumentsError(
      `TRUSTED_DOCUMENTS=only needs the web build's registered operations (${persistedDocumentsFile(config.webDist)}); run pnpm build first.`,
    );
  }
}

/** The build's documents; undefined when there is no build (tests, `pnpm dev` before a build). */
export function loadPersistedDocuments(webDist: string): PersistedDocuments | undefined {
  const file = persistedDocumentsFile(webDist);
  if (!existsSync(file)) return undefined;
  return persistedDocumentsFrom(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
}

/** Codegen's manifest (`sha256:<hex>` -> text) as the server looks it up. */
export function persistedDocumentsFrom(manifest: Record<string, string>): PersistedDocuments {
  const documents = new Map<string, PersistedDocument>();
  for (const [id, query] of Object.entries(manifest)) {
    const operation = getOperationAST(parse(query))?.operation;
    if (!operation) throw new Error(`The persisted document ${id} holds no single operation.`);
    documents.set(id.replace(/^sha256:/, ''), { query, operation });
  }
  return documents;
}

/** `params` are what Apollo is given: the hash fields taken out, the registered text put in. */
export type PersistedLookup =
  /** No known hash: the request carries its document's text (or nothing), judged as sent. */
  | { kind: 'text'; params: Record<string, unknown> }
  | { kind: 'persisted'; document: PersistedDocument; params: Record<string, unknown> }
  | { kind: 'refused'; status: number; message: string; code: string };

const hexHash = /^[0-9a-f]{64}$/;

/**
 * The document a request names by hash: Apollo's `extensions.persistedQuery.sha256Hash`
 * (version 1) or the GraphQL-over-HTTP `documentId` (`sha256:<hex>`). A hash the build does
 * not know, sent without the text, is PERSISTED_QUERY_NOT_FOUND, which Apollo Client's
 * persisted-query link answers by sending the text; one sent with its text is judged as
 * text (the build's documents are the only ones kept).
 */
export function lookUpPersistedDocument(params: Record<string, unknown>, documents: PersistedDocuments | undefined): PersistedLookup {
  const extensions = params.extensions;
  const persistedQuery = extensions && typeof extensions === 'object' ? (extensions as Record<string, unknown>).persistedQuery : undefined;
  let hash: string;
  if (persistedQuery !== undefined) {
    const { version, sha256Hash } = (persistedQuery ?? {}) as Record<string, unknown>;
    if (version !== 1) return badInput('extensions.persistedQuery.version must be 1.');
    if (typeof sha256Hash !== 'string' || !hexHash.test(sha256Hash)) {
      return badInput('extensions.persistedQuery.sha256Hash must be 64 lowercase hexadecimal digits.');
    }
    hash = sha256Hash;
  } else if (params.documentId !== undefined) {
    const id = params.documentId;
    if (typeof id !== 'string' || !id.startsWith('sha256:') || !hexHash.test(id.slice(7))) {
      return badInput('documentId must be "sha256:" and 64 lowercase hexadecimal digits.');
    }
    hash = id.slice(7);
  } else {
    return { kind: 'text', params };
  }
  const document = documents?.get(hash);
  if (document) return { kind: 'persisted', document, params: withoutHash(params, document.query) };
  if (typeof params.query === 'string') return { kind: 'text', params: withoutHash(params, params.query) };
  return {
    kind: 'refused',
    status: 400,
    message: 'This server does not know a document with that hash; send the document itself, or the hash of one the site uses.',
    code: 'PERSISTED_QUERY_NOT_FOUND',
  };
}

/** Whether a request that sent its document's text may run it; staff always may. */
export function mayRunDocumentText(mode: TrustedDocumentsMode, staff: boolean): boolean {
  return mode === 'off' || staff;
}

export const trustedDocumentRequired = {
  status: 403,
  message:
    'This server runs only the operations its own web app registered (TRUSTED_DOCUMENTS=only): send one by its hash, or sign in or send a token to run your own.',
  code: 'TRUSTED_DOCUMENT_REQUIRED',
} as const;

// Apollo is never shown a hash: its own APQ is off, and would refuse one.
function withoutHash(params: Record<string, unknown>, query: string): Record<string, unknown> {
  const { documentId: _documentId, extensions, ...rest } = params;
  const { persistedQuery: _persistedQuery, ...otherExtensions } = (extensions ?? {}) as Record<string, unknown>;
  return { ...rest, query, ...(Object.keys(otherExtensions).length ? { extensions: otherExtensions } : {}) };
}

const badInput = (message: string): PersistedLookup => ({ kind: 'refused', status: 400, message, code: 'BAD_USER_INPUT' });
