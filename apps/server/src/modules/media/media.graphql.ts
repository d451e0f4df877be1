export const mediaTypeDefs = /* GraphQL */ `
  "The kind of a picture's file."
  enum MediaFormat {
    "AVIF, the smallest; offered first in <picture>."
    AVIF
    "WebP, for browsers without AVIF."
    WEBP
    "JPEG, which every browser shows."
    JPEG
    "The 1200×630 JPEG for og:image and Twitter cards."
    OG
  }

  "One file of a picture, at one width and format; its address never changes."
  type MediaVariant @cacheControl(inheritMaxAge: true) {
    "Where the file is served (same site, cached for a year)."
    url: String!
    "The file's format."
    format: MediaFormat!
    "Width in pixels."
    width: Int!
    "Height in pixels."
    height: Int!
  }

  "A picture in the media library, with the files made from it."
  type Media @cacheControl(inheritMaxAge: true) {
    "The opaque global id."
    id: ID!
    "The largest JPEG variant, for clients that show one file."
    url: String!
    "Describes the picture for people who cannot see it."
    alt: String!
    "The caption shown under the picture; may be empty."
    caption: String!
    "Who made the picture (photographer, agency); may be empty."
    credit: String!
    "The upright picture's width in pixels."
    width: Int!
    "The upright picture's height in pixels."
    height: Int!
    "A tiny blurred version as a data: URL, shown while the picture loads."
    placeholder: String!
    "Every file: AVIF, WebP and JPEG at widths 320 to 1920 (those not wider than the picture), and the OG card."
    variants: [MediaVariant!]!
    "When it was uploaded (editors only)."
    createdAt: DateTime! @auth(requires: [EDITOR])
  }

  "A page of the media library."
  type MediaConnection {
    "The pictures of this page with their cursors."
    edges: [MediaEdge!]!
    "Where this page sits."
    pageInfo: PageInfo!
  }

  "A picture and its cursor."
  type MediaEdge {
    "Pass as after to get the pictures that follow this one."
    cursor: String!
    "The picture."
    node: Media!
  }

  extend type Query {
    "The media library, newest first, optionally searched in alt text, caption and credit (editors only)."
    mediaLibrary("Words in alt text, caption or credit." search: String, "At most 100." first: Int = 20, after: String): MediaConnection!
      @auth(requires: [EDITOR])
    "A picture by its global id; null when there is none (editors only)."
    media(id: ID!): Media @auth(requires: [EDITOR])
  }

  "What an editor changes in a picture's text; omitted fields stay as they are."
  input UpdateMediaInput {
    "The picture's global id."
    id: ID!
    "Alt text, 1 to 300 characters."
    alt: String
    "Caption, up to 500 characters."
    caption: String
    "Credit, up to 200 characters."
    credit: String
  }

  "The picture's text was changed."
  type UpdateMediaSuccess {
    "The picture."
    media: Media!
  }

  "The result of updateMedia."
  union UpdateMediaResult = UpdateMediaSuccess | ValidationError | NotFound

  "Which picture."
  input MediaIdInput {
    "The picture's global id."
    id: ID!
  }

  "The picture is gone, with its files."
  type DeleteMediaSuccess {
    "The global id the picture had."
    deletedId: ID!
  }

  "The result of deleteMedia; ValidationError MEDIA_IN_USE while an article shows the picture."
  union DeleteMediaResult = DeleteMediaSuccess | ValidationError | NotFound

  extend type Mutation {
    "Changes a picture's alt text, caption or credit (editors only). Pictures are uploaded with POST /media."
    updateMedia(input: UpdateMediaInput!): UpdateMediaResult! @auth(requires: [EDITOR])
    "Deletes a picture no article uses (editors only)."
    deleteMedia(input: MediaIdInput!): DeleteMediaResult! @auth(requires: [EDITOR])
  }
`;
