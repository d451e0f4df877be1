import { describe, expect, it } from 'vitest';
import { isApplePlatform, shortcutLabel, shortcutLabelFor } from './shortcutKeys';

describe('the shortcut’s label', () => {
  it('says ⌘ on Apple devices and Ctrl elsewhere', () => {
    expect(shortcutLabel(isApplePlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15'))).toBe('⌘+Enter');
    expect(shortcutLabel(isApplePlatform('Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X)'))).toBe('⌘+Enter');
    expect(shortcutLabel(isApplePlatform('Mozilla/5.0 (Windows NT 10.0; Win64; x64)'))).toBe('Ctrl+Enter');
    expect(shortcutLabel(isApplePlatform('Mozilla/5.0 (X11; Linux x86_64)'))).toBe('Ctrl+Enter');
  });
});

describe('shortcutLabelFor', () => {
  it('offers no shortcut where the main pointer is a finger, whatever the device', () => {
    expect(shortcutLabelFor('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)', true)).toBeNull();
    expect(shortcutLabelFor('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)', false)).toBe('⌘+Enter');
    expect(shortcutLabelFor('Mozilla/5.0 (X11; Linux x86_64)', false)).toBe('Ctrl+Enter');
  });
});
