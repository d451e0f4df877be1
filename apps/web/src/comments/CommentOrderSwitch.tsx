import type { CommentOrder } from '../gql/graphql';
import { useCommentStrings } from './commentStrings';

const orders: readonly CommentOrder[] = ['OLDEST', 'NEWEST', 'MOST_REPLIES'];

/** Oldest / Newest / Most replies, as native radio buttons (arrow keys move between them). */
export function CommentOrderSwitch({ value, onChange }: { value: CommentOrder; onChange: (order: CommentOrder) => void }) {
  const s = useCommentStrings();
  // One comments section per page: a fixed name, the same in the server's HTML and the
  // comments' island (useId would differ there).
  const name = 'comment-order';
  const labels: Record<CommentOrder, string> = { OLDEST: s.oldest, NEWEST: s.newest, MOST_REPLIES: s.mostReplies };

  return (
    <fieldset className="comment-order">
      <legend>{s.orderBy}</legend>
      {orders.map((order) => (
        <label key={order}>
          <input type="radio" name={name} value={order} checked={value === order} onChange={() => onChange(order)} />
          <span>{labels[order]}</span>
        </label>
      ))}
    </fieldset>
  );
}
