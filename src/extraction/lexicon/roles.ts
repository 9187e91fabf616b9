// Word lists for recognizing people, organizations and groups without a trained NER:
// titles and roles (from news style guides' lists of formal titles), organization keywords,
// agentive group nouns, and nouns too generic to be a topic. All lowercase.

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Words that head a title or role before a name: "President", "Foreign Minister", "spokesman". */
export const TITLE_HEADS = words(`
president vice-president premier chancellor minister secretary ambassador envoy spokesman spokeswoman spokesperson
governor senator congressman congresswoman representative rep. sen. gov. mayor king queen prince princess sheikh emir
pope cardinal archbishop bishop rabbi imam ayatollah general gen. admiral adm. colonel col. commander cmdr. lieutenant lt. captain capt. brigadier brig. maj. sgt. cpl.
chief chairman chairwoman chair director ceo cfo coo executive founder head leader negotiator diplomat official
attorney judge justice lawyer prosecutor advocate economist analyst professor prof. dr. dr mr. mr mrs. mrs ms. ms
sir lord lady dame deputy aide adviser advisor counsellor counselor commissioner president-elect speaker lawmaker mp
treasurer comptroller superintendent inspector director-general secretary-general undersecretary under-secretary
chairperson rapporteur coordinator reps. reps sens. sens mediator ombudsman sergeant officer strategist researcher president's
coach manager captain owner partner representative delegate envoy organiser organizer whip
reporter correspondent editor columnist commentator anchor producer commodore brigadier marshal boss
`);

/** Honorifics that always precede a personal name. */
export const HONORIFICS = words(`mr mr. mrs mrs. ms ms. dr dr. sir dame prof prof. lord lady rev. rev comrade datuk dato seri`);

/** Words that may appear inside a title before its head: "Foreign", "Deputy", "Prime", "Home". */
export const TITLE_MODIFIERS = words(`
foreign prime deputy vice assistant acting interim former chief senior top lead junior principal general
home defence defense finance trade economy economic interior justice health education energy environment
labor labour agriculture transport culture state brexit union cabinet federal national regional foreign-affairs
permanent special associate managing executive press communications security treasury commerce shadow
majority minority ranking opposition business operating financial technology marketing commercial information operations administrative
supreme international
`);

/** Organization keywords: a capitalized run containing one of these names an organization. */
export const ORG_KEYWORDS = words(`
association union party council committee commission ministry department office agency bank fund organisation
organization court tribunal guild co co. corp corp. corporation inc inc. ltd ltd. limited plc llc bros bros. group times news post journal underground
telegraph guardian herald tribune gazette reuters press agency institute university college school commission
parliament congress senate assembly forces army navy police federation league alliance front movement service
authority board company airlines airways motors industries holdings bureau network broadcasting radio tv
television channel foundation trust society club coalition cabinet government administration secretariat
directorate command guard guards brigade battalion corps chamber confederation consortium exchange reserve
investment investments financial finance energy oil gas petroleum power steel systems technologies technology pharmaceuticals pharma foods capital partners
caucus workers teamsters rally parti partido partito partei rassemblement mouvement movimiento movimento fronte frente lega
commons lords bundestag knesset duma health healthcare
lines shipping logistics airport railways rail transit motor automotive electric electronics mining resources telecom
communications media entertainment insurance securities investments ventures labs laboratories studios
`);

/** Place keywords: a capitalized run ending in one of these names a place. */
export const PLACE_KEYWORDS = words(`
street avenue square river sea ocean island islands mountains mountain province region state city county
valley strait gulf bay peninsula desert lake canal border district oblast territory republic airport port
coast harbor harbour corridor bridge crossing checkpoint heights highway road zone plateau basin delta canyon shoal reef atoll
`);

/** First words of places named "X Name": "Port Moresby", "Fort Worth", "Mount Kenya", "Lake Chad", "Cape Town", "St. Paul". */
export const PLACE_FIRST_WORDS = words(`port fort mount lake cape st. st saint river`);
/** Lowercase heads of a place named after "of": "the port of Odesa", "the town of Bakhmut". */
export const PLACE_OF_HEADS = words(`port city town village region province island capital suburb`);

/** Natural features named "X of Y": "Gulf of Mexico", "Strait of Hormuz", "Bay of Bengal", "Isle of Man". */
export const FEATURES_OF = words(`gulf bay strait straits sea ocean lake isle island islands peninsula cape`);

