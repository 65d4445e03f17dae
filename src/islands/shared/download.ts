/** Saves a file the page made (a catalogue, its PDF, an entry file) through a temporary link: nothing is sent anywhere. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the file after click() returns: keep the address alive for a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
