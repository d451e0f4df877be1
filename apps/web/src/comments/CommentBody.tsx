import { linkify } from '@newsroom/rules/linkify';
import { useMemo } from 'react';

/**
 * A comment's text exactly as the reader typed it. React renders each piece as a text
 * node, so markup in a comment shows as the characters it is; only http(s) addresses
 * become links, which open elsewhere and give their target no ranking credit and no handle on this page.
 */
export function CommentBody({ text }: { text: string }) {
  const segments = useMemo(() => linkify(text), [text]);
  return (
    <p className="comment-body">
      {segments.map((segment, index) =>
        segment.kind === 'link' ? (
          <a key={index} href={segment.href} rel="ugc nofollow noopener" target="_blank">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
