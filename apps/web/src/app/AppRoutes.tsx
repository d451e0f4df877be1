import { Route, Routes } from 'react-router';
import { Layout } from '../layout/Layout';
import { NotFoundPage } from '../layout/NotFoundPage';
import { lazyPage } from './lazyPage';

// Each page is its own chunk: a reader landing on an article downloads the article page
// and nothing of the lists, and the playground is a separate HTML entry altogether.
const HomePage = lazyPage('src/home/HomePage.tsx', () => import('../home/HomePage').then((m) => m.HomePage));
const SectionPage = lazyPage('src/sections/SectionPage.tsx', () => import('../sections/SectionPage').then((m) => m.SectionPage));
const TagPage = lazyPage('src/tags/TagPage.tsx', () => import('../tags/TagPage').then((m) => m.TagPage));
const ArticlePage = lazyPage('src/articles/ArticlePage.tsx', () => import('../articles/ArticlePage').then((m) => m.ArticlePage));
const AuthorPage = lazyPage('src/authors/AuthorPage.tsx', () => import('../authors/AuthorPage').then((m) => m.AuthorPage));
const SearchPage = lazyPage('src/search/SearchPage.tsx', () => import('../search/SearchPage').then((m) => m.SearchPage));
const PreviewPage = lazyPage('src/preview/PreviewPage.tsx', () => import('../preview/PreviewPage').then((m) => m.PreviewPage));
// The editors' desk: its own chunk (and CSS), never part of a reader's download.
const DeskRoutes = lazyPage('src/desk/DeskRoutes.tsx', () => import('../desk/DeskRoutes').then((m) => m.DeskRoutes));

/**
 * /                 latest articles, paged
 * /section/:slug    a section's articles, paged
 * /tag/:slug        a tag's articles, paged
 * /article/:slug    the article page
 * /author/:slug     an author's page: bio and articles, paged by ?after=<cursor>
 * /search?q=…      search results, paged by &after=<cursor> (ADR 033)
 * /preview/:token   a draft shown through a preview link (ADR 019)
 * /desk/*           the editors' desk (desk/DeskRoutes)
 * anything else     Page not found
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="section/:slug" element={<SectionPage />} />
        <Route path="tag/:slug" element={<TagPage />} />
        <Route path="article/:slug" element={<ArticlePage />} />
        <Route path="author/:slug" element={<AuthorPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="preview/:token" element={<PreviewPage />} />
        <Route path="desk/*" element={<DeskRoutes />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
