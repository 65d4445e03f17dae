/** Links to GitHub's web editor, where contributors propose a file. */

/** GitHub's "new file" page with the file prefilled. */
export function githubNewFileUrl(repository: string, branch: string, path: string, content: string): string {
  return `https://github.com/${repository}/new/${branch}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(content)}`;
}
