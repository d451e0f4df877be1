import { createContext, use } from 'react';
import { graphql } from './gql/gql';
import type { ViewerRole } from './gql/graphql';

/** Who is at the desk. Sign-in writes its answer into this query's cache entry. */
export const DeskViewerQuery = graphql(`
  query DeskViewer {
    viewer {
      role
      name
      user {
        id
        login
        displayName
      }
    }
  }
`);

export type StaffRole = Exclude<ViewerRole, 'READER'>;

export interface DeskViewer {
  role: StaffRole;
  name: string;
  /** False for EDITOR_TOKEN (no person behind it, so no personal API tokens). */
  isPerson: boolean;
}

/** Set by DeskLayout once the viewer is known to be staff. */
export const DeskViewerContext = createContext<DeskViewer>({ role: 'MODERATOR', name: '', isPerson: false });

export function useDeskViewer(): DeskViewer {
  return use(DeskViewerContext);
}

/** Whether the role may do what the allowed roles may: an admin may do everything. */
export function roleAllows(role: ViewerRole, allowed: readonly StaffRole[]): boolean {
  return role === 'ADMIN' || (allowed as readonly ViewerRole[]).includes(role);
}

/** Where each role starts: moderators have no article list. */
export function homePathFor(role: ViewerRole): string {
  return roleAllows(role, ['EDITOR']) ? '/desk/articles' : role === 'MODERATOR' ? '/desk/comments' : '/desk/sign-in';
}
