import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLimits } from '../../limits/useLimits';
import { graphql } from '../gql/gql';
import { formatDateTime } from '../../i18n/formatDate';
import { DeskLoading } from '../shell/DeskLoading';
import { deskStrings as s } from '../shell/deskStrings';

const ApiTokensQuery = graphql(`
  query DeskApiTokens {
    apiTokens {
      id
      label
      createdAt
      revokedAt
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation DeskCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on CreateApiTokenSuccess {
        token
        apiToken {
          id
        }
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation DeskRevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      __typename
      ... on RevokeApiTokenSuccess {
        apiToken {
          id
          revokedAt
        }
      }
      ... on NotFound {
        message
      }
    }
  }
`);

/** /desk/tokens — one's personal API tokens for scripts; a new token is shown once. */
export function ApiTokensPage() {
  const { tokenLabelMax } = useLimits().staff;
  const { data, error, refetch } = useQuery(ApiTokensQuery, { fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CreateApiTokenMutation, { refetchQueries: [ApiTokensQuery] });
  const [revoke] = useMutation(RevokeApiTokenMutation);
  const [label, setLabel] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setSecret(null);
    try {
      const result = (await create({ variables: { input: { label } } })).data?.createApiToken;
      if (result?.__typename === 'CreateApiTokenSuccess') {
        setSecret(result.token);
        setLabel('');
      } else if (result) setProblem(result.message);
    } catch {
      setProblem(s.actionFailed);
    }
  };

  const onRevoke = async (id: string) => {
    setProblem(null);
    try {
      const result = (await revoke({ variables: { input: { id } } })).data?.revokeApiToken;
      if (result?.__typename === 'NotFound') setProblem(result.message);
    } catch {
      setProblem(s.actionFailed);
    }
  };

  return (
    <section className="desk-page">
      <title>{`${s.apiTokens} — ${s.desk}`}</title>
      <h1>{s.apiTokens}</h1>
      <form className="desk-form desk-inline" onSubmit={submit}>
        <label htmlFor="token-label">{s.tokenLabel}</label>
        <input id="token-label" required maxLength={tokenLabelMax} value={label} onChange={(event) => setLabel(event.target.value)} />
        <button type="submit" className="button" aria-disabled={creating.loading}>
          {s.createToken}
        </button>
      </form>
      <p className="desk-problem" role="alert">
        {problem}
      </p>
      {secret && (
        <div className="desk-notice" role="status">
          <p>{s.copyTokenNow}</p>
          <code className="desk-secret">{secret}</code>
        </div>
      )}
      {data ? (
        <ul className="desk-token-list">
          {data.apiTokens.map((token) => (
            <li key={token.id}>
              <strong>{token.label}</strong> · <time dateTime={token.createdAt}>{formatDateTime(token.createdAt, 'EN')}</time>
              {token.revokedAt ? (
                <span className="desk-hint"> · {s.revoked}</span>
              ) : (
                <button type="button" className="desk-secondary desk-danger" onClick={() => onRevoke(token.id)}>
                  {s.revoke}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <DeskLoading error={error} onRetry={() => refetch()} />
      )}
    </section>
  );
}
