// The limits of docs/design.md, "Limits". The server enforces them whatever the client sends;
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

/**
 * Newsroom accounts (ADR 020): logins, names and passwords as the command-line tool and the
 * desk's staff page accept them, and how long the one-time links that set a password last.
 */
export const staffLimits = {
  /** Lowercase letters, digits, dot, dash, underscore; 2 to 40 characters. */
  loginPattern: '^[a-z0-9._-]{2,40}$',
  nameMax: 100,
  passwordMin: 12,
  passwordMax: 200,
  /** An invitation link works for 72 hours. */
  inviteHours: 72,
  /** A password-reset link works for 24 hours: it is asked for when it is needed. */
  resetHours: 24,
} as const;

/** The messages of the staff rules, shared by the server, the command-line tool and the desk. */
export const staffMessages = {
  invalidLogin: 'A login is 2 to 40 characters: lowercase letters, digits, dot, dash, underscore.',
  loginTaken: (login: string) => `The login "${login}" is taken.`,
  invalidName: `A name is 1 to ${staffLimits.nameMax} characters.`,
  invalidPassword: `A password is ${staffLimits.passwordMin} to ${staffLimits.passwordMax} characters long.`,
  lastAdmin: 'This is the last active admin: make another account an admin first.',
  linkUnknown: 'This link is not valid. Check that it was copied whole, or ask an admin for a new one.',
  linkUsed: 'This link has already been used. Sign in, or ask an admin for a new link.',
  linkExpired: 'This link has expired. Ask an admin for a new one.',
  linkSuperseded: 'A newer link was made for this account: use that one, or ask an admin for a new one.',
  linkDisabled: 'This account is disabled. Ask an admin.',
  accountDisabled: 'This account is disabled: enable it first.',
} as const;

/** Author profiles (bylines and /author/<slug> pages). */
export const authorLimits = {
  nameMax: 120,
  bioMax: 1_000,
  /** Authors of one article. */
  perArticle: 10,
} as const;

/** Scheduled publishing and draft previews (ADR 019). */
export const publishingLimits = {
  /** How far ahead an article may be scheduled. */
  scheduleMaxDays: 366,
  /** How long a preview link works. */
  previewDays: 7,
  /** Live (not revoked, not expired) preview links per article. */
  previewLinksPerArticle: 20,
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
