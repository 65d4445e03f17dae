/**
 * The schemas' vocabulary: every enum of the content and of the catalogue file, as plain constants.
 * Imports nothing, so any island may use it without pulling in zod (the schemas build on it).
 * The interface's words for these values live in src/i18n/ (locales/pl.ts), keyed by these values.
 */

/** How far an entry's help reaches from its seat. */
export const SERVICE_AREAS = ['gmina', 'powiat', 'wojewodztwo', 'kraj'] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

/** Whether an institution works now. */
export const STATUSES = ['active', 'temporarily-closed', 'inactive'] as const;
export type Status = (typeof STATUSES)[number];
/** What a service costs the family. */
export const COSTS = ['free', 'paid', 'mixed'] as const;
export type Cost = (typeof COSTS)[number];
/** How exact a map position is. */
export const PRECISIONS = ['exact', 'approximate'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** The catalogue file: `format` names the kind of file, `version` its shape. */
export const CATALOGUE_FORMAT = 'katalog-wsparcia';
/** 2: chosen items carry what the assistant added (`added`), and own entries (snapshot kind "own"). Version 1 files are migrated (src/lib/catalogue/migrate.ts). */
export const CATALOGUE_VERSION = 2;

/**
 * Where a chosen item comes from: the directory (an institution or a helpline), a generic card of an
 * institution every gmina or powiat has by law ('statutory': no address known; never verified), or the assistant ('own').
 */
export const SNAPSHOT_KINDS = ['institution', 'helpline', 'statutory', 'own'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/** The family's resources, in the three groups of Table 2 of the guide. */
export const RESOURCE_GROUPS = ['personal', 'family', 'environment'] as const;
export type ResourceGroup = (typeof RESOURCE_GROUPS)[number];

/** How an entry reaches a gmina: 0 local, 1 powiat, 2 województwo, 3 national (computed by src/lib/regions/coverage.ts). */
export const REACHES = [0, 1, 2, 3] as const;
export type Reach = (typeof REACHES)[number];
