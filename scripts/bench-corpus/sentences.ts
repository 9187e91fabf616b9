// Sentence templates and name lists for the benchmark corpus (written for this project, in the
// styles of wire copy, quotes first, reported speech, passives and lists of speakers).
// Placeholders, filled per article from its cast: {A} {B} {C} full names of three people and
// {a} {b} {c} their surnames, {X} {Y} countries, {O} an organization, {T} a city, {D} a weekday,
// {N} a number.

export const PERSONS = [
  "Maria Fernandez", "James Okafor", "Li Wei", "Anna Kowalska", "Omar Haddad", "Sofia Rossi",
  "Kenji Tanaka", "Fatima Khan", "Lucas Moreau", "Elena Petrova", "David Mensah", "Ingrid Larsen",
  "Carlos Mendoza", "Aisha Bello", "Thomas Becker", "Priya Nair", "Mehmet Yilmaz", "Grace Kim",
  "Pedro Alves", "Hannah Schmidt", "Ivan Horvat", "Nadia Rahman", "Samuel Adeyemi", "Chloe Dubois",
  "Rafael Ortiz", "Yuki Sato", "Ahmed Mansour", "Olga Ivanova", "Michael Brennan", "Leila Haddadi",
];

export const COUNTRIES = [
  "France", "Germany", "Japan", "Brazil", "Nigeria", "India", "Canada", "Mexico", "Turkey", "Poland",
  "Kenya", "Egypt", "Spain", "Italy", "Indonesia", "Argentina", "Sweden", "Norway", "Chile", "Vietnam",
  "Ghana", "Morocco", "Peru", "Greece", "Austria", "Portugal", "Ethiopia", "Colombia", "Thailand", "Qatar",
];

export const ORGANIZATIONS = [
  "the European Union", "the United Nations", "NATO", "the World Health Organization", "the African Union",
  "the International Monetary Fund", "the World Bank", "the Red Cross", "the teachers' union",
  "the central bank", "the Supreme Court", "the electoral commission", "Amnesty International", "OPEC",
];

export const CITIES = [
  "Geneva", "Vienna", "Doha", "Nairobi", "Brussels", "Istanbul", "Oslo", "Lima", "Jakarta", "Lisbon",
  "Cairo", "Montreal", "Warsaw", "Accra", "Hanoi", "Santiago",
];

export const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export const HEADLINES = [
  "{X} and {Y} resume talks in {T} as pressure mounts",
  "{a} rejects {O} proposal on trade",
  "{X} urges {Y} to return to negotiations",
  "Union leaders turn down new contract offer",
  "{O} backs ceasefire plan after {T} meeting",
  "{a} pledges more aid for flood victims",
  "Talks stall over {X} demands on border security",
  "{b} and {c} clash over budget reforms",
];

export const SENTENCES = [
  "{A} said on {D} that the talks in {T} had made real progress.",
  "\"We are not going to sign a deal that hurts our workers,\" {a} told reporters.",
  "{X} has proposed a joint commission to monitor the border, according to officials.",
  "The government of {Y} rejected the proposal, calling it a distraction.",
  "{B}, the foreign minister of {Y}, urged {X} to release the detained journalists.",
  "In a statement, {O} said it welcomed the agreement and called for its swift implementation.",
  "{c} denied that any secret talks had taken place.",
  "\"This is a red line for us,\" said {C}, who leads the opposition in {X}.",
  "Officials in {T} said the negotiations would resume next week.",
  "{A} promised to hold early elections if the coalition collapsed.",
  "The proposal was put forward by {b} during a closed session on {D}.",
  "{O} warned that the plan could deepen the crisis.",
  "Both sides agreed to extend the ceasefire by {N} days.",
  "{a} insisted on full control of the port, while {b} pressed for international oversight.",
  "\"We welcome every step toward peace,\" {c} said. \"But words are not enough.\"",
  "According to {B}, the two governments have already exchanged draft texts.",
  "{X} and {Y} signed a memorandum on energy cooperation in {T}.",
  "The spokesman for {O} declined to comment on the report.",
  "{a} accused {Y} of violating the terms of the agreement.",
  "Critics say the reform will raise prices for ordinary families.",
  "{C} offered to mediate between the two parties.",
  "The minister described the outcome as a turning point for the region.",
  "{b} said he shared the view that sanctions should remain in place.",
  "{Y} refused to withdraw its troops from the disputed area.",
  "Union members voted {N} percent against the offer, a spokeswoman said.",
  "\"Nobody wants a war,\" {a} added, \"but we will defend ourselves.\"",
  "{O} called on all parties to respect international law.",
  "She told the parliament that the budget would be balanced within {N} years.",
  "{A} and {B} met for more than two hours but did not announce an agreement.",
  "The company said it would invest {N} million dollars in the new plant.",
  "{c} dismissed the allegations as politically motivated.",
  "Analysts expect the central bank to raise interest rates again in the spring.",
  "{X} will provide {N} air defence systems, {a} said.",
  "It was not immediately clear whether {Y} would accept the terms.",
  "{b} condemned the attack and pledged to bring those responsible to justice.",
  "Protesters gathered outside the embassy in {T} on {D}.",
  "The deal, which still needs approval by lawmakers, would cut tariffs on steel.",
  "{a} suggested that the talks could move to {T} if progress continued.",
  "\"I told him clearly that we need guarantees,\" {A} said in an interview.",
  "Supporters of the plan argue that it will create jobs.",
  "{O} backed the proposal, saying it offered a realistic path forward.",
  "Earlier this month, {Y} floated the idea of a regional security pact.",
  "{C}, a former adviser to {a}, criticized the decision as reckless.",
  "The talks are scheduled to continue on {D} in {T}.",
  "Government sources said the cabinet had not yet discussed the matter.",
  "{B} vowed to continue the reforms despite the protests.",
  "{X}'s foreign ministry demanded an apology from the ambassador.",
  "\"We will not accept any deal that divides our country,\" {c} said on {D}.",
  "The agreement was welcomed by the opposition and by business groups.",
  "{a} confirmed that the first payments would be made in {N} weeks.",
  "Negotiators from {X}, {Y} and {O} are expected to meet again before the end of the year.",
  "{b} argued that the new rules would hurt small farmers.",
  "The report, published on {D}, found that prices rose by {N} percent.",
  "A spokesman for {a} said the president had no plans to resign.",
  "{Y} has repeatedly denied supplying weapons to the rebels.",
  "{C} said the offer was a good start but fell short of what workers need.",
  "Lawmakers in {X} voted {N} to 41 to approve the measure.",
  "\"The door to dialogue remains open,\" the statement said.",
  "{O} said it was deeply concerned by the reports of violence.",
  "{A} has called for an independent investigation into the incident.",
  "{b}'s proposal to cap rents was rejected by the city council.",
  "Officials from {Y} said they were ready to compromise on the timetable.",
  "{a} did not agree with the assessment, saying the numbers were wrong.",
  "The summit in {T} ended without a joint declaration.",
  "{c} guaranteed that the election would be free and fair.",
  "Residents said the water supply had been cut for {N} days.",
  "{X} urged {O} to send observers to the region, {B} said.",
  "Asked about the sanctions, {a} said: \"They are not working.\"",
  "{Y} and {X} have been at odds over fishing rights for years.",
  "{B} described the talks as constructive but difficult.",
];
