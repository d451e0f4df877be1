// The limits of DESIGN.md ("Limits"). The server enforces them whatever the client sends;
// the forms read the same numbers so a reader learns of a limit before sending.
export const ratingLimits = {
  minScore: 1,
  maxScore: 5,
  /** Distinct new votes per article from one client address in 24 hours (RATINGS_PER_ADDRESS_PER_DAY). */
  votesPerAddressPerDay: 20,
} as const;

export const commentLimits = {
  bodyMax: 2_000,
  authorNameMax: 80,
  /** Seconds between two comments of one reader. */
  readerIntervalSeconds: 10,
  perAddressPerHour: 30,
  duplicateWindowSeconds: 10 * 60,
  editWindowSeconds: 10 * 60,
  /** Comments one reader may report in an hour (COMMENT_REPORTS_PER_READER_PER_HOUR). */
  reportsPerReaderPerHour: 20,
} as const;

export const typoLimits = {
  selectionMax: 256,
  contextMax: 100,
  noteMax: 500,
  perReaderPer10Minutes: 10,
  perAddressPerDay: 30,
} as const;
