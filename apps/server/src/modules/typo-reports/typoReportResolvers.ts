import type { Context } from '../../graphql/context';
import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { resultMember } from '../../platform/problems';
import { toGraphQLEnum } from '../../platform/enums';
import { toGlobalId } from '../../platform/globalId';
import { requireRole } from '../auth/viewerService';
import { listTypoReports, reportTypo, resolveTypoReport } from './typoReportService';

export const typoReportResolvers: Resolvers = {
  Query: {
    typoReports: (_, args, context) => listTypoReports(context, args),
  },
  Mutation: {
    reportTypo: (_, { input }, context) => reportTypo(context, input),
    resolveTypoReport: (_, { input }, context) => resolveTypoReport(context, input),
  },
  Subscription: {
    typoReported: {
      subscribe: (_, __, { pubsub, viewer }) => {
        requireRole(viewer, 'editor', 'moderator');
        return pubsub.subscribe('typoReported');
      },
      resolve: async ({ reportId }: { reportId: number }, _args: unknown, { loaders }: Context) => {
        const report = await loaders.typoReportById.clear(reportId).load(reportId);
        if (!report) throw new Error(`Typo report ${reportId} vanished`);
        loaders.typoNotesByReportId.clear(reportId);
        return report;
      },
    },
  },
  ReportTypoResult: { __resolveType: resultMember('ReportTypoSuccess') },
  ResolveTypoReportResult: { __resolveType: resultMember('ResolveTypoReportSuccess') },
  TypoReport: {
    id: (report) => toGlobalId('TypoReport', report.id),
    status: (report) => toGraphQLEnum(report.status),
    article: async (report, _, { loaders }) => (await loaders.articleById.load(report.articleId))!,
    // Readers' notes may say anything; only the newsroom reads them.
    notes: (report, _, { loaders, viewer }) => (viewer.kind === 'staff' ? loaders.typoNotesByReportId.load(report.id) : []),
  },
};
