// Where an article's picture may come from: this site, or any host over https. The value
// ends up in <img src> and og:image, so it is judged the way a browser will read it — by
// the URL parser, not a pattern: browsers read "\" as "/" and drop tabs and newlines, so
// "/\evil.example/x.png" is a protocol-relative URL of another host, which a pattern
// looking for "/" then not "/" took for a path of this site.

// Any origin would do: a path of this site resolves to the origin it is resolved against.
const probeOrigin = 'https://newsroom.invalid';

/**
 * True for a path of this site ("/media/a.jpg") or an https URL with a host and without
 * credentials ("https://cdn.example/a.jpg"); false for everything else (other schemes,
 * protocol-relative "//host" and "/\host", relative paths, user:password@).
 */
export function isAllowedPictureUrl(value: string): boolean {
  if (value.startsWith('/')) {
    if (value.startsWith('//') || value.startsWith('/\\')) return false;
    return parse(value, probeOrigin)?.origin === probeOrigin;
  }
  const url = parse(value);
  return url !== undefined && url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
}

function parse(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
