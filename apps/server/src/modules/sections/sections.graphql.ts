export const sectionTypeDefs = /* GraphQL */ `
  "A section of the site, such as News or Science."
  type Section implements Node @cacheControl(maxAge: 300) {
    "The opaque global id."
    id: ID!
    "The URL name; the section page is /section/<slug>."
    slug: String!
    "The display name."
    name: String!
    "Published articles of the section, newest first."
    articles("0 to 100." first: Int = 20, after: String): ArticleConnection!
  }

  extend type Query {
    "A section by slug; null when there is none."
    section(slug: String!): Section
    "All sections, in navigation order."
    sections: [Section!]! @cacheControl(maxAge: 300)
  }
`;
