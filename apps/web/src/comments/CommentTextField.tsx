import { formatNumber } from '@newsroom/rules/numbers';
import type { KeyboardEvent, Ref } from 'react';
import { useLimits } from '../limits/useLimits';
import { useLanguage } from '../i18n/LanguageContext';
import { useShortcutLabel } from '../ssr/shortcutLabel';
import { useCommentStrings } from './commentStrings';
import { counted, messageLanguage } from './commentProblems';

interface Props {
  /**
   * The field's id, unique on the page and the same on the server and in the browser: the
   * comments hydrate as an island of their own (app/islands/), where React's useId would not
   * give back the ids the server rendered inside the whole page.
   */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The problem with the text, shown right under it. */
  problem?: string;
  autoFocus?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A comment's text area with a live count against the limit. It counts what the server
 * will count (graphemes of the trimmed text), so the number the reader sees and the
 * server's verdict agree, written as the "at most …" message writes them (formatNumber).
 * Ctrl+Enter (⌘+Enter on a Mac) sends the form; the hint says so only where there is a keyboard.
 */
export function CommentTextField({ id, label, value, onChange, problem, autoFocus, ref }: Props) {
  const s = useCommentStrings();
  const language = useLanguage();
  const { bodyMax } = useLimits().comment;
  const length = counted(value);
  const shortcut = useShortcutLabel();
  const [shown, max] = [formatNumber(length, messageLanguage(language)), formatNumber(bodyMax, messageLanguage(language))];

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
    // The page's spelling-error reporter also answers Ctrl+Enter. Here it means "send":
    // stop the event before it reaches the document, and mark it handled (defaultPrevented,
    // which also keeps the newline out of the text) for any listener that sees it anyway.
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.form?.requestSubmit();
  }

  return (
    <div className="comment-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        name="body"
        rows={4}
        value={value}
        autoFocus={autoFocus}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-count${problem ? ` ${id}-problem` : ''}`}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="comment-field-footer">
        <span id={`${id}-count`} className="comment-counter" data-over={length > bodyMax ? '' : undefined}>
          <span aria-hidden="true">{`${shown} / ${max}`}</span>
          <span className="visually-hidden">{s.characterCount(shown, max)}</span>
        </span>
        {shortcut && <span className="comment-hint">{s.sendHint(shortcut)}</span>}
      </p>
      {/* Always present: a live region announces reliably only once it is in the page. */}
      <p id={`${id}-problem`} className="comment-problem" role="alert">
        {problem}
      </p>
    </div>
  );
}
