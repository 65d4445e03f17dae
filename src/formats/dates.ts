/** The shapes of dates the content may hold. Imports nothing. */

/** A source document's date: "2019", "2024-06" or "2024-06-15". */
export const SOURCE_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/;
