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
    "\n  fragment ArticleBody_article on Article {\n    bodyHtml\n  }\n": typeof types.ArticleBody_ArticleFragmentDoc,
    "\n  fragment ArticleByline_article on Article {\n    language\n    publishedAt\n    author\n    source\n    corrections {\n      correctedAt\n      note\n    }\n  }\n": typeof types.ArticleByline_ArticleFragmentDoc,
    "\n  fragment ArticleCard_article on Article {\n    id\n    slug\n    title\n    lead\n    language\n    publishedAt\n    section {\n      id\n      name\n      slug\n    }\n    image {\n      url\n    }\n  }\n": typeof types.ArticleCard_ArticleFragmentDoc,
    "\n  fragment ArticleFigure_image on Image {\n    url\n    caption\n  }\n": typeof types.ArticleFigure_ImageFragmentDoc,
    "\n  fragment ArticleHead_article on Article {\n    slug\n    title\n    lead\n    language\n    publishedAt\n    updatedAt\n    image {\n      url\n    }\n    section {\n      id\n      name\n    }\n  }\n": typeof types.ArticleHead_ArticleFragmentDoc,
    "\n  fragment ArticleHeader_article on Article {\n    title\n    lead\n  }\n": typeof types.ArticleHeader_ArticleFragmentDoc,
    "\n  fragment ArticleList_connection on ArticleConnection {\n    edges {\n      cursor\n      node {\n        id\n        ...ArticleCard_article\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.ArticleList_ConnectionFragmentDoc,
    "\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      id\n      language\n      ...ArticleHead_article\n      ...Breadcrumb_article\n      rating {\n        ...RatingWidget_rating\n      }\n      ...ArticleHeader_article\n      image {\n        ...ArticleFigure_image\n      }\n      ...ArticleBody_article\n      ...ArticleByline_article\n      tags {\n        id\n        ...TagList_tags\n      }\n      related(first: 5) {\n        id\n        ...RelatedArticles_articles\n      }\n      ...DeferredCommentsSection_article\n    }\n  }\n": typeof types.ArticlePageDocument,
    "\n  fragment Breadcrumb_article on Article {\n    section {\n      id\n      name\n      slug\n    }\n    source\n  }\n": typeof types.Breadcrumb_ArticleFragmentDoc,
    "\n  fragment RelatedArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    publishedAt\n  }\n": typeof types.RelatedArticles_ArticlesFragmentDoc,
    "\n  fragment CommentItem_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    editedAt\n    editableUntil\n    isOwn\n    status\n    depth\n  }\n": typeof types.CommentItem_CommentFragmentDoc,
    "\n  fragment CommentThread_comment on Comment {\n    id\n    replyCount\n    ...CommentItem_comment\n    replies(first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          depth\n          parent {\n            id\n            authorName\n          }\n          ...CommentItem_comment\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CommentThread_CommentFragmentDoc,
    "\n  query CommentThreads($slug: String!, $orderBy: CommentOrder!, $after: String) {\n    article(slug: $slug) {\n      id\n      comments(first: 20, after: $after, orderBy: $orderBy) {\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.CommentThreadsDocument,
    "\n  query CommentReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      id\n      ... on Comment {\n        replies(first: 10, after: $after) {\n          edges {\n            cursor\n            node {\n              id\n              status\n              depth\n              parent {\n                id\n                authorName\n              }\n              ...CommentItem_comment\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommentRepliesDocument,
    "\n  fragment DeferredCommentsSection_article on Article {\n    id\n    slug\n    commentCount\n  }\n": typeof types.DeferredCommentsSection_ArticleFragmentDoc,
    "\n  fragment CommentCache_depth on Comment {\n    depth\n  }\n": typeof types.CommentCache_DepthFragmentDoc,
    "\n  fragment CommentCache_parent on Comment {\n    parent {\n      id\n    }\n  }\n": typeof types.CommentCache_ParentFragmentDoc,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on AddCommentSuccess {\n        comment {\n          id\n          parent {\n            id\n            authorName\n          }\n          ...CommentThread_comment\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on CommentsClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      __typename\n      ... on DeleteCommentSuccess {\n        comment {\n          id\n          authorName\n          body\n          editableUntil\n          status\n          replyCount\n        }\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      __typename\n      ... on EditCommentSuccess {\n        comment {\n          id\n          body\n          editedAt\n          editableUntil\n          status\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  subscription CommentAdded($articleId: ID!) {\n    commentAdded(articleId: $articleId) {\n      id\n      isOwn\n      parent {\n        id\n        authorName\n      }\n      ...CommentThread_comment\n    }\n  }\n": typeof types.CommentAddedDocument,
    "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      __typename\n      ... on ReportCommentSuccess {\n        comment {\n          id\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.ReportCommentDocument,
    "\n  query DeskApiTokens {\n    apiTokens {\n      id\n      label\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.DeskApiTokensDocument,
    "\n  mutation DeskCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on CreateApiTokenSuccess {\n        token\n        apiToken {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": typeof types.DeskCreateApiTokenDocument,
    "\n  mutation DeskRevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      __typename\n      ... on RevokeApiTokenSuccess {\n        apiToken {\n          id\n          revokedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskRevokeApiTokenDocument,
    "\n  fragment ArticleEditor_article on Article {\n    id\n    slug\n    title\n    language\n    status\n    lead\n    body\n    source\n    author\n    updatedAt\n    section {\n      id\n      slug\n    }\n    tags {\n      id\n      name\n    }\n    image {\n      url\n      caption\n    }\n  }\n": typeof types.ArticleEditor_ArticleFragmentDoc,
    "\n  query ArticleEditorPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        ...ArticleEditor_article\n        ...RevisionsPanel_article\n      }\n    }\n  }\n": typeof types.ArticleEditorPageDocument,
    "\n  query DeskSections {\n    sections {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.DeskSectionsDocument,
    "\n  query DeskArticles($status: ArticleStatus, $search: String, $first: Int!, $after: String) {\n    deskArticles(status: $status, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DeskArticleRow_article\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DeskArticlesDocument,
    "\n  fragment DeskArticleRow_article on Article {\n    id\n    title\n    status\n    updatedAt\n    section {\n      id\n      name\n    }\n  }\n": typeof types.DeskArticleRow_ArticleFragmentDoc,
    "\n  query DeskPreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": typeof types.DeskPreviewMarkdownDocument,
    "\n  fragment QueueComment_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    status\n    reportCount\n    ...QueueCommentReports_comment\n    article {\n      id\n      slug\n      title\n    }\n    parent {\n      id\n      authorName\n      body\n    }\n  }\n": typeof types.QueueComment_CommentFragmentDoc,
    "\n  fragment QueueCommentReports_comment on Comment {\n    reportCount\n    reportReasons {\n      reason\n      count\n    }\n  }\n": typeof types.QueueCommentReports_CommentFragmentDoc,
    "\n  fragment RevisionsPanel_article on Article {\n    id\n    revisions {\n      createdAt\n      title\n      lead\n      body\n      correctionNote\n    }\n  }\n": typeof types.RevisionsPanel_ArticleFragmentDoc,
    "\n  query DeskTagSuggestions($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      name\n    }\n  }\n": typeof types.DeskTagSuggestionsDocument,
    "\n  fragment TypoQueueItem_report on TypoReport {\n    id\n    prefix\n    exact\n    suffix\n    notes\n    reporterCount\n    createdAt\n    status\n    article {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.TypoQueueItem_ReportFragmentDoc,
    "\n  query TypoQueue($status: TypoReportStatus!, $first: Int!) {\n    typoReports(status: $status, first: $first) {\n      edges {\n        node {\n          id\n          status\n          ...TypoQueueItem_report\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TypoQueueDocument,
    "\n  query DeskViewer {\n    viewer {\n      role\n      name\n      user {\n        id\n        login\n        displayName\n      }\n    }\n  }\n": typeof types.DeskViewerDocument,
    "\n  subscription DeskCommentQueued {\n    commentQueued {\n      id\n      status\n      reportCount\n      ...QueueComment_comment\n    }\n  }\n": typeof types.DeskCommentQueuedDocument,
    "\n  fragment CommentQueue_connection on CommentConnection {\n    edges {\n      node {\n        id\n        status\n        reportCount\n        ...QueueComment_comment\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n": typeof types.CommentQueue_ConnectionFragmentDoc,
    "\n  query CommentQueue($status: CommentStatus!, $first: Int!) {\n    moderationQueue(status: $status, first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n": typeof types.CommentQueueDocument,
    "\n  query ReportedComments($first: Int!) {\n    reportedComments(first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n": typeof types.ReportedCommentsDocument,
    "\n  mutation DeskCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      __typename\n      ... on CreateArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeskCreateArticleDocument,
    "\n  mutation DeskDeleteArticle($input: ArticleIdInput!) {\n    deleteArticle(input: $input) {\n      __typename\n      ... on DeleteArticleSuccess {\n        deletedId\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskDeleteArticleDocument,
    "\n  mutation DeskModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on ModerateCommentSuccess {\n        comment {\n          id\n          status\n          reportCount\n          reportReasons {\n            reason\n            count\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": typeof types.DeskModerateCommentDocument,
    "\n  mutation DeskResolveTypoReport($input: ResolveTypoReportInput!) {\n    resolveTypoReport(input: $input) {\n      __typename\n      ... on ResolveTypoReportSuccess {\n        report {\n          id\n          status\n          resolvedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": typeof types.DeskResolveTypoReportDocument,
    "\n  mutation DeskPublishArticle($input: ArticleIdInput!) {\n    publishArticle(input: $input) {\n      __typename\n      ... on PublishArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskPublishArticleDocument,
    "\n  mutation DeskUnpublishArticle($input: ArticleIdInput!) {\n    unpublishArticle(input: $input) {\n      __typename\n      ... on PublishArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskUnpublishArticleDocument,
    "\n  mutation DeskSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          role\n          name\n          user {\n            id\n            login\n            displayName\n          }\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.DeskSignInDocument,
    "\n  mutation DeskSignOut {\n    signOut {\n      viewer {\n        role\n      }\n    }\n  }\n": typeof types.DeskSignOutDocument,
    "\n  subscription DeskTypoReported {\n    typoReported {\n      id\n      status\n      ...TypoQueueItem_report\n    }\n  }\n": typeof types.DeskTypoReportedDocument,
    "\n  mutation DeskUpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      __typename\n      ... on UpdateArticleSuccess {\n        article {\n          id\n          status\n          ...ArticleEditor_article\n          ...RevisionsPanel_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskUpdateArticleDocument,
    "\n  query HomePage($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      ...ArticleList_connection\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment SectionNav_sections on Section {\n    id\n    name\n    slug\n  }\n": typeof types.SectionNav_SectionsFragmentDoc,
    "\n  query SiteHeader {\n    sections {\n      id\n      ...SectionNav_sections\n    }\n  }\n": typeof types.SiteHeaderDocument,
    "\n  fragment RatingWidget_rating on RatingSummary {\n    articleId\n    average\n    count\n    distribution\n    viewerScore\n  }\n": typeof types.RatingWidget_RatingFragmentDoc,
    "\n  mutation ClearRating($input: ClearRatingInput!) {\n    clearRating(input: $input) {\n      __typename\n      ... on ClearRatingSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.ClearRatingDocument,
    "\n  subscription RatingChanged($articleId: ID!) {\n    ratingChanged(articleId: $articleId) {\n      articleId\n      average\n      count\n      distribution\n    }\n  }\n": typeof types.RatingChangedDocument,
    "\n  mutation RateArticle($input: RateArticleInput!) {\n    rateArticle(input: $input) {\n      __typename\n      ... on RateArticleSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n": typeof types.RateArticleDocument,
    "\n  query SectionPage($slug: String!, $first: Int!, $after: String) {\n    section(slug: $slug) {\n      id\n      name\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n": typeof types.SectionPageDocument,
    "\n  fragment TagList_tags on Tag {\n    id\n    name\n    slug\n  }\n": typeof types.TagList_TagsFragmentDoc,
    "\n  query TagPage($slug: String!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      name\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n": typeof types.TagPageDocument,
    "\n  mutation ReportTypo($input: ReportTypoInput!) {\n    reportTypo(input: $input) {\n      __typename\n      ... on ReportTypoSuccess {\n        message\n      }\n      ... on ValidationError {\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n": typeof types.ReportTypoDocument,
};
const documents: Documents = {
    "\n  fragment ArticleBody_article on Article {\n    bodyHtml\n  }\n": types.ArticleBody_ArticleFragmentDoc,
    "\n  fragment ArticleByline_article on Article {\n    language\n    publishedAt\n    author\n    source\n    corrections {\n      correctedAt\n      note\n    }\n  }\n": types.ArticleByline_ArticleFragmentDoc,
    "\n  fragment ArticleCard_article on Article {\n    id\n    slug\n    title\n    lead\n    language\n    publishedAt\n    section {\n      id\n      name\n      slug\n    }\n    image {\n      url\n    }\n  }\n": types.ArticleCard_ArticleFragmentDoc,
    "\n  fragment ArticleFigure_image on Image {\n    url\n    caption\n  }\n": types.ArticleFigure_ImageFragmentDoc,
    "\n  fragment ArticleHead_article on Article {\n    slug\n    title\n    lead\n    language\n    publishedAt\n    updatedAt\n    image {\n      url\n    }\n    section {\n      id\n      name\n    }\n  }\n": types.ArticleHead_ArticleFragmentDoc,
    "\n  fragment ArticleHeader_article on Article {\n    title\n    lead\n  }\n": types.ArticleHeader_ArticleFragmentDoc,
    "\n  fragment ArticleList_connection on ArticleConnection {\n    edges {\n      cursor\n      node {\n        id\n        ...ArticleCard_article\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": types.ArticleList_ConnectionFragmentDoc,
    "\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      id\n      language\n      ...ArticleHead_article\n      ...Breadcrumb_article\n      rating {\n        ...RatingWidget_rating\n      }\n      ...ArticleHeader_article\n      image {\n        ...ArticleFigure_image\n      }\n      ...ArticleBody_article\n      ...ArticleByline_article\n      tags {\n        id\n        ...TagList_tags\n      }\n      related(first: 5) {\n        id\n        ...RelatedArticles_articles\n      }\n      ...DeferredCommentsSection_article\n    }\n  }\n": types.ArticlePageDocument,
    "\n  fragment Breadcrumb_article on Article {\n    section {\n      id\n      name\n      slug\n    }\n    source\n  }\n": types.Breadcrumb_ArticleFragmentDoc,
    "\n  fragment RelatedArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    publishedAt\n  }\n": types.RelatedArticles_ArticlesFragmentDoc,
    "\n  fragment CommentItem_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    editedAt\n    editableUntil\n    isOwn\n    status\n    depth\n  }\n": types.CommentItem_CommentFragmentDoc,
    "\n  fragment CommentThread_comment on Comment {\n    id\n    replyCount\n    ...CommentItem_comment\n    replies(first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          depth\n          parent {\n            id\n            authorName\n          }\n          ...CommentItem_comment\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CommentThread_CommentFragmentDoc,
    "\n  query CommentThreads($slug: String!, $orderBy: CommentOrder!, $after: String) {\n    article(slug: $slug) {\n      id\n      comments(first: 20, after: $after, orderBy: $orderBy) {\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.CommentThreadsDocument,
    "\n  query CommentReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      id\n      ... on Comment {\n        replies(first: 10, after: $after) {\n          edges {\n            cursor\n            node {\n              id\n              status\n              depth\n              parent {\n                id\n                authorName\n              }\n              ...CommentItem_comment\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n": types.CommentRepliesDocument,
    "\n  fragment DeferredCommentsSection_article on Article {\n    id\n    slug\n    commentCount\n  }\n": types.DeferredCommentsSection_ArticleFragmentDoc,
    "\n  fragment CommentCache_depth on Comment {\n    depth\n  }\n": types.CommentCache_DepthFragmentDoc,
    "\n  fragment CommentCache_parent on Comment {\n    parent {\n      id\n    }\n  }\n": types.CommentCache_ParentFragmentDoc,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      __typename\n      ... on AddCommentSuccess {\n        comment {\n          id\n          parent {\n            id\n            authorName\n          }\n          ...CommentThread_comment\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on CommentsClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      __typename\n      ... on DeleteCommentSuccess {\n        comment {\n          id\n          authorName\n          body\n          editableUntil\n          status\n          replyCount\n        }\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      __typename\n      ... on EditCommentSuccess {\n        comment {\n          id\n          body\n          editedAt\n          editableUntil\n          status\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on EditWindowClosed {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.EditCommentDocument,
    "\n  subscription CommentAdded($articleId: ID!) {\n    commentAdded(articleId: $articleId) {\n      id\n      isOwn\n      parent {\n        id\n        authorName\n      }\n      ...CommentThread_comment\n    }\n  }\n": types.CommentAddedDocument,
    "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      __typename\n      ... on ReportCommentSuccess {\n        comment {\n          id\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.ReportCommentDocument,
    "\n  query DeskApiTokens {\n    apiTokens {\n      id\n      label\n      createdAt\n      revokedAt\n    }\n  }\n": types.DeskApiTokensDocument,
    "\n  mutation DeskCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on CreateApiTokenSuccess {\n        token\n        apiToken {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": types.DeskCreateApiTokenDocument,
    "\n  mutation DeskRevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      __typename\n      ... on RevokeApiTokenSuccess {\n        apiToken {\n          id\n          revokedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskRevokeApiTokenDocument,
    "\n  fragment ArticleEditor_article on Article {\n    id\n    slug\n    title\n    language\n    status\n    lead\n    body\n    source\n    author\n    updatedAt\n    section {\n      id\n      slug\n    }\n    tags {\n      id\n      name\n    }\n    image {\n      url\n      caption\n    }\n  }\n": types.ArticleEditor_ArticleFragmentDoc,
    "\n  query ArticleEditorPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        ...ArticleEditor_article\n        ...RevisionsPanel_article\n      }\n    }\n  }\n": types.ArticleEditorPageDocument,
    "\n  query DeskSections {\n    sections {\n      id\n      slug\n      name\n    }\n  }\n": types.DeskSectionsDocument,
    "\n  query DeskArticles($status: ArticleStatus, $search: String, $first: Int!, $after: String) {\n    deskArticles(status: $status, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DeskArticleRow_article\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DeskArticlesDocument,
    "\n  fragment DeskArticleRow_article on Article {\n    id\n    title\n    status\n    updatedAt\n    section {\n      id\n      name\n    }\n  }\n": types.DeskArticleRow_ArticleFragmentDoc,
    "\n  query DeskPreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": types.DeskPreviewMarkdownDocument,
    "\n  fragment QueueComment_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    status\n    reportCount\n    ...QueueCommentReports_comment\n    article {\n      id\n      slug\n      title\n    }\n    parent {\n      id\n      authorName\n      body\n    }\n  }\n": types.QueueComment_CommentFragmentDoc,
    "\n  fragment QueueCommentReports_comment on Comment {\n    reportCount\n    reportReasons {\n      reason\n      count\n    }\n  }\n": types.QueueCommentReports_CommentFragmentDoc,
    "\n  fragment RevisionsPanel_article on Article {\n    id\n    revisions {\n      createdAt\n      title\n      lead\n      body\n      correctionNote\n    }\n  }\n": types.RevisionsPanel_ArticleFragmentDoc,
    "\n  query DeskTagSuggestions($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      name\n    }\n  }\n": types.DeskTagSuggestionsDocument,
    "\n  fragment TypoQueueItem_report on TypoReport {\n    id\n    prefix\n    exact\n    suffix\n    notes\n    reporterCount\n    createdAt\n    status\n    article {\n      id\n      slug\n      title\n    }\n  }\n": types.TypoQueueItem_ReportFragmentDoc,
    "\n  query TypoQueue($status: TypoReportStatus!, $first: Int!) {\n    typoReports(status: $status, first: $first) {\n      edges {\n        node {\n          id\n          status\n          ...TypoQueueItem_report\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.TypoQueueDocument,
    "\n  query DeskViewer {\n    viewer {\n      role\n      name\n      user {\n        id\n        login\n        displayName\n      }\n    }\n  }\n": types.DeskViewerDocument,
    "\n  subscription DeskCommentQueued {\n    commentQueued {\n      id\n      status\n      reportCount\n      ...QueueComment_comment\n    }\n  }\n": types.DeskCommentQueuedDocument,
    "\n  fragment CommentQueue_connection on CommentConnection {\n    edges {\n      node {\n        id\n        status\n        reportCount\n        ...QueueComment_comment\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n": types.CommentQueue_ConnectionFragmentDoc,
    "\n  query CommentQueue($status: CommentStatus!, $first: Int!) {\n    moderationQueue(status: $status, first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n": types.CommentQueueDocument,
    "\n  query ReportedComments($first: Int!) {\n    reportedComments(first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n": types.ReportedCommentsDocument,
    "\n  mutation DeskCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      __typename\n      ... on CreateArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DeskCreateArticleDocument,
    "\n  mutation DeskDeleteArticle($input: ArticleIdInput!) {\n    deleteArticle(input: $input) {\n      __typename\n      ... on DeleteArticleSuccess {\n        deletedId\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskDeleteArticleDocument,
    "\n  mutation DeskModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on ModerateCommentSuccess {\n        comment {\n          id\n          status\n          reportCount\n          reportReasons {\n            reason\n            count\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": types.DeskModerateCommentDocument,
    "\n  mutation DeskResolveTypoReport($input: ResolveTypoReportInput!) {\n    resolveTypoReport(input: $input) {\n      __typename\n      ... on ResolveTypoReportSuccess {\n        report {\n          id\n          status\n          resolvedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": types.DeskResolveTypoReportDocument,
    "\n  mutation DeskPublishArticle($input: ArticleIdInput!) {\n    publishArticle(input: $input) {\n      __typename\n      ... on PublishArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskPublishArticleDocument,
    "\n  mutation DeskUnpublishArticle($input: ArticleIdInput!) {\n    unpublishArticle(input: $input) {\n      __typename\n      ... on PublishArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskUnpublishArticleDocument,
    "\n  mutation DeskSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          role\n          name\n          user {\n            id\n            login\n            displayName\n          }\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.DeskSignInDocument,
    "\n  mutation DeskSignOut {\n    signOut {\n      viewer {\n        role\n      }\n    }\n  }\n": types.DeskSignOutDocument,
    "\n  subscription DeskTypoReported {\n    typoReported {\n      id\n      status\n      ...TypoQueueItem_report\n    }\n  }\n": types.DeskTypoReportedDocument,
    "\n  mutation DeskUpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      __typename\n      ... on UpdateArticleSuccess {\n        article {\n          id\n          status\n          ...ArticleEditor_article\n          ...RevisionsPanel_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskUpdateArticleDocument,
    "\n  query HomePage($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      ...ArticleList_connection\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment SectionNav_sections on Section {\n    id\n    name\n    slug\n  }\n": types.SectionNav_SectionsFragmentDoc,
    "\n  query SiteHeader {\n    sections {\n      id\n      ...SectionNav_sections\n    }\n  }\n": types.SiteHeaderDocument,
    "\n  fragment RatingWidget_rating on RatingSummary {\n    articleId\n    average\n    count\n    distribution\n    viewerScore\n  }\n": types.RatingWidget_RatingFragmentDoc,
    "\n  mutation ClearRating($input: ClearRatingInput!) {\n    clearRating(input: $input) {\n      __typename\n      ... on ClearRatingSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.ClearRatingDocument,
    "\n  subscription RatingChanged($articleId: ID!) {\n    ratingChanged(articleId: $articleId) {\n      articleId\n      average\n      count\n      distribution\n    }\n  }\n": types.RatingChangedDocument,
    "\n  mutation RateArticle($input: RateArticleInput!) {\n    rateArticle(input: $input) {\n      __typename\n      ... on RateArticleSuccess {\n        article {\n          id\n          rating {\n            ...RatingWidget_rating\n          }\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n": types.RateArticleDocument,
    "\n  query SectionPage($slug: String!, $first: Int!, $after: String) {\n    section(slug: $slug) {\n      id\n      name\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n": types.SectionPageDocument,
    "\n  fragment TagList_tags on Tag {\n    id\n    name\n    slug\n  }\n": types.TagList_TagsFragmentDoc,
    "\n  query TagPage($slug: String!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      name\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n": types.TagPageDocument,
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
export function graphql(source: "\n  fragment ArticleBody_article on Article {\n    bodyHtml\n  }\n"): (typeof documents)["\n  fragment ArticleBody_article on Article {\n    bodyHtml\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleByline_article on Article {\n    language\n    publishedAt\n    author\n    source\n    corrections {\n      correctedAt\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleByline_article on Article {\n    language\n    publishedAt\n    author\n    source\n    corrections {\n      correctedAt\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleCard_article on Article {\n    id\n    slug\n    title\n    lead\n    language\n    publishedAt\n    section {\n      id\n      name\n      slug\n    }\n    image {\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleCard_article on Article {\n    id\n    slug\n    title\n    lead\n    language\n    publishedAt\n    section {\n      id\n      name\n      slug\n    }\n    image {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleFigure_image on Image {\n    url\n    caption\n  }\n"): (typeof documents)["\n  fragment ArticleFigure_image on Image {\n    url\n    caption\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleHead_article on Article {\n    slug\n    title\n    lead\n    language\n    publishedAt\n    updatedAt\n    image {\n      url\n    }\n    section {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleHead_article on Article {\n    slug\n    title\n    lead\n    language\n    publishedAt\n    updatedAt\n    image {\n      url\n    }\n    section {\n      id\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      id\n      language\n      ...ArticleHead_article\n      ...Breadcrumb_article\n      rating {\n        ...RatingWidget_rating\n      }\n      ...ArticleHeader_article\n      image {\n        ...ArticleFigure_image\n      }\n      ...ArticleBody_article\n      ...ArticleByline_article\n      tags {\n        id\n        ...TagList_tags\n      }\n      related(first: 5) {\n        id\n        ...RelatedArticles_articles\n      }\n      ...DeferredCommentsSection_article\n    }\n  }\n"): (typeof documents)["\n  query ArticlePage($slug: String!) {\n    article(slug: $slug) {\n      id\n      language\n      ...ArticleHead_article\n      ...Breadcrumb_article\n      rating {\n        ...RatingWidget_rating\n      }\n      ...ArticleHeader_article\n      image {\n        ...ArticleFigure_image\n      }\n      ...ArticleBody_article\n      ...ArticleByline_article\n      tags {\n        id\n        ...TagList_tags\n      }\n      related(first: 5) {\n        id\n        ...RelatedArticles_articles\n      }\n      ...DeferredCommentsSection_article\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Breadcrumb_article on Article {\n    section {\n      id\n      name\n      slug\n    }\n    source\n  }\n"): (typeof documents)["\n  fragment Breadcrumb_article on Article {\n    section {\n      id\n      name\n      slug\n    }\n    source\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelatedArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment RelatedArticles_articles on Article {\n    id\n    slug\n    title\n    language\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentItem_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    editedAt\n    editableUntil\n    isOwn\n    status\n    depth\n  }\n"): (typeof documents)["\n  fragment CommentItem_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    editedAt\n    editableUntil\n    isOwn\n    status\n    depth\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThread_comment on Comment {\n    id\n    replyCount\n    ...CommentItem_comment\n    replies(first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          depth\n          parent {\n            id\n            authorName\n          }\n          ...CommentItem_comment\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThread_comment on Comment {\n    id\n    replyCount\n    ...CommentItem_comment\n    replies(first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          depth\n          parent {\n            id\n            authorName\n          }\n          ...CommentItem_comment\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentThreads($slug: String!, $orderBy: CommentOrder!, $after: String) {\n    article(slug: $slug) {\n      id\n      comments(first: 20, after: $after, orderBy: $orderBy) {\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentThreads($slug: String!, $orderBy: CommentOrder!, $after: String) {\n    article(slug: $slug) {\n      id\n      comments(first: 20, after: $after, orderBy: $orderBy) {\n        edges {\n          cursor\n          node {\n            id\n            ...CommentThread_comment\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      id\n      ... on Comment {\n        replies(first: 10, after: $after) {\n          edges {\n            cursor\n            node {\n              id\n              status\n              depth\n              parent {\n                id\n                authorName\n              }\n              ...CommentItem_comment\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      id\n      ... on Comment {\n        replies(first: 10, after: $after) {\n          edges {\n            cursor\n            node {\n              id\n              status\n              depth\n              parent {\n                id\n                authorName\n              }\n              ...CommentItem_comment\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query DeskApiTokens {\n    apiTokens {\n      id\n      label\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query DeskApiTokens {\n    apiTokens {\n      id\n      label\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on CreateApiTokenSuccess {\n        token\n        apiToken {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on CreateApiTokenSuccess {\n        token\n        apiToken {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskRevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      __typename\n      ... on RevokeApiTokenSuccess {\n        apiToken {\n          id\n          revokedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskRevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      __typename\n      ... on RevokeApiTokenSuccess {\n        apiToken {\n          id\n          revokedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleEditor_article on Article {\n    id\n    slug\n    title\n    language\n    status\n    lead\n    body\n    source\n    author\n    updatedAt\n    section {\n      id\n      slug\n    }\n    tags {\n      id\n      name\n    }\n    image {\n      url\n      caption\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleEditor_article on Article {\n    id\n    slug\n    title\n    language\n    status\n    lead\n    body\n    source\n    author\n    updatedAt\n    section {\n      id\n      slug\n    }\n    tags {\n      id\n      name\n    }\n    image {\n      url\n      caption\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleEditorPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        ...ArticleEditor_article\n        ...RevisionsPanel_article\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleEditorPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        ...ArticleEditor_article\n        ...RevisionsPanel_article\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskSections {\n    sections {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query DeskSections {\n    sections {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskArticles($status: ArticleStatus, $search: String, $first: Int!, $after: String) {\n    deskArticles(status: $status, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DeskArticleRow_article\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskArticles($status: ArticleStatus, $search: String, $first: Int!, $after: String) {\n    deskArticles(status: $status, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DeskArticleRow_article\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskArticleRow_article on Article {\n    id\n    title\n    status\n    updatedAt\n    section {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DeskArticleRow_article on Article {\n    id\n    title\n    status\n    updatedAt\n    section {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskPreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"): (typeof documents)["\n  query DeskPreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueComment_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    status\n    reportCount\n    ...QueueCommentReports_comment\n    article {\n      id\n      slug\n      title\n    }\n    parent {\n      id\n      authorName\n      body\n    }\n  }\n"): (typeof documents)["\n  fragment QueueComment_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    status\n    reportCount\n    ...QueueCommentReports_comment\n    article {\n      id\n      slug\n      title\n    }\n    parent {\n      id\n      authorName\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueCommentReports_comment on Comment {\n    reportCount\n    reportReasons {\n      reason\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment QueueCommentReports_comment on Comment {\n    reportCount\n    reportReasons {\n      reason\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionsPanel_article on Article {\n    id\n    revisions {\n      createdAt\n      title\n      lead\n      body\n      correctionNote\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionsPanel_article on Article {\n    id\n    revisions {\n      createdAt\n      title\n      lead\n      body\n      correctionNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskTagSuggestions($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DeskTagSuggestions($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TypoQueueItem_report on TypoReport {\n    id\n    prefix\n    exact\n    suffix\n    notes\n    reporterCount\n    createdAt\n    status\n    article {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment TypoQueueItem_report on TypoReport {\n    id\n    prefix\n    exact\n    suffix\n    notes\n    reporterCount\n    createdAt\n    status\n    article {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypoQueue($status: TypoReportStatus!, $first: Int!) {\n    typoReports(status: $status, first: $first) {\n      edges {\n        node {\n          id\n          status\n          ...TypoQueueItem_report\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypoQueue($status: TypoReportStatus!, $first: Int!) {\n    typoReports(status: $status, first: $first) {\n      edges {\n        node {\n          id\n          status\n          ...TypoQueueItem_report\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskViewer {\n    viewer {\n      role\n      name\n      user {\n        id\n        login\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskViewer {\n    viewer {\n      role\n      name\n      user {\n        id\n        login\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeskCommentQueued {\n    commentQueued {\n      id\n      status\n      reportCount\n      ...QueueComment_comment\n    }\n  }\n"): (typeof documents)["\n  subscription DeskCommentQueued {\n    commentQueued {\n      id\n      status\n      reportCount\n      ...QueueComment_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentQueue_connection on CommentConnection {\n    edges {\n      node {\n        id\n        status\n        reportCount\n        ...QueueComment_comment\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  fragment CommentQueue_connection on CommentConnection {\n    edges {\n      node {\n        id\n        status\n        reportCount\n        ...QueueComment_comment\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentQueue($status: CommentStatus!, $first: Int!) {\n    moderationQueue(status: $status, first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n"): (typeof documents)["\n  query CommentQueue($status: CommentStatus!, $first: Int!) {\n    moderationQueue(status: $status, first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportedComments($first: Int!) {\n    reportedComments(first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n"): (typeof documents)["\n  query ReportedComments($first: Int!) {\n    reportedComments(first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      __typename\n      ... on CreateArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      __typename\n      ... on CreateArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskDeleteArticle($input: ArticleIdInput!) {\n    deleteArticle(input: $input) {\n      __typename\n      ... on DeleteArticleSuccess {\n        deletedId\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskDeleteArticle($input: ArticleIdInput!) {\n    deleteArticle(input: $input) {\n      __typename\n      ... on DeleteArticleSuccess {\n        deletedId\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on ModerateCommentSuccess {\n        comment {\n          id\n          status\n          reportCount\n          reportReasons {\n            reason\n            count\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on ModerateCommentSuccess {\n        comment {\n          id\n          status\n          reportCount\n          reportReasons {\n            reason\n            count\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskResolveTypoReport($input: ResolveTypoReportInput!) {\n    resolveTypoReport(input: $input) {\n      __typename\n      ... on ResolveTypoReportSuccess {\n        report {\n          id\n          status\n          resolvedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskResolveTypoReport($input: ResolveTypoReportInput!) {\n    resolveTypoReport(input: $input) {\n      __typename\n      ... on ResolveTypoReportSuccess {\n        report {\n          id\n          status\n          resolvedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskPublishArticle($input: ArticleIdInput!) {\n    publishArticle(input: $input) {\n      __typename\n      ... on PublishArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskPublishArticle($input: ArticleIdInput!) {\n    publishArticle(input: $input) {\n      __typename\n      ... on PublishArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskUnpublishArticle($input: ArticleIdInput!) {\n    unpublishArticle(input: $input) {\n      __typename\n      ... on PublishArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskUnpublishArticle($input: ArticleIdInput!) {\n    unpublishArticle(input: $input) {\n      __typename\n      ... on PublishArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          role\n          name\n          user {\n            id\n            login\n            displayName\n          }\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          role\n          name\n          user {\n            id\n            login\n            displayName\n          }\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskSignOut {\n    signOut {\n      viewer {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskSignOut {\n    signOut {\n      viewer {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeskTypoReported {\n    typoReported {\n      id\n      status\n      ...TypoQueueItem_report\n    }\n  }\n"): (typeof documents)["\n  subscription DeskTypoReported {\n    typoReported {\n      id\n      status\n      ...TypoQueueItem_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskUpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      __typename\n      ... on UpdateArticleSuccess {\n        article {\n          id\n          status\n          ...ArticleEditor_article\n          ...RevisionsPanel_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskUpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      __typename\n      ... on UpdateArticleSuccess {\n        article {\n          id\n          status\n          ...ArticleEditor_article\n          ...RevisionsPanel_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      ...ArticleList_connection\n    }\n  }\n"): (typeof documents)["\n  query HomePage($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      ...ArticleList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectionNav_sections on Section {\n    id\n    name\n    slug\n  }\n"): (typeof documents)["\n  fragment SectionNav_sections on Section {\n    id\n    name\n    slug\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteHeader {\n    sections {\n      id\n      ...SectionNav_sections\n    }\n  }\n"): (typeof documents)["\n  query SiteHeader {\n    sections {\n      id\n      ...SectionNav_sections\n    }\n  }\n"];
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
export function graphql(source: "\n  query SectionPage($slug: String!, $first: Int!, $after: String) {\n    section(slug: $slug) {\n      id\n      name\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionPage($slug: String!, $first: Int!, $after: String) {\n    section(slug: $slug) {\n      id\n      name\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TagList_tags on Tag {\n    id\n    name\n    slug\n  }\n"): (typeof documents)["\n  fragment TagList_tags on Tag {\n    id\n    name\n    slug\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagPage($slug: String!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      name\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagPage($slug: String!, $first: Int!, $after: String) {\n    tag(slug: $slug) {\n      id\n      name\n      slug\n      articles(first: $first, after: $after) {\n        ...ArticleList_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportTypo($input: ReportTypoInput!) {\n    reportTypo(input: $input) {\n      __typename\n      ... on ReportTypoSuccess {\n        message\n      }\n      ... on ValidationError {\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportTypo($input: ReportTypoInput!) {\n    reportTypo(input: $input) {\n      __typename\n      ... on ReportTypoSuccess {\n        message\n      }\n      ... on ValidationError {\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n      ... on RateLimited {\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;