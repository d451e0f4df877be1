import { useState } from 'react';
import { deskStrings as s } from './deskStrings';
import { useSignOut } from './useSignOut';

export function SignOutButton() {
  const signOut = useSignOut();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const onClick = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await signOut();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="desk-link-button" onClick={onClick} aria-disabled={busy}>
        {s.signOut}
      </button>
      {failed && (
        <span className="desk-problem" role="alert">
          {s.actionFailed}
        </span>
      )}
    </>
  );
}
