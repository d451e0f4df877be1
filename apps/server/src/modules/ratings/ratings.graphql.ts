export const ratingTypeDefs = /* GraphQL */ `
  "Readers' ratings of an article, 1 to 5 stars."
  type RatingSummary @cacheControl(maxAge: 60) {
    "The global id of the rated article (the summary's identity in client caches)."
    articleId: ID!
    "The mean score; null when nobody has voted."
    average: Float
    "The number of votes."
    count: Int!
    "Five counts: the votes for 1, 2, 3, 4 and 5 stars."
    distribution: [Int!]!
    "This reader's own score; null when they have not voted."
    viewerScore: Int @cacheControl(scope: PRIVATE)
  }

  "A reader's vote."
  input RateArticleInput {
    "The article's global id."
    articleId: ID!
    "From 1 to 5 stars."
    score: Int!
  }

  "The vote was counted (or the reader's earlier vote changed)."
  type RateArticleSuccess {
    "The article, with its updated rating."
    article: Article!
  }

  "The result of rateArticle."
  union RateArticleResult = RateArticleSuccess | ValidationError | NotFound | RateLimited

  "Which vote to take back."
  input ClearRatingInput {
    "The article's global id."
    articleId: ID!
  }

  "The reader's vote is gone (or there was none)."
  type ClearRatingSuccess {
    "The article, with its updated rating."
    article: Article!
  }

  "The result of clearRating."
  union ClearRatingResult = ClearRatingSuccess | NotFound

  extend type Mutation {
    "Rates an article for this reader: one vote per reader; rating again changes the vote."
    rateArticle(input: RateArticleInput!): RateArticleResult!
    "Takes this reader's vote back."
    clearRating(input: ClearRatingInput!): ClearRatingResult!
  }

  extend type Subscription {
    "The article's rating after every vote, on any server process."
    ratingChanged("The article's global id." articleId: ID!): RatingSummary!
  }
`;
