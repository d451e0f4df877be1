import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { toGraphQLEnum } from '../../platform/enums';
import { toGlobalId } from '../../platform/globalId';
import { resultMember } from '../../platform/problems';
import { inviteStaff, redeemAccountLink, resetStaffPassword, staffUsers, unlockStaffUser, updateStaffUser } from './staffService';

export const staffResolvers: Resolvers = {
  Query: {
    staffUsers: (_, __, context) => staffUsers(context),
  },
  Mutation: {
    inviteStaff: (_, { input }, context) => inviteStaff(context, input),
    updateStaffUser: (_, { input }, context) => updateStaffUser(context, input),
    resetStaffPassword: (_, { input }, context) => resetStaffPassword(context, input),
    unlockStaffUser: (_, { input }, context) => unlockStaffUser(context, input),
    redeemAccountLink: (_, { input }, context) => redeemAccountLink(context, input),
  },
  InviteStaffResult: { __resolveType: resultMember('InviteStaffSuccess') },
  UpdateStaffUserResult: { __resolveType: resultMember('UpdateStaffUserSuccess') },
  ResetStaffPasswordResult: { __resolveType: resultMember('ResetStaffPasswordSuccess') },
  UnlockStaffUserResult: { __resolveType: resultMember('UnlockStaffUserSuccess') },
  RedeemAccountLinkResult: { __resolveType: resultMember('SignInSuccess') },
  StaffUser: {
    id: (user) => toGlobalId('User', user.id),
    role: (user) => toGraphQLEnum(user.role),
    disabled: (user) => user.disabledAt !== null,
    hasPassword: (user) => user.passwordHash !== null,
  },
};
