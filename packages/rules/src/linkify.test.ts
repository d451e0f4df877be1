import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify and brackets', () => {
  const bridge = 'https://en.wikipedia.org/wiki/Bridge_(structure)';

  it('keeps the closing parenthesis of a Wikipedia-style address', () => {
    expect(linkify(`See ${bridge} for more`)).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: bridge, href: bridge },
      { kind: 'text', text: ' for more' },
    ]);
  });

  it('keeps it at the end of a sentence, and leaves out the full stop', () => {
    expect(linkify(`See ${bridge}.`)).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: bridge, href: bridge },
      { kind: 'text', text: '.' },
    ]);
  });

  it("leaves out the reader's own closing parenthesis around an address", () => {
    expect(linkify(`(see ${bridge})`)).toEqual([
      { kind: 'text', text: '(see ' },
      { kind: 'link', text: bridge, href: bridge },
      { kind: 'text', text: ')' },
    ]);
    expect(linkify('(see https://example.org/a), then')).toEqual([
      { kind: 'text', text: '(see ' },
      { kind: 'link', text: 'https://example.org/a', href: 'https://example.org/a' },
      { kind: 'text', text: '), then' },
    ]);
  });

  it('balances square brackets the same way', () => {
    expect(linkify('[https://example.org/list[1]]')).toEqual([
      { kind: 'text', text: '[' },
      { kind: 'link', text: 'https://example.org/list[1]', href: 'https://example.org/list[1]' },
      { kind: 'text', text: ']' },
    ]);
  });

  it('keeps markup around an address as text', () => {
    expect(linkify('<b>https://example.org/(x)</b>')).toEqual([
      { kind: 'text', text: '<b>' },
      { kind: 'link', text: 'https://example.org/(x)', href: 'https://example.org/(x)' },
      { kind: 'text', text: '</b>' },
    ]);
  });
});
