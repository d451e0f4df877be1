import { describe, expect, it } from 'vitest';
import { isTypingTarget, queueActionFor, shortcutHelp } from './queueShortcuts';

describe('queueActionFor', () => {
  it('maps the shared keys in both queues', () => {
    for (const kind of ['comments', 'typos'] as const) {
      expect(queueActionFor({ key: 'j' }, kind)).toBe('next');
      expect(queueActionFor({ key: 'k' }, kind)).toBe('previous');
      expect(queueActionFor({ key: 'x' }, kind)).toBe('toggle');
    }
  });

  it('maps each queue its own decisions', () => {
    expect(queueActionFor({ key: 'a' }, 'comments')).toBe('approve');
    expect(queueActionFor({ key: 'r' }, 'comments')).toBe('reject');
    expect(queueActionFor({ key: 'f' }, 'comments')).toBeNull();
    expect(queueActionFor({ key: 'f' }, 'typos')).toBe('fixed');
    expect(queueActionFor({ key: 'd' }, 'typos')).toBe('dismissed');
    expect(queueActionFor({ key: 'a' }, 'typos')).toBeNull();
  });

  it('accepts upper case (Caps Lock, Shift)', () => {
    expect(queueActionFor({ key: 'J' }, 'comments')).toBe('next');
  });

  it('leaves modified keys to the browser', () => {
    expect(queueActionFor({ key: 'r', ctrlKey: true }, 'comments')).toBeNull();
    expect(queueActionFor({ key: 'r', metaKey: true }, 'comments')).toBeNull();
    expect(queueActionFor({ key: 'a', altKey: true }, 'comments')).toBeNull();
  });

  it('ignores keys typed into text fields', () => {
    expect(queueActionFor({ key: 'j', target: { tagName: 'INPUT', type: 'search' } }, 'comments')).toBeNull();
    expect(queueActionFor({ key: 'j', target: { tagName: 'TEXTAREA' } }, 'comments')).toBeNull();
    expect(queueActionFor({ key: 'j', target: { tagName: 'DIV', isContentEditable: true } }, 'comments')).toBeNull();
  });

  it('keeps working while a checkbox or button has focus', () => {
    expect(queueActionFor({ key: 'x', target: { tagName: 'INPUT', type: 'checkbox' } }, 'typos')).toBe('toggle');
    expect(queueActionFor({ key: 'j', target: { tagName: 'BUTTON', type: 'submit' } }, 'typos')).toBe('next');
  });
});

describe('isTypingTarget', () => {
  it('treats an input without a type as a text input', () => {
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({ tagName: 'LI' })).toBe(false);
  });
});

describe('the help line', () => {
  it('names only keys the mapping knows', () => {
    for (const kind of ['comments', 'typos'] as const) {
      for (const key of shortcutHelp[kind].flatMap(([keys]) => keys)) expect(queueActionFor({ key }, kind)).not.toBeNull();
    }
  });
});
