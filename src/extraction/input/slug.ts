// Slugs for document ids: readable, stable across runs, safe in URLs and graph keys.

/** "Zelenskyy’s Plan (Draft)" -> "zelenskyys-plan-draft"; cut at a dash to at most maxLength. */
export function slugify(value: string, maxLength = 80): string {
  const slug = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const dash = cut.lastIndexOf("-");
  return (dash > maxLength / 2 ? cut.slice(0, dash) : slug.slice(0, maxLength)).replace(/-+$/, "");
}

/** The file name without folders and extension: "dev/01-iran.txt" -> "01-iran". */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The lowercase extension without the dot, or "" when there is none. */
export function extensionOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** The id of a single-document file: the slug of its name. */
export function documentIdOf(fileName: string): string {
  return slugify(baseName(fileName)) || "document";
}
