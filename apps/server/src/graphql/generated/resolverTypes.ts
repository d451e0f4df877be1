import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ArticleRow, CommentRow, TypoReportRow, UserRow, ArticleRevisionRow, ApiTokenRow, AuthorRow, PreviewLinkRow } from '@newsroom/db/schema';
import type { SectionModel, TagModel } from '../../modules/sections/localizedNameRules';
import type { StaffUserRow } from '../../modules/staff/staffQueries';
import type { ArticlePreviewModel, PreviewUnavailableModel } from '../../modules/publishing/previewService';
import type { RatingSummaryModel } from '../../modules/ratings/ratingRules';
import type { ViewerModel } from '../../modules/auth/viewerService';
import type { MediaModel } from '../../modules/media/mediaQueries';
import type { SearchHitModel } from '../../modules/search/searchService';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date and time in UTC, e.g. 2026-11-25T09:30:00.000Z. */
  DateTime: { input: Date; output: Date; }
};

/** A one-time link where an account's owner sets a password. Shown once: only its digest is kept. */
export type AccountLink = {
  __typename?: 'AccountLink';
  /** When it stops working (72 hours for an invitation, 24 for a reset). */
  expiresAt: Scalars['DateTime']['output'];
  /** The link: an absolute URL when PUBLIC_URL is set, else a path on this site. */
  url: Scalars['String']['output'];
};

/** The link does not work; ask an admin for a new one. */
export type AccountLinkInvalid = {
  __typename?: 'AccountLinkInvalid';
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
  /** Why. */
  reason: AccountLinkProblem;
};

/** Why an account link does not work. */
export type AccountLinkProblem =
  /** The account is disabled. */
  | 'DISABLED'
  /** Its time ran out. */
  | 'EXPIRED'
  /** A newer link was made for the account. */
  | 'SUPERSEDED'
  /** No such link (mistyped or cut short). */
  | 'UNKNOWN'
  /** It was used already. */
  | 'USED';

/** Too many failed sign-ins from the caller's address (to this login, or to any): that address waits; the account itself is never locked. */
export type AccountLocked = {
  __typename?: 'AccountLocked';
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
  /** Seconds until the next attempt is accepted. */
  retryAfterSeconds: Scalars['Int']['output'];
};