/**
 * Agentive nouns that can be a speaker as a group or an unnamed source: "US officials said",
 * "the union rejected", "analysts warned". Head nouns, lowercase, plural and singular.
 */
export const GROUP_HEADS = words(`
person persons
media television broadcaster broadcasters newspaper newspapers outlet outlets
lobby lobbies body bodies watchdog watchdogs charity charities ngo ngos think-tank
aide aides district city county municipality province department office commission club league players owners
bosses families relatives campaign hospital school university institute
people man men woman women association associations shareholder shareholders senator senators teacher teachers nurse nurses
doctor doctors farmer farmers pilot pilots driver drivers student students parent parents voter voters citizen citizens
scientist scientists researcher researchers campaigner campaigners environmentalist environmentalists protester
employer federation federations alliance organisers organizers organiser organizer spokespeople insiders executives
executive trader traders banker bankers ministers mps minister's lawmaker residents villagers survivors families
official officials leader leaders diplomat diplomats minister ministers negotiator negotiators spokesman spokeswoman
spokesperson source sources analyst analysts expert experts critic critics lawmaker lawmakers legislator legislators
member members union unions company firm government administration ministry authorities authority agency
victim victims plaintiff plaintiffs complainant complainants
officer officers commander commanders worker workers employee employees resident residents protester protesters
activist activists investor investors economist economists observer observers side sides party parties country
countries nation nations state states ally allies partner partners rebel rebels militant militants group groups
coalition opposition delegation delegations envoy envoys mediator mediators team management board council
committee court parliament senate congress cabinet military army police regulator regulators bank banks
democrats republicans conservatives liberals unionists employers manufacturer manufacturers carrier airline
prosecutor prosecutors judge judges lawyer lawyers attorney attorneys representative representatives
movement movements militia militias faction factions forces guerrilla guerrillas paramilitaries organisation organization bloc embassy
caucus guild power powers anchor anchors host hosts commentator commentators columnist columnists reporter reporters journalist journalists
`);

/**
 * Nouns of people and of the bodies that act as people, singular: in the plural, what a claim is
 * about is a group of them, not a topic ("fair pay for teachers", "told automakers", "Ukrainian
 * farmers").
 */
export const PEOPLE_NOUNS = words(`
worker member employee teacher nurse doctor farmer pilot driver student parent voter
citizen resident civilian protester demonstrator refugee migrant retiree pensioner consumer shareholder investor
family miner machinist autoworker staff automaker carmaker company employer manufacturer official lawmaker
legislator analyst economist expert dockworker longshoreman operator business
patient passenger customer taxpayer commuter tenant fan barista cashier clerk janitor cleaner performer actor musician firefighter paramedic
`);

/**
 * Nouns for countries as members of a camp: "developing nations", "wealthier countries", "small
 * island states" are a group, as speakers and as what others speak about.
 */
export const BLOC_NOUNS = words(`nation country state economy`);

/**
 * What news copy calls a company instead of its name: "the carmaker", "the jetmaker", "the
 * lender". Such a noun phrase speaks ("The jetmaker has offered a 35% raise") and stands for the
 * company the article names (resolution/speakers.ts).
 */
export const COMPANY_HEADS = words(`
company firm chain carrier manufacturer airline railway railroad utility insurer lender bank carmaker automaker automobile maker planemaker jetmaker chipmaker drugmaker steelmaker shipbuilder miner brewer broadcaster publisher retailer giant conglomerate supplier producer operator employer corporation business service
`);

/** Heads that name one person: "the spokesman said" refers back to a person. */
export const PERSON_ROLE_HEADS = words(`
president premier chancellor minister secretary ambassador envoy spokesman spokeswoman spokesperson governor senator
mayor king queen prince leader chief chairman chairwoman director negotiator official commander general prime
lawmaker mediator adviser advisor ceo founder prosecutor judge chair head coach manager captain speaker
politician statesman stateswoman superintendent commissioner treasurer inspector comptroller ombudsman rapporteur
coordinator dean rector principal emir sheikh pope admiral colonel president-elect secretary-general director-general
undersecretary
`);

/**
 * Nouns too generic to be a topic on their own or with an adjective ("the outcome", "a sensitive
 * stage", "a turning point"); with a noun of their own they are one ("the vote outcome", "the
 * debt-ceiling decision"). The last lines are shell nouns, after H.-J. Schmid, "English Abstract
 * Nouns as Conceptual Shells" (2000): factual, mental, modal and eventive nouns whose content is
 * the clause around them ("the decision to strike": the strike is the issue, not the decision).
 * The nouns of a negotiation's things (offer, plan, deal) are issues and are in lexicon/issues.ts.
 */
