/** How a stored number is shown to a person in Poland: without +48, as it is dialled. Light (no phone library), for the builder's first load. */
export function displayPhone(canonical: string): string {
  return canonical.startsWith('+48 ') ? canonical.slice(4) : canonical;
}
