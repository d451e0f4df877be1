// A picture as JSON for the upload endpoint's answer: the same fields, names and values
// as the GraphQL Media type, so the desk handles both alike.
import type { VariantFormat } from '@newsroom/db/media/pictureVariants';
import { toGlobalId } from '../../platform/globalId';
import type { MediaModel } from './mediaQueries';
import { mediaFileUrl } from './mediaService';

export interface MediaVariantJson {
  url: string;
  format: 'AVIF' | 'WEBP' | 'JPEG' | 'OG';
  width: number;
  height: number;
}

export const variantsOf = (media: MediaModel): MediaVariantJson[] =>
  media.files.map((file) => ({
    url: mediaFileUrl(media.id, file.format as VariantFormat, file.width),
    format: file.format.toUpperCase() as MediaVariantJson['format'],
    width: file.width,
    height: file.height,
  }));

/** The largest JPEG: what an <img> without srcset shows. */
export function largestJpeg(media: MediaModel): string {
  const jpegs = media.files.filter((file) => file.format === 'jpeg').sort((a, b) => b.width - a.width);
  return jpegs[0] ? mediaFileUrl(media.id, 'jpeg', jpegs[0].width) : '';
}

export function mediaJson(media: MediaModel) {
  return {
    id: toGlobalId('Media', media.id),
    url: largestJpeg(media),
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
    width: media.width,
    height: media.height,
    placeholder: media.placeholder,
    variants: variantsOf(media),
  };
}