export const GENERIC_NOUNS = words(`
thing things way ways time times year years day days week weeks month months hour hours minute minutes
part parts lot lots number numbers kind sort type people person man men woman women one ones someone
something anything nothing everything point points fact facts case cases question questions matter matters
statement statements remark remarks comment comments word words message messages reporter reporters
interview interviews news article press conference briefing side sides end start beginning
moment period today yesterday tomorrow morning afternoon evening night weekend percent per cent % issue
summer winter autumn holidays holiday season seasons
view views information detail details example place places area areas term terms level levels form forms
possibility need needs effort efforts step steps move moves situation role basis reason reasons
idea ideas thought thoughts sense addition response reply answer email letter note
phase phases decade decades document documents discussion discussions willingness approval
timeframe confidence hope hopes progress way shares share percent lot chance chances attempt attempts
outcome outcomes decision decisions consequence consequences upshot problem problems
concern concerns notion notions belief beliefs suggestion suggestions prospect prospects possibility
element elements achievement achievements confirmation clarity alternative alternatives hesitation
objection objections pressure mood sincerity collapse win gap gaps consensus change changes stage stages
task tasks threat threats ground grounds sign signs signal signals aim aims goal goals tone feeling
feelings impression impressions assurance commitment commitments support criticism intention intentions
readiness desire wish success failure mistake error difference differences development developments
channel channels video videos tweet tweets livestream podcast broadcast op-ed
solution solutions responsibility responsibilities victory victories disorder chaos hint hints priority priorities prioritisation prioritization
space room guy guys first second third latter former half halves thirds quarters fifths
table tables party parties
sake pair pairs inability ability unwillingness
amount amounts concept concepts opportunity opportunities factor factors contradiction contradictions halt friend friends
nature office offices outset blame severity option options quarter country countries
dozen dozens hundreds thousands millions margin margins
`);

/** Months that are also surnames ("Theresa May", "Jan Brown"): a month after a given name is a name. */
export const SURNAME_MONTHS = words(`may june april august`);

/** Time zones of datelines and schedules ("at 10 p.m. EDT"): capitals, never an organization. */
export const TIME_ZONES = words(`edt est cdt cst mdt mst pdt pst et pt ct mt gmt bst cet cest eet eest utc ist jst aest aedt`);

/**
 * Keywords that make a capitalized run a facility (a place): "Kentucky Truck Plant", "Zaporizhzhia
 * Nuclear Power Plant", "Camp Lejeune".
 */
export const FACILITY_KEYWORDS = words(
  `plant factory refinery mill mine shipyard terminal depot base camp prison jail hospital stadium arena field park line ballpark`,
);

/**
 * Keywords that make a capitalized run a document, law or programme (a topic): "Fiscal Responsibility
 * Act", "North American Free Trade Agreement", "Mountain Valley Pipeline", "Minsk Protocol".
 */
export const TOPIC_KEYWORDS = words(
  `act acts agreement agreements accord accords treaty pact protocol convention amendment bill law doctrine initiative programme program plan framework pipeline project deal contract contracts charter compact memorandum declaration roadmap`,
);

/**
 * Plural nouns for the members of a party or camp: "Republicans", "House Democrats", "Tories" are
 * groups of people (as "US officials" are), not the party as an organization.
 */
export const PARTY_MEMBERS = words(
  `republicans democrats conservatives tories socialists liberals greens nationalists labourites unionists loyalists separatists`,
);

/** Party adjectives: "Democratic lawmakers", "Republican senators" (a modifier, not a name). */
export const PARTY_ADJECTIVES = words(`democratic republican conservative liberal socialist progressive`);

/** One member of a party, singular: "the California Republican", "the Vermont independent". */
export const PARTY_MEMBER_NOUNS = words(`republican democrat independent conservative liberal tory socialist progressive`);

/**
 * The members of a party by its adjective, for "Democratic lawmakers", "Republican legislators":
 * the party's members as a group, the node "Democrats" of every outlet's wording.
 */
export const PARTY_MEMBERS_BY_ADJECTIVE = new Map(
  Object.entries({ democratic: "Democrats", republican: "Republicans", conservative: "Conservatives", socialist: "Socialists", liberal: "Liberals" }),
);

