import { Kind, print, visit, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AddCommentDocument,
  ArticlePageDocument,
  CommentAddedDocument,
  CommentRepliesDocument,
  CommentThread_CommentFragmentDoc,
  CommentThreadsDocument,
  DeleteCommentDocument,
  EditCommentDocument,
  ReportCommentDocument,
} from '../gql/graphql';

// The server refuses operations deeper than 12 levels (apps/server/src/graphql/limits.ts),
// counted by graphql-armor's max-depth rule: a field is a level, an inline fragment one
// more, a fragment spread two more. Comments nest deeply (article, comments, edges, node,
// replies, edges, node, …), so the thread's documents are written to fit; this keeps them so.
const serverDepthLimit = 12;

function depthOf(document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const measure = (selectionSet: SelectionSetNode, parent: number): number => {
    let deepest = parent;
    for (const selection of selectionSet.selections) {
      const level = parent + 1;
      if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, selection.selectionSet ? measure(selection.selectionSet, level) : level);
      else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, measure(selection.selectionSet, level));
      else deepest = Math.max(deepest, level + 1 + measure(fragments.get(selection.name.value)!.selectionSet, 0));
    }
    return deepest;
  };
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  return measure(operation.selectionSet, 0);
}

// Every document the article page's reader sends about comments.
const readerDocuments: Record<string, DocumentNode> = {
  ArticlePageDocument,
  CommentThreadsDocument,
  CommentRepliesDocument,
  AddCommentDocument,
  CommentAddedDocument,
  EditCommentDocument,
  DeleteCommentDocument,
  ReportCommentDocument,
};

describe('the comment documents', () => {
  it('stay within the server’s query depth limit', () => {
    const depths = Object.fromEntries(Object.entries(readerDocuments).map(([name, document]) => [name, depthOf(document)]));
    for (const depth of Object.values(depths)) expect(depth).toBeLessThanOrEqual(serverDepthLimit);
    // The deepest, exactly at the limit: anything added inside a reply needs a shallower shape.
    expect(depths.CommentThreadsDocument).toBe(12);
  });
});

// Report counts and reasons are for moderators (the server refuses them to readers), and
// the article page must not grow: only the desk's documents ask for them.
const staffOnlyFields = new Set(['reportCount', 'reportReasons']);

function fieldsOf(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, { Field: (field) => void names.add(field.name.value) });
  return names;
}

describe('the reader’s comment documents', () => {
  it('ask for no staff-only field', () => {
    for (const [name, document] of Object.entries(readerDocuments)) {
      expect([...fieldsOf(document)].filter((field) => staffOnlyFields.has(field)), name).toEqual([]);
    }
  });
});

// A thread's first page of replies (CommentThread_comment) and every later one
// (CommentReplies) land in one cached list, so they must select the same fields. A shared
// fragment would cost the thread query two levels it does not have (see above), so the
// selection is written twice and this keeps the two copies one.
function repliesSelection(document: DocumentNode): string {
  let found: FieldNode | undefined;
  visit(document, { Field: (field) => void (field.name.value === 'replies' && (found ??= field)) });
  if (!found?.selectionSet) throw new Error('no replies field');
  return print(found.selectionSet);
}

describe('a thread’s replies', () => {
  it('are selected alike on the first page and on later ones', () => {
    expect(repliesSelection(CommentRepliesDocument)).toBe(repliesSelection(CommentThread_CommentFragmentDoc));
  });
});
