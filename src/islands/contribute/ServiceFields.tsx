import type { ServiceDraft } from '../../lib/contribute/draft.ts';
import type { FormTaxonomies } from '../../lib/contribute/reference.ts';
import { FieldErrors } from './FieldError.tsx';
import { TermChoice } from './TermChoice.tsx';
import { SelectField, TextField } from './TextField.tsx';
import { options } from '../../i18n/index.ts';
import { COSTS } from '../../schemas/vocabulary.ts';

const COST_OPTIONS = options('cost', COSTS);

export function ServiceFields({
  index,
  service,
  terms,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  service: ServiceDraft;
  terms: FormTaxonomies;
  errors: Record<string, string[]>;
  onChange: (s: ServiceDraft) => void;
  onRemove?: () => void;
}) {
  const slot = (field: string) => `services.${index}.${field}`;
  const set =
    <K extends keyof ServiceDraft>(key: K) =>
    (value: ServiceDraft[K]) =>
      onChange({ ...service, [key]: value });
  return (
    <fieldset className="contribute-service">
      <legend>
        Usługa {index + 1}
        {service.name ? `: ${service.name}` : ''}
      </legend>
      <FieldErrors slot={`services.${index}`} messages={errors[`services.${index}`]} />
      <TextField
        slot={slot('name')}
        label="Nazwa usługi"
        required
        value={service.name}
        onChange={set('name')}
        errors={errors}
        hint="Co placówka oferuje, np. „Porady prawne”."
      />
      <TextField slot={slot('description')} label="Opis usługi" multiline value={service.description} onChange={set('description')} errors={errors} />
      <TermChoice
        slot={slot('needs')}
        legend="W jakich sprawach pomaga (potrzeby)"
        required
        terms={terms.needs}
        value={service.needs}
        onChange={set('needs')}
        errors={errors}
      />
      <TermChoice slot={slot('forms')} legend="Formy wsparcia" terms={terms.forms} value={service.forms} onChange={set('forms')} errors={errors} />
      <TermChoice slot={slot('audiences')} legend="Dla kogo" terms={terms.audiences} value={service.audiences} onChange={set('audiences')} errors={errors} />
      <SelectField
        slot={slot('cost')}
        label="Koszt"
        value={service.cost}
        onChange={set('cost')}
        errors={errors}
        options={COST_OPTIONS}
        placeholder="nie wiem"
      />
      <TextField
        slot={slot('access')}
        label="Jak skorzystać"
        multiline
        value={service.access}
        onChange={set('access')}
        errors={errors}
        hint="Np. czy trzeba się zapisać, jakie dokumenty zabrać, czy potrzebne jest skierowanie."
      />
      {onRemove ? (
        <button type="button" className="button" onClick={onRemove}>
          Usuń usługę {index + 1}
        </button>
      ) : null}
    </fieldset>
  );
}
