/** Something wrong in a content file, located well enough for a person to fix it. */
export interface ContentProblem {
  file: string;
  line?: number;
  /** The column on that line, counting from 1, when the problem is at one place (a YAML error, a bad byte). */
  column?: number;
  /** The front-matter field or section key concerned, when there is one. */
  field?: string;
  message: string;
}

/** Render a problem as `file:line: field: message` (or `file:line:column: …`), the form editors and terminals link. */
export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column].filter((part) => part !== undefined).join(':');
  const field = problem.field === undefined ? '' : `${problem.field}: `;
  return `${where}: ${field}${problem.message}`;
}

/** Thrown when content cannot be published; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The content has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
