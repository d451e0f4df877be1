import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatDateTime } from '../../i18n/formatDate';
import { graphql } from '../gql/gql';
import { deskStrings as s } from '../shell/deskStrings';

const PreviewLinksQuery = graphql(`
  query DeskPreviewLinks($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Article {
        previewLinks {
          id
          status
          createdAt
          expiresAt
        }
      }
    }
  }
`);

const CreatePreviewLinkMutation = graphql(`
  mutation DeskCreatePreviewLink($input: CreatePreviewLinkInput!) {
    createPreviewLink(input: $input) {
      __typename
      ... on CreatePreviewLinkSuccess {
        url
      }
      ... on ValidationError {
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

const RevokePreviewLinkMutation = graphql(`
  mutation DeskRevokePreviewLink($input: RevokePreviewLinkInput!) {
    revokePreviewLink(input: $input) {
      __typename
      ... on RevokePreviewLinkSuccess {
        previewLink {
          id
          status
        }
      }
      ... on NotFound {
        message
      }
    }
  }
`);

/** A draft's preview links: make one to share (shown once), see and revoke the others. */
export function PreviewLinksPanel({ articleId }: { articleId: string }) {
  const { data, refetch } = useQuery(PreviewLinksQuery, { variables: { id: articleId }, fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CreatePreviewLinkMutation);
  const [revoke] = useMutation(RevokePreviewLinkMutation);
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const links = data?.node?.__typename === 'Article' ? data.node.previewLinks : [];

  const onCreate = async () => {
    if (creating.loading) return;
    setProblem(null);
    try {
      const result = (await create({ variables: { input: { articleId } } })).data?.createPreviewLink;
      if (result?.__typename === 'CreatePreviewLinkSuccess') {
        setUrl(result.url);
        await refetch();
      } else setProblem(result?.message ?? s.actionFailed);
    } catch {
      setProblem(s.actionFailed);
    }
  };

  return (
    <section className="desk-panel desk-preview-links" aria-labelledby="preview-links-heading">
      <h2 id="preview-links-heading">{s.previewLinks}</h2>
      <p className="desk-hint">{s.previewLinkHint}</p>
      <button type="button" className="desk-secondary" onClick={() => void onCreate()} aria-disabled={creating.loading}>
        {s.createPreviewLink}
      </button>
      {url && (
        <div className="desk-field">
          <label htmlFor="preview-link-url">{s.previewLinkLabel}</label>
          <input id="preview-link-url" readOnly value={url} onFocus={(event) => event.target.select()} />
          <p className="desk-hint">{s.previewLinkCreated}</p>
        </div>
      )}
      {problem && (
        <p className="desk-problem" role="alert">
          {problem}
        </p>
      )}
      {links.length > 0 && (
        <ul className="desk-preview-list">
          {links.map((link) => (
            <li key={link.id}>
              <span className={`desk-status desk-status-${link.status.toLowerCase()}`}>{s.previewStatus[link.status] ?? link.status}</span>{' '}
              <time dateTime={link.createdAt}>{formatDateTime(link.createdAt, 'EN')}</time>
              {link.status === 'ACTIVE' && (
                <>
                  {' '}
                  · {s.expires(formatDateTime(link.expiresAt, 'EN'))}{' '}
                  <button
                    type="button"
                    className="desk-secondary desk-danger"
                    onClick={() => void revoke({ variables: { input: { id: link.id } } }).then(() => refetch())}
                  >
                    {s.revoke}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
