import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { articleResolvers } from '../modules/articles/articleResolvers';
import { authorResolvers } from '../modules/authors/authorResolvers';
import { publishingResolvers } from '../modules/publishing/publishingResolvers';
import { applyAuthDirective } from '../modules/auth/authDirectiveResolvers';
import { viewerResolvers } from '../modules/auth/viewerResolvers';
import { commentResolvers } from '../modules/comments/commentResolvers';
import { mediaResolvers } from '../modules/media/mediaResolvers';
import { limitsResolvers } from '../modules/limits/limitsResolvers';
import { searchResolvers } from '../modules/search/searchResolvers';
import { nodeResolvers } from '../modules/node/nodeResolvers';
import { ratingResolvers } from '../modules/ratings/ratingResolvers';
import { sectionResolvers } from '../modules/sections/sectionResolvers';
import { tagResolvers } from '../modules/tags/tagResolvers';
import { typoReportResolvers } from '../modules/typo-reports/typoReportResolvers';
import { staffResolvers } from '../modules/staff/staffResolvers';
import { viewResolvers } from '../modules/views/viewResolvers';
import { scalarResolvers } from './scalars';
import { typeDefs } from './typeDefs';

export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: [
      scalarResolvers,
      { Mutation: { ping: () => true } },
      articleResolvers,
      sectionResolvers,
      tagResolvers,
      ratingResolvers,
      commentResolvers,
      typoReportResolvers,
      viewerResolvers,
      staffResolvers,
      mediaResolvers,
      nodeResolvers,
      authorResolvers,
      publishingResolvers,
      limitsResolvers,
      searchResolvers,
      viewResolvers,
    ],
  });
  return applyAuthDirective(schema);
}
