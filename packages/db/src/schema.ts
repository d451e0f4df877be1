// The whole Newsroom data model (docs/design.md, "Data"). One schema serves both drivers:
// PGlite (embedded) and node-postgres (a real PostgreSQL server, 15 or newer).
//
// Every list the API serves has an index shaped for keyset pagination: the columns it
// is ordered by, then the id as the tie-breaker, so "the next page after cursor X" is
// one index range scan however deep the page is.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// Milliseconds, like JavaScript's Date: a keyset cursor carries a timestamp through a
// Date, and a cursor coarser than the column would repeat rows at page boundaries.
const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

export const articleStatus = pgEnum('article_status', ['draft', 'published']);
export const articleLanguage = pgEnum('article_language', ['en', 'ru']);
export const commentStatus = pgEnum('comment_status', ['pending', 'approved', 'rejected', 'deleted']);
export const commentReportReason = pgEnum('comment_report_reason', ['spam', 'abuse', 'off_topic', 'other']);
export const typoReportStatus = pgEnum('typo_report_status', ['new', 'fixed', 'dismissed']);
export const userRole = pgEnum('user_role', ['editor', 'moderator', 'admin']);

/** A name per language, e.g. `{ "en": "World", "ru": "Мир" }`: sections and tags. */
export type NamesByLanguage = Partial<Record<'en' | 'ru', string>>;

/** Raw bytes (picture files). node-postgres gives a Buffer, PGlite a Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

export const sections = pgTable('sections', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  /** The name in the site's default language (English): the fallback for `names`. */
  name: text('name').notNull(),
  /** The name per language; a language without one falls back to `name`. */
  names: jsonb('names').$type<NamesByLanguage>().notNull().default({}),
  /** Pre-moderated sections hold every new comment as pending until a moderator approves it. */
  premoderated: boolean('premoderated').notNull().default(false),
  /** Position in the site navigation. */
  position: integer('position').notNull().default(0),
  /** An archived section keeps its articles readable but takes no new ones and leaves the navigation. */
  archivedAt: timestamp('archived_at', { withTimezone: true, precision: 3 }),
  createdAt: createdAt(),
});

