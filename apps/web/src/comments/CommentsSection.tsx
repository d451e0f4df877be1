import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { useStrings } from '../i18n/LanguageContext';
import { CommentForm } from './CommentForm';
import { useCommentStrings } from './commentStrings';
import { CommentThreadList } from './CommentThreadList';
import './comments.css';

// The thread itself is CommentThreadList's own query, not part of the article page's:
// nested comments reach the server's query depth limit on their own, and a reader who
// never scrolls this far does not wait for them.
export const CommentsSection_article = graphql(`
  fragment CommentsSection_article on Article {
    id
    slug
    commentCount
  }
`);

/** "Add comment": the count, the form for a new comment, and the thread below it. */
export function CommentsSection(props: { article: FragmentType<typeof CommentsSection_article> }) {
  const { id, slug, commentCount } = getFragmentData(CommentsSection_article, props.article);
  const strings = useStrings();
  const s = useCommentStrings();

  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        {strings.comments} <span className="count">{commentCount}</span>
      </h2>
      <h3 className="comment-form-heading">{s.addComment}</h3>
      {/* Keyed by the article: moving to another article starts with an empty form, the
          default order and no held live comments, though React keeps this section mounted. */}
      <CommentForm key={`form-${id}`} articleId={id} />
      <CommentThreadList key={`thread-${id}`} articleId={id} slug={slug} />
    </section>
  );
}
