// URL names from titles. Cyrillic is transliterated (a simplified GOST 7.79 system B
// without diacritics) so Russian headlines get readable latin slugs.
const cyrillic: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export const maxSlugLength = 80;

export function slugify(text: string): string {
  const latin = [...text.normalize('NFC').toLowerCase()]
    .map((char) => cyrillic[char] ?? char)
    .join('')
    .normalize('NFKD') // then drop the accents of latin letters: é → e
    .replace(/[\u0300-\u036f]/g, '');
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, maxSlugLength).replace(/-+$/, '');
}
