import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { effectiveLimits } from './limitsService';

export const limitsResolvers: Resolvers = {
  Query: {
    limits: (_, __, { config }) => effectiveLimits(config),
  },
};
