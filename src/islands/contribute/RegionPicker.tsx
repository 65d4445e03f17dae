import { useState } from 'react';
import type { FormRegions } from '../../lib/contribute/reference.ts';
import { SelectField } from './TextField.tsx';

/** Województwo → powiat → gmina, three native selects (keyboard and screen-reader friendly). */
export function RegionPicker({ regions, gmina, onChange, errors }: {
  regions: FormRegions;
  gmina: string;
  onChange: (code: string) => void;
  errors: Record<string, string[]>;
}) {
  const [woj, setWoj] = useState(gmina.slice(0, 2));
  const [powiat, setPowiat] = useState(gmina.slice(0, 4));
  const powiaty = regions.powiaty.filter((p) => p[0].startsWith(woj) && woj !== '');
  const gminy = regions.gminy.filter((g) => g[0].startsWith(powiat) && powiat.length === 4);
  return (
    <fieldset className="contribute-region">
      <legend>Gdzie jest placówka (wymagane)</legend>
      <SelectField
        slot="wojewodztwo"
        label="Województwo"
        value={woj}
        onChange={(v) => (setWoj(v), setPowiat(''), onChange(''))}
        errors={errors}
        placeholder="wybierz województwo"
        options={regions.wojewodztwa.map(([code, name]) => ({ value: code, label: name }))}
      />
      <SelectField
        slot="powiat"
        label="Powiat"
        value={powiat}
        onChange={(v) => (setPowiat(v), onChange(''))}
        errors={errors}
        disabled={!woj}
        placeholder={woj ? 'wybierz powiat' : 'najpierw wybierz województwo'}
        options={powiaty.map(([code, label]) => ({ value: code, label }))}
      />
      <SelectField
        slot="gmina"
        label="Gmina"
        value={gmina}
        onChange={onChange}
        errors={errors}
        disabled={!powiat}
        placeholder={powiat ? 'wybierz gminę' : 'najpierw wybierz powiat'}
        options={gminy.map(([code, name, kind]) => ({ value: code, label: `${name} (${kind})` }))}
      />
    </fieldset>
  );
}
