import { articleTypeDefs } from '../modules/articles/articles.graphql';
import { authorTypeDefs } from '../modules/authors/authors.graphql';
import { publishingTypeDefs } from '../modules/publishing/publishing.graphql';
import { authTypeDefs } from '../modules/auth/auth.graphql';
import { commentTypeDefs } from '../modules/comments/comments.graphql';
import { ratingTypeDefs } from '../modules/ratings/ratings.graphql';
import { sectionTypeDefs } from '../modules/sections/sections.graphql';
import { tagTypeDefs } from '../modules/tags/tags.graphql';
import { typoReportTypeDefs } from '../modules/typo-reports/typoReports.graphql';
import { staffTypeDefs } from '../modules/staff/staff.graphql';
import { mediaTypeDefs } from '../modules/media/media.graphql';
import { limitsTypeDefs } from '../modules/limits/limits.graphql';
import { searchTypeDefs } from '../modules/search/search.graphql';
import { viewTypeDefs } from '../modules/views/views.graphql';
import { commonTypeDefs } from './common.graphql';

/** The SDL of every module; the schema is their union. */
export const typeDefs = [
  commonTypeDefs,
  articleTypeDefs,
  sectionTypeDefs,
  tagTypeDefs,
  ratingTypeDefs,
  commentTypeDefs,
  typoReportTypeDefs,
  authTypeDefs,
  staffTypeDefs,
  authorTypeDefs,
  publishingTypeDefs,
  mediaTypeDefs,
  limitsTypeDefs,
  searchTypeDefs,
  viewTypeDefs,
];