/** Nouns for a party's elected members, generic enough that "<party> lawmakers" are its members. */
export const LAWMAKER_NOUNS = words(`lawmakers legislators politicians members congressmen congresswomen parliamentarians`);

/**
 * Nicknames of parties in news copy, and the members' name they stand for: "the GOP", "House
 * GOP" are Republicans ("Grand Old Party", the US Republican Party's nickname in AP style).
 */
export const PARTY_NICKNAMES = new Map(Object.entries({ gop: "Republicans" }));

/**
 * Buildings that speak for a local government in news copy ("City Hall said", "the Statehouse"):
 * organizations, never people, though they are two capitalized words.
 */
export const LOCAL_SEATS = new Set(["city hall", "town hall", "county hall", "state house", "statehouse", "state capitol"]);

/**
 * Parts of a document numbered in its text: "Article 5", "Section 230", "Chapter 11", "Resolution
 * 2334", "Phase 2": with the number, a topic (the clause), never an organization.
 */
export const NUMBERED_PARTS = words(`article section chapter clause paragraph title amendment resolution rule phase stage annex schedule part`);

/** Month and weekday names: capitalized, but never a name on their own. */
export const CALENDAR_WORDS = words(`
january february march april may june july august september october november december
jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
monday tuesday wednesday thursday friday saturday sunday
christmas easter thanksgiving ramadan hanukkah diwali
`);

/**
 * What a role noun without a name may stand for among the titles of the people named before:
 * "the Israeli leader" is the prime minister, "the top US diplomat" the secretary of state, "her
 * American counterpart" or "the Mexican official" anyone of that country. Each entry: the title
 * words, any of which the person must hold; "*" for any title.
 */
export const ROLE_SYNONYMS = new Map<string, ReadonlySet<string>>(
  Object.entries({
    leader: "president premier prime chancellor king queen emir sultan leader head chief chairman chairwoman ayatollah",
    premier: "premier prime",
    diplomat: "diplomat foreign state ambassador envoy",
    negotiator: "negotiator envoy representative minister secretary commissioner",
    counterpart: "*",
    official: "*",
    spokesman: "spokesman spokeswoman spokesperson",
    spokeswoman: "spokesman spokeswoman spokesperson",
    spokesperson: "spokesman spokeswoman spokesperson",
    minister: "minister secretary",
    secretary: "secretary minister",
    boss: "chief ceo chairman chairwoman president head executive director",
    executive: "chief ceo executive president chairman chairwoman",
    chief: "chief ceo head president chairman chairwoman director",
    // "the veteran politician", "the 73-year-old lawmaker": any person in office.
    politician: "*",
    statesman: "*",
  }).map(([head, titles]) => [head, words(titles)]),
);

/** Participles that make a noun a poll's respondents: "students polled support", "voters surveyed said". */
export const POLLED_PARTICIPLES = new Set(["polled", "surveyed", "questioned", "interviewed", "sampled"]);

/**
 * Messages that take positions for whoever made them: "The ad slams Kasich", "The editorial
 * endorses Reyes", "The letter urges Congress to act" (any verb of position, not only of speech).
 */
export const MESSAGE_HEADS = new Set(["ad", "advertisement", "commercial", "editorial", "letter", "memo", "video", "op-ed", "petition", "lawsuit"]);

/**
 * Documents of findings, which state what they found as "according to a new poll" does: "A new
 * poll shows C", "The reports show C", "C, an exit poll found" (singular heads).
 */
export const FINDINGS_HEADS = new Set(["poll", "survey", "study", "report", "result", "analysis", "data", "finding", "research", "audit", "count"]);

/** Abbreviated titles and the title they stand for: "Gov. Paul LePage" is "the governor". */
export const TITLE_ABBREVIATIONS = new Map(
  Object.entries({
    "gov.": "governor",
    gov: "governor",
    "sen.": "senator",
    sen: "senator",
    "sens.": "senator",
    "rep.": "representative",
    "reps.": "representative",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "adm.": "admiral",
    "brig.": "brigadier",
    "maj.": "major",
    "capt.": "captain",
    "sgt.": "sergeant",
    "cpl.": "corporal",
    "cmdr.": "commander",
    "pres.": "president",
    "amb.": "ambassador",
    "atty.": "attorney",
    "supt.": "superintendent",
    "sec.": "secretary",
  }),
);

/** What a speaker speaks for, owned ("his government could not accept", "their party supports"): the speaker's own side. */
export const OWN_BODY_HEADS = words(`government administration country party company union side team`);
