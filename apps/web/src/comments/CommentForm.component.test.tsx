import { commentLimits, defaultLimits, type Limits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestApollo, type Answer } from '../testing/mockApollo';
import { CommentForm } from './CommentForm';
import { commentStrings } from './commentStrings';

const s = commentStrings.EN;
const articleId = 'QXJ0aWNsZTox';

function renderForm(answer: Answer, limits?: Limits) {
  const apollo = createTestApollo(answer, { limits });
  render(<CommentForm articleId={articleId} />, { wrapper: apollo.wrapper });
  return { apollo, user: userEvent.setup() };
}

const nameField = () => screen.getByRole('textbox', { name: s.yourName });
const bodyField = () => screen.getByRole('textbox', { name: s.yourComment });
const sendButton = () => screen.getByRole('button', { name: s.send });

/** The server's answer to a stored comment, with everything a thread shows. */
function stored(status: 'PUBLISHED' | 'PENDING', authorName: string, body: string) {
  return {
    addComment: {
      __typename: 'AddCommentSuccess',
      comment: {
        __typename: 'Comment',
        id: 'Q29tbWVudDo5',
        parent: null,
        replyCount: 0,
        authorName,
        body,
        createdAt: '2026-12-03T22:00:00.000Z',
        editedAt: null,
        editableUntil: '2026-12-03T22:10:00.000Z',
        isOwn: true,
        status,
        depth: 0,
        replies: { __typename: 'CommentConnection', edges: [], pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false } },
      },
    },
  };
}

const noRequest: Answer = () => {
  throw new Error('no request expected');
};

