/** A write the package writer will not make (it would damage or misplace something); one line for the user. */
export class WriteRefused extends Error {
  /** `english`: the same line in English, for --lang en (where there is one). */
  constructor(message: string, readonly english?: string) {
    super(message);
  }
}
