/** A write the package writer will not make (it would damage or misplace something); one line for the user. */
export class WriteRefused extends Error {}
