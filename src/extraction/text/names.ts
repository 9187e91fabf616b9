// The one way to compare names: node keys, the graph's merge index, the query's name lookup and
// the page's search all fold a name with foldName, so that "Weiß", "Weiss" and "WEISS" are one
// name everywhere, and "Łukasz" is "lukasz" (not "ukasz").

/**
 * Letters that Unicode does not decompose into a base letter and a mark (NFKD leaves "ł" or "ø"
 * whole): their usual ASCII spelling in English copy.
 */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss",
  ẞ: "ss",
  ł: "l",
  Ł: "l",
  ø: "o",
  Ø: "o",
  đ: "d",
  Đ: "d",
  ð: "d",
  Ð: "d",
  þ: "th",
  Þ: "th",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ı: "i",
  ħ: "h",
  Ħ: "h",
  ŧ: "t",
  Ŧ: "t",
  ŀ: "l",
  Ŀ: "l",
};
const SPECIAL = /[ßẞłŁøØđĐðÐþÞæÆœŒıħĦŧŦŀĿ]/g;

const folded = new Map<string, string>();

/**
 * A name for comparison: accents and special letters to ASCII, lowercase, possessives dropped,
 * punctuation to single spaces. "Zelenskyy’s" -> "zelenskyy", "Weiß" -> "weiss",
 * "Łukasz Kowalski" -> "lukasz kowalski", "U.S." -> "u s". Letters of other scripts are kept
 * ("Путин" -> "путин"). Memoized: merging and searching fold the same names over and over.
 */
export function foldName(name: string): string {
  let out = folded.get(name);
  if (out === undefined) {
    out = computeFold(name);
    if (folded.size > 100_000) folded.clear();
    folded.set(name, out);
  }
  return out;
}

/** "U.N. Security Council" -> "UN Security Council": initials with their periods, as one word. */
export function closeInitials(name: string): string {
  return name.includes(".") ? name.replace(/(?<![\p{L}.])((?:\p{Lu}\.){2,})/gu, (m) => m.replace(/\./g, "")) : name;
}

function computeFold(raw: string): string {
  const name = closeInitials(raw);
  // Plain ASCII has no accents to strip: Unicode normalization is the costly step.
  const ascii = !/[^\x00-\x7F]/.test(name);
  const s = ascii
    ? name
    : name
        .replace(SPECIAL, (ch) => SPECIAL_LETTERS[ch] ?? ch)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "");
  return (
    s
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, " ")
      // ("Cambodian Defence Ministry", "Cambodian Defense Ministry": British and American spelling.)
      .replace(/\bdefence\b/g, "defense")
      .trim()
  );
}

/** "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy": a folded name as a key part ("x" when nothing is left). */
export function nameSlug(name: string): string {
  return foldName(name).replace(/ /g, "-") || "x";
}

/**
 * A spelling-insensitive form of a folded name, for finding the same person spelt by another
 * outlet's transliteration: "Zelensky", "Zelenskyy", "Zelenskiy" and "Zelenskij" are one
 * skeleton, as are "Gaddafi", "Qaddafi" and "Kadhafi", "al-Sisi" and "el-Sisi", "Shehbaz Sharif"
 * and "Shahbaz Sharif". Only for
 * finding candidates: two names with one skeleton still need the same kind and, for a lone
 * surname, the same story before they are merged (graph/resolve.ts).
 */
export function nameSkeleton(name: string): string {
  let out = skeletons.get(name);
  if (out === undefined) {
    out = foldName(name)
      .split(" ")
      // ("Harold J. Daggett" is Harold Daggett: a middle initial is no part of the skeleton.)
      .filter((w, k, all) => w && w !== "al" && w !== "el" && w !== "ad" && w !== "ash" && !(w.length === 1 && k > 0 && k < all.length - 1))
      .map(wordSkeleton)
      .join(" ");
    if (skeletons.size > 100_000) skeletons.clear();
    skeletons.set(name, out);
  }
  return out;
}

const skeletons = new Map<string, string>();

