export const viewTypeDefs = /* GraphQL */ `
  extend type Query {
    """
    The published articles read most in the last seven days (UTC days, today included), most
    views first. Views are counted per article per day, nothing personal kept, and reach
    this list within seconds (they are saved in batches); the answer may be kept up to a minute.
    """
    mostRead("0 to 10." first: Int = 5): [Article!]! @cacheControl(maxAge: 60)
    "The published articles with the most approved comments written in the last seven days, most first."
    mostCommented("0 to 10." first: Int = 5): [Article!]! @cacheControl(maxAge: 60)
  }
`;
