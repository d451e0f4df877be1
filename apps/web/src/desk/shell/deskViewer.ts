import type { ApolloCache } from '@apollo/client';
import { createContext, use } from 'react';
import type { FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import type { ViewerRole } from '../gql/graphql';

/** Who is at the desk: asked by the desk layout, and answered by signing in or redeeming an account link. */
export const DeskViewer_viewer = graphql(`
  fragment DeskViewer_viewer on Viewer {
    role
    name
    user {
      id
      login
      displayName
    }
  }
`);

export const DeskViewerQuery = graphql(`
  query DeskViewer {
    viewer {
      ...DeskViewer_viewer
    }
  }
`);

/** Writes a sign-in's viewer where the desk layout reads it, so the desk opens without asking again who is there. */
export function rememberViewer(cache: ApolloCache, viewer: FragmentType<typeof DeskViewer_viewer>): void {
  cache.writeQuery({ query: DeskViewerQuery, data: { viewer } });
}

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
