export const typoReportTypeDefs = /* GraphQL */ `
  "Where a spelling-error report stands."
  enum TypoReportStatus {
    "Waiting for an editor."
    NEW
    "Corrected (by an editor, or by a revision that no longer contains the text)."
    FIXED
    "Not a mistake."
    DISMISSED
  }

  "Readers' report of a spelling error: the selected text in its context (a W3C text-quote selector)."
  type TypoReport implements Node {
    "The opaque global id."
    id: ID!
    "The article the mistake is in."
    article: Article!
    "Up to 100 characters before the selection."
    prefix: String!
    "The selected text."
    exact: String!
    "Up to 100 characters after the selection."
    suffix: String!
    "What readers wrote about it (editors and moderators only; empty for readers)."
    notes: [String!]!
    "How many different readers reported this spot."
    reporterCount: Int!
    "Where the report stands."
    status: TypoReportStatus!
    "When it was first reported."
    createdAt: DateTime!
    "When it was fixed or dismissed."
    resolvedAt: DateTime
  }

  "A page of typo reports."
  type TypoReportConnection {
    "The reports of this page with their cursors."
    edges: [TypoReportEdge!]!
    "Where this page sits."
    pageInfo: PageInfo!
  }

  "A typo report and its cursor."
  type TypoReportEdge {
    "Pass as after to get the reports that follow."
    cursor: String!
    "The report."
    node: TypoReport!
  }

  "A reader's report: the selection and its context, as a W3C text-quote selector."
  input ReportTypoInput {
    "The article's global id."
    articleId: ID!
    "The selected text, 1 to 256 characters."
    exact: String!
    "Up to 100 characters before the selection."
    prefix: String = ""
    "Up to 100 characters after the selection."
    suffix: String = ""
    "An optional note, up to 500 characters."
    note: String
  }

  "The report was received (and merged with an open report of the same spot, if any)."
  type ReportTypoSuccess {
    "The report."
    report: TypoReport!
    "A thank-you in the article's language."
    message: String!
  }

  "The result of reportTypo."
  union ReportTypoResult = ReportTypoSuccess | ValidationError | NotFound | RateLimited

  "An editor's decision on a report."
  input ResolveTypoReportInput {
    "The report's global id."
    id: ID!
    "FIXED or DISMISSED."
    status: TypoReportStatus!
  }

  "The report was resolved."
  type ResolveTypoReportSuccess {
    "The resolved report."
    report: TypoReport!
  }

  "The result of resolveTypoReport."
  union ResolveTypoReportResult = ResolveTypoReportSuccess | ValidationError | NotFound

  extend type Query {
    "Typo reports, oldest first (editors and moderators only)."
    typoReports(
      status: TypoReportStatus = NEW
      "An article's global id."
      articleId: ID
      "At most 100."
      first: Int = 20
      after: String
    ): TypoReportConnection! @auth(requires: [EDITOR, MODERATOR])
  }

  extend type Mutation {
    "Reports a spelling error in an article as this reader."
    reportTypo(input: ReportTypoInput!): ReportTypoResult!
    "Marks a report fixed or dismissed (editors and moderators only)."
    resolveTypoReport(input: ResolveTypoReportInput!): ResolveTypoReportResult! @auth(requires: [EDITOR, MODERATOR])
  }

  extend type Subscription {
    "Each new or merged report (editors and moderators only)."
    typoReported: TypoReport! @auth(requires: [EDITOR, MODERATOR])
  }
`;
