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

/**
 * Sign-in throttling (ADR 015). Failures are counted per client address, never per account
 * alone: counting per account let anyone lock an editor out by typing wrong passwords.
 */
export const signInLimits = {
  /**
   * Failed sign-ins to one login from one address in the window. Five is plenty for a
   * person mistyping; an attacker at that address then waits, the owner elsewhere does not.
   */
  failuresPerLoginAndAddress: 5,
  /**
   * Failed sign-ins from one address to any logins in the window: spraying one common
   * password over many accounts from one address stops here. High enough for a newsroom
   * behind one office address, where everyone's typos add up.
   */
  failuresPerAddress: 20,
  /** Failures older than this are forgotten (and deleted). */
  windowSeconds: 15 * 60,
} as const;

/** The media library (ADR 018): what an upload may be, and the text that goes with it. */
export const mediaLimits = {
  /** Bytes of one uploaded file; the body is refused (413) the moment it passes this. */
  uploadBytes: 25 * 1024 * 1024,
  /** Pixels (width × height) read from the file's header before anything is decoded. */
  maxPixels: 50_000_000,
  altMax: 300,
  captionMax: 500,
  creditMax: 200,
  /** The widths of the AVIF, WebP and JPEG variants; those wider than the picture are skipped. */
  widths: [320, 640, 960, 1280, 1920],
  /** The social card (og:image, Twitter): a JPEG cropped to cover this size. */
  og: { width: 1200, height: 630 },
} as const;
