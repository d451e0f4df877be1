export const commentTypeDefs = /* GraphQL */ `
  "Where a comment stands in moderation."
  enum CommentStatus {
    "Held for a moderator; visible to its author only."
    PENDING
    "Public."
    APPROVED
    "Refused by a moderator."
    REJECTED
    "Removed by its author (shown as a placeholder while it has replies)."
    DELETED
  }

  "How to order an article's top-level comments."
  enum CommentOrder {
    "Oldest first (the default)."
    OLDEST
    "Newest first."
    NEWEST
    "The largest threads first."
    MOST_REPLIES
  }

  "A reader's comment on an article."
  type Comment implements Node @cacheControl(maxAge: 30) {
    "The opaque global id."
    id: ID!
    "The article commented on."
    article: Article!
    "The name the reader gave; empty for a deleted comment."
    authorName: String!
    "The text as the reader typed it (NFC); render it as text, never as HTML. Empty for a deleted comment."
    body: String!
    "Moderation status."
    status: CommentStatus!
    "When it was posted."
    createdAt: DateTime!
    "When its author last edited it."
    editedAt: DateTime
    "Until when its author may edit or delete it; null when the viewer is not its author or the time is over."
    editableUntil: DateTime @cacheControl(scope: PRIVATE)
    "True when the viewer (this reader) wrote it."
    isOwn: Boolean! @cacheControl(scope: PRIVATE)
    "The comment this one replies to; null for a top-level comment."
    parent: Comment
    "0 for a top-level comment, 1 for a reply to it, and so on."
    depth: Int!
    "The number of approved comments below this one in its thread."
    replyCount: Int!
    "The comments below this one, depth-first (each reply right after the comment it answers)."
    replies("At most 100." first: Int = 10, after: String): CommentConnection!
  }

  "Why a reader reports a comment to the moderators."
  enum CommentReportReason {
    "Advertising or repeated junk."
    SPAM
    "Insults, threats or hate."
    ABUSE
    "Nothing to do with the article."
    OFF_TOPIC
    "Something else that breaks the rules."
    OTHER
  }

  "How many of a comment's open reports give one reason."
  type CommentReportReasonCount {
    "The reason."
    reason: CommentReportReason!
    "How many readers gave it."
    count: Int!
  }

  extend type Comment {
    "Readers' reports a moderator has not yet dealt with (moderators and editors only)."
    reportCount: Int! @auth(requires: [EDITOR, MODERATOR])
    "Those reports counted by reason (moderators and editors only)."
    reportReasons: [CommentReportReasonCount!]! @auth(requires: [EDITOR, MODERATOR])
  }

  "A reader's report of a comment that breaks the rules."
  input ReportCommentInput {
    "The comment's global id."
    commentId: ID!
    "What is wrong with it."
    reason: CommentReportReason!
  }

  "The report is with the moderators (reporting the same comment again changes nothing)."
  type ReportCommentSuccess {
    "The reported comment."
    comment: Comment!
  }

  "The result of reportComment."
  union ReportCommentResult = ReportCommentSuccess | ValidationError | RateLimited | NotFound

  "A page of comments."
  type CommentConnection @cacheControl(inheritMaxAge: true) {
    "The comments of this page with their cursors."
    edges: [CommentEdge!]!
    "Where this page sits."
    pageInfo: PageInfo!
  }

  "A comment and its cursor."
  type CommentEdge @cacheControl(inheritMaxAge: true) {
    "Pass as after to get the comments that follow."
    cursor: String!
    "The comment."
    node: Comment!
  }

  "Comments on this article are closed."
  type CommentsClosed {
    "A human-readable explanation in the article's language."
    message: String!
  }

  "The comment can no longer be changed by its author."
  type EditWindowClosed {
    "A human-readable explanation in the article's language."
    message: String!
  }

  "A reader's new comment."
  input AddCommentInput {
    "The article's global id."
    articleId: ID!
    "The global id of the comment this one answers; omit for a top-level comment."
    parentId: ID
    "The reader's name, 1 to 80 characters."
    authorName: String!
    "The text, 1 to 2,000 characters after trimming; plain text."
    body: String!
    "Any string the client chooses; a retry with the same one returns the first result instead of posting twice."
    clientMutationId: String
  }

  "The comment was posted (it may be held for moderation: see its status)."
  type AddCommentSuccess {
    "The new comment."
    comment: Comment!
    "The clientMutationId of the input."
    clientMutationId: String
  }

  "The result of addComment."
  union AddCommentResult = AddCommentSuccess | ValidationError | RateLimited | CommentsClosed | NotFound

  "A new text for one's own comment."
  input EditCommentInput {
    "The comment's global id."
    commentId: ID!
    "The new text, 1 to 2,000 characters after trimming."
    body: String!
  }

  "The comment was changed."
  type EditCommentSuccess {
    "The changed comment."
    comment: Comment!
  }

  "The result of editComment."
  union EditCommentResult = EditCommentSuccess | ValidationError | EditWindowClosed | NotFound

  "Which of one's own comments to delete."
  input DeleteCommentInput {
    "The comment's global id."
    commentId: ID!
  }

  "The comment was deleted."
  type DeleteCommentSuccess {
    "The deleted comment (status DELETED)."
    comment: Comment!
  }

  "The result of deleteComment."
  union DeleteCommentResult = DeleteCommentSuccess | EditWindowClosed | NotFound

  "A moderator's decision."
  input ModerateCommentInput {
    "The comment's global id."
    commentId: ID!
    "APPROVED or REJECTED (or PENDING to hold it again)."
    status: CommentStatus!
  }

  "The comment's status changed."
  type ModerateCommentSuccess {
    "The moderated comment."
    comment: Comment!
  }

  "The result of moderateComment."
  union ModerateCommentResult = ModerateCommentSuccess | ValidationError | NotFound

  extend type Article {
    "Top-level comments: approved ones, plus this reader's own pending ones."
    comments("At most 100." first: Int = 20, after: String, orderBy: CommentOrder = OLDEST): CommentConnection!
      @cacheControl(scope: PRIVATE)
  }

  extend type Query {
    "Comments by moderation status, oldest first (moderators and editors only)."
    moderationQueue(status: CommentStatus = PENDING, "At most 100." first: Int = 20, after: String): CommentConnection!
      @auth(requires: [EDITOR, MODERATOR])
    "Approved comments that readers reported, the earliest reported first (moderators and editors only)."
    reportedComments("At most 100." first: Int = 20, after: String): CommentConnection! @auth(requires: [EDITOR, MODERATOR])
  }

  extend type Mutation {
    "Posts a comment or a reply as this reader."
    addComment(input: AddCommentInput!): AddCommentResult!
    "Changes one's own comment within the edit window."
    editComment(input: EditCommentInput!): EditCommentResult!
    "Deletes one's own comment within the edit window."
    deleteComment(input: DeleteCommentInput!): DeleteCommentResult!
    "Approves or rejects a comment (moderators and editors only)."
    moderateComment(input: ModerateCommentInput!): ModerateCommentResult! @auth(requires: [EDITOR, MODERATOR])
    "Reports someone else's approved comment to the moderators, once per reader; 20 reports an hour per reader."
    reportComment(input: ReportCommentInput!): ReportCommentResult!
  }

  extend type Subscription {
    "Each newly visible approved comment on the article, on any server process."
    commentAdded("The article's global id." articleId: ID!): Comment!
    "Each comment that starts waiting for a moderator, held or reported, on any server process (moderators and editors only)."
    commentQueued: Comment! @auth(requires: [EDITOR, MODERATOR])
  }
`;
