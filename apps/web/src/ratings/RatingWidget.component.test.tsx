import { useFragment } from '@apollo/client/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../gql/fragment-masking';
import { RatingWidget_RatingFragmentDoc, type RatingWidget_RatingFragment } from '../gql/graphql';
import { t } from '../i18n/strings';
import { createTestApollo, deferred, type Answer } from '../testing/mockApollo';
import { RatingWidget } from './RatingWidget';

const articleId = 'QXJ0aWNsZTox';
// Two readers gave four stars; this one has not voted.
type Summary = Omit<RatingWidget_RatingFragment, ' $fragmentName'> & { __typename: 'RatingSummary' };
const before: Summary = { __typename: 'RatingSummary', articleId, average: 4, count: 2, distribution: [0, 0, 0, 2, 0], viewerScore: null };

/** The widget as the article page shows it: fed from the rating in the cache, so a vote's answers reach it. */
function RatingFromCache() {
  const { data, complete } = useFragment({ fragment: RatingWidget_RatingFragmentDoc, from: { __typename: 'RatingSummary', articleId } });
  return complete ? <RatingWidget rating={makeFragmentData(data as RatingWidget_RatingFragment, RatingWidget_RatingFragmentDoc)} /> : null;
}

function renderWidget(answer: Answer, rating: Summary = before) {
  const apollo = createTestApollo(answer);
  apollo.client.cache.writeFragment({ fragment: RatingWidget_RatingFragmentDoc, data: rating });
  render(<RatingFromCache />, { wrapper: apollo.wrapper });
  return { apollo, user: userEvent.setup() };
}

const star = (n: number) => screen.getByRole('radio', { name: `${n} of 5 stars` });
const tabStops = () => screen.getAllByRole('radio').filter((radio) => radio.tabIndex === 0);

/** The server's answer to a counted vote: the summary it computed. */
function counted(score: number, average: number, distribution: number[]) {
  return {
    rateArticle: {
      __typename: 'RateArticleSuccess',
      article: {
        __typename: 'Article',
        id: articleId,
        rating: {
          __typename: 'RatingSummary',
          articleId,
          average,
          count: distribution.reduce((a, b) => a + b),
          distribution,
          viewerScore: score,
        },
      },
    },
  };
}

describe('RatingWidget', () => {
  it('is one tab stop whose arrow keys move between the stars without voting', async () => {
    const { apollo, user } = renderWidget(() => {
      throw new Error('no request expected');
    });
    expect(screen.getByRole('radiogroup', { name: 'Rate it' })).toBeInTheDocument();

    await user.tab();
    expect(star(1)).toHaveFocus();
    expect(tabStops()).toEqual([star(1)]);

    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(star(3)).toHaveFocus();
    expect(tabStops()).toEqual([star(3)]);

    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}'); // past the first star: round to the last
    expect(star(5)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(star(1)).toHaveFocus();
    await user.keyboard('{End}');
    expect(star(5)).toHaveFocus();

    // Tab leaves the group rather than walking through its stars.
    await user.tab();
    expect(document.activeElement?.getAttribute('role')).not.toBe('radio');

    expect(apollo.sentAs('RateArticle')).toEqual([]);
    expect(screen.getAllByRole('radio').filter((radio) => radio.getAttribute('aria-checked') === 'true')).toEqual([]);
  });

  it('starts the tab stop on the reader’s own score', async () => {
    const { user } = renderWidget(() => ({}), { ...before, distribution: [0, 0, 1, 2, 0], count: 3, average: 3.67, viewerScore: 3 });
    expect(star(3)).toHaveAttribute('aria-checked', 'true');
    await user.tab();
    expect(star(3)).toHaveFocus();
  });

  it('sends rateArticle with the article and the score chosen, and shows the new numbers before the answer', async () => {
    const answer = deferred<Record<string, any>>();
    const { apollo, user } = renderWidget(() => answer.promise);
    expect(screen.getByText('Rated 4.0 out of 5')).toBeInTheDocument();
    expect(screen.getByText('2 votes')).toBeInTheDocument();

    await user.tab();
    await user.keyboard('{ArrowRight}{Enter}');

    expect(apollo.sentAs('RateArticle').map((op) => op.variables)).toEqual([{ input: { articleId, score: 2 } }]);
    // Optimistic: 4 + 4 + 2 over three votes, before the server has answered.
    expect(await screen.findByText('Rated 3.3 out of 5')).toBeInTheDocument();
    expect(screen.getByText('3 votes')).toBeInTheDocument();
    expect(star(2)).toHaveAttribute('aria-checked', 'true');

    answer.resolve(counted(2, 3.33, [0, 1, 0, 2, 0]));
    expect(await screen.findByRole('button', { name: 'Clear my vote' })).toBeInTheDocument();
    expect(screen.getByText('Rated 3.3 out of 5')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('a click on a star votes too', async () => {
    const { apollo, user } = renderWidget(() => counted(5, 4.33, [0, 0, 0, 2, 1]));
    await user.click(star(5));
    expect(apollo.sentAs('RateArticle').map((op) => op.variables)).toEqual([{ input: { articleId, score: 5 } }]);
    expect(await screen.findByText('Rated 4.3 out of 5')).toBeInTheDocument();
  });

  it('announces the server’s refusal and puts the numbers back', async () => {
    const refusal = 'Too many votes from your network today. Try again tomorrow.';
    const { user } = renderWidget(() => ({ rateArticle: { __typename: 'RateLimited', message: refusal } }));
    await user.click(star(1));

    expect(await within(screen.getByRole('alert')).findByText(refusal)).toBeInTheDocument();
    expect(screen.getByText('Rated 4.0 out of 5')).toBeInTheDocument();
    expect(screen.getByText('2 votes')).toBeInTheDocument();
    expect(star(1)).toHaveAttribute('aria-checked', 'false');
  });

  it('announces a vote that never reached the server', async () => {
    const { user } = renderWidget(() => {
      throw new Error('network down');
    });
    await user.click(star(4));
    expect(await within(screen.getByRole('alert')).findByText(t('EN').voteFailed)).toBeInTheDocument();
    expect(screen.getByText('2 votes')).toBeInTheDocument();
  });
});
