import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { resultMember } from '../../platform/problems';
import { toGraphQLEnum } from '../../platform/enums';
import { toGlobalId } from '../../platform/globalId';
import { apiTokensOf, createApiToken, revokeApiToken, signIn, signOut, userOfViewer } from './authService';

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_, __, { viewer }) => viewer,
    apiTokens: (_, __, context) => apiTokensOf(context),
  },
  Mutation: {
    signIn: (_, { input }, context) => signIn(context, input),
    signOut: (_, __, context) => signOut(context),
    createApiToken: (_, { input }, context) => createApiToken(context, input),
    revokeApiToken: (_, { input }, context) => revokeApiToken(context, input),
  },
  SignInResult: { __resolveType: resultMember('SignInSuccess') },
  CreateApiTokenResult: { __resolveType: resultMember('CreateApiTokenSuccess') },
  RevokeApiTokenResult: { __resolveType: resultMember('RevokeApiTokenSuccess') },
  Viewer: {
    role: (viewer) => toGraphQLEnum(viewer.kind === 'staff' ? viewer.role : 'reader'),
    name: (viewer) => (viewer.kind === 'staff' ? viewer.name : null),
    user: (viewer, _, { db }) => userOfViewer(db, viewer),
  },
  User: {
    id: (user) => toGlobalId('User', user.id),
    role: (user) => toGraphQLEnum(user.role),
  },
  ApiToken: {
    id: (token) => toGlobalId('ApiToken', token.id),
  },
};
