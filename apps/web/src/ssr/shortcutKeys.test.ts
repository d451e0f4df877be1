import { describe, expect, it } from 'vitest';
import { isApplePlatform, shortcutLabel } from './shortcutLabel';

describe('the shortcut’s label', () => {
  it('says ⌘ on Apple devices and Ctrl elsewhere', () => {
    expect(shortcutLabel(isApplePlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15'))).toBe('⌘+Enter');
    expect(shortcutLabel(isApplePlatform('Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X)'))).toBe('⌘+Enter');
    expect(shortcutLabel(isApplePlatform('Mozilla/5.0 (Windows NT 10.0; Win64; x64)'))).toBe('Ctrl+Enter');
    expect(shortcutLabel(isApplePlatform('Mozilla/5.0 (X11; Linux x86_64)'))).toBe('Ctrl+Enter');
  });
});
