// The default limits of docs/design.md, "Limits". The server enforces them whatever the client
// sends, some as the environment changes them (apps/server/src/config.ts); the forms read the
// limits the server serves (`Query.limits`, the `Limits` shape below), so a reader learns of a
// limit before sending. Their messages are in messages.ts and deskMessages.ts.
import { sectionAndTagLimits } from './sectionsAndTags';

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
  /** The label of a personal API token (what it is for). */
  tokenLabelMax: 100,
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

/** An article's text in the desk (title, lead, body, picture caption, correction note, names, tags). */
export const articleLimits = {
  titleMax: 300,
  leadMax: 1_000,
  bodyMax: 100_000,
  /** The picture's caption, and a correction note. */
  captionMax: 500,
  /** The source and the picture's credit. */
  nameMax: 200,
  tagsMax: 20,
  /** A picture given by address (`imageUrl`): what browsers and crawlers reliably take. */
  urlMax: 2_000,
} as const;

/**
 * Reader search (ADR 033). The query is bounded so one request cannot ask the database to
 * match and rank hundreds of terms; the same numbers cap the search form's field.
 */
export const searchLimits = {
  /** Characters in a query, after trimming. */
  queryMax: 200,
  /** Words in a query. */
  wordsMax: 12,
} as const;

/**
 * The limits the forms need, as the server serves them (`Query.limits`, the SDL documents
 * each field): the defaults above, with what the deployment changed (apps/server/src/config.ts).
 */
export interface Limits {
  comment: { bodyMax: number; authorNameMax: number; editWindowSeconds: number };
  typo: { selectionMax: number; contextMax: number; noteMax: number };
  rating: { minScore: number; maxScore: number };
  article: { titleMax: number; leadMax: number; bodyMax: number; captionMax: number; nameMax: number; tagsMax: number };
  author: { nameMax: number; bioMax: number; perArticle: number };
  media: { uploadBytes: number; altMax: number; captionMax: number; creditMax: number };
  staff: { loginPattern: string; nameMax: number; passwordMin: number; passwordMax: number; tokenLabelMax: number };
  sectionAndTag: { nameMax: number; slugMax: number };
  publishing: { scheduleMaxDays: number };
  search: { queryMax: number; wordsMax: number };
}

/**
 * The served limits when nothing is changed. Only the server's `effectiveLimits` and tests
 * of pure functions start from these; a form reads what the server serves (`useLimits`).
 */
export const defaultLimits: Limits = {
  comment: {
    bodyMax: commentLimits.bodyMax,
    authorNameMax: commentLimits.authorNameMax,
    editWindowSeconds: commentLimits.editWindowSeconds,
  },
  typo: { selectionMax: typoLimits.selectionMax, contextMax: typoLimits.contextMax, noteMax: typoLimits.noteMax },
  rating: { minScore: ratingLimits.minScore, maxScore: ratingLimits.maxScore },
  article: { ...articleLimits },
  author: { ...authorLimits },
  media: {
    uploadBytes: mediaLimits.uploadBytes,
    altMax: mediaLimits.altMax,
    captionMax: mediaLimits.captionMax,
    creditMax: mediaLimits.creditMax,
  },
  staff: {
    loginPattern: staffLimits.loginPattern,
    nameMax: staffLimits.nameMax,
    passwordMin: staffLimits.passwordMin,
    passwordMax: staffLimits.passwordMax,
    tokenLabelMax: staffLimits.tokenLabelMax,
  },
  sectionAndTag: { ...sectionAndTagLimits },
  publishing: { scheduleMaxDays: publishingLimits.scheduleMaxDays },
  search: { ...searchLimits },
};