export const articles = pgTable(
  'articles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    language: articleLanguage('language').notNull().default('en'),
    status: articleStatus('status').notNull().default('draft'),
    title: text('title').notNull(),
    /** The standfirst: one paragraph under the title. */
    lead: text('lead').notNull().default(''),
    /** CommonMark; raw HTML is never rendered. */
    body: text('body').notNull().default(''),
    /** The lead picture from the media library; wins over the legacy `imageUrl`. */
    mediaId: integer('media_id').references(() => media.id, { onDelete: 'set null' }),
    imageUrl: text('image_url'),
    imageCaption: text('image_caption'),
    /** The agency or outlet the story comes from, shown in the breadcrumb. */
    source: text('source'),
    author: text('author'),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
    /** A draft scheduled to go live: the scheduler publishes it at (or just after) this time. */
    publishAt: timestamp('publish_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // Denormalised counters, kept exact by updating them in the same transaction as the
    // vote or comment that changes them, so the article page never aggregates.
    ratingCount: integer('rating_count').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
    /** Votes per score: element 1 counts the 1-star votes … element 5 the 5-star votes. */
    ratingDistribution: integer('rating_distribution')
      .array()
      .notNull()
      .default(sql`'{0,0,0,0,0}'::integer[]`),
    commentCount: integer('comment_count').notNull().default(0),
    commentsClosed: boolean('comments_closed').notNull().default(false),
    // Not declared here on purpose: `search_vector`, a stored generated tsvector (title A,
    // lead B, body C, stemmed in the article's language), and its partial GIN index
    // `articles_search_idx` are hand-written in migration 0009 (ADR 033), so that `select()`
    // of an article never carries the vector; only modules/search/searchQueries.ts reads it.
    /**
     * Articles that are translations of each other share this number (the id of the first
     * of them to be linked); null for an article with none (ADR 034). At most one article
     * of each language per group (articles_translation_idx).
     */
    translationGroup: integer('translation_group'),
  },
  (t) => [
    // Home feed: published articles, newest first. NULLS FIRST is what ORDER BY … DESC
    // means; an index in any other null order cannot serve it (migration 0005).
    index('articles_feed_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    // An edition's home page: published articles in one language, newest first (ADR 034).
    index('articles_language_feed_idx')
      .on(t.language, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    // Section pages.
    index('articles_section_feed_idx')
      .on(t.sectionId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    // The desk's article list: every status, most recently changed first.
    index('articles_desk_idx').on(t.status, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The scheduler: drafts due to go live, earliest first.
    index('articles_schedule_idx')
      .on(t.publishAt, t.id)
      .where(sql`${t.status} = 'draft' and ${t.publishAt} is not null`),
    // A translation group holds one article per language: no two English versions of one story.
    uniqueIndex('articles_translation_idx')
      .on(t.translationGroup, t.language)
      .where(sql`${t.translationGroup} is not null`),
    check('articles_rating_count_non_negative', sql`${t.ratingCount} >= 0`),
    check('articles_comment_count_non_negative', sql`${t.commentCount} >= 0`),
  ],
);

export const tags = pgTable('tags', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  /** The name in the site's default language (English): the fallback for `names`. */
  name: text('name').notNull(),
  /** The name per language; a language without one falls back to `name`. */
  names: jsonb('names').$type<NamesByLanguage>().notNull().default({}),
  createdAt: createdAt(),
});

/** Old tag slugs (after a rename or a merge) and the tag they now lead to, for 301 redirects. */
export const tagSlugRedirects = pgTable('tag_slug_redirects', {
  slug: text('slug').primaryKey(),
  tagId: integer('tag_id')
    .notNull()
    .references(() => tags.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    /** Order of the tag on the article, as the editor listed them. */
    position: integer('position').notNull().default(0),
    // The article's language and publication date, copied here so related articles can be
    // read as "the newest published articles of this tag in this language" from one index
    // range (ADR 024). Triggers keep them in step (migration 0008): an insert copies them
    // from the article, and publishing, unpublishing, re-dating or a language change of the
    // article rewrites them. Never written by the application.
    /** The article's language; the default only lets inserts leave it out (the trigger sets it). */
    language: articleLanguage('language').notNull().default('en'),
    /** The article's `published_at` while it is published, null while it is not. */
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_tag_idx').on(t.tagId, t.articleId),
    // Related articles: a tag's newest published articles in one language, read from the
    // top of the range and cut after a few dozen (relatedCandidatesPerTag).
    index('article_tags_related_idx')
      .on(t.tagId, t.language, t.publishedAt.desc().nullsFirst(), t.articleId.desc().nullsFirst())
      .where(sql`${t.publishedAt} is not null`),
  ],
);

export const ratings = pgTable(
  'ratings',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The signed anonymous reader id from the reader cookie. */
    readerId: text('reader_id').notNull(),
    /** The client address, kept to cap distinct votes per address (ballot stuffing). */
    clientAddress: text('client_address'),
    score: integer('score').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.readerId] }),
    index('ratings_address_idx').on(t.articleId, t.clientAddress, t.createdAt),
    check('ratings_score_range', sql`${t.score} between 1 and 5`),
  ],
);

