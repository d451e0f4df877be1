/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CommentsIsland($slug: String!) {\n    article(slug: $slug) {\n      id\n      ...DeferredCommentsSection_article\n    }\n  }\n": typeof types.CommentsIslandDocument,
    "\n  fragment RatingIsland_article on Article {\n    id\n    slug\n  }\n": typeof types.RatingIsland_ArticleFragmentDoc,
    "\n  query RatingIsland($slug: String!) {\n    article(slug: $slug) {\n      id\n      rating {\n        ...RatingWidget_rating\n      }\n    }\n  }\n": typeof types.RatingIslandDocument,
    "\n  fragment ArticleBody_article on Article {\n    bodyHtml\n  }\n": typeof types.ArticleBody_ArticleFragmentDoc,
    "\n  fragment ArticleByline_article on Article {\n    language\n    publishedAt\n    readingMinutes\n    author\n    authors {\n      id\n      name\n      url\n    }\n    source\n    corrections {\n      correctedAt\n      note\n    }\n  }\n": typeof types.ArticleByline_ArticleFragmentDoc,
    "\n  fragment ArticleCard_article on Article {\n    id\n    slug\n    title\n    lead\n    language\n    publishedAt\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n    image {\n      url\n    }\n    picture {\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n": typeof types.ArticleCard_ArticleFragmentDoc,
    "\n  fragment ArticleContent_article on Article {\n    ...ArticleHeader_article\n    ...ArticleFigure_article\n    ...ArticleBody_article\n    ...ArticleByline_article\n    tags {\n      id\n      ...TagList_tags\n    }\n  }\n": typeof types.ArticleContent_ArticleFragmentDoc,
    "\n  fragment ArticleFigure_article on Article {\n    image {\n      url\n      caption\n      alt\n    }\n    picture {\n      id\n      url\n      alt\n      credit\n      width\n      height\n      placeholder\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n": typeof types.ArticleFigure_ArticleFragmentDoc,
    "\n  fragment ArticleHead_article on Article {\n    slug\n    title\n    lead\n    language\n    publishedAt\n    updatedAt\n    image {\n      url\n      alt\n    }\n    picture {\n      alt\n      variants {\n        url\n        format\n        width\n        height\n      }\n    }\n    author\n    source\n    authors {\n      id\n      name\n      url\n    }\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n  }\n": typeof types.ArticleHead_ArticleFragmentDoc,
    "\n  fragment ArticleHeader_article on Article {\n    title\n    lead\n  }\n": typeof types.ArticleHeader_ArticleFragmentDoc,
    "\n  fragment ArticleList_connection on ArticleConnection {\n    edges {\n      cursor\n      node {\n        id\n        ...ArticleCard_article\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ArticleList_ConnectionFragmentDoc,
    "\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      language\n      ...ArticleHead_article\n      ...Breadcrumb_article\n      rating {\n        ...RatingWidget_rating\n      }\n      ...ArticleContent_article\n      related(first: 5) {\n        id\n        ...RelatedArticles_articles\n      }\n      ...DeferredCommentsSection_article\n    }\n  }\n": typeof types.ArticlePageDocument,
    "\n  fragment Breadcrumb_article on Article {\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n    source\n  }\n": typeof types.Breadcrumb_ArticleFragmentDoc,
    "\n  fragment RelatedArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    publishedAt\n  }\n": typeof types.RelatedArticles_ArticlesFragmentDoc,
    "\n  fragment TagList_tags on Tag {\n    id\n    slug\n    names {\n      language\n      name\n    }\n  }\n": typeof types.TagList_TagsFragmentDoc,
    "\n  query AuthorPage($slug: String!, $first: Int!, $after: String) {\n    author(slug: $slug) {\n      id\n      name\n      bio\n      url\n      picture {\n        alt\n        variants {\n          url\n          format\n          width\n          height\n        }\n      }\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n": typeof types.AuthorPageDocument,
    "\n  fragment CommentItem_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    editedAt\n    editableUntil\n    isOwn\n    status\n    depth\n  }\n": typeof types.CommentItem_CommentFragmentDoc,
    "\n  fragment CommentThread_replies on CommentConnection {\n    edges {\n      cursor\n      node {\n        id\n        status\n        depth\n        parent {\n          id\n          authorName\n        }\n        ...CommentItem_comment\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.CommentThread_RepliesFragmentDoc,
    "\n  fragment CommentThread_comment on Comment {\n    id\n    replyCount\n    ...CommentItem_comment\n    replies(first: 10) {\n      ...CommentThread_replies\n    }\n  }\n": typeof types.CommentThread_CommentFragmentDoc,
    "\n  query CommentThreads($slug: String!, $orderBy: CommentOrder!, $after: String) {\n    article(slug: $slug) {\n      id\n      comments(first: 20, after: $after, orderBy: $orderBy) {\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.CommentThreadsDocument,
    "\n  query CommentReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      id\n      ... on Comment {\n        replies(first: 10, after: $after) {\n          ...CommentThread_replies\n        }\n      }\n    }\n  }\n": typeof types.CommentRepliesDocument,
    "\n  fragment DeferredCommentsSection_article on Article {\n    id\n    slug\n    commentCount\n  }\n": typeof types.DeferredCommentsSection_ArticleFragmentDoc,
    "\n  fragment CommentCache_depth on Comment {\n    depth\n  }\n": typeof types.CommentCache_DepthFragmentDoc,
    "\n  fragment CommentCache_parent on Comment {\n    parent {\n      id\n    }\n  }\n": typeof types.CommentCache_ParentFragmentDoc,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on AddCommentSuccess {\n        comment {\n          id\n          parent {\n            id\n            authorName\n          }\n          ...CommentThread_comment\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on CommentsClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      __typename\n      ... on DeleteCommentSuccess {\n        comment {\n          id\n          authorName\n          body\n          editableUntil\n          status\n          replyCount\n        }\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      __typename\n      ... on EditCommentSuccess {\n        comment {\n          id\n          body\n          editedAt\n          editableUntil\n          status\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  subscription CommentAdded($articleId: ID!) {\n    commentAdded(articleId: $articleId) {\n      id\n      isOwn\n      parent {\n        id\n        authorName\n      }\n      ...CommentThread_comment\n    }\n  }\n": typeof types.CommentAddedDocument,
    "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      __typename\n      ... on ReportCommentSuccess {\n        comment {\n          id\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.ReportCommentDocument,
    "\n  query HomePage($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      ...ArticleList_connection\n    }\n    mostRead(first: 5) {\n      id\n      ...PopularArticles_articles\n    }\n    mostCommented(first: 5) {\n      id\n      ...PopularArticles_articles\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment PopularArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    commentCount\n  }\n": typeof types.PopularArticles_ArticlesFragmentDoc,
    "\n  fragment SectionNav_sections on Section {\n    id\n    slug\n    names {\n      language\n      name\n    }\n  }\n": typeof types.SectionNav_SectionsFragmentDoc,
    "\n  query SiteHeader {\n    sections {\n      id\n      ...SectionNav_sections\n    }\n  }\n": typeof types.SiteHeaderDocument,
    "\n  query Limits {\n    limits {\n      comment {\n        bodyMax\n        authorNameMax\n        editWindowSeconds\n      }\n      typo {\n        selectionMax\n        contextMax\n        noteMax\n      }\n      rating {\n        minScore\n        maxScore\n      }\n      article {\n        titleMax\n        leadMax\n        bodyMax\n        captionMax\n        nameMax\n        tagsMax\n      }\n      author {\n        nameMax\n        bioMax\n        perArticle\n      }\n      media {\n        uploadBytes\n        altMax\n        captionMax\n        creditMax\n      }\n      staff {\n        loginPattern\n        nameMax\n        passwordMin\n        passwordMax\n        tokenLabelMax\n      }\n      sectionAndTag {\n        nameMax\n        slugMax\n      }\n      publishing {\n        scheduleMaxDays\n      }\n    }\n  }\n": typeof types.LimitsDocument,
    "\n  query PreviewPage($token: String!) {\n    previewArticle(token: $token) {\n      __typename\n      ... on ArticlePreview {\n        expiresAt\n        article {\n          id\n          title\n          language\n          ...Breadcrumb_article\n          ...ArticleContent_article\n        }\n      }\n      ... on PreviewUnavailable {\n        reason\n        publishedSlug\n      }\n    }\n  }\n": typeof types.PreviewPageDocument,
    "\n  fragment RatingWidget_rating on RatingSummary {\n    articleId\n    average\n    count\n    distribution\n    viewerScore\n  }\n": typeof types.RatingWidget_RatingFragmentDoc,
    "\n  mutation ClearRating($input: ClearRatingInput!) {\n    clearRating(input: $input) {\n      __typename\n      ... on ClearRatingSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.ClearRatingDocument,
    "\n  subscription RatingChanged($articleId: ID!) {\n    ratingChanged(articleId: $articleId) {\n      articleId\n      average\n      count\n      distribution\n    }\n  }\n": typeof types.RatingChangedDocument,
    "\n  mutation RateArticle($input: RateArticleInput!) {\n    rateArticle(input: $input) {\n      __typename\n      ... on RateArticleSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n": typeof types.RateArticleDocument,
    "\n  query SectionPage($slug: String!, $language: Language!, $first: Int!, $after: String) {\n    section(slug: $slug) {\n      id\n      name(language: $language)\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n": typeof types.SectionPageDocument,
    "\n  query TagPage($slug: String!, $language: Language!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      name(language: $language)\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n": typeof types.TagPageDocument,
    "\n  mutation ReportTypo($input: ReportTypoInput!) {\n    reportTypo(input: $input) {\n      __typename\n      ... on ReportTypoSuccess {\n        message\n      }\n      ... on ValidationError {\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n": typeof types.ReportTypoDocument,
};
const documents: Documents = {
    "\n  query CommentsIsland($slug: String!) {\n    article(slug: $slug) {\n      id\n      ...DeferredCommentsSection_article\n    }\n  }\n": types.CommentsIslandDocument,
    "\n  fragment RatingIsland_article on Article {\n    id\n    slug\n  }\n": types.RatingIsland_ArticleFragmentDoc,
    "\n  query RatingIsland($slug: String!) {\n    article(slug: $slug) {\n      id\n      rating {\n        ...RatingWidget_rating\n      }\n    }\n  }\n": types.RatingIslandDocument,
    "\n  fragment ArticleBody_article on Article {\n    bodyHtml\n  }\n": types.ArticleBody_ArticleFragmentDoc,
    "\n  fragment ArticleByline_article on Article {\n    language\n    publishedAt\n    readingMinutes\n    author\n    authors {\n      id\n      name\n      url\n    }\n    source\n    corrections {\n      correctedAt\n      note\n    }\n  }\n": types.ArticleByline_ArticleFragmentDoc,
    "\n  fragment ArticleCard_article on Article {\n    id\n    slug\n    title\n    lead\n    language\n    publishedAt\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n    image {\n      url\n    }\n    picture {\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n": types.ArticleCard_ArticleFragmentDoc,
    "\n  fragment ArticleContent_article on Article {\n    ...ArticleHeader_article\n    ...ArticleFigure_article\n    ...ArticleBody_article\n    ...ArticleByline_article\n    tags {\n      id\n      ...TagList_tags\n    }\n  }\n": types.ArticleContent_ArticleFragmentDoc,
    "\n  fragment ArticleFigure_article on Article {\n    image {\n      url\n      caption\n      alt\n    }\n    picture {\n      id\n      url\n      alt\n      credit\n      width\n      height\n      placeholder\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n": types.ArticleFigure_ArticleFragmentDoc,
    "\n  fragment ArticleHead_article on Article {\n    slug\n    title\n    lead\n    language\n    publishedAt\n    updatedAt\n    image {\n      url\n      alt\n    }\n    picture {\n      alt\n      variants {\n        url\n        format\n        width\n        height\n      }\n    }\n    author\n    source\n    authors {\n      id\n      name\n      url\n    }\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n  }\n": types.ArticleHead_ArticleFragmentDoc,
    "\n  fragment ArticleHeader_article on Article {\n    title\n    lead\n  }\n": types.ArticleHeader_ArticleFragmentDoc,
    "\n  fragment ArticleList_connection on ArticleConnection {\n    edges {\n      cursor\n      node {\n        id\n        ...ArticleCard_article\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ArticleList_ConnectionFragmentDoc,
    "\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      language\n      ...ArticleHead_article\n      ...Breadcrumb_article\n      rating {\n        ...RatingWidget_rating\n      }\n      ...ArticleContent_article\n      related(first: 5) {\n        id\n        ...RelatedArticles_articles\n      }\n      ...DeferredCommentsSection_article\n    }\n  }\n": types.ArticlePageDocument,
    "\n  fragment Breadcrumb_article on Article {\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n    source\n  }\n": types.Breadcrumb_ArticleFragmentDoc,
    "\n  fragment RelatedArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    publishedAt\n  }\n": types.RelatedArticles_ArticlesFragmentDoc,
    "\n  fragment TagList_tags on Tag {\n    id\n    slug\n    names {\n      language\n      name\n    }\n  }\n": types.TagList_TagsFragmentDoc,
    "\n  query AuthorPage($slug: String!, $first: Int!, $after: String) {\n    author(slug: $slug) {\n      id\n      name\n      bio\n      url\n      picture {\n        alt\n        variants {\n          url\n          format\n          width\n          height\n        }\n      }\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n": types.AuthorPageDocument,
    "\n  fragment CommentItem_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    editedAt\n    editableUntil\n    isOwn\n    status\n    depth\n  }\n": types.CommentItem_CommentFragmentDoc,
    "\n  fragment CommentThread_replies on CommentConnection {\n    edges {\n      cursor\n      node {\n        id\n        status\n        depth\n        parent {\n          id\n          authorName\n        }\n        ...CommentItem_comment\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": types.CommentThread_RepliesFragmentDoc,
    "\n  fragment CommentThread_comment on Comment {\n    id\n    replyCount\n    ...CommentItem_comment\n    replies(first: 10) {\n      ...CommentThread_replies\n    }\n  }\n": types.CommentThread_CommentFragmentDoc,
    "\n  query CommentThreads($slug: String!, $orderBy: CommentOrder!, $after: String) {\n    article(slug: $slug) {\n      id\n      comments(first: 20, after: $after, orderBy: $orderBy) {\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.CommentThreadsDocument,
    "\n  query CommentReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      id\n      ... on Comment {\n        replies(first: 10, after: $after) {\n          ...CommentThread_replies\n        }\n      }\n    }\n  }\n": types.CommentRepliesDocument,
    "\n  fragment DeferredCommentsSection_article on Article {\n    id\n    slug\n    commentCount\n  }\n": types.DeferredCommentsSection_ArticleFragmentDoc,
    "\n  fragment CommentCache_depth on Comment {\n    depth\n  }\n": types.CommentCache_DepthFragmentDoc,
    "\n  fragment CommentCache_parent on Comment {\n    parent {\n      id\n    }\n  }\n": types.CommentCache_ParentFragmentDoc,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on AddCommentSuccess {\n        comment {\n          id\n          parent {\n            id\n            authorName\n          }\n          ...CommentThread_comment\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on CommentsClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      __typename\n      ... on DeleteCommentSuccess {\n        comment {\n          id\n          authorName\n          body\n          editableUntil\n          status\n          replyCount\n        }\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      __typename\n      ... on EditCommentSuccess {\n        comment {\n          id\n          body\n          editedAt\n          editableUntil\n          status\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.EditCommentDocument,
    "\n  subscription CommentAdded($articleId: ID!) {\n    commentAdded(articleId: $articleId) {\n      id\n      isOwn\n      parent {\n        id\n        authorName\n      }\n      ...CommentThread_comment\n    }\n  }\n": types.CommentAddedDocument,
    "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      __typename\n      ... on ReportCommentSuccess {\n        comment {\n          id\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.ReportCommentDocument,
    "\n  query HomePage($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      ...ArticleList_connection\n    }\n    mostRead(first: 5) {\n      id\n      ...PopularArticles_articles\n    }\n    mostCommented(first: 5) {\n      id\n      ...PopularArticles_articles\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment PopularArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    commentCount\n  }\n": types.PopularArticles_ArticlesFragmentDoc,
    "\n  fragment SectionNav_sections on Section {\n    id\n    slug\n    names {\n      language\n      name\n    }\n  }\n": types.SectionNav_SectionsFragmentDoc,
    "\n  query SiteHeader {\n    sections {\n      id\n      ...SectionNav_sections\n    }\n  }\n": types.SiteHeaderDocument,
    "\n  query Limits {\n    limits {\n      comment {\n        bodyMax\n        authorNameMax\n        editWindowSeconds\n      }\n      typo {\n        selectionMax\n        contextMax\n        noteMax\n      }\n      rating {\n        minScore\n        maxScore\n      }\n      article {\n        titleMax\n        leadMax\n        bodyMax\n        captionMax\n        nameMax\n        tagsMax\n      }\n      author {\n        nameMax\n        bioMax\n        perArticle\n      }\n      media {\n        uploadBytes\n        altMax\n        captionMax\n        creditMax\n      }\n      staff {\n        loginPattern\n        nameMax\n        passwordMin\n        passwordMax\n        tokenLabelMax\n      }\n      sectionAndTag {\n        nameMax\n        slugMax\n      }\n      publishing {\n        scheduleMaxDays\n      }\n    }\n  }\n": types.LimitsDocument,
    "\n  query PreviewPage($token: String!) {\n    previewArticle(token: $token) {\n      __typename\n      ... on ArticlePreview {\n        expiresAt\n        article {\n          id\n          title\n          language\n          ...Breadcrumb_article\n          ...ArticleContent_article\n        }\n      }\n      ... on PreviewUnavailable {\n        reason\n        publishedSlug\n      }\n    }\n  }\n": types.PreviewPageDocument,
    "\n  fragment RatingWidget_rating on RatingSummary {\n    articleId\n    average\n    count\n    distribution\n    viewerScore\n  }\n": types.RatingWidget_RatingFragmentDoc,
    "\n  mutation ClearRating($input: ClearRatingInput!) {\n    clearRating(input: $input) {\n      __typename\n      ... on ClearRatingSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.ClearRatingDocument,
    "\n  subscription RatingChanged($articleId: ID!) {\n    ratingChanged(articleId: $articleId) {\n      articleId\n      average\n      count\n      distribution\n    }\n  }\n": types.RatingChangedDocument,
    "\n  mutation RateArticle($input: RateArticleInput!) {\n    rateArticle(input: $input) {\n      __typename\n      ... on RateArticleSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n": types.RateArticleDocument,
    "\n  query SectionPage($slug: String!, $language: Language!, $first: Int!, $after: String) {\n    section(slug: $slug) {\n      id\n      name(language: $language)\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n": types.SectionPageDocument,
    "\n  query TagPage($slug: String!, $language: Language!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      name(language: $language)\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n": types.TagPageDocument,
    "\n  mutation ReportTypo($input: ReportTypoInput!) {\n    reportTypo(input: $input) {\n      __typename\n      ... on ReportTypoSuccess {\n        message\n      }\n      ... on ValidationError {\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n": types.ReportTypoDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsIsland($slug: String!) {\n    article(slug: $slug) {\n      id\n      ...DeferredCommentsSection_article\n    }\n  }\n"): (typeof documents)["\n  query CommentsIsland($slug: String!) {\n    article(slug: $slug) {\n      id\n      ...DeferredCommentsSection_article\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingIsland_article on Article {\n    id\n    slug\n  }\n"): (typeof documents)["\n  fragment RatingIsland_article on Article {\n    id\n    slug\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatingIsland($slug: String!) {\n    article(slug: $slug) {\n      id\n      rating {\n        ...RatingWidget_rating\n      }\n    }\n  }\n"): (typeof documents)["\n  query RatingIsland($slug: String!) {\n    article(slug: $slug) {\n      id\n      rating {\n        ...RatingWidget_rating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleBody_article on Article {\n    bodyHtml\n  }\n"): (typeof documents)["\n  fragment ArticleBody_article on Article {\n    bodyHtml\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleByline_article on Article {\n    language\n    publishedAt\n    readingMinutes\n    author\n    authors {\n      id\n      name\n      url\n    }\n    source\n    corrections {\n      correctedAt\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleByline_article on Article {\n    language\n    publishedAt\n    readingMinutes\n    author\n    authors {\n      id\n      name\n      url\n    }\n    source\n    corrections {\n      correctedAt\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleCard_article on Article {\n    id\n    slug\n    title\n    lead\n    language\n    publishedAt\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n    image {\n      url\n    }\n    picture {\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleCard_article on Article {\n    id\n    slug\n    title\n    lead\n    language\n    publishedAt\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n    image {\n      url\n    }\n    picture {\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleContent_article on Article {\n    ...ArticleHeader_article\n    ...ArticleFigure_article\n    ...ArticleBody_article\n    ...ArticleByline_article\n    tags {\n      id\n      ...TagList_tags\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleContent_article on Article {\n    ...ArticleHeader_article\n    ...ArticleFigure_article\n    ...ArticleBody_article\n    ...ArticleByline_article\n    tags {\n      id\n      ...TagList_tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleFigure_article on Article {\n    image {\n      url\n      caption\n      alt\n    }\n    picture {\n      id\n      url\n      alt\n      credit\n      width\n      height\n      placeholder\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleFigure_article on Article {\n    image {\n      url\n      caption\n      alt\n    }\n    picture {\n      id\n      url\n      alt\n      credit\n      width\n      height\n      placeholder\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleHead_article on Article {\n    slug\n    title\n    lead\n    language\n    publishedAt\n    updatedAt\n    image {\n      url\n      alt\n    }\n    picture {\n      alt\n      variants {\n        url\n        format\n        width\n        height\n      }\n    }\n    author\n    source\n    authors {\n      id\n      name\n      url\n    }\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleHead_article on Article {\n    slug\n    title\n    lead\n    language\n    publishedAt\n    updatedAt\n    image {\n      url\n      alt\n    }\n    picture {\n      alt\n      variants {\n        url\n        format\n        width\n        height\n      }\n    }\n    author\n    source\n    authors {\n      id\n      name\n      url\n    }\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleHeader_article on Article {\n    title\n    lead\n  }\n"): (typeof documents)["\n  fragment ArticleHeader_article on Article {\n    title\n    lead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleList_connection on ArticleConnection {\n    edges {\n      cursor\n      node {\n        id\n        ...ArticleCard_article\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleList_connection on ArticleConnection {\n    edges {\n      cursor\n      node {\n        id\n        ...ArticleCard_article\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      language\n      ...ArticleHead_article\n      ...Breadcrumb_article\n      rating {\n        ...RatingWidget_rating\n      }\n      ...ArticleContent_article\n      related(first: 5) {\n        id\n        ...RelatedArticles_articles\n      }\n      ...DeferredCommentsSection_article\n    }\n  }\n"): (typeof documents)["\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      language\n      ...ArticleHead_article\n      ...Breadcrumb_article\n      rating {\n        ...RatingWidget_rating\n      }\n      ...ArticleContent_article\n      related(first: 5) {\n        id\n        ...RelatedArticles_articles\n      }\n      ...DeferredCommentsSection_article\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Breadcrumb_article on Article {\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n    source\n  }\n"): (typeof documents)["\n  fragment Breadcrumb_article on Article {\n    section {\n      id\n      slug\n      names {\n        language\n        name\n      }\n    }\n    source\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelatedArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment RelatedArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TagList_tags on Tag {\n    id\n    slug\n    names {\n      language\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TagList_tags on Tag {\n    id\n    slug\n    names {\n      language\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorPage($slug: String!, $first: Int!, $after: String) {\n    author(slug: $slug) {\n      id\n      name\n      bio\n      url\n      picture {\n        alt\n        variants {\n          url\n          format\n          width\n          height\n        }\n      }\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorPage($slug: String!, $first: Int!, $after: String) {\n    author(slug: $slug) {\n      id\n      name\n      bio\n      url\n      picture {\n        alt\n        variants {\n          url\n          format\n          width\n          height\n        }\n      }\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentItem_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    editedAt\n    editableUntil\n    isOwn\n    status\n    depth\n  }\n"): (typeof documents)["\n  fragment CommentItem_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    editedAt\n    editableUntil\n    isOwn\n    status\n    depth\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThread_replies on CommentConnection {\n    edges {\n      cursor\n      node {\n        id\n        status\n        depth\n        parent {\n          id\n          authorName\n        }\n        ...CommentItem_comment\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThread_replies on CommentConnection {\n    edges {\n      cursor\n      node {\n        id\n        status\n        depth\n        parent {\n          id\n          authorName\n        }\n        ...CommentItem_comment\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThread_comment on Comment {\n    id\n    replyCount\n    ...CommentItem_comment\n    replies(first: 10) {\n      ...CommentThread_replies\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThread_comment on Comment {\n    id\n    replyCount\n    ...CommentItem_comment\n    replies(first: 10) {\n      ...CommentThread_replies\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentThreads($slug: String!, $orderBy: CommentOrder!, $after: String) {\n    article(slug: $slug) {\n      id\n      comments(first: 20, after: $after, orderBy: $orderBy) {\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentThreads($slug: String!, $orderBy: CommentOrder!, $after: String) {\n    article(slug: $slug) {\n      id\n      comments(first: 20, after: $after, orderBy: $orderBy) {\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      id\n      ... on Comment {\n        replies(first: 10, after: $after) {\n          ...CommentThread_replies\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      id\n      ... on Comment {\n        replies(first: 10, after: $after) {\n          ...CommentThread_replies\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeferredCommentsSection_article on Article {\n    id\n    slug\n    commentCount\n  }\n"): (typeof documents)["\n  fragment DeferredCommentsSection_article on Article {\n    id\n    slug\n    commentCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentCache_depth on Comment {\n    depth\n  }\n"): (typeof documents)["\n  fragment CommentCache_depth on Comment {\n    depth\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentCache_parent on Comment {\n    parent {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CommentCache_parent on Comment {\n    parent {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on AddCommentSuccess {\n        comment {\n          id\n          parent {\n            id\n            authorName\n          }\n          ...CommentThread_comment\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on CommentsClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on AddCommentSuccess {\n        comment {\n          id\n          parent {\n            id\n            authorName\n          }\n          ...CommentThread_comment\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on CommentsClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      __typename\n      ... on DeleteCommentSuccess {\n        comment {\n          id\n          authorName\n          body\n          editableUntil\n          status\n          replyCount\n        }\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      __typename\n      ... on DeleteCommentSuccess {\n        comment {\n          id\n          authorName\n          body\n          editableUntil\n          status\n          replyCount\n        }\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      __typename\n      ... on EditCommentSuccess {\n        comment {\n          id\n          body\n          editedAt\n          editableUntil\n          status\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      __typename\n      ... on EditCommentSuccess {\n        comment {\n          id\n          body\n          editedAt\n          editableUntil\n          status\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentAdded($articleId: ID!) {\n    commentAdded(articleId: $articleId) {\n      id\n      isOwn\n      parent {\n        id\n        authorName\n      }\n      ...CommentThread_comment\n    }\n  }\n"): (typeof documents)["\n  subscription CommentAdded($articleId: ID!) {\n    commentAdded(articleId: $articleId) {\n      id\n      isOwn\n      parent {\n        id\n        authorName\n      }\n      ...CommentThread_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      __typename\n      ... on ReportCommentSuccess {\n        comment {\n          id\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      __typename\n      ... on ReportCommentSuccess {\n        comment {\n          id\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      ...ArticleList_connection\n    }\n    mostRead(first: 5) {\n      id\n      ...PopularArticles_articles\n    }\n    mostCommented(first: 5) {\n      id\n      ...PopularArticles_articles\n    }\n  }\n"): (typeof documents)["\n  query HomePage($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      ...ArticleList_connection\n    }\n    mostRead(first: 5) {\n      id\n      ...PopularArticles_articles\n    }\n    mostCommented(first: 5) {\n      id\n      ...PopularArticles_articles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PopularArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    commentCount\n  }\n"): (typeof documents)["\n  fragment PopularArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    commentCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectionNav_sections on Section {\n    id\n    slug\n    names {\n      language\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SectionNav_sections on Section {\n    id\n    slug\n    names {\n      language\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteHeader {\n    sections {\n      id\n      ...SectionNav_sections\n    }\n  }\n"): (typeof documents)["\n  query SiteHeader {\n    sections {\n      id\n      ...SectionNav_sections\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Limits {\n    limits {\n      comment {\n        bodyMax\n        authorNameMax\n        editWindowSeconds\n      }\n      typo {\n        selectionMax\n        contextMax\n        noteMax\n      }\n      rating {\n        minScore\n        maxScore\n      }\n      article {\n        titleMax\n        leadMax\n        bodyMax\n        captionMax\n        nameMax\n        tagsMax\n      }\n      author {\n        nameMax\n        bioMax\n        perArticle\n      }\n      media {\n        uploadBytes\n        altMax\n        captionMax\n        creditMax\n      }\n      staff {\n        loginPattern\n        nameMax\n        passwordMin\n        passwordMax\n        tokenLabelMax\n      }\n      sectionAndTag {\n        nameMax\n        slugMax\n      }\n      publishing {\n        scheduleMaxDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query Limits {\n    limits {\n      comment {\n        bodyMax\n        authorNameMax\n        editWindowSeconds\n      }\n      typo {\n        selectionMax\n        contextMax\n        noteMax\n      }\n      rating {\n        minScore\n        maxScore\n      }\n      article {\n        titleMax\n        leadMax\n        bodyMax\n        captionMax\n        nameMax\n        tagsMax\n      }\n      author {\n        nameMax\n        bioMax\n        perArticle\n      }\n      media {\n        uploadBytes\n        altMax\n        captionMax\n        creditMax\n      }\n      staff {\n        loginPattern\n        nameMax\n        passwordMin\n        passwordMax\n        tokenLabelMax\n      }\n      sectionAndTag {\n        nameMax\n        slugMax\n      }\n      publishing {\n        scheduleMaxDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPage($token: String!) {\n    previewArticle(token: $token) {\n      __typename\n      ... on ArticlePreview {\n        expiresAt\n        article {\n          id\n          title\n          language\n          ...Breadcrumb_article\n          ...ArticleContent_article\n        }\n      }\n      ... on PreviewUnavailable {\n        reason\n        publishedSlug\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewPage($token: String!) {\n    previewArticle(token: $token) {\n      __typename\n      ... on ArticlePreview {\n        expiresAt\n        article {\n          id\n          title\n          language\n          ...Breadcrumb_article\n          ...ArticleContent_article\n        }\n      }\n      ... on PreviewUnavailable {\n        reason\n        publishedSlug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingWidget_rating on RatingSummary {\n    articleId\n    average\n    count\n    distribution\n    viewerScore\n  }\n"): (typeof documents)["\n  fragment RatingWidget_rating on RatingSummary {\n    articleId\n    average\n    count\n    distribution\n    viewerScore\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearRating($input: ClearRatingInput!) {\n    clearRating(input: $input) {\n      __typename\n      ... on ClearRatingSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearRating($input: ClearRatingInput!) {\n    clearRating(input: $input) {\n      __typename\n      ... on ClearRatingSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RatingChanged($articleId: ID!) {\n    ratingChanged(articleId: $articleId) {\n      articleId\n      average\n      count\n      distribution\n    }\n  }\n"): (typeof documents)["\n  subscription RatingChanged($articleId: ID!) {\n    ratingChanged(articleId: $articleId) {\n      articleId\n      average\n      count\n      distribution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateArticle($input: RateArticleInput!) {\n    rateArticle(input: $input) {\n      __typename\n      ... on RateArticleSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RateArticle($input: RateArticleInput!) {\n    rateArticle(input: $input) {\n      __typename\n      ... on RateArticleSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionPage($slug: String!, $language: Language!, $first: Int!, $after: String) {\n    section(slug: $slug) {\n      id\n      name(language: $language)\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionPage($slug: String!, $language: Language!, $first: Int!, $after: String) {\n    section(slug: $slug) {\n      id\n      name(language: $language)\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagPage($slug: String!, $language: Language!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      name(language: $language)\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagPage($slug: String!, $language: Language!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      name(language: $language)\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportTypo($input: ReportTypoInput!) {\n    reportTypo(input: $input) {\n      __typename\n      ... on ReportTypoSuccess {\n        message\n      }\n      ... on ValidationError {\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportTypo($input: ReportTypoInput!) {\n    reportTypo(input: $input) {\n      __typename\n      ... on ReportTypoSuccess {\n        message\n      }\n      ... on ValidationError {\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;