import type { RefObject } from 'react';
import { Link } from 'react-router';
import { useLimits } from '../../limits/useLimits';
import type { ArticleDraft } from './articleDraft';
import { DeskTextField } from '../common/DeskTextField';
import { deskStrings as s } from '../shell/deskStrings';
import { AuthorPicker } from './AuthorPicker';
import { PictureField } from './PictureField';
import { TagPicker } from './TagPicker';

/** The fields a reported text can be in, for "Open in editor" to select it. */
export interface QuoteFieldRefs {
  title: RefObject<HTMLInputElement | null>;
  lead: RefObject<HTMLTextAreaElement | null>;
  body: RefObject<HTMLTextAreaElement | null>;
  imageCaption: RefObject<HTMLInputElement | null>;
}

interface Props {
  draft: ArticleDraft;
  onChange: (patch: Partial<ArticleDraft>) => void;
  /** Archived ones too: an article may stay in one, but not move into one. */
  sections: readonly { slug: string; name: string; archivedAt?: string | null }[];
  /** Null for an article not saved yet. */
  status: 'DRAFT' | 'PUBLISHED' | null;
  /** The field the server refused, if any. */
  invalidField: string | null;
  refs: QuoteFieldRefs;
}

/** Every field of the article form; the editor around it owns the state. */
export function ArticleFields({ draft, onChange, sections, status, invalidField, refs }: Props) {
  const limits = useLimits().article;
  const invalid = (field: string) => invalidField === field;
  return (
    <>
      <DeskTextField
        id="editor-title"
        label={s.title}
        value={draft.title}
        onChange={(title) => onChange({ title })}
        required
        maxLength={limits.titleMax}
        invalid={invalid('title')}
        inputRef={refs.title}
      />
      {status === 'PUBLISHED' ? (
        <p className="desk-field desk-address">
          {s.slug}: <Link to={`/article/${draft.slug}`}>/article/{draft.slug}</Link>
        </p>
      ) : (
        <DeskTextField
          id="editor-slug"
          label={s.slug}
          value={draft.slug}
          onChange={(slug) => onChange({ slug })}
          hint={s.slugHint}
          invalid={invalid('slug')}
        />
      )}
      <div className="desk-field-row">
        <div className="desk-field">
          <label htmlFor="editor-section">{s.section}</label>
          <select
            id="editor-section"
            value={draft.section}
            onChange={(event) => onChange({ section: event.target.value })}
            aria-invalid={invalid('section') || undefined}
          >
            {sections
              .filter((section) => !section.archivedAt || section.slug === draft.section)
              .map((section) => (
                <option key={section.slug} value={section.slug}>
                  {section.archivedAt ? s.archivedSectionOption(section.name) : section.name}
                </option>
              ))}
          </select>
        </div>
        {/* The language is chosen once: updateArticle cannot change it. */}
        {status === null && (
          <div className="desk-field">
            <label htmlFor="editor-language">{s.language}</label>
            <select
              id="editor-language"
              value={draft.language}
              onChange={(event) => onChange({ language: event.target.value === 'RU' ? 'RU' : 'EN' })}
            >
              <option value="EN">English</option>
              <option value="RU">Русский</option>
            </select>
          </div>
        )}
      </div>
      <TagPicker tags={draft.tags} onChange={(tags) => onChange({ tags })} invalid={invalid('tags')} />
      <DeskTextField
        id="editor-lead"
        label={s.lead}
        value={draft.lead}
        onChange={(lead) => onChange({ lead })}
        rows={3}
        maxLength={limits.leadMax}
        invalid={invalid('lead')}
        textareaRef={refs.lead}
      />
      <DeskTextField
        id="editor-body"
        className="desk-body-field"
        label={s.body}
        value={draft.body}
        onChange={(body) => onChange({ body })}
        rows={20}
        invalid={invalid('body')}
        textareaRef={refs.body}
      />
      <PictureField
        picture={draft.picture}
        onChange={(picture) => onChange({ picture, ...(picture ? { imageUrl: '' } : {}) })}
        invalid={invalid('mediaId')}
      />
      <div className="desk-field-row">
        {/* A picture URL typed by hand, for articles without a library picture. */}
        {!draft.picture && (
          <DeskTextField
            id="editor-image-url"
            label={s.imageUrl}
            value={draft.imageUrl}
            onChange={(imageUrl) => onChange({ imageUrl })}
            invalid={invalid('imageUrl')}
          />
        )}
        <DeskTextField
          id="editor-image-caption"
          label={s.imageCaption}
          value={draft.imageCaption}
          onChange={(imageCaption) => onChange({ imageCaption })}
          invalid={invalid('imageCaption')}
          inputRef={refs.imageCaption}
        />
      </div>
      <AuthorPicker authors={draft.authors} onChange={(authors) => onChange({ authors })} invalid={invalid('authorIds')} />
      <div className="desk-field-row">
        <DeskTextField
          id="editor-source"
          label={s.source}
          value={draft.source}
          onChange={(source) => onChange({ source })}
          invalid={invalid('source')}
        />
        <DeskTextField
          id="editor-author"
          label={s.author}
          value={draft.author}
          onChange={(author) => onChange({ author })}
          invalid={invalid('author')}
        />
      </div>
      {status === 'PUBLISHED' && (
        <DeskTextField
          id="editor-correction"
          label={s.correctionNote}
          value={draft.correctionNote}
          onChange={(correctionNote) => onChange({ correctionNote })}
          rows={2}
          hint={s.correctionHint}
          invalid={invalid('correctionNote')}
        />
      )}
    </>
  );
}
