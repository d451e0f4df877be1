import type { ReactNode } from 'react';
import { deskStrings as s } from '../shell/deskStrings';
import { shortcutHelp, type QueueKind } from './queueShortcuts';

interface Props<Status extends string> {
  kind: QueueKind;
  statuses: readonly Status[];
  status: Status;
  onStatus: (status: Status) => void;
  /** The bulk buttons for the ticked items. */
  children: ReactNode;
  /** Whether every listed item is ticked. */
  allTicked: boolean;
  onToggleAll: () => void;
  empty: boolean;
}

/** A queue's status switch, "tick all", its bulk buttons and the keyboard help line. */
export function QueueToolbar<Status extends 'PENDING' | 'REPORTED' | 'APPROVED' | 'REJECTED' | 'NEW' | 'FIXED' | 'DISMISSED'>(
  props: Props<Status>,
) {
  return (
    <div className="desk-queue-toolbar">
      <fieldset className="desk-switch">
        <legend className="visually-hidden">{s.status}</legend>
        {props.statuses.map((status) => (
          <label key={status}>
            <input
              type="radio"
              name={`${props.kind}-status`}
              value={status}
              checked={props.status === status}
              onChange={() => props.onStatus(status)}
            />
            {s[status]}
          </label>
        ))}
      </fieldset>
      {!props.empty && (
        <div className="desk-bulk">
          <label>
            <input type="checkbox" checked={props.allTicked} onChange={props.onToggleAll} /> {s.tickAll}
          </label>
          {props.children}
        </div>
      )}
      <p className="desk-hint desk-keys">
        {s.keys}
        {shortcutHelp[props.kind].map(([keys, meaning]) => (
          <span key={meaning} className="desk-key">
            {keys.map((key, index) => (
              <span key={key}>
                {index > 0 && ' / '}
                <kbd>{key}</kbd>
              </span>
            ))}{' '}
            {meaning}
          </span>
        ))}
      </p>
    </div>
  );
}
