import { controlId } from './slots.ts';

/** Messages under a field; the control points at them with aria-describedby. */
export function FieldErrors({ slot, messages }: { slot: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <div className="contribute-error" id={`${controlId(slot)}-blad`}>
      {messages.map((m) => (
        <p key={m}>
          <span className="visually-hidden">Błąd: </span>
          {m}
        </p>
      ))}
    </div>
  );
}

/** Props that tie a control to its label, hint and errors. */
export function describe(slot: string, messages: string[] | undefined, hint?: boolean) {
  const id = controlId(slot);
  const describedBy = [hint ? `${id}-wskazowka` : '', messages?.length ? `${id}-blad` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': messages?.length ? true : undefined, 'aria-describedby': describedBy || undefined } as const;
}
