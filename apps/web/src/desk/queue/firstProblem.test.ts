import { describe, expect, it } from 'vitest';
import { firstProblem } from './firstProblem';

describe('firstProblem', () => {
  it('is null when every request went through', async () => {
    expect(await firstProblem(['a', 'b'], async () => null, 'offline')).toBeNull();
  });

  it('names the first problem in the ids’ order, a failed request as unreachable', async () => {
    const answers: Record<string, () => Promise<string | null>> = {
      a: async () => null,
      b: () => Promise.reject(new Error('network')),
      c: async () => 'Not found.',
    };
    expect(await firstProblem(['a', 'b', 'c'], (id) => answers[id]!(), 'offline')).toBe('offline');
    expect(await firstProblem(['a', 'c', 'b'], (id) => answers[id]!(), 'offline')).toBe('Not found.');
  });

  it('sends every request, even after one fails', async () => {
    const sent: string[] = [];
    await firstProblem(
      ['a', 'b', 'c'],
      async (id) => {
        sent.push(id);
        return 'problem';
      },
      'offline',
    );
    expect(sent).toEqual(['a', 'b', 'c']);
  });
});
