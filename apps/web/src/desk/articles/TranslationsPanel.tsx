import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql/gql';
import { deskStrings as s } from '../shell/deskStrings';

const TranslationsQuery = graphql(`
  query DeskTranslations($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Article {
        language
        deskTranslations {
          id
          title
          language
          status
        }
      }
    }
  }
`);

const TranslationCandidatesQuery = graphql(`
  query DeskTranslationCandidates($search: String!) {
    deskArticles(search: $search, first: 10) {
      edges {
        node {
          id
          title
          language
        }
      }
    }
  }
`);

const LinkTranslationMutation = graphql(`
  mutation DeskLinkTranslation($input: LinkTranslationInput!) {
    linkTranslation(input: $input) {
      __typename
      ... on ValidationError {
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

const UnlinkTranslationMutation = graphql(`
  mutation DeskUnlinkTranslation($input: ArticleIdInput!) {
    unlinkTranslation(input: $input) {
      __typename
      ... on NotFound {
        message
      }
    }
  }
`);

/** The article's translation (ADR 034): see it, unlink it, or find one by title and link it. */
export function TranslationsPanel({ articleId }: { articleId: string }) {
  const { data, refetch } = useQuery(TranslationsQuery, { variables: { id: articleId }, fetchPolicy: 'cache-and-network' });
  const [search, setSearch] = useState('');
  const candidates = useQuery(TranslationCandidatesQuery, { variables: { search: search.trim() }, skip: search.trim().length < 2 });
  const [link, linking] = useMutation(LinkTranslationMutation);
  const [unlink] = useMutation(UnlinkTranslationMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const article = data?.node?.__typename === 'Article' ? data.node : undefined;
  const translations = article?.deskTranslations ?? [];
  // Only articles in another language can be its translation.
  const found = (candidates.data?.deskArticles.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => node.id !== articleId && node.language !== article?.language);

  const run = async (action: () => Promise<{ __typename: string; message?: string } | undefined>) => {
    setProblem(null);
    try {
      const result = await action();
      if (result && 'message' in result && result.message) setProblem(result.message);
      else {
        setSearch('');
        await refetch();
      }
    } catch {
      setProblem(s.actionFailed);
    }
  };

  return (
    <section className="desk-panel desk-translations" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{s.translations}</h2>
      <p className="desk-hint">{s.translationHint}</p>
      {translations.length === 0 ? (
        <p>{s.noTranslation}</p>
      ) : (
        <ul>
          {translations.map((translation) => (
            <li key={translation.id}>
              {s.languageName[translation.language] ?? translation.language}: {translation.title}{' '}
              <button
                type="button"
                className="desk-secondary desk-danger"
                onClick={() => void run(async () => (await unlink({ variables: { input: { id: articleId } } })).data?.unlinkTranslation)}
              >
                {s.unlinkTranslation}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="desk-field">
        <label htmlFor="translation-search">{s.findTranslation}</label>
        <input id="translation-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </div>
      {found.length > 0 && (
        <ul>
          {found.map((candidate) => (
            <li key={candidate.id}>
              {s.languageName[candidate.language] ?? candidate.language}: {candidate.title}{' '}
              <button
                type="button"
                className="desk-secondary"
                aria-disabled={linking.loading}
                onClick={() =>
                  void run(
                    async () => (await link({ variables: { input: { articleId, translationId: candidate.id } } })).data?.linkTranslation,
                  )
                }
              >
                {s.linkTranslation}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="desk-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
