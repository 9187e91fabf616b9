// Lines that news pages leave inside the story itself, which no reader can tell from the story by
// the page's markup: each one a whole line (a paragraph), matched case-insensitively. Written from
// the patterns of English news sites (NYT, Guardian, BBC, Washington Post, Reuters, AP, CNN and
// their syndication); add one line per new pattern. Read for web pages (input/web-page.ts) and for
// every text (text/structure.ts: such a line is boilerplate, no claim or name is read in it).
export const LEFTOVER_LINES: readonly RegExp[] = [
  /^continue reading the main story$/i,
  /^(?:story continues below|article continues below|(?:article|story) continued below|the story continues)(?: (?:this )?(?:advertisement|ad))?$/i,
  /^this copy is for your personal,? non-commercial use only\b.*$/i,
  /^more from\b.{0,60}$/i,
  /^loading\W*$/i,
  /^copyright (?:owned|licensed|held|by|\(c\))\b.*$/i,
  /^(?:advertisement|sponsored content|supported by|ad feedback|skip advertisement)$/i,
  /^a version of this article appears in print on\b.*$/i,
  /^(?:sign up|subscribe)\b.{0,120}\b(?:newsletter|inbox|email|e-mail|updates)\b.{0,60}$/i,
  /^(?:get|receive) (?:our|the) .{0,60}newsletter\b.{0,60}$/i,
  // "Public health, explained: Sign up to receive Healthbeat’s free New York City newsletter here."
  /^.{0,60}:\s*(?:sign up|subscribe)\b.{0,120}\b(?:newsletter|inbox)\b.{0,60}$/i,
  /^(?:share|share this|share this article|share this story|share on (?:facebook|twitter|x|linkedin|whatsapp|email))$/i,
  /^(?:facebook|twitter|linkedin|whatsapp|email|pinterest|reddit)(?:\s+(?:facebook|twitter|linkedin|whatsapp|email|pinterest|reddit|copy link|print))+$/i,
  /^(?:read more|related|more on this story|most read|recommended|you may also like|related coverage|related articles)\s*:?$/i,
  /^(?:image|photo|video|graphic)\s*(?:source|credit)?\s*:?\s*(?:getty images|reuters|ap|afp|epa)?$/i,
  /^(?:copyright|©)\s*\d{4}\b.{0,80}$/i,
  /^(?:this (?:article|story) (?:was|has been) (?:updated|corrected)\.?)$/i,
  /^(?:click here|tap here) to\b.{0,80}$/i,
];
