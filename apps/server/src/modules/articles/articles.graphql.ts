export const articleTypeDefs = /* GraphQL */ `
  "Whether readers can see an article."
  enum ArticleStatus {
    "Being written; visible to editors only."
    DRAFT
    "Public."
    PUBLISHED
  }

  "A picture with its caption: the library picture's largest JPEG, or a legacy picture URL."
  type Image @cacheControl(inheritMaxAge: true) {
    "Where the picture is served from (same site, or https)."
    url: String!
    "The caption under the picture: the library picture's, or else the article's own imageCaption."
    caption: String
    "Alternative text for people who cannot see the picture; empty for a legacy picture URL, whose caption describes it."
    alt: String!
  }

  "A news article."
  type Article implements Node @cacheControl(maxAge: 60) {
    "The opaque global id."
    id: ID!
    "The unique, URL-safe name of the article; its page is /article/<slug>."
    slug: String!
    "The headline."
    title: String!
    "The standfirst: one paragraph under the headline."
    lead: String!
    "The body as CommonMark source."
    body: String!
    "The body rendered from CommonMark to HTML; raw HTML in the source is escaped, never rendered."
    bodyHtml: String!
    "The language the article is written in."
    language: Language!
    "Draft or published."
    status: ArticleStatus!
    "When the article was published; null for drafts."
    publishedAt: DateTime
    "When the article last changed."
    updatedAt: DateTime!
    "The section the article belongs to."
    section: Section!
    "The agency or outlet the story comes from."
    source: String
    "The author's name; when null, show the source instead."
    author: String
    "The picture and its caption, if any: the library picture when there is one, else the legacy picture URL."
    image: Image
    "The lead picture from the media library, with its variants; null when none is chosen."
    picture: Media
    "The article's tags, in the editor's order."
    tags: [Tag!]!
    "Readers' ratings of the article."
    rating: RatingSummary!
    "The number of approved comments."
    commentCount: Int!
    "Minutes an adult takes to read the body, rounded up (200 words a minute); 0 for an empty body."
    readingMinutes: Int!
    "Corrections made after publication, oldest first: shown to readers as Corrected <date>."
    corrections: [Correction!]!
    "Every saved version since publication, oldest first, for the desk's diff (editors only)."
    revisions: [ArticleRevision!]! @auth(requires: [EDITOR])
    "Published articles sharing the most tags with this one, newest first among equals."
    related("0 to 12." first: Int = 5): [Article!]!
    "The same story in the other languages, published ones only, by language: the page's “Read in English” link and hreflang alternates."
    translations: [Article!]!
    "Every linked translation, drafts too, by language, for the desk (editors only)."
    deskTranslations: [Article!]! @auth(requires: [EDITOR])
  }

  "A correction of a published article."
  type Correction @cacheControl(inheritMaxAge: true) {
    "When it was corrected."
    correctedAt: DateTime!
    "What was corrected, as the editor put it."
    note: String!
  }

  "A saved version of an article."
  type ArticleRevision {
    "When this version was saved."
    createdAt: DateTime!
    "The headline then."
    title: String!
    "The standfirst then."
    lead: String!
    "The body then (CommonMark)."
    body: String!
    "The correction note given with this change, if any."
    correctionNote: String
    "Who saved this version; null for the version before the first change and for EDITOR_TOKEN (automation)."
    editor: User
  }

  "A page of articles."
  type ArticleConnection @cacheControl(inheritMaxAge: true) {
    "The articles of this page with their cursors."
    edges: [ArticleEdge!]!
    "Where this page sits."
    pageInfo: PageInfo!
  }

  "An article and its cursor."
  type ArticleEdge @cacheControl(inheritMaxAge: true) {
    "Pass as after to get the articles that follow this one."
    cursor: String!
    "The article."
    node: Article!
  }

  extend type Query {
    "Renders CommonMark exactly as article pages do, for the desk's preview (editors only)."
    previewMarkdown("CommonMark source, up to 100,000 characters." body: String!): String! @auth(requires: [EDITOR])
    "Every article, drafts too, most recently changed first, optionally filtered (editors only)."
    deskArticles(
      status: ArticleStatus
      "Words in the title."
      search: String
      "At most 100."
      first: Int = 20
      after: String
    ): ArticleConnection! @auth(requires: [EDITOR])
    "A published article by its slug; null when there is none."
    article(slug: String!): Article
    "Published articles, newest first, optionally in one section or with one tag."
    articles(
      "How many articles, 0 to 100."
      first: Int = 20
      "The endCursor of the previous page."
      after: String
      "A section slug."
      section: String
      "A tag slug."
      tag: String
      "Only articles in this language (an edition's page); every language when left out."
      language: Language
    ): ArticleConnection! @cacheControl(maxAge: 60)
  }

  "What an editor writes when creating an article."
  input CreateArticleInput {
    "The headline, 1 to 300 characters."
    title: String!
    "The URL name; generated from the title when omitted."
    slug: String
    "The slug of an existing section."
    section: String!
    "The article's language."
    language: Language = EN
    "The standfirst, up to 1,000 characters."
    lead: String!
    "The body as CommonMark, up to 100,000 characters."
    body: String!
    "A same-site picture URL (starting with /) or an https URL."
    imageUrl: String
    "The picture's caption."
    imageCaption: String
    "The lead picture: a Media global id from the library (wins over imageUrl)."
    mediaId: ID
    "The agency or outlet."
    source: String
    "The author's name."
    author: String
    "Tag names; unknown ones are created."
    tags: [String!] = []
    "Publish at once instead of saving a draft."
    publish: Boolean = false
  }

  "The article was created."
  type CreateArticleSuccess {
    "The new article."
    article: Article!
  }

  "The result of createArticle."
  union CreateArticleResult = CreateArticleSuccess | ValidationError

  "Which article."
  input ArticleIdInput {
    "The article's global id."
    id: ID!
  }

  "The article's status changed."
  type PublishArticleSuccess {
    "The article."
    article: Article!
  }

  "The result of publishArticle and unpublishArticle."
  union PublishArticleResult = PublishArticleSuccess | NotFound

  "The article is gone, with its comments, ratings and reports."
  type DeleteArticleSuccess {
    "The global id the article had."
    deletedId: ID!
  }

  "The result of deleteArticle."
  union DeleteArticleResult = DeleteArticleSuccess | NotFound

  "What an editor changes in an article; omitted fields stay as they are."
  input UpdateArticleInput {
    "The article's global id."
    id: ID!
    "The headline, 1 to 300 characters."
    title: String
    "A new URL name; drafts only (a published article's address never changes)."
    slug: String
    "The slug of another section."
    section: String
    "The standfirst, up to 1,000 characters."
    lead: String
    "The body as CommonMark, up to 100,000 characters."
    body: String
    "A same-site picture URL (starting with /) or an https URL."
    imageUrl: String
    "The picture's caption."
    imageCaption: String
    "The lead picture: a Media global id from the library; null removes it."
    mediaId: ID
    "The agency or outlet."
    source: String
    "The author's name."
    author: String
    "The full list of tag names (replaces the current tags)."
    tags: [String!]
    "For a published article: what was corrected, shown to readers with the date."
    correctionNote: String
  }

  "The article was changed; a published article's change is kept as a revision."
  type UpdateArticleSuccess {
    "The changed article."
    article: Article!
  }

  "The result of updateArticle."
  union UpdateArticleResult = UpdateArticleSuccess | ValidationError | NotFound

  "Which two articles are translations of each other."
  input LinkTranslationInput {
    "The article's global id."
    articleId: ID!
    "The global id of its translation: another article, in another language, with no other translation in the article's language."
    translationId: ID!
  }

  "The articles are linked as translations (or unlinked)."
  type LinkTranslationSuccess {
    "The article, with its translations as they are now."
    article: Article!
  }

  "The result of linkTranslation and unlinkTranslation."
  union LinkTranslationResult = LinkTranslationSuccess | ValidationError | NotFound

  extend type Mutation {
    "Creates an article (editors only)."
    createArticle(input: CreateArticleInput!): CreateArticleResult! @auth(requires: [EDITOR])
    "Changes an article (editors only). Open typo reports whose text is gone close as FIXED."
    updateArticle(input: UpdateArticleInput!): UpdateArticleResult! @auth(requires: [EDITOR])
    "Publishes a draft now."
    publishArticle(input: ArticleIdInput!): PublishArticleResult! @auth(requires: [EDITOR])
    "Takes a published article back to draft; its address is kept for when it returns."
    unpublishArticle(input: ArticleIdInput!): PublishArticleResult! @auth(requires: [EDITOR])
    "Deletes an article for good, with its comments, ratings and reports."
    deleteArticle(input: ArticleIdInput!): DeleteArticleResult! @auth(requires: [EDITOR])
    "Links two articles as translations of each other, with the other translations either already had (editors only)."
    linkTranslation(input: LinkTranslationInput!): LinkTranslationResult! @auth(requires: [EDITOR])
    "Takes an article out of its translations; the others stay linked to each other (editors only)."
    unlinkTranslation(input: ArticleIdInput!): LinkTranslationResult! @auth(requires: [EDITOR])
  }

  type Subscription {
    "Each article as it is published, on any server process."
    articlePublished: Article!
  }
`;