export const comments = pgTable(
  'comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id'),
    /** The top-level comment of the thread; its own id for a top-level comment. */
    rootId: integer('root_id'),
    /**
     * The ids from the root down to this comment, each zero-padded to 10 digits: ordering a
     * thread by path lists it depth-first (every reply right under its parent), and a keyset
     * cursor on the path pages through it.
     */
    path: text('path').notNull().default(''),
    depth: integer('depth').notNull().default(0),
    status: commentStatus('status').notNull().default('approved'),
    readerId: text('reader_id').notNull(),
    clientAddress: text('client_address'),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    /** Approved comments below this one in its thread, kept exact like the article counters. */
    replyCount: integer('reply_count').notNull().default(0),
    clientMutationId: text('client_mutation_id'),
    createdAt: createdAt(),
    editedAt: timestamp('edited_at', { withTimezone: true, precision: 3 }),
    /** Readers' reports since a moderator last looked at it (0 once kept by a moderator). */
    reportCount: integer('report_count').notNull().default(0),
    /** When the first of those reports came: the reported queue's stable order. */
    firstReportedAt: timestamp('first_reported_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    // Top-level comments of an article, oldest/newest first, or by the size of their thread.
    index('comments_top_level_idx')
      .on(t.articleId, t.createdAt, t.id)
      .where(sql`${t.parentId} is null`),
    index('comments_most_replies_idx')
      .on(t.articleId, t.replyCount, t.createdAt, t.id)
      .where(sql`${t.parentId} is null`),
    // A thread in depth-first order.
    index('comments_thread_path_idx').on(t.rootId, t.path),
    // Moderation queues: by status, and approved comments that readers reported.
    index('comments_moderation_idx').on(t.status, t.createdAt, t.id),
    index('comments_reported_idx')
      .on(t.firstReportedAt, t.id)
      .where(sql`${t.reportCount} > 0 and ${t.status} = 'approved'`),
    // Rate limits and duplicate detection, per reader and per address.
    index('comments_reader_idx').on(t.readerId, t.createdAt),
    index('comments_address_idx').on(t.clientAddress, t.createdAt),
    uniqueIndex('comments_client_mutation_idx')
      .on(t.readerId, t.clientMutationId)
      .where(sql`${t.clientMutationId} is not null`),
  ],
);

/** One reader's report of a comment (spam, abuse…): each reader reports a comment once. */
export const commentReports = pgTable(
  'comment_reports',
  {
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    readerId: text('reader_id').notNull(),
    clientAddress: text('client_address'),
    reason: commentReportReason('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.readerId] }),
    // Rate limits per reader.
    index('comment_reports_reader_idx').on(t.readerId, t.createdAt),
  ],
);

export const typoReports = pgTable(
  'typo_reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // A W3C text-quote selector: the exact text and up to 100 characters either side.
    prefix: text('prefix').notNull().default(''),
    exact: text('exact').notNull(),
    suffix: text('suffix').notNull().default(''),
    /** How many distinct readers reported this spot (rows in typo_report_reporters). */
    reporterCount: integer('reporter_count').notNull().default(1),
    status: typoReportStatus('status').notNull().default('new'),
    createdAt: createdAt(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('typo_reports_queue_idx').on(t.status, t.createdAt, t.id),
    index('typo_reports_article_idx').on(t.articleId, t.status, t.createdAt, t.id),
  ],
);

/** Each reader who reported a spot (merged reports count readers, once each). */
export const typoReportReporters = pgTable(
  'typo_report_reporters',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => typoReports.id, { onDelete: 'cascade' }),
    readerId: text('reader_id').notNull(),
    clientAddress: text('client_address'),
    /** What this reader wrote about it, if anything. */
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.readerId] }),
    // Rate limits per reader and per address.
    index('typo_report_reporters_reader_idx').on(t.readerId, t.createdAt),
    index('typo_report_reporters_address_idx').on(t.clientAddress, t.createdAt),
  ],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: text('body').notNull(),
    /** Shown to readers as "Corrected <date>: <note>". */
    correctionNote: text('correction_note'),
    editorId: integer('editor_id'),
    createdAt: createdAt(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())],
);

export const users = pgTable('users', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  login: text('login').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: userRole('role').notNull(),
  /** scrypt, as `scrypt$N$r$p$salt$hash` (base64url parts); null until an invitee sets one. */
  passwordHash: text('password_hash'),
  /** A disabled account cannot sign in, and its sessions and tokens stop working. */
  disabledAt: timestamp('disabled_at', { withTimezone: true, precision: 3 }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * One-time links that let a person set their password: an invitation (72 hours) or a reset.
 * Only the SHA-256 of the link's secret is stored; using a link marks it used.
 */
export const accountLinks = pgTable(
  'account_links',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 'invite' or 'reset'. */
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, precision: 3 }),
    /** The admin who made the link. */
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('account_links_user_idx').on(t.userId)],
);

