import { useQuery } from '@apollo/client/react';
import { defaultLimits, type Limits } from '@newsroom/rules/limits';
import type { ReactNode } from 'react';
import { graphql } from '../gql/gql';
import { LimitsContext } from './useLimits';

const LimitsQuery = graphql(`
  query Limits {
    limits {
      comment {
        bodyMax
        authorNameMax
        editWindowSeconds
      }
      typo {
        selectionMax
        contextMax
        noteMax
      }
      rating {
        minScore
        maxScore
      }
      article {
        titleMax
        leadMax
        bodyMax
        captionMax
        nameMax
        tagsMax
      }
      author {
        nameMax
        bioMax
        perArticle
      }
      media {
        uploadBytes
        altMax
        captionMax
        creditMax
      }
      staff {
        loginPattern
        nameMax
        passwordMin
        passwordMax
        tokenLabelMax
      }
      sectionAndTag {
        nameMax
        slugMax
      }
      publishing {
        scheduleMaxDays
      }
      search {
        queryMax
        wordsMax
      }
    }
  }
`);

/**
 * Gives every form below the limits the server enforces (useLimits). A page the server
 * rendered carries them in its state (`limits`, from apps/server/src/modules/limits), so a
 * reader's page makes no request for them. Without that state (the desk, which the browser
 * renders from the plain index.html; Vite's dev server; the app shell after a failed
 * render) they are asked for once, with Query.limits, before anything renders: embedding
 * them in the desk's page too would make the static shell a per-request template for one
 * small, cacheable query.
 */
export function LimitsProvider({ limits, children }: { limits?: Limits; children: ReactNode }) {
  if (limits) return <LimitsContext value={limits}>{children}</LimitsContext>;
  return <ServedLimits>{children}</ServedLimits>;
}

function ServedLimits({ children }: { children: ReactNode }) {
  const { data, error } = useQuery(LimitsQuery);
  if (data) return <LimitsContext value={data.limits}>{children}</LimitsContext>;
  // The server cannot be reached: the pages below show that through their own queries'
  // errors, which they could not do were nothing rendered; the server still enforces its
  // own limits on anything sent later.
  if (error) return <LimitsContext value={defaultLimits}>{children}</LimitsContext>;
  return null;
}
