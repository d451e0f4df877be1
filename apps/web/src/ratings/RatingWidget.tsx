import { UntilHydrated } from '../ssr/UntilHydrated';
import { useRef, useState } from 'react';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { formatAverage } from '../i18n/formatRating';
import { useLanguage, useStrings } from '../i18n/LanguageContext';
import { StarRadioGroup } from './StarRadioGroup';
import { useClearRating } from './useClearRating';
import { useLiveRating } from './useLiveRating';
import { useRateArticle } from './useRateArticle';

// articleId identifies the summary in the cache (see createApolloClient); distribution
// lets a vote's optimistic answer recompute the exact average.
export const RatingWidget_rating = graphql(`
  fragment RatingWidget_rating on RatingSummary {
    articleId
    average
    count
    distribution
    viewerScore
  }
`);

/**
 * "Rate it": five stars to vote with (the reader's own score checked), the average and the
 * number of votes, live as other readers vote. It fills exactly the box the page skeleton
 * reserves (site.css, .rating), so loading it moves nothing below.
 */
export function RatingWidget(props: { rating: FragmentType<typeof RatingWidget_rating> }) {
  const { articleId, average, count, viewerScore } = getFragmentData(RatingWidget_rating, props.rating);
  const language = useLanguage();
  const s = useStrings();
  // From the article, not useId: the widget hydrates as an island of its own (app/islands/),
  // where useId would not give back the id the server rendered inside the whole page.
  const headingId = `rating-heading-${articleId}`;
  const stars = useRef<HTMLDivElement>(null);
  const rate = useRateArticle();
  const clear = useClearRating();
  // Tagged with its article: moving to another article keeps this component mounted.
  const [problem, setProblem] = useState<{ articleId: string; message: string | null } | null>(null);
  useLiveRating(articleId);

  const shown = average === null || average === undefined || count === 0 ? null : formatAverage(average, language);

  async function send(vote: () => Promise<string | null>) {
    setProblem(null);
    try {
      setProblem({ articleId, message: await vote() });
    } catch {
      setProblem({ articleId, message: s.voteFailed });
    }
  }

  function clearVote() {
    // The button goes away with the vote: keep the keyboard where the reader can vote again.
    stars.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    void send(() => clear(articleId));
  }

  return (
    <section className="rating" aria-labelledby={headingId}>
      <UntilHydrated>
        <h2 id={headingId} className="rating-heading">
          {s.rateIt}
        </h2>
        <div className="rating-body">
          <StarRadioGroup
            ref={stars}
            checked={viewerScore ?? null}
            labelledBy={headingId}
            onChoose={(score) => void send(() => rate(articleId, score))}
          />
          <p className="rating-summary">
            {shown === null ? (
              <span className="rating-count">{s.noVotesYet}</span>
            ) : (
              <>
                <span className="visually-hidden">{s.ratedOutOfFive(shown)}</span>
                <span className="rating-average" aria-hidden="true">
                  {shown}
                </span>
                <span className="rating-count">{s.votes(count)}</span>
              </>
            )}
          </p>
        </div>
        {/* After the stars in reading and tab order; the grid shows it beside the heading. */}
        {viewerScore != null && (
          <button type="button" className="rating-clear" onClick={clearVote}>
            {s.clearMyVote}
          </button>
        )}
        {/* Always present: a live region announces reliably only once it is in the page. */}
        <p className="rating-problem" role="alert">
          {problem?.articleId === articleId ? problem.message : null}
        </p>
      </UntilHydrated>
    </section>
  );
}
