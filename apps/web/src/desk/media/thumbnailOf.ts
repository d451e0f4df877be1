/** The smallest JPEG of a picture's variants, for a thumbnail (the media library, the article form's picture). */
export function thumbnailOf(picture: { url: string; variants: readonly { url: string; format: string; width: number }[] }): string {
  const jpegs = picture.variants.filter((variant) => variant.format === 'JPEG').sort((a, b) => a.width - b.width);
  return jpegs[0]?.url ?? picture.url;
}
