import { lazy, memo, Suspense, useEffect, useRef } from 'react';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { Island } from '../ssr/Island';
import { useLanguage } from '../i18n/LanguageContext';
import { whenNearViewport } from '../layout/whenNearViewport';

export const DeferredCommentsSection_article = graphql(`
  fragment DeferredCommentsSection_article on Article {
    id
    slug
    commentCount
    # Said by the form before the reader writes (CommentsSection).
    section {
      id
      premoderated
    }
  }
`);

// The comment form and thread are a third of the article page's script, below the fold.
// The server renders them into the page; the browser fetches their code, and hydrates
// them, when the reader comes near them (or at once on the server, where nothing waits).
let requestComments!: () => void;
const commentsRequested = new Promise<void>((resolve) => (requestComments = resolve));
if (typeof window === 'undefined') requestComments();
const CommentsSection = lazy(async () => {
  await commentsRequested;
  const { CommentsSection } = await import('./CommentsSection');
  return { default: CommentsSection };
});

/**
 * The comments, loaded on approach. Memoised on what it shows, so that nothing above it
 * (a vote, a live rating) re-renders it while its server HTML still waits to be hydrated:
 * React would then give that HTML up and show the (empty) fallback instead.
 */
export const DeferredCommentsSection = memo(
  function DeferredCommentsSection(props: { article: FragmentType<typeof DeferredCommentsSection_article> }) {
    const { id, slug, commentCount, section } = getFragmentData(DeferredCommentsSection_article, props.article);
    const slot = useRef<HTMLDivElement>(null);
    useEffect(() => (slot.current ? whenNearViewport(slot.current, requestComments) : undefined), []);
    return (
      <div ref={slot} className="comments-slot">
        <Suspense fallback={null}>
          <Island name="comments" language={useLanguage()} articleId={id}>
            <CommentsSection id={id} slug={slug} commentCount={commentCount} premoderated={section.premoderated} />
          </Island>
        </Suspense>
      </div>
    );
  },
  (before, after) => {
    const [a, b] = [
      getFragmentData(DeferredCommentsSection_article, before.article),
      getFragmentData(DeferredCommentsSection_article, after.article),
    ];
    return a.id === b.id && a.slug === b.slug && a.commentCount === b.commentCount && a.section.premoderated === b.section.premoderated;
  },
);
