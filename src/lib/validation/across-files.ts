/**
 * Checks that need every entry at once: unique ids, URL slugs and register identifiers, and probable duplicates.
 * The same phone on two entries is normal when each says why (e.g. "przez sekretariat MOPS"):
 * only an unexplained shared number (an entry without a phone label) is reported.
 */
import { displayPhone } from '../../formats/phone-display.ts';
import type { InstitutionRecord } from './institution-file.ts';
import { error, warning, type Issue } from './issue.ts';
import { normalize } from '../../formats/text.ts';

/** Lower case, no Polish marks, no punctuation or extra spaces: "Ul. Solidarności 1" ≈ "ul solidarnosci 1". */
export function looseText(text: string | undefined): string {
  return normalize(text ?? '');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

const others = (group: readonly InstitutionRecord[], self: InstitutionRecord) =>
  group
    .filter((r) => r !== self)
    .map((r) => r.file)
    .join(', ');

export function checkAcrossFiles(records: readonly InstitutionRecord[], helplineIds: readonly string[] = []): Issue[] {
  const issues: Issue[] = [];

  for (const group of groupBy(records, (r) => r.data.id)) {
    for (const r of group.slice(1)) {
      issues.push(
        error(
          r.file,
          'id',
          `Identyfikator ${r.data.id} ma już inny wpis (${others(group, r)}). Każda placówka ma własny UUID: wygeneruj nowy (np. formularzem na stronie /zglos/), nie kopiuj go z innego pliku.`,
          r.lineOf(['id']),
        ),
      );
    }
  }
  const helplines = new Set(helplineIds);
  for (const r of records) {
    if (helplines.has(r.data.id))
      issues.push(error(r.file, 'id', `Identyfikator ${r.data.id} ma już telefon zaufania w content/helplines.yaml. Wygeneruj nowy UUID.`, r.lineOf(['id'])));
  }

  for (const group of groupBy(records, (r) => r.slug)) {
    for (const r of group.slice(1)) {
      issues.push(
        error(
          r.file,
          'nazwa pliku',
          `Nazwa pliku „${r.slug}.md” jest już użyta (${others(group, r)}), a nazwa pliku to adres strony placówki. Dodaj do nazwy miejscowość, np. „${r.slug}-${looseText(r.data.address?.city).replace(/ /g, '-') || 'miejscowosc'}.md”.`,
        ),
      );
    }
  }

  const place = (r: InstitutionRecord) => {
    const a = r.data.address;
    return a?.street || a?.city ? `${looseText(a.street)}|${looseText(a.city)}` : `gmina ${r.data.gmina}`;
  };
  for (const group of groupBy(records, (r) => `${looseText(r.data.name)}|${place(r)}`)) {
    for (const r of group) {
      issues.push(
        warning(
          r.file,
          'name',
          `Możliwy duplikat: ta sama nazwa i adres co w ${others(group, r)}. Jeśli to ta sama placówka, popraw tamten wpis zamiast dodawać nowy.`,
          r.lineOf(['name']),
        ),
      );
    }
  }

  const idUses = records.flatMap((r) => (r.data.identifiers ?? []).map((id, i) => ({ r, id, i })));
  for (const group of groupBy(idUses, (u) => `${u.id.scheme}:${u.id.value}`)) {
    for (const u of group.slice(1)) {
      const first = group[0]!;
      issues.push(
        error(
          u.r.file,
          `identifiers.${u.i}.value`,
          `${u.id.scheme} ${u.id.value} ma już ${first.r.file}. Jeden numer z rejestru to jedna placówka: jeśli to ta sama placówka, popraw tamten wpis zamiast dodawać nowy; jeśli nie, sprawdź numer w rejestrze.`,
          u.r.lineOf(['identifiers', u.i, 'value']),
        ),
      );
    }
  }

  const phoneUses = records.flatMap((r) => r.data.phones.map((p, i) => ({ r, p, i })));
  for (const group of groupBy(phoneUses, (u) => u.p.number)) {
    const entries = new Set(group.map((u) => u.r));
    if (entries.size < 2) continue;
    for (const u of group) {
      if (u.p.label) continue;
      const elsewhere = [...new Set(group.filter((o) => o.r !== u.r).map((o) => o.r.file))].join(', ');
      issues.push(
        warning(
          u.r.file,
          `phones.${u.i}.number`,
          `Możliwy duplikat: numer ${displayPhone(u.p.number)} ma też ${elsewhere}. Jeśli to wspólny numer, dopisz opis (phones → label), np. „przez sekretariat MOPS”; jeśli to ta sama placówka, popraw tamten wpis.`,
          u.r.lineOf(['phones', u.i, 'number']),
        ),
      );
    }
  }
  return issues;
}