/** A reader's new comment. */
export type AddCommentInput = {
  /** The article's global id. */
  articleId: Scalars['ID']['input'];
  /** The reader's name, 1 to 80 characters. */
  authorName: Scalars['String']['input'];
  /** The text, 1 to 2,000 characters after trimming; plain text. */
  body: Scalars['String']['input'];
  /** Any string the client chooses; a retry with the same one returns the first result instead of posting twice. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The global id of the comment this one answers; omit for a top-level comment. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of addComment. */
export type AddCommentResult = AddCommentSuccess | CommentsClosed | NotFound | RateLimited | ValidationError;

/** The comment was posted (it may be held for moderation: see its status). */
export type AddCommentSuccess = {
  __typename?: 'AddCommentSuccess';
  /** The clientMutationId of the input. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The new comment. */
  comment: Comment;
};

/** A personal API token for scripts. The token itself is shown once, at creation. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The token's global id (for revoking it). */
  id: Scalars['ID']['output'];
  /** What the token is for. */
  label: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A news article. */
export type Article = Node & {
  __typename?: 'Article';
  /** The author's name; when null, show the source instead. */
  author?: Maybe<Scalars['String']['output']>;
  /** The authors credited, in byline order; empty when the article has none (then show author or source). */
  authors: Array<Author>;
  /** The body as CommonMark source. */
  body: Scalars['String']['output'];
  /** The body rendered from CommonMark to HTML; raw HTML in the source is escaped, never rendered. */
  bodyHtml: Scalars['String']['output'];
  /** The number of approved comments. */
  commentCount: Scalars['Int']['output'];
  /** Top-level comments: approved ones, plus this reader's own pending ones. */
  comments: CommentConnection;
  /** Corrections made after publication, oldest first: shown to readers as Corrected <date>. */
  corrections: Array<Correction>;
  /** Every linked translation, drafts too, by language, for the desk (editors only). */
  deskTranslations: Array<Article>;
  /** The opaque global id. */
  id: Scalars['ID']['output'];
  /** The picture and its caption, if any: the library picture when there is one, else the legacy picture URL. */
  image?: Maybe<Image>;
  /** The language the article is written in. */
  language: Language;
  /** The standfirst: one paragraph under the headline. */
  lead: Scalars['String']['output'];
  /** The lead picture from the media library, with its variants; null when none is chosen. */
  picture?: Maybe<Media>;
  /** The draft's preview links, newest first, revoked and expired ones too (editors only). */
  previewLinks: Array<PreviewLink>;
  /** When the scheduler will publish this draft; null when it is not scheduled (editors only). */
  publishAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the article was published; null for drafts. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Readers' ratings of the article. */
  rating: RatingSummary;
  /** Minutes an adult takes to read the body, rounded up (200 words a minute); 0 for an empty body. */
  readingMinutes: Scalars['Int']['output'];
  /** Published articles sharing the most tags with this one, newest first among equals. */
  related: Array<Article>;
  /** Every saved version since publication, oldest first, for the desk's diff (editors only). */
  revisions: Array<ArticleRevision>;
  /** The section the article belongs to. */
  section: Section;
  /** The unique, URL-safe name of the article; its page is /article/<slug>. */
  slug: Scalars['String']['output'];
  /** The agency or outlet the story comes from. */
  source?: Maybe<Scalars['String']['output']>;
  /** Draft or published. */
  status: ArticleStatus;
  /** The article's tags, in the editor's order. */
  tags: Array<Tag>;
  /** The headline. */
  title: Scalars['String']['output'];
  /** The same story in the other languages, published ones only, by language: the page's “Read in English” link and hreflang alternates. */
  translations: Array<Article>;
  /** When the article last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A news article. */
export type ArticleCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CommentOrder>;
};


/** A news article. */
export type ArticleRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page with their cursors. */
  edges: Array<ArticleEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** An article and its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Pass as after to get the articles that follow this one. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** Which article. */
export type ArticleIdInput = {
  /** The article's global id. */
  id: Scalars['ID']['input'];
};

/** The limits of an article's text. */
export type ArticleLimits = {
  __typename?: 'ArticleLimits';
  /** The longest body (CommonMark source). */
  bodyMax: Scalars['Int']['output'];
  /** The longest picture caption, and the longest correction note. */
  captionMax: Scalars['Int']['output'];
  /** The longest lead. */
  leadMax: Scalars['Int']['output'];
  /** The longest source and picture credit. */
  nameMax: Scalars['Int']['output'];
  /** The most tags on one article. */
  tagsMax: Scalars['Int']['output'];
  /** The longest title. */
  titleMax: Scalars['Int']['output'];
};

/** A draft shown through a preview link. */
export type ArticlePreview = {
  __typename?: 'ArticlePreview';
  /** The draft, as readers will see it. */
  article: Article;
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
};

/** A saved version of an article. */
export type ArticleRevision = {
  __typename?: 'ArticleRevision';
  /** The body then (CommonMark). */
  body: Scalars['String']['output'];
  /** The correction note given with this change, if any. */
  correctionNote?: Maybe<Scalars['String']['output']>;
  /** When this version was saved. */
  createdAt: Scalars['DateTime']['output'];
  /** Who saved this version; null for the version before the first change and for EDITOR_TOKEN (automation). */
  editor?: Maybe<User>;
  /** The standfirst then. */
  lead: Scalars['String']['output'];
  /** The headline then. */
  title: Scalars['String']['output'];
};

/** Whether readers can see an article. */
export type ArticleStatus =
  /** Being written; visible to editors only. */
  | 'DRAFT'
  /** Public. */
  | 'PUBLISHED';

/** A person articles are credited to; their page is /author/<slug>. */
export type Author = Node & {
  __typename?: 'Author';
  /** The author's published articles, newest first. */
  articles: ArticleConnection;
  /** A short biography (plain text); empty when none. */
  bio: Scalars['String']['output'];
  /** The opaque global id. */
  id: Scalars['ID']['output'];
  /** The name shown in bylines. */
  name: Scalars['String']['output'];
  /** The author's portrait from the media library; null when none. */
  picture?: Maybe<Media>;
  /** The unique, URL-safe name; the page is /author/<slug>. */
  slug: Scalars['String']['output'];
  /** The author page's path, /author/<slug>. */
  url: Scalars['String']['output'];
};


/** A person articles are credited to; their page is /author/<slug>. */
export type AuthorArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The limits of an author profile. */
export type AuthorLimits = {
  __typename?: 'AuthorLimits';
  /** The longest bio. */
  bioMax: Scalars['Int']['output'];
  /** The longest name. */
  nameMax: Scalars['Int']['output'];
  /** The most authors of one article. */
  perArticle: Scalars['Int']['output'];
};

/** The result of createAuthor, updateAuthor and updateMyAuthorProfile. */
export type AuthorResult = AuthorSuccess | NotFound | ValidationError;

/** The author profile was saved. */
export type AuthorSuccess = {
  __typename?: 'AuthorSuccess';
  /** The author as saved. */
  author: Author;
};

/** Whether a cached response may be shared between readers (Apollo cache control). */
export type CacheControlScope =
  /** Depends on who asks: never shared. */
  | 'PRIVATE'
  /** The same for every reader: may be cached and shared. */
  | 'PUBLIC';

/** Which vote to take back. */
export type ClearRatingInput = {
  /** The article's global id. */
  articleId: Scalars['ID']['input'];
};

/** The result of clearRating. */
export type ClearRatingResult = ClearRatingSuccess | NotFound;

/** The reader's vote is gone (or there was none). */
export type ClearRatingSuccess = {
  __typename?: 'ClearRatingSuccess';
  /** The article, with its updated rating. */
  article: Article;
};

/** A reader's comment on an article. */
export type Comment = Node & {
  __typename?: 'Comment';
  /** The article commented on. */
  article: Article;
  /** The name the reader gave; empty for a deleted comment. */
  authorName: Scalars['String']['output'];
  /** The text as the reader typed it (NFC); render it as text, never as HTML. Empty for a deleted comment. */
  body: Scalars['String']['output'];
  /** When it was posted. */
  createdAt: Scalars['DateTime']['output'];
  /** 0 for a top-level comment, 1 for a reply to it, and so on. */
  depth: Scalars['Int']['output'];
  /** Until when its author may edit or delete it; null when the viewer is not its author or the time is over. */
  editableUntil?: Maybe<Scalars['DateTime']['output']>;
  /** When its author last edited it. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The opaque global id. */
  id: Scalars['ID']['output'];
  /** True when the viewer (this reader) wrote it. */
  isOwn: Scalars['Boolean']['output'];
  /** The comment this one replies to; null for a top-level comment. */
  parent?: Maybe<Comment>;
  /** The comments below this one, depth-first (each reply right after the comment it answers). */
  replies: CommentConnection;
  /** The number of approved comments below this one in its thread. */
  replyCount: Scalars['Int']['output'];
  /** Readers' reports a moderator has not yet dealt with (moderators and editors only). */
  reportCount: Scalars['Int']['output'];
  /** Those reports counted by reason (moderators and editors only). */
  reportReasons: Array<CommentReportReasonCount>;
  /** Moderation status. */
  status: CommentStatus;
};


/** A reader's comment on an article. */
export type CommentRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of comments. */
export type CommentConnection = {
  __typename?: 'CommentConnection';
  /** The comments of this page with their cursors. */
  edges: Array<CommentEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A comment and its cursor. */
export type CommentEdge = {
  __typename?: 'CommentEdge';
  /** Pass as after to get the comments that follow. */
  cursor: Scalars['String']['output'];
  /** The comment. */
  node: Comment;
};

/** The limits of a reader's comment. */
export type CommentLimits = {
  __typename?: 'CommentLimits';
  /** The longest name a commenter gives. */
  authorNameMax: Scalars['Int']['output'];
  /** The longest comment. */
  bodyMax: Scalars['Int']['output'];
  /** Seconds after posting during which the author may edit or delete a comment. */
  editWindowSeconds: Scalars['Int']['output'];
};

/** How to order an article's top-level comments. */
export type CommentOrder =
  /** The largest threads first. */
  | 'MOST_REPLIES'
  /** Newest first. */
  | 'NEWEST'
  /** Oldest first (the default). */
  | 'OLDEST';

/** Why a reader reports a comment to the moderators. */
export type CommentReportReason =
  /** Insults, threats or hate. */
  | 'ABUSE'
  /** Nothing to do with the article. */
  | 'OFF_TOPIC'
  /** Something else that breaks the rules. */
  | 'OTHER'
  /** Advertising or repeated junk. */
  | 'SPAM';

/** How many of a comment's open reports give one reason. */
export type CommentReportReasonCount = {
  __typename?: 'CommentReportReasonCount';
  /** How many readers gave it. */
  count: Scalars['Int']['output'];
  /** The reason. */
  reason: CommentReportReason;
};

/** Where a comment stands in moderation. */
export type CommentStatus =
  /** Public. */
  | 'APPROVED'
  /** Removed by its author (shown as a placeholder while it has replies). */
  | 'DELETED'
  /** Held for a moderator; visible to its author only. */
  | 'PENDING'
  /** Refused by a moderator. */
  | 'REJECTED';

/** Comments on this article are closed. */
export type CommentsClosed = {
  __typename?: 'CommentsClosed';
  /** A human-readable explanation in the article's language. */
  message: Scalars['String']['output'];
};

/** A correction of a published article. */
export type Correction = {
  __typename?: 'Correction';
  /** When it was corrected. */
  correctedAt: Scalars['DateTime']['output'];
  /** What was corrected, as the editor put it. */
  note: Scalars['String']['output'];
};

/** A label for a new API token. */
export type CreateApiTokenInput = {
  /** What the token is for, 1 to 100 characters. */
  label: Scalars['String']['input'];
};

/** The result of createApiToken. */
export type CreateApiTokenResult = CreateApiTokenSuccess | ValidationError;

/** The token was created. Copy it now: it is never shown again. */
export type CreateApiTokenSuccess = {
  __typename?: 'CreateApiTokenSuccess';
  /** The token's record. */
  apiToken: ApiToken;
  /** The secret token; send it as Authorization: Bearer <token>. */
  token: Scalars['String']['output'];
};

/** What an editor writes when creating an article. */
export type CreateArticleInput = {
  /** The author's name. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** The authors' global ids in byline order (at most 10); none: the author or source text is the byline. */
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The body as CommonMark, up to 100,000 characters. */
  body: Scalars['String']['input'];
  /** The picture's caption. */
  imageCaption?: InputMaybe<Scalars['String']['input']>;
  /** A same-site picture URL (starting with /) or an https URL. */
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  /** The article's language. */
  language?: InputMaybe<Language>;
  /** The standfirst, up to 1,000 characters. */
  lead: Scalars['String']['input'];
  /** The lead picture: a Media global id from the library (wins over imageUrl). */
  mediaId?: InputMaybe<Scalars['ID']['input']>;
  /** Publish at once instead of saving a draft. */
  publish?: InputMaybe<Scalars['Boolean']['input']>;
  /** The slug of an existing section. */
  section: Scalars['String']['input'];
  /** The URL name; generated from the title when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** The agency or outlet. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Tag names; unknown ones are created. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The headline, 1 to 300 characters. */
  title: Scalars['String']['input'];
};

/** The result of createArticle. */
export type CreateArticleResult = CreateArticleSuccess | ValidationError;

/** The article was created. */
export type CreateArticleSuccess = {
  __typename?: 'CreateArticleSuccess';
  /** The new article. */
  article: Article;
};

/** A new author profile. */
export type CreateAuthorInput = {
  /** A short biography, up to 1,000 characters. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** A portrait from the media library (its global id); null removes it. */
  mediaId?: InputMaybe<Scalars['ID']['input']>;
  /** The name shown in bylines, 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** The URL name; generated from the name when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** Which draft to make a preview link for. */
export type CreatePreviewLinkInput = {
  /** The draft's global id. */
  articleId: Scalars['ID']['input'];
};

/** The result of createPreviewLink. */
export type CreatePreviewLinkResult = CreatePreviewLinkSuccess | NotFound | ValidationError;

/** A new preview link. */
export type CreatePreviewLinkSuccess = {
  __typename?: 'CreatePreviewLinkSuccess';
  /** The link's record (for listing and revoking). */
  previewLink: PreviewLink;
  /** The link to share: PUBLIC_URL/preview/<token>. Shown only now; only its digest is kept. */
  url: Scalars['String']['output'];
};

/** A new section (administrators only). */
export type CreateSectionInput = {
  /** Its names; English is required. */
  names: Array<LocalizedNameInput>;
  /** Where it goes in the navigation, 0 first; at the end when omitted. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Hold every new comment for a moderator. */
  premoderated?: InputMaybe<Scalars['Boolean']['input']>;
  /** The URL name: lowercase latin letters and digits in words joined by single hyphens, up to 80 characters; unique. */
  slug: Scalars['String']['input'];
};

/** The result of createSection. */
export type CreateSectionResult = CreateSectionSuccess | ValidationError;

/** The section was created. */
export type CreateSectionSuccess = {
  __typename?: 'CreateSectionSuccess';
  /** The new section. */
  section: Section;
};

/** The result of deleteArticle. */
export type DeleteArticleResult = DeleteArticleSuccess | NotFound;

/** The article is gone, with its comments, ratings and reports. */
export type DeleteArticleSuccess = {
  __typename?: 'DeleteArticleSuccess';
  /** The global id the article had. */
  deletedId: Scalars['ID']['output'];
};

/** Which of one's own comments to delete. */
export type DeleteCommentInput = {
  /** The comment's global id. */
  commentId: Scalars['ID']['input'];
};

/** The result of deleteComment. */
export type DeleteCommentResult = DeleteCommentSuccess | EditWindowClosed | NotFound;

/** The comment was deleted. */
export type DeleteCommentSuccess = {
  __typename?: 'DeleteCommentSuccess';
  /** The deleted comment (status DELETED). */
  comment: Comment;
};

/** The result of deleteMedia; ValidationError MEDIA_IN_USE while an article shows the picture. */
export type DeleteMediaResult = DeleteMediaSuccess | NotFound | ValidationError;

/** The picture is gone, with its files. */
export type DeleteMediaSuccess = {
  __typename?: 'DeleteMediaSuccess';
  /** The global id the picture had. */
  deletedId: Scalars['ID']['output'];
};

/** A new text for one's own comment. */
export type EditCommentInput = {
  /** The new text, 1 to 2,000 characters after trimming. */
  body: Scalars['String']['input'];
  /** The comment's global id. */
  commentId: Scalars['ID']['input'];
};

/** The result of editComment. */
export type EditCommentResult = EditCommentSuccess | EditWindowClosed | NotFound | ValidationError;

/** The comment was changed. */
export type EditCommentSuccess = {
  __typename?: 'EditCommentSuccess';
  /** The changed comment. */
  comment: Comment;
};

/** The comment can no longer be changed by its author. */
export type EditWindowClosed = {
  __typename?: 'EditWindowClosed';
  /** A human-readable explanation in the article's language. */
  message: Scalars['String']['output'];
};

/** A picture with its caption: the library picture's largest JPEG, or a legacy picture URL. */
export type Image = {
  __typename?: 'Image';
  /** Alternative text for people who cannot see the picture; empty for a legacy picture URL, whose caption describes it. */
  alt: Scalars['String']['output'];
  /** The caption under the picture: the library picture's, or else the article's own imageCaption. */
  caption?: Maybe<Scalars['String']['output']>;
  /** Where the picture is served from (same site, or https). */
  url: Scalars['String']['output'];
};

/** The login or the password is wrong (which one is not said). */
export type InvalidCredentials = {
  __typename?: 'InvalidCredentials';
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
};

/** A new account: its owner sets a password through the link. */
export type InviteStaffInput = {
  /** The login, 2 to 40 characters: lowercase letters, digits, dot, dash, underscore. */
  login: Scalars['String']['input'];
  /** The name shown to colleagues, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** EDITOR, MODERATOR or ADMIN. */
  role: ViewerRole;
};

/** The result of inviteStaff. */
export type InviteStaffResult = InviteStaffSuccess | ValidationError;

/** The account was made; send its owner the link. */
export type InviteStaffSuccess = {
  __typename?: 'InviteStaffSuccess';
  /** The invitation link, valid 72 hours. */
  link: AccountLink;
  /** The new account, without a password yet. */
  user: StaffUser;
};

/** The language an article is written in; the page's interface strings follow it. */
export type Language =
  /** English */
  | 'EN'
  /** Russian */
  | 'RU';

/**
 * The limits the server enforces, as this deployment set them (some change through the
 * environment), so that forms tell a person of a limit before sending. Lengths are in
 * characters as a reader sees them (graphemes) unless said otherwise.
 */
export type Limits = {
  __typename?: 'Limits';
  /** An article's text in the desk. */
  article: ArticleLimits;
  /** Author profiles. */
  author: AuthorLimits;
  /** Readers' comments. */
  comment: CommentLimits;
  /** The media library. */
  media: MediaLimits;
  /** Scheduled publishing. */
  publishing: PublishingLimits;
  /** Readers' star ratings. */
  rating: RatingLimits;
  /** Reader search. */
  search: SearchLimits;
  /** Sections' and tags' names and slugs. */
  sectionAndTag: SectionAndTagLimits;
  /** Staff accounts. */
  staff: StaffLimits;
  /** Readers' reports of spelling errors. */
  typo: TypoLimits;
};

/** Which two articles are translations of each other. */
export type LinkTranslationInput = {
  /** The article's global id. */
  articleId: Scalars['ID']['input'];
  /** The global id of its translation: another article, in another language, with no other translation in the article's language. */
  translationId: Scalars['ID']['input'];
};

/** The result of linkTranslation and unlinkTranslation. */
export type LinkTranslationResult = LinkTranslationSuccess | NotFound | ValidationError;

/** The articles are linked as translations (or unlinked). */
export type LinkTranslationSuccess = {
  __typename?: 'LinkTranslationSuccess';
  /** The article, with its translations as they are now. */
  article: Article;
};

/** A name in one language. */
export type LocalizedName = {
  __typename?: 'LocalizedName';
  /** The language of the name. */
  language: Language;
  /** The name in that language. */
  name: Scalars['String']['output'];
};

/** A name in one language, as an editor gives it. */
export type LocalizedNameInput = {
  /** The language of the name. */
  language: Language;
  /** 1 to 60 characters. */
  name: Scalars['String']['input'];
};

/** A picture in the media library, with the files made from it. */
export type Media = {
  __typename?: 'Media';
  /** Describes the picture for people who cannot see it. */
  alt: Scalars['String']['output'];
  /** The caption shown under the picture; may be empty. */
  caption: Scalars['String']['output'];
  /** When it was uploaded (editors only). */
  createdAt: Scalars['DateTime']['output'];
  /** Who made the picture (photographer, agency); may be empty. */
  credit: Scalars['String']['output'];
  /** The upright picture's height in pixels. */
  height: Scalars['Int']['output'];
  /** The opaque global id. */
  id: Scalars['ID']['output'];
  /** A tiny blurred version as a data: URL, shown while the picture loads. */
  placeholder: Scalars['String']['output'];
  /** The largest JPEG variant, for clients that show one file. */
  url: Scalars['String']['output'];
  /** Every file: AVIF, WebP and JPEG at widths 320 to 1920 (those not wider than the picture), and the OG card. */
  variants: Array<MediaVariant>;
  /** The upright picture's width in pixels. */
  width: Scalars['Int']['output'];
};

/** A page of the media library. */
export type MediaConnection = {
  __typename?: 'MediaConnection';
  /** The pictures of this page with their cursors. */
  edges: Array<MediaEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A picture and its cursor. */
export type MediaEdge = {
  __typename?: 'MediaEdge';
  /** Pass as after to get the pictures that follow this one. */
  cursor: Scalars['String']['output'];
  /** The picture. */
  node: Media;
};

/** The kind of a picture's file. */
export type MediaFormat =
  /** AVIF, the smallest; offered first in <picture>. */
  | 'AVIF'
  /** JPEG, which every browser shows. */
  | 'JPEG'
  /** The 1200×630 JPEG for og:image and Twitter cards. */
  | 'OG'
  /** WebP, for browsers without AVIF. */
  | 'WEBP';

/** Which picture. */
export type MediaIdInput = {
  /** The picture's global id. */
  id: Scalars['ID']['input'];
};

/** The limits of the media library. */
export type MediaLimits = {
  __typename?: 'MediaLimits';
  /** The longest alt text. */
  altMax: Scalars['Int']['output'];
  /** The longest caption. */
  captionMax: Scalars['Int']['output'];
  /** The longest credit. */
  creditMax: Scalars['Int']['output'];
  /** The largest upload, in bytes. */
  uploadBytes: Scalars['Int']['output'];
};

/** One file of a picture, at one width and format; its address never changes. */
export type MediaVariant = {
  __typename?: 'MediaVariant';
  /** The file's format. */
  format: MediaFormat;
  /** Height in pixels. */
  height: Scalars['Int']['output'];
  /** Where the file is served (same site, cached for a year). */
  url: Scalars['String']['output'];
  /** Width in pixels. */
  width: Scalars['Int']['output'];
};

/** Which tag goes into which. */
export type MergeTagsInput = {
  /** The tag that goes away: its articles move to the target, its address redirects there. */
  sourceId: Scalars['ID']['input'];
  /** The tag that stays. */
  targetId: Scalars['ID']['input'];
};

/** The result of mergeTags. */
export type MergeTagsResult = MergeTagsSuccess | NotFound | ValidationError;

/** The source tag was merged into the target. */
export type MergeTagsSuccess = {
  __typename?: 'MergeTagsSuccess';
  /** The global id the source tag had. */
  mergedId: Scalars['ID']['output'];
  /** The tag that stays, with the source's articles. */
  tag: Tag;
};

/** A moderator's decision. */
export type ModerateCommentInput = {
  /** The comment's global id. */
  commentId: Scalars['ID']['input'];
  /** APPROVED or REJECTED (or PENDING to hold it again). */
  status: CommentStatus;
};

/** The result of moderateComment. */
export type ModerateCommentResult = ModerateCommentSuccess | NotFound | ValidationError;

/** The comment's status changed. */
export type ModerateCommentSuccess = {
  __typename?: 'ModerateCommentSuccess';
  /** The moderated comment. */
  comment: Comment;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Posts a comment or a reply as this reader. */
  addComment: AddCommentResult;
  /** Archives a section: its articles stay readable, it takes no new ones and leaves the navigation (administrators only). */
  archiveSection: UpdateSectionResult;
  /** Takes this reader's vote back. */
  clearRating: ClearRatingResult;
  /** Creates a personal API token for scripts (signed-in people only). */
  createApiToken: CreateApiTokenResult;
  /** Creates an article (editors only). */
  createArticle: CreateArticleResult;
  /** Creates an author profile (editors only). */
  createAuthor: AuthorResult;
  /** Makes a link that shows the draft to anyone holding it, for 7 days (editors only). */
  createPreviewLink: CreatePreviewLinkResult;
  /** Creates a section (administrators only). */
  createSection: CreateSectionResult;
  /** Deletes an article for good, with its comments, ratings and reports. */
  deleteArticle: DeleteArticleResult;
  /** Deletes one's own comment within the edit window. */
  deleteComment: DeleteCommentResult;
  /** Deletes a picture no article uses (editors only). */
  deleteMedia: DeleteMediaResult;
  /** Changes one's own comment within the edit window. */
  editComment: EditCommentResult;
  /** Makes an account and returns the one-time link (72 hours) where its owner sets a password. */
  inviteStaff: InviteStaffResult;
  /** Links two articles as translations of each other, with the other translations either already had (editors only). */
  linkTranslation: LinkTranslationResult;
  /** Moves every article of one tag to another and deletes the first; its address redirects to the second (editors only). */
  mergeTags: MergeTagsResult;
  /** Approves or rejects a comment (moderators and editors only). */
  moderateComment: ModerateCommentResult;
  /** Returns true; lets tools check that mutations are reachable. */
  ping: Scalars['Boolean']['output'];
  /** Publishes a draft now. */
  publishArticle: PublishArticleResult;
  /** Rates an article for this reader: one vote per reader; rating again changes the vote. */
  rateArticle: RateArticleResult;
  /** Sets a password through an invitation or reset link, and signs in (sets the session cookie). */
  redeemAccountLink: RedeemAccountLinkResult;
  /** Changes a tag's slug or names (editors only); the old slug redirects to the new one. */
  renameTag: RenameTagResult;
  /** Puts every section in a new navigation order at once (administrators only). */
  reorderSections: ReorderSectionsResult;
  /** Reports someone else's approved comment to the moderators, once per reader; 20 reports an hour per reader. */
  reportComment: ReportCommentResult;
  /** Reports a spelling error in an article as this reader. */
  reportTypo: ReportTypoResult;
  /** Clears the account's password, revokes its sessions and tokens, and returns a one-time link (24 hours) to set a new one. */
  resetStaffPassword: ResetStaffPasswordResult;
  /** Marks a report fixed or dismissed (editors and moderators only). */
  resolveTypoReport: ResolveTypoReportResult;
  /** Brings an archived section back into use (administrators only). */
  restoreSection: UpdateSectionResult;
  /** Revokes one of one's own API tokens. */
  revokeApiToken: RevokeApiTokenResult;
  /** Makes a preview link stop working (editors only). */
  revokePreviewLink: RevokePreviewLinkResult;
  /** Schedules a draft to be published at publishAt, or clears its schedule (editors only). */
  scheduleArticle: ScheduleArticleResult;
  /** Signs in with login and password; sets an HttpOnly session cookie. */
  signIn: SignInResult;
  /** Signs out: revokes this session and clears its cookie. */
  signOut: SignOutSuccess;
  /** Takes an article out of its translations; the others stay linked to each other (editors only). */
  unlinkTranslation: LinkTranslationResult;
  /** Forgets the login's failed sign-ins from every address. */
  unlockStaffUser: UnlockStaffUserResult;
  /** Takes a published article back to draft; its address is kept for when it returns. */
  unpublishArticle: PublishArticleResult;
  /** Changes an article (editors only). Open typo reports whose text is gone close as FIXED. */
  updateArticle: UpdateArticleResult;
  /** Changes an author profile (editors only). */
  updateAuthor: AuthorResult;
  /** Changes a picture's alt text, caption or credit (editors only). Pictures are uploaded with POST /media. */
  updateMedia: UpdateMediaResult;
  /** Creates or changes the signed-in staff member's own author profile. */
  updateMyAuthorProfile: AuthorResult;
  /** Changes a section's slug, names, premoderation or place (administrators only). */
  updateSection: UpdateSectionResult;
  /** Renames an account, changes its role, disables or enables it. */
  updateStaffUser: UpdateStaffUserResult;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationArchiveSectionArgs = {
  input: SectionIdInput;
};


export type MutationClearRatingArgs = {
  input: ClearRatingInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateArticleArgs = {
  input: CreateArticleInput;
};


export type MutationCreateAuthorArgs = {
  input: CreateAuthorInput;
};


export type MutationCreatePreviewLinkArgs = {
  input: CreatePreviewLinkInput;
};


export type MutationCreateSectionArgs = {
  input: CreateSectionInput;
};


export type MutationDeleteArticleArgs = {
  input: ArticleIdInput;
};


export type MutationDeleteCommentArgs = {
  input: DeleteCommentInput;
};


export type MutationDeleteMediaArgs = {
  input: MediaIdInput;
};


export type MutationEditCommentArgs = {
  input: EditCommentInput;
};


export type MutationInviteStaffArgs = {
  input: InviteStaffInput;
};


export type MutationLinkTranslationArgs = {
  input: LinkTranslationInput;
};


export type MutationMergeTagsArgs = {
  input: MergeTagsInput;
};


export type MutationModerateCommentArgs = {
  input: ModerateCommentInput;
};


export type MutationPublishArticleArgs = {
  input: ArticleIdInput;
};


export type MutationRateArticleArgs = {
  input: RateArticleInput;
};


export type MutationRedeemAccountLinkArgs = {
  input: RedeemAccountLinkInput;
};


export type MutationRenameTagArgs = {
  input: RenameTagInput;
};


export type MutationReorderSectionsArgs = {
  input: ReorderSectionsInput;
};


export type MutationReportCommentArgs = {
  input: ReportCommentInput;
};


export type MutationReportTypoArgs = {
  input: ReportTypoInput;
};


export type MutationResetStaffPasswordArgs = {
  input: StaffUserInput;
};


export type MutationResolveTypoReportArgs = {
  input: ResolveTypoReportInput;
};


export type MutationRestoreSectionArgs = {
  input: SectionIdInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationRevokePreviewLinkArgs = {
  input: RevokePreviewLinkInput;
};


export type MutationScheduleArticleArgs = {
  input: ScheduleArticleInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationUnlinkTranslationArgs = {
  input: ArticleIdInput;
};


export type MutationUnlockStaffUserArgs = {
  input: StaffUserInput;
};


export type MutationUnpublishArticleArgs = {
  input: ArticleIdInput;
};


export type MutationUpdateArticleArgs = {
  input: UpdateArticleInput;
};


export type MutationUpdateAuthorArgs = {
  input: UpdateAuthorInput;
};


export type MutationUpdateMediaArgs = {
  input: UpdateMediaInput;
};


export type MutationUpdateMyAuthorProfileArgs = {
  input: MyAuthorProfileInput;
};


export type MutationUpdateSectionArgs = {
  input: UpdateSectionInput;
};


export type MutationUpdateStaffUserArgs = {
  input: UpdateStaffUserInput;
};

/** The signed-in staff member's own author profile; created on first save. */
export type MyAuthorProfileInput = {
  /** A short biography, up to 1,000 characters. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** A portrait from the media library (its global id); null removes it. */
  mediaId?: InputMaybe<Scalars['ID']['input']>;
  /** The name shown in bylines (defaults to the account's name), 1 to 120 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The URL name; generated from the name when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** An object with a globally unique, opaque id (Relay convention). */
export type Node = {
  /** The opaque global id; pass it to node(id:) to fetch the object again. */
  id: Scalars['ID']['output'];
};

/** The object the operation refers to does not exist (or is not visible to you). */
export type NotFound = {
  __typename?: 'NotFound';
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
};

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page; pass it as after to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow; ask again with after: endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: connections page forward only. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The result of previewArticle. */
export type PreviewArticleResult = ArticlePreview | PreviewUnavailable;

/** A link that shows a draft to whoever holds it. The link itself is shown once, at creation. */
export type PreviewLink = Node & {
  __typename?: 'PreviewLink';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The link's global id (for revoking it). */
  id: Scalars['ID']['output'];
  /** When it was revoked; null while not. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it still works (it also stops once the article is published). */
  status: PreviewLinkStatus;
};

/** Whether a preview link still works. */
export type PreviewLinkStatus =
  /** It shows the draft. */
  | 'ACTIVE'
  /** Its seven days are over. */
  | 'EXPIRED'
  /** An editor revoked it. */
  | 'REVOKED';

/** A preview link that no longer works. */
export type PreviewUnavailable = {
  __typename?: 'PreviewUnavailable';
  /** What to tell the visitor. */
  message: Scalars['String']['output'];
  /** The live article's slug when the reason is PUBLISHED. */
  publishedSlug?: Maybe<Scalars['String']['output']>;
  /** Why. */
  reason: PreviewUnavailableReason;
};

/** Why a preview link shows nothing. */
export type PreviewUnavailableReason =
  /** Its seven days are over. */
  | 'EXPIRED'
  /** There is no such link (or its article is gone). */
  | 'NOT_FOUND'
  /** The article is published: read it at /article/<publishedSlug>. */
  | 'PUBLISHED'
  /** An editor revoked it. */
  | 'REVOKED';

/** The result of publishArticle and unpublishArticle. */
export type PublishArticleResult = NotFound | PublishArticleSuccess;

/** The article's status changed. */
export type PublishArticleSuccess = {
  __typename?: 'PublishArticleSuccess';
  /** The article. */
  article: Article;
};

/** The limits of scheduled publishing. */
export type PublishingLimits = {
  __typename?: 'PublishingLimits';
  /** How many days ahead an article may be scheduled. */
  scheduleMaxDays: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in person's API tokens. */
  apiTokens: Array<ApiToken>;
  /** A published article by its slug; null when there is none. */
  article?: Maybe<Article>;
  /** Published articles, newest first, optionally in one section or with one tag. */
  articles: ArticleConnection;
  /** An author by slug; null when there is none. */
  author?: Maybe<Author>;
  /** Authors whose name or slug contains search, alphabetically, for the desk's picker (editors only). */
  authors: Array<Author>;
  /** Every article, drafts too, most recently changed first, optionally filtered (editors only). */
  deskArticles: ArticleConnection;
  /** Every section in navigation order, archived ones too, for the desk. */
  deskSections: Array<Section>;
  /** The limits this server enforces, for forms to check against before sending. */
  limits: Limits;
  /** A picture by its global id; null when there is none (editors only). */
  media?: Maybe<Media>;
  /** The media library, newest first, optionally searched in alt text, caption and credit (editors only). */
  mediaLibrary: MediaConnection;
  /** Comments by moderation status, oldest first (moderators and editors only). */
  moderationQueue: CommentConnection;
  /**
   * The published articles with the most approved comments written in the last seven days,
   * most first; refreshed like mostRead.
   */
  mostCommented: Array<Article>;
  /**
   * The published articles read most in the last seven days (UTC days, today included), most
   * views first. Views are counted per article per day, nothing personal kept, and reach
   * this list within seconds (they are saved in batches); the order is refreshed at most
   * every POPULAR_LISTS_REFRESH_SECONDS (60 s), the articles themselves are current.
   */
  mostRead: Array<Article>;
  /** Fetches any object by its global id; null when none exists. */
  node?: Maybe<Node>;
  /** The draft a preview link shows, to anyone holding the link's token; never cached. */
  previewArticle: PreviewArticleResult;
  /** Renders CommonMark exactly as article pages do, for the desk's preview (editors only). */
  previewMarkdown: Scalars['String']['output'];
  /** Approved comments that readers reported, the earliest reported first (moderators and editors only). */
  reportedComments: CommentConnection;
  /**
   * Published articles matching the words of query, best match first: a match in the headline
   * ranks above one in the lead, above one in the body. Each article is matched in its own
   * language's stemming (English or Russian), so "bridge" finds "bridges" and «мосты» finds «мост».
   * "quoted phrases", OR and -word work as in web search engines. An empty query finds nothing.
   */
  search: SearchConnection;
  /** A section by slug, archived ones too; null when there is none. */
  section?: Maybe<Section>;
  /** The sections in the navigation, in order (archived ones are left out). */
  sections: Array<Section>;
  /** Every newsroom account. */
  staffUsers: Array<StaffUser>;
  /**
   * A tag by slug, or by a slug it had before a rename or a merge (its slug then differs from
   * the one asked for: the tag page redirects there); null when there is none.
   */
  tag?: Maybe<Tag>;
  /** Tags whose name in any language starts with the search (all tags without one), alphabetically; for pickers and the desk. */
  tags: Array<Tag>;
  /** Typo reports, oldest first (editors and moderators only). */
  typoReports: TypoReportConnection;
  /** Who is asking. */
  viewer: Viewer;
};


export type QueryArticleArgs = {
  slug: Scalars['String']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Language>;
  section?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAuthorArgs = {
  slug: Scalars['String']['input'];
};


export type QueryAuthorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDeskArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ArticleStatus>;
};


export type QueryMediaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMediaLibraryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CommentStatus>;
};


export type QueryMostCommentedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Language>;
};


export type QueryMostReadArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Language>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPreviewArticleArgs = {
  token: Scalars['String']['input'];
};


export type QueryPreviewMarkdownArgs = {
  body: Scalars['String']['input'];
};


export type QueryReportedCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Language>;
  query: Scalars['String']['input'];
  section?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySectionArgs = {
  slug: Scalars['String']['input'];
};


export type QueryTagArgs = {
  slug: Scalars['String']['input'];
};


export type QueryTagsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTypoReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  articleId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TypoReportStatus>;
};

/** A reader's vote. */
export type RateArticleInput = {
  /** The article's global id. */
  articleId: Scalars['ID']['input'];
  /** From 1 to 5 stars. */
  score: Scalars['Int']['input'];
};

/** The result of rateArticle. */
export type RateArticleResult = NotFound | RateArticleSuccess | RateLimited | ValidationError;

/** The vote was counted (or the reader's earlier vote changed). */
export type RateArticleSuccess = {
  __typename?: 'RateArticleSuccess';
  /** The article, with its updated rating. */
  article: Article;
};

/** Too many attempts; try again later. */
export type RateLimited = {
  __typename?: 'RateLimited';
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
  /** Seconds to wait before trying again. */
  retryAfterSeconds: Scalars['Int']['output'];
};

/** The scale of a star rating. */
export type RatingLimits = {
  __typename?: 'RatingLimits';
  /** The highest score. */
  maxScore: Scalars['Int']['output'];
  /** The lowest score. */
  minScore: Scalars['Int']['output'];
};

/** Readers' ratings of an article, 1 to 5 stars. */
export type RatingSummary = {
  __typename?: 'RatingSummary';
  /** The global id of the rated article (the summary's identity in client caches). */
  articleId: Scalars['ID']['output'];
  /** The mean score; null when nobody has voted. */
  average?: Maybe<Scalars['Float']['output']>;
  /** The number of votes. */
  count: Scalars['Int']['output'];
  /** Five counts: the votes for 1, 2, 3, 4 and 5 stars. */
  distribution: Array<Scalars['Int']['output']>;
  /** This reader's own score; null when they have not voted. */
  viewerScore?: Maybe<Scalars['Int']['output']>;
};

/** A one-time link and the password to set with it. */
export type RedeemAccountLinkInput = {
  /** The new password, 12 to 200 characters. */
  password: Scalars['String']['input'];
  /** The secret part of the link (after /desk/join/ or /desk/password/). */
  token: Scalars['String']['input'];
};

/** The result of redeemAccountLink: signed in, or why not. Throttled per address like signIn. */
export type RedeemAccountLinkResult = AccountLinkInvalid | AccountLocked | SignInSuccess | ValidationError;

/** What changes in a tag; omitted fields stay as they are. */
export type RenameTagInput = {
  /** The tag's global id. */
  id: Scalars['ID']['input'];
  /** Every name it should have (replaces them all); English is required. */
  names?: InputMaybe<Array<LocalizedNameInput>>;
  /** A new URL name: lowercase latin letters and digits in words joined by single hyphens; unique. The old address redirects to the new one. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** The result of renameTag. */
export type RenameTagResult = NotFound | RenameTagSuccess | ValidationError;

/** The tag was changed. */
export type RenameTagSuccess = {
  __typename?: 'RenameTagSuccess';
  /** The tag as it is now. */
  tag: Tag;
};

/** The new navigation order. */
export type ReorderSectionsInput = {
  /** Every section's global id (archived ones too), in the new order. */
  ids: Array<Scalars['ID']['input']>;
};

/** The result of reorderSections. */
export type ReorderSectionsResult = ReorderSectionsSuccess | ValidationError;

/** The sections were put in the new order. */
export type ReorderSectionsSuccess = {
  __typename?: 'ReorderSectionsSuccess';
  /** Every section, in the new order. */
  sections: Array<Section>;
};

/** A reader's report of a comment that breaks the rules. */
export type ReportCommentInput = {
  /** The comment's global id. */
  commentId: Scalars['ID']['input'];
  /** What is wrong with it. */
  reason: CommentReportReason;
};

/** The result of reportComment. */
export type ReportCommentResult = NotFound | RateLimited | ReportCommentSuccess | ValidationError;

/** The report is with the moderators (reporting the same comment again changes nothing). */
export type ReportCommentSuccess = {
  __typename?: 'ReportCommentSuccess';
  /** The reported comment. */
  comment: Comment;
};

/** A reader's report: the selection and its context, as a W3C text-quote selector. */
export type ReportTypoInput = {
  /** The article's global id. */
  articleId: Scalars['ID']['input'];
  /** The selected text, 1 to 256 characters. */
  exact: Scalars['String']['input'];
  /** An optional note, up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Up to 100 characters before the selection. */
  prefix?: InputMaybe<Scalars['String']['input']>;
  /** Up to 100 characters after the selection. */
  suffix?: InputMaybe<Scalars['String']['input']>;
};

/** The result of reportTypo. */
export type ReportTypoResult = NotFound | RateLimited | ReportTypoSuccess | ValidationError;

/** The report was received (and merged with an open report of the same spot, if any). */
export type ReportTypoSuccess = {
  __typename?: 'ReportTypoSuccess';
  /** A thank-you in the article's language. */
  message: Scalars['String']['output'];
  /** The report. */
  report: TypoReport;
};

/** The result of resetStaffPassword (ACCOUNT_DISABLED: enable the account first). */
export type ResetStaffPasswordResult = NotFound | ResetStaffPasswordSuccess | ValidationError;

/** The password was cleared and every session and token revoked; send the owner the link. */
export type ResetStaffPasswordSuccess = {
  __typename?: 'ResetStaffPasswordSuccess';
  /** The reset link, valid 24 hours. */
  link: AccountLink;
  /** The account. */
  user: StaffUser;
};

/** An editor's decision on a report. */
export type ResolveTypoReportInput = {
  /** The report's global id. */
  id: Scalars['ID']['input'];
  /** FIXED or DISMISSED. */
  status: TypoReportStatus;
};

/** The result of resolveTypoReport. */
export type ResolveTypoReportResult = NotFound | ResolveTypoReportSuccess | ValidationError;

/** The report was resolved. */
export type ResolveTypoReportSuccess = {
  __typename?: 'ResolveTypoReportSuccess';
  /** The resolved report. */
  report: TypoReport;
};

/** Which token to revoke. */
export type RevokeApiTokenInput = {
  /** The token's global id. */
  id: Scalars['ID']['input'];
};

/** The result of revokeApiToken. */
export type RevokeApiTokenResult = NotFound | RevokeApiTokenSuccess;

/** The token no longer works. */
export type RevokeApiTokenSuccess = {
  __typename?: 'RevokeApiTokenSuccess';
  /** The revoked token's record. */
  apiToken: ApiToken;
};

/** Which preview link to revoke. */
export type RevokePreviewLinkInput = {
  /** The link's global id. */
  id: Scalars['ID']['input'];
};

/** The result of revokePreviewLink. */
export type RevokePreviewLinkResult = NotFound | RevokePreviewLinkSuccess;

/** The preview link no longer works. */
export type RevokePreviewLinkSuccess = {
  __typename?: 'RevokePreviewLinkSuccess';
  /** The revoked link. */
  previewLink: PreviewLink;
};

/** Which draft and when it goes live. */
export type ScheduleArticleInput = {
  /** The draft's global id. */
  id: Scalars['ID']['input'];
  /** When to publish: in the future, at most 366 days ahead; null takes the schedule away. */
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The result of scheduleArticle. */
export type ScheduleArticleResult = NotFound | ScheduleArticleSuccess | ValidationError;

/** The draft's schedule was set (or cleared). */
export type ScheduleArticleSuccess = {
  __typename?: 'ScheduleArticleSuccess';
  /** The draft, with its publishAt. */
  article: Article;
};

/** A page of search results, best match first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The results of this page with their cursors. */
  edges: Array<SearchHitEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** An article that matches a search, with the matching words marked. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The article. */
  article: Article;
  /** Up to two passages of the lead and body around the matching words (joined by ' … '), or their start when only the headline matches. */
  snippet: Array<TextFragment>;
  /** The headline in fragments, its matching words highlighted; joined, the fragments are the headline. */
  title: Array<TextFragment>;
};

/** A search result and its cursor. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Pass as after to get the results that follow this one. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: SearchHit;
};

/** The limits of a reader's search query. */
export type SearchLimits = {
  __typename?: 'SearchLimits';
  /** The longest query. */
  queryMax: Scalars['Int']['output'];
  /** The most words in a query. */
  wordsMax: Scalars['Int']['output'];
};

/** A section of the site, such as News or Science. */
export type Section = Node & {
  __typename?: 'Section';
  /** When it was archived: its articles stay readable, it takes no new ones and leaves the navigation. Null while in use. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Published articles of the section, newest first. */
  articles: ArticleConnection;
  /** The opaque global id. */
  id: Scalars['ID']['output'];
  /**
   * The display name in the given language; the English name where that language has none.
   * Without a language: the language of the article the section was reached through
   * (Article.section), English elsewhere. A client that caches objects by id should pass
   * the language, as the name then depends on the path.
   */
  name: Scalars['String']['output'];
  /** Every name it has, English first. */
  names: Array<LocalizedName>;
  /** Its place in the navigation, 0 first. */
  position: Scalars['Int']['output'];
  /** Whether new comments on its articles wait for a moderator. */
  premoderated: Scalars['Boolean']['output'];
  /** The URL name; the section page is /section/<slug>. */
  slug: Scalars['String']['output'];
};


/** A section of the site, such as News or Science. */
export type SectionArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Language>;
};


/** A section of the site, such as News or Science. */
export type SectionNameArgs = {
  language?: InputMaybe<Language>;
};

/** The limits of sections' and tags' names and slugs. */
export type SectionAndTagLimits = {
  __typename?: 'SectionAndTagLimits';
  /** The longest name, in any language. */
  nameMax: Scalars['Int']['output'];
  /** The longest slug. */
  slugMax: Scalars['Int']['output'];
};

/** Which section. */
export type SectionIdInput = {
  /** The section's global id. */
  id: Scalars['ID']['input'];
};

/** Login and password. */
export type SignInInput = {
  /** The login name. */
  login: Scalars['String']['input'];
  /** The password. */
  password: Scalars['String']['input'];
};

/** The result of signIn. */
export type SignInResult = AccountLocked | InvalidCredentials | SignInSuccess;

/** Signed in: the session cookie is set. */
export type SignInSuccess = {
  __typename?: 'SignInSuccess';
  /** Who is signed in now. */
  viewer: Viewer;
};

/** Signed out: the session is revoked and its cookie cleared. */
export type SignOutSuccess = {
  __typename?: 'SignOutSuccess';
  /** Who the caller is now (a reader). */
  viewer: Viewer;
};

/** The rules of staff accounts. */
export type StaffLimits = {
  __typename?: 'StaffLimits';
  /** A login matches this regular expression (JavaScript syntax). */
  loginPattern: Scalars['String']['output'];
  /** The longest display name. */
  nameMax: Scalars['Int']['output'];
  /** The longest password. */
  passwordMax: Scalars['Int']['output'];
  /** The shortest password. */
  passwordMin: Scalars['Int']['output'];
  /** The longest label of a personal API token. */
  tokenLabelMax: Scalars['Int']['output'];
};

/** A newsroom account as an admin sees it. */
export type StaffUser = {
  __typename?: 'StaffUser';
  /** When the account was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether the account is disabled: it cannot sign in, and its sessions and tokens do not work. */
  disabled: Scalars['Boolean']['output'];
  /** The name shown to colleagues. */
  displayName: Scalars['String']['output'];
  /** Failed sign-ins to this login, from any address, in the last 15 minutes. */
  failedSignIns: Scalars['Int']['output'];
  /** Whether a password is set (an invitee or a reset account has none until they use their link). */
  hasPassword: Scalars['Boolean']['output'];
  /** The account's global id (a User id). */
  id: Scalars['ID']['output'];
  /** Whether it was invited and the invitation is still waiting to be used. */
  invitationPending: Scalars['Boolean']['output'];
  /** When its owner last signed in (or set a password through a link); null if never. */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name they sign in with. */
  login: Scalars['String']['output'];
  /** EDITOR, MODERATOR or ADMIN. */
  role: ViewerRole;
  /** Whether some address is refused sign-ins to this login right now (unlockStaffUser clears it). */
  throttled: Scalars['Boolean']['output'];
};

/** Which account. */
export type StaffUserInput = {
  /** The account's global id. */
  id: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each article as it is published, on any server process. */
  articlePublished: Article;
  /** Each newly visible approved comment on the article, on any server process. */
  commentAdded: Comment;
  /** Each comment that starts waiting for a moderator, held or reported, on any server process (moderators and editors only). */
  commentQueued: Comment;
  /** The article's rating after every vote, on any server process. */
  ratingChanged: RatingSummary;
  /** Each new or merged report (editors and moderators only). */
  typoReported: TypoReport;
};


export type SubscriptionCommentAddedArgs = {
  articleId: Scalars['ID']['input'];
};


export type SubscriptionRatingChangedArgs = {
  articleId: Scalars['ID']['input'];
};

/** A topic that links articles across sections. */
export type Tag = Node & {
  __typename?: 'Tag';
  /** How many articles carry it, drafts too (editors only). */
  articleCount: Scalars['Int']['output'];
  /** Published articles with this tag, newest first. */
  articles: ArticleConnection;
  /** The opaque global id. */
  id: Scalars['ID']['output'];
  /**
   * The display name in the given language; the English name where that language has none.
   * Without a language: the language of the article the tag was reached through
   * (Article.tags), English elsewhere. A client that caches objects by id should pass the
   * language, as the name then depends on the path.
   */
  name: Scalars['String']['output'];
  /** Every name it has, English first. */
  names: Array<LocalizedName>;
  /** The URL name; the tag page is /tag/<slug>. */
  slug: Scalars['String']['output'];
};


/** A topic that links articles across sections. */
export type TagArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Language>;
};


/** A topic that links articles across sections. */
export type TagNameArgs = {
  language?: InputMaybe<Language>;
};

/** A piece of a text as search shows it: the words that match the query are highlighted. */
export type TextFragment = {
  __typename?: 'TextFragment';
  /** Whether this piece is a word (or words) the query matched. */
  highlighted: Scalars['Boolean']['output'];
  /** Plain text, never HTML: render it as text. */
  text: Scalars['String']['output'];
};

/** The limits of a reader's spelling-error report. */
export type TypoLimits = {
  __typename?: 'TypoLimits';
  /** The most text kept on each side of the selection. */
  contextMax: Scalars['Int']['output'];
  /** The longest note. */
  noteMax: Scalars['Int']['output'];
  /** The longest selection (the words with the mistake). */
  selectionMax: Scalars['Int']['output'];
};

/** Readers' report of a spelling error: the selected text in its context (a W3C text-quote selector). */
export type TypoReport = Node & {
  __typename?: 'TypoReport';
  /** The article the mistake is in. */
  article: Article;
  /** When it was first reported. */
  createdAt: Scalars['DateTime']['output'];
  /** The selected text. */
  exact: Scalars['String']['output'];
  /** The opaque global id. */
  id: Scalars['ID']['output'];
  /** What readers wrote about it (editors and moderators only; empty for readers). */
  notes: Array<Scalars['String']['output']>;
  /** Up to 100 characters before the selection. */
  prefix: Scalars['String']['output'];
  /** How many different readers reported this spot. */
  reporterCount: Scalars['Int']['output'];
  /** When it was fixed or dismissed. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the report stands. */
  status: TypoReportStatus;
  /** Up to 100 characters after the selection. */
  suffix: Scalars['String']['output'];
};

/** A page of typo reports. */
export type TypoReportConnection = {
  __typename?: 'TypoReportConnection';
  /** The reports of this page with their cursors. */
  edges: Array<TypoReportEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A typo report and its cursor. */
export type TypoReportEdge = {
  __typename?: 'TypoReportEdge';
  /** Pass as after to get the reports that follow. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: TypoReport;
};

/** Where a spelling-error report stands. */
export type TypoReportStatus =
  /** Not a mistake. */
  | 'DISMISSED'
  /** Corrected (by an editor, or by a revision that no longer contains the text). */
  | 'FIXED'
  /** Waiting for an editor. */
  | 'NEW';

/** The result of unlockStaffUser. */
export type UnlockStaffUserResult = NotFound | UnlockStaffUserSuccess;

/** The login's failed sign-ins were forgotten. */
export type UnlockStaffUserSuccess = {
  __typename?: 'UnlockStaffUserSuccess';
  /** From how many client addresses. */
  clearedAddresses: Scalars['Int']['output'];
  /** How many failed sign-ins were forgotten. */
  clearedAttempts: Scalars['Int']['output'];
  /** What was cleared, in words. */
  message: Scalars['String']['output'];
  /** The account. */
  user: StaffUser;
};

/** What an editor changes in an article; omitted fields stay as they are. */
export type UpdateArticleInput = {
  /** The author's name. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** The full list of authors' global ids in byline order (replaces the current ones). */
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The body as CommonMark, up to 100,000 characters. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** For a published article: what was corrected, shown to readers with the date. */
  correctionNote?: InputMaybe<Scalars['String']['input']>;
  /** The article's global id. */
  id: Scalars['ID']['input'];
  /** The picture's caption. */
  imageCaption?: InputMaybe<Scalars['String']['input']>;
  /** A same-site picture URL (starting with /) or an https URL. */
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  /** The standfirst, up to 1,000 characters. */
  lead?: InputMaybe<Scalars['String']['input']>;
  /** The lead picture: a Media global id from the library; null removes it. */
  mediaId?: InputMaybe<Scalars['ID']['input']>;
  /** The slug of another section. */
  section?: InputMaybe<Scalars['String']['input']>;
  /** A new URL name; drafts only (a published article's address never changes). */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** The agency or outlet. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The full list of tag names (replaces the current tags). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The headline, 1 to 300 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateArticle. */
export type UpdateArticleResult = NotFound | UpdateArticleSuccess | ValidationError;

/** The article was changed; a published article's change is kept as a revision. */
export type UpdateArticleSuccess = {
  __typename?: 'UpdateArticleSuccess';
  /** The changed article. */
  article: Article;
};

/** Changes to an author profile; omitted fields stay as they are. */
export type UpdateAuthorInput = {
  /** A short biography, up to 1,000 characters. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** The author's global id. */
  id: Scalars['ID']['input'];
  /** A portrait from the media library (its global id); null removes it. */
  mediaId?: InputMaybe<Scalars['ID']['input']>;
  /** The name shown in bylines, 1 to 120 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new URL name (lowercase latin letters, digits, single hyphens). */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** What an editor changes in a picture's text; omitted fields stay as they are. */
export type UpdateMediaInput = {
  /** Alt text, 1 to 300 characters. */
  alt?: InputMaybe<Scalars['String']['input']>;
  /** Caption, up to 500 characters. */
  caption?: InputMaybe<Scalars['String']['input']>;
  /** Credit, up to 200 characters. */
  credit?: InputMaybe<Scalars['String']['input']>;
  /** The picture's global id. */
  id: Scalars['ID']['input'];
};

/** The result of updateMedia. */
export type UpdateMediaResult = NotFound | UpdateMediaSuccess | ValidationError;

/** The picture's text was changed. */
export type UpdateMediaSuccess = {
  __typename?: 'UpdateMediaSuccess';
  /** The picture. */
  media: Media;
};

/** What changes in a section; omitted fields stay as they are. */
export type UpdateSectionInput = {
  /** The section's global id. */
  id: Scalars['ID']['input'];
  /** Every name it should have (replaces them all); English is required. */
  names?: InputMaybe<Array<LocalizedNameInput>>;
  /** A new place in the navigation, 0 first: the others move up or down to make room. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Hold every new comment for a moderator; takes effect for the next comment. */
  premoderated?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new URL name (the old address stops working). */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateSection, archiveSection and restoreSection. */
export type UpdateSectionResult = NotFound | UpdateSectionSuccess | ValidationError;

/** The section was changed. */
export type UpdateSectionSuccess = {
  __typename?: 'UpdateSectionSuccess';
  /** The section as it is now. */
  section: Section;
};

/** Changes to an account; fields left out stay as they are. */
export type UpdateStaffUserInput = {
  /** True disables the account (ending its sessions and API tokens at once); false enables it. */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The account's global id. */
  id: Scalars['ID']['input'];
  /** A new display name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new role. */
  role?: InputMaybe<ViewerRole>;
};

/** The result of updateStaffUser (LAST_ADMIN: the last active admin cannot be demoted or disabled). */
export type UpdateStaffUserResult = NotFound | UpdateStaffUserSuccess | ValidationError;

/** The account as it is now. */
export type UpdateStaffUserSuccess = {
  __typename?: 'UpdateStaffUserSuccess';
  /** The changed account. */
  user: StaffUser;
};

/** A member of the newsroom: an editor or a moderator. */
export type User = {
  __typename?: 'User';
  /** This person's author profile; null until they save one (updateMyAuthorProfile). */
  author?: Maybe<Author>;
  /** The name shown to colleagues. */
  displayName: Scalars['String']['output'];
  /** The user's global id. */
  id: Scalars['ID']['output'];
  /** The name they sign in with. */
  login: Scalars['String']['output'];
  /** EDITOR, MODERATOR or ADMIN. */
  role: ViewerRole;
};

/** An input value the form can fix: the field at fault, a stable code and a message in the reader's language. */
export type ValidationError = {
  __typename?: 'ValidationError';
  /** A stable code to switch on, e.g. BODY_TOO_LONG, SELECTION_TOO_LONG, DUPLICATE_COMMENT. */
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. body or score. */
  field: Scalars['String']['output'];
  /** The limit that was exceeded, when there is one. */
  max?: Maybe<Scalars['Int']['output']>;
  /** A human-readable explanation in the reader's language. */
  message: Scalars['String']['output'];
};

/** The caller of the API. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The signed-in person's name (Automation for EDITOR_TOKEN); null for readers. */
  name?: Maybe<Scalars['String']['output']>;
  /** The caller's role. */
  role: ViewerRole;
  /** The signed-in person; null for readers and for EDITOR_TOKEN. */
  user?: Maybe<User>;
};

/** What the caller may do. */
export type ViewerRole =
  /** An administrator: accounts and sections, and everything an editor or a moderator may do. */
  | 'ADMIN'
  /** An editor: everything. */
  | 'EDITOR'
  /** A moderator: comments and typo reports. */
  | 'MODERATOR'
  /** An anonymous reader. */
  | 'READER';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AddCommentResult:
    | ( Omit<AddCommentSuccess, 'comment'> & { comment: _RefType['Comment'] } )
    | ( CommentsClosed )
    | ( NotFound )
    | ( RateLimited )
    | ( ValidationError )
  ;
  AuthorResult:
    | ( Omit<AuthorSuccess, 'author'> & { author: _RefType['Author'] } )
    | ( NotFound )
    | ( ValidationError )
  ;
  ClearRatingResult:
    | ( Omit<ClearRatingSuccess, 'article'> & { article: _RefType['Article'] } )
    | ( NotFound )
  ;
  CreateApiTokenResult:
    | ( Omit<CreateApiTokenSuccess, 'apiToken'> & { apiToken: _RefType['ApiToken'] } )
    | ( ValidationError )
  ;
  CreateArticleResult:
    | ( Omit<CreateArticleSuccess, 'article'> & { article: _RefType['Article'] } )
    | ( ValidationError )
  ;
  CreatePreviewLinkResult:
    | ( Omit<CreatePreviewLinkSuccess, 'previewLink'> & { previewLink: _RefType['PreviewLink'] } )
    | ( NotFound )
    | ( ValidationError )
  ;
  CreateSectionResult:
    | ( Omit<CreateSectionSuccess, 'section'> & { section: _RefType['Section'] } )
    | ( ValidationError )
  ;
  DeleteArticleResult:
    | ( DeleteArticleSuccess )
    | ( NotFound )
  ;
  DeleteCommentResult:
    | ( Omit<DeleteCommentSuccess, 'comment'> & { comment: _RefType['Comment'] } )
    | ( EditWindowClosed )
    | ( NotFound )
  ;
  DeleteMediaResult:
    | ( DeleteMediaSuccess )
    | ( NotFound )
    | ( ValidationError )
  ;
  EditCommentResult:
    | ( Omit<EditCommentSuccess, 'comment'> & { comment: _RefType['Comment'] } )
    | ( EditWindowClosed )
    | ( NotFound )
    | ( ValidationError )
  ;
  InviteStaffResult:
    | ( Omit<InviteStaffSuccess, 'user'> & { user: _RefType['StaffUser'] } )
    | ( ValidationError )
  ;
  LinkTranslationResult:
    | ( Omit<LinkTranslationSuccess, 'article'> & { article: _RefType['Article'] } )
    | ( NotFound )
    | ( ValidationError )
  ;
  MergeTagsResult:
    | ( Omit<MergeTagsSuccess, 'tag'> & { tag: _RefType['Tag'] } )
    | ( NotFound )
    | ( ValidationError )
  ;
  ModerateCommentResult:
    | ( Omit<ModerateCommentSuccess, 'comment'> & { comment: _RefType['Comment'] } )
    | ( NotFound )
    | ( ValidationError )
  ;
  PreviewArticleResult:
    | ( ArticlePreviewModel )
    | ( PreviewUnavailableModel )
  ;
  PublishArticleResult:
    | ( NotFound )
    | ( Omit<PublishArticleSuccess, 'article'> & { article: _RefType['Article'] } )
  ;
  RateArticleResult:
    | ( NotFound )
    | ( Omit<RateArticleSuccess, 'article'> & { article: _RefType['Article'] } )
    | ( RateLimited )
    | ( ValidationError )
  ;
  RedeemAccountLinkResult:
    | ( AccountLinkInvalid )
    | ( AccountLocked )
    | ( Omit<SignInSuccess, 'viewer'> & { viewer: _RefType['Viewer'] } )
    | ( ValidationError )
  ;
  RenameTagResult:
    | ( NotFound )
    | ( Omit<RenameTagSuccess, 'tag'> & { tag: _RefType['Tag'] } )
    | ( ValidationError )
  ;
  ReorderSectionsResult:
    | ( Omit<ReorderSectionsSuccess, 'sections'> & { sections: Array<_RefType['Section']> } )
    | ( ValidationError )
  ;
  ReportCommentResult:
    | ( NotFound )
    | ( RateLimited )
    | ( Omit<ReportCommentSuccess, 'comment'> & { comment: _RefType['Comment'] } )
    | ( ValidationError )
  ;
  ReportTypoResult:
    | ( NotFound )
    | ( RateLimited )
    | ( Omit<ReportTypoSuccess, 'report'> & { report: _RefType['TypoReport'] } )
    | ( ValidationError )
  ;
  ResetStaffPasswordResult:
    | ( NotFound )
    | ( Omit<ResetStaffPasswordSuccess, 'user'> & { user: _RefType['StaffUser'] } )
    | ( ValidationError )
  ;
  ResolveTypoReportResult:
    | ( NotFound )
    | ( Omit<ResolveTypoReportSuccess, 'report'> & { report: _RefType['TypoReport'] } )
    | ( ValidationError )
  ;
  RevokeApiTokenResult:
    | ( NotFound )
    | ( Omit<RevokeApiTokenSuccess, 'apiToken'> & { apiToken: _RefType['ApiToken'] } )
  ;
  RevokePreviewLinkResult:
    | ( NotFound )
    | ( Omit<RevokePreviewLinkSuccess, 'previewLink'> & { previewLink: _RefType['PreviewLink'] } )
  ;
  ScheduleArticleResult:
    | ( NotFound )
    | ( Omit<ScheduleArticleSuccess, 'article'> & { article: _RefType['Article'] } )
    | ( ValidationError )
  ;
  SignInResult:
    | ( AccountLocked )
    | ( InvalidCredentials )
    | ( Omit<SignInSuccess, 'viewer'> & { viewer: _RefType['Viewer'] } )
  ;
  UnlockStaffUserResult:
    | ( NotFound )
    | ( Omit<UnlockStaffUserSuccess, 'user'> & { user: _RefType['StaffUser'] } )
  ;
  UpdateArticleResult:
    | ( NotFound )
    | ( Omit<UpdateArticleSuccess, 'article'> & { article: _RefType['Article'] } )
    | ( ValidationError )
  ;
  UpdateMediaResult:
    | ( NotFound )
    | ( Omit<UpdateMediaSuccess, 'media'> & { media: _RefType['Media'] } )
    | ( ValidationError )
  ;
  UpdateSectionResult:
    | ( NotFound )
    | ( Omit<UpdateSectionSuccess, 'section'> & { section: _RefType['Section'] } )
    | ( ValidationError )
  ;
  UpdateStaffUserResult:
    | ( NotFound )
    | ( Omit<UpdateStaffUserSuccess, 'user'> & { user: _RefType['StaffUser'] } )
    | ( ValidationError )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ArticleRow )
    | ( AuthorRow )
    | ( CommentRow )
    | ( PreviewLinkRow )
    | ( SectionModel )
    | ( TagModel )
    | ( TypoReportRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountLink: ResolverTypeWrapper<AccountLink>;
  AccountLinkInvalid: ResolverTypeWrapper<AccountLinkInvalid>;
  AccountLinkProblem: AccountLinkProblem;
  AccountLocked: ResolverTypeWrapper<AccountLocked>;
  AddCommentInput: AddCommentInput;
  AddCommentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddCommentResult']>;
  AddCommentSuccess: ResolverTypeWrapper<Omit<AddCommentSuccess, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  ApiToken: ResolverTypeWrapper<ApiTokenRow>;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleIdInput: ArticleIdInput;
  ArticleLimits: ResolverTypeWrapper<ArticleLimits>;
  ArticlePreview: ResolverTypeWrapper<ArticlePreviewModel>;
  ArticleRevision: ResolverTypeWrapper<ArticleRevisionRow>;
  ArticleStatus: ArticleStatus;
  Author: ResolverTypeWrapper<AuthorRow>;
  AuthorLimits: ResolverTypeWrapper<AuthorLimits>;
  AuthorResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AuthorResult']>;
  AuthorSuccess: ResolverTypeWrapper<Omit<AuthorSuccess, 'author'> & { author: ResolversTypes['Author'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CacheControlScope: CacheControlScope;
  ClearRatingInput: ClearRatingInput;
  ClearRatingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ClearRatingResult']>;
  ClearRatingSuccess: ResolverTypeWrapper<Omit<ClearRatingSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  Comment: ResolverTypeWrapper<CommentRow>;
  CommentConnection: ResolverTypeWrapper<Omit<CommentConnection, 'edges'> & { edges: Array<ResolversTypes['CommentEdge']> }>;
  CommentEdge: ResolverTypeWrapper<Omit<CommentEdge, 'node'> & { node: ResolversTypes['Comment'] }>;
  CommentLimits: ResolverTypeWrapper<CommentLimits>;
  CommentOrder: CommentOrder;
  CommentReportReason: CommentReportReason;
  CommentReportReasonCount: ResolverTypeWrapper<CommentReportReasonCount>;
  CommentStatus: CommentStatus;
  CommentsClosed: ResolverTypeWrapper<CommentsClosed>;
  Correction: ResolverTypeWrapper<Correction>;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateApiTokenResult']>;
  CreateApiTokenSuccess: ResolverTypeWrapper<Omit<CreateApiTokenSuccess, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  CreateArticleInput: CreateArticleInput;
  CreateArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateArticleResult']>;
  CreateArticleSuccess: ResolverTypeWrapper<Omit<CreateArticleSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  CreateAuthorInput: CreateAuthorInput;
  CreatePreviewLinkInput: CreatePreviewLinkInput;
  CreatePreviewLinkResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreatePreviewLinkResult']>;
  CreatePreviewLinkSuccess: ResolverTypeWrapper<Omit<CreatePreviewLinkSuccess, 'previewLink'> & { previewLink: ResolversTypes['PreviewLink'] }>;
  CreateSectionInput: CreateSectionInput;
  CreateSectionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateSectionResult']>;
  CreateSectionSuccess: ResolverTypeWrapper<Omit<CreateSectionSuccess, 'section'> & { section: ResolversTypes['Section'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DeleteArticleResult']>;
  DeleteArticleSuccess: ResolverTypeWrapper<DeleteArticleSuccess>;
  DeleteCommentInput: DeleteCommentInput;
  DeleteCommentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DeleteCommentResult']>;
  DeleteCommentSuccess: ResolverTypeWrapper<Omit<DeleteCommentSuccess, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  DeleteMediaResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DeleteMediaResult']>;
  DeleteMediaSuccess: ResolverTypeWrapper<DeleteMediaSuccess>;
  EditCommentInput: EditCommentInput;
  EditCommentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EditCommentResult']>;
  EditCommentSuccess: ResolverTypeWrapper<Omit<EditCommentSuccess, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  EditWindowClosed: ResolverTypeWrapper<EditWindowClosed>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Image: ResolverTypeWrapper<Image>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InvalidCredentials: ResolverTypeWrapper<InvalidCredentials>;
  InviteStaffInput: InviteStaffInput;
  InviteStaffResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InviteStaffResult']>;
  InviteStaffSuccess: ResolverTypeWrapper<Omit<InviteStaffSuccess, 'user'> & { user: ResolversTypes['StaffUser'] }>;
  Language: Language;
  Limits: ResolverTypeWrapper<Limits>;
  LinkTranslationInput: LinkTranslationInput;
  LinkTranslationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LinkTranslationResult']>;
  LinkTranslationSuccess: ResolverTypeWrapper<Omit<LinkTranslationSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  LocalizedName: ResolverTypeWrapper<LocalizedName>;
  LocalizedNameInput: LocalizedNameInput;
  Media: ResolverTypeWrapper<MediaModel>;
  MediaConnection: ResolverTypeWrapper<Omit<MediaConnection, 'edges'> & { edges: Array<ResolversTypes['MediaEdge']> }>;
  MediaEdge: ResolverTypeWrapper<Omit<MediaEdge, 'node'> & { node: ResolversTypes['Media'] }>;
  MediaFormat: MediaFormat;
  MediaIdInput: MediaIdInput;
  MediaLimits: ResolverTypeWrapper<MediaLimits>;
  MediaVariant: ResolverTypeWrapper<MediaVariant>;
  MergeTagsInput: MergeTagsInput;
  MergeTagsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MergeTagsResult']>;
  MergeTagsSuccess: ResolverTypeWrapper<Omit<MergeTagsSuccess, 'tag'> & { tag: ResolversTypes['Tag'] }>;
  ModerateCommentInput: ModerateCommentInput;
  ModerateCommentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ModerateCommentResult']>;
  ModerateCommentSuccess: ResolverTypeWrapper<Omit<ModerateCommentSuccess, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MyAuthorProfileInput: MyAuthorProfileInput;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NotFound: ResolverTypeWrapper<NotFound>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreviewArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PreviewArticleResult']>;
  PreviewLink: ResolverTypeWrapper<PreviewLinkRow>;
  PreviewLinkStatus: PreviewLinkStatus;
  PreviewUnavailable: ResolverTypeWrapper<PreviewUnavailableModel>;
  PreviewUnavailableReason: PreviewUnavailableReason;
  PublishArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PublishArticleResult']>;
  PublishArticleSuccess: ResolverTypeWrapper<Omit<PublishArticleSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  PublishingLimits: ResolverTypeWrapper<PublishingLimits>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateArticleInput: RateArticleInput;
  RateArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RateArticleResult']>;
  RateArticleSuccess: ResolverTypeWrapper<Omit<RateArticleSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  RateLimited: ResolverTypeWrapper<RateLimited>;
  RatingLimits: ResolverTypeWrapper<RatingLimits>;
  RatingSummary: ResolverTypeWrapper<RatingSummaryModel>;
  RedeemAccountLinkInput: RedeemAccountLinkInput;
  RedeemAccountLinkResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RedeemAccountLinkResult']>;
  RenameTagInput: RenameTagInput;
  RenameTagResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RenameTagResult']>;
  RenameTagSuccess: ResolverTypeWrapper<Omit<RenameTagSuccess, 'tag'> & { tag: ResolversTypes['Tag'] }>;
  ReorderSectionsInput: ReorderSectionsInput;
  ReorderSectionsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReorderSectionsResult']>;
  ReorderSectionsSuccess: ResolverTypeWrapper<Omit<ReorderSectionsSuccess, 'sections'> & { sections: Array<ResolversTypes['Section']> }>;
  ReportCommentInput: ReportCommentInput;
  ReportCommentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReportCommentResult']>;
  ReportCommentSuccess: ResolverTypeWrapper<Omit<ReportCommentSuccess, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  ReportTypoInput: ReportTypoInput;
  ReportTypoResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReportTypoResult']>;
  ReportTypoSuccess: ResolverTypeWrapper<Omit<ReportTypoSuccess, 'report'> & { report: ResolversTypes['TypoReport'] }>;
  ResetStaffPasswordResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ResetStaffPasswordResult']>;
  ResetStaffPasswordSuccess: ResolverTypeWrapper<Omit<ResetStaffPasswordSuccess, 'user'> & { user: ResolversTypes['StaffUser'] }>;
  ResolveTypoReportInput: ResolveTypoReportInput;
  ResolveTypoReportResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ResolveTypoReportResult']>;
  ResolveTypoReportSuccess: ResolverTypeWrapper<Omit<ResolveTypoReportSuccess, 'report'> & { report: ResolversTypes['TypoReport'] }>;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RevokeApiTokenResult']>;
  RevokeApiTokenSuccess: ResolverTypeWrapper<Omit<RevokeApiTokenSuccess, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  RevokePreviewLinkInput: RevokePreviewLinkInput;
  RevokePreviewLinkResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RevokePreviewLinkResult']>;
  RevokePreviewLinkSuccess: ResolverTypeWrapper<Omit<RevokePreviewLinkSuccess, 'previewLink'> & { previewLink: ResolversTypes['PreviewLink'] }>;
  ScheduleArticleInput: ScheduleArticleInput;
  ScheduleArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ScheduleArticleResult']>;
  ScheduleArticleSuccess: ResolverTypeWrapper<Omit<ScheduleArticleSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchHitEdge']> }>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchLimits: ResolverTypeWrapper<SearchLimits>;
  Section: ResolverTypeWrapper<SectionModel>;
  SectionAndTagLimits: ResolverTypeWrapper<SectionAndTagLimits>;
  SectionIdInput: SectionIdInput;
  SignInInput: SignInInput;
  SignInResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SignInResult']>;
  SignInSuccess: ResolverTypeWrapper<Omit<SignInSuccess, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  SignOutSuccess: ResolverTypeWrapper<Omit<SignOutSuccess, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  StaffLimits: ResolverTypeWrapper<StaffLimits>;
  StaffUser: ResolverTypeWrapper<StaffUserRow>;
  StaffUserInput: StaffUserInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tag: ResolverTypeWrapper<TagModel>;
  TextFragment: ResolverTypeWrapper<TextFragment>;
  TypoLimits: ResolverTypeWrapper<TypoLimits>;
  TypoReport: ResolverTypeWrapper<TypoReportRow>;
  TypoReportConnection: ResolverTypeWrapper<Omit<TypoReportConnection, 'edges'> & { edges: Array<ResolversTypes['TypoReportEdge']> }>;
  TypoReportEdge: ResolverTypeWrapper<Omit<TypoReportEdge, 'node'> & { node: ResolversTypes['TypoReport'] }>;
  TypoReportStatus: TypoReportStatus;
  UnlockStaffUserResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UnlockStaffUserResult']>;
  UnlockStaffUserSuccess: ResolverTypeWrapper<Omit<UnlockStaffUserSuccess, 'user'> & { user: ResolversTypes['StaffUser'] }>;
  UpdateArticleInput: UpdateArticleInput;
  UpdateArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateArticleResult']>;
  UpdateArticleSuccess: ResolverTypeWrapper<Omit<UpdateArticleSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  UpdateAuthorInput: UpdateAuthorInput;
  UpdateMediaInput: UpdateMediaInput;
  UpdateMediaResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateMediaResult']>;
  UpdateMediaSuccess: ResolverTypeWrapper<Omit<UpdateMediaSuccess, 'media'> & { media: ResolversTypes['Media'] }>;
  UpdateSectionInput: UpdateSectionInput;
  UpdateSectionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateSectionResult']>;
  UpdateSectionSuccess: ResolverTypeWrapper<Omit<UpdateSectionSuccess, 'section'> & { section: ResolversTypes['Section'] }>;
  UpdateStaffUserInput: UpdateStaffUserInput;
  UpdateStaffUserResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateStaffUserResult']>;
  UpdateStaffUserSuccess: ResolverTypeWrapper<Omit<UpdateStaffUserSuccess, 'user'> & { user: ResolversTypes['StaffUser'] }>;
  User: ResolverTypeWrapper<UserRow>;
  ValidationError: ResolverTypeWrapper<ValidationError>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  ViewerRole: ViewerRole;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountLink: AccountLink;
  AccountLinkInvalid: AccountLinkInvalid;
  AccountLocked: AccountLocked;
  AddCommentInput: AddCommentInput;
  AddCommentResult: ResolversUnionTypes<ResolversParentTypes>['AddCommentResult'];
  AddCommentSuccess: Omit<AddCommentSuccess, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  ApiToken: ApiTokenRow;
  Article: ArticleRow;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleIdInput: ArticleIdInput;
  ArticleLimits: ArticleLimits;
  ArticlePreview: ArticlePreviewModel;
  ArticleRevision: ArticleRevisionRow;
  Author: AuthorRow;
  AuthorLimits: AuthorLimits;
  AuthorResult: ResolversUnionTypes<ResolversParentTypes>['AuthorResult'];
  AuthorSuccess: Omit<AuthorSuccess, 'author'> & { author: ResolversParentTypes['Author'] };
  Boolean: Scalars['Boolean']['output'];
  ClearRatingInput: ClearRatingInput;
  ClearRatingResult: ResolversUnionTypes<ResolversParentTypes>['ClearRatingResult'];
  ClearRatingSuccess: Omit<ClearRatingSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  Comment: CommentRow;
  CommentConnection: Omit<CommentConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommentEdge']> };
  CommentEdge: Omit<CommentEdge, 'node'> & { node: ResolversParentTypes['Comment'] };
  CommentLimits: CommentLimits;
  CommentReportReasonCount: CommentReportReasonCount;
  CommentsClosed: CommentsClosed;
  Correction: Correction;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenResult: ResolversUnionTypes<ResolversParentTypes>['CreateApiTokenResult'];
  CreateApiTokenSuccess: Omit<CreateApiTokenSuccess, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  CreateArticleInput: CreateArticleInput;
  CreateArticleResult: ResolversUnionTypes<ResolversParentTypes>['CreateArticleResult'];
  CreateArticleSuccess: Omit<CreateArticleSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  CreateAuthorInput: CreateAuthorInput;
  CreatePreviewLinkInput: CreatePreviewLinkInput;
  CreatePreviewLinkResult: ResolversUnionTypes<ResolversParentTypes>['CreatePreviewLinkResult'];
  CreatePreviewLinkSuccess: Omit<CreatePreviewLinkSuccess, 'previewLink'> & { previewLink: ResolversParentTypes['PreviewLink'] };
  CreateSectionInput: CreateSectionInput;
  CreateSectionResult: ResolversUnionTypes<ResolversParentTypes>['CreateSectionResult'];
  CreateSectionSuccess: Omit<CreateSectionSuccess, 'section'> & { section: ResolversParentTypes['Section'] };
  DateTime: Scalars['DateTime']['output'];
  DeleteArticleResult: ResolversUnionTypes<ResolversParentTypes>['DeleteArticleResult'];
  DeleteArticleSuccess: DeleteArticleSuccess;
  DeleteCommentInput: DeleteCommentInput;
  DeleteCommentResult: ResolversUnionTypes<ResolversParentTypes>['DeleteCommentResult'];
  DeleteCommentSuccess: Omit<DeleteCommentSuccess, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  DeleteMediaResult: ResolversUnionTypes<ResolversParentTypes>['DeleteMediaResult'];
  DeleteMediaSuccess: DeleteMediaSuccess;
  EditCommentInput: EditCommentInput;
  EditCommentResult: ResolversUnionTypes<ResolversParentTypes>['EditCommentResult'];
  EditCommentSuccess: Omit<EditCommentSuccess, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  EditWindowClosed: EditWindowClosed;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Image: Image;
  Int: Scalars['Int']['output'];
  InvalidCredentials: InvalidCredentials;
  InviteStaffInput: InviteStaffInput;
  InviteStaffResult: ResolversUnionTypes<ResolversParentTypes>['InviteStaffResult'];
  InviteStaffSuccess: Omit<InviteStaffSuccess, 'user'> & { user: ResolversParentTypes['StaffUser'] };
  Limits: Limits;
  LinkTranslationInput: LinkTranslationInput;
  LinkTranslationResult: ResolversUnionTypes<ResolversParentTypes>['LinkTranslationResult'];
  LinkTranslationSuccess: Omit<LinkTranslationSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  LocalizedName: LocalizedName;
  LocalizedNameInput: LocalizedNameInput;
  Media: MediaModel;
  MediaConnection: Omit<MediaConnection, 'edges'> & { edges: Array<ResolversParentTypes['MediaEdge']> };
  MediaEdge: Omit<MediaEdge, 'node'> & { node: ResolversParentTypes['Media'] };
  MediaIdInput: MediaIdInput;
  MediaLimits: MediaLimits;
  MediaVariant: MediaVariant;
  MergeTagsInput: MergeTagsInput;
  MergeTagsResult: ResolversUnionTypes<ResolversParentTypes>['MergeTagsResult'];
  MergeTagsSuccess: Omit<MergeTagsSuccess, 'tag'> & { tag: ResolversParentTypes['Tag'] };
  ModerateCommentInput: ModerateCommentInput;
  ModerateCommentResult: ResolversUnionTypes<ResolversParentTypes>['ModerateCommentResult'];
  ModerateCommentSuccess: Omit<ModerateCommentSuccess, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  Mutation: Record<PropertyKey, never>;
  MyAuthorProfileInput: MyAuthorProfileInput;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NotFound: NotFound;
  PageInfo: PageInfo;
  PreviewArticleResult: ResolversUnionTypes<ResolversParentTypes>['PreviewArticleResult'];
  PreviewLink: PreviewLinkRow;
  PreviewUnavailable: PreviewUnavailableModel;
  PublishArticleResult: ResolversUnionTypes<ResolversParentTypes>['PublishArticleResult'];
  PublishArticleSuccess: Omit<PublishArticleSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  PublishingLimits: PublishingLimits;
  Query: Record<PropertyKey, never>;
  RateArticleInput: RateArticleInput;
  RateArticleResult: ResolversUnionTypes<ResolversParentTypes>['RateArticleResult'];
  RateArticleSuccess: Omit<RateArticleSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  RateLimited: RateLimited;
  RatingLimits: RatingLimits;
  RatingSummary: RatingSummaryModel;
  RedeemAccountLinkInput: RedeemAccountLinkInput;
  RedeemAccountLinkResult: ResolversUnionTypes<ResolversParentTypes>['RedeemAccountLinkResult'];
  RenameTagInput: RenameTagInput;
  RenameTagResult: ResolversUnionTypes<ResolversParentTypes>['RenameTagResult'];
  RenameTagSuccess: Omit<RenameTagSuccess, 'tag'> & { tag: ResolversParentTypes['Tag'] };
  ReorderSectionsInput: ReorderSectionsInput;
  ReorderSectionsResult: ResolversUnionTypes<ResolversParentTypes>['ReorderSectionsResult'];
  ReorderSectionsSuccess: Omit<ReorderSectionsSuccess, 'sections'> & { sections: Array<ResolversParentTypes['Section']> };
  ReportCommentInput: ReportCommentInput;
  ReportCommentResult: ResolversUnionTypes<ResolversParentTypes>['ReportCommentResult'];
  ReportCommentSuccess: Omit<ReportCommentSuccess, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  ReportTypoInput: ReportTypoInput;
  ReportTypoResult: ResolversUnionTypes<ResolversParentTypes>['ReportTypoResult'];
  ReportTypoSuccess: Omit<ReportTypoSuccess, 'report'> & { report: ResolversParentTypes['TypoReport'] };
  ResetStaffPasswordResult: ResolversUnionTypes<ResolversParentTypes>['ResetStaffPasswordResult'];
  ResetStaffPasswordSuccess: Omit<ResetStaffPasswordSuccess, 'user'> & { user: ResolversParentTypes['StaffUser'] };
  ResolveTypoReportInput: ResolveTypoReportInput;
  ResolveTypoReportResult: ResolversUnionTypes<ResolversParentTypes>['ResolveTypoReportResult'];
  ResolveTypoReportSuccess: Omit<ResolveTypoReportSuccess, 'report'> & { report: ResolversParentTypes['TypoReport'] };
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenResult: ResolversUnionTypes<ResolversParentTypes>['RevokeApiTokenResult'];
  RevokeApiTokenSuccess: Omit<RevokeApiTokenSuccess, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  RevokePreviewLinkInput: RevokePreviewLinkInput;
  RevokePreviewLinkResult: ResolversUnionTypes<ResolversParentTypes>['RevokePreviewLinkResult'];
  RevokePreviewLinkSuccess: Omit<RevokePreviewLinkSuccess, 'previewLink'> & { previewLink: ResolversParentTypes['PreviewLink'] };
  ScheduleArticleInput: ScheduleArticleInput;
  ScheduleArticleResult: ResolversUnionTypes<ResolversParentTypes>['ScheduleArticleResult'];
  ScheduleArticleSuccess: Omit<ScheduleArticleSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchHitEdge']> };
  SearchHit: SearchHitModel;
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchLimits: SearchLimits;
  Section: SectionModel;
  SectionAndTagLimits: SectionAndTagLimits;
  SectionIdInput: SectionIdInput;
  SignInInput: SignInInput;
  SignInResult: ResolversUnionTypes<ResolversParentTypes>['SignInResult'];
  SignInSuccess: Omit<SignInSuccess, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  SignOutSuccess: Omit<SignOutSuccess, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  StaffLimits: StaffLimits;
  StaffUser: StaffUserRow;
  StaffUserInput: StaffUserInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Tag: TagModel;
  TextFragment: TextFragment;
  TypoLimits: TypoLimits;
  TypoReport: TypoReportRow;
  TypoReportConnection: Omit<TypoReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['TypoReportEdge']> };
  TypoReportEdge: Omit<TypoReportEdge, 'node'> & { node: ResolversParentTypes['TypoReport'] };
  UnlockStaffUserResult: ResolversUnionTypes<ResolversParentTypes>['UnlockStaffUserResult'];
  UnlockStaffUserSuccess: Omit<UnlockStaffUserSuccess, 'user'> & { user: ResolversParentTypes['StaffUser'] };
  UpdateArticleInput: UpdateArticleInput;
  UpdateArticleResult: ResolversUnionTypes<ResolversParentTypes>['UpdateArticleResult'];
  UpdateArticleSuccess: Omit<UpdateArticleSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  UpdateAuthorInput: UpdateAuthorInput;
  UpdateMediaInput: UpdateMediaInput;
  UpdateMediaResult: ResolversUnionTypes<ResolversParentTypes>['UpdateMediaResult'];
  UpdateMediaSuccess: Omit<UpdateMediaSuccess, 'media'> & { media: ResolversParentTypes['Media'] };
  UpdateSectionInput: UpdateSectionInput;
  UpdateSectionResult: ResolversUnionTypes<ResolversParentTypes>['UpdateSectionResult'];
  UpdateSectionSuccess: Omit<UpdateSectionSuccess, 'section'> & { section: ResolversParentTypes['Section'] };
  UpdateStaffUserInput: UpdateStaffUserInput;
  UpdateStaffUserResult: ResolversUnionTypes<ResolversParentTypes>['UpdateStaffUserResult'];
  UpdateStaffUserSuccess: Omit<UpdateStaffUserSuccess, 'user'> & { user: ResolversParentTypes['StaffUser'] };
  User: UserRow;
  ValidationError: ValidationError;
  Viewer: ViewerModel;
};

export type AuthDirectiveArgs = {
  requires: Array<ViewerRole>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = Context, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccountLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountLink'] = ResolversParentTypes['AccountLink']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccountLinkInvalidResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountLinkInvalid'] = ResolversParentTypes['AccountLinkInvalid']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['AccountLinkProblem'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccountLockedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountLocked'] = ResolversParentTypes['AccountLocked']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AddCommentResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddCommentResult'] = ResolversParentTypes['AddCommentResult']> = {
  __resolveType: TypeResolveFn<'AddCommentSuccess' | 'CommentsClosed' | 'NotFound' | 'RateLimited' | 'ValidationError', ParentType, ContextType>;
};

export type AddCommentSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddCommentSuccess'] = ResolversParentTypes['AddCommentSuccess']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Author']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<ArticleCommentsArgs, 'first' | 'orderBy'>>;
  corrections?: Resolver<Array<ResolversTypes['Correction']>, ParentType, ContextType>;
  deskTranslations?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  picture?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  previewLinks?: Resolver<Array<ResolversTypes['PreviewLink']>, ParentType, ContextType>;
  publishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['RatingSummary'], ParentType, ContextType>;
  readingMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<ArticleRelatedArgs, 'first'>>;
  revisions?: Resolver<Array<ResolversTypes['ArticleRevision']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ArticleStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  translations?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleLimits'] = ResolversParentTypes['ArticleLimits']> = {
  bodyMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  captionMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leadMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nameMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tagsMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  titleMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticlePreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticlePreview'] = ResolversParentTypes['ArticlePreview']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleRevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleRevision'] = ResolversParentTypes['ArticleRevision']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correctionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuthorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author']> = {
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<AuthorArticlesArgs, 'first'>>;
  bio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  picture?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuthorLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorLimits'] = ResolversParentTypes['AuthorLimits']> = {
  bioMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nameMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perArticle?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuthorResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorResult'] = ResolversParentTypes['AuthorResult']> = {
  __resolveType: TypeResolveFn<'AuthorSuccess' | 'NotFound' | 'ValidationError', ParentType, ContextType>;
};

export type AuthorSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorSuccess'] = ResolversParentTypes['AuthorSuccess']> = {
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClearRatingResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClearRatingResult'] = ResolversParentTypes['ClearRatingResult']> = {
  __resolveType: TypeResolveFn<'ClearRatingSuccess' | 'NotFound', ParentType, ContextType>;
};

export type ClearRatingSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClearRatingSuccess'] = ResolversParentTypes['ClearRatingSuccess']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  editableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOwn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  replies?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<CommentRepliesArgs, 'first'>>;
  replyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportReasons?: Resolver<Array<ResolversTypes['CommentReportReasonCount']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommentConnection'] = ResolversParentTypes['CommentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommentEdge'] = ResolversParentTypes['CommentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
};

export type CommentLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommentLimits'] = ResolversParentTypes['CommentLimits']> = {
  authorNameMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bodyMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  editWindowSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommentReportReasonCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommentReportReasonCount'] = ResolversParentTypes['CommentReportReasonCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['CommentReportReason'], ParentType, ContextType>;
};

export type CommentsClosedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommentsClosed'] = ResolversParentTypes['CommentsClosed']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Correction'] = ResolversParentTypes['Correction']> = {
  correctedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreateApiTokenResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateApiTokenResult'] = ResolversParentTypes['CreateApiTokenResult']> = {
  __resolveType: TypeResolveFn<'CreateApiTokenSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type CreateApiTokenSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateApiTokenSuccess'] = ResolversParentTypes['CreateApiTokenSuccess']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateArticleResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateArticleResult'] = ResolversParentTypes['CreateArticleResult']> = {
  __resolveType: TypeResolveFn<'CreateArticleSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type CreateArticleSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateArticleSuccess'] = ResolversParentTypes['CreateArticleSuccess']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreatePreviewLinkResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePreviewLinkResult'] = ResolversParentTypes['CreatePreviewLinkResult']> = {
  __resolveType: TypeResolveFn<'CreatePreviewLinkSuccess' | 'NotFound' | 'ValidationError', ParentType, ContextType>;
};

export type CreatePreviewLinkSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePreviewLinkSuccess'] = ResolversParentTypes['CreatePreviewLinkSuccess']> = {
  previewLink?: Resolver<ResolversTypes['PreviewLink'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateSectionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateSectionResult'] = ResolversParentTypes['CreateSectionResult']> = {
  __resolveType: TypeResolveFn<'CreateSectionSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type CreateSectionSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateSectionSuccess'] = ResolversParentTypes['CreateSectionSuccess']> = {
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteArticleResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteArticleResult'] = ResolversParentTypes['DeleteArticleResult']> = {
  __resolveType: TypeResolveFn<'DeleteArticleSuccess' | 'NotFound', ParentType, ContextType>;
};

export type DeleteArticleSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteArticleSuccess'] = ResolversParentTypes['DeleteArticleSuccess']> = {
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeleteCommentResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteCommentResult'] = ResolversParentTypes['DeleteCommentResult']> = {
  __resolveType: TypeResolveFn<'DeleteCommentSuccess' | 'EditWindowClosed' | 'NotFound', ParentType, ContextType>;
};

export type DeleteCommentSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteCommentSuccess'] = ResolversParentTypes['DeleteCommentSuccess']> = {
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeleteMediaResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteMediaResult'] = ResolversParentTypes['DeleteMediaResult']> = {
  __resolveType: TypeResolveFn<'DeleteMediaSuccess' | 'NotFound' | 'ValidationError', ParentType, ContextType>;
};