/**
 * A picture in the media library. The uploaded file itself is not kept: it is decoded,
 * turned upright, stripped of its metadata (EXIF location) and re-encoded as the variants
 * in `media_files`, which live in the database so every process and every backup has them.
 */
export const media = pgTable(
  'media',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Describes the picture for people who cannot see it; required. */
    alt: text('alt').notNull(),
    caption: text('caption').notNull().default(''),
    /** Who made the picture (photographer, agency). */
    credit: text('credit').notNull().default(''),
    /** The upright picture's size in pixels. */
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** A tiny blurred version as a data: URL, shown while the real picture loads. */
    placeholder: text('placeholder').notNull().default(''),
    /** SHA-256 of the uploaded bytes: the same file uploaded twice is one picture. */
    sha256: text('sha256').notNull().unique(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('media_library_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())],
);

/** The files served for a picture: one per format and width (and the 1200×630 social card). */
export const mediaFiles = pgTable(
  'media_files',
  {
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    /** 'avif', 'webp', 'jpeg', or 'og' (the 1200×630 JPEG for og:image). */
    format: text('format').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** The MIME type served. */
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
    /** A strong ETag: the SHA-256 of the bytes. */
    etag: text('etag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.format, t.width] })],
);

/** A byline: a staff member's public profile, or a contributor without an account. */
export const authors = pgTable('authors', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  /** `/author/<slug>`. */
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  bio: text('bio').notNull().default(''),
  mediaId: integer('media_id').references(() => media.id, { onDelete: 'set null' }),
  /** The staff account this profile belongs to, if any (one profile per account). */
  userId: integer('user_id')
    .unique()
    .references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

/** An article's authors, in byline order. */
export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.authorId] }), index('article_authors_author_idx').on(t.authorId, t.articleId)],
);

/**
 * Signed draft-preview links: anyone holding one sees the draft as readers would, until it
 * expires (7 days), is revoked, or the article is published. Only the SHA-256 is stored.
 */
export const previewLinks = pgTable(
  'preview_links',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('preview_links_article_idx').on(t.articleId)],
);

/**
 * Failed sign-ins (and ones in progress), per client address and login, for throttling
 * (apps/server/src/modules/auth/signInThrottleService.ts). Kept here, not on the account, so a
 * stranger's failures slow down the stranger's address, never the account's owner, and so
 * every server process on the database sees them. Rows older than the window are deleted
 * on every attempt, and a throttled address adds none, so the table stays small.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    // 64 bits: every attempt takes an id, refused ones too, and an attacker makes many.
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    clientAddress: text('client_address').notNull(),
    /** As typed, trimmed and lowercased (cut to 100 characters): unknown logins count too. */
    login: text('login').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_attempts_address_idx').on(t.clientAddress, t.attemptedAt), index('sign_in_attempts_time_idx').on(t.attemptedAt)],
);

/**
 * Article page reads, counted per article per day (UTC) and nothing else: no address, no
 * cookie, no reader id, so the table says how much an article was read and never by whom.
 * Each server process buffers the increments in memory and adds them here in batches with
 * one upsert (modules/views/viewService.ts, ADR 035).
 */
export const articleViews = pgTable(
  'article_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.day] }),
    // "Most read": the last seven days' rows, summed per article, read from the index alone.
    index('article_views_day_idx').on(t.day, t.articleId, t.views),
    check('article_views_views_non_negative', sql`${t.views} >= 0`),
  ],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What the token is for, as its owner named it. */
    label: text('label').notNull(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    /** Sessions (from sign-in) and personal API tokens share this table. */
    kind: text('kind').notNull().default('api'),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

export type SectionRow = typeof sections.$inferSelect;
export type ArticleRow = typeof articles.$inferSelect;
export type TagRow = typeof tags.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
export type TypoReportRow = typeof typoReports.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type ArticleRevisionRow = typeof articleRevisions.$inferSelect;
export type AccountLinkRow = typeof accountLinks.$inferSelect;
export type MediaRow = typeof media.$inferSelect;
export type MediaFileRow = typeof mediaFiles.$inferSelect;
export type AuthorRow = typeof authors.$inferSelect;
export type PreviewLinkRow = typeof previewLinks.$inferSelect;
