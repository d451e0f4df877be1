// /desk/media: the media library — every picture, newest first, searched in alt text,
// caption and credit, with "Load more"; each picture's text edited in place (updateMedia).
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLimits } from '../../limits/useLimits';
import { graphql } from '../gql/gql';
import { thumbnailOf } from './thumbnailOf';
import { DeskErrorState } from '../shell/DeskErrorState';
import { deskStrings as s } from '../shell/deskStrings';
import { LoadMoreButton } from '../common/LoadMoreButton';
import { useDebouncedValue } from '../common/useDebouncedValue';
import { useMediaLibrary } from './useMediaLibrary';

const UpdateMediaMutation = graphql(`
  mutation UpdateMedia($input: UpdateMediaInput!) {
    updateMedia(input: $input) {
      __typename
      ... on UpdateMediaSuccess {
        media {
          id
          alt
          caption
          credit
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

interface Picture {
  id: string;
  alt: string;
  caption: string;
  credit: string;
  url: string;
  width: number;
  height: number;
  variants: readonly { url: string; format: string; width: number }[];
}

export function MediaLibraryPage() {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 300);
  const { pictures, error, refetch, loadMore } = useMediaLibrary(debounced, 24);

  return (
    <section className="desk-page">
      <title>{`${s.mediaLibrary} — ${s.desk}`}</title>
      <h1>{s.mediaLibrary}</h1>
      <p>{s.mediaLibraryHint}</p>
      <div className="desk-field">
        <label htmlFor="media-search">{s.searchPictures}</label>
        <input id="media-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </div>
      {error && !pictures && <DeskErrorState error={error} onRetry={() => refetch()} />}
      {pictures?.length === 0 && <p>{s.noPictures}</p>}
      <ul className="desk-media-list">
        {pictures?.map((picture) => (
          <li key={picture.id}>
            <MediaItem picture={picture} />
          </li>
        ))}
      </ul>
      {loadMore && <LoadMoreButton onLoadMore={loadMore} />}
    </section>
  );
}

function MediaItem({ picture }: { picture: Picture }) {
  const mediaLimits = useLimits().media;
  const [text, setText] = useState({ alt: picture.alt, caption: picture.caption, credit: picture.credit });
  const [message, setMessage] = useState<{ problem: boolean; text: string } | null>(null);
  const [update, { loading }] = useMutation(UpdateMediaMutation);
  const field = (name: keyof typeof text) => `media-${picture.id}-${name}`;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      const { data } = await update({ variables: { input: { id: picture.id, ...text } } });
      const result = data?.updateMedia;
      if (result?.__typename === 'UpdateMediaSuccess') setMessage({ problem: false, text: s.saved });
      else setMessage({ problem: true, text: result && 'message' in result ? result.message : s.actionFailed });
    } catch {
      setMessage({ problem: true, text: s.actionFailed });
    }
  };

  return (
    <form className="desk-media-item" onSubmit={save} aria-busy={loading}>
      <a href={picture.url}>
        <img src={thumbnailOf(picture)} alt={picture.alt} width={160} />
      </a>
      <p>
        {picture.width}×{picture.height}
      </p>
      <div className="desk-field">
        <label htmlFor={field('alt')}>{s.pictureAlt}</label>
        <input
          id={field('alt')}
          value={text.alt}
          required
          maxLength={mediaLimits.altMax}
          onChange={(event) => setText({ ...text, alt: event.target.value })}
        />
      </div>
      <div className="desk-field">
        <label htmlFor={field('caption')}>{s.pictureCaption}</label>
        <input
          id={field('caption')}
          value={text.caption}
          maxLength={mediaLimits.captionMax}
          onChange={(event) => setText({ ...text, caption: event.target.value })}
        />
      </div>
      <div className="desk-field">
        <label htmlFor={field('credit')}>{s.pictureCredit}</label>
        <input
          id={field('credit')}
          value={text.credit}
          maxLength={mediaLimits.creditMax}
          onChange={(event) => setText({ ...text, credit: event.target.value })}
        />
      </div>
      <button type="submit" className="button" aria-disabled={loading}>
        {s.saveChanges}
      </button>
      <p className={message?.problem ? 'desk-problem' : 'desk-notice'} role={message?.problem ? 'alert' : 'status'}>
        {message?.text}
      </p>
    </form>
  );
}