export type DeleteMediaSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteMediaSuccess'] = ResolversParentTypes['DeleteMediaSuccess']> = {
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditCommentResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EditCommentResult'] = ResolversParentTypes['EditCommentResult']> = {
  __resolveType: TypeResolveFn<'EditCommentSuccess' | 'EditWindowClosed' | 'NotFound' | 'ValidationError', ParentType, ContextType>;
};

export type EditCommentSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EditCommentSuccess'] = ResolversParentTypes['EditCommentSuccess']> = {
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditWindowClosedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EditWindowClosed'] = ResolversParentTypes['EditWindowClosed']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Image'] = ResolversParentTypes['Image']> = {
  alt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InvalidCredentialsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvalidCredentials'] = ResolversParentTypes['InvalidCredentials']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InviteStaffResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteStaffResult'] = ResolversParentTypes['InviteStaffResult']> = {
  __resolveType: TypeResolveFn<'InviteStaffSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type InviteStaffSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteStaffSuccess'] = ResolversParentTypes['InviteStaffSuccess']> = {
  link?: Resolver<ResolversTypes['AccountLink'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Limits'] = ResolversParentTypes['Limits']> = {
  article?: Resolver<ResolversTypes['ArticleLimits'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['AuthorLimits'], ParentType, ContextType>;
  comment?: Resolver<ResolversTypes['CommentLimits'], ParentType, ContextType>;
  media?: Resolver<ResolversTypes['MediaLimits'], ParentType, ContextType>;
  publishing?: Resolver<ResolversTypes['PublishingLimits'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['RatingLimits'], ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchLimits'], ParentType, ContextType>;
  sectionAndTag?: Resolver<ResolversTypes['SectionAndTagLimits'], ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['StaffLimits'], ParentType, ContextType>;
  typo?: Resolver<ResolversTypes['TypoLimits'], ParentType, ContextType>;
};

export type LinkTranslationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkTranslationResult'] = ResolversParentTypes['LinkTranslationResult']> = {
  __resolveType: TypeResolveFn<'LinkTranslationSuccess' | 'NotFound' | 'ValidationError', ParentType, ContextType>;
};

export type LinkTranslationSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkTranslationSuccess'] = ResolversParentTypes['LinkTranslationSuccess']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LocalizedNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedName'] = ResolversParentTypes['LocalizedName']> = {
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MediaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Media'] = ResolversParentTypes['Media']> = {
  alt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['MediaVariant']>, ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MediaConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MediaConnection'] = ResolversParentTypes['MediaConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MediaEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MediaEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MediaEdge'] = ResolversParentTypes['MediaEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Media'], ParentType, ContextType>;
};

export type MediaLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MediaLimits'] = ResolversParentTypes['MediaLimits']> = {
  altMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  captionMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  creditMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MediaVariantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MediaVariant'] = ResolversParentTypes['MediaVariant']> = {
  format?: Resolver<ResolversTypes['MediaFormat'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MergeTagsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeTagsResult'] = ResolversParentTypes['MergeTagsResult']> = {
  __resolveType: TypeResolveFn<'MergeTagsSuccess' | 'NotFound' | 'ValidationError', ParentType, ContextType>;
};

export type MergeTagsSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeTagsSuccess'] = ResolversParentTypes['MergeTagsSuccess']> = {
  mergedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['Tag'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ModerateCommentResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModerateCommentResult'] = ResolversParentTypes['ModerateCommentResult']> = {
  __resolveType: TypeResolveFn<'ModerateCommentSuccess' | 'NotFound' | 'ValidationError', ParentType, ContextType>;
};

export type ModerateCommentSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModerateCommentSuccess'] = ResolversParentTypes['ModerateCommentSuccess']> = {
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addComment?: Resolver<ResolversTypes['AddCommentResult'], ParentType, ContextType, RequireFields<MutationAddCommentArgs, 'input'>>;
  archiveSection?: Resolver<ResolversTypes['UpdateSectionResult'], ParentType, ContextType, RequireFields<MutationArchiveSectionArgs, 'input'>>;
  clearRating?: Resolver<ResolversTypes['ClearRatingResult'], ParentType, ContextType, RequireFields<MutationClearRatingArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenResult'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createArticle?: Resolver<ResolversTypes['CreateArticleResult'], ParentType, ContextType, RequireFields<MutationCreateArticleArgs, 'input'>>;
  createAuthor?: Resolver<ResolversTypes['AuthorResult'], ParentType, ContextType, RequireFields<MutationCreateAuthorArgs, 'input'>>;
  createPreviewLink?: Resolver<ResolversTypes['CreatePreviewLinkResult'], ParentType, ContextType, RequireFields<MutationCreatePreviewLinkArgs, 'input'>>;
  createSection?: Resolver<ResolversTypes['CreateSectionResult'], ParentType, ContextType, RequireFields<MutationCreateSectionArgs, 'input'>>;
  deleteArticle?: Resolver<ResolversTypes['DeleteArticleResult'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'input'>>;
  deleteComment?: Resolver<ResolversTypes['DeleteCommentResult'], ParentType, ContextType, RequireFields<MutationDeleteCommentArgs, 'input'>>;
  deleteMedia?: Resolver<ResolversTypes['DeleteMediaResult'], ParentType, ContextType, RequireFields<MutationDeleteMediaArgs, 'input'>>;
  editComment?: Resolver<ResolversTypes['EditCommentResult'], ParentType, ContextType, RequireFields<MutationEditCommentArgs, 'input'>>;
  inviteStaff?: Resolver<ResolversTypes['InviteStaffResult'], ParentType, ContextType, RequireFields<MutationInviteStaffArgs, 'input'>>;
  linkTranslation?: Resolver<ResolversTypes['LinkTranslationResult'], ParentType, ContextType, RequireFields<MutationLinkTranslationArgs, 'input'>>;
  mergeTags?: Resolver<ResolversTypes['MergeTagsResult'], ParentType, ContextType, RequireFields<MutationMergeTagsArgs, 'input'>>;
  moderateComment?: Resolver<ResolversTypes['ModerateCommentResult'], ParentType, ContextType, RequireFields<MutationModerateCommentArgs, 'input'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishArticle?: Resolver<ResolversTypes['PublishArticleResult'], ParentType, ContextType, RequireFields<MutationPublishArticleArgs, 'input'>>;
  rateArticle?: Resolver<ResolversTypes['RateArticleResult'], ParentType, ContextType, RequireFields<MutationRateArticleArgs, 'input'>>;
  redeemAccountLink?: Resolver<ResolversTypes['RedeemAccountLinkResult'], ParentType, ContextType, RequireFields<MutationRedeemAccountLinkArgs, 'input'>>;
  renameTag?: Resolver<ResolversTypes['RenameTagResult'], ParentType, ContextType, RequireFields<MutationRenameTagArgs, 'input'>>;
  reorderSections?: Resolver<ResolversTypes['ReorderSectionsResult'], ParentType, ContextType, RequireFields<MutationReorderSectionsArgs, 'input'>>;
  reportComment?: Resolver<ResolversTypes['ReportCommentResult'], ParentType, ContextType, RequireFields<MutationReportCommentArgs, 'input'>>;
  reportTypo?: Resolver<ResolversTypes['ReportTypoResult'], ParentType, ContextType, RequireFields<MutationReportTypoArgs, 'input'>>;
  resetStaffPassword?: Resolver<ResolversTypes['ResetStaffPasswordResult'], ParentType, ContextType, RequireFields<MutationResetStaffPasswordArgs, 'input'>>;
  resolveTypoReport?: Resolver<ResolversTypes['ResolveTypoReportResult'], ParentType, ContextType, RequireFields<MutationResolveTypoReportArgs, 'input'>>;
  restoreSection?: Resolver<ResolversTypes['UpdateSectionResult'], ParentType, ContextType, RequireFields<MutationRestoreSectionArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenResult'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'input'>>;
  revokePreviewLink?: Resolver<ResolversTypes['RevokePreviewLinkResult'], ParentType, ContextType, RequireFields<MutationRevokePreviewLinkArgs, 'input'>>;
  scheduleArticle?: Resolver<ResolversTypes['ScheduleArticleResult'], ParentType, ContextType, RequireFields<MutationScheduleArticleArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutSuccess'], ParentType, ContextType>;
  unlinkTranslation?: Resolver<ResolversTypes['LinkTranslationResult'], ParentType, ContextType, RequireFields<MutationUnlinkTranslationArgs, 'input'>>;
  unlockStaffUser?: Resolver<ResolversTypes['UnlockStaffUserResult'], ParentType, ContextType, RequireFields<MutationUnlockStaffUserArgs, 'input'>>;
  unpublishArticle?: Resolver<ResolversTypes['PublishArticleResult'], ParentType, ContextType, RequireFields<MutationUnpublishArticleArgs, 'input'>>;
  updateArticle?: Resolver<ResolversTypes['UpdateArticleResult'], ParentType, ContextType, RequireFields<MutationUpdateArticleArgs, 'input'>>;
  updateAuthor?: Resolver<ResolversTypes['AuthorResult'], ParentType, ContextType, RequireFields<MutationUpdateAuthorArgs, 'input'>>;
  updateMedia?: Resolver<ResolversTypes['UpdateMediaResult'], ParentType, ContextType, RequireFields<MutationUpdateMediaArgs, 'input'>>;
  updateMyAuthorProfile?: Resolver<ResolversTypes['AuthorResult'], ParentType, ContextType, RequireFields<MutationUpdateMyAuthorProfileArgs, 'input'>>;
  updateSection?: Resolver<ResolversTypes['UpdateSectionResult'], ParentType, ContextType, RequireFields<MutationUpdateSectionArgs, 'input'>>;
  updateStaffUser?: Resolver<ResolversTypes['UpdateStaffUserResult'], ParentType, ContextType, RequireFields<MutationUpdateStaffUserArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Author' | 'Comment' | 'PreviewLink' | 'Section' | 'Tag' | 'TypoReport', ParentType, ContextType>;
};

export type NotFoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PreviewArticleResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewArticleResult'] = ResolversParentTypes['PreviewArticleResult']> = {
  __resolveType: TypeResolveFn<'ArticlePreview' | 'PreviewUnavailable', ParentType, ContextType>;
};

