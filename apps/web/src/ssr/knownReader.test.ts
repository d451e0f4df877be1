import { expect, it } from 'vitest';
import { isKnownReader, readerPartPolicy } from './knownReader';

it('asks for the reader’s own part only when the marker cookie says there is one', () => {
  expect(readerPartPolicy('theme=dark; nr_known=1').fetchPolicy).toBe('cache-and-network');
  expect(readerPartPolicy('theme=dark').fetchPolicy).toBe('cache-first');
  expect(readerPartPolicy('nr_known=0').fetchPolicy).toBe('cache-first');
  // After that first answer, a widget's query reads the cache like any other.
  expect(readerPartPolicy('nr_known=1').nextFetchPolicy).toBe('cache-first');
});

it('knows no reader where there is no document (the server render)', () => {
  expect(isKnownReader()).toBe(false);
});
