import { describe, expect, it } from 'vitest';
import type { CatalogueAction } from './actions.ts';
import { emptyAdded, isOwn } from './added.ts';
import { emptyCatalogue, type Snapshot } from './model.ts';
import { catalogueReducer } from './reducer.ts';

const snap = (name: string): Snapshot => ({
  kind: 'institution',
  name,
  url: '/placowka/x/',
  address: '',
  phones: [],
  emails: [],
  hoursText: [],
  verified: '2026-11-23',
  reach: 0,
  services: [],
});
const run = (...actions: CatalogueAction[]) => actions.reduce(catalogueReducer, emptyCatalogue('2026-11-23'));

describe('catalogueReducer', () => {
  it('toggles situation, needs and resources', () => {
    const s = run(
      { type: 'audienceToggled', id: 'kobiety-w-ciazy' },
      { type: 'needToggled', id: 'psychologiczne' },
      { type: 'needToggled', id: 'prawne' },
      { type: 'needToggled', id: 'psychologiczne' },
      { type: 'resourceToggled', group: 'family', id: 'wiezi' },
      { type: 'resourceNotesTyped', group: 'family', value: 'Babcia pomaga' },
    );
    expect(s.audiences).toEqual(['kobiety-w-ciazy']);
    expect(s.needs).toEqual(['prawne']);
    expect(s.resources.family).toEqual({ ids: ['wiezi'], notes: 'Babcia pomaga' });
    expect(s.resources.personal.ids).toEqual([]);
  });

  it('adds a service once, orders, annotates and removes it', () => {
    let s = run(
      { type: 'serviceAdded', entryId: 'a', snapshot: snap('A'), why: 'bo' },
      { type: 'serviceAdded', entryId: 'b', snapshot: snap('B'), why: '' },
      { type: 'serviceAdded', entryId: 'a', snapshot: snap('A2'), why: '' },
    );
    expect(s.chosen.map((c) => c.entryId)).toEqual(['a', 'b']);
    s = catalogueReducer(s, { type: 'serviceMoved', entryId: 'b', by: -1 });
    expect(s.chosen.map((c) => c.entryId)).toEqual(['b', 'a']);
    expect(catalogueReducer(s, { type: 'serviceMoved', entryId: 'b', by: -1 })).toBe(s);
    s = catalogueReducer(s, { type: 'serviceNoteTyped', entryId: 'a', field: 'documents', value: 'dowód osobisty' });
    expect(s.chosen[1]!.documents).toBe('dowód osobisty');
    s = catalogueReducer(s, { type: 'serviceRemoved', entryId: 'b' });
    expect(s.chosen.map((c) => c.entryId)).toEqual(['a']);
  });

  it('adds an own entry that orders, annotates and is removed like any other, and is never verified', () => {
    const parish = { ...emptyAdded(), name: 'Parafialny bank żywności', needs: ['pieniadze'] };
    let s = run(
      { type: 'serviceAdded', entryId: 'a', snapshot: snap('A'), why: '' },
      { type: 'ownEntryAdded', entryId: 'wlasne-1', added: parish },
      { type: 'ownEntryAdded', entryId: 'wlasne-1', added: { ...parish, name: 'Drugi raz' } },
    );
    expect(s.chosen.map((c) => c.entryId)).toEqual(['a', 'wlasne-1']);
    const own = s.chosen[1]!;
    expect(isOwn(own)).toBe(true);
    expect(own.added).toEqual(parish);
    expect(own.snapshot.verified).toBe('');
    s = catalogueReducer(s, { type: 'serviceMoved', entryId: 'wlasne-1', by: -1 });
    s = catalogueReducer(s, { type: 'serviceNoteTyped', entryId: 'wlasne-1', field: 'nextStep', value: 'Pójść w sobotę' });
    expect(s.chosen.map((c) => [c.entryId, c.nextStep])).toEqual([
      ['wlasne-1', 'Pójść w sobotę'],
      ['a', ''],
    ]);
    s = catalogueReducer(s, { type: 'serviceRemoved', entryId: 'wlasne-1' });
    expect(s.chosen.map((c) => c.entryId)).toEqual(['a']);
  });

  it('fills in a chosen card beside what the directory said, and keeps it when the directory data is refreshed', () => {
    const phone = { ...emptyAdded(), phones: [{ number: '+48 85 711 73 46', label: 'sekretariat' }] };
    let s = run({ type: 'serviceAdded', entryId: 'pcpr', snapshot: snap('PCPR'), why: '' }, { type: 'addedDetailsSaved', entryId: 'pcpr', added: phone });
    expect(s.chosen[0]!.added).toEqual(phone);
    expect(s.chosen[0]!.snapshot).toEqual(snap('PCPR'));
    s = catalogueReducer(s, { type: 'snapshotRefreshed', entryId: 'pcpr', snapshot: snap('PCPR w Sokółce') });
    expect(s.chosen[0]!.snapshot.name).toBe('PCPR w Sokółce');
    expect(s.chosen[0]!.added).toEqual(phone);
  });

  it('keeps a plan', () => {
    let s = run({ type: 'planItemAdded', id: 'p1' }, { type: 'planItemAdded', id: 'p2' });
    s = catalogueReducer(s, { type: 'planItemTyped', id: 'p2', field: 'who', value: 'mama' });
    s = catalogueReducer(s, { type: 'planItemRemoved', id: 'p1' });
    expect(s.plan).toEqual([{ id: 'p2', action: '', who: 'mama', byWhen: '' }]);
  });

  it('forgets everything', () => {
    const s = run({ type: 'goalsTyped', value: 'cel' }, { type: 'everythingForgotten', today: '2026-12-01' });
    expect(s).toEqual(emptyCatalogue('2026-12-01'));
  });

  it('throws on an unknown action', () => {
    expect(() => catalogueReducer(emptyCatalogue('2026-11-23'), { type: 'nonsense' } as unknown as CatalogueAction)).toThrow(/Unknown catalogue action/);
  });
});