export type PreviewLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewLink'] = ResolversParentTypes['PreviewLink']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PreviewLinkStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PreviewUnavailableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewUnavailable'] = ResolversParentTypes['PreviewUnavailable']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedSlug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['PreviewUnavailableReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublishArticleResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishArticleResult'] = ResolversParentTypes['PublishArticleResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'PublishArticleSuccess', ParentType, ContextType>;
};

export type PublishArticleSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishArticleSuccess'] = ResolversParentTypes['PublishArticleSuccess']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublishingLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishingLimits'] = ResolversParentTypes['PublishingLimits']> = {
  scheduleMaxDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'slug'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType, RequireFields<QueryAuthorArgs, 'slug'>>;
  authors?: Resolver<Array<ResolversTypes['Author']>, ParentType, ContextType, RequireFields<QueryAuthorsArgs, 'first'>>;
  deskArticles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryDeskArticlesArgs, 'first'>>;
  deskSections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  limits?: Resolver<ResolversTypes['Limits'], ParentType, ContextType>;
  media?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType, RequireFields<QueryMediaArgs, 'id'>>;
  mediaLibrary?: Resolver<ResolversTypes['MediaConnection'], ParentType, ContextType, RequireFields<QueryMediaLibraryArgs, 'first'>>;
  moderationQueue?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<QueryModerationQueueArgs, 'first' | 'status'>>;
  mostCommented?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryMostCommentedArgs, 'first'>>;
  mostRead?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryMostReadArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  previewArticle?: Resolver<ResolversTypes['PreviewArticleResult'], ParentType, ContextType, RequireFields<QueryPreviewArticleArgs, 'token'>>;
  previewMarkdown?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryPreviewMarkdownArgs, 'body'>>;
  reportedComments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<QueryReportedCommentsArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType, RequireFields<QuerySectionArgs, 'slug'>>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  staffUsers?: Resolver<Array<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  tag?: Resolver<Maybe<ResolversTypes['Tag']>, ParentType, ContextType, RequireFields<QueryTagArgs, 'slug'>>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType, RequireFields<QueryTagsArgs, 'first'>>;
  typoReports?: Resolver<ResolversTypes['TypoReportConnection'], ParentType, ContextType, RequireFields<QueryTypoReportsArgs, 'first' | 'status'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RateArticleResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RateArticleResult'] = ResolversParentTypes['RateArticleResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'RateArticleSuccess' | 'RateLimited' | 'ValidationError', ParentType, ContextType>;
};

