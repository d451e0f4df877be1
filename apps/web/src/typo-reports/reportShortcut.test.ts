import { describe, expect, it } from 'vitest';
import { isControl, isReportShortcut, isTextField } from './reportShortcut';

const key = (fields: Partial<Parameters<typeof isReportShortcut>[0]>) => ({
  key: 'Enter',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...fields,
});

describe('isReportShortcut', () => {
  it('is Ctrl+Enter or ⌘+Enter', () => {
    expect(isReportShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isReportShortcut(key({ metaKey: true }))).toBe(true);
  });

  it('is not Enter alone, another key, AltGr+Enter, or Enter while an input method composes', () => {
    expect(isReportShortcut(key({}))).toBe(false);
    expect(isReportShortcut(key({ key: 'e', ctrlKey: true }))).toBe(false);
    expect(isReportShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isReportShortcut(key({ ctrlKey: true, isComposing: true }))).toBe(false);
  });
});

const element = (tagName: string, attributes: Record<string, string> = {}, isContentEditable = false) => ({
  tagName,
  isContentEditable,
  hasAttribute: (name: string) => name in attributes,
  getAttribute: (name: string) => attributes[name] ?? null,
});

describe('isTextField', () => {
  it('is an input, a textarea, a select or editable content', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) expect(isTextField(element(tag))).toBe(true);
    expect(isTextField(element('DIV', { contenteditable: 'true' }, true))).toBe(true);
    // A paragraph inside an editable region inherits isContentEditable.
    expect(isTextField(element('P', {}, true))).toBe(true);
  });

  it('is not the page body, a paragraph or a link', () => {
    expect(isTextField(element('BODY'))).toBe(false);
    expect(isTextField(element('P'))).toBe(false);
    expect(isTextField(element('A', { href: '/' }))).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

describe('isControl', () => {
  it('is a link with an address, a button, a summary, or an element with such a role', () => {
    expect(isControl(element('A', { href: '/tag/rail' }))).toBe(true);
    expect(isControl(element('BUTTON'))).toBe(true);
    expect(isControl(element('SUMMARY'))).toBe(true);
    expect(isControl(element('DIV', { role: 'button' }))).toBe(true);
  });

  it('is not an anchor without an address or plain content', () => {
    expect(isControl(element('A'))).toBe(false);
    expect(isControl(element('BODY'))).toBe(false);
    expect(isControl(element('MAIN', { tabindex: '-1' }))).toBe(false);
  });
});
