/** Register identifiers (REGON, KRS, NIP, RSPO, RPWDL): rows of scheme + number; the check digits are checked by the schema. */
import { IDENTIFIER_SCHEMES, SCHEME_NAMES } from '../../formats/identifiers.ts';
import { FieldErrors } from './FieldError.tsx';
import { SelectField, TextField } from './TextField.tsx';

type Row = { scheme: string; value: string };

interface Props {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: Record<string, string[]>;
}

const OPTIONS = IDENTIFIER_SCHEMES.map((s) => ({ value: s, label: SCHEME_NAMES[s] }));

/** The form slots these fields own, so an error lands beside its row. */
export const identifierSlots = (rows: readonly Row[]) => [
  'identifiers',
  ...rows.flatMap((_, i) => [`identifiers.${i}`, `identifiers.${i}.scheme`, `identifiers.${i}.value`]),
];

export function IdentifierFields({ rows, onChange, errors }: Props) {
  const edit = (i: number, patch: Partial<Row>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset>
      <legend>Numery w rejestrach urzędowych (nieobowiązkowe)</legend>
      <p className="contribute-hint">
        Pomagają sprawdzić wpis w rejestrach: REGON, KRS, NIP, RSPO (szkoły i poradnie), RPWDL (ochrona zdrowia). Cyfry kontrolne sprawdzimy od razu.
      </p>
      <FieldErrors slot="identifiers" messages={errors.identifiers} />
      {rows.map((r, i) => (
        <div key={i} className="contribute-row">
          <SelectField
            slot={`identifiers.${i}.scheme`}
            label={`Numer ${i + 1}: rejestr`}
            value={r.scheme}
            onChange={(v) => edit(i, { scheme: v })}
            errors={errors}
            options={OPTIONS}
          />
          <TextField
            slot={`identifiers.${i}.value`}
            label={`Numer ${i + 1}: numer`}
            inputMode="numeric"
            value={r.value}
            onChange={(v) => edit(i, { value: v })}
            errors={errors}
          />
          <button type="button" className="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Usuń numer {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...rows, { scheme: 'REGON', value: '' }])}>
        Dodaj numer z rejestru
      </button>
    </fieldset>
  );
}
