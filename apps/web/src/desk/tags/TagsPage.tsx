import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useState } from 'react';
import { DeskLoading } from '../shell/DeskLoading';
import { deskStrings as s } from '../shell/deskStrings';
import { TagRow } from './TagRow';
import { DeskTagListQuery, useTagMutations } from './useTagMutations';
import '../sections/sectionsAndTags.css';

/**
 * /desk/tags (editors): find tags by any of their names, see how many articles carry each,
 * rename them (slug and names per language; the old address redirects), and merge one into
 * another after a confirmation.
 */
export function TagsPage() {
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const { data, previousData, error, refetch } = useQuery(DeskTagListQuery, {
    variables: { search: deferredSearch || null },
    fetchPolicy: 'cache-and-network',
  });
  const mutations = useTagMutations();
  const [announcement, setAnnouncement] = useState('');
  const shown = data ?? previousData;

  return (
    <section className="desk-page desk-tags-page">
      <title>{`${s.tagsHeading} — ${s.desk}`}</title>
      <h1>{s.tagsHeading}</h1>
      <div className="desk-filters" role="search">
        <label>
          {s.searchTags} <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {shown ? (
        shown.tags.length === 0 ? (
          <p className="empty">{s.noTags}</p>
        ) : (
          <table className="desk-table desk-tag-table">
            <thead>
              <tr>
                <th scope="col">{s.tagsHeading}</th>
                <th scope="col">{s.slug}</th>
                <th scope="col">{s.articlesColumn}</th>
                <th scope="col">
                  <span className="visually-hidden">{s.edit}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.tags.map((tag, index) => (
                <TagRow
                  key={tag.id}
                  tag={tag}
                  index={index}
                  onRename={(input) => mutations.rename({ id: tag.id, ...input })}
                  onMerge={(targetId) => mutations.merge(tag.id, targetId)}
                  announce={setAnnouncement}
                />
              ))}
            </tbody>
          </table>
        )
      ) : (
        <DeskLoading error={error} onRetry={() => refetch()} />
      )}
    </section>
  );
}
