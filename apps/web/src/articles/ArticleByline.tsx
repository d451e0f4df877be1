import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import type { Language } from '../gql/graphql';
import { LocalTime } from '../i18n/LocalTime';
import { t } from '../i18n/strings';

export const ArticleByline_article = graphql(`
  fragment ArticleByline_article on Article {
    language
    publishedAt
    readingMinutes
    author
    authors {
      id
      name
      url
    }
    source
    corrections {
      correctedAt
      note
    }
  }
`);

// The label before each correction's date, in the article's language.
const correctedLabel: Record<Language, string> = { EN: 'Corrected', RU: 'Исправлено' };

/**
 * Under the headline: the publication date, then the author, or the source when there is
 * no author, then the reading time (worked out by the server from the body); then every
 * correction made since, oldest first ("Corrected <date>: <note>"), so readers can see
 * what changed after they may have read it.
 */
export function ArticleByline(props: { article: FragmentType<typeof ArticleByline_article> }) {
  const { language, publishedAt, readingMinutes, author, authors, source, corrections } = getFragmentData(
    ArticleByline_article,
    props.article,
  );
  const s = t(language);
  // Author profiles first, each a link to its page; the free-text author or the source for
  // articles credited to no profile.
  const credit: ReactNode = authors.length ? (
    <>
      {s.byAuthorsPrefix}{' '}
      {authors.map((person, index) => (
        <Fragment key={person.id}>
          {index > 0 && (index === authors.length - 1 ? ` ${s.and} ` : ', ')}
          <Link to={person.url} rel="author">
            {person.name}
          </Link>
        </Fragment>
      ))}
    </>
  ) : author ? (
    s.byAuthor(author)
  ) : source ? (
    s.sourceIs(source)
  ) : null;

  return (
    <p className="byline">
      {publishedAt && <LocalTime dateTime={publishedAt} language={language} />}
      {publishedAt && credit && (
        <>
          {' '}
          <span className="byline-separator" aria-hidden="true">
            ·
          </span>{' '}
        </>
      )}
      {credit && <span className="byline-credit">{credit}</span>}
      {readingMinutes > 0 && (
        <>
          {(publishedAt || credit) && (
            <>
              {' '}
              <span className="byline-separator" aria-hidden="true">
                ·
              </span>{' '}
            </>
          )}
          <span className="byline-reading-time">{s.readingTime(readingMinutes)}</span>
        </>
      )}
      {corrections.map((correction, index) => (
        <Fragment key={`${correction.correctedAt}-${index}`}>
          {(index > 0 || publishedAt || credit) && <br />}
          <span className="byline-correction">
            {correctedLabel[language]} <LocalTime dateTime={correction.correctedAt} language={language} />: {correction.note}
          </span>
        </Fragment>
      ))}
    </p>
  );
}
