export const searchTypeDefs = /* GraphQL */ `
  "A piece of a text as search shows it: the words that match the query are highlighted."
  type TextFragment @cacheControl(inheritMaxAge: true) {
    "Plain text, never HTML: render it as text."
    text: String!
    "Whether this piece is a word (or words) the query matched."
    highlighted: Boolean!
  }

  "An article that matches a search, with the matching words marked."
  type SearchHit @cacheControl(inheritMaxAge: true) {
    "The article."
    article: Article!
    "The headline in fragments, its matching words highlighted; joined, the fragments are the headline."
    title: [TextFragment!]!
    "Up to two passages of the lead and body around the matching words (joined by ' … '), or their start when only the headline matches."
    snippet: [TextFragment!]!
  }

  "A search result and its cursor."
  type SearchHitEdge @cacheControl(inheritMaxAge: true) {
    "Pass as after to get the results that follow this one."
    cursor: String!
    "The result."
    node: SearchHit!
  }

  "A page of search results, best match first."
  type SearchConnection @cacheControl(inheritMaxAge: true) {
    "The results of this page with their cursors."
    edges: [SearchHitEdge!]!
    "Where this page sits."
    pageInfo: PageInfo!
  }

  extend type Query {
    """
    Published articles matching the words of query, best match first: a match in the headline
    ranks above one in the lead, above one in the body. Each article is matched in its own
    language's stemming (English or Russian), so "bridge" finds "bridges" and «мосты» finds «мост».
    "quoted phrases", OR and -word work as in web search engines. An empty query finds nothing.
    """
    search(
      "Up to 200 characters and 12 words."
      query: String!
      "Only articles in this language."
      language: Language
      "Only articles in the section with this slug."
      section: String
      "How many results, 0 to 50."
      first: Int = 10
      "The endCursor of the previous page."
      after: String
    ): SearchConnection! @cacheControl(maxAge: 60)
  }
`;
