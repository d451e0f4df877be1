/** What a desk change (a section's, a tag's) came to: done, or the server's problem (on a field when it names one). */
export type ChangeOutcome = { ok: true } | { ok: false; field: string | null; message: string };

/** A mutation's answer: its success type, or a problem (ValidationError names a field, NotFound does not). */
type Answer = { __typename: string; field?: string; message?: string } | undefined;

/** Reads a mutation's answer as an outcome; an answer without data is a failure of the request, not a problem. */
export function changeOutcome(answer: Answer, success: string): ChangeOutcome {
  if (!answer) throw new Error('The server answered without data');
  if (answer.__typename === success) return { ok: true };
  return { ok: false, field: answer.field ?? null, message: answer.message ?? '' };
}