export type RateArticleSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RateArticleSuccess'] = ResolversParentTypes['RateArticleSuccess']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RateLimitedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RateLimited'] = ResolversParentTypes['RateLimited']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RatingLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingLimits'] = ResolversParentTypes['RatingLimits']> = {
  maxScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RatingSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingSummary'] = ResolversParentTypes['RatingSummary']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distribution?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  viewerScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RedeemAccountLinkResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RedeemAccountLinkResult'] = ResolversParentTypes['RedeemAccountLinkResult']> = {
  __resolveType: TypeResolveFn<'AccountLinkInvalid' | 'AccountLocked' | 'SignInSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type RenameTagResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RenameTagResult'] = ResolversParentTypes['RenameTagResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'RenameTagSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type RenameTagSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RenameTagSuccess'] = ResolversParentTypes['RenameTagSuccess']> = {
  tag?: Resolver<ResolversTypes['Tag'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReorderSectionsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReorderSectionsResult'] = ResolversParentTypes['ReorderSectionsResult']> = {
  __resolveType: TypeResolveFn<'ReorderSectionsSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type ReorderSectionsSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReorderSectionsSuccess'] = ResolversParentTypes['ReorderSectionsSuccess']> = {
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReportCommentResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportCommentResult'] = ResolversParentTypes['ReportCommentResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'RateLimited' | 'ReportCommentSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type ReportCommentSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportCommentSuccess'] = ResolversParentTypes['ReportCommentSuccess']> = {
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReportTypoResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportTypoResult'] = ResolversParentTypes['ReportTypoResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'RateLimited' | 'ReportTypoSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type ReportTypoSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportTypoSuccess'] = ResolversParentTypes['ReportTypoSuccess']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['TypoReport'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResetStaffPasswordResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResetStaffPasswordResult'] = ResolversParentTypes['ResetStaffPasswordResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'ResetStaffPasswordSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type ResetStaffPasswordSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResetStaffPasswordSuccess'] = ResolversParentTypes['ResetStaffPasswordSuccess']> = {
  link?: Resolver<ResolversTypes['AccountLink'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResolveTypoReportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolveTypoReportResult'] = ResolversParentTypes['ResolveTypoReportResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'ResolveTypoReportSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type ResolveTypoReportSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolveTypoReportSuccess'] = ResolversParentTypes['ResolveTypoReportSuccess']> = {
  report?: Resolver<ResolversTypes['TypoReport'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevokeApiTokenResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeApiTokenResult'] = ResolversParentTypes['RevokeApiTokenResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'RevokeApiTokenSuccess', ParentType, ContextType>;
};

export type RevokeApiTokenSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeApiTokenSuccess'] = ResolversParentTypes['RevokeApiTokenSuccess']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevokePreviewLinkResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokePreviewLinkResult'] = ResolversParentTypes['RevokePreviewLinkResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'RevokePreviewLinkSuccess', ParentType, ContextType>;
};

export type RevokePreviewLinkSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokePreviewLinkSuccess'] = ResolversParentTypes['RevokePreviewLinkSuccess']> = {
  previewLink?: Resolver<ResolversTypes['PreviewLink'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScheduleArticleResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScheduleArticleResult'] = ResolversParentTypes['ScheduleArticleResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'ScheduleArticleSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type ScheduleArticleSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScheduleArticleSuccess'] = ResolversParentTypes['ScheduleArticleSuccess']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  snippet?: Resolver<Array<ResolversTypes['TextFragment']>, ParentType, ContextType>;
  title?: Resolver<Array<ResolversTypes['TextFragment']>, ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SearchLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchLimits'] = ResolversParentTypes['SearchLimits']> = {
  queryMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wordsMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<SectionArticlesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<SectionNameArgs>>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  premoderated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionAndTagLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SectionAndTagLimits'] = ResolversParentTypes['SectionAndTagLimits']> = {
  nameMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slugMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SignInResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = {
  __resolveType: TypeResolveFn<'AccountLocked' | 'InvalidCredentials' | 'SignInSuccess', ParentType, ContextType>;
};

export type SignInSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignInSuccess'] = ResolversParentTypes['SignInSuccess']> = {
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SignOutSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignOutSuccess'] = ResolversParentTypes['SignOutSuccess']> = {
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type StaffLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffLimits'] = ResolversParentTypes['StaffLimits']> = {
  loginPattern?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passwordMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passwordMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tokenLabelMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffUser'] = ResolversParentTypes['StaffUser']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failedSignIns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitationPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  login?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ViewerRole'], ParentType, ContextType>;
  throttled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  articlePublished?: SubscriptionResolver<ResolversTypes['Article'], "articlePublished", ParentType, ContextType>;
  commentAdded?: SubscriptionResolver<ResolversTypes['Comment'], "commentAdded", ParentType, ContextType, RequireFields<SubscriptionCommentAddedArgs, 'articleId'>>;
  commentQueued?: SubscriptionResolver<ResolversTypes['Comment'], "commentQueued", ParentType, ContextType>;
  ratingChanged?: SubscriptionResolver<ResolversTypes['RatingSummary'], "ratingChanged", ParentType, ContextType, RequireFields<SubscriptionRatingChangedArgs, 'articleId'>>;
  typoReported?: SubscriptionResolver<ResolversTypes['TypoReport'], "typoReported", ParentType, ContextType>;
};

