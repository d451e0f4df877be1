export const limitsTypeDefs = /* GraphQL */ `
  """
  The limits the server enforces, as this deployment set them (some change through the
  environment), so that forms tell a person of a limit before sending. Lengths are in
  characters as a reader sees them (graphemes) unless said otherwise.
  """
  type Limits @cacheControl(maxAge: 300) {
    "Readers' comments."
    comment: CommentLimits!
    "Readers' reports of spelling errors."
    typo: TypoLimits!
    "Readers' star ratings."
    rating: RatingLimits!
    "An article's text in the desk."
    article: ArticleLimits!
    "Author profiles."
    author: AuthorLimits!
    "The media library."
    media: MediaLimits!
    "Staff accounts."
    staff: StaffLimits!
    "Sections' and tags' names and slugs."
    sectionAndTag: SectionAndTagLimits!
    "Scheduled publishing."
    publishing: PublishingLimits!
    "Reader search."
    search: SearchLimits!
  }

  "The limits of a reader's comment."
  type CommentLimits @cacheControl(inheritMaxAge: true) {
    "The longest comment."
    bodyMax: Int!
    "The longest name a commenter gives."
    authorNameMax: Int!
    "Seconds after posting during which the author may edit or delete a comment."
    editWindowSeconds: Int!
  }

  "The limits of a reader's spelling-error report."
  type TypoLimits @cacheControl(inheritMaxAge: true) {
    "The longest selection (the words with the mistake)."
    selectionMax: Int!
    "The most text kept on each side of the selection."
    contextMax: Int!
    "The longest note."
    noteMax: Int!
  }

  "The scale of a star rating."
  type RatingLimits @cacheControl(inheritMaxAge: true) {
    "The lowest score."
    minScore: Int!
    "The highest score."
    maxScore: Int!
  }

  "The limits of an article's text."
  type ArticleLimits @cacheControl(inheritMaxAge: true) {
    "The longest title."
    titleMax: Int!
    "The longest lead."
    leadMax: Int!
    "The longest body (CommonMark source)."
    bodyMax: Int!
    "The longest picture caption, and the longest correction note."
    captionMax: Int!
    "The longest source and picture credit."
    nameMax: Int!
    "The most tags on one article."
    tagsMax: Int!
  }

  "The limits of an author profile."
  type AuthorLimits @cacheControl(inheritMaxAge: true) {
    "The longest name."
    nameMax: Int!
    "The longest bio."
    bioMax: Int!
    "The most authors of one article."
    perArticle: Int!
  }

  "The limits of the media library."
  type MediaLimits @cacheControl(inheritMaxAge: true) {
    "The largest upload, in bytes."
    uploadBytes: Int!
    "The longest alt text."
    altMax: Int!
    "The longest caption."
    captionMax: Int!
    "The longest credit."
    creditMax: Int!
  }

  "The rules of staff accounts."
  type StaffLimits @cacheControl(inheritMaxAge: true) {
    "A login matches this regular expression (JavaScript syntax)."
    loginPattern: String!
    "The longest display name."
    nameMax: Int!
    "The shortest password."
    passwordMin: Int!
    "The longest password."
    passwordMax: Int!
    "The longest label of a personal API token."
    tokenLabelMax: Int!
  }

  "The limits of sections' and tags' names and slugs."
  type SectionAndTagLimits @cacheControl(inheritMaxAge: true) {
    "The longest name, in any language."
    nameMax: Int!
    "The longest slug."
    slugMax: Int!
  }

  "The limits of scheduled publishing."
  type PublishingLimits @cacheControl(inheritMaxAge: true) {
    "How many days ahead an article may be scheduled."
    scheduleMaxDays: Int!
  }

  "The limits of a reader's search query."
  type SearchLimits @cacheControl(inheritMaxAge: true) {
    "The longest query."
    queryMax: Int!
    "The most words in a query."
    wordsMax: Int!
  }

  extend type Query {
    "The limits this server enforces, for forms to check against before sending."
    limits: Limits!
  }
`;
