import { typoLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createTestApollo, type Answer } from '../testing/mockApollo';
import { TypoReporter } from './TypoReporter';

const articleId = 'QXJ0aWNsZTox';
const thanks = 'Thank you! The editors will have a look.';

/** An article as ArticlePage lays it out: the readable parts carry the classes the reporter reads. */
function renderArticle(answer: Answer) {
  const apollo = createTestApollo(answer);
  render(
    <TypoReporter articleId={articleId}>
      <article>
        <h1 className="article-title">Kestrel bridge reopens</h1>
        <div className="article-body">
          <p>The bridge reopend on Monday after repairs.</p>
        </div>
        <button type="button">Share</button>
      </article>
    </TypoReporter>,
    { wrapper: apollo.wrapper },
  );
  return { apollo, user: userEvent.setup() };
}

/** Selects `words` in the article's body, as a reader's mouse would. */
function select(words: string) {
  const text = screen.getByText(/The bridge/).firstChild as Text;
  const start = text.data.indexOf(words);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + words.length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

async function openWith(user: ReturnType<typeof userEvent.setup>) {
  await user.keyboard('{Control>}{Enter}{/Control}');
  return screen.findByRole('dialog', { name: 'Report a spelling error' });
}

const reported = (): Answer => () => ({ reportTypo: { __typename: 'ReportTypoSuccess', message: thanks } });

describe('TypoReporter and its dialog', () => {
  it('opens on Ctrl+Enter with the selection marked in its context', async () => {
    const { user } = renderArticle(reported());
    select('reopend');
    const dialog = await openWith(user);

    const quote = within(dialog).getByLabelText('The selected text in its context');
    expect(quote).toHaveTextContent('Kestrel bridge reopens The bridge reopend on Monday after repairs.');
    expect(quote.querySelector('mark')).toHaveTextContent(/^reopend$/);
    const note = within(dialog).getByRole('textbox', { name: 'Note for the editors (optional)' });
    expect(note).toHaveAccessibleDescription(`0 of ${typoLimits.noteMax} characters`);
  });

  it('sends reportTypo with the quote and the trimmed note, then thanks the reader', async () => {
    const { apollo, user } = renderArticle(reported());
    select('reopend');
    const dialog = await openWith(user);

    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), '  a letter is missing ');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent(thanks);
    expect(apollo.sentAs('ReportTypo').map((op) => op.variables)).toEqual([
      {
        input: {
          articleId,
          // The title and the body meet as one space, as the server quotes them.
          prefix: 'Kestrel bridge reopens The bridge ',
          exact: 'reopend',
          suffix: ' on Monday after repairs.',
          note: 'a letter is missing',
        },
      },
    ]);
    // Send and Cancel are gone: the keyboard is kept on Close.
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('sends no note when none is written', async () => {
    const { apollo, user } = renderArticle(reported());
    select('Monday');
    const dialog = await openWith(user);
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    await within(dialog).findByText(thanks);
    expect(apollo.sentAs('ReportTypo')[0]?.variables.input).toMatchObject({ exact: 'Monday', note: null });
  });

  it('refuses a note over the limit from @newsroom/rules without sending', async () => {
    const { apollo, user } = renderArticle(reported());
    select('reopend');
    const dialog = await openWith(user);
    const note = within(dialog).getByRole('textbox', { name: /Note/ });

    await user.click(note);
    await user.paste('n'.repeat(typoLimits.noteMax + 1));
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(`${typoLimits.noteMax + 1} of ${typoLimits.noteMax} characters`);

    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(message('NOTE_TOO_LONG', 'en', { max: typoLimits.noteMax }));
    expect(apollo.sent).toEqual([]);
  });

  it('shows the server’s refusal and keeps the note', async () => {
    const refusal = 'You have reported a lot in the last few minutes. Try again later.';
    const { user } = renderArticle(() => ({ reportTypo: { __typename: 'RateLimited', message: refusal } }));
    select('reopend');
    const dialog = await openWith(user);
    const note = within(dialog).getByRole('textbox', { name: /Note/ });
    await user.type(note, 'typo');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(refusal);
    expect(note).toHaveValue('typo');
  });

  it('closes on Escape, sending nothing, and gives focus back to where it was', async () => {
    const { apollo, user } = renderArticle(reported());
    screen.getByRole('button', { name: 'Share' }).focus();
    select('reopend');
    const dialog = await openWith(user);
    await user.click(within(dialog).getByRole('textbox', { name: /Note/ }));
    await user.keyboard('draft{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
    expect(apollo.sent).toEqual([]);
  });

  it('closes on Cancel too, and opens again with an empty note', async () => {
    const { user } = renderArticle(reported());
    screen.getByRole('button', { name: 'Share' }).focus();
    select('reopend');
    let dialog = await openWith(user);
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'draft');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();

    select('Monday');
    dialog = await openWith(user);
    expect(within(dialog).getByRole('textbox', { name: /Note/ })).toHaveValue('');
    expect(within(dialog).getByLabelText('The selected text in its context').querySelector('mark')).toHaveTextContent(/^Monday$/);
  });

  it('explains how to report when nothing is selected', async () => {
    const { user } = renderArticle(reported());
    const dialog = await openWith(user);
    expect(dialog).toHaveAccessibleDescription('Select the words with the mistake, then press Ctrl+Enter.');
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
  });
});
