import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formatDateTime } from '../../i18n/formatDate';
import { graphql } from '../gql/gql';
import { deskStrings as s } from '../shell/deskStrings';

const ScheduleArticleMutation = graphql(`
  mutation DeskScheduleArticle($input: ScheduleArticleInput!) {
    scheduleArticle(input: $input) {
      __typename
      ... on ScheduleArticleSuccess {
        article {
          id
          publishAt
          updatedAt
        }
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

/** A datetime-local value (the editor's own time zone, to the second) for `date`. */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

interface Props {
  articleId: string;
  publishAt: string | null;
  /** Unsaved changes: the scheduled version is the saved one, so save first. */
  dirty: boolean;
}

/** A saved draft's publication time: set, change or cancel it. */
export function ScheduleControl({ articleId, publishAt, dirty }: Props) {
  const [value, setValue] = useState(() =>
    localInputValue(publishAt ? new Date(publishAt) : new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000)),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [schedule, { loading }] = useMutation(ScheduleArticleMutation);

  const send = async (at: string | null) => {
    if (loading) return;
    setProblem(null);
    try {
      const result = (await schedule({ variables: { input: { id: articleId, publishAt: at } } })).data?.scheduleArticle;
      if (result && result.__typename !== 'ScheduleArticleSuccess') setProblem(result.message);
    } catch {
      setProblem(s.actionFailed);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (dirty) return setProblem(s.scheduleSaveFirst);
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return setProblem(s.scheduleHint);
    void send(date.toISOString());
  };

  return (
    <form className="desk-panel desk-schedule" onSubmit={onSubmit} aria-busy={loading}>
      <h2>{s.scheduleHeading}</h2>
      {publishAt && (
        <p className="desk-scheduled" role="status">
          {s.scheduledFor(formatDateTime(publishAt, 'EN'))}
        </p>
      )}
      <div className="desk-inline">
        <label htmlFor="editor-publish-at">{s.publishAtLabel}</label>
        <input
          id="editor-publish-at"
          type="datetime-local"
          step={1}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby="editor-publish-at-hint"
        />
        <button type="submit" className="button" aria-disabled={loading}>
          {s.schedule}
        </button>
        {publishAt && (
          <button type="button" className="desk-secondary" aria-disabled={loading} onClick={() => void send(null)}>
            {s.unschedule}
          </button>
        )}
      </div>
      <p id="editor-publish-at-hint" className="desk-hint">
        {s.scheduleHint}
      </p>
      {problem && (
        <p className="desk-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
