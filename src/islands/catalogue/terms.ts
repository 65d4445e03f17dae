/** The taxonomy terms the builder shows, passed in by the page (small: a few dozen terms). */
import type { Term } from '../../lib/catalogue/selectors.ts';

export interface BuilderTerms {
  needs: Term[];
  audiences: (Term & { description?: string | undefined })[];
  resources: (Term & { description?: string | undefined })[];
  /** The directory's institution types, for the kind of an own entry. */
  types: Term[];
}

/** The names alone of the same terms in another language (Polish, for a Polish or bilingual catalogue on another language's page). */
export type TermNames = Record<keyof BuilderTerms, Term[]>;

/** The terms named in the other language (`second`) or in both ("Психологічна підтримка / Wsparcie psychologiczne"). */
export function termsIn(terms: BuilderTerms, names: TermNames, how: 'second' | 'both'): TermNames {
  const named = (own: readonly Term[], other: readonly Term[]) =>
    own.map((term) => {
      const name = other.find((o) => o.id === term.id)?.name ?? term.name;
      return { ...term, name: how === 'second' || name === term.name ? name : `${term.name} / ${name}` };
    });
  return {
    needs: named(terms.needs, names.needs),
    audiences: named(terms.audiences, names.audiences),
    resources: named(terms.resources, names.resources),
    types: named(terms.types, names.types),
  };
}
