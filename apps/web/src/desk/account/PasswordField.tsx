import { useLimits } from '../../limits/useLimits';

interface Props {
  id: string;
  label: string;
  /** `current` signs in with a password; `new` sets one, within the staff password limits. */
  purpose: 'current' | 'new';
  value: string;
  onChange: (value: string) => void;
  name?: string;
}

/** A labelled password input of the sign-in and account-link forms, marked for password managers. */
export function PasswordField({ id, label, purpose, value, onChange, name }: Props) {
  const staffLimits = useLimits().staff;
  const limits = purpose === 'new' ? { minLength: staffLimits.passwordMin, maxLength: staffLimits.passwordMax } : {};
  return (
    <div className="desk-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="password"
        autoComplete={`${purpose}-password`}
        required
        {...limits}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
