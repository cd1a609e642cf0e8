/**
 * A problem with a data file under corpus/. Start-up prints `message` as one line (file, problem, fix) and exits 1:
 * a teacher editing a file must see what to change, not a stack trace.
 */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';

  constructor(
    /** Path of the file, relative to the project when possible. */
    readonly file: string,
    /** What is wrong and how to fix it, in one sentence. */
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
