import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useLimits } from '../limits/useLimits';
import { useStrings } from '../i18n/LanguageContext';

interface Props {
  /** The reader's own score, the checked star; null before they vote. */
  checked: number | null;
  /** Called with the star the reader clicks or confirms with Enter or Space. */
  onChoose: (score: number) => void;
  /** The id of the element that names the group ("Rate it"). */
  labelledBy: string;
  ref?: Ref<HTMLDivElement>;
}

/**
 * Five stars as a radio group (WAI-ARIA radio pattern with a roving tabindex). Unlike
 * native radios, the arrow keys only move between stars and preview them; Enter or Space
 * (a button's click) casts the vote, so walking along the stars does not send a vote for
 * each one. Hovering previews too; neither preview outlives the click, so a vote the
 * server refuses is seen to go away.
 */
export function StarRadioGroup({ checked, onChoose, labelledBy, ref }: Props) {
  const s = useStrings();
  const { minScore: first, maxScore: last } = useLimits().rating;
  const scores = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const [hovered, setHovered] = useState<number | null>(null);
  // The star the arrow keys reached; null when focus is outside the group.
  const [cursor, setCursor] = useState<number | null>(null);
  const [keyboardPreview, setKeyboardPreview] = useState(false);

  const tabStop = cursor ?? checked ?? first;
  const shown = hovered ?? (keyboardPreview ? cursor : null) ?? checked ?? 0;

  function moveTo(score: number) {
    setCursor(score);
    setKeyboardPreview(true);
    buttons.current.get(score)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, score: number) {
    const targets: Record<string, number> = {
      ArrowRight: score === last ? first : score + 1,
      ArrowDown: score === last ? first : score + 1,
      ArrowLeft: score === first ? last : score - 1,
      ArrowUp: score === first ? last : score - 1,
      Home: first,
      End: last,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault(); // the page must not scroll
    moveTo(target);
  }

  function choose(score: number) {
    setHovered(null);
    setKeyboardPreview(false);
    if (score !== checked) onChoose(score);
  }

  return (
    <div
      ref={ref}
      className="rating-stars"
      role="radiogroup"
      aria-labelledby={labelledBy}
      data-preview={hovered !== null || keyboardPreview ? '' : undefined}
      onMouseLeave={() => setHovered(null)}
      onBlur={(event) => {
        if (event.currentTarget.contains(event.relatedTarget)) return;
        setCursor(null);
        setKeyboardPreview(false);
      }}
    >
      {scores.map((score) => (
        <button
          key={score}
          ref={(button) => {
            if (button) buttons.current.set(score, button);
            else buttons.current.delete(score);
          }}
          type="button"
          role="radio"
          className="rating-star"
          aria-checked={score === checked}
          aria-label={s.starsOutOfFive(score)}
          tabIndex={score === tabStop ? 0 : -1}
          data-filled={score <= shown ? '' : undefined}
          onFocus={() => setCursor(score)}
          onKeyDown={(event) => onKeyDown(event, score)}
          onMouseEnter={() => setHovered(score)}
          onClick={() => choose(score)}
        >
          <span aria-hidden="true">{score <= shown ? '★' : '☆'}</span>
        </button>
      ))}
    </div>
  );
}
