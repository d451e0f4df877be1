// The name a reader commented under, offered again in the next comment form. Storage can
// be unavailable (private modes, disabled storage, a full quota): the form then simply
// starts empty.
const key = 'newsroom.commentAuthorName';

export function loadRememberedName(): string {
  try {
    return globalThis.localStorage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string): void {
  try {
    globalThis.localStorage?.setItem(key, name);
  } catch {
    // Not remembering a name is no reason to trouble the reader.
  }
}
