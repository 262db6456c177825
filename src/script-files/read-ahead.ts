/**
 * Yields `load(item)` for each item in order while keeping a few loads in flight,
 * so reading the next files overlaps with checking the current one without ever
 * holding more than `window` files (and file descriptors) at once.
 * `load` must not reject: a rejection waiting in the window would go unhandled.
 */
export async function* readAhead<T, R>(
  items: readonly T[],
  load: (item: T) => Promise<R>,
  window = 8,
): AsyncGenerator<{ readonly item: T; readonly value: R }> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < window && next < items.length) {
      pending.push(load(items[next++] as T));
    }
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const value = await (pending.shift() as Promise<R>);
    fill();
    yield { item: items[i] as T, value };
  }
}
