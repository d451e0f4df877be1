import { expect, it } from 'vitest';
import { isAllowedPictureUrl } from './pictureUrl';

it.each([
  '/\\evil.example/x.png', // "\" is "/" to a browser: //evil.example/x.png
  '//evil.example/x.png',
  '/\\\\evil.example',
  '/\t/evil.example/x.png', // the tab is dropped: //evil.example/x.png
  'http://x',
  'http://cdn.example/a.jpg',
  'javascript:alert(1)',
  'data:image/png;base64,AAAA',
  'https://user:pw@host/x.png',
  'https://user@host/x.png',
  'media/a.jpg',
  ' /media/a.jpg',
  '',
])('refuses %j', (value) => expect(isAllowedPictureUrl(value)).toBe(false));

it.each(['/media/a.jpg', '/images/library.svg?v=2', 'https://cdn.example/a.jpg', 'https://cdn.example:8443/p/a%20b.jpg'])(
  'accepts %j',
  (value) => expect(isAllowedPictureUrl(value)).toBe(true),
);
