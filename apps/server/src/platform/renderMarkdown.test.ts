import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './renderMarkdown';

describe('renderMarkdown', () => {
  it('escapes raw HTML instead of rendering it', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });

  it('keeps pictures from this site or https, loading lazily', () => {
    expect(renderMarkdown('![Bridge](https://cdn.example/b.jpg)')).toBe(
      '<p><img src="https://cdn.example/b.jpg" alt="Bridge" loading="lazy" decoding="async" /></p>\n',
    );
    expect(renderMarkdown('![Bridge](/media/b.jpg)')).toContain('<img src="/media/b.jpg" alt="Bridge"');
  });

  it.each(['http://tracker.example/p.gif', '//tracker.example/p.gif', 'p.gif', 'data:image/png;base64,AAAA'])(
    'shows the alt text instead of a picture from %j',
    (src) => {
      expect(renderMarkdown(`![Bridge <at> night](${src})`)).toBe('<p>Bridge &lt;at&gt; night</p>\n');
    },
  );
});
