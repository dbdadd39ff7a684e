/**
 * Pages in id order: a door asks for `first` items after an id, and gets them
 * with whether more follow and how many there are in all. How a door shows a
 * page (a connection, a cursor of its own, a capped expansion) is its own.
 */
export interface Page<T> {
  items: T[];
  /** Whether items follow the last one given. */
  hasMore: boolean;
  total: number;
}

/** A page from `first + 1` rows in id order: the extra row only tells that more follow. */
export const toPage = <T>(rows: T[], first: number, total: number): Page<T> => ({
  items: rows.slice(0, first),
  hasMore: rows.length > first,
  total,
});
