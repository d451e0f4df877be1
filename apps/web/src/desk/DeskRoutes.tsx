import { Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../layout/NotFoundPage';
import { AccountLinkPage } from './account/AccountLinkPage';
import { ApiTokensPage } from './account/ApiTokensPage';
import { ArticleEditorPage } from './articles/ArticleEditorPage';
import { ArticleListPage } from './articles/ArticleListPage';
import { CommentQueuePage } from './comments/CommentQueuePage';
import { DeskLayout } from './shell/DeskLayout';
import { homePathFor, useDeskViewer } from './shell/deskViewer';
import { MediaLibraryPage } from './media/MediaLibraryPage';
import { RequireRole } from './shell/RequireRole';
import { SectionsPage } from './sections/SectionsPage';
import { SignInPage } from './account/SignInPage';
import { StaffPage } from './staff/StaffPage';
import { TagsPage } from './tags/TagsPage';
import { TypoQueuePage } from './typos/TypoQueuePage';

const editors = ['EDITOR'] as const;
const admins = ['ADMIN'] as const;
const staff = ['EDITOR', 'MODERATOR'] as const;

/** /desk: each role starts where its work is. */
function DeskHome() {
  return <Navigate to={homePathFor(useDeskViewer().role)} replace />;
}

/**
 * The editors' desk, mounted at /desk/* as its own lazily loaded chunk (with its CSS and
 * the diff library), so readers never download it.
 *
 * /desk/sign-in          login and password
 * /desk                  → articles (editors) or comments (moderators)
 * /desk/articles         the article list (editors)
 * /desk/articles/new     a new article (editors)
 * /desk/articles/:id     the editor (editors)
 * /desk/media            the media library (editors)
 * /desk/tags             tags: search, rename, merge (editors)
 * /desk/sections         sections: order, names, premoderation, archive (administrators)
 * /desk/comments         the comment moderation queue
 * /desk/typos            the typo report queue
 * /desk/tokens           one's API tokens
 * /desk/staff            the accounts (admins)
 * /desk/join/:token      an invitee sets a password (public)
 * /desk/password/:token  a reset link sets a new password (public)
 */
export function DeskRoutes() {
  return (
    <Routes>
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="join/:token" element={<AccountLinkPage purpose="invite" />} />
      <Route path="password/:token" element={<AccountLinkPage purpose="reset" />} />
      <Route element={<DeskLayout />}>
        <Route index element={<DeskHome />} />
        <Route
          path="articles"
          element={
            <RequireRole roles={editors}>
              <ArticleListPage />
            </RequireRole>
          }
        />
        <Route
          path="articles/new"
          element={
            <RequireRole roles={editors}>
              <ArticleEditorPage />
            </RequireRole>
          }
        />
        <Route
          path="articles/:id"
          element={
            <RequireRole roles={editors}>
              <ArticleEditorPage />
            </RequireRole>
          }
        />
        <Route
          path="media"
          element={
            <RequireRole roles={editors}>
              <MediaLibraryPage />
            </RequireRole>
          }
        />
        <Route
          path="tags"
          element={
            <RequireRole roles={editors}>
              <TagsPage />
            </RequireRole>
          }
        />
        <Route
          path="sections"
          element={
            <RequireRole roles={admins}>
              <SectionsPage />
            </RequireRole>
          }
        />
        <Route
          path="comments"
          element={
            <RequireRole roles={staff}>
              <CommentQueuePage />
            </RequireRole>
          }
        />
        <Route
          path="typos"
          element={
            <RequireRole roles={staff}>
              <TypoQueuePage />
            </RequireRole>
          }
        />
        <Route
          path="tokens"
          element={
            <RequireRole roles={staff}>
              <ApiTokensPage />
            </RequireRole>
          }
        />
        <Route
          path="staff"
          element={
            <RequireRole roles={admins}>
              <StaffPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
