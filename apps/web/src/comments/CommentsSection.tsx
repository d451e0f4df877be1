import { useStrings } from '../i18n/LanguageContext';
import { UntilHydrated } from '../ssr/UntilHydrated';
import { CommentForm } from './CommentForm';
import { useCommentStrings } from './commentStrings';
import { CommentThreadList } from './CommentThreadList';
import './comments.css';

// The thread itself is CommentThreadList's own query, not part of the article page's:
// nested comments are deep and many (20 threads of 10 replies), and a reader who
// never scrolls this far does not wait for them.

interface Props {
  id: string;
  slug: string;
  commentCount: number;
  /** The article's section holds new comments for a moderator: the form says so before the reader writes. */
  premoderated: boolean;
}

/**
 * "Add comment": the count, the form for a new comment, and the thread below it. Loaded as
 * a chunk of its own when the reader nears it (DeferredCommentsSection), and hydrated
 * then: until that moment its controls stay disabled (UntilHydrated).
 */
export function CommentsSection({ id, slug, commentCount, premoderated }: Props) {
  const strings = useStrings();
  const s = useCommentStrings();

  return (
    <UntilHydrated>
      <section className="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">
          {strings.comments} <span className="count">{commentCount}</span>
        </h2>
        <h3 className="comment-form-heading">{s.addComment}</h3>
        {premoderated && <p className="comment-premoderated">{s.premoderatedSection}</p>}
        {/* Keyed by the article: moving to another article starts with an empty form, the
            default order and no held live comments, though React keeps this section mounted. */}
        <CommentForm key={`form-${id}`} articleId={id} />
        <CommentThreadList key={`thread-${id}`} articleId={id} slug={slug} />
      </section>
    </UntilHydrated>
  );
}
