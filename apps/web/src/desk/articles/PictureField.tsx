// The article form's picture: drop a file on it or choose one, give it alt text (required),
// a caption and a credit, and upload it (POST /media, with its progress and refusals); or
// pick one from the media library. Shows the chosen picture's thumbnail, and removes it.
import { useRef, useState, type DragEvent } from 'react';
import { useLimits } from '../../limits/useLimits';
import { message } from '@newsroom/rules/messages';
import type { PickedPicture } from './articleDraft';
import { thumbnailOf } from '../media/thumbnailOf';
import { deskStrings as s } from '../shell/deskStrings';
import { LoadMoreButton } from '../common/LoadMoreButton';
import { useMediaLibrary } from '../media/useMediaLibrary';

interface UploadedMedia {
  id: string;
  alt: string;
  url: string;
  variants: { url: string; format: string; width: number }[];
}

/** POSTs the file to /media with its text in the query string; reports upload progress (0..1). */
function uploadPicture(
  file: File,
  text: { alt: string; caption: string; credit: string },
  onProgress: (share: number) => void,
): Promise<UploadedMedia> {
  return new Promise((resolve, reject) => {
    const query = new URLSearchParams({ alt: text.alt.trim() });
    if (text.caption.trim()) query.set('caption', text.caption.trim());
    if (text.credit.trim()) query.set('credit', text.credit.trim());
    const request = new XMLHttpRequest();
    request.open('POST', `/media?${query}`);
    // The file's own type when the browser knows it as a picture; the server reads the bytes anyway.
    request.setRequestHeader('content-type', file.type.startsWith('image/') ? file.type : 'application/octet-stream');
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: { media?: UploadedMedia; errors?: { message: string }[] } = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // not JSON: a proxy's page; the status says enough
      }
      if (body.media) resolve(body.media);
      else reject(new Error(body.errors?.[0]?.message ?? s.pictureUploadFailed));
    };
    request.onerror = () => reject(new Error(s.pictureUploadFailed));
    request.send(file);
  });
}

interface Props {
  picture: PickedPicture | null;
  onChange: (picture: PickedPicture | null) => void;
  invalid: boolean;
}

export function PictureField({ picture, onChange, invalid }: Props) {
  const mediaLimits = useLimits().media;
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState({ alt: '', caption: '', credit: '' });
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [picking, setPicking] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const choose = (chosen: File | undefined) => {
    setProblem(null);
    if (!chosen) return;
    if (chosen.size > mediaLimits.uploadBytes)
      return setProblem(message('FILE_TOO_LARGE', 'en', { megabytes: mediaLimits.uploadBytes / 1024 / 1024 }));
    setFile(chosen);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  const upload = async () => {
    if (!file || progress !== null) return;
    if (!text.alt.trim()) return setProblem(message('ALT_REQUIRED', 'en'));
    setProblem(null);
    setProgress(0);
    try {
      const media = await uploadPicture(file, text, setProgress);
      onChange({ id: media.id, alt: media.alt, thumbnail: thumbnailOf(media) });
      setFile(null);
      setText({ alt: '', caption: '', credit: '' });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : s.pictureUploadFailed);
    } finally {
      setProgress(null);
    }
  };

  return (
    <fieldset className="desk-field desk-picture" aria-invalid={invalid || undefined}>
      <legend>{s.picture}</legend>
      {picture ? (
        <div className="desk-picture-chosen">
          <img src={picture.thumbnail} alt={picture.alt} width={160} />
          <span>{picture.alt}</span>
          <button type="button" className="button" onClick={() => onChange(null)}>
            {s.removePicture}
          </button>
        </div>
      ) : (
        <>
          <div
            className={`desk-dropzone${dragging ? ' desk-dropzone-active' : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <p>{file ? s.pictureChosen(file.name) : s.pictureDropHint}</p>
            <label className="button" htmlFor="editor-picture-file">
              {s.chooseFile}
            </label>
            <input
              id="editor-picture-file"
              ref={fileInput}
              className="visually-hidden"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif,image/heic,.heic"
              onChange={(event) => choose(event.target.files?.[0])}
            />
            <button type="button" className="button" onClick={() => setPicking(true)}>
              {s.pickFromLibrary}
            </button>
          </div>
          {file && (
            <div className="desk-picture-upload">
              <div className="desk-field">
                <label htmlFor="editor-picture-alt">{s.pictureAlt}</label>
                <input
                  id="editor-picture-alt"
                  value={text.alt}
                  required
                  maxLength={mediaLimits.altMax}
                  onChange={(event) => setText({ ...text, alt: event.target.value })}
                />
              </div>
              <div className="desk-field">
                <label htmlFor="editor-picture-caption">{s.pictureCaption}</label>
                <input
                  id="editor-picture-caption"
                  value={text.caption}
                  maxLength={mediaLimits.captionMax}
                  onChange={(event) => setText({ ...text, caption: event.target.value })}
                />
              </div>
              <div className="desk-field">
                <label htmlFor="editor-picture-credit">{s.pictureCredit}</label>
                <input
                  id="editor-picture-credit"
                  value={text.credit}
                  maxLength={mediaLimits.creditMax}
                  onChange={(event) => setText({ ...text, credit: event.target.value })}
                />
              </div>
              <button type="button" className="button" onClick={upload} aria-disabled={progress !== null}>
                {s.uploadPicture}
              </button>
              {progress !== null && (
                <progress max={1} value={progress} aria-label={s.uploading}>
                  {Math.round(progress * 100)}%
                </progress>
              )}
            </div>
          )}
        </>
      )}
      <p className="desk-problem" role="alert">
        {problem}
      </p>
      {picking && (
        <MediaPicker
          onPick={(chosen) => {
            onChange(chosen);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </fieldset>
  );
}

/** The library in a dialog: search, pictures as buttons, "Load more". */
function MediaPicker({ onPick, onClose }: { onPick: (picture: PickedPicture) => void; onClose: () => void }) {
  const [search, setSearch] = useState('');
  const { pictures, error, loadMore } = useMediaLibrary(search.trim(), 12);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = (element: HTMLDialogElement | null) => {
    dialog.current = element;
    if (element && !element.open) element.showModal();
  };

  return (
    <dialog ref={open} className="desk-media-picker" aria-labelledby="media-picker-title" onClose={onClose}>
      <h2 id="media-picker-title">{s.mediaLibrary}</h2>
      <div className="desk-field">
        <label htmlFor="media-picker-search">{s.searchPictures}</label>
        <input id="media-picker-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </div>
      {error && <p className="desk-problem">{s.actionFailed}</p>}
      {pictures?.length === 0 && <p>{s.noPictures}</p>}
      <ul className="desk-media-grid">
        {pictures?.map((picture) => (
          <li key={picture.id}>
            <button type="button" onClick={() => onPick({ id: picture.id, alt: picture.alt, thumbnail: thumbnailOf(picture) })}>
              <img src={thumbnailOf(picture)} alt={picture.alt} loading="lazy" />
            </button>
          </li>
        ))}
      </ul>
      {loadMore && <LoadMoreButton onLoadMore={loadMore} />}
      <button type="button" className="button" onClick={() => dialog.current?.close()}>
        {s.close}
      </button>
    </dialog>
  );
}