export type TagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<TagArticlesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<TagNameArgs>>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TextFragmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextFragment'] = ResolversParentTypes['TextFragment']> = {
  highlighted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TypoLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypoLimits'] = ResolversParentTypes['TypoLimits']> = {
  contextMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noteMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selectionMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TypoReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypoReport'] = ResolversParentTypes['TypoReport']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reporterCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TypoReportStatus'], ParentType, ContextType>;
  suffix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TypoReportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypoReportConnection'] = ResolversParentTypes['TypoReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TypoReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TypoReportEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypoReportEdge'] = ResolversParentTypes['TypoReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TypoReport'], ParentType, ContextType>;
};

export type UnlockStaffUserResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnlockStaffUserResult'] = ResolversParentTypes['UnlockStaffUserResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'UnlockStaffUserSuccess', ParentType, ContextType>;
};

export type UnlockStaffUserSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnlockStaffUserSuccess'] = ResolversParentTypes['UnlockStaffUserSuccess']> = {
  clearedAddresses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clearedAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpdateArticleResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateArticleResult'] = ResolversParentTypes['UpdateArticleResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'UpdateArticleSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type UpdateArticleSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateArticleSuccess'] = ResolversParentTypes['UpdateArticleSuccess']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpdateMediaResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateMediaResult'] = ResolversParentTypes['UpdateMediaResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'UpdateMediaSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type UpdateMediaSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateMediaSuccess'] = ResolversParentTypes['UpdateMediaSuccess']> = {
  media?: Resolver<ResolversTypes['Media'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpdateSectionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateSectionResult'] = ResolversParentTypes['UpdateSectionResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'UpdateSectionSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type UpdateSectionSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateSectionSuccess'] = ResolversParentTypes['UpdateSectionSuccess']> = {
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpdateStaffUserResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateStaffUserResult'] = ResolversParentTypes['UpdateStaffUserResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'UpdateStaffUserSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type UpdateStaffUserSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateStaffUserSuccess'] = ResolversParentTypes['UpdateStaffUserSuccess']> = {
  user?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  author?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  login?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ViewerRole'], ParentType, ContextType>;
};

export type ValidationErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValidationError'] = ResolversParentTypes['ValidationError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ViewerRole'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccountLink?: AccountLinkResolvers<ContextType>;
  AccountLinkInvalid?: AccountLinkInvalidResolvers<ContextType>;
  AccountLocked?: AccountLockedResolvers<ContextType>;
  AddCommentResult?: AddCommentResultResolvers<ContextType>;
  AddCommentSuccess?: AddCommentSuccessResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleLimits?: ArticleLimitsResolvers<ContextType>;
  ArticlePreview?: ArticlePreviewResolvers<ContextType>;
  ArticleRevision?: ArticleRevisionResolvers<ContextType>;
  Author?: AuthorResolvers<ContextType>;
  AuthorLimits?: AuthorLimitsResolvers<ContextType>;
  AuthorResult?: AuthorResultResolvers<ContextType>;
  AuthorSuccess?: AuthorSuccessResolvers<ContextType>;
  ClearRatingResult?: ClearRatingResultResolvers<ContextType>;
  ClearRatingSuccess?: ClearRatingSuccessResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentEdge?: CommentEdgeResolvers<ContextType>;
  CommentLimits?: CommentLimitsResolvers<ContextType>;
  CommentReportReasonCount?: CommentReportReasonCountResolvers<ContextType>;
  CommentsClosed?: CommentsClosedResolvers<ContextType>;
  Correction?: CorrectionResolvers<ContextType>;
  CreateApiTokenResult?: CreateApiTokenResultResolvers<ContextType>;
  CreateApiTokenSuccess?: CreateApiTokenSuccessResolvers<ContextType>;
  CreateArticleResult?: CreateArticleResultResolvers<ContextType>;
  CreateArticleSuccess?: CreateArticleSuccessResolvers<ContextType>;
  CreatePreviewLinkResult?: CreatePreviewLinkResultResolvers<ContextType>;
  CreatePreviewLinkSuccess?: CreatePreviewLinkSuccessResolvers<ContextType>;
  CreateSectionResult?: CreateSectionResultResolvers<ContextType>;
  CreateSectionSuccess?: CreateSectionSuccessResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteArticleResult?: DeleteArticleResultResolvers<ContextType>;
  DeleteArticleSuccess?: DeleteArticleSuccessResolvers<ContextType>;
  DeleteCommentResult?: DeleteCommentResultResolvers<ContextType>;
  DeleteCommentSuccess?: DeleteCommentSuccessResolvers<ContextType>;
  DeleteMediaResult?: DeleteMediaResultResolvers<ContextType>;
  DeleteMediaSuccess?: DeleteMediaSuccessResolvers<ContextType>;
  EditCommentResult?: EditCommentResultResolvers<ContextType>;
  EditCommentSuccess?: EditCommentSuccessResolvers<ContextType>;
  EditWindowClosed?: EditWindowClosedResolvers<ContextType>;
  Image?: ImageResolvers<ContextType>;
  InvalidCredentials?: InvalidCredentialsResolvers<ContextType>;
  InviteStaffResult?: InviteStaffResultResolvers<ContextType>;
  InviteStaffSuccess?: InviteStaffSuccessResolvers<ContextType>;
  Limits?: LimitsResolvers<ContextType>;
  LinkTranslationResult?: LinkTranslationResultResolvers<ContextType>;
  LinkTranslationSuccess?: LinkTranslationSuccessResolvers<ContextType>;
  LocalizedName?: LocalizedNameResolvers<ContextType>;
  Media?: MediaResolvers<ContextType>;
  MediaConnection?: MediaConnectionResolvers<ContextType>;
  MediaEdge?: MediaEdgeResolvers<ContextType>;
  MediaLimits?: MediaLimitsResolvers<ContextType>;
  MediaVariant?: MediaVariantResolvers<ContextType>;
  MergeTagsResult?: MergeTagsResultResolvers<ContextType>;
  MergeTagsSuccess?: MergeTagsSuccessResolvers<ContextType>;
  ModerateCommentResult?: ModerateCommentResultResolvers<ContextType>;
  ModerateCommentSuccess?: ModerateCommentSuccessResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PreviewArticleResult?: PreviewArticleResultResolvers<ContextType>;
  PreviewLink?: PreviewLinkResolvers<ContextType>;
  PreviewUnavailable?: PreviewUnavailableResolvers<ContextType>;
  PublishArticleResult?: PublishArticleResultResolvers<ContextType>;
  PublishArticleSuccess?: PublishArticleSuccessResolvers<ContextType>;
  PublishingLimits?: PublishingLimitsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateArticleResult?: RateArticleResultResolvers<ContextType>;
  RateArticleSuccess?: RateArticleSuccessResolvers<ContextType>;
  RateLimited?: RateLimitedResolvers<ContextType>;
  RatingLimits?: RatingLimitsResolvers<ContextType>;
  RatingSummary?: RatingSummaryResolvers<ContextType>;
  RedeemAccountLinkResult?: RedeemAccountLinkResultResolvers<ContextType>;
  RenameTagResult?: RenameTagResultResolvers<ContextType>;
  RenameTagSuccess?: RenameTagSuccessResolvers<ContextType>;
  ReorderSectionsResult?: ReorderSectionsResultResolvers<ContextType>;
  ReorderSectionsSuccess?: ReorderSectionsSuccessResolvers<ContextType>;
  ReportCommentResult?: ReportCommentResultResolvers<ContextType>;
  ReportCommentSuccess?: ReportCommentSuccessResolvers<ContextType>;
  ReportTypoResult?: ReportTypoResultResolvers<ContextType>;
  ReportTypoSuccess?: ReportTypoSuccessResolvers<ContextType>;
  ResetStaffPasswordResult?: ResetStaffPasswordResultResolvers<ContextType>;
  ResetStaffPasswordSuccess?: ResetStaffPasswordSuccessResolvers<ContextType>;
  ResolveTypoReportResult?: ResolveTypoReportResultResolvers<ContextType>;
  ResolveTypoReportSuccess?: ResolveTypoReportSuccessResolvers<ContextType>;
  RevokeApiTokenResult?: RevokeApiTokenResultResolvers<ContextType>;
  RevokeApiTokenSuccess?: RevokeApiTokenSuccessResolvers<ContextType>;
  RevokePreviewLinkResult?: RevokePreviewLinkResultResolvers<ContextType>;
  RevokePreviewLinkSuccess?: RevokePreviewLinkSuccessResolvers<ContextType>;
  ScheduleArticleResult?: ScheduleArticleResultResolvers<ContextType>;
  ScheduleArticleSuccess?: ScheduleArticleSuccessResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  SearchLimits?: SearchLimitsResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  SectionAndTagLimits?: SectionAndTagLimitsResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  SignInSuccess?: SignInSuccessResolvers<ContextType>;
  SignOutSuccess?: SignOutSuccessResolvers<ContextType>;
  StaffLimits?: StaffLimitsResolvers<ContextType>;
  StaffUser?: StaffUserResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TextFragment?: TextFragmentResolvers<ContextType>;
  TypoLimits?: TypoLimitsResolvers<ContextType>;
  TypoReport?: TypoReportResolvers<ContextType>;
  TypoReportConnection?: TypoReportConnectionResolvers<ContextType>;
  TypoReportEdge?: TypoReportEdgeResolvers<ContextType>;
  UnlockStaffUserResult?: UnlockStaffUserResultResolvers<ContextType>;
  UnlockStaffUserSuccess?: UnlockStaffUserSuccessResolvers<ContextType>;
  UpdateArticleResult?: UpdateArticleResultResolvers<ContextType>;
  UpdateArticleSuccess?: UpdateArticleSuccessResolvers<ContextType>;
  UpdateMediaResult?: UpdateMediaResultResolvers<ContextType>;
  UpdateMediaSuccess?: UpdateMediaSuccessResolvers<ContextType>;
  UpdateSectionResult?: UpdateSectionResultResolvers<ContextType>;
  UpdateSectionSuccess?: UpdateSectionSuccessResolvers<ContextType>;
  UpdateStaffUserResult?: UpdateStaffUserResultResolvers<ContextType>;
  UpdateStaffUserSuccess?: UpdateStaffUserSuccessResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ValidationError?: ValidationErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
