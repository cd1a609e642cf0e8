/** A stretch of a text: characters `start` (inclusive) to `end` (exclusive), as String.prototype.slice takes them. */
export interface Span {
  start: number;
  end: number;
}
