import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { toGlobalId } from '../../platform/globalId';
import { resultMember } from '../../platform/problems';
import { largestJpeg, variantsOf } from './mediaJsonRules';
import { deleteMedia, mediaById, mediaLibrary, updateMedia } from './mediaService';

export const mediaResolvers: Resolvers = {
  Query: {
    mediaLibrary: (_, args, context) => mediaLibrary(context, args),
    media: (_, { id }, context) => mediaById(context, id),
  },
  Mutation: {
    updateMedia: (_, { input }, context) => updateMedia(context, input),
    deleteMedia: (_, { input }, context) => deleteMedia(context, input),
  },
  Media: {
    id: (media) => toGlobalId('Media', media.id),
    url: (media) => largestJpeg(media),
    variants: (media) => variantsOf(media),
  },
  UpdateMediaResult: { __resolveType: resultMember('UpdateMediaSuccess') },
  DeleteMediaResult: { __resolveType: resultMember('DeleteMediaSuccess') },
};
