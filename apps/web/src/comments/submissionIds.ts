/**
 * The clientMutationId of each submission. A draft sent again unchanged (after a network
 * error, when the first request may well have arrived) keeps its id, so the server answers
 * with the comment it already stored instead of posting it twice. A changed draft is a
 * new submission with a new id: reusing the old one would bring back the old text.
 */
export interface SubmissionIds {
  /** The id for a draft, identified by everything that would be posted. */
  idFor(draftKey: string): string;
  /** The submission went through: the next one is new, even with the same text. */
  reset(): void;
}

export function createSubmissionIds(newId: () => string = randomId): SubmissionIds {
  let current: { key: string; id: string } | null = null;
  return {
    idFor(draftKey) {
      if (current?.key !== draftKey) current = { key: draftKey, id: newId() };
      return current.id;
    },
    reset() {
      current = null;
    },
  };
}

function randomId(): string {
  // randomUUID exists only in secure contexts (https, localhost); a site served over plain
  // http elsewhere still needs an id that no other submission shares.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
