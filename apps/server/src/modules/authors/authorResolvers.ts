import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { toGlobalId } from '../../platform/globalId';
import { resultMember } from '../../platform/problems';
import { articlesOfAuthor, createAuthor, listAuthorsForDesk, updateAuthor, updateMyAuthorProfile } from './authorService';

export const authorResolvers: Resolvers = {
  Query: {
    author: (_, { slug }, { loaders }) => loaders.authorBySlug.load(slug),
    authors: (_, args, context) => listAuthorsForDesk(context, args),
  },
  Mutation: {
    createAuthor: (_, { input }, context) => createAuthor(context, input),
    updateAuthor: (_, { input }, context) => updateAuthor(context, input),
    updateMyAuthorProfile: (_, { input }, context) => updateMyAuthorProfile(context, input),
  },
  AuthorResult: { __resolveType: resultMember('AuthorSuccess') },
  Author: {
    id: (author) => toGlobalId('Author', author.id),
    url: (author) => `/author/${author.slug}`,
    picture: (author, _, { loaders }) => (author.mediaId ? loaders.pictureById.load(author.mediaId) : null),
    articles: (author, args, { db }) => articlesOfAuthor(db, author, args),
  },
  Article: {
    authors: (article, _, { loaders }) => loaders.authorsByArticleId.load(article.id),
  },
  User: {
    author: async (user, _, { loaders }) => loaders.authorByUserId.load(user.id),
  },
};
