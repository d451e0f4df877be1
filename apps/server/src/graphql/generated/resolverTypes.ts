import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ArticleRow, CommentRow, TypoReportRow, UserRow, ArticleRevisionRow, ApiTokenRow } from '@newsroom/db/schema';
import type { SectionModel, TagModel } from '../../modules/sections/localizedNames';
import type { RatingSummaryModel } from '../../modules/ratings/ratingSummary';
import type { ViewerModel } from '../../modules/auth/authenticate';
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
  /** The opaque global id. */
  id: Scalars['ID']['output'];
  /** The picture and its caption, if any. */
  image?: Maybe<Image>;
  /** The language the article is written in. */
  language: Language;
  /** The standfirst: one paragraph under the headline. */
  lead: Scalars['String']['output'];
  /** When the article was published; null for drafts. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Readers' ratings of the article. */
  rating: RatingSummary;
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

/** A saved version of an article. */
export type ArticleRevision = {
  __typename?: 'ArticleRevision';
  /** The body then (CommonMark). */
  body: Scalars['String']['output'];
  /** The correction note given with this change, if any. */
  correctionNote?: Maybe<Scalars['String']['output']>;
  /** When this version was saved. */
  createdAt: Scalars['DateTime']['output'];
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

/** A picture with its caption. */
export type Image = {
  __typename?: 'Image';
  /** The caption under the picture; also its alternative text. */
  caption?: Maybe<Scalars['String']['output']>;
  /** Where the picture is served from (same site). */
  url: Scalars['String']['output'];
};

/** The login or the password is wrong (which one is not said). */
export type InvalidCredentials = {
  __typename?: 'InvalidCredentials';
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
};

/** The language an article is written in; the page's interface strings follow it. */
export type Language =
  /** English */
  | 'EN'
  /** Russian */
  | 'RU';

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
  /** Creates a section (administrators only). */
  createSection: CreateSectionResult;
  /** Deletes an article for good, with its comments, ratings and reports. */
  deleteArticle: DeleteArticleResult;
  /** Deletes one's own comment within the edit window. */
  deleteComment: DeleteCommentResult;
  /** Changes one's own comment within the edit window. */
  editComment: EditCommentResult;
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
  /** Changes a tag's slug or names (editors only); the old slug redirects to the new one. */
  renameTag: RenameTagResult;
  /** Puts every section in a new navigation order at once (administrators only). */
  reorderSections: ReorderSectionsResult;
  /** Reports someone else's approved comment to the moderators, once per reader; 20 reports an hour per reader. */
  reportComment: ReportCommentResult;
  /** Reports a spelling error in an article as this reader. */
  reportTypo: ReportTypoResult;
  /** Marks a report fixed or dismissed (editors and moderators only). */
  resolveTypoReport: ResolveTypoReportResult;
  /** Brings an archived section back into use (administrators only). */
  restoreSection: UpdateSectionResult;
  /** Revokes one of one's own API tokens. */
  revokeApiToken: RevokeApiTokenResult;
  /** Signs in with login and password; sets an HttpOnly session cookie. */
  signIn: SignInResult;
  /** Signs out: revokes this session and clears its cookie. */
  signOut: SignOutSuccess;
  /** Takes a published article back to draft; its address is kept for when it returns. */
  unpublishArticle: PublishArticleResult;
  /** Changes an article (editors only). Open typo reports whose text is gone close as FIXED. */
  updateArticle: UpdateArticleResult;
  /** Changes a section's slug, names, premoderation or place (administrators only). */
  updateSection: UpdateSectionResult;
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


export type MutationCreateSectionArgs = {
  input: CreateSectionInput;
};


export type MutationDeleteArticleArgs = {
  input: ArticleIdInput;
};


export type MutationDeleteCommentArgs = {
  input: DeleteCommentInput;
};


export type MutationEditCommentArgs = {
  input: EditCommentInput;
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


export type MutationResolveTypoReportArgs = {
  input: ResolveTypoReportInput;
};


export type MutationRestoreSectionArgs = {
  input: SectionIdInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationUnpublishArticleArgs = {
  input: ArticleIdInput;
};


export type MutationUpdateArticleArgs = {
  input: UpdateArticleInput;
};


export type MutationUpdateSectionArgs = {
  input: UpdateSectionInput;
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

/** The result of publishArticle and unpublishArticle. */
export type PublishArticleResult = NotFound | PublishArticleSuccess;

/** The article's status changed. */
export type PublishArticleSuccess = {
  __typename?: 'PublishArticleSuccess';
  /** The article. */
  article: Article;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in person's API tokens. */
  apiTokens: Array<ApiToken>;
  /** A published article by its slug; null when there is none. */
  article?: Maybe<Article>;
  /** Published articles, newest first, optionally in one section or with one tag. */
  articles: ArticleConnection;
  /** Every article, drafts too, most recently changed first, optionally filtered (editors only). */
  deskArticles: ArticleConnection;
  /** Every section in navigation order, archived ones too, for the desk. */
  deskSections: Array<Section>;
  /** Comments by moderation status, oldest first (moderators and editors only). */
  moderationQueue: CommentConnection;
  /** Fetches any object by its global id; null when none exists. */
  node?: Maybe<Node>;
  /** Renders CommonMark exactly as article pages do, for the desk's preview (editors only). */
  previewMarkdown: Scalars['String']['output'];
  /** Approved comments that readers reported, the earliest reported first (moderators and editors only). */
  reportedComments: CommentConnection;
  /** A section by slug, archived ones too; null when there is none. */
  section?: Maybe<Section>;
  /** The sections in the navigation, in order (archived ones are left out). */
  sections: Array<Section>;
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
  section?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDeskArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ArticleStatus>;
};


export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CommentStatus>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPreviewMarkdownArgs = {
  body: Scalars['String']['input'];
};


export type QueryReportedCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
};


/** A section of the site, such as News or Science. */
export type SectionNameArgs = {
  language?: InputMaybe<Language>;
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
};


/** A topic that links articles across sections. */
export type TagNameArgs = {
  language?: InputMaybe<Language>;
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

/** What an editor changes in an article; omitted fields stay as they are. */
export type UpdateArticleInput = {
  /** The author's name. */
  author?: InputMaybe<Scalars['String']['input']>;
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

/** A member of the newsroom: an editor or a moderator. */
export type User = {
  __typename?: 'User';
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
  EditCommentResult:
    | ( Omit<EditCommentSuccess, 'comment'> & { comment: _RefType['Comment'] } )
    | ( EditWindowClosed )
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
  ResolveTypoReportResult:
    | ( NotFound )
    | ( Omit<ResolveTypoReportSuccess, 'report'> & { report: _RefType['TypoReport'] } )
    | ( ValidationError )
  ;
  RevokeApiTokenResult:
    | ( NotFound )
    | ( Omit<RevokeApiTokenSuccess, 'apiToken'> & { apiToken: _RefType['ApiToken'] } )
  ;
  SignInResult:
    | ( AccountLocked )
    | ( InvalidCredentials )
    | ( Omit<SignInSuccess, 'viewer'> & { viewer: _RefType['Viewer'] } )
  ;
  UpdateArticleResult:
    | ( NotFound )
    | ( Omit<UpdateArticleSuccess, 'article'> & { article: _RefType['Article'] } )
    | ( ValidationError )
  ;
  UpdateSectionResult:
    | ( NotFound )
    | ( Omit<UpdateSectionSuccess, 'section'> & { section: _RefType['Section'] } )
    | ( ValidationError )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ArticleRow )
    | ( CommentRow )
    | ( SectionModel )
    | ( TagModel )
    | ( TypoReportRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountLocked: ResolverTypeWrapper<AccountLocked>;
  AddCommentInput: AddCommentInput;
  AddCommentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddCommentResult']>;
  AddCommentSuccess: ResolverTypeWrapper<Omit<AddCommentSuccess, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  ApiToken: ResolverTypeWrapper<ApiTokenRow>;
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleIdInput: ArticleIdInput;
  ArticleRevision: ResolverTypeWrapper<ArticleRevisionRow>;
  ArticleStatus: ArticleStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CacheControlScope: CacheControlScope;
  ClearRatingInput: ClearRatingInput;
  ClearRatingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ClearRatingResult']>;
  ClearRatingSuccess: ResolverTypeWrapper<Omit<ClearRatingSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  Comment: ResolverTypeWrapper<CommentRow>;
  CommentConnection: ResolverTypeWrapper<Omit<CommentConnection, 'edges'> & { edges: Array<ResolversTypes['CommentEdge']> }>;
  CommentEdge: ResolverTypeWrapper<Omit<CommentEdge, 'node'> & { node: ResolversTypes['Comment'] }>;
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
  CreateSectionInput: CreateSectionInput;
  CreateSectionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateSectionResult']>;
  CreateSectionSuccess: ResolverTypeWrapper<Omit<CreateSectionSuccess, 'section'> & { section: ResolversTypes['Section'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DeleteArticleResult']>;
  DeleteArticleSuccess: ResolverTypeWrapper<DeleteArticleSuccess>;
  DeleteCommentInput: DeleteCommentInput;
  DeleteCommentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DeleteCommentResult']>;
  DeleteCommentSuccess: ResolverTypeWrapper<Omit<DeleteCommentSuccess, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  EditCommentInput: EditCommentInput;
  EditCommentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EditCommentResult']>;
  EditCommentSuccess: ResolverTypeWrapper<Omit<EditCommentSuccess, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  EditWindowClosed: ResolverTypeWrapper<EditWindowClosed>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Image: ResolverTypeWrapper<Image>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InvalidCredentials: ResolverTypeWrapper<InvalidCredentials>;
  Language: Language;
  LocalizedName: ResolverTypeWrapper<LocalizedName>;
  LocalizedNameInput: LocalizedNameInput;
  MergeTagsInput: MergeTagsInput;
  MergeTagsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MergeTagsResult']>;
  MergeTagsSuccess: ResolverTypeWrapper<Omit<MergeTagsSuccess, 'tag'> & { tag: ResolversTypes['Tag'] }>;
  ModerateCommentInput: ModerateCommentInput;
  ModerateCommentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ModerateCommentResult']>;
  ModerateCommentSuccess: ResolverTypeWrapper<Omit<ModerateCommentSuccess, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NotFound: ResolverTypeWrapper<NotFound>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublishArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PublishArticleResult']>;
  PublishArticleSuccess: ResolverTypeWrapper<Omit<PublishArticleSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateArticleInput: RateArticleInput;
  RateArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RateArticleResult']>;
  RateArticleSuccess: ResolverTypeWrapper<Omit<RateArticleSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  RateLimited: ResolverTypeWrapper<RateLimited>;
  RatingSummary: ResolverTypeWrapper<RatingSummaryModel>;
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
  ResolveTypoReportInput: ResolveTypoReportInput;
  ResolveTypoReportResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ResolveTypoReportResult']>;
  ResolveTypoReportSuccess: ResolverTypeWrapper<Omit<ResolveTypoReportSuccess, 'report'> & { report: ResolversTypes['TypoReport'] }>;
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RevokeApiTokenResult']>;
  RevokeApiTokenSuccess: ResolverTypeWrapper<Omit<RevokeApiTokenSuccess, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  Section: ResolverTypeWrapper<SectionModel>;
  SectionIdInput: SectionIdInput;
  SignInInput: SignInInput;
  SignInResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SignInResult']>;
  SignInSuccess: ResolverTypeWrapper<Omit<SignInSuccess, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  SignOutSuccess: ResolverTypeWrapper<Omit<SignOutSuccess, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tag: ResolverTypeWrapper<TagModel>;
  TypoReport: ResolverTypeWrapper<TypoReportRow>;
  TypoReportConnection: ResolverTypeWrapper<Omit<TypoReportConnection, 'edges'> & { edges: Array<ResolversTypes['TypoReportEdge']> }>;
  TypoReportEdge: ResolverTypeWrapper<Omit<TypoReportEdge, 'node'> & { node: ResolversTypes['TypoReport'] }>;
  TypoReportStatus: TypoReportStatus;
  UpdateArticleInput: UpdateArticleInput;
  UpdateArticleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateArticleResult']>;
  UpdateArticleSuccess: ResolverTypeWrapper<Omit<UpdateArticleSuccess, 'article'> & { article: ResolversTypes['Article'] }>;
  UpdateSectionInput: UpdateSectionInput;
  UpdateSectionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateSectionResult']>;
  UpdateSectionSuccess: ResolverTypeWrapper<Omit<UpdateSectionSuccess, 'section'> & { section: ResolversTypes['Section'] }>;
  User: ResolverTypeWrapper<UserRow>;
  ValidationError: ResolverTypeWrapper<ValidationError>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  ViewerRole: ViewerRole;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountLocked: AccountLocked;
  AddCommentInput: AddCommentInput;
  AddCommentResult: ResolversUnionTypes<ResolversParentTypes>['AddCommentResult'];
  AddCommentSuccess: Omit<AddCommentSuccess, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  ApiToken: ApiTokenRow;
  Article: ArticleRow;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleIdInput: ArticleIdInput;
  ArticleRevision: ArticleRevisionRow;
  Boolean: Scalars['Boolean']['output'];
  ClearRatingInput: ClearRatingInput;
  ClearRatingResult: ResolversUnionTypes<ResolversParentTypes>['ClearRatingResult'];
  ClearRatingSuccess: Omit<ClearRatingSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  Comment: CommentRow;
  CommentConnection: Omit<CommentConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommentEdge']> };
  CommentEdge: Omit<CommentEdge, 'node'> & { node: ResolversParentTypes['Comment'] };
  CommentReportReasonCount: CommentReportReasonCount;
  CommentsClosed: CommentsClosed;
  Correction: Correction;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenResult: ResolversUnionTypes<ResolversParentTypes>['CreateApiTokenResult'];
  CreateApiTokenSuccess: Omit<CreateApiTokenSuccess, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  CreateArticleInput: CreateArticleInput;
  CreateArticleResult: ResolversUnionTypes<ResolversParentTypes>['CreateArticleResult'];
  CreateArticleSuccess: Omit<CreateArticleSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  CreateSectionInput: CreateSectionInput;
  CreateSectionResult: ResolversUnionTypes<ResolversParentTypes>['CreateSectionResult'];
  CreateSectionSuccess: Omit<CreateSectionSuccess, 'section'> & { section: ResolversParentTypes['Section'] };
  DateTime: Scalars['DateTime']['output'];
  DeleteArticleResult: ResolversUnionTypes<ResolversParentTypes>['DeleteArticleResult'];
  DeleteArticleSuccess: DeleteArticleSuccess;
  DeleteCommentInput: DeleteCommentInput;
  DeleteCommentResult: ResolversUnionTypes<ResolversParentTypes>['DeleteCommentResult'];
  DeleteCommentSuccess: Omit<DeleteCommentSuccess, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  EditCommentInput: EditCommentInput;
  EditCommentResult: ResolversUnionTypes<ResolversParentTypes>['EditCommentResult'];
  EditCommentSuccess: Omit<EditCommentSuccess, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  EditWindowClosed: EditWindowClosed;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Image: Image;
  Int: Scalars['Int']['output'];
  InvalidCredentials: InvalidCredentials;
  LocalizedName: LocalizedName;
  LocalizedNameInput: LocalizedNameInput;
  MergeTagsInput: MergeTagsInput;
  MergeTagsResult: ResolversUnionTypes<ResolversParentTypes>['MergeTagsResult'];
  MergeTagsSuccess: Omit<MergeTagsSuccess, 'tag'> & { tag: ResolversParentTypes['Tag'] };
  ModerateCommentInput: ModerateCommentInput;
  ModerateCommentResult: ResolversUnionTypes<ResolversParentTypes>['ModerateCommentResult'];
  ModerateCommentSuccess: Omit<ModerateCommentSuccess, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NotFound: NotFound;
  PageInfo: PageInfo;
  PublishArticleResult: ResolversUnionTypes<ResolversParentTypes>['PublishArticleResult'];
  PublishArticleSuccess: Omit<PublishArticleSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  Query: Record<PropertyKey, never>;
  RateArticleInput: RateArticleInput;
  RateArticleResult: ResolversUnionTypes<ResolversParentTypes>['RateArticleResult'];
  RateArticleSuccess: Omit<RateArticleSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  RateLimited: RateLimited;
  RatingSummary: RatingSummaryModel;
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
  ResolveTypoReportInput: ResolveTypoReportInput;
  ResolveTypoReportResult: ResolversUnionTypes<ResolversParentTypes>['ResolveTypoReportResult'];
  ResolveTypoReportSuccess: Omit<ResolveTypoReportSuccess, 'report'> & { report: ResolversParentTypes['TypoReport'] };
  RevokeApiTokenInput: RevokeApiTokenInput;
  RevokeApiTokenResult: ResolversUnionTypes<ResolversParentTypes>['RevokeApiTokenResult'];
  RevokeApiTokenSuccess: Omit<RevokeApiTokenSuccess, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  Section: SectionModel;
  SectionIdInput: SectionIdInput;
  SignInInput: SignInInput;
  SignInResult: ResolversUnionTypes<ResolversParentTypes>['SignInResult'];
  SignInSuccess: Omit<SignInSuccess, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  SignOutSuccess: Omit<SignOutSuccess, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Tag: TagModel;
  TypoReport: TypoReportRow;
  TypoReportConnection: Omit<TypoReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['TypoReportEdge']> };
  TypoReportEdge: Omit<TypoReportEdge, 'node'> & { node: ResolversParentTypes['TypoReport'] };
  UpdateArticleInput: UpdateArticleInput;
  UpdateArticleResult: ResolversUnionTypes<ResolversParentTypes>['UpdateArticleResult'];
  UpdateArticleSuccess: Omit<UpdateArticleSuccess, 'article'> & { article: ResolversParentTypes['Article'] };
  UpdateSectionInput: UpdateSectionInput;
  UpdateSectionResult: ResolversUnionTypes<ResolversParentTypes>['UpdateSectionResult'];
  UpdateSectionSuccess: Omit<UpdateSectionSuccess, 'section'> & { section: ResolversParentTypes['Section'] };
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
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<ArticleCommentsArgs, 'first' | 'orderBy'>>;
  corrections?: Resolver<Array<ResolversTypes['Correction']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['RatingSummary'], ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<ArticleRelatedArgs, 'first'>>;
  revisions?: Resolver<Array<ResolversTypes['ArticleRevision']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ArticleStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type ArticleRevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleRevision'] = ResolversParentTypes['ArticleRevision']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correctionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InvalidCredentialsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvalidCredentials'] = ResolversParentTypes['InvalidCredentials']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LocalizedNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedName'] = ResolversParentTypes['LocalizedName']> = {
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  createSection?: Resolver<ResolversTypes['CreateSectionResult'], ParentType, ContextType, RequireFields<MutationCreateSectionArgs, 'input'>>;
  deleteArticle?: Resolver<ResolversTypes['DeleteArticleResult'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'input'>>;
  deleteComment?: Resolver<ResolversTypes['DeleteCommentResult'], ParentType, ContextType, RequireFields<MutationDeleteCommentArgs, 'input'>>;
  editComment?: Resolver<ResolversTypes['EditCommentResult'], ParentType, ContextType, RequireFields<MutationEditCommentArgs, 'input'>>;
  mergeTags?: Resolver<ResolversTypes['MergeTagsResult'], ParentType, ContextType, RequireFields<MutationMergeTagsArgs, 'input'>>;
  moderateComment?: Resolver<ResolversTypes['ModerateCommentResult'], ParentType, ContextType, RequireFields<MutationModerateCommentArgs, 'input'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishArticle?: Resolver<ResolversTypes['PublishArticleResult'], ParentType, ContextType, RequireFields<MutationPublishArticleArgs, 'input'>>;
  rateArticle?: Resolver<ResolversTypes['RateArticleResult'], ParentType, ContextType, RequireFields<MutationRateArticleArgs, 'input'>>;
  renameTag?: Resolver<ResolversTypes['RenameTagResult'], ParentType, ContextType, RequireFields<MutationRenameTagArgs, 'input'>>;
  reorderSections?: Resolver<ResolversTypes['ReorderSectionsResult'], ParentType, ContextType, RequireFields<MutationReorderSectionsArgs, 'input'>>;
  reportComment?: Resolver<ResolversTypes['ReportCommentResult'], ParentType, ContextType, RequireFields<MutationReportCommentArgs, 'input'>>;
  reportTypo?: Resolver<ResolversTypes['ReportTypoResult'], ParentType, ContextType, RequireFields<MutationReportTypoArgs, 'input'>>;
  resolveTypoReport?: Resolver<ResolversTypes['ResolveTypoReportResult'], ParentType, ContextType, RequireFields<MutationResolveTypoReportArgs, 'input'>>;
  restoreSection?: Resolver<ResolversTypes['UpdateSectionResult'], ParentType, ContextType, RequireFields<MutationRestoreSectionArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenResult'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['SignOutSuccess'], ParentType, ContextType>;
  unpublishArticle?: Resolver<ResolversTypes['PublishArticleResult'], ParentType, ContextType, RequireFields<MutationUnpublishArticleArgs, 'input'>>;
  updateArticle?: Resolver<ResolversTypes['UpdateArticleResult'], ParentType, ContextType, RequireFields<MutationUpdateArticleArgs, 'input'>>;
  updateSection?: Resolver<ResolversTypes['UpdateSectionResult'], ParentType, ContextType, RequireFields<MutationUpdateSectionArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Comment' | 'Section' | 'Tag' | 'TypoReport', ParentType, ContextType>;
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

export type PublishArticleResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishArticleResult'] = ResolversParentTypes['PublishArticleResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'PublishArticleSuccess', ParentType, ContextType>;
};

export type PublishArticleSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishArticleSuccess'] = ResolversParentTypes['PublishArticleSuccess']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'slug'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  deskArticles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryDeskArticlesArgs, 'first'>>;
  deskSections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  moderationQueue?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<QueryModerationQueueArgs, 'first' | 'status'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  previewMarkdown?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryPreviewMarkdownArgs, 'body'>>;
  reportedComments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<QueryReportedCommentsArgs, 'first'>>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType, RequireFields<QuerySectionArgs, 'slug'>>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
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

export type RatingSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingSummary'] = ResolversParentTypes['RatingSummary']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distribution?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  viewerScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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

export type UpdateArticleResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateArticleResult'] = ResolversParentTypes['UpdateArticleResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'UpdateArticleSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type UpdateArticleSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateArticleSuccess'] = ResolversParentTypes['UpdateArticleSuccess']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UpdateSectionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateSectionResult'] = ResolversParentTypes['UpdateSectionResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'UpdateSectionSuccess' | 'ValidationError', ParentType, ContextType>;
};

export type UpdateSectionSuccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateSectionSuccess'] = ResolversParentTypes['UpdateSectionSuccess']> = {
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
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
  AccountLocked?: AccountLockedResolvers<ContextType>;
  AddCommentResult?: AddCommentResultResolvers<ContextType>;
  AddCommentSuccess?: AddCommentSuccessResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleRevision?: ArticleRevisionResolvers<ContextType>;
  ClearRatingResult?: ClearRatingResultResolvers<ContextType>;
  ClearRatingSuccess?: ClearRatingSuccessResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentEdge?: CommentEdgeResolvers<ContextType>;
  CommentReportReasonCount?: CommentReportReasonCountResolvers<ContextType>;
  CommentsClosed?: CommentsClosedResolvers<ContextType>;
  Correction?: CorrectionResolvers<ContextType>;
  CreateApiTokenResult?: CreateApiTokenResultResolvers<ContextType>;
  CreateApiTokenSuccess?: CreateApiTokenSuccessResolvers<ContextType>;
  CreateArticleResult?: CreateArticleResultResolvers<ContextType>;
  CreateArticleSuccess?: CreateArticleSuccessResolvers<ContextType>;
  CreateSectionResult?: CreateSectionResultResolvers<ContextType>;
  CreateSectionSuccess?: CreateSectionSuccessResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteArticleResult?: DeleteArticleResultResolvers<ContextType>;
  DeleteArticleSuccess?: DeleteArticleSuccessResolvers<ContextType>;
  DeleteCommentResult?: DeleteCommentResultResolvers<ContextType>;
  DeleteCommentSuccess?: DeleteCommentSuccessResolvers<ContextType>;
  EditCommentResult?: EditCommentResultResolvers<ContextType>;
  EditCommentSuccess?: EditCommentSuccessResolvers<ContextType>;
  EditWindowClosed?: EditWindowClosedResolvers<ContextType>;
  Image?: ImageResolvers<ContextType>;
  InvalidCredentials?: InvalidCredentialsResolvers<ContextType>;
  LocalizedName?: LocalizedNameResolvers<ContextType>;
  MergeTagsResult?: MergeTagsResultResolvers<ContextType>;
  MergeTagsSuccess?: MergeTagsSuccessResolvers<ContextType>;
  ModerateCommentResult?: ModerateCommentResultResolvers<ContextType>;
  ModerateCommentSuccess?: ModerateCommentSuccessResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PublishArticleResult?: PublishArticleResultResolvers<ContextType>;
  PublishArticleSuccess?: PublishArticleSuccessResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateArticleResult?: RateArticleResultResolvers<ContextType>;
  RateArticleSuccess?: RateArticleSuccessResolvers<ContextType>;
  RateLimited?: RateLimitedResolvers<ContextType>;
  RatingSummary?: RatingSummaryResolvers<ContextType>;
  RenameTagResult?: RenameTagResultResolvers<ContextType>;
  RenameTagSuccess?: RenameTagSuccessResolvers<ContextType>;
  ReorderSectionsResult?: ReorderSectionsResultResolvers<ContextType>;
  ReorderSectionsSuccess?: ReorderSectionsSuccessResolvers<ContextType>;
  ReportCommentResult?: ReportCommentResultResolvers<ContextType>;
  ReportCommentSuccess?: ReportCommentSuccessResolvers<ContextType>;
  ReportTypoResult?: ReportTypoResultResolvers<ContextType>;
  ReportTypoSuccess?: ReportTypoSuccessResolvers<ContextType>;
  ResolveTypoReportResult?: ResolveTypoReportResultResolvers<ContextType>;
  ResolveTypoReportSuccess?: ResolveTypoReportSuccessResolvers<ContextType>;
  RevokeApiTokenResult?: RevokeApiTokenResultResolvers<ContextType>;
  RevokeApiTokenSuccess?: RevokeApiTokenSuccessResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  SignInSuccess?: SignInSuccessResolvers<ContextType>;
  SignOutSuccess?: SignOutSuccessResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TypoReport?: TypoReportResolvers<ContextType>;
  TypoReportConnection?: TypoReportConnectionResolvers<ContextType>;
  TypoReportEdge?: TypoReportEdgeResolvers<ContextType>;
  UpdateArticleResult?: UpdateArticleResultResolvers<ContextType>;
  UpdateArticleSuccess?: UpdateArticleSuccessResolvers<ContextType>;
  UpdateSectionResult?: UpdateSectionResultResolvers<ContextType>;
  UpdateSectionSuccess?: UpdateSectionSuccessResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ValidationError?: ValidationErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
