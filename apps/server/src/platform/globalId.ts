// Relay global ids: opaque to clients, "Type:databaseId" inside, base64url on the wire.
import { setBounded } from './boundedMap';
import { badUserInput } from './errors';

export type NodeType = 'Article' | 'Section' | 'Tag' | 'Comment' | 'TypoReport' | 'User' | 'ApiToken' | 'Author' | 'PreviewLink' | 'Media';
const nodeTypes = new Set<string>([
  'Article',
  'Section',
  'Tag',
  'Comment',
  'TypoReport',
  'User',
  'ApiToken',
  'Author',
  'PreviewLink',
  'Media',
]);

// Encoded ids are remembered: a page lists the same articles, sections and tags to every
// reader, and base64url through a Buffer costs five times a Map lookup.
const encoded = new Map<string, string>();
const maxRemembered = 50_000;

export function toGlobalId(type: NodeType, id: number): string {
  const plain = `${type}:${id}`;
  let globalId = encoded.get(plain);
  if (globalId === undefined) {
    globalId = Buffer.from(plain).toString('base64url');
    setBounded(encoded, plain, globalId, maxRemembered);
  }
  return globalId;
}

export interface DecodedId {
  type: NodeType;
  id: number;
}

/** Decodes a global id, or throws BAD_USER_INPUT naming the argument at fault. */
export function fromGlobalId(globalId: string, argument = 'id'): DecodedId {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  const id = match ? Number(match[2]) : NaN;
  if (!match || !nodeTypes.has(match[1]!) || id > 2_147_483_647) {
    throw badUserInput(`"${globalId}" is not a valid id.`, argument);
  }
  return { type: match[1] as NodeType, id };
}

/** Decodes a global id that must be of one type. */
export function fromGlobalIdOf(type: NodeType, globalId: string, argument = 'id'): number {
  const decoded = fromGlobalId(globalId, argument);
  if (decoded.type !== type) throw badUserInput(`"${globalId}" is not the id of a ${type}.`, argument);
  return decoded.id;
}
