import { useEffect, useState, type RefObject } from 'react';
import { useLimits } from '../limits/useLimits';
import { judgeArticleSelection } from './selectionInArticle';
import { useCoarsePointer } from '../ssr/useCoarsePointer';
import type { ReportRequest } from './useReportShortcut';

/** A selection to offer the "Report a typo" button for, and where its end is on the page. */
export interface TouchOffer {
  request: ReportRequest;
  /** Document coordinates (scrolling does not move them) of the selection's end. */
  top: number;
  left: number;
}

/**
 * On touch screens there is no Ctrl+Enter: while the reader has text of the article
 * selected, this tells where to show a button instead. A touch device is one whose main
 * pointer is coarse, or one the reader has just touched (a laptop with a touch screen).
 */
export function useTouchSelection(root: RefObject<Element | null>, enabled: boolean): TouchOffer | null {
  const coarse = useCoarsePointer();
  const [touched, setTouched] = useState(false);
  const [offer, setOffer] = useState<TouchOffer | null>(null);
  const active = enabled && (coarse || touched);
  const limits = useLimits().typo;

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => setTouched(event.pointerType === 'touch');
    document.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
    return () => document.removeEventListener('pointerdown', onPointerDown, { capture: true });
  }, []);

  useEffect(() => {
    if (!active) return;
    let frame = 0;
    function update() {
      frame = 0;
      const selection = document.getSelection();
      const verdict = root.current ? judgeArticleSelection(root.current, selection, limits) : null;
      if (!verdict || !selection || (verdict.kind !== 'quote' && verdict.kind !== 'tooLong')) {
        setOffer(null);
        return;
      }
      const range = selection.getRangeAt(0);
      const rects = range.getClientRects();
      const end = rects[rects.length - 1] ?? range.getBoundingClientRect();
      setOffer({ request: verdict, top: end.bottom + window.scrollY, left: end.right + window.scrollX });
    }
    // selectionchange fires for every step of a drag: judge once per frame.
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    schedule();
    document.addEventListener('selectionchange', schedule);
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [active, root, limits]);

  return active ? offer : null;
}
