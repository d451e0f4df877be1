export const viewTypeDefs = /* GraphQL */ `
  extend type Query {
    """
    The published articles read most in the last seven days (UTC days, today included), most
    views first. Views are counted per article per day, nothing personal kept, and reach
    this list within seconds (they are saved in batches); the order is refreshed at most
    every POPULAR_LISTS_REFRESH_SECONDS (60 s), the articles themselves are current.
    """
    mostRead(
      "0 to 10."
      first: Int = 5
      "Only articles in this language (an edition's home); every language when left out."
      language: Language
    ): [Article!]! @cacheControl(maxAge: 60)
    """
    The published articles with the most approved comments written in the last seven days,
    most first; refreshed like mostRead.
    """
    mostCommented(
      "0 to 10."
      first: Int = 5
      "Only articles in this language; every language when left out."
      language: Language
    ): [Article!]! @cacheControl(maxAge: 60)
  }
`;
