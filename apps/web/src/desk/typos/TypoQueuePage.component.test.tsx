import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createTestApollo } from '../../testing/mockApollo';
import { TypoQueuePage } from './TypoQueuePage';

const article = { __typename: 'Article', id: 'QXJ0aWNsZTox', slug: 'kestrel-bridge-reopens', title: 'Kestrel bridge reopens' };

function report(id: string, exact: string, notes: string[] = []) {
  return {
    __typename: 'TypoReport',
    id,
    prefix: 'The bridge ',
    exact,
    suffix: ' on Monday',
    notes,
    reporterCount: notes.length || 1,
    createdAt: '2026-12-03T21:00:00.000Z',
    status: 'NEW' as 'NEW' | 'FIXED' | 'DISMISSED',
    resolvedAt: null as string | null,
    article,
  };
}

/**
 * A server with three new reports: answers the queue's query from what is still in each
 * status and resolves reports as asked, so a refetch after a decision sees the change.
 */
function renderQueue() {
  const reports = [report('VHlwbzox', 'reopend', ['missing an e']), report('VHlwbzoy', 'Mondey'), report('VHlwbzoz', 'repiars')];
  const apollo = createTestApollo(({ operationName, variables }) => {
    if (operationName === 'TypoQueue') {
      const listed = reports.filter((r) => r.status === variables.status).slice(0, variables.first);
      return {
        typoReports: {
          __typename: 'TypoReportConnection',
          edges: listed.map((node) => ({ __typename: 'TypoReportEdge', node: { ...node } })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false },
        },
      };
    }
    if (operationName === 'DeskResolveTypoReport') {
      const target = reports.find((r) => r.id === variables.input.id)!;
      target.status = variables.input.status;
      target.resolvedAt = '2026-12-03T22:00:00.000Z';
      return {
        resolveTypoReport: {
          __typename: 'ResolveTypoReportSuccess',
          report: { __typename: 'TypoReport', id: target.id, status: target.status, resolvedAt: target.resolvedAt },
        },
      };
    }
    throw new Error(`unexpected ${operationName}`);
  });
  render(
    <MemoryRouter initialEntries={['/desk/typos']}>
      <TypoQueuePage />
    </MemoryRouter>,
    { wrapper: apollo.wrapper },
  );
  return { apollo, user: userEvent.setup() };
}

/** The queue's items (each named by its mistake and article), not the notes listed inside them. */
const items = () => screen.getAllByRole('listitem').filter((item) => item.getAttribute('aria-label')?.includes(' — '));
const item = (exact: string) => screen.getByRole('listitem', { name: `${exact} — ${article.title}` });
const activeItem = () => items().find((candidate) => candidate.getAttribute('aria-current') === 'true');
const resolutions = (apollo: ReturnType<typeof createTestApollo>) => apollo.sentAs('DeskResolveTypoReport').map((op) => op.variables.input);

describe('TypoQueuePage', () => {
  it('lists the new reports the query returns, the first one active', async () => {
    const { apollo } = renderQueue();
    expect(await screen.findByRole('listitem', { name: 'reopend — Kestrel bridge reopens' })).toBeInTheDocument();

    expect(apollo.sentAs('TypoQueue')[0]?.variables).toEqual({ status: 'NEW', first: 50 });
    expect(items().map((candidate) => candidate.getAttribute('aria-label'))).toEqual([
      'reopend — Kestrel bridge reopens',
      'Mondey — Kestrel bridge reopens',
      'repiars — Kestrel bridge reopens',
    ]);
    expect(within(item('reopend')).getByText('missing an e')).toBeInTheDocument();
    expect(within(item('reopend')).getByRole('link', { name: article.title })).toHaveAttribute('href', '/article/kestrel-bridge-reopens');
    expect(activeItem()).toBe(item('reopend'));
  });

  it('moves the active item with j and k, and focus with it, stopping at the ends', async () => {
    const { apollo, user } = renderQueue();
    await screen.findByRole('listitem', { name: /reopend/ });

    await user.keyboard('j');
    expect(activeItem()).toBe(item('Mondey'));
    expect(item('Mondey')).toHaveFocus();
    await user.keyboard('jj');
    expect(activeItem()).toBe(item('repiars'));
    await user.keyboard('k');
    expect(activeItem()).toBe(item('Mondey'));
    expect(item('Mondey')).toHaveFocus();
    await user.keyboard('kk');
    expect(activeItem()).toBe(item('reopend'));

    expect(resolutions(apollo)).toEqual([]);
  });

  it('ticks the active item with x', async () => {
    const { user } = renderQueue();
    await screen.findByRole('listitem', { name: /reopend/ });
    await user.keyboard('jx');

    expect(screen.getByRole('checkbox', { name: 'Tick: Mondey' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Tick: reopend' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Dismiss ticked (1)' })).toBeInTheDocument();
  });

  it('marks the ticked reports fixed, one resolveTypoReport each, and they leave the queue', async () => {
    const { apollo, user } = renderQueue();
    await screen.findByRole('listitem', { name: /reopend/ });
    await user.click(screen.getByRole('checkbox', { name: 'Tick: reopend' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tick: repiars' }));
    await user.click(screen.getByRole('button', { name: 'Fixed ticked (2)' }));

    await waitFor(() => expect(items()).toHaveLength(1));
    expect(resolutions(apollo)).toEqual([
      { id: 'VHlwbzox', status: 'FIXED' },
      { id: 'VHlwbzoz', status: 'FIXED' },
    ]);
    expect(items()[0]).toBe(item('Mondey'));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('sends nothing for the bulk buttons while nothing is ticked', async () => {
    const { apollo, user } = renderQueue();
    await screen.findByRole('listitem', { name: /reopend/ });
    const fixTicked = screen.getByRole('button', { name: 'Fixed ticked (0)' });
    expect(fixTicked).toHaveAttribute('aria-disabled', 'true');
    await user.click(fixTicked);
    expect(resolutions(apollo)).toEqual([]);
    expect(items()).toHaveLength(3);
  });

  it('dismisses the active report with d, and the next one becomes active', async () => {
    const { apollo, user } = renderQueue();
    await screen.findByRole('listitem', { name: /reopend/ });
    await user.keyboard('jd');

    await waitFor(() => expect(items()).toHaveLength(2));
    expect(resolutions(apollo)).toEqual([{ id: 'VHlwbzoy', status: 'DISMISSED' }]);
    expect(activeItem()).toBe(item('repiars'));
  });
});
