export const authTypeDefs = /* GraphQL */ `
  "Restricts a field to signed-in editors or moderators with one of the roles; others get UNAUTHENTICATED or FORBIDDEN."
  directive @auth("The roles allowed." requires: [ViewerRole!]!) on FIELD_DEFINITION

  "What the caller may do."
  enum ViewerRole {
    "An anonymous reader."
    READER
    "An editor: everything."
    EDITOR
    "A moderator: comments and typo reports."
    MODERATOR
    "An administrator: accounts and sections, and everything an editor or a moderator may do."
    ADMIN
  }

  "A member of the newsroom: an editor or a moderator."
  type User {
    "The user's global id."
    id: ID!
    "The name they sign in with."
    login: String!
    "The name shown to colleagues."
    displayName: String!
    "EDITOR, MODERATOR or ADMIN."
    role: ViewerRole!
  }

  "The caller of the API."
  type Viewer @cacheControl(scope: PRIVATE) {
    "The caller's role."
    role: ViewerRole!
    "The signed-in person's name (Automation for EDITOR_TOKEN); null for readers."
    name: String
    "The signed-in person; null for readers and for EDITOR_TOKEN."
    user: User
  }

  "A personal API token for scripts. The token itself is shown once, at creation."
  type ApiToken {
    "The token's global id (for revoking it)."
    id: ID!
    "What the token is for."
    label: String!
    "When it was created."
    createdAt: DateTime!
    "When it was revoked; null while it works."
    revokedAt: DateTime
  }

  "Login and password."
  input SignInInput {
    "The login name."
    login: String!
    "The password."
    password: String!
  }

  "Signed in: the session cookie is set."
  type SignInSuccess {
    "Who is signed in now."
    viewer: Viewer!
  }

  "The login or the password is wrong (which one is not said)."
  type InvalidCredentials {
    "A human-readable explanation."
    message: String!
  }

  "Too many failed sign-ins from the caller's address (to this login, or to any): that address waits; the account itself is never locked."
  type AccountLocked {
    "A human-readable explanation."
    message: String!
    "Seconds until the next attempt is accepted."
    retryAfterSeconds: Int!
  }

  "The result of signIn."
  union SignInResult = SignInSuccess | InvalidCredentials | AccountLocked

  "Signed out: the session is revoked and its cookie cleared."
  type SignOutSuccess {
    "Who the caller is now (a reader)."
    viewer: Viewer!
  }

  "A label for a new API token."
  input CreateApiTokenInput {
    "What the token is for, 1 to 100 characters."
    label: String!
  }

  "The token was created. Copy it now: it is never shown again."
  type CreateApiTokenSuccess {
    "The secret token; send it as Authorization: Bearer <token>."
    token: String!
    "The token's record."
    apiToken: ApiToken!
  }

  "The result of createApiToken."
  union CreateApiTokenResult = CreateApiTokenSuccess | ValidationError

  "Which token to revoke."
  input RevokeApiTokenInput {
    "The token's global id."
    id: ID!
  }

  "The token no longer works."
  type RevokeApiTokenSuccess {
    "The revoked token's record."
    apiToken: ApiToken!
  }

  "The result of revokeApiToken."
  union RevokeApiTokenResult = RevokeApiTokenSuccess | NotFound

  extend type Query {
    "Who is asking."
    viewer: Viewer!
    "The signed-in person's API tokens."
    apiTokens: [ApiToken!]! @auth(requires: [EDITOR, MODERATOR])
  }

  extend type Mutation {
    "Signs in with login and password; sets an HttpOnly session cookie."
    signIn(input: SignInInput!): SignInResult!
    "Signs out: revokes this session and clears its cookie."
    signOut: SignOutSuccess!
    "Creates a personal API token for scripts (signed-in people only)."
    createApiToken(input: CreateApiTokenInput!): CreateApiTokenResult! @auth(requires: [EDITOR, MODERATOR])
    "Revokes one of one's own API tokens."
    revokeApiToken(input: RevokeApiTokenInput!): RevokeApiTokenResult! @auth(requires: [EDITOR, MODERATOR])
  }
`;
