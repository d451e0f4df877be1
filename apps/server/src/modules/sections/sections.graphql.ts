export const sectionTypeDefs = /* GraphQL */ `
  "A name in one language."
  type LocalizedName @cacheControl(inheritMaxAge: true) {
    "The language of the name."
    language: Language!
    "The name in that language."
    name: String!
  }

  "A name in one language, as an editor gives it."
  input LocalizedNameInput {
    "The language of the name."
    language: Language!
    "1 to 60 characters."
    name: String!
  }

  "A section of the site, such as News or Science."
  type Section implements Node @cacheControl(maxAge: 300) {
    "The opaque global id."
    id: ID!
    "The URL name; the section page is /section/<slug>."
    slug: String!
    """
    The display name in the given language; the English name where that language has none.
    Without a language: the language of the article the section was reached through
    (Article.section), English elsewhere. A client that caches objects by id should pass
    the language, as the name then depends on the path.
    """
    name(language: Language): String!
    "Every name it has, English first."
    names: [LocalizedName!]!
    "Whether new comments on its articles wait for a moderator."
    premoderated: Boolean!
    "Its place in the navigation, 0 first."
    position: Int!
    "When it was archived: its articles stay readable, it takes no new ones and leaves the navigation. Null while in use."
    archivedAt: DateTime
    "Published articles of the section, newest first."
    articles(
      "0 to 100."
      first: Int = 20
      after: String
      "Only articles in this language (an edition's page); every language when left out."
      language: Language
    ): ArticleConnection!
  }

  extend type Query {
    "A section by slug, archived ones too; null when there is none."
    section(slug: String!): Section
    "The sections in the navigation, in order (archived ones are left out)."
    sections: [Section!]! @cacheControl(maxAge: 300)
    "Every section in navigation order, archived ones too, for the desk."
    deskSections: [Section!]! @auth(requires: [EDITOR]) @cacheControl(scope: PRIVATE)
  }

  "A new section (administrators only)."
  input CreateSectionInput {
    "The URL name: lowercase latin letters and digits in words joined by single hyphens, up to 80 characters; unique."
    slug: String!
    "Its names; English is required."
    names: [LocalizedNameInput!]!
    "Hold every new comment for a moderator."
    premoderated: Boolean = false
    "Where it goes in the navigation, 0 first; at the end when omitted."
    position: Int
  }

  "What changes in a section; omitted fields stay as they are."
  input UpdateSectionInput {
    "The section's global id."
    id: ID!
    "A new URL name (the old address stops working)."
    slug: String
    "Every name it should have (replaces them all); English is required."
    names: [LocalizedNameInput!]
    "Hold every new comment for a moderator; takes effect for the next comment."
    premoderated: Boolean
    "A new place in the navigation, 0 first: the others move up or down to make room."
    position: Int
  }

  "Which section."
  input SectionIdInput {
    "The section's global id."
    id: ID!
  }

  "The new navigation order."
  input ReorderSectionsInput {
    "Every section's global id (archived ones too), in the new order."
    ids: [ID!]!
  }

  "The section was created."
  type CreateSectionSuccess {
    "The new section."
    section: Section!
  }

  "The result of createSection."
  union CreateSectionResult = CreateSectionSuccess | ValidationError

  "The section was changed."
  type UpdateSectionSuccess {
    "The section as it is now."
    section: Section!
  }

  "The result of updateSection, archiveSection and restoreSection."
  union UpdateSectionResult = UpdateSectionSuccess | ValidationError | NotFound

  "The sections were put in the new order."
  type ReorderSectionsSuccess {
    "Every section, in the new order."
    sections: [Section!]!
  }

  "The result of reorderSections."
  union ReorderSectionsResult = ReorderSectionsSuccess | ValidationError

  extend type Mutation {
    "Creates a section (administrators only)."
    createSection(input: CreateSectionInput!): CreateSectionResult! @auth(requires: [ADMIN])
    "Changes a section's slug, names, premoderation or place (administrators only)."
    updateSection(input: UpdateSectionInput!): UpdateSectionResult! @auth(requires: [ADMIN])
    "Archives a section: its articles stay readable, it takes no new ones and leaves the navigation (administrators only)."
    archiveSection(input: SectionIdInput!): UpdateSectionResult! @auth(requires: [ADMIN])
    "Brings an archived section back into use (administrators only)."
    restoreSection(input: SectionIdInput!): UpdateSectionResult! @auth(requires: [ADMIN])
    "Puts every section in a new navigation order at once (administrators only)."
    reorderSections(input: ReorderSectionsInput!): ReorderSectionsResult! @auth(requires: [ADMIN])
  }
`;
