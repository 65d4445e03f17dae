/** The taxonomy terms the builder shows, passed in by the page (small: a few dozen terms). */
import type { Term } from '../../lib/catalogue/selectors.ts';

export interface BuilderTerms {
  needs: Term[];
  audiences: (Term & { description?: string | undefined })[];
  resources: (Term & { description?: string | undefined })[];
  /** The directory's institution types, for the kind of an own entry. */
  types: Term[];
}
