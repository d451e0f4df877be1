export const authorTypeDefs = /* GraphQL */ `
  "A person articles are credited to; their page is /author/<slug>."
  type Author implements Node @cacheControl(maxAge: 60) {
    "The opaque global id."
    id: ID!
    "The unique, URL-safe name; the page is /author/<slug>."
    slug: String!
    "The name shown in bylines."
    name: String!
    "A short biography (plain text); empty when none."
    bio: String!
    "The author's portrait from the media library; null when none."
    picture: Media
    "The author page's path, /author/<slug>."
    url: String!
    "The author's published articles, newest first."
    articles("How many articles, 0 to 100." first: Int = 20, "The endCursor of the previous page." after: String): ArticleConnection!
  }

  extend type Article {
    "The authors credited, in byline order; empty when the article has none (then show author or source)."
    authors: [Author!]!
  }

  extend input CreateArticleInput {
    "The authors' global ids in byline order (at most 10); none: the author or source text is the byline."
    authorIds: [ID!] = []
  }

  extend input UpdateArticleInput {
    "The full list of authors' global ids in byline order (replaces the current ones)."
    authorIds: [ID!]
  }

  extend type User {
    "This person's author profile; null until they save one (updateMyAuthorProfile)."
    author: Author
  }

  extend type Query {
    "An author by slug; null when there is none."
    author(slug: String!): Author
    "Authors whose name or slug contains search, alphabetically, for the desk's picker (editors only)."
    authors("Words in the name or slug." search: String, "At most 100." first: Int = 20): [Author!]! @auth(requires: [EDITOR])
  }

  "A new author profile."
  input CreateAuthorInput {
    "The name shown in bylines, 1 to 120 characters."
    name: String!
    "A short biography, up to 1,000 characters."
    bio: String
    "A portrait from the media library (its global id); null removes it."
    mediaId: ID
    "The URL name; generated from the name when omitted."
    slug: String
  }

  "Changes to an author profile; omitted fields stay as they are."
  input UpdateAuthorInput {
    "The author's global id."
    id: ID!
    "The name shown in bylines, 1 to 120 characters."
    name: String
    "A short biography, up to 1,000 characters."
    bio: String
    "A portrait from the media library (its global id); null removes it."
    mediaId: ID
    "A new URL name (lowercase latin letters, digits, single hyphens)."
    slug: String
  }

  "The signed-in staff member's own author profile; created on first save."
  input MyAuthorProfileInput {
    "The name shown in bylines (defaults to the account's name), 1 to 120 characters."
    name: String
    "A short biography, up to 1,000 characters."
    bio: String
    "A portrait from the media library (its global id); null removes it."
    mediaId: ID
    "The URL name; generated from the name when omitted."
    slug: String
  }

  "The author profile was saved."
  type AuthorSuccess {
    "The author as saved."
    author: Author!
  }

  "The result of createAuthor, updateAuthor and updateMyAuthorProfile."
  union AuthorResult = AuthorSuccess | ValidationError | NotFound

  extend type Mutation {
    "Creates an author profile (editors only)."
    createAuthor(input: CreateAuthorInput!): AuthorResult! @auth(requires: [EDITOR])
    "Changes an author profile (editors only)."
    updateAuthor(input: UpdateAuthorInput!): AuthorResult! @auth(requires: [EDITOR])
    "Creates or changes the signed-in staff member's own author profile."
    updateMyAuthorProfile(input: MyAuthorProfileInput!): AuthorResult! @auth(requires: [EDITOR, MODERATOR])
  }
`;
