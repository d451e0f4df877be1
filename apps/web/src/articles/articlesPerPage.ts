/** How many articles a list page asks for at a time. */
export const ARTICLES_PER_PAGE = 12;
