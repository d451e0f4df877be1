import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's status filter, kept in the address (?status=) so a reload or a shared link
 * shows the same list; the first status when none or an unknown one is given. The
 * router applies address changes in a transition, which would leave a radio button or
 * a select showing the old choice for a moment after a click: the choice is also held
 * here, at once.
 */
export function useStatusParam<Status extends string>(statuses: readonly [Status, ...Status[]]): [Status, (status: Status) => void] {
  const [params, setParams] = useSearchParams();
  const fromAddress = statuses.find((candidate) => candidate === params.get('status')) ?? statuses[0];
  const [chosen, setChosen] = useState(fromAddress);
  const [address, setAddress] = useState(fromAddress);
  // Back and forward change the address without a click: follow it.
  if (address !== fromAddress) {
    setAddress(fromAddress);
    setChosen(fromAddress);
  }
  const setStatus = (next: Status) => {
    setChosen(next);
    setParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next === statuses[0]) params.delete('status');
        else params.set('status', next);
        return params;
      },
      { replace: true },
    );
  };
  return [chosen, setStatus];
}
