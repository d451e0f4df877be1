import { Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../layout/NotFoundPage';
import { ApiTokensPage } from './ApiTokensPage';
import { ArticleEditorPage } from './ArticleEditorPage';
import { ArticleListPage } from './ArticleListPage';
import { CommentQueuePage } from './CommentQueuePage';
import { DeskLayout } from './DeskLayout';
import { homePathFor, useDeskViewer } from './deskViewer';
import { RequireRole } from './RequireRole';
import { SectionsPage } from './SectionsPage';
import { SignInPage } from './SignInPage';
import { TagsPage } from './TagsPage';
import { TypoQueuePage } from './TypoQueuePage';

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
 * /desk/tags             tags: search, rename, merge (editors)
 * /desk/sections         sections: order, names, premoderation, archive (administrators)
 * /desk/comments         the comment moderation queue
 * /desk/typos            the typo report queue
 * /desk/tokens           one's API tokens
 */
export function DeskRoutes() {
  return (
    <Routes>
      <Route path="sign-in" element={<SignInPage />} />
      <Route element={<DeskLayout />}>
        <Route index element={<DeskHome />} />
        <Route path="articles" element={<RequireRole roles={editors}><ArticleListPage /></RequireRole>} />
        <Route path="articles/new" element={<RequireRole roles={editors}><ArticleEditorPage /></RequireRole>} />
        <Route path="articles/:id" element={<RequireRole roles={editors}><ArticleEditorPage /></RequireRole>} />
        <Route path="tags" element={<RequireRole roles={editors}><TagsPage /></RequireRole>} />
        <Route path="sections" element={<RequireRole roles={admins}><SectionsPage /></RequireRole>} />
        <Route path="comments" element={<RequireRole roles={staff}><CommentQueuePage /></RequireRole>} />
        <Route path="typos" element={<RequireRole roles={staff}><TypoQueuePage /></RequireRole>} />
        <Route path="tokens" element={<RequireRole roles={staff}><ApiTokensPage /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
