export const publishingTypeDefs = /* GraphQL */ `
  extend type Article {
    "When the scheduler will publish this draft; null when it is not scheduled (editors only)."
    publishAt: DateTime @auth(requires: [EDITOR])
    "The draft's preview links, newest first, revoked and expired ones too (editors only)."
    previewLinks: [PreviewLink!]! @auth(requires: [EDITOR])
  }

  "Whether a preview link still works."
  enum PreviewLinkStatus {
    "It shows the draft."
    ACTIVE
    "An editor revoked it."
    REVOKED
    "Its seven days are over."
    EXPIRED
  }

  "A link that shows a draft to whoever holds it. The link itself is shown once, at creation."
  type PreviewLink implements Node {
    "The link's global id (for revoking it)."
    id: ID!
    "When it was made."
    createdAt: DateTime!
    "When it stops working."
    expiresAt: DateTime!
    "When it was revoked; null while not."
    revokedAt: DateTime
    "Whether it still works (it also stops once the article is published)."
    status: PreviewLinkStatus!
  }

  "Which draft and when it goes live."
  input ScheduleArticleInput {
    "The draft's global id."
    id: ID!
    "When to publish: in the future, at most 366 days ahead; null takes the schedule away."
    publishAt: DateTime
  }

  "The draft's schedule was set (or cleared)."
  type ScheduleArticleSuccess {
    "The draft, with its publishAt."
    article: Article!
  }

  "The result of scheduleArticle."
  union ScheduleArticleResult = ScheduleArticleSuccess | ValidationError | NotFound

  "Which draft to make a preview link for."
  input CreatePreviewLinkInput {
    "The draft's global id."
    articleId: ID!
  }

  "A new preview link."
  type CreatePreviewLinkSuccess {
    "The link to share: PUBLIC_URL/preview/<token>. Shown only now; only its digest is kept."
    url: String!
    "The link's record (for listing and revoking)."
    previewLink: PreviewLink!
  }

  "The result of createPreviewLink."
  union CreatePreviewLinkResult = CreatePreviewLinkSuccess | ValidationError | NotFound

  "Which preview link to revoke."
  input RevokePreviewLinkInput {
    "The link's global id."
    id: ID!
  }

  "The preview link no longer works."
  type RevokePreviewLinkSuccess {
    "The revoked link."
    previewLink: PreviewLink!
  }

  "The result of revokePreviewLink."
  union RevokePreviewLinkResult = RevokePreviewLinkSuccess | NotFound

  "A draft shown through a preview link."
  type ArticlePreview {
    "The draft, as readers will see it."
    article: Article!
    "When the link stops working."
    expiresAt: DateTime!
  }

  "Why a preview link shows nothing."
  enum PreviewUnavailableReason {
    "There is no such link (or its article is gone)."
    NOT_FOUND
    "An editor revoked it."
    REVOKED
    "Its seven days are over."
    EXPIRED
    "The article is published: read it at /article/<publishedSlug>."
    PUBLISHED
  }

  "A preview link that no longer works."
  type PreviewUnavailable {
    "Why."
    reason: PreviewUnavailableReason!
    "The live article's slug when the reason is PUBLISHED."
    publishedSlug: String
    "What to tell the visitor."
    message: String!
  }

  "The result of previewArticle."
  union PreviewArticleResult = ArticlePreview | PreviewUnavailable

  extend type Query {
    "The draft a preview link shows, to anyone holding the link's token; never cached."
    previewArticle("The token from /preview/<token>." token: String!): PreviewArticleResult! @cacheControl(maxAge: 0, scope: PRIVATE)
  }

  extend type Mutation {
    "Schedules a draft to be published at publishAt, or clears its schedule (editors only)."
    scheduleArticle(input: ScheduleArticleInput!): ScheduleArticleResult! @auth(requires: [EDITOR])
    "Makes a link that shows the draft to anyone holding it, for 7 days (editors only)."
    createPreviewLink(input: CreatePreviewLinkInput!): CreatePreviewLinkResult! @auth(requires: [EDITOR])
    "Makes a preview link stop working (editors only)."
    revokePreviewLink(input: RevokePreviewLinkInput!): RevokePreviewLinkResult! @auth(requires: [EDITOR])
  }
`;
