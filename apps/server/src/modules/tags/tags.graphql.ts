export const tagTypeDefs = /* GraphQL */ `
  "A topic that links articles across sections."
  type Tag implements Node @cacheControl(maxAge: 300) {
    "The opaque global id."
    id: ID!
    "The URL name; the tag page is /tag/<slug>."
    slug: String!
    """
    The display name in the given language; the English name where that language has none.
    Without a language: the language of the article the tag was reached through
    (Article.tags), English elsewhere. A client that caches objects by id should pass the
    language, as the name then depends on the path.
    """
    name(language: Language): String!
    "Every name it has, English first."
    names: [LocalizedName!]!
    "How many articles carry it, drafts too (editors only)."
    articleCount: Int! @auth(requires: [EDITOR]) @cacheControl(scope: PRIVATE)
    "Published articles with this tag, newest first."
    articles(
      "0 to 100."
      first: Int = 20
      after: String
      "Only articles in this language (an edition's page); every language when left out."
      language: Language
    ): ArticleConnection!
  }

  extend type Query {
    """
    A tag by slug, or by a slug it had before a rename or a merge (its slug then differs from
    the one asked for: the tag page redirects there); null when there is none.
    """
    tag(slug: String!): Tag
    "Tags whose name in any language starts with the search (all tags without one), alphabetically; for pickers and the desk."
    tags(search: String, "At most 100." first: Int = 20): [Tag!]! @cacheControl(maxAge: 300)
  }

  "What changes in a tag; omitted fields stay as they are."
  input RenameTagInput {
    "The tag's global id."
    id: ID!
    "A new URL name: lowercase latin letters and digits in words joined by single hyphens; unique. The old address redirects to the new one."
    slug: String
    "Every name it should have (replaces them all); English is required."
    names: [LocalizedNameInput!]
  }

  "The tag was changed."
  type RenameTagSuccess {
    "The tag as it is now."
    tag: Tag!
  }

  "The result of renameTag."
  union RenameTagResult = RenameTagSuccess | ValidationError | NotFound

  "Which tag goes into which."
  input MergeTagsInput {
    "The tag that goes away: its articles move to the target, its address redirects there."
    sourceId: ID!
    "The tag that stays."
    targetId: ID!
  }

  "The source tag was merged into the target."
  type MergeTagsSuccess {
    "The tag that stays, with the source's articles."
    tag: Tag!
    "The global id the source tag had."
    mergedId: ID!
  }

  "The result of mergeTags."
  union MergeTagsResult = MergeTagsSuccess | ValidationError | NotFound

  extend type Mutation {
    "Changes a tag's slug or names (editors only); the old slug redirects to the new one."
    renameTag(input: RenameTagInput!): RenameTagResult! @auth(requires: [EDITOR])
    "Moves every article of one tag to another and deletes the first; its address redirects to the second (editors only)."
    mergeTags(input: MergeTagsInput!): MergeTagsResult! @auth(requires: [EDITOR])
  }
`;