describe('CommentForm', () => {
  it('refuses an empty comment under its field and sends nothing', async () => {
    const { apollo, user } = renderForm(noRequest);
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), '   ');
    await user.click(sendButton());

    expect(bodyField()).toHaveAttribute('aria-invalid', 'true');
    expect(bodyField()).toHaveAccessibleDescription(expect.stringContaining(message('BODY_REQUIRED', 'en')));
    expect(bodyField()).toHaveFocus();
    expect(nameField()).not.toHaveAttribute('aria-invalid');
    expect(apollo.sent).toEqual([]);
  });

  it('asks for a name first when both fields are empty', async () => {
    const { apollo, user } = renderForm(noRequest);
    await user.click(sendButton());

    expect(nameField()).toHaveAccessibleDescription(message('NAME_REQUIRED', 'en'));
    expect(bodyField()).toHaveAccessibleDescription(expect.stringContaining(message('BODY_REQUIRED', 'en')));
    expect(nameField()).toHaveFocus();
    expect(apollo.sent).toEqual([]);
  });

  it('refuses a comment over the limit from @newsroom/rules and sends nothing', async () => {
    const { apollo, user } = renderForm(noRequest);
    await user.type(nameField(), 'Ada');
    await user.click(bodyField());
    await user.paste('x'.repeat(commentLimits.bodyMax + 1));
    await user.click(sendButton());

    expect(bodyField()).toHaveAccessibleDescription(
      expect.stringContaining(message('BODY_TOO_LONG', 'en', { max: commentLimits.bodyMax })),
    );
    expect(bodyField()).toHaveValue('x'.repeat(commentLimits.bodyMax + 1));
    expect(apollo.sent).toEqual([]);
  });

  it('counts and checks against the limit the server serves, not the compiled default', async () => {
    const served = { ...defaultLimits, comment: { ...defaultLimits.comment, bodyMax: 50 } };
    const { apollo, user } = renderForm(noRequest, served);
    expect(screen.getByText('0 / 50')).toBeInTheDocument();
    await user.type(nameField(), 'Ada');
    await user.click(bodyField());
    await user.paste('x'.repeat(51));
    expect(bodyField()).toHaveAccessibleDescription(expect.stringContaining(s.characterCount('51', '50')));
    await user.click(sendButton());

    expect(bodyField()).toHaveAccessibleDescription(expect.stringContaining(message('BODY_TOO_LONG', 'en', { max: 50 })));
    expect(apollo.sent).toEqual([]);
  });

  it('accepts a comment of exactly the limit', async () => {
    const { apollo, user } = renderForm(() => stored('PUBLISHED', 'Ada', 'x'));
    await user.type(nameField(), 'Ada');
    await user.click(bodyField());
    await user.paste('x'.repeat(commentLimits.bodyMax));
    await user.click(sendButton());

    expect(await screen.findByText(s.published)).toBeInTheDocument();
    expect(apollo.sentAs('AddComment')).toHaveLength(1);
  });

  it('sends addComment with the article, name and text, then empties the text and says it awaits moderation', async () => {
    const { apollo, user } = renderForm(() => stored('PENDING', 'Ada Lovelace', 'A fine piece.'));
    await user.type(nameField(), 'Ada Lovelace');
    await user.type(bodyField(), 'A fine piece.');
    await user.click(sendButton());

    expect(await screen.findByRole('status')).toHaveTextContent(s.heldForModeration);
    expect(apollo.sentAs('AddComment').map((op) => op.variables)).toEqual([
      { input: { articleId, authorName: 'Ada Lovelace', body: 'A fine piece.', clientMutationId: expect.any(String) } },
    ]);
    expect(bodyField()).toHaveValue('');
    // The name stays, and is offered again next time.
    expect(nameField()).toHaveValue('Ada Lovelace');
    expect(localStorage.getItem('newsroom.commentAuthorName')).toBe('Ada Lovelace');
  });

  it('sends the text as typed; the rules judge it trimmed', async () => {
    const { apollo, user } = renderForm(() => stored('PUBLISHED', 'Ada', 'Hello'));
    await user.type(nameField(), '  Ada ');
    await user.type(bodyField(), '  Hello  ');
    await user.click(sendButton());

    expect(await screen.findByRole('status')).toHaveTextContent(s.published);
    const [sent] = apollo.sentAs('AddComment');
    expect(sent?.variables.input).toMatchObject({ authorName: '  Ada ', body: '  Hello  ' });
    // What is remembered is the name the server will store.
    expect(localStorage.getItem('newsroom.commentAuthorName')).toBe('Ada');
  });

  it('Ctrl+Enter in the text sends the form', async () => {
    const { apollo, user } = renderForm(() => stored('PUBLISHED', 'Ada', 'Hello'));
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Hello');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByRole('status')).toHaveTextContent(s.published);
    expect(apollo.sentAs('AddComment')).toHaveLength(1);
    expect(bodyField()).toHaveValue('');
  });

  it('puts the server’s ValidationError under the field it names and keeps the text', async () => {
    const refusal = 'Your comment contains words we do not publish.';
    const { user } = renderForm(() => ({ addComment: { __typename: 'ValidationError', field: 'body', message: refusal } }));
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Some text');
    await user.click(sendButton());

    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(bodyField()).toHaveAttribute('aria-invalid', 'true');
    expect(bodyField()).toHaveAccessibleDescription(expect.stringContaining(refusal));
    expect(bodyField()).toHaveValue('Some text');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    // Fixing the text takes the verdict away.
    await user.type(bodyField(), '!');
    expect(bodyField()).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(refusal)).not.toBeInTheDocument();
  });

  it('shows a refusal about the whole comment beside the button, until the text changes', async () => {
    const refusal = message('DUPLICATE_COMMENT', 'en');
    const { user } = renderForm(() => ({ addComment: { __typename: 'ValidationError', field: null, message: refusal } }));
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Some text');
    await user.click(sendButton());

    const actions = sendButton().parentElement!;
    expect(await within(actions).findByRole('alert')).toHaveTextContent(refusal);
    expect(bodyField()).not.toHaveAttribute('aria-invalid');

    await user.type(bodyField(), '!');
    expect(within(actions).getByRole('alert')).toBeEmptyDOMElement();
  });

  it('keeps the text after a lost request and sends the retry under the same id', async () => {
    let attempts = 0;
    const { apollo, user } = renderForm(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('network down');
      return stored('PUBLISHED', 'Ada', 'Hello');
    });
    await user.type(nameField(), 'Ada');
    await user.type(bodyField(), 'Hello');
    await user.click(sendButton());

    expect(await screen.findByText(s.sendFailed)).toBeInTheDocument();
    expect(bodyField()).toHaveValue('Hello');

    await user.click(sendButton());
    expect(await screen.findByRole('status')).toHaveTextContent(s.published);
    const [first, retry] = apollo.sentAs('AddComment').map((op) => op.variables.input.clientMutationId);
    expect(retry).toBe(first);
  });

  describe('too fast', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /**
     * The form after the server refused a comment for coming too soon: `seconds` to wait. The
     * test's server keeps refusing until then, each time with the wait that is left.
     */
    async function refusedForSpeed(seconds: number) {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const acceptedFrom = Date.now() + seconds * 1000;
      const apollo = createTestApollo(() => {
        const left = Math.ceil((acceptedFrom - Date.now()) / 1000);
        if (left <= 0) return stored('PUBLISHED', 'Ada', 'Some text');
        return {
          addComment: {
            __typename: 'RateLimited',
            message: message('COMMENT_RATE_LIMITED', 'en', { seconds: left }),
            retryAfterSeconds: left,
          },
        };
      });
      render(<CommentForm articleId={articleId} />, { wrapper: apollo.wrapper });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.type(nameField(), 'Ada');
      await user.type(bodyField(), 'Some text');
      await user.click(sendButton());
      const alert = within(sendButton().parentElement!).getByRole('alert');
      await vi.waitFor(() => expect(alert).toHaveTextContent(/^You are commenting too quickly\. Please wait [78] s\.$/));
      return { apollo, user, alert };
    }

    it('counts the wait down and says nothing once it is over', async () => {
      const { alert } = await refusedForSpeed(8);
      const shown = () => Number(/wait (\d+) s/.exec(alert.textContent ?? '')?.[1]);
      const first = shown();
      await act(() => vi.advanceTimersByTimeAsync(3_000));
      expect(shown()).toBe(first - 3);
      await act(() => vi.advanceTimersByTimeAsync(first * 1000));
      expect(alert).toBeEmptyDOMElement();
    });

    it('goes when the text changes, and comes back, counting from what is left, on sending too early', async () => {
      const { user, alert } = await refusedForSpeed(8);
      await user.type(bodyField(), '!');
      expect(alert).toBeEmptyDOMElement();

      await act(() => vi.advanceTimersByTimeAsync(3_000));
      await user.click(sendButton());
      await vi.waitFor(() => expect(alert).toHaveTextContent(/Please wait [45] s\./));
    });
  });

  describe('the Ctrl+Enter hint', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('says Ctrl+Enter on a PC', () => {
      renderForm(noRequest);
      expect(screen.getByText(s.sendHint('Ctrl+Enter'))).toBeInTheDocument();
    });

    it('says ⌘+Enter on a Mac, as the typo hint does', () => {
      vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15');
      renderForm(noRequest);
      expect(screen.getByText(s.sendHint('⌘+Enter'))).toBeInTheDocument();
      expect(screen.queryByText(s.sendHint('Ctrl+Enter'))).not.toBeInTheDocument();
    });

    it('is not shown on a touch screen', () => {
      const realMatchMedia = window.matchMedia.bind(window);
      vi.spyOn(window, 'matchMedia').mockImplementation((query) => {
        const answer = realMatchMedia(query);
        if (query !== '(pointer: coarse)') return answer;
        return { matches: true, media: query, addEventListener: () => {}, removeEventListener: () => {} } as unknown as MediaQueryList;
      });
      renderForm(noRequest);
      expect(bodyField()).toBeInTheDocument();
      expect(screen.queryByText(/Enter sends/)).not.toBeInTheDocument();
    });
  });
});