function wordSkeleton(w: string): string {
  return (
    w
      // Slavic adjectival endings: -skyy, -skiy, -skij, -skii, -sky -> -ski.
      .replace(/(?:yy|iy|ij|ii|yi|y)$/, "i")
      .replace(/ph/g, "f")
      .replace(/^[gq]/, "k")
      .replace(/q/g, "k")
      .replace(/ck/g, "k")
      .replace(/c(?=[aou])/g, "k")
      .replace(/([dgkt])h/g, "$1")
      .replace(/ou/g, "u")
      // Arabic and Urdu names in English letters: "Shehbaz"/"Shahbaz", "Hamed"/"Hamid",
      // "Ahmed"/"Ahmad", "Sheikh"/"Shaikh", "Faisal"/"Feisal".
      .replace(/^([^aeiou]+)eh(?=[^aeiou])/, "$1ah")
      .replace(/(?<=[^aeiou])[aei]d$/, "id")
      .replace(/ai/g, "ei")
      .replace(/y/g, "i")
      .replace(/(.)\1+/g, "$1")
  );
}

/** Heads of a government body's name that outlets put first or last: "Ministry of Commerce", "Commerce Ministry". */
const BODY_HEADS = "Ministry|Department|Office|Bureau|Agency|Commission|Committee|Council|Service|Authority|Secretariat";
const BODY_OF = new RegExp(`^(${BODY_HEADS}) of (?:the )?((?:\\p{Lu}[\\p{L}-]*)(?: \\p{Lu}[\\p{L}-]*){0,2})$`, "u");
const BODY_LAST = new RegExp(`^((?:\\p{Lu}[\\p{L}-]*)(?: \\p{Lu}[\\p{L}-]*){0,2}) (${BODY_HEADS})$`, "u");

/**
 * The other word order of a government body's name, as outlets write it: "Ministry of Commerce"
 * <-> "Commerce Ministry", "Department of the Treasury" <-> "Treasury Department", "Ministry of
 * Foreign Affairs" <-> "Foreign Ministry". Null for other names ("Office of Management and
 * Budget" keeps its one order: its object has an "and").
 */
export function bodyNameVariant(label: string): string | null {
  const of = BODY_OF.exec(label);
  if (of) return `${of[2]!.replace(/ Affairs$/, "")} ${of[1]}`;
  const last = BODY_LAST.exec(label);
  if (last && !/ Affairs$/.test(last[1]!))
    return `${last[2]} of ${last[1] === "Foreign" ? "Foreign Affairs" : last[1] === "Treasury" ? "the Treasury" : last[1]}`;
  return null;
}

/**
 * "CUPE Local 3903", "CUPE 3903" and "Canadian Union of Public Employees Local 3903" -> "cupe
 * 3903": a union's numbered unit by the union's initials and the number.
 */
export function unitKey(name: string): string | null {
  const m = /^(.+?)\s+(?:(?:Local|District|Lodge|Chapter|Branch)\s+)?(\d+)$/.exec(name);
  // ("Teamsters 332" and "Teamsters Local 332": a union of one word, written whole.)
  const oneWord = !!m && /^\p{Lu}[\p{Ll}]+s$/u.test(m[1]!);
  if (!m || (!/\s(?:Local|District|Lodge|Chapter|Branch)\s\d+$/.test(name) && !/^[A-Z]{2,6}$/.test(m[1]!) && !oneWord)) return null;
  const owner = m[1]!;
  if (oneWord) return `${owner.toLowerCase()} ${m[2]}`;
  const initials = /^[A-Z]{2,6}$/.test(owner)
    ? owner
    : owner
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join("");
  return `${initials.toLowerCase()} ${m[2]}`;
}

/**
 * Whether one name shortens the other word by word ("Met Council" / "Metropolitan Council",
 * either way round): as many words, the last the same, the others the same or one the start of
 * the other (three letters at least, a period allowed), and at least one shortened.
 */
export function abbreviates(a: string, b: string): boolean {
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  if (x.length !== y.length || x.length < 2 || x[x.length - 1]!.toLowerCase() !== y[y.length - 1]!.toLowerCase()) return false;
  let short = 0;
  for (let k = 0; k < x.length - 1; k++) {
    const p = x[k]!.replace(/\.$/, "").toLowerCase();
    const q = y[k]!.replace(/\.$/, "").toLowerCase();
    if (p === q) continue;
    const [s, l] = p.length < q.length ? [p, q] : [q, p];
    if (s.length < 3 || !/^\p{Ll}+$/u.test(s) || !l.startsWith(s)) return false;
    short++;
  }
  return short > 0;
}
