import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types from the committed SDL, with mappers so parent objects are the drizzle
// row types the queries return (docs/design.md, "Modules and layers": codegen with mappers to the data layer).
const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  generates: {
    'src/graphql/generated/resolverTypes.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context#Context',
        useIndexSignature: false,
        enumsAsTypes: true,
        scalars: { DateTime: 'Date' },
        mappers: {
          Article: '@newsroom/db/schema#ArticleRow',
          Section: '../../modules/sections/localizedNameRules#SectionModel',
          Tag: '../../modules/sections/localizedNameRules#TagModel',
          Comment: '@newsroom/db/schema#CommentRow',
          TypoReport: '@newsroom/db/schema#TypoReportRow',
          User: '@newsroom/db/schema#UserRow',
          ArticleRevision: '@newsroom/db/schema#ArticleRevisionRow',
          ApiToken: '@newsroom/db/schema#ApiTokenRow',
          StaffUser: '../../modules/staff/staffQueries#StaffUserRow',
          Author: '@newsroom/db/schema#AuthorRow',
          PreviewLink: '@newsroom/db/schema#PreviewLinkRow',
          ArticlePreview: '../../modules/publishing/previewService#ArticlePreviewModel',
          PreviewUnavailable: '../../modules/publishing/previewService#PreviewUnavailableModel',
          RatingSummary: '../../modules/ratings/ratingRules#RatingSummaryModel',
          Viewer: '../../modules/auth/viewerService#ViewerModel',
          Media: '../../modules/media/mediaQueries#MediaModel',
          SearchHit: '../../modules/search/searchService#SearchHitModel',
        },
      },
    },
  },
};

export default config;
