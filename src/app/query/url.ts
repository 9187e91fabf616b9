// The query in the page URL as ?q=..., so that an answer can be shared or reloaded.
// The hash is the explorer's (the selection); only the search part is touched here.

export function queryFromURL(): string | null {
  const q = new URLSearchParams(location.search).get("q");
  return q && q.trim() ? q : null;
}

export function writeQueryToURL(query: string): void {
  const params = new URLSearchParams(location.search);
  if (query.trim()) params.set("q", query);
  else params.delete("q");
  const search = params.toString();
  const url = `${location.pathname}${search ? `?${search}` : ""}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, "", url);
}
