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
    "\n  mutation DeskRedeemAccountLink($input: RedeemAccountLinkInput!) {\n    redeemAccountLink(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          ...DeskViewer_viewer\n        }\n      }\n      ... on AccountLinkInvalid {\n        reason\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": typeof types.DeskRedeemAccountLinkDocument,
    "\n  query DeskApiTokens {\n    apiTokens {\n      id\n      label\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.DeskApiTokensDocument,
    "\n  mutation DeskCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on CreateApiTokenSuccess {\n        token\n        apiToken {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": typeof types.DeskCreateApiTokenDocument,
    "\n  mutation DeskRevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      __typename\n      ... on RevokeApiTokenSuccess {\n        apiToken {\n          id\n          revokedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskRevokeApiTokenDocument,
    "\n  mutation DeskSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          ...DeskViewer_viewer\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.DeskSignInDocument,
    "\n  fragment ArticleEditor_article on Article {\n    id\n    slug\n    title\n    language\n    status\n    lead\n    body\n    source\n    author\n    authors {\n      id\n      name\n    }\n    publishAt\n    updatedAt\n    section {\n      id\n      slug\n    }\n    tags {\n      id\n      name(language: EN)\n    }\n    image {\n      url\n      caption\n    }\n    picture {\n      id\n      alt\n      url\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n": typeof types.ArticleEditor_ArticleFragmentDoc,
    "\n  query ArticleEditorPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        ...ArticleEditor_article\n        ...RevisionsPanel_article\n      }\n    }\n  }\n": typeof types.ArticleEditorPageDocument,
    "\n  query DeskSections {\n    deskSections {\n      id\n      slug\n      name(language: EN)\n      archivedAt\n    }\n  }\n": typeof types.DeskSectionsDocument,
    "\n  query DeskArticles($status: ArticleStatus, $search: String, $first: Int!, $after: String) {\n    deskArticles(status: $status, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DeskArticleRow_article\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DeskArticlesDocument,
    "\n  query DeskAuthorSuggestions($search: String) {\n    authors(search: $search, first: 8) {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.DeskAuthorSuggestionsDocument,
    "\n  mutation DeskCreateAuthor($input: CreateAuthorInput!) {\n    createAuthor(input: $input) {\n      __typename\n      ... on AuthorSuccess {\n        author {\n          id\n          name\n          slug\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskCreateAuthorDocument,
    "\n  fragment DeskArticleRow_article on Article {\n    id\n    title\n    status\n    publishAt\n    updatedAt\n    section {\n      id\n      name(language: EN)\n    }\n  }\n": typeof types.DeskArticleRow_ArticleFragmentDoc,
    "\n  query DeskPreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": typeof types.DeskPreviewMarkdownDocument,
    "\n  query DeskPreviewLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        previewLinks {\n          id\n          status\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.DeskPreviewLinksDocument,
    "\n  mutation DeskCreatePreviewLink($input: CreatePreviewLinkInput!) {\n    createPreviewLink(input: $input) {\n      __typename\n      ... on CreatePreviewLinkSuccess {\n        url\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskCreatePreviewLinkDocument,
    "\n  mutation DeskRevokePreviewLink($input: RevokePreviewLinkInput!) {\n    revokePreviewLink(input: $input) {\n      __typename\n      ... on RevokePreviewLinkSuccess {\n        previewLink {\n          id\n          status\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskRevokePreviewLinkDocument,
    "\n  fragment RevisionsPanel_article on Article {\n    id\n    revisions {\n      createdAt\n      title\n      lead\n      body\n      correctionNote\n      editor {\n        displayName\n      }\n    }\n  }\n": typeof types.RevisionsPanel_ArticleFragmentDoc,
    "\n  mutation DeskScheduleArticle($input: ScheduleArticleInput!) {\n    scheduleArticle(input: $input) {\n      __typename\n      ... on ScheduleArticleSuccess {\n        article {\n          id\n          publishAt\n          updatedAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskScheduleArticleDocument,
    "\n  query DeskTagSuggestions($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      name(language: EN)\n    }\n  }\n": typeof types.DeskTagSuggestionsDocument,
    "\n  query DeskTranslations($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        language\n        deskTranslations {\n          id\n          title\n          language\n          status\n        }\n      }\n    }\n  }\n": typeof types.DeskTranslationsDocument,
    "\n  query DeskTranslationCandidates($search: String!) {\n    deskArticles(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n": typeof types.DeskTranslationCandidatesDocument,
    "\n  mutation DeskLinkTranslation($input: LinkTranslationInput!) {\n    linkTranslation(input: $input) {\n      __typename\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskLinkTranslationDocument,
    "\n  mutation DeskUnlinkTranslation($input: ArticleIdInput!) {\n    unlinkTranslation(input: $input) {\n      __typename\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskUnlinkTranslationDocument,
    "\n  mutation DeskCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      __typename\n      ... on CreateArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeskCreateArticleDocument,
    "\n  mutation DeskDeleteArticle($input: ArticleIdInput!) {\n    deleteArticle(input: $input) {\n      __typename\n      ... on DeleteArticleSuccess {\n        deletedId\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskDeleteArticleDocument,
    "\n  fragment SetArticleStatus_changed on PublishArticleSuccess {\n    article {\n      id\n      ...ArticleEditor_article\n    }\n  }\n": typeof types.SetArticleStatus_ChangedFragmentDoc,
    "\n  mutation DeskPublishArticle($input: ArticleIdInput!) {\n    publishArticle(input: $input) {\n      __typename\n      ...SetArticleStatus_changed\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskPublishArticleDocument,
    "\n  mutation DeskUnpublishArticle($input: ArticleIdInput!) {\n    unpublishArticle(input: $input) {\n      __typename\n      ...SetArticleStatus_changed\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskUnpublishArticleDocument,
    "\n  mutation DeskUpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      __typename\n      ... on UpdateArticleSuccess {\n        article {\n          id\n          status\n          ...ArticleEditor_article\n          ...RevisionsPanel_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskUpdateArticleDocument,
    "\n  fragment QueueComment_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    status\n    reportCount\n    ...QueueCommentReports_comment\n    article {\n      id\n      slug\n      title\n    }\n    parent {\n      id\n      authorName\n      body\n    }\n  }\n": typeof types.QueueComment_CommentFragmentDoc,
    "\n  fragment QueueCommentReports_comment on Comment {\n    reportCount\n    reportReasons {\n      reason\n      count\n    }\n  }\n": typeof types.QueueCommentReports_CommentFragmentDoc,
    "\n  subscription DeskCommentQueued {\n    commentQueued {\n      id\n      status\n      reportCount\n      ...QueueComment_comment\n    }\n  }\n": typeof types.DeskCommentQueuedDocument,
    "\n  fragment CommentQueue_connection on CommentConnection {\n    edges {\n      node {\n        id\n        status\n        reportCount\n        ...QueueComment_comment\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n": typeof types.CommentQueue_ConnectionFragmentDoc,
    "\n  query CommentQueue($status: CommentStatus!, $first: Int!) {\n    moderationQueue(status: $status, first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n": typeof types.CommentQueueDocument,
    "\n  query ReportedComments($first: Int!) {\n    reportedComments(first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n": typeof types.ReportedCommentsDocument,
    "\n  mutation DeskModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on ModerateCommentSuccess {\n        comment {\n          id\n          status\n          reportCount\n          reportReasons {\n            reason\n            count\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": typeof types.DeskModerateCommentDocument,
    "\n  mutation UpdateMedia($input: UpdateMediaInput!) {\n    updateMedia(input: $input) {\n      __typename\n      ... on UpdateMediaSuccess {\n        media {\n          id\n          alt\n          caption\n          credit\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.UpdateMediaDocument,
    "\n  query MediaLibrary($search: String, $first: Int!, $after: String) {\n    mediaLibrary(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          alt\n          caption\n          credit\n          url\n          width\n          height\n          variants {\n            url\n            format\n            width\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MediaLibraryDocument,
    "\n  fragment SectionRow_section on Section {\n    id\n    slug\n    name(language: EN)\n    names {\n      language\n      name\n    }\n    premoderated\n    archivedAt\n  }\n": typeof types.SectionRow_SectionFragmentDoc,
    "\n  query DeskSectionList {\n    deskSections {\n      id\n      position\n      ...SectionRow_section\n    }\n  }\n": typeof types.DeskSectionListDocument,
    "\n  mutation DeskCreateSection($input: CreateSectionInput!) {\n    createSection(input: $input) {\n      __typename\n      ... on CreateSectionSuccess {\n        section {\n          id\n          position\n          ...SectionRow_section\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeskCreateSectionDocument,
    "\n  fragment SectionMutations_updated on UpdateSectionSuccess {\n    section {\n      id\n      ...SectionRow_section\n    }\n  }\n": typeof types.SectionMutations_UpdatedFragmentDoc,
    "\n  mutation DeskUpdateSection($input: UpdateSectionInput!) {\n    updateSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskUpdateSectionDocument,
    "\n  mutation DeskArchiveSection($input: SectionIdInput!) {\n    archiveSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskArchiveSectionDocument,
    "\n  mutation DeskRestoreSection($input: SectionIdInput!) {\n    restoreSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskRestoreSectionDocument,
    "\n  mutation DeskReorderSections($input: ReorderSectionsInput!) {\n    reorderSections(input: $input) {\n      __typename\n      ... on ReorderSectionsSuccess {\n        sections {\n          id\n          position\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeskReorderSectionsDocument,
    "\n  fragment DeskViewer_viewer on Viewer {\n    role\n    name\n    user {\n      id\n      login\n      displayName\n    }\n  }\n": typeof types.DeskViewer_ViewerFragmentDoc,
    "\n  query DeskViewer {\n    viewer {\n      ...DeskViewer_viewer\n    }\n  }\n": typeof types.DeskViewerDocument,
    "\n  mutation DeskSignOut {\n    signOut {\n      viewer {\n        role\n      }\n    }\n  }\n": typeof types.DeskSignOutDocument,
    "\n  fragment StaffPage_user on StaffUser {\n    id\n    login\n    displayName\n    role\n    disabled\n    createdAt\n    lastSignInAt\n    invitationPending\n    hasPassword\n    failedSignIns\n    throttled\n  }\n": typeof types.StaffPage_UserFragmentDoc,
    "\n  query DeskStaff {\n    staffUsers {\n      ...StaffPage_user\n    }\n  }\n": typeof types.DeskStaffDocument,
    "\n  mutation DeskInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      __typename\n      ... on InviteStaffSuccess {\n        user {\n          ...StaffPage_user\n        }\n        link {\n          url\n          expiresAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": typeof types.DeskInviteStaffDocument,
    "\n  mutation DeskUpdateStaffUser($input: UpdateStaffUserInput!) {\n    updateStaffUser(input: $input) {\n      __typename\n      ... on UpdateStaffUserSuccess {\n        user {\n          ...StaffPage_user\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskUpdateStaffUserDocument,
    "\n  mutation DeskResetStaffPassword($input: StaffUserInput!) {\n    resetStaffPassword(input: $input) {\n      __typename\n      ... on ResetStaffPasswordSuccess {\n        user {\n          ...StaffPage_user\n        }\n        link {\n          url\n          expiresAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskResetStaffPasswordDocument,
    "\n  mutation DeskUnlockStaffUser($input: StaffUserInput!) {\n    unlockStaffUser(input: $input) {\n      __typename\n      ... on UnlockStaffUserSuccess {\n        message\n        user {\n          ...StaffPage_user\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskUnlockStaffUserDocument,
    "\n  fragment TagRow_tag on Tag {\n    id\n    slug\n    name(language: EN)\n    names {\n      language\n      name\n    }\n    articleCount\n  }\n": typeof types.TagRow_TagFragmentDoc,
    "\n  query DeskMergeTargets($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      slug\n      name(language: EN)\n    }\n  }\n": typeof types.DeskMergeTargetsDocument,
    "\n  query DeskTagList($search: String) {\n    tags(search: $search, first: 100) {\n      id\n      ...TagRow_tag\n    }\n  }\n": typeof types.DeskTagListDocument,
    "\n  mutation DeskRenameTag($input: RenameTagInput!) {\n    renameTag(input: $input) {\n      __typename\n      ... on RenameTagSuccess {\n        tag {\n          id\n          ...TagRow_tag\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskRenameTagDocument,
    "\n  mutation DeskMergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      __typename\n      ... on MergeTagsSuccess {\n        mergedId\n        tag {\n          id\n          ...TagRow_tag\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": typeof types.DeskMergeTagsDocument,
    "\n  fragment TypoQueueItem_report on TypoReport {\n    id\n    prefix\n    exact\n    suffix\n    notes\n    reporterCount\n    createdAt\n    status\n    article {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.TypoQueueItem_ReportFragmentDoc,
    "\n  mutation DeskResolveTypoReport($input: ResolveTypoReportInput!) {\n    resolveTypoReport(input: $input) {\n      __typename\n      ... on ResolveTypoReportSuccess {\n        report {\n          id\n          status\n          resolvedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": typeof types.DeskResolveTypoReportDocument,
    "\n  subscription DeskTypoReported {\n    typoReported {\n      id\n      status\n      ...TypoQueueItem_report\n    }\n  }\n": typeof types.DeskTypoReportedDocument,
    "\n  query TypoQueue($status: TypoReportStatus!, $first: Int!) {\n    typoReports(status: $status, first: $first) {\n      edges {\n        node {\n          id\n          status\n          ...TypoQueueItem_report\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.TypoQueueDocument,
};
const documents: Documents = {
    "\n  mutation DeskRedeemAccountLink($input: RedeemAccountLinkInput!) {\n    redeemAccountLink(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          ...DeskViewer_viewer\n        }\n      }\n      ... on AccountLinkInvalid {\n        reason\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": types.DeskRedeemAccountLinkDocument,
    "\n  query DeskApiTokens {\n    apiTokens {\n      id\n      label\n      createdAt\n      revokedAt\n    }\n  }\n": types.DeskApiTokensDocument,
    "\n  mutation DeskCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on CreateApiTokenSuccess {\n        token\n        apiToken {\n          id\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": types.DeskCreateApiTokenDocument,
    "\n  mutation DeskRevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      __typename\n      ... on RevokeApiTokenSuccess {\n        apiToken {\n          id\n          revokedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskRevokeApiTokenDocument,
    "\n  mutation DeskSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          ...DeskViewer_viewer\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.DeskSignInDocument,
    "\n  fragment ArticleEditor_article on Article {\n    id\n    slug\n    title\n    language\n    status\n    lead\n    body\n    source\n    author\n    authors {\n      id\n      name\n    }\n    publishAt\n    updatedAt\n    section {\n      id\n      slug\n    }\n    tags {\n      id\n      name(language: EN)\n    }\n    image {\n      url\n      caption\n    }\n    picture {\n      id\n      alt\n      url\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n": types.ArticleEditor_ArticleFragmentDoc,
    "\n  query ArticleEditorPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        ...ArticleEditor_article\n        ...RevisionsPanel_article\n      }\n    }\n  }\n": types.ArticleEditorPageDocument,
    "\n  query DeskSections {\n    deskSections {\n      id\n      slug\n      name(language: EN)\n      archivedAt\n    }\n  }\n": types.DeskSectionsDocument,
    "\n  query DeskArticles($status: ArticleStatus, $search: String, $first: Int!, $after: String) {\n    deskArticles(status: $status, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DeskArticleRow_article\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DeskArticlesDocument,
    "\n  query DeskAuthorSuggestions($search: String) {\n    authors(search: $search, first: 8) {\n      id\n      name\n      slug\n    }\n  }\n": types.DeskAuthorSuggestionsDocument,
    "\n  mutation DeskCreateAuthor($input: CreateAuthorInput!) {\n    createAuthor(input: $input) {\n      __typename\n      ... on AuthorSuccess {\n        author {\n          id\n          name\n          slug\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskCreateAuthorDocument,
    "\n  fragment DeskArticleRow_article on Article {\n    id\n    title\n    status\n    publishAt\n    updatedAt\n    section {\n      id\n      name(language: EN)\n    }\n  }\n": types.DeskArticleRow_ArticleFragmentDoc,
    "\n  query DeskPreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": types.DeskPreviewMarkdownDocument,
    "\n  query DeskPreviewLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        previewLinks {\n          id\n          status\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n": types.DeskPreviewLinksDocument,
    "\n  mutation DeskCreatePreviewLink($input: CreatePreviewLinkInput!) {\n    createPreviewLink(input: $input) {\n      __typename\n      ... on CreatePreviewLinkSuccess {\n        url\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskCreatePreviewLinkDocument,
    "\n  mutation DeskRevokePreviewLink($input: RevokePreviewLinkInput!) {\n    revokePreviewLink(input: $input) {\n      __typename\n      ... on RevokePreviewLinkSuccess {\n        previewLink {\n          id\n          status\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskRevokePreviewLinkDocument,
    "\n  fragment RevisionsPanel_article on Article {\n    id\n    revisions {\n      createdAt\n      title\n      lead\n      body\n      correctionNote\n      editor {\n        displayName\n      }\n    }\n  }\n": types.RevisionsPanel_ArticleFragmentDoc,
    "\n  mutation DeskScheduleArticle($input: ScheduleArticleInput!) {\n    scheduleArticle(input: $input) {\n      __typename\n      ... on ScheduleArticleSuccess {\n        article {\n          id\n          publishAt\n          updatedAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskScheduleArticleDocument,
    "\n  query DeskTagSuggestions($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      name(language: EN)\n    }\n  }\n": types.DeskTagSuggestionsDocument,
    "\n  query DeskTranslations($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        language\n        deskTranslations {\n          id\n          title\n          language\n          status\n        }\n      }\n    }\n  }\n": types.DeskTranslationsDocument,
    "\n  query DeskTranslationCandidates($search: String!) {\n    deskArticles(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n": types.DeskTranslationCandidatesDocument,
    "\n  mutation DeskLinkTranslation($input: LinkTranslationInput!) {\n    linkTranslation(input: $input) {\n      __typename\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskLinkTranslationDocument,
    "\n  mutation DeskUnlinkTranslation($input: ArticleIdInput!) {\n    unlinkTranslation(input: $input) {\n      __typename\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskUnlinkTranslationDocument,
    "\n  mutation DeskCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      __typename\n      ... on CreateArticleSuccess {\n        article {\n          id\n          ...ArticleEditor_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DeskCreateArticleDocument,
    "\n  mutation DeskDeleteArticle($input: ArticleIdInput!) {\n    deleteArticle(input: $input) {\n      __typename\n      ... on DeleteArticleSuccess {\n        deletedId\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskDeleteArticleDocument,
    "\n  fragment SetArticleStatus_changed on PublishArticleSuccess {\n    article {\n      id\n      ...ArticleEditor_article\n    }\n  }\n": types.SetArticleStatus_ChangedFragmentDoc,
    "\n  mutation DeskPublishArticle($input: ArticleIdInput!) {\n    publishArticle(input: $input) {\n      __typename\n      ...SetArticleStatus_changed\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskPublishArticleDocument,
    "\n  mutation DeskUnpublishArticle($input: ArticleIdInput!) {\n    unpublishArticle(input: $input) {\n      __typename\n      ...SetArticleStatus_changed\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskUnpublishArticleDocument,
    "\n  mutation DeskUpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      __typename\n      ... on UpdateArticleSuccess {\n        article {\n          id\n          status\n          ...ArticleEditor_article\n          ...RevisionsPanel_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskUpdateArticleDocument,
    "\n  fragment QueueComment_comment on Comment {\n    id\n    authorName\n    body\n    createdAt\n    status\n    reportCount\n    ...QueueCommentReports_comment\n    article {\n      id\n      slug\n      title\n    }\n    parent {\n      id\n      authorName\n      body\n    }\n  }\n": types.QueueComment_CommentFragmentDoc,
    "\n  fragment QueueCommentReports_comment on Comment {\n    reportCount\n    reportReasons {\n      reason\n      count\n    }\n  }\n": types.QueueCommentReports_CommentFragmentDoc,
    "\n  subscription DeskCommentQueued {\n    commentQueued {\n      id\n      status\n      reportCount\n      ...QueueComment_comment\n    }\n  }\n": types.DeskCommentQueuedDocument,
    "\n  fragment CommentQueue_connection on CommentConnection {\n    edges {\n      node {\n        id\n        status\n        reportCount\n        ...QueueComment_comment\n      }\n    }\n    pageInfo {\n      hasNextPage\n    }\n  }\n": types.CommentQueue_ConnectionFragmentDoc,
    "\n  query CommentQueue($status: CommentStatus!, $first: Int!) {\n    moderationQueue(status: $status, first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n": types.CommentQueueDocument,
    "\n  query ReportedComments($first: Int!) {\n    reportedComments(first: $first) {\n      ...CommentQueue_connection\n    }\n  }\n": types.ReportedCommentsDocument,
    "\n  mutation DeskModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on ModerateCommentSuccess {\n        comment {\n          id\n          status\n          reportCount\n          reportReasons {\n            reason\n            count\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": types.DeskModerateCommentDocument,
    "\n  mutation UpdateMedia($input: UpdateMediaInput!) {\n    updateMedia(input: $input) {\n      __typename\n      ... on UpdateMediaSuccess {\n        media {\n          id\n          alt\n          caption\n          credit\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.UpdateMediaDocument,
    "\n  query MediaLibrary($search: String, $first: Int!, $after: String) {\n    mediaLibrary(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          alt\n          caption\n          credit\n          url\n          width\n          height\n          variants {\n            url\n            format\n            width\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MediaLibraryDocument,
    "\n  fragment SectionRow_section on Section {\n    id\n    slug\n    name(language: EN)\n    names {\n      language\n      name\n    }\n    premoderated\n    archivedAt\n  }\n": types.SectionRow_SectionFragmentDoc,
    "\n  query DeskSectionList {\n    deskSections {\n      id\n      position\n      ...SectionRow_section\n    }\n  }\n": types.DeskSectionListDocument,
    "\n  mutation DeskCreateSection($input: CreateSectionInput!) {\n    createSection(input: $input) {\n      __typename\n      ... on CreateSectionSuccess {\n        section {\n          id\n          position\n          ...SectionRow_section\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n": types.DeskCreateSectionDocument,
    "\n  fragment SectionMutations_updated on UpdateSectionSuccess {\n    section {\n      id\n      ...SectionRow_section\n    }\n  }\n": types.SectionMutations_UpdatedFragmentDoc,
    "\n  mutation DeskUpdateSection($input: UpdateSectionInput!) {\n    updateSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskUpdateSectionDocument,
    "\n  mutation DeskArchiveSection($input: SectionIdInput!) {\n    archiveSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskArchiveSectionDocument,
    "\n  mutation DeskRestoreSection($input: SectionIdInput!) {\n    restoreSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskRestoreSectionDocument,
    "\n  mutation DeskReorderSections($input: ReorderSectionsInput!) {\n    reorderSections(input: $input) {\n      __typename\n      ... on ReorderSectionsSuccess {\n        sections {\n          id\n          position\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n": types.DeskReorderSectionsDocument,
    "\n  fragment DeskViewer_viewer on Viewer {\n    role\n    name\n    user {\n      id\n      login\n      displayName\n    }\n  }\n": types.DeskViewer_ViewerFragmentDoc,
    "\n  query DeskViewer {\n    viewer {\n      ...DeskViewer_viewer\n    }\n  }\n": types.DeskViewerDocument,
    "\n  mutation DeskSignOut {\n    signOut {\n      viewer {\n        role\n      }\n    }\n  }\n": types.DeskSignOutDocument,
    "\n  fragment StaffPage_user on StaffUser {\n    id\n    login\n    displayName\n    role\n    disabled\n    createdAt\n    lastSignInAt\n    invitationPending\n    hasPassword\n    failedSignIns\n    throttled\n  }\n": types.StaffPage_UserFragmentDoc,
    "\n  query DeskStaff {\n    staffUsers {\n      ...StaffPage_user\n    }\n  }\n": types.DeskStaffDocument,
    "\n  mutation DeskInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      __typename\n      ... on InviteStaffSuccess {\n        user {\n          ...StaffPage_user\n        }\n        link {\n          url\n          expiresAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": types.DeskInviteStaffDocument,
    "\n  mutation DeskUpdateStaffUser($input: UpdateStaffUserInput!) {\n    updateStaffUser(input: $input) {\n      __typename\n      ... on UpdateStaffUserSuccess {\n        user {\n          ...StaffPage_user\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskUpdateStaffUserDocument,
    "\n  mutation DeskResetStaffPassword($input: StaffUserInput!) {\n    resetStaffPassword(input: $input) {\n      __typename\n      ... on ResetStaffPasswordSuccess {\n        user {\n          ...StaffPage_user\n        }\n        link {\n          url\n          expiresAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskResetStaffPasswordDocument,
    "\n  mutation DeskUnlockStaffUser($input: StaffUserInput!) {\n    unlockStaffUser(input: $input) {\n      __typename\n      ... on UnlockStaffUserSuccess {\n        message\n        user {\n          ...StaffPage_user\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskUnlockStaffUserDocument,
    "\n  fragment TagRow_tag on Tag {\n    id\n    slug\n    name(language: EN)\n    names {\n      language\n      name\n    }\n    articleCount\n  }\n": types.TagRow_TagFragmentDoc,
    "\n  query DeskMergeTargets($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      slug\n      name(language: EN)\n    }\n  }\n": types.DeskMergeTargetsDocument,
    "\n  query DeskTagList($search: String) {\n    tags(search: $search, first: 100) {\n      id\n      ...TagRow_tag\n    }\n  }\n": types.DeskTagListDocument,
    "\n  mutation DeskRenameTag($input: RenameTagInput!) {\n    renameTag(input: $input) {\n      __typename\n      ... on RenameTagSuccess {\n        tag {\n          id\n          ...TagRow_tag\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskRenameTagDocument,
    "\n  mutation DeskMergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      __typename\n      ... on MergeTagsSuccess {\n        mergedId\n        tag {\n          id\n          ...TagRow_tag\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n": types.DeskMergeTagsDocument,
    "\n  fragment TypoQueueItem_report on TypoReport {\n    id\n    prefix\n    exact\n    suffix\n    notes\n    reporterCount\n    createdAt\n    status\n    article {\n      id\n      slug\n      title\n    }\n  }\n": types.TypoQueueItem_ReportFragmentDoc,
    "\n  mutation DeskResolveTypoReport($input: ResolveTypoReportInput!) {\n    resolveTypoReport(input: $input) {\n      __typename\n      ... on ResolveTypoReportSuccess {\n        report {\n          id\n          status\n          resolvedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n": types.DeskResolveTypoReportDocument,
    "\n  subscription DeskTypoReported {\n    typoReported {\n      id\n      status\n      ...TypoQueueItem_report\n    }\n  }\n": types.DeskTypoReportedDocument,
    "\n  query TypoQueue($status: TypoReportStatus!, $first: Int!) {\n    typoReports(status: $status, first: $first) {\n      edges {\n        node {\n          id\n          status\n          ...TypoQueueItem_report\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.TypoQueueDocument,
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
export function graphql(source: "\n  mutation DeskRedeemAccountLink($input: RedeemAccountLinkInput!) {\n    redeemAccountLink(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          ...DeskViewer_viewer\n        }\n      }\n      ... on AccountLinkInvalid {\n        reason\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskRedeemAccountLink($input: RedeemAccountLinkInput!) {\n    redeemAccountLink(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          ...DeskViewer_viewer\n        }\n      }\n      ... on AccountLinkInvalid {\n        reason\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation DeskSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          ...DeskViewer_viewer\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          ...DeskViewer_viewer\n        }\n      }\n      ... on InvalidCredentials {\n        message\n      }\n      ... on AccountLocked {\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleEditor_article on Article {\n    id\n    slug\n    title\n    language\n    status\n    lead\n    body\n    source\n    author\n    authors {\n      id\n      name\n    }\n    publishAt\n    updatedAt\n    section {\n      id\n      slug\n    }\n    tags {\n      id\n      name(language: EN)\n    }\n    image {\n      url\n      caption\n    }\n    picture {\n      id\n      alt\n      url\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleEditor_article on Article {\n    id\n    slug\n    title\n    language\n    status\n    lead\n    body\n    source\n    author\n    authors {\n      id\n      name\n    }\n    publishAt\n    updatedAt\n    section {\n      id\n      slug\n    }\n    tags {\n      id\n      name(language: EN)\n    }\n    image {\n      url\n      caption\n    }\n    picture {\n      id\n      alt\n      url\n      variants {\n        url\n        format\n        width\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleEditorPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        ...ArticleEditor_article\n        ...RevisionsPanel_article\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleEditorPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        ...ArticleEditor_article\n        ...RevisionsPanel_article\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskSections {\n    deskSections {\n      id\n      slug\n      name(language: EN)\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query DeskSections {\n    deskSections {\n      id\n      slug\n      name(language: EN)\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskArticles($status: ArticleStatus, $search: String, $first: Int!, $after: String) {\n    deskArticles(status: $status, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DeskArticleRow_article\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskArticles($status: ArticleStatus, $search: String, $first: Int!, $after: String) {\n    deskArticles(status: $status, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...DeskArticleRow_article\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskAuthorSuggestions($search: String) {\n    authors(search: $search, first: 8) {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  query DeskAuthorSuggestions($search: String) {\n    authors(search: $search, first: 8) {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskCreateAuthor($input: CreateAuthorInput!) {\n    createAuthor(input: $input) {\n      __typename\n      ... on AuthorSuccess {\n        author {\n          id\n          name\n          slug\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskCreateAuthor($input: CreateAuthorInput!) {\n    createAuthor(input: $input) {\n      __typename\n      ... on AuthorSuccess {\n        author {\n          id\n          name\n          slug\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskArticleRow_article on Article {\n    id\n    title\n    status\n    publishAt\n    updatedAt\n    section {\n      id\n      name(language: EN)\n    }\n  }\n"): (typeof documents)["\n  fragment DeskArticleRow_article on Article {\n    id\n    title\n    status\n    publishAt\n    updatedAt\n    section {\n      id\n      name(language: EN)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskPreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"): (typeof documents)["\n  query DeskPreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskPreviewLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        previewLinks {\n          id\n          status\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskPreviewLinks($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        previewLinks {\n          id\n          status\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskCreatePreviewLink($input: CreatePreviewLinkInput!) {\n    createPreviewLink(input: $input) {\n      __typename\n      ... on CreatePreviewLinkSuccess {\n        url\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskCreatePreviewLink($input: CreatePreviewLinkInput!) {\n    createPreviewLink(input: $input) {\n      __typename\n      ... on CreatePreviewLinkSuccess {\n        url\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskRevokePreviewLink($input: RevokePreviewLinkInput!) {\n    revokePreviewLink(input: $input) {\n      __typename\n      ... on RevokePreviewLinkSuccess {\n        previewLink {\n          id\n          status\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskRevokePreviewLink($input: RevokePreviewLinkInput!) {\n    revokePreviewLink(input: $input) {\n      __typename\n      ... on RevokePreviewLinkSuccess {\n        previewLink {\n          id\n          status\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionsPanel_article on Article {\n    id\n    revisions {\n      createdAt\n      title\n      lead\n      body\n      correctionNote\n      editor {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionsPanel_article on Article {\n    id\n    revisions {\n      createdAt\n      title\n      lead\n      body\n      correctionNote\n      editor {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskScheduleArticle($input: ScheduleArticleInput!) {\n    scheduleArticle(input: $input) {\n      __typename\n      ... on ScheduleArticleSuccess {\n        article {\n          id\n          publishAt\n          updatedAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskScheduleArticle($input: ScheduleArticleInput!) {\n    scheduleArticle(input: $input) {\n      __typename\n      ... on ScheduleArticleSuccess {\n        article {\n          id\n          publishAt\n          updatedAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskTagSuggestions($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      name(language: EN)\n    }\n  }\n"): (typeof documents)["\n  query DeskTagSuggestions($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      name(language: EN)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskTranslations($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        language\n        deskTranslations {\n          id\n          title\n          language\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskTranslations($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        language\n        deskTranslations {\n          id\n          title\n          language\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskTranslationCandidates($search: String!) {\n    deskArticles(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskTranslationCandidates($search: String!) {\n    deskArticles(search: $search, first: 10) {\n      edges {\n        node {\n          id\n          title\n          language\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskLinkTranslation($input: LinkTranslationInput!) {\n    linkTranslation(input: $input) {\n      __typename\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskLinkTranslation($input: LinkTranslationInput!) {\n    linkTranslation(input: $input) {\n      __typename\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskUnlinkTranslation($input: ArticleIdInput!) {\n    unlinkTranslation(input: $input) {\n      __typename\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskUnlinkTranslation($input: ArticleIdInput!) {\n    unlinkTranslation(input: $input) {\n      __typename\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SetArticleStatus_changed on PublishArticleSuccess {\n    article {\n      id\n      ...ArticleEditor_article\n    }\n  }\n"): (typeof documents)["\n  fragment SetArticleStatus_changed on PublishArticleSuccess {\n    article {\n      id\n      ...ArticleEditor_article\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskPublishArticle($input: ArticleIdInput!) {\n    publishArticle(input: $input) {\n      __typename\n      ...SetArticleStatus_changed\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskPublishArticle($input: ArticleIdInput!) {\n    publishArticle(input: $input) {\n      __typename\n      ...SetArticleStatus_changed\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskUnpublishArticle($input: ArticleIdInput!) {\n    unpublishArticle(input: $input) {\n      __typename\n      ...SetArticleStatus_changed\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskUnpublishArticle($input: ArticleIdInput!) {\n    unpublishArticle(input: $input) {\n      __typename\n      ...SetArticleStatus_changed\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskUpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      __typename\n      ... on UpdateArticleSuccess {\n        article {\n          id\n          status\n          ...ArticleEditor_article\n          ...RevisionsPanel_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskUpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      __typename\n      ... on UpdateArticleSuccess {\n        article {\n          id\n          status\n          ...ArticleEditor_article\n          ...RevisionsPanel_article\n        }\n      }\n      ... on ValidationError {\n        field\n        code\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation DeskModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on ModerateCommentSuccess {\n        comment {\n          id\n          status\n          reportCount\n          reportReasons {\n            reason\n            count\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskModerateComment($input: ModerateCommentInput!) {\n    moderateComment(input: $input) {\n      __typename\n      ... on ModerateCommentSuccess {\n        comment {\n          id\n          status\n          reportCount\n          reportReasons {\n            reason\n            count\n          }\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMedia($input: UpdateMediaInput!) {\n    updateMedia(input: $input) {\n      __typename\n      ... on UpdateMediaSuccess {\n        media {\n          id\n          alt\n          caption\n          credit\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMedia($input: UpdateMediaInput!) {\n    updateMedia(input: $input) {\n      __typename\n      ... on UpdateMediaSuccess {\n        media {\n          id\n          alt\n          caption\n          credit\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaLibrary($search: String, $first: Int!, $after: String) {\n    mediaLibrary(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          alt\n          caption\n          credit\n          url\n          width\n          height\n          variants {\n            url\n            format\n            width\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MediaLibrary($search: String, $first: Int!, $after: String) {\n    mediaLibrary(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          alt\n          caption\n          credit\n          url\n          width\n          height\n          variants {\n            url\n            format\n            width\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectionRow_section on Section {\n    id\n    slug\n    name(language: EN)\n    names {\n      language\n      name\n    }\n    premoderated\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment SectionRow_section on Section {\n    id\n    slug\n    name(language: EN)\n    names {\n      language\n      name\n    }\n    premoderated\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskSectionList {\n    deskSections {\n      id\n      position\n      ...SectionRow_section\n    }\n  }\n"): (typeof documents)["\n  query DeskSectionList {\n    deskSections {\n      id\n      position\n      ...SectionRow_section\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskCreateSection($input: CreateSectionInput!) {\n    createSection(input: $input) {\n      __typename\n      ... on CreateSectionSuccess {\n        section {\n          id\n          position\n          ...SectionRow_section\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskCreateSection($input: CreateSectionInput!) {\n    createSection(input: $input) {\n      __typename\n      ... on CreateSectionSuccess {\n        section {\n          id\n          position\n          ...SectionRow_section\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectionMutations_updated on UpdateSectionSuccess {\n    section {\n      id\n      ...SectionRow_section\n    }\n  }\n"): (typeof documents)["\n  fragment SectionMutations_updated on UpdateSectionSuccess {\n    section {\n      id\n      ...SectionRow_section\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskUpdateSection($input: UpdateSectionInput!) {\n    updateSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskUpdateSection($input: UpdateSectionInput!) {\n    updateSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskArchiveSection($input: SectionIdInput!) {\n    archiveSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskArchiveSection($input: SectionIdInput!) {\n    archiveSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskRestoreSection($input: SectionIdInput!) {\n    restoreSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskRestoreSection($input: SectionIdInput!) {\n    restoreSection(input: $input) {\n      __typename\n      ...SectionMutations_updated\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskReorderSections($input: ReorderSectionsInput!) {\n    reorderSections(input: $input) {\n      __typename\n      ... on ReorderSectionsSuccess {\n        sections {\n          id\n          position\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskReorderSections($input: ReorderSectionsInput!) {\n    reorderSections(input: $input) {\n      __typename\n      ... on ReorderSectionsSuccess {\n        sections {\n          id\n          position\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskViewer_viewer on Viewer {\n    role\n    name\n    user {\n      id\n      login\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment DeskViewer_viewer on Viewer {\n    role\n    name\n    user {\n      id\n      login\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskViewer {\n    viewer {\n      ...DeskViewer_viewer\n    }\n  }\n"): (typeof documents)["\n  query DeskViewer {\n    viewer {\n      ...DeskViewer_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskSignOut {\n    signOut {\n      viewer {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskSignOut {\n    signOut {\n      viewer {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffPage_user on StaffUser {\n    id\n    login\n    displayName\n    role\n    disabled\n    createdAt\n    lastSignInAt\n    invitationPending\n    hasPassword\n    failedSignIns\n    throttled\n  }\n"): (typeof documents)["\n  fragment StaffPage_user on StaffUser {\n    id\n    login\n    displayName\n    role\n    disabled\n    createdAt\n    lastSignInAt\n    invitationPending\n    hasPassword\n    failedSignIns\n    throttled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskStaff {\n    staffUsers {\n      ...StaffPage_user\n    }\n  }\n"): (typeof documents)["\n  query DeskStaff {\n    staffUsers {\n      ...StaffPage_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      __typename\n      ... on InviteStaffSuccess {\n        user {\n          ...StaffPage_user\n        }\n        link {\n          url\n          expiresAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      __typename\n      ... on InviteStaffSuccess {\n        user {\n          ...StaffPage_user\n        }\n        link {\n          url\n          expiresAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskUpdateStaffUser($input: UpdateStaffUserInput!) {\n    updateStaffUser(input: $input) {\n      __typename\n      ... on UpdateStaffUserSuccess {\n        user {\n          ...StaffPage_user\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskUpdateStaffUser($input: UpdateStaffUserInput!) {\n    updateStaffUser(input: $input) {\n      __typename\n      ... on UpdateStaffUserSuccess {\n        user {\n          ...StaffPage_user\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskResetStaffPassword($input: StaffUserInput!) {\n    resetStaffPassword(input: $input) {\n      __typename\n      ... on ResetStaffPasswordSuccess {\n        user {\n          ...StaffPage_user\n        }\n        link {\n          url\n          expiresAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskResetStaffPassword($input: StaffUserInput!) {\n    resetStaffPassword(input: $input) {\n      __typename\n      ... on ResetStaffPasswordSuccess {\n        user {\n          ...StaffPage_user\n        }\n        link {\n          url\n          expiresAt\n        }\n      }\n      ... on ValidationError {\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskUnlockStaffUser($input: StaffUserInput!) {\n    unlockStaffUser(input: $input) {\n      __typename\n      ... on UnlockStaffUserSuccess {\n        message\n        user {\n          ...StaffPage_user\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskUnlockStaffUser($input: StaffUserInput!) {\n    unlockStaffUser(input: $input) {\n      __typename\n      ... on UnlockStaffUserSuccess {\n        message\n        user {\n          ...StaffPage_user\n        }\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TagRow_tag on Tag {\n    id\n    slug\n    name(language: EN)\n    names {\n      language\n      name\n    }\n    articleCount\n  }\n"): (typeof documents)["\n  fragment TagRow_tag on Tag {\n    id\n    slug\n    name(language: EN)\n    names {\n      language\n      name\n    }\n    articleCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskMergeTargets($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      slug\n      name(language: EN)\n    }\n  }\n"): (typeof documents)["\n  query DeskMergeTargets($search: String) {\n    tags(search: $search, first: 12) {\n      id\n      slug\n      name(language: EN)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskTagList($search: String) {\n    tags(search: $search, first: 100) {\n      id\n      ...TagRow_tag\n    }\n  }\n"): (typeof documents)["\n  query DeskTagList($search: String) {\n    tags(search: $search, first: 100) {\n      id\n      ...TagRow_tag\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskRenameTag($input: RenameTagInput!) {\n    renameTag(input: $input) {\n      __typename\n      ... on RenameTagSuccess {\n        tag {\n          id\n          ...TagRow_tag\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskRenameTag($input: RenameTagInput!) {\n    renameTag(input: $input) {\n      __typename\n      ... on RenameTagSuccess {\n        tag {\n          id\n          ...TagRow_tag\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskMergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      __typename\n      ... on MergeTagsSuccess {\n        mergedId\n        tag {\n          id\n          ...TagRow_tag\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskMergeTags($input: MergeTagsInput!) {\n    mergeTags(input: $input) {\n      __typename\n      ... on MergeTagsSuccess {\n        mergedId\n        tag {\n          id\n          ...TagRow_tag\n        }\n      }\n      ... on ValidationError {\n        field\n        message\n      }\n      ... on NotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TypoQueueItem_report on TypoReport {\n    id\n    prefix\n    exact\n    suffix\n    notes\n    reporterCount\n    createdAt\n    status\n    article {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment TypoQueueItem_report on TypoReport {\n    id\n    prefix\n    exact\n    suffix\n    notes\n    reporterCount\n    createdAt\n    status\n    article {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskResolveTypoReport($input: ResolveTypoReportInput!) {\n    resolveTypoReport(input: $input) {\n      __typename\n      ... on ResolveTypoReportSuccess {\n        report {\n          id\n          status\n          resolvedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeskResolveTypoReport($input: ResolveTypoReportInput!) {\n    resolveTypoReport(input: $input) {\n      __typename\n      ... on ResolveTypoReportSuccess {\n        report {\n          id\n          status\n          resolvedAt\n        }\n      }\n      ... on NotFound {\n        message\n      }\n      ... on ValidationError {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeskTypoReported {\n    typoReported {\n      id\n      status\n      ...TypoQueueItem_report\n    }\n  }\n"): (typeof documents)["\n  subscription DeskTypoReported {\n    typoReported {\n      id\n      status\n      ...TypoQueueItem_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypoQueue($status: TypoReportStatus!, $first: Int!) {\n    typoReports(status: $status, first: $first) {\n      edges {\n        node {\n          id\n          status\n          ...TypoQueueItem_report\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypoQueue($status: TypoReportStatus!, $first: Int!) {\n    typoReports(status: $status, first: $first) {\n      edges {\n        node {\n          id\n          status\n          ...TypoQueueItem_report\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;