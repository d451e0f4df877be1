export const tagTypeDefs = /* GraphQL */ `
  "A topic that links articles across sections."
  type Tag implements Node @cacheControl(maxAge: 300) {
    "The opaque global id."
    id: ID!
    "The URL name; the tag page is /tag/<slug>."
    slug: String!
    "The display name."
    name: String!
    "Published articles with this tag, newest first."
    articles("0 to 100." first: Int = 20, after: String): ArticleConnection!
  }

  extend type Query {
    "A tag by slug; null when there is none."
    tag(slug: String!): Tag
    "Tags whose name starts with the search (all tags without one), alphabetically; for pickers."
    tags(search: String, "At most 100." first: Int = 20): [Tag!]! @cacheControl(maxAge: 300)
  }
`;
