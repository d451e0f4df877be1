import { describe, expect, it } from 'vitest';
import { addTag, createInput, draftFromArticle, emptyDraft, isDirty, updateInput } from './articleDraft';

const saved = {
  title: 'Library opens',
  slug: 'library-opens',
  language: 'EN' as const,
  section: { slug: 'culture' },
  tags: [{ name: 'Libraries' }, { name: 'Education' }],
  lead: 'Lead.',
  body: 'Body.',
  image: { url: '/images/library.svg', caption: null },
  source: 'Harbourline',
  author: null,
};

describe('the article form', () => {
  it('starts from a saved article, nulls as empty fields', () => {
    expect(draftFromArticle(saved)).toEqual({
      title: 'Library opens',
      slug: 'library-opens',
      language: 'EN',
      section: 'culture',
      tags: ['Libraries', 'Education'],
      lead: 'Lead.',
      body: 'Body.',
      imageUrl: '/images/library.svg',
      imageCaption: '',
      picture: null,
      source: 'Harbourline',
      author: '',
      authors: [],
      correctionNote: '',
    });
  });

  it('sends the authors in byline order and counts a new order as a change', () => {
    const draft = {
      ...draftFromArticle(saved),
      authors: [
        { id: 'b', name: 'B' },
        { id: 'a', name: 'A' },
      ],
    };
    expect(updateInput('QXJ0aWNsZTox', draft, false).authorIds).toEqual(['b', 'a']);
    expect(createInput(draft, false).authorIds).toEqual(['b', 'a']);
    expect(isDirty(draft, { ...draft, authors: [...draft.authors].reverse() })).toBe(true);
    expect(isDirty(draft, { ...draft, authors: draft.authors.map((author) => ({ ...author })) })).toBe(false);
  });

  it('takes a library picture instead of the picture URL, and sends it as mediaId (null removes it)', () => {
    const picture = {
      id: 'TWVkaWE6MQ',
      alt: 'Shelves',
      url: '/media/1/jpeg-640.jpg',
      variants: [640, 320].map((width) => ({ url: `/media/1/jpeg-${width}.jpg`, format: 'JPEG', width })),
    };
    const draft = draftFromArticle({ ...saved, image: { url: picture.url, caption: 'Opening day' }, picture });
    expect(draft).toMatchObject({
      imageUrl: '',
      imageCaption: 'Opening day',
      picture: { id: 'TWVkaWE6MQ', alt: 'Shelves', thumbnail: '/media/1/jpeg-320.jpg' },
    });
    expect(updateInput('QXJ0aWNsZTox', draft, false).mediaId).toBe('TWVkaWE6MQ');
    expect(updateInput('QXJ0aWNsZTox', { ...draft, picture: null }, false).mediaId).toBeNull();
    expect(createInput(draft, false).mediaId).toBe('TWVkaWE6MQ');
    expect(isDirty({ ...draft, picture: { ...draft.picture! } }, draft)).toBe(false);
    expect(isDirty({ ...draft, picture: null }, draft)).toBe(true);
  });

  it('creates with nulls for empty optional fields, so the server generates the slug', () => {
    const input = createInput({ ...emptyDraft('news'), title: 'T', lead: 'L', body: 'B', author: '  ' }, true);
    expect(input).toMatchObject({ title: 'T', section: 'news', slug: null, author: null, imageUrl: null, publish: true, tags: [] });
  });

  it('updates a draft with its slug and without a correction note', () => {
    const draft = { ...draftFromArticle(saved), slug: 'new-slug', correctionNote: 'ignored' };
    const input = updateInput('QXJ0aWNsZTox', draft, false);
    expect(input.slug).toBe('new-slug');
    expect(input).not.toHaveProperty('correctionNote');
    // "" clears an optional field; null would leave it as it was.
    expect(input.author).toBe('');
  });

  it('updates a published article with its correction note and never its slug', () => {
    const draft = { ...draftFromArticle(saved), slug: 'changed', correctionNote: ' Fixed a name. ' };
    const input = updateInput('QXJ0aWNsZTox', draft, true);
    expect(input).not.toHaveProperty('slug');
    expect(input.correctionNote).toBe('Fixed a name.');
    expect(updateInput('QXJ0aWNsZTox', { ...draft, correctionNote: '' }, true)).not.toHaveProperty('correctionNote');
  });

  it('knows when something changed', () => {
    const base = draftFromArticle(saved);
    expect(isDirty({ ...base }, base)).toBe(false);
    expect(isDirty({ ...base, body: 'Other.' }, base)).toBe(true);
    expect(isDirty({ ...base, tags: ['Education', 'Libraries'] }, base)).toBe(true);
  });

  it('adds a tag once, whatever its case and spacing', () => {
    expect(addTag(['Libraries'], '  local   news ')).toEqual(['Libraries', 'local news']);
    expect(addTag(['Libraries'], 'libraries')).toEqual(['Libraries']);
    expect(addTag(['Libraries'], '   ')).toEqual(['Libraries']);
  });
});
