import { useLayoutEffect, useRef, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import type { TouchOffer } from './useTouchSelection';
import { useTypoStrings } from './typoStrings';
import './typoReports.css';

/** Room left for the browser's own selection handles under the selected text. */
const belowSelection = 28;
const margin = 8;

/**
 * "Report a typo", floating under the end of a touch selection. It is portalled to <body>
 * so its coordinates are the document's, whatever the article's layout.
 */
export function TouchReportButton({ offer, onPress }: { offer: TouchOffer; onPress: () => void }) {
  const s = useTypoStrings();
  const button = useRef<HTMLButtonElement>(null);

  // Centred under the selection's end, but never past the edges of a narrow screen; the
  // button's width is only known once it is laid out.
  useLayoutEffect(() => {
    const element = button.current;
    if (!element) return;
    const width = element.offsetWidth;
    const viewportRight = window.scrollX + document.documentElement.clientWidth;
    const left = Math.max(window.scrollX + margin, Math.min(offer.left - width / 2, viewportRight - width - margin));
    element.style.left = `${left}px`;
    element.style.top = `${offer.top + belowSelection}px`;
  }, [offer.left, offer.top]);

  // Taking focus or the press itself would clear the selection the button is about.
  const keepSelection = (event: SyntheticEvent) => event.preventDefault();

  return createPortal(
    <button
      ref={button}
      type="button"
      className="typo-touch-button"
      onPointerDown={keepSelection}
      onMouseDown={keepSelection}
      onClick={onPress}
    >
      {s.reportButton}
    </button>,
    document.body,
  );
}
