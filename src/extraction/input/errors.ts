/** A file that cannot be read as articles: empty, binary, or of a format we cannot parse. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
