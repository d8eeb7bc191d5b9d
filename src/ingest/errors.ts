/** A problem with one input (a file, or one line of a JSON Lines file): named, so the user can find it. */
export class InputError extends Error {
  readonly input: string;
  readonly problem: string;

  constructor(input: string, problem: string) {
    super(`${input}: ${problem}`);
    this.name = 'InputError';
    this.input = input;
    this.problem = problem;
  }
}
