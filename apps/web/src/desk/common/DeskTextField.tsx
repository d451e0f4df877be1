import type { Ref } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A textarea of this many rows; a one-line input without. */
  rows?: number;
  hint?: string;
  /** True when the server named this field as the problem (described by #editor-problem). */
  invalid?: boolean;
  required?: boolean;
  maxLength?: number;
  type?: 'text' | 'url';
  inputRef?: Ref<HTMLInputElement>;
  textareaRef?: Ref<HTMLTextAreaElement>;
  className?: string;
}

/** A labelled text input or textarea of the desk's forms, with its hint and error wiring. */
export function DeskTextField(props: Props) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const describedBy = [hintId, props.invalid ? 'editor-problem' : undefined].filter(Boolean).join(' ') || undefined;
  const common = {
    id: props.id,
    value: props.value,
    required: props.required,
    maxLength: props.maxLength,
    'aria-invalid': props.invalid || undefined,
    'aria-describedby': describedBy,
  };

  return (
    <div className={`desk-field ${props.className ?? ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.rows ? (
        <textarea {...common} ref={props.textareaRef} rows={props.rows} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input {...common} ref={props.inputRef} type={props.type ?? 'text'} onChange={(event) => props.onChange(event.target.value)} />
      )}
      {props.hint && (
        <p id={hintId} className="desk-hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
