export const commonTypeDefs = /* GraphQL */ `
  "Whether a cached response may be shared between readers (Apollo cache control)."
  enum CacheControlScope {
    "The same for every reader: may be cached and shared."
    PUBLIC
    "Depends on who asks: never shared."
    PRIVATE
  }

  "How long a field's value may be cached, and whether it may be shared (Apollo cache control)."
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

  "An ISO 8601 date and time in UTC, e.g. 2026-11-25T09:30:00.000Z."
  scalar DateTime

  "An object with a globally unique, opaque id (Relay convention)."
  interface Node {
    "The opaque global id; pass it to node(id:) to fetch the object again."
    id: ID!
  }

  "Where a page of a connection sits in the whole list."
  type PageInfo @cacheControl(inheritMaxAge: true) {
    "True when more items follow; ask again with after: endCursor."
    hasNextPage: Boolean!
    "Always false: connections page forward only."
    hasPreviousPage: Boolean!
    "The cursor of the first item of this page."
    startCursor: String
    "The cursor of the last item of this page; pass it as after to get the next page."
    endCursor: String
  }

  "The language an article is written in; the page's interface strings follow it."
  enum Language {
    "English"
    EN
    "Russian"
    RU
  }

  "An input value the form can fix: the field at fault, a stable code and a message in the reader's language."
  type ValidationError {
    "The input field at fault, e.g. body or score."
    field: String!
    "A stable code to switch on, e.g. BODY_TOO_LONG, SELECTION_TOO_LONG, DUPLICATE_COMMENT."
    code: String!
    "A human-readable explanation in the reader's language."
    message: String!
    "The limit that was exceeded, when there is one."
    max: Int
  }

  "The object the operation refers to does not exist (or is not visible to you)."
  type NotFound {
    "A human-readable explanation."
    message: String!
  }

  "Too many attempts; try again later."
  type RateLimited {
    "Seconds to wait before trying again."
    retryAfterSeconds: Int!
    "A human-readable explanation."
    message: String!
  }

  type Query {
    "Fetches any object by its global id; null when none exists."
    node(id: ID!): Node
  }

  type Mutation {
    "Returns true; lets tools check that mutations are reachable."
    ping: Boolean!
  }
`;
