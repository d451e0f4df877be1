export const staffTypeDefs = /* GraphQL */ `
  "A newsroom account as an admin sees it."
  type StaffUser {
    "The account's global id (a User id)."
    id: ID!
    "The name they sign in with."
    login: String!
    "The name shown to colleagues."
    displayName: String!
    "EDITOR, MODERATOR or ADMIN."
    role: ViewerRole!
    "Whether the account is disabled: it cannot sign in, and its sessions and tokens do not work."
    disabled: Boolean!
    "When the account was made."
    createdAt: DateTime!
    "When its owner last signed in (or set a password through a link); null if never."
    lastSignInAt: DateTime
    "Whether it was invited and the invitation is still waiting to be used."
    invitationPending: Boolean!
    "Whether a password is set (an invitee or a reset account has none until they use their link)."
    hasPassword: Boolean!
    "Failed sign-ins to this login, from any address, in the last 15 minutes."
    failedSignIns: Int!
    "Whether some address is refused sign-ins to this login right now (unlockStaffUser clears it)."
    throttled: Boolean!
  }

  "A new account: its owner sets a password through the link."
  input InviteStaffInput {
    "The login, 2 to 40 characters: lowercase letters, digits, dot, dash, underscore."
    login: String!
    "The name shown to colleagues, 1 to 100 characters."
    name: String!
    "EDITOR, MODERATOR or ADMIN."
    role: ViewerRole!
  }

  "A one-time link where an account's owner sets a password. Shown once: only its digest is kept."
  type AccountLink {
    "The link: an absolute URL when PUBLIC_URL is set, else a path on this site."
    url: String!
    "When it stops working (72 hours for an invitation, 24 for a reset)."
    expiresAt: DateTime!
  }

  "The account was made; send its owner the link."
  type InviteStaffSuccess {
    "The new account, without a password yet."
    user: StaffUser!
    "The invitation link, valid 72 hours."
    link: AccountLink!
  }

  "The result of inviteStaff."
  union InviteStaffResult = InviteStaffSuccess | ValidationError

  "Changes to an account; fields left out stay as they are."
  input UpdateStaffUserInput {
    "The account's global id."
    id: ID!
    "A new display name, 1 to 100 characters."
    name: String
    "A new role."
    role: ViewerRole
    "True disables the account (ending its sessions and API tokens at once); false enables it."
    disabled: Boolean
  }

  "The account as it is now."
  type UpdateStaffUserSuccess {
    "The changed account."
    user: StaffUser!
  }

  "The result of updateStaffUser (LAST_ADMIN: the last active admin cannot be demoted or disabled)."
  union UpdateStaffUserResult = UpdateStaffUserSuccess | ValidationError | NotFound

  "Which account."
  input StaffUserInput {
    "The account's global id."
    id: ID!
  }

  "The password was cleared and every session and token revoked; send the owner the link."
  type ResetStaffPasswordSuccess {
    "The account."
    user: StaffUser!
    "The reset link, valid 24 hours."
    link: AccountLink!
  }

  "The result of resetStaffPassword (ACCOUNT_DISABLED: enable the account first)."
  union ResetStaffPasswordResult = ResetStaffPasswordSuccess | ValidationError | NotFound

  "The login's failed sign-ins were forgotten."
  type UnlockStaffUserSuccess {
    "The account."
    user: StaffUser!
    "How many failed sign-ins were forgotten."
    clearedAttempts: Int!
    "From how many client addresses."
    clearedAddresses: Int!
    "What was cleared, in words."
    message: String!
  }

  "The result of unlockStaffUser."
  union UnlockStaffUserResult = UnlockStaffUserSuccess | NotFound

  "Why an account link does not work."
  enum AccountLinkProblem {
    "No such link (mistyped or cut short)."
    UNKNOWN
    "It was used already."
    USED
    "Its time ran out."
    EXPIRED
    "A newer link was made for the account."
    SUPERSEDED
    "The account is disabled."
    DISABLED
  }

  "The link does not work; ask an admin for a new one."
  type AccountLinkInvalid {
    "Why."
    reason: AccountLinkProblem!
    "A human-readable explanation."
    message: String!
  }

  "A one-time link and the password to set with it."
  input RedeemAccountLinkInput {
    "The secret part of the link (after /desk/join/ or /desk/password/)."
    token: String!
    "The new password, 12 to 200 characters."
    password: String!
  }

  "The result of redeemAccountLink: signed in, or why not. Throttled per address like signIn."
  union RedeemAccountLinkResult = SignInSuccess | AccountLinkInvalid | AccountLocked | ValidationError

  extend type Query {
    "Every newsroom account."
    staffUsers: [StaffUser!]! @auth(requires: [ADMIN])
  }

  extend type Mutation {
    "Makes an account and returns the one-time link (72 hours) where its owner sets a password."
    inviteStaff(input: InviteStaffInput!): InviteStaffResult! @auth(requires: [ADMIN])
    "Renames an account, changes its role, disables or enables it."
    updateStaffUser(input: UpdateStaffUserInput!): UpdateStaffUserResult! @auth(requires: [ADMIN])
    "Clears the account's password, revokes its sessions and tokens, and returns a one-time link (24 hours) to set a new one."
    resetStaffPassword(input: StaffUserInput!): ResetStaffPasswordResult! @auth(requires: [ADMIN])
    "Forgets the login's failed sign-ins from every address."
    unlockStaffUser(input: StaffUserInput!): UnlockStaffUserResult! @auth(requires: [ADMIN])
    "Sets a password through an invitation or reset link, and signs in (sets the session cookie)."
    redeemAccountLink(input: RedeemAccountLinkInput!): RedeemAccountLinkResult!
  }
`;
