import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import { changeOutcome } from '../common/changeOutcome';
import { forgetPublicPages } from '../common/editorOutcome';

export const DeskSectionListQuery = graphql(`
  query DeskSectionList {
    deskSections {
      id
      position
      ...SectionRow_section
    }
  }
`);

const CreateSectionMutation = graphql(`
  mutation DeskCreateSection($input: CreateSectionInput!) {
    createSection(input: $input) {
      __typename
      ... on CreateSectionSuccess {
        section {
          id
          position
          ...SectionRow_section
        }
      }
      ... on ValidationError {
        field
        message
      }
    }
  }
`);

// What an update, an archive and a restore all answer with: the row, as the list shows it.
export const SectionMutations_updated = graphql(`
  fragment SectionMutations_updated on UpdateSectionSuccess {
    section {
      id
      ...SectionRow_section
    }
  }
`);

const UpdateSectionMutation = graphql(`
  mutation DeskUpdateSection($input: UpdateSectionInput!) {
    updateSection(input: $input) {
      __typename
      ...SectionMutations_updated
      ... on ValidationError {
        field
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

const ArchiveSectionMutation = graphql(`
  mutation DeskArchiveSection($input: SectionIdInput!) {
    archiveSection(input: $input) {
      __typename
      ...SectionMutations_updated
      ... on ValidationError {
        field
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

const RestoreSectionMutation = graphql(`
  mutation DeskRestoreSection($input: SectionIdInput!) {
    restoreSection(input: $input) {
      __typename
      ...SectionMutations_updated
      ... on ValidationError {
        field
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

const ReorderSectionsMutation = graphql(`
  mutation DeskReorderSections($input: ReorderSectionsInput!) {
    reorderSections(input: $input) {
      __typename
      ... on ReorderSectionsSuccess {
        sections {
          id
          position
        }
      }
      ... on ValidationError {
        field
        message
      }
    }
  }
`);

// The site's navigation (the reader pages' SiteHeader query) shows the change at once, and
// the reader pages' cached lists and pages are dropped so the site shows it too.
const refreshSite = { refetchQueries: ['SiteHeader'], update: forgetPublicPages };

/** The sections page's changes, each answering with its outcome. */
export function useSectionMutations() {
  const [createMutation] = useMutation(CreateSectionMutation, { ...refreshSite, refetchQueries: [DeskSectionListQuery, 'SiteHeader'] });
  const [updateMutation] = useMutation(UpdateSectionMutation, refreshSite);
  const [archiveMutation] = useMutation(ArchiveSectionMutation, refreshSite);
  const [restoreMutation] = useMutation(RestoreSectionMutation, refreshSite);
  const [reorderMutation] = useMutation(ReorderSectionsMutation, refreshSite);

  return {
    create: useCallback(
      async (input: { slug: string; names: { language: 'EN' | 'RU'; name: string }[]; premoderated: boolean }) =>
        changeOutcome((await createMutation({ variables: { input } })).data?.createSection, 'CreateSectionSuccess'),
      [createMutation],
    ),
    update: useCallback(
      async (input: { id: string; slug?: string; names?: { language: 'EN' | 'RU'; name: string }[]; premoderated?: boolean }) =>
        changeOutcome((await updateMutation({ variables: { input } })).data?.updateSection, 'UpdateSectionSuccess'),
      [updateMutation],
    ),
    setArchived: useCallback(
      async (id: string, archived: boolean) =>
        archived
          ? changeOutcome((await archiveMutation({ variables: { input: { id } } })).data?.archiveSection, 'UpdateSectionSuccess')
          : changeOutcome((await restoreMutation({ variables: { input: { id } } })).data?.restoreSection, 'UpdateSectionSuccess'),
      [archiveMutation, restoreMutation],
    ),
    /** Sends the whole new order; the list shows it at once and goes back should the server refuse. */
    reorder: useCallback(
      async (ids: string[]) =>
        changeOutcome(
          (
            await reorderMutation({
              variables: { input: { ids } },
              optimisticResponse: {
                reorderSections: {
                  __typename: 'ReorderSectionsSuccess',
                  sections: ids.map((id, position) => ({ __typename: 'Section', id, position })),
                },
              },
            })
          ).data?.reorderSections,
          'ReorderSectionsSuccess',
        ),
      [reorderMutation],
    ),
  };
}
