import { expect, it } from 'vitest';
import { headlineFragments } from './searchHeadlineRules';

const marks = { start: '\u0001', stop: '\u0002' };

it('cuts a headline into plain and highlighted fragments at the marks, joining neighbours and dropping empty ones', () => {
  expect(headlineFragments('New \u0001bridges\u0002 over the \u0001river\u0002', marks)).toEqual([
    { text: 'New ', highlighted: false },
    { text: 'bridges', highlighted: true },
    { text: ' over the ', highlighted: false },
    { text: 'river', highlighted: true },
  ]);
  expect(headlineFragments('\u0001Мосты\u0002\u0001 и \u0002\u0001реки\u0002', marks)).toEqual([
    { text: 'Мосты и реки', highlighted: true },
  ]);
  expect(headlineFragments('', marks)).toEqual([]);
});

it('keeps markup as text: the fragments are never HTML', () => {
  expect(headlineFragments('<b>\u0001x\u0002</b>', marks)).toEqual([
    { text: '<b>', highlighted: false },
    { text: 'x', highlighted: true },
    { text: '</b>', highlighted: false },
  ]);
});

it('highlights to the end when a mark is left open', () => {
  expect(headlineFragments('a \u0001b c', marks)).toEqual([
    { text: 'a ', highlighted: false },
    { text: 'b c', highlighted: true },
  ]);
});
